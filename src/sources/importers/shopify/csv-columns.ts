import { headerCells } from '../../csv/header-cells.js';

/**
 * The columns of Shopify's product CSV export that agentshelf reads
 * (https://help.shopify.com/en/manual/products/import-export/using-csv). Each key lists the classic header
 * ("Variant SKU") first and the header of the current admin template ("SKU") after it; headers are matched
 * case-insensitively, as the two templates also differ in case ("Option1 Name", "Option1 name"). The last
 * spellings are those of import files in the wild that Shopify's importer takes ("Body", "Variant inventory
 * quantity", "Google shopping mpn": test/corpus/shopify-csv/gatsby-example-products.csv). The columns
 * left out on purpose are listed, with the reason, in shopify-csv.ts.
 */
export const SHOPIFY_COLUMNS = {
  handle: ['Handle', 'URL handle'],
  title: ['Title'],
  body: ['Body (HTML)', 'Description', 'Body'],
  vendor: ['Vendor'],
  type: ['Type'],
  published: ['Published', 'Published on online store'],
  status: ['Status'],
  option1Name: ['Option1 Name'],
  option1Value: ['Option1 Value'],
  option2Name: ['Option2 Name'],
  option2Value: ['Option2 Value'],
  option3Name: ['Option3 Name'],
  option3Value: ['Option3 Value'],
  sku: ['Variant SKU', 'SKU'],
  grams: ['Variant Grams', 'Weight value (grams)'],
  tracker: ['Variant Inventory Tracker', 'Inventory tracker'],
  quantity: ['Variant Inventory Qty', 'Inventory quantity', 'Variant Inventory Quantity'],
  policy: ['Variant Inventory Policy', 'Continue selling when out of stock'],
  price: ['Variant Price', 'Price'],
  compareAtPrice: ['Variant Compare At Price', 'Compare-at price'],
  requiresShipping: ['Variant Requires Shipping', 'Requires shipping'],
  barcode: ['Variant Barcode', 'Barcode'],
  imageSrc: ['Image Src', 'Product image URL'],
  imagePosition: ['Image Position'],
  variantImage: ['Variant Image', 'Variant image URL'],
  googleCategory: ['Google Shopping / Google Product Category', 'Google Shopping Google Product Category'],
  googleGender: ['Google Shopping / Gender', 'Google Shopping Gender'],
  googleAgeGroup: ['Google Shopping / Age Group', 'Google Shopping Age Group'],
  googleMpn: ['Google Shopping / MPN', 'Google Shopping / Manufacturer part number (MPN)', 'Google Shopping MPN'],
  googleCondition: ['Google Shopping / Condition', 'Google Shopping Condition'],
  unitTotalMeasure: ['Unit Price Total Measure'],
  unitTotalUnit: ['Unit Price Total Measure Unit'],
  unitBaseMeasure: ['Unit Price Base Measure'],
  unitBaseUnit: ['Unit Price Base Measure Unit'],
} as const satisfies Record<string, readonly string[]>;

export type ShopifyColumn = keyof typeof SHOPIFY_COLUMNS;

const BY_HEADER = new Map<string, ShopifyColumn>(
  Object.entries(SHOPIFY_COLUMNS).flatMap(([key, names]) => names.map((name) => [name.toLowerCase(), key as ShopifyColumn] as const)),
);

/** Column key → index in the row, for the columns the header has. */
export type ColumnIndex = Partial<Record<ShopifyColumn, number>>;

export function indexColumns(header: readonly string[]): ColumnIndex {
  const index: ColumnIndex = {};
  header.forEach((raw, i) => {
    const key = BY_HEADER.get(raw.trim().toLowerCase());
    if (key !== undefined && index[key] === undefined) index[key] = i;
  });
  return index;
}

/** A cell of a row by column key: trimmed, and undefined when the column is absent or the cell empty. */
export function cell(fields: readonly string[], columns: ColumnIndex, key: ShopifyColumn): string | undefined {
  const i = columns[key];
  if (i === undefined) return undefined;
  const value = fields[i]?.trim();
  return value === '' ? undefined : value;
}

/**
 * Recognises a Shopify product CSV by its header line: a handle column and a variant price or SKU column, in
 * either template ("Handle" with "Variant Price"/"Variant SKU", or "URL handle" with "Price"/"SKU"). The
 * canonical CSV ("id", "variantId"…) and WooCommerce's export ("ID", "Type", "SKU", "Regular price"…) have no
 * handle column.
 */
export function sniffShopifyCsv(sample: string): boolean {
  const names = new Set(headerCells(sample).map((n) => n.toLowerCase()));
  const classic = names.has('handle') && (names.has('variant price') || names.has('variant sku'));
  const current = names.has('url handle') && (names.has('price') || names.has('sku'));
  return classic || current;
}
