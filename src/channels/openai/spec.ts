/**
 * The OpenAI product feed (ChatGPT shopping, file upload) and the pages each rule cites.
 *
 * OpenAI publishes the spec as one page in two revisions that disagree in places: the page itself
 * (OPENAI_PRODUCTS_URL, with a Markdown copy at the same URL + ".md") and its "currently stable" fragment
 * (OPENAI_STABLE_URL), which still carries the field-by-field limits. Where a row can satisfy both, it does:
 * the fragment's length limits, both eligibility flags always written, the separate dimension fields. Where it
 * cannot, the choice and the conflict are documented beside the code (the shipping tuple in shipping.ts,
 * availability_date in columns.ts and the schema).
 */
export const OPENAI_PRODUCTS_URL = 'https://developers.openai.com/commerce/specs/file-upload/products';
export const OPENAI_STABLE_URL = 'https://developers.openai.com/commerce/specs/file-upload/products-fragments/currently-stable';

/** Section anchors of the products page that rules link to. */
export const OPENAI_SECTION = {
  basic: `${OPENAI_PRODUCTS_URL}#basic-product-data`,
  variants: `${OPENAI_PRODUCTS_URL}#variants`,
  price: `${OPENAI_PRODUCTS_URL}#price--promotions`,
  fulfillment: `${OPENAI_PRODUCTS_URL}#fulfillment`,
  geo: `${OPENAI_PRODUCTS_URL}#geo-tagging`,
  checkout: `${OPENAI_PRODUCTS_URL}#checkout`,
} as const;

export const OPENAI_SPEC = {
  name: 'OpenAI product feed, file upload (ChatGPT shopping)',
  // The page carries no version number: we pin the revision we read (nine required basic fields, current field
  // names, `pre_order`) and the date we read it.
  version: 'products reference, nine-required-field revision, read 2026-11-22',
  url: OPENAI_PRODUCTS_URL,
} as const;
