/**
 * The Microsoft Merchant Center catalog feed (Microsoft Shopping, Copilot shopping answers) and the pages each
 * rule and limit cites. Microsoft publishes no schema and no version number: we pin the revision of the two
 * pages we read by their ms.date (6/18/2026) and the day we read them.
 */

/** "Product attributes": every required and optional field, its limits and its values. */
export const MICROSOFT_ATTRIBUTES_URL = 'https://learn.microsoft.com/en-us/advertising/msa-help/hlp_ba_conc_aboutbingmerchantcentercatalogfile';

/** "Creating and organizing Microsoft Shopping campaigns feed files": file format requirements and accepted symbols. */
export const MICROSOFT_FEED_FILE_URL = 'https://learn.microsoft.com/en-us/advertising/msa-help/hlp_ba_conc_bmcwhatiscatalog';

/** Section anchors of the attributes page (its own <a id> anchors). */
export const MICROSOFT_SECTION = {
  required: `${MICROSOFT_ATTRIBUTES_URL}#required-fields`,
  identifiers: `${MICROSOFT_ATTRIBUTES_URL}#required-if-value-is-assigned-by-the-manufacturer-item-identification`,
  apparel: `${MICROSOFT_ATTRIBUTES_URL}#optional-fields-apparel-products`,
  variants: `${MICROSOFT_ATTRIBUTES_URL}#optional-fields-product-variants`,
  other: `${MICROSOFT_ATTRIBUTES_URL}#optional-fields-other`,
  sales: `${MICROSOFT_ATTRIBUTES_URL}#optional-fields-sales-and-promotions`,
  uniqueIdentifiers: `${MICROSOFT_ATTRIBUTES_URL}#which-unique-product-identifiers-are-needed-and-theyll-be-enforced`,
  fileFormat: `${MICROSOFT_FEED_FILE_URL}#create-a-feed-file`,
} as const;

export const MICROSOFT_SPEC = {
  name: 'Microsoft Merchant Center catalog feed file (tab-delimited text)',
  version: 'Product attributes and feed file pages, ms.date 2026-06-18, read 2026-11-22',
  url: MICROSOFT_ATTRIBUTES_URL,
} as const;
