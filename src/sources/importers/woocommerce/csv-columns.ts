/**
 * The columns of WooCommerce's product CSV export (WC_Product_CSV_Exporter::get_default_column_names, and the
 * attribute/meta columns it adds per product): https://github.com/woocommerce/woocommerce/wiki/Product-CSV-Import-Schema.
 * Headers are the English ones, matched in any case; the exporter translates them with the admin's language,
 * and of those only the spellings in TRANSLATED are known. A file in another language needs its headers
 * renamed (as WooCommerce's own importer asks on its mapping screen).
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

/**
 * Headers of exports from an admin in another language: WooCommerce translates its column names with the
 * admin's locale (__( 'In stock?', 'woocommerce' ) in the exporter). Only spellings seen in real exports are
 * listed, each with the export it was read from; an unknown translation leaves its column unread, and a file
 * whose Type, Name or ID/SKU columns are not recognised is refused as not an export.
 */
const TRANSLATED: Readonly<Record<string, ColumnKey>> = {
  // ru_RU, from test/corpus/woocommerce-csv/russian-shop-export.csv.
  тип: 'type',
  артикул: 'sku',
  имя: 'name',
  опубликован: 'published',
  'видимость в каталоге': 'visibility',
  'короткое описание': 'shortDescription',
  описание: 'description',
  'в наличии?': 'inStock',
  'базовая цена': 'regularPrice',
  категории: 'categories',
  изображения: 'images',
};

const ENGLISH = new Map<string, ColumnKey>(Object.entries(COLUMN).map(([key, header]) => [header, key as ColumnKey]));
const ENGLISH_ANY_CASE = new Map<string, ColumnKey>(Object.entries(COLUMN).map(([key, header]) => [header.toLowerCase(), key as ColumnKey]));

/**
 * The column a header names. The exporter writes the English names exactly; reading, they are matched without
 * regard to case, as WooCommerce's own importer does (its test file writes "BUTTON TEXT"), while telling a
 * file's format apart takes them only as the exporter writes them.
 */
export function columnKey(header: string, options: { anyCase?: boolean } = {}): ColumnKey | undefined {
  const key = ENGLISH.get(header) ?? TRANSLATED[header.toLowerCase()];
  return key ?? (options.anyCase ? ENGLISH_ANY_CASE.get(header.toLowerCase()) : undefined);
}

export function readHeader(fields: readonly string[], options: { anyCase?: boolean } = { anyCase: true }): WooColumns {
  const columns: WooColumns = { fields: {}, attributes: [], fieldCount: fields.length };
  const attributes = new Map<number, AttributeColumns>();
  fields.forEach((raw, index) => {
    // trim() also drops a BOM, wherever the white space before it came from.
    const header = raw.trim();
    const key = columnKey(header, options);
    if (key) {
      columns.fields[key] ??= index;
      return;
    }
    const measure = /^(Weight|Length|Width|Height) \((.*)\)$/i.exec(header);
    if (measure) {
      const label = measure[2]!.trim();
      const side = measure[1]!.toLowerCase();
      if (side === 'weight') columns.weight = { index, header, label, ...(WEIGHT_UNITS[label] ? { unit: WEIGHT_UNITS[label] } : {}) };
      else {
        const column: MeasureColumn<LengthUnit> = { index, header, label, ...(LENGTH_UNITS[label] ? { unit: LENGTH_UNITS[label] } : {}) };
        if (side === 'length') columns.length = column;
        else if (side === 'width') columns.width = column;
        else columns.height = column;
      }
      return;
    }
    const attribute = /^Attribute (\d+) (name|value\(s\)|visible|global)$/i.exec(header);
    if (attribute) {
      const n = Number(attribute[1]);
      const entry = attributes.get(n) ?? {};
      const named = attribute[2]!.toLowerCase();
      const part = named === 'value(s)' ? 'value' : (named as 'name' | 'visible' | 'global');
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
