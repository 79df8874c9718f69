import type { Availability } from '../../model/generated/product.js';
import { parseAmount, parseFormattedMoney } from '../../model/money.js';
import type { OfferFacts } from '../../model/offer-facts.js';
import type { ReadBack } from '../channel.js';
import { MICROSOFT_AVAILABILITY } from './limits.js';

/** Microsoft's spelling back to the model's words. */
const AVAILABILITY: Readonly<Record<string, Availability>> = Object.fromEntries(
  Object.entries(MICROSOFT_AVAILABILITY).map(([model, microsoft]) => [microsoft, model as Availability]),
);

/**
 * A parser for one feed file: the first line is the header, which names the columns; every later line is one
 * item, read back into offer facts. The sale price (in the price's currency) counts while its window holds `now`,
 * or always when it has none.
 */
export function microsoftLineParser(now: number): (line: string) => OfferFacts[] {
  let columns: Map<string, number> | undefined;
  return (line) => {
    const cells = line.split('\t');
    if (!columns) {
      columns = new Map(cells.map((name, i) => [name, i]));
      return [];
    }
    const cell = (name: string): string | undefined => {
      const i = columns!.get(name);
      const value = i === undefined ? undefined : cells[i];
      return value === '' ? undefined : value;
    };
    const id = cell('id');
    // "23.99 USD", and "1500.00 JPY": parseAmount takes trailing zeros past a currency's minor digits.
    const price = parseFormattedMoney(cell('price'));
    if (id === undefined || !price) return [];
    let current = price.minor;
    const saleText = cell('sale_price');
    const sale = saleText === undefined ? undefined : parseAmount(saleText, price.currency);
    if (sale?.ok) {
      const window = cell('sale_price_effective_date')?.split('/');
      const on = !window || (Date.parse(window[0]!) <= now && now < Date.parse(window[1]!));
      if (on) current = sale.minor;
    }
    const availability = cell('availability') ?? '';
    return [{ variantId: id, regular: price.minor, current, currency: price.currency, availability: AVAILABILITY[availability] ?? (availability as Availability), url: cell('link') ?? '' }];
  };
}

export function microsoftReadBackAt(path: string): ReadBack {
  return { kind: 'lines', path, parser: microsoftLineParser };
}
