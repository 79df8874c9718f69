import type { ResolvedConfig } from '../../model/resolved-config.js';
import type { ResolvedProduct, ResolvedVariant, VaryingAttribute } from '../../model/resolved.js';
import { escapeInline, escapeText, markdownLink, MARKDOWN_DIALECT, textBlock } from './markdown.js';
import { availabilityText, productAvailabilityText, productPriceText, variantPriceText } from './offer-text.js';
import { shippingAndReturnsLines } from './shop-terms.js';
import { Block, loadTemplate } from '../template.js';

// Loaded once at import: channels do no file I/O during a run.
const PRODUCT_PAGE = loadTemplate('product-page.md', MARKDOWN_DIALECT);
const FULL_ENTRY = loadTemplate('llms-full-product.md', MARKDOWN_DIALECT);

/** `- [title](link): price; availability`, the line a product gets in llms.txt and in its category page. */
export function productLine(product: ResolvedProduct, link: string): string {
  return `- ${markdownLink(product.title, link)}: ${escapeInline(productPriceText(product))}; ${escapeInline(productAvailabilityText(product))}`;
}

const GENDER = { male: 'men', female: 'women', unisex: 'unisex' } as const;

function measure(value: number, unit: string): string {
  return `${value} ${unit}`;
}

/** The attributes one variant has, by display name, in a fixed order. Values are raw text (escaped later). */
function variantAttributes(v: ResolvedVariant): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (v.condition) out.push(['Condition', v.condition]);
  if (v.color) out.push(['Color', v.color]);
  if (v.size) out.push(['Size', v.size]);
  if (v.sizeSystem) out.push(['Size system', v.sizeSystem]);
  if (v.gender) out.push(['Gender', GENDER[v.gender]]);
  if (v.ageGroup) out.push(['Age group', v.ageGroup]);
  if (v.material) out.push(['Material', v.material]);
  if (v.pattern) out.push(['Pattern', v.pattern]);
  for (const [name, value] of Object.entries(v.options)) out.push([name, value]);
  if (v.weight) out.push(['Weight', measure(v.weight.value, v.weight.unit)]);
  if (v.dimensions) {
    const d = v.dimensions;
    out.push(['Dimensions (L × W × H)', `${d.length} × ${d.width} × ${d.height} ${d.unit}`]);
  }
  if (v.unitPricing) {
    const u = v.unitPricing;
    out.push(['Unit pricing', `${measure(u.measure.value, u.measure.unit)}, priced per ${measure(u.baseMeasure.value, u.baseMeasure.unit)}`]);
  }
  return out;
}

/** Attributes every variant shares (same name, same value): shown once for the product. */
function sharedAttributes(product: ResolvedProduct): Map<string, string> {
  const [first, ...rest] = product.variants.map(variantAttributes);
  const shared = new Map(first);
  for (const attributes of rest) {
    const own = new Map(attributes);
    for (const [name, value] of shared) if (own.get(name) !== value) shared.delete(name);
  }
  return shared;
}

const VARYING_NAMES: Record<string, string> = { color: 'color', size: 'size', material: 'material', pattern: 'pattern', gender: 'gender', ageGroup: 'age group' };

function varyingName(attribute: VaryingAttribute): string {
  return attribute.startsWith('option:') ? attribute.slice('option:'.length) : (VARYING_NAMES[attribute] ?? attribute);
}

function attributeLines(product: ResolvedProduct, shared: Map<string, string>): string[] {
  const lines: string[] = [];
  const add = (name: string, value: string) => lines.push(`- ${escapeText(name)}: ${escapeInline(value)}`);
  if (product.brand) add('Brand', product.brand);
  if (product.productType?.length) add('Product type', product.productType.join(' > '));
  if (product.googleCategory) add('Google product category', `${product.googleCategory.path} (${product.googleCategory.id})`);
  if (product.isDigital) add('Digital product', 'yes');
  for (const [name, value] of shared) add(name, value);
  if (product.variesBy.length > 0) add('Varies by', product.variesBy.map(varyingName).join(', '));
  return lines;
}

/** One line per variant: title, id, price and availability, and what differs from the other variants. */
function variantLines(product: ResolvedProduct, shared: Map<string, string>): string[] {
  return product.variants.map((v) => {
    const own = variantAttributes(v)
      .filter(([name]) => !shared.has(name) && !['Color', 'Size'].includes(name))
      .map(([name, value]) => `${name.toLowerCase()} ${value}`);
    const extra = own.length > 0 ? `; ${escapeInline(own.join(', '))}` : '';
    return `- **${escapeInline(v.title)}** (${escapeInline(v.id)}): ${escapeInline(variantPriceText(v))}; ${escapeInline(availabilityText(v))}${extra}`;
  });
}

function identifierLines(product: ResolvedProduct): string[] {
  const lines: string[] = [];
  for (const v of product.variants) {
    const ids: string[] = [];
    if (v.sku) ids.push(`SKU ${v.sku}`);
    if (v.gtin) ids.push(`GTIN ${v.gtin}`);
    if (v.mpn) ids.push(`MPN ${v.mpn}`);
    if (ids.length > 0) lines.push(`- ${escapeText(v.title)} (${escapeInline(v.id)}): ${escapeInline(ids.join(', '))}`);
  }
  return lines;
}

function linkLines(product: ResolvedProduct): string[] {
  const lines = [`- ${markdownLink('Product page', product.url)}`];
  const single = product.variants.length === 1;
  for (const v of product.variants) {
    if (v.purchaseUrl) lines.push(`- ${markdownLink(single ? 'Buy' : `Buy ${v.title}`, v.purchaseUrl)}`);
  }
  return lines;
}

function summaryText(product: ResolvedProduct): string {
  const parts = [productPriceText(product), productAvailabilityText(product)];
  if (product.brand) parts.unshift(product.brand);
  return parts.join(' · ');
}

/** products/<file name>.md: the product as a Markdown page. */
export function renderProductPage(product: ResolvedProduct, config: ResolvedConfig): string {
  const shared = sharedAttributes(product);
  return PRODUCT_PAGE.render({
    title: product.title,
    summary: summaryText(product),
    description: textBlock(product.description),
    variants: new Block(variantLines(product, shared)),
    attributes: new Block(attributeLines(product, shared)),
    identifiers: new Block(identifierLines(product)),
    shipping: new Block(shippingAndReturnsLines(config, product.isDigital)),
    links: new Block(linkLines(product)),
  });
}

/** The product's section of llms-full.txt. `page` is its Markdown page when there is one, else its web page. */
export function renderFullEntry(product: ResolvedProduct, page: string): string {
  const facts = [
    `- ${markdownLink('Product page', product.url)}`,
    ...(page !== product.url ? [`- ${markdownLink('Markdown page', page)}`] : []),
    `- Price: ${escapeInline(productPriceText(product))}`,
    `- Availability: ${escapeInline(productAvailabilityText(product))}`,
  ];
  if (product.brand) facts.push(`- Brand: ${escapeInline(product.brand)}`);
  if (product.productType?.length) facts.push(`- Product type: ${escapeInline(product.productType.join(' > '))}`);
  const shared = sharedAttributes(product);
  return FULL_ENTRY.render({
    title: product.title,
    facts: new Block(facts),
    description: textBlock(product.description),
    variants: new Block(product.variants.length > 1 ? variantLines(product, shared) : []),
  });
}
