/**
 * Length limits in characters (code points). The current products page only asks to "aim for at most 150 and
 * 5,000 characters" for title and description
 * (https://developers.openai.com/commerce/specs/file-upload/products#basic-product-data); the per-field maxima
 * come from the "Validation Rules" column of its "currently stable" fragment
 * (https://developers.openai.com/commerce/specs/file-upload/products-fragments/currently-stable). A row within
 * the stricter of the two is valid under both revisions.
 */
export const OPENAI_LIMITS = {
  /** item_id: "Max 100 chars; must remain stable over time" (currently-stable, Basic Product Data). */
  itemId: 100,
  /** title: "Max 150 chars; avoid all-caps" (currently-stable, Basic Product Data). */
  title: 150,
  /** description: "Max 5,000 chars; plain text only" (currently-stable, Basic Product Data). */
  description: 5000,
  /** brand: "Max 70 chars" (currently-stable, Item Information). */
  brand: 70,
  /** mpn: "Max 70 chars" (currently-stable, Basic Product Data). */
  mpn: 70,
  /** seller_name: "Max 70 chars" (currently-stable, Merchant Info). */
  sellerName: 70,
  /** material: "Max 100 chars" (currently-stable, Item Information). */
  material: 100,
  /** color: "Max 40 chars" (currently-stable, Variants). */
  color: 40,
  /** size: "Max 20 chars" (currently-stable, Variants). */
  size: 20,
} as const;

/**
 * The markets the shared OpenAI format represents today: "the shared format currently represents `US`, `CA`,
 * and `MX`. Standard uploads use `["US"]` regardless of this column"
 * (https://developers.openai.com/commerce/specs/file-upload/products#geo-tagging).
 */
export const OPENAI_REPRESENTED_COUNTRIES: ReadonlySet<string> = new Set(['US', 'CA', 'MX']);
