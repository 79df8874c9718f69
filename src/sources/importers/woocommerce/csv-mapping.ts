import type { Diagnostic, Subject } from '../../../model/diagnostic.js';
import type { Rule, RuleDetail } from '../../../model/rule.js';
import { productAttributeValues, setVariantAttribute } from './attributes.js';
import { parseDecimal, parseInteger } from '../../cell-values.js';
import { categoryPath, decodeDescription, readWooDate, saleEnd, saleStart, shiftDecimal, splitList } from './csv-cells.js';
import { COLUMN, type LengthUnit, type MeasureColumn } from './csv-columns.js';
import type { WooRow } from './csv-row.js';
import { wooAnyAttributeValue } from './rules/any-attribute-value.js';
import { wooBadValue } from './rules/bad-value.js';
import { wooHiddenInCatalog } from './rules/hidden-in-catalog.js';
import { wooIncompleteDimensions } from './rules/incomplete-dimensions.js';
import { wooSaleTimeRounded } from './rules/sale-time-rounded.js';
import { wooUnsupportedUnit } from './rules/unsupported-unit.js';

/** Collects a record's diagnostics, each naming the row it came from. */
export class Findings {
  readonly list: Diagnostic[] = [];
  constructor(private readonly file: string) {}

  add(rule: Rule, row: WooRow, detail: RuleDetail, ids: { productId?: string | undefined; variantId?: string | undefined } = {}): void {
    const subject: Subject = { origin: { file: this.file, line: row.line } };
    if (ids.productId !== undefined) subject.productId = ids.productId;
    if (ids.variantId !== undefined) subject.variantId = ids.variantId;
    this.list.push(rule.diagnostic(subject, detail));
  }
}

/** Raw weight and dimension cells a variation falls back to when its own are empty, as WooCommerce does. */
export interface InheritedMeasures {
  weight?: string;
  length?: string;
  width?: string;
  height?: string;
}

export function measureCells(row: WooRow): InheritedMeasures {
  const out: InheritedMeasures = {};
  for (const key of ['weight', 'length', 'width', 'height'] as const) {
    const value = row.at(row.columns[key]?.index);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

export interface RowAttribute {
  name: string;
  /** The raw value cell: a list on a parent or simple product, one value on a variation. */
  value: string | undefined;
  visible: boolean;
}

export function rowAttributes(row: WooRow): RowAttribute[] {
  const out: RowAttribute[] = [];
  for (const columns of row.columns.attributes) {
    const name = row.at(columns.name);
    if (name === undefined) continue;
    out.push({ name, value: row.at(columns.value), visible: row.at(columns.visible) === '1' });
  }
  return out;
}

/**
 * The product-level fields of a simple product's row or a variable product's parent row.
 * https://github.com/woocommerce/woocommerce/wiki/Product-CSV-Import-Schema
 */
export function mapProductFields(row: WooRow, findings: Findings): Record<string, unknown> {
  const product: Record<string, unknown> = {};
  const id = row.id();
  const ids = { productId: id };
  if (id !== undefined) product.id = id;
  // The WordPress post ID, whatever the product's published id: a product page is reachable by it
  // (?post_type=product&p=<ID>), which is what the config's defaults.productUrl template can use.
  const postId = row.cell('id');
  if (postId !== undefined) product.platformId = postId;
  const title = row.cell('name');
  if (title !== undefined) product.title = title;
  // The canonical model has one description: the long one, else the short one. Both are HTML.
  const description = row.cell('description') ?? row.cell('shortDescription');
  if (description !== undefined) product.description = decodeDescription(description);
  // No default column holds the permalink (WC_Product_CSV_Exporter::get_default_column_names), and the product
  // base is a shop setting that is translated too: the URL is never guessed. A slug column, added by a plugin or
  // a filter, is kept for the config's defaults.productUrl template ({slug}).
  const slug = row.cell('slug') ?? row.cell('postName');
  if (slug !== undefined) product.slug = slug;
  const images = splitList(row.cell('images') ?? '');
  if (images.length > 0) product.images = images;
  // WooCommerce core has no primary category and the canonical model one product type: the first path
  // listed is taken, whole (Google's product_type takes the full path, https://support.google.com/merchants/answer/6324406).
  const category = splitList(row.cell('categories') ?? '')[0];
  if (category !== undefined && categoryPath(category) !== '') product.productType = categoryPath(category);
  const brand = splitList(row.cell('brands') ?? '')[0];
  if (brand !== undefined) product.brand = brand;
  const visibility = row.cell('visibility');
  if (visibility === 'hidden') {
    findings.add(wooHiddenInCatalog, row, { message: 'The product is hidden from the catalog and search, but published; it is kept.', pointer: '', actual: visibility }, ids);
  } else if (visibility !== undefined && !['visible', 'catalog', 'search'].includes(visibility)) {
    findings.add(wooBadValue, row, { message: `"${COLUMN.visibility}" must be visible, catalog, search or hidden.`, pointer: '', actual: visibility, expected: ['visible', 'catalog', 'search', 'hidden'] }, ids);
  }
  return product;
}

/** Attributes shown on the product page that do not vary: material, pattern and brand of the product, color and size of every variant. */
export function staticAttributes(row: WooRow): ReturnType<typeof productAttributeValues> {
  return productAttributeValues(
    rowAttributes(row)
      .filter((a) => a.visible)
      .map((a) => ({ name: a.name, values: splitList(a.value ?? '') })),
  );
}

export interface VariantOptions {
  /** Pointer prefix of the variant in the record, e.g. /variants/2. */
  at: string;
  productId: string | undefined;
  /** The parent's weight and dimension cells, for a variation. */
  inherited?: InheritedMeasures;
  /** A variation row: its attribute columns hold the one value it is sold with, and its images are its own. */
  variation: boolean;
}

/**
 * Prices and measures are written with the store's decimal separator (wc_format_localized_price and
 * wc_format_localized_decimal replace "." and add no thousands separator), so "19,99" is nineteen and 99 cents.
 */
const PRICE = { decimalComma: true } as const;

/** A measure cell may repeat the unit its header names ("0.5 kg" under "Weight (kg)"). */
function measureOptions(column: MeasureColumn<unknown>): { decimalComma: true; units: string[] } {
  return { decimalComma: true, units: column.label ? [column.label] : [] };
}

/** The purchasable fields of a simple product's row or a variation's row. */
export function mapVariantFields(row: WooRow, options: VariantOptions, findings: Findings): Record<string, unknown> {
  const variant: Record<string, unknown> = {};
  const id = row.id();
  if (id !== undefined) variant.id = id;
  const ids = { productId: options.productId, variantId: id };
  const bad = (column: string, pointer: string, actual: string, expected: unknown) =>
    findings.add(wooBadValue, row, { message: `The "${column}" cell cannot be read; it is left out.`, pointer: `${options.at}${pointer}`, actual, expected }, ids);

  const regular = row.cell('regularPrice');
  if (regular !== undefined) {
    const price = parseDecimal(regular, PRICE);
    if (price.ok) variant.price = price.value;
    else bad(COLUMN.regularPrice, '/price', regular, price.expected);
  }
  const sale = row.cell('salePrice');
  if (sale !== undefined) {
    const salePrice = parseDecimal(sale, PRICE);
    if (salePrice.ok) {
      variant.salePrice = salePrice.value;
      // Sale dates only mean something for a sale price; WooCommerce ignores them otherwise.
      mapSaleDates(row, options.at, variant, findings, ids);
    } else bad(COLUMN.salePrice, '/salePrice', sale, salePrice.expected);
  }

  // "In stock?" is WooCommerce's stock status: derived by WooCommerce from stock and backorders when stock is
  // managed, set by the merchant when it is not. Stated either way.
  const inStock = row.cell('inStock');
  if (inStock !== undefined) {
    const availability = { '1': 'in_stock', '0': 'out_of_stock', backorder: 'backorder' }[inStock];
    if (availability) variant.availability = availability;
    else bad(COLUMN.inStock, '/availability', inStock, ['1', '0', 'backorder']);
  }
  // "Stock" is set only when stock is managed; "parent" means the variation shares its parent's stock, a
  // pool no single variant owns, so no quantity is stated for it.
  const stock = row.cell('stock');
  if (stock !== undefined && stock !== 'parent') {
    const quantity = parseInteger(stock);
    if (quantity.ok) {
      variant.stockQuantity = quantity.value;
      const backorders = row.cell('backorders');
      if (backorders !== undefined) {
        const policy = { '0': 'deny', '1': 'allow', notify: 'allow' }[backorders];
        if (policy) variant.backorderPolicy = policy;
        else bad(COLUMN.backorders, '/backorderPolicy', backorders, ['0', '1', 'notify']);
      }
    } else bad(COLUMN.stock, '/stockQuantity', stock, quantity.expected);
  }

  mapMeasures(row, options, variant, findings, ids);

  const gtin = row.cell('gtin');
  if (gtin !== undefined) variant.gtin = gtin;

  if (options.variation) {
    const images = splitList(row.cell('images') ?? '');
    if (images.length > 0) variant.images = images;
    for (const attribute of rowAttributes(row)) {
      // The exporter writes a variation's value with commas escaped; an empty value means "Any <name>".
      const value = attribute.value?.replace(/\\,/g, ',').trim();
      if (value === undefined || value === '') {
        findings.add(
          wooAnyAttributeValue,
          row,
          { message: `The variation is sold for any "${attribute.name}"; no value is stated for it.`, pointer: options.at, actual: attribute.name },
          ids,
        );
        continue;
      }
      setVariantAttribute(variant, attribute.name, value);
    }
  }
  return variant;
}

function mapSaleDates(row: WooRow, at: string, variant: Record<string, unknown>, findings: Findings, ids: { productId?: string | undefined; variantId?: string | undefined }): void {
  for (const [key, field, bound] of [
    ['saleStarts', 'saleStartsAt', saleStart],
    ['saleEnds', 'saleEndsAt', saleEnd],
  ] as const) {
    const cell = row.cell(key);
    if (cell === undefined) continue;
    const date = readWooDate(cell);
    if (!date) {
      findings.add(wooBadValue, row, { message: `The "${COLUMN[key]}" cell is not a date; it is left out.`, pointer: `${at}/${field}`, actual: cell, expected: 'YYYY-MM-DD or YYYY-MM-DD H:MM:SS' }, ids);
      continue;
    }
    // WooCommerce dates are in the store's time zone, which the export does not say. The calendar date is
    // kept, and enrichment reads it as 00:00 UTC and reports that it did (date/assumed-utc).
    const value = bound(date);
    variant[field] = value.value;
    if (value.rounded) {
      findings.add(wooSaleTimeRounded, row, { message: `The sale ${field === 'saleStartsAt' ? 'start' : 'end'} "${cell}" was moved to ${value.value}, a whole day inside the sale.`, pointer: `${at}/${field}`, actual: cell, expected: value.value }, ids);
    }
  }
}

function mapMeasures(row: WooRow, options: VariantOptions, variant: Record<string, unknown>, findings: Findings, ids: { productId?: string | undefined; variantId?: string | undefined }): void {
  const own = measureCells(row);
  const inherited = options.inherited ?? {};
  const cell = (key: keyof InheritedMeasures) => own[key] ?? inherited[key];
  const unsupported = (header: string, pointer: string) =>
    findings.add(wooUnsupportedUnit, row, { message: `The unit of "${header}" has no exact canonical unit; the value is left out.`, pointer: `${options.at}${pointer}`, actual: header, expected: pointer === '/weight' ? ['kg', 'g', 'lbs', 'oz'] : ['m', 'cm', 'mm', 'in'] }, ids);

  const weight = cell('weight');
  const weightColumn = row.columns.weight;
  if (weight !== undefined && weightColumn) {
    const decimal = parseDecimal(weight, measureOptions(weightColumn));
    if (!decimal.ok) findings.add(wooBadValue, row, { message: `The "${weightColumn.header}" cell is not a number; it is left out.`, pointer: `${options.at}/weight`, actual: weight, expected: decimal.expected }, ids);
    else if (!weightColumn.unit) unsupported(weightColumn.header, '/weight');
    // A weight of 0 is how WooCommerce leaves it unset.
    else if (Number(decimal.value) > 0) variant.weight = { value: Number(decimal.value), unit: weightColumn.unit };
  }

  const sides = (['length', 'width', 'height'] as const).map((key) => ({ key, column: row.columns[key], value: cell(key) }));
  const given = sides.filter((s) => s.value !== undefined && s.column);
  if (given.length === 0) return;
  if (given.length < 3) {
    findings.add(wooIncompleteDimensions, row, { message: `Only ${given.map((s) => s.key).join(' and ')} ${given.length === 1 ? 'is' : 'are'} given; dimensions need length, width and height.`, pointer: `${options.at}/dimensions`, actual: given.map((s) => s.key) }, ids);
    return;
  }
  const out: Record<string, unknown> = {};
  let unit: LengthUnit['unit'] | undefined;
  for (const side of given) {
    const column = side.column as MeasureColumn<LengthUnit>;
    const decimal = parseDecimal(side.value!, measureOptions(column));
    if (!decimal.ok) {
      findings.add(wooBadValue, row, { message: `The "${column.header}" cell is not a number; dimensions are left out.`, pointer: `${options.at}/dimensions`, actual: side.value, expected: decimal.expected }, ids);
      return;
    }
    if (!column.unit || (unit !== undefined && column.unit.unit !== unit)) {
      unsupported(column.header, '/dimensions');
      return;
    }
    unit = column.unit.unit;
    out[side.key] = shiftDecimal(decimal.value, column.unit.shift);
  }
  if (Object.values(out).every((v) => (v as number) > 0)) variant.dimensions = { ...out, unit };
}
