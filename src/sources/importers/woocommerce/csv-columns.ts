/**
 * The columns of WooCommerce's product CSV export (WC_Product_CSV_Exporter::get_default_column_names, and the
 * attribute/meta columns it adds per product): https://github.com/woocommerce/woocommerce/wiki/Product-CSV-Import-Schema.
 * Headers are the English ones; the exporter translates them with the admin's language, and such files
 * need their headers renamed (as WooCommerce's own importer asks on its mapping screen).
 */
export const COLUMN = {
  id: 'ID',
  type: 'Type',
  sku: 'SKU',
  gtin: 'GTIN, UPC, EAN, or ISBN',
  name: 'Name',
  published: 'Published',
  visibility: 'Visibility in catalog',
  shortDescription: 'Short description',
  description: 'Description',
  saleStarts: 'Date sale price starts',
  saleEnds: 'Date sale price ends',
  inStock: 'In stock?',
  stock: 'Stock',
  backorders: 'Backorders allowed?',
  salePrice: 'Sale price',
  regularPrice: 'Regular price',
  categories: 'Categories',
  images: 'Images',
  parent: 'Parent',
  /** Added by WooCommerce Brands (core since 9.6) and brand plugins through the exporter's column filters. */
  brands: 'Brands',
  /**
   * Not a default column: a slug column added through the exporter's column filters
   * (woocommerce_product_export_column_names), named "Slug", or "post_name" as the Product CSV Import Suite
   * names it (https://woocommerce.com/document/product-csv-import-suite-column-header-reference/).
   */
  slug: 'Slug',
  postName: 'post_name',
} as const;

export type ColumnKey = keyof typeof COLUMN;

export type WeightUnit = 'kg' | 'g' | 'lb' | 'oz';

/** A dimension unit as the canonical unit and how far to move the decimal point to reach it. */
export interface LengthUnit {
  unit: 'cm' | 'in';
  shift: number;
}

/** The exporter's unit labels (plugins/woocommerce/i18n/units.php): weight kg g lbs oz; dimensions m cm mm in yd. */
const WEIGHT_UNITS: Record<string, WeightUnit> = { kg: 'kg', g: 'g', lbs: 'lb', oz: 'oz' };
const LENGTH_UNITS: Record<string, LengthUnit> = { m: { unit: 'cm', shift: 2 }, cm: { unit: 'cm', shift: 0 }, mm: { unit: 'cm', shift: -1 }, in: { unit: 'in', shift: 0 } };

export interface MeasureColumn<U> {
  index: number;
  header: string;
  /** The unit label in the header ("kg" in "Weight (kg)"). */
  label: string;
  /** Undefined when the header's unit has no exact canonical unit (yd, or an unknown label). */
  unit?: U;
}

export interface AttributeColumns {
  name?: number;
  value?: number;
  visible?: number;
  global?: number;
}

export interface WooColumns {
  fields: Partial<Record<ColumnKey, number>>;
  weight?: MeasureColumn<WeightUnit>;
  length?: MeasureColumn<LengthUnit>;
  width?: MeasureColumn<LengthUnit>;
  height?: MeasureColumn<LengthUnit>;
  /** "Attribute N …" columns by N, in N order. */
  attributes: AttributeColumns[];
  fieldCount: number;
}

const BY_HEADER = new Map<string, ColumnKey>(Object.entries(COLUMN).map(([key, header]) => [header, key as ColumnKey]));

export function readHeader(fields: readonly string[]): WooColumns {
  const columns: WooColumns = { fields: {}, attributes: [], fieldCount: fields.length };
  const attributes = new Map<number, AttributeColumns>();
  fields.forEach((raw, index) => {
    const header = raw.replace(/^\ufeff/, '').trim();
    const key = BY_HEADER.get(header);
    if (key) {
      columns.fields[key] ??= index;
      return;
    }
    const measure = /^(Weight|Length|Width|Height) \((.*)\)$/.exec(header);
    if (measure) {
      const label = measure[2]!.trim();
      if (measure[1] === 'Weight') columns.weight = { index, header, label, ...(WEIGHT_UNITS[label] ? { unit: WEIGHT_UNITS[label] } : {}) };
      else {
        const column: MeasureColumn<LengthUnit> = { index, header, label, ...(LENGTH_UNITS[label] ? { unit: LENGTH_UNITS[label] } : {}) };
        if (measure[1] === 'Length') columns.length = column;
        else if (measure[1] === 'Width') columns.width = column;
        else columns.height = column;
      }
      return;
    }
    const attribute = /^Attribute (\d+) (name|value\(s\)|visible|global)$/.exec(header);
    if (attribute) {
      const n = Number(attribute[1]);
      const entry = attributes.get(n) ?? {};
      const part = attribute[2] === 'value(s)' ? 'value' : (attribute[2] as 'name' | 'visible' | 'global');
      entry[part] = index;
      attributes.set(n, entry);
    }
    // Every other column (tax, shipping class, reviews, downloads, upsells, meta, …) has no canonical field.
  });
  columns.attributes = [...attributes.entries()].sort(([a], [b]) => a - b).map(([, entry]) => entry);
  return columns;
}

/** Type, Name, and ID or SKU: without them rows cannot be told apart or linked. */
export function missingRequired(columns: WooColumns): string[] {
  const missing: string[] = [];
  if (columns.fields.type === undefined) missing.push(COLUMN.type);
  if (columns.fields.name === undefined) missing.push(COLUMN.name);
  if (columns.fields.id === undefined && columns.fields.sku === undefined) missing.push(`${COLUMN.id} or ${COLUMN.sku}`);
  return missing;
}
