import { productFileName } from '../../model/file-name.js';

export const LLMS_TXT_PATH = 'llms.txt';
export const LLMS_FULL_PATH = 'llms-full.txt';
export const PRODUCT_PAGES_DIR = 'products';
export const CATEGORY_PAGES_DIR = 'categories';

export function productPagePath(productId: string): string {
  return `${PRODUCT_PAGES_DIR}/${productFileName(productId)}.md`;
}

/**
 * Category names become file names by the same stable mapping as product ids (model/file-name.ts). A name
 * with no safe character at all (アパレル) would come out as "product~<hash>"; it is named "category~<hash>".
 */
export function categoryPagePath(category: string): string {
  const name = productFileName(category);
  const fixed = name.startsWith('product~') && !/^product/i.test(category) ? `category${name.slice('product'.length)}` : name;
  return `${CATEGORY_PAGES_DIR}/${fixed}.md`;
}
