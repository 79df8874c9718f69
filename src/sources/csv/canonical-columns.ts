import { parseBoolean, parseDecimal, parseInteger } from '../cell-values.js';

/**
 * The canonical CSV/TSV layout: one row per variant, rows of the same product next to each other and sharing
 * its `id`. Product columns are read from the product's first row. Column names are the canonical model's
 * property names (schemas/product.schema.json); the few variant fields whose names clash with a product field
 * carry a `variant` prefix. The README documents this table.
 */
export type CellType =
  | 'text' // kept as is
  | 'decimal' // kept as a string: prices never pass through a float
  | 'integer'
  | 'boolean' // true/false, yes/no, 1/0
  | 'list' // values separated by "|"
  | 'weight' // "1.2 kg"
  | 'dimensions' // "30 x 20 x 10 cm"
  | 'unit-pricing' // "340 g / 100 g"
  | 'options'; // "Capacity=10000 mAh; Plug=US"

export interface ColumnSpec {
  level: 'product' | 'variant';
  /** The property in the canonical model. */
  property: string;
  type: CellType;
}

export const CANONICAL_COLUMNS: Readonly<Record<string, ColumnSpec>> = {
  id: { level: 'product', property: 'id', type: 'text' },
  title: { level: 'product', property: 'title', type: 'text' },
  description: { level: 'product', property: 'description', type: 'text' },
  url: { level: 'product', property: 'url', type: 'text' },
  images: { level: 'product', property: 'images', type: 'list' },
  brand: { level: 'product', property: 'brand', type: 'text' },
  condition: { level: 'product', property: 'condition', type: 'text' },
  googleProductCategory: { level: 'product', property: 'googleProductCategory', type: 'text' },
  productType: { level: 'product', property: 'productType', type: 'text' },
  currency: { level: 'product', property: 'currency', type: 'text' },
  isDigital: { level: 'product', property: 'isDigital', type: 'boolean' },
  gender: { level: 'product', property: 'gender', type: 'text' },
  ageGroup: { level: 'product', property: 'ageGroup', type: 'text' },
  material: { level: 'product', property: 'material', type: 'text' },
  pattern: { level: 'product', property: 'pattern', type: 'text' },
  sizeSystem: { level: 'product', property: 'sizeSystem', type: 'text' },

  variantId: { level: 'variant', property: 'id', type: 'text' },
  sku: { level: 'variant', property: 'sku', type: 'text' },
  variantTitle: { level: 'variant', property: 'title', type: 'text' },
  variantUrl: { level: 'variant', property: 'url', type: 'text' },
  variantImages: { level: 'variant', property: 'images', type: 'list' },
  gtin: { level: 'variant', property: 'gtin', type: 'text' },
  mpn: { level: 'variant', property: 'mpn', type: 'text' },
  color: { level: 'variant', property: 'color', type: 'text' },
  size: { level: 'variant', property: 'size', type: 'text' },
  options: { level: 'variant', property: 'options', type: 'options' },
  price: { level: 'variant', property: 'price', type: 'decimal' },
  salePrice: { level: 'variant', property: 'salePrice', type: 'decimal' },
  saleStartsAt: { level: 'variant', property: 'saleStartsAt', type: 'text' },
  saleEndsAt: { level: 'variant', property: 'saleEndsAt', type: 'text' },
  availability: { level: 'variant', property: 'availability', type: 'text' },
  availabilityDate: { level: 'variant', property: 'availabilityDate', type: 'text' },
  stockQuantity: { level: 'variant', property: 'stockQuantity', type: 'integer' },
  backorderPolicy: { level: 'variant', property: 'backorderPolicy', type: 'text' },
  weight: { level: 'variant', property: 'weight', type: 'weight' },
  dimensions: { level: 'variant', property: 'dimensions', type: 'dimensions' },
  unitPricing: { level: 'variant', property: 'unitPricing', type: 'unit-pricing' },
};

export type CellResult = { ok: true; value: unknown } | { ok: false; expected: string };

/** A number as the shared cell parser reads it (".5", "1."); parseDecimal decides whether it is one. */
const NUMBER = '([0-9.]+)';
const WEIGHT = new RegExp(`^${NUMBER}\\s*([a-z]+)$`, 'i');
const DIMENSIONS = new RegExp(`^${NUMBER}\\s*[x×]\\s*${NUMBER}\\s*[x×]\\s*${NUMBER}\\s*([a-z]+)$`, 'i');
const MEASURE = new RegExp(`^${NUMBER}\\s*([a-z]+)$`, 'i');

/** The numbers of a measure, or undefined when one is not a non-negative decimal. */
function numbers(...texts: string[]): number[] | undefined {
  const out: number[] = [];
  for (const text of texts) {
    const parsed = parseDecimal(text);
    if (!parsed.ok) return undefined;
    out.push(Number(parsed.value));
  }
  return out;
}

/**
 * Reads one non-empty cell as its column's type. Measures are parsed into numbers here; whether the unit is
 * allowed is left to schema validation, so the report names the canonical rule, not the CSV reader.
 */
export function readCell(type: CellType, raw: string): CellResult {
  switch (type) {
    case 'text':
      return { ok: true, value: raw };
    case 'decimal': {
      // ".5" and "1." become the model's "0.5" and "1"; anything else is left for the schema to name (schema/decimal).
      const parsed = parseDecimal(raw);
      return { ok: true, value: parsed.ok ? parsed.value : raw };
    }
    case 'integer':
      return parseInteger(raw);
    case 'boolean':
      return parseBoolean(raw);
    case 'list':
      return { ok: true, value: raw.split('|').map((s) => s.trim()).filter((s) => s !== '') };
    case 'weight': {
      const m = WEIGHT.exec(raw);
      const [value] = (m && numbers(m[1]!)) ?? [];
      return m && value !== undefined ? { ok: true, value: { value, unit: m[2]!.toLowerCase() } } : { ok: false, expected: 'a weight such as "1.2 kg"' };
    }
    case 'dimensions': {
      const m = DIMENSIONS.exec(raw);
      const sides = m ? numbers(m[1]!, m[2]!, m[3]!) : undefined;
      return m && sides
        ? { ok: true, value: { length: sides[0], width: sides[1], height: sides[2], unit: m[4]!.toLowerCase() } }
        : { ok: false, expected: 'dimensions such as "30 x 20 x 10 cm"' };
    }
    case 'unit-pricing': {
      const [measure, base, extra] = raw.split('/').map((s) => MEASURE.exec(s.trim()));
      const values = measure && base ? numbers(measure[1]!, base[1]!) : undefined;
      if (!measure || !base || extra !== undefined || !values) return { ok: false, expected: 'a unit pricing such as "340 g / 100 g"' };
      return {
        ok: true,
        value: {
          measure: { value: values[0], unit: measure[2]!.toLowerCase() },
          baseMeasure: { value: values[1], unit: base[2]!.toLowerCase() },
        },
      };
    }
    case 'options': {
      const options: Record<string, string> = {};
      for (const pair of raw.split(';')) {
        if (pair.trim() === '') continue;
        const eq = pair.indexOf('=');
        const name = eq === -1 ? '' : pair.slice(0, eq).trim();
        if (name === '') return { ok: false, expected: 'options such as "Capacity=10000 mAh; Plug=US"' };
        options[name] = pair.slice(eq + 1).trim();
      }
      return { ok: true, value: options };
    }
  }
}
