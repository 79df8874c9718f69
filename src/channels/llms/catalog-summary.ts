import type { ResolvedProduct } from '../../model/resolved.js';
import { hasStock } from './offer-text.js';

/**
 * What llms.txt and the category pages need to know about the whole catalog, gathered while products stream
 * past. A 1M-variant catalog cannot be held in memory, so this keeps only small summaries, each bounded:
 *
 * - counts (products, variants, products in stock);
 * - the "key" products' lines for llms.txt: at most `maxProducts` lines of products with a variant in stock, in
 *   catalog order, and at most `maxProducts` lines of the others, used only when fewer are in stock. "Key" is
 *   thus deterministic: in stock first, then catalog order;
 * - per top-level category (at most MAX_CATEGORIES): product and variant counts, subcategory counts (at most
 *   MAX_SUBCATEGORIES each) and the first CATEGORY_PAGE_PRODUCTS product lines, with CATEGORY_LINES_TOTAL lines
 *   across all categories. What does not fit is counted in the totals, never kept.
 *
 * Worst case this is a few megabytes whatever the catalog size; llms.txt is written from it in close().
 */

/** Top-level categories tracked; a catalog with more is unusual, and the rest are counted together. */
export const MAX_CATEGORIES = 1000;
/** Subcategories counted per top-level category, for its page. */
export const MAX_SUBCATEGORIES = 200;
/** Product lines kept per category page, and in all: lines are ~200 bytes, so at most ~4 MB. */
export const CATEGORY_PAGE_PRODUCTS = 100;
export const CATEGORY_LINES_TOTAL = 20_000;

export interface CategoryTally {
  name: string;
  products: number;
  variants: number;
  /** Subcategory path below the top level ("Men > Jackets") → products; "" for products filed at the top level. */
  subcategories: Map<string, number>;
  /** The first products' lines, in catalog order. */
  lines: string[];
}

/** The product's category path: the shop's own product type, else the Google category path. */
export function categoryPath(product: ResolvedProduct): string[] {
  if (product.productType && product.productType.length > 0) return product.productType;
  if (product.googleCategory) return product.googleCategory.path.split(' > ');
  return [];
}

export class CatalogSummary {
  products = 0;
  variants = 0;
  productsInStock = 0;
  /** Products with neither a product type nor a Google category. */
  uncategorized = 0;
  /** Products whose top-level category came after MAX_CATEGORIES others. */
  untrackedCategoryProducts = 0;
  readonly categories = new Map<string, CategoryTally>();
  private readonly keyInStock: string[] = [];
  private readonly keyOther: string[] = [];
  private categoryLines = 0;

  constructor(private readonly maxProducts: number) {}

  add(product: ResolvedProduct, line: string): void {
    this.products++;
    this.variants += product.variants.length;
    const inStock = hasStock(product);
    if (inStock) this.productsInStock++;
    const key = inStock ? this.keyInStock : this.keyOther;
    if (key.length < this.maxProducts) key.push(line);
    this.tallyCategory(product, line);
  }

  private tallyCategory(product: ResolvedProduct, line: string): void {
    const [top, ...rest] = categoryPath(product);
    if (top === undefined) {
      this.uncategorized++;
      return;
    }
    let tally = this.categories.get(top);
    if (!tally) {
      if (this.categories.size >= MAX_CATEGORIES) {
        this.untrackedCategoryProducts++;
        return;
      }
      tally = { name: top, products: 0, variants: 0, subcategories: new Map(), lines: [] };
      this.categories.set(top, tally);
    }
    tally.products++;
    tally.variants += product.variants.length;
    const sub = rest.join(' > ');
    const count = tally.subcategories.get(sub);
    if (count !== undefined) tally.subcategories.set(sub, count + 1);
    // Beyond the cap a subcategory is not counted on its own: its page says how many products are in "other".
    else if (tally.subcategories.size < MAX_SUBCATEGORIES) tally.subcategories.set(sub, 1);
    if (tally.lines.length < CATEGORY_PAGE_PRODUCTS && this.categoryLines < CATEGORY_LINES_TOTAL) {
      tally.lines.push(line);
      this.categoryLines++;
    }
  }

  /** Up to `maxProducts` lines: products in stock first, then the others, each in catalog order. */
  keyProductLines(): string[] {
    return [...this.keyInStock, ...this.keyOther].slice(0, this.maxProducts);
  }

  /** Categories by product count, largest first, then by name (code-unit order: deterministic in any locale). */
  categoriesBySize(): CategoryTally[] {
    return [...this.categories.values()].sort((a, b) => b.products - a.products || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
}
