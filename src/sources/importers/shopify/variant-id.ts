/**
 * The variant id rule, the same for the CSV export and products.json so that both give one product the same ids:
 *
 * 1. The variant's SKU, when it has one that no other variant of the product shares.
 * 2. Otherwise the handle followed by the variant's option values, joined by "/" ("trail-tee/Red/M"); a product
 *    with only Shopify's default variant (option "Title" = "Default Title") takes the handle alone.
 *
 * The CSV export carries no variant id at all, so rule 2 derives one from stated facts: handles are unique in a
 * shop and no two variants of a product share their option values (https://help.shopify.com/en/manual/products/import-export/using-csv).
 * The numeric id products.json carries is not used as the id, so that a shop moving between the two inputs
 * keeps its item ids (feeds key their item history on them); it still serves in the variant URL.
 */
export function variantIdFor(handle: string, sku: string | undefined, optionValues: readonly string[]): string {
  if (sku !== undefined) return sku;
  if (optionValues.length === 0) return handle;
  return [handle, ...optionValues].join('/');
}

/**
 * Shopify's placeholder for a product without options: its single option is named "Title" and valued
 * "Default Title" (https://help.shopify.com/en/manual/products/import-export/using-csv, Option1 Name).
 */
export function isDefaultVariant(optionNames: ReadonlyArray<string | undefined>, optionValues: ReadonlyArray<string | undefined>): boolean {
  const named = optionNames.filter((n) => n !== undefined);
  const valued = optionValues.filter((v) => v !== undefined);
  return named.length <= 1 && valued.length === 1 && valued[0] === 'Default Title' && (named[0] === undefined || named[0] === 'Title');
}
