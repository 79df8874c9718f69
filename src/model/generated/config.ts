/* Generated from schemas/config.schema.json by scripts/gen-types.mjs. Do not edit: change the schema and run npm run gen:types. */

/**
 * This interface was referenced by `AgentshelfConfig`'s JSON-Schema
 * via the `definition` "Text".
 */
export type Text = string;
/**
 * This interface was referenced by `AgentshelfConfig`'s JSON-Schema
 * via the `definition` "HttpUrl".
 */
export type HttpUrl = string;
/**
 * ISO 4217 alphabetic code.
 *
 * This interface was referenced by `AgentshelfConfig`'s JSON-Schema
 * via the `definition` "Currency".
 */
export type Currency = string;
/**
 * ISO 3166-1 alpha-2 code.
 *
 * This interface was referenced by `AgentshelfConfig`'s JSON-Schema
 * via the `definition` "Country".
 */
export type Country = string;
/**
 * This interface was referenced by `AgentshelfConfig`'s JSON-Schema
 * via the `definition` "Decimal".
 */
export type Decimal = string | number;
/**
 * https://developers.google.com/search/docs/appearance/structured-data/return-policy
 *
 * This interface was referenced by `AgentshelfConfig`'s JSON-Schema
 * via the `definition` "ReturnPolicy".
 */
export type ReturnPolicy = {
  /**
   * @minItems 1
   * @maxItems 50
   */
  countries: [Country, ...Country[]];
  category: 'finite' | 'unlimited' | 'not_permitted';
  /**
   * The return window, required when category is finite.
   */
  days?: number;
  fees?: 'free' | 'customer_pays' | 'fixed';
  /**
   * Return shipping fee in the shop currency, when fees is fixed.
   */
  feeAmount?: string | number;
  method?: 'mail' | 'store' | 'kiosk';
};

/**
 * agentshelf shop configuration. Point "$schema" at node_modules/agentshelf/schemas/config.schema.json for completion in your editor.
 */
export interface AgentshelfConfig {
  $schema?: string;
  shop: Shop;
  policies?: Policies;
  /**
   * Shipping rates offered to every product that is not digital. One entry per destination country and service.
   */
  shipping?: ShippingRate[];
  returns?: ReturnPolicy;
  enrich?: Enrich;
  /**
   * Catalog inputs, resolved relative to this file. --input on the command line replaces them.
   */
  inputs?: string[];
  /**
   * Output folder, resolved relative to this file. --out replaces it.
   */
  out?: string;
  /**
   * The instant sale windows and dates are judged against. Fixing it makes builds reproducible across days; by default it is the time the run starts.
   */
  now?: string;
  feeds?: Feeds;
}
/**
 * This interface was referenced by `AgentshelfConfig`'s JSON-Schema
 * via the `definition` "Shop".
 */
export interface Shop {
  name: Text;
  /**
   * The shop's home page. Relative product and image URLs resolve against it.
   */
  url: string;
  description?: Text;
  logo?: HttpUrl;
  email?: string;
  currency: Currency;
  country: Country;
  /**
   * BCP 47 language tag, for example en or en-US.
   */
  language: string;
}
/**
 * Links to the seller's published policies.
 *
 * This interface was referenced by `AgentshelfConfig`'s JSON-Schema
 * via the `definition` "Policies".
 */
export interface Policies {
  privacy?: HttpUrl;
  terms?: HttpUrl;
  returns?: HttpUrl;
  shipping?: HttpUrl;
}
/**
 * This interface was referenced by `AgentshelfConfig`'s JSON-Schema
 * via the `definition` "ShippingRate".
 */
export interface ShippingRate {
  country: Country;
  /**
   * ISO 3166-2 subdivision code without the country prefix (US, AU and JP only, per https://developers.google.com/search/docs/appearance/structured-data/merchant-listing#shipping-destination).
   */
  region?: string;
  service: Text;
  price: Decimal;
  /**
   * ISO 4217 alphabetic code.
   */
  currency?: string;
  handlingDays?: DayRange;
  transitDays?: DayRange;
}
/**
 * Business days, inclusive (https://developers.google.com/search/docs/appearance/structured-data/merchant-listing#delivery-time).
 *
 * This interface was referenced by `AgentshelfConfig`'s JSON-Schema
 * via the `definition` "DayRange".
 */
export interface DayRange {
  min: number;
  max: number;
}
/**
 * What enrichment may change. It never invents facts; options here only allow changes that are reported.
 *
 * This interface was referenced by `AgentshelfConfig`'s JSON-Schema
 * via the `definition` "Enrich".
 */
export interface Enrich {
  /**
   * Apply the Google product category suggested from the product type or title to products that have none. Suggestions are always reported; by default they are not applied.
   */
  applySuggestedCategories?: boolean;
}
/**
 * This interface was referenced by `AgentshelfConfig`'s JSON-Schema
 * via the `definition` "Feeds".
 */
export interface Feeds {
  google?: {
    /**
     * The RSS channel title. Defaults to the shop name.
     */
    title?: string;
    description?: Text;
  };
}
