import type { Availability } from './generated/product.js';

/**
 * What every output must agree on for one variant: the regular price, what a buyer pays now, the currency,
 * the availability and the URL. Each channel that publishes offers says how to read them back from its files
 * (Channel.readBack), and the parity check compares them with the model's.
 */
export interface OfferFacts {
  variantId: string;
  /** Regular price in minor units. */
  regular: number;
  /** What a buyer pays now, in minor units (the sale price while a sale is on). */
  current: number;
  currency: string;
  availability: Availability;
  url: string;
  /**
   * The unit price in minor units, where the output carries unit prices: null when it gives this variant none,
   * undefined when the output has no unit prices at all (then it is not compared).
   */
  unit?: number | null;
}
