import { arrayOf, schemaRef, type JsonSchema } from './json-schema.js';

/**
 * Component schemas of the catalog data: Product, Variant and the types they use, written from the UCP
 * 2026-08-25 schemas (schemas/shopping/types/*.json and schemas/common/types/*.json at UCP @ fdcf8934, the last
 * commit before the 2026-08-25 cut; https://ucp.dev/2026-08-25/specification/shopping/catalog/). Like UCP's own
 * schemas they leave objects open (no additionalProperties: false): businesses and later versions add fields.
 * The conformance test holds responses against both these and the official schemas.
 */

/** ISO 4217 alphabetic code, three capital letters (types/price.json). */
const CURRENCY: JsonSchema = { type: 'string', pattern: '^[A-Z]{3}$', description: 'ISO 4217 currency code, e.g. USD or JPY.' };

const url = (description: string): JsonSchema => ({ type: 'string', format: 'uri', description });

export const CATALOG_SCHEMAS: Record<string, JsonSchema> = {
  Amount: {
    type: 'integer',
    minimum: 0,
    // common/types/amount.json: the largest integer every JSON reader agrees on (overview, "Integer range and ingestion").
    maximum: Number.MAX_SAFE_INTEGER,
    description: 'Money in the minor unit of its currency (ISO 4217 exponent): cents for USD, yen for JPY, fils for KWD. Never a decimal.',
  },
  Price: {
    type: 'object',
    required: ['amount', 'currency'],
    properties: {
      amount: schemaRef('Amount', 'The amount in minor units; 0 for a free item.'),
      currency: CURRENCY,
    },
    description: 'An amount with its currency.',
  },
  PriceRange: {
    type: 'object',
    required: ['min', 'max'],
    properties: {
      min: schemaRef('Price', 'The lowest price.'),
      max: schemaRef('Price', 'The highest price.'),
    },
    description: 'The lowest and highest of a set of prices, such as those of a product’s variants.',
  },
  Description: {
    type: 'object',
    minProperties: 1,
    properties: {
      plain: { type: 'string', description: 'The text without markup.' },
      html: { type: 'string', description: 'The text as HTML. Untrusted: sanitize it before rendering.' },
      markdown: { type: 'string', description: 'The text as Markdown.' },
    },
    description: 'A text in one or more formats; at least one is present.',
  },
  Category: {
    type: 'object',
    required: ['value'],
    properties: {
      value: { type: 'string', description: 'The category id or path, e.g. "5598" or "Apparel > Jackets".' },
      taxonomy: { type: 'string', description: 'Where the value comes from. Well-known values: google_product_category, shopify, merchant.' },
    },
    description: 'A category of a product, with the taxonomy it belongs to.',
  },
  Media: {
    type: 'object',
    required: ['type', 'url'],
    properties: {
      type: { type: 'string', description: 'What the media is. Well-known values: image, video, model_3d.' },
      url: url('Where the media file is.'),
      alt_text: { type: 'string', description: 'Text describing the media for accessibility.' },
      width: { type: 'integer', minimum: 1, description: 'Width in pixels.' },
      height: { type: 'integer', minimum: 1, description: 'Height in pixels.' },
    },
    description: 'An image, video or 3D model of a product or variant.',
  },
  OptionValue: {
    type: 'object',
    required: ['label'],
    properties: {
      id: { type: 'string', description: 'An identifier of the value, preferred over the label for matching when present.' },
      label: { type: 'string', description: 'The value as shown to the buyer, e.g. "Large".' },
    },
    description: 'One value an option can take.',
  },
  ProductOption: {
    type: 'object',
    required: ['name', 'values'],
    properties: {
      name: { type: 'string', description: 'The option, e.g. "Size".' },
      values: arrayOf(schemaRef('OptionValue'), 'The values the variants take.', { minItems: 1 }),
    },
    description: 'An attribute the variants of a product differ in.',
  },
  SelectedOption: {
    type: 'object',
    required: ['name', 'label'],
    properties: {
      name: { type: 'string', description: 'The option, e.g. "Size".' },
      id: { type: 'string', description: 'The identifier of the value, when the product gives one.' },
      label: { type: 'string', description: 'The value, e.g. "Large".' },
    },
    description: 'The value of one option: on a variant, what defines it; in a request, what the buyer chose.',
  },
  DetailOptionValue: {
    allOf: [schemaRef('OptionValue')],
    type: 'object',
    properties: {
      available: { type: 'boolean', description: 'A variant with this value and the current selections can be bought.' },
      exists: { type: 'boolean', description: 'A variant with this value and the current selections exists.' },
    },
    description: 'An option value with availability relative to the selections of a product detail request.',
  },
  Rating: {
    type: 'object',
    required: ['value', 'scale_max'],
    properties: {
      value: { type: 'number', minimum: 0, description: 'The average rating.' },
      scale_min: { type: 'number', minimum: 0, default: 1, description: 'The lowest rating possible.' },
      scale_max: { type: 'number', minimum: 1, description: 'The highest rating possible.' },
      count: { type: 'integer', minimum: 0, description: 'How many reviews the average is of.' },
    },
    description: 'An aggregate rating.',
  },
  Link: {
    type: 'object',
    required: ['type', 'url'],
    properties: {
      type: { type: 'string', description: 'What the page is. Well-known values: privacy_policy, terms_of_service, refund_policy, shipping_policy, faq.' },
      url: url('The page.'),
      title: { type: 'string', description: 'Text to show for the link instead of one made from its type.' },
    },
    description: 'A link to a page of the seller.',
  },
  Barcode: {
    type: 'object',
    required: ['type', 'value'],
    properties: {
      type: { type: 'string', description: 'The barcode standard. Well-known values: UPC, EAN, ISBN, GTIN, JAN.' },
      value: { type: 'string', description: 'The barcode digits.' },
    },
    description: 'An industry identifier of the item.',
  },
  Measure: {
    type: 'object',
    required: ['value', 'unit', 'display_text'],
    properties: {
      value: { type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER, description: 'The quantity as a whole number of steps of 10^-scale units: 136 with scale 1 is 13.6.' },
      unit: { type: 'string', description: 'The unit: a UN/CEFACT Rec 20 Common Code where one names it (GRM, KGM, MLT, LTR, …), else the shop’s own identifier.' },
      scale: { type: 'integer', minimum: 0, maximum: 15, default: 0, description: 'How many decimal places the value has.' },
      display_text: { type: 'string', description: 'The unit as people read it, e.g. g or fl oz.' },
    },
    description: 'A quantity: an integer number of steps with its unit (common/types/measure.json).',
  },
  UnitPrice: {
    type: 'object',
    required: ['amount', 'currency', 'measure', 'reference'],
    properties: {
      amount: schemaRef('Amount', 'The price per reference quantity, in minor units, worked out by the shop: price ÷ measure × reference.'),
      currency: CURRENCY,
      measure: schemaRef('Measure', 'How much the package holds, e.g. 340 g; in the same unit as reference.'),
      reference: schemaRef('Measure', 'The quantity the unit price is for, e.g. 100 g.'),
    },
    description: 'The price per standard quantity, for comparing packages of different sizes. Left out when it cannot be given exactly.',
  },
  Availability: {
    type: 'object',
    properties: {
      available: { type: 'boolean', description: 'The variant can be bought now (for preorder and backorder it ships later).' },
      status: { type: 'string', description: 'The stock state. Well-known values: in_stock, backorder, preorder, out_of_stock, discontinued.' },
    },
    description: 'Whether and how the variant can be bought.',
  },
  Seller: {
    type: 'object',
    properties: {
      name: { type: 'string', description: 'The seller’s name.' },
      links: arrayOf(schemaRef('Link'), 'The seller’s policy pages.'),
    },
    description: 'Who sells the variant.',
  },
  VariantMetadata: {
    type: 'object',
    properties: {
      purchase_url: url('agentshelf’s purchase hand-off: the page that buys one of this variant (see x-agentshelf-purchase). The same URL as the BuyAction of the variant’s schema.org offer.'),
    },
    description: 'Data of the shop’s own beyond the UCP fields.',
  },
  Variant: {
    type: 'object',
    required: ['id', 'title', 'description', 'price'],
    properties: {
      id: { type: 'string', description: 'The variant id: the item id to buy it by.' },
      sku: { type: 'string', description: 'The shop’s stock-keeping unit.' },
      barcodes: arrayOf(schemaRef('Barcode'), 'Industry identifiers such as the GTIN.'),
      handle: { type: 'string', description: 'A URL slug of the variant.' },
      title: { type: 'string', description: 'The variant’s name, e.g. "Summit Down Jacket, Black, M".' },
      description: schemaRef('Description', 'A description of the variant.'),
      url: url('The variant’s page.'),
      categories: arrayOf(schemaRef('Category'), 'Categories of the variant.'),
      price: schemaRef('Price', 'What a buyer pays now (the sale price while a sale is on).'),
      list_price: schemaRef('Price', 'The regular price, to show struck through while a sale is on.'),
      unit_price: schemaRef('UnitPrice'),
      availability: schemaRef('Availability'),
      options: arrayOf(schemaRef('SelectedOption'), 'The option values that make this variant, e.g. Color Black, Size M.'),
      media: arrayOf(schemaRef('Media'), 'Images of the variant; the first one is the one to show in listings.'),
      rating: schemaRef('Rating'),
      tags: arrayOf({ type: 'string' }, 'Tags of the variant.'),
      metadata: schemaRef('VariantMetadata'),
      seller: schemaRef('Seller'),
    },
    description: 'One purchasable version of a product.',
  },
  ProductMetadata: {
    type: 'object',
    properties: {
      brand: { type: 'string', description: 'The brand the product is sold under.' },
    },
    description: 'Data of the shop’s own beyond the UCP fields.',
  },
  Product: {
    type: 'object',
    required: ['id', 'title', 'description', 'price_range', 'variants'],
    properties: {
      id: { type: 'string', description: 'The product id.' },
      handle: { type: 'string', description: 'A URL slug of the product.' },
      title: { type: 'string', description: 'The product’s name.' },
      description: schemaRef('Description', 'The product description.'),
      url: url('The product’s page.'),
      categories: arrayOf(schemaRef('Category'), 'Categories of the product, each with its taxonomy.'),
      price_range: schemaRef('PriceRange', 'The lowest and highest current price of the variants.'),
      list_price_range: schemaRef('PriceRange', 'The lowest and highest regular price, while some variant is on sale.'),
      media: arrayOf(schemaRef('Media'), 'Images of the product; the first one is the one to show in listings.'),
      options: arrayOf(schemaRef('ProductOption'), 'The attributes the variants differ in, with their values.'),
      variants: arrayOf(schemaRef('Variant'), 'The variants; the first one is the one to feature in listings.', { minItems: 1 }),
      rating: schemaRef('Rating'),
      tags: arrayOf({ type: 'string' }, 'Tags of the product.'),
      metadata: schemaRef('ProductMetadata'),
    },
    description: 'A product of the catalog with its purchasable variants.',
  },
  InputCorrelation: {
    type: 'object',
    required: ['id'],
    properties: {
      id: { type: 'string', description: 'An id from the lookup request.' },
      match: {
        type: 'string',
        description: 'How the id led to this variant. Well-known values: exact (the id names this variant: its id or SKU), featured (the id names the product, and this is its featured variant).',
        examples: ['exact', 'featured'],
      },
    },
    description: 'Which requested id a lookup result answers.',
  },
  LookupVariant: {
    allOf: [
      schemaRef('Variant'),
      {
        required: ['inputs'],
        properties: { inputs: arrayOf(schemaRef('InputCorrelation'), 'The requested ids that resolved to this variant.', { minItems: 1 }) },
      },
    ],
    description: 'A variant in a lookup response, with the requested ids it answers.',
  },
  LookupProduct: {
    allOf: [schemaRef('Product'), { properties: { variants: { items: schemaRef('LookupVariant') } } }],
    description: 'A product in a lookup response: only the variants some requested id resolved to.',
  },
  DetailProduct: {
    allOf: [schemaRef('Product')],
    type: 'object',
    properties: {
      selected: arrayOf(schemaRef('SelectedOption'), 'The selections the variants returned match, after any relaxation of the requested ones.'),
      options: arrayOf(
        {
          type: 'object',
          required: ['name', 'values'],
          properties: { name: { type: 'string' }, values: arrayOf(schemaRef('DetailOptionValue'), 'The values, with availability.', { minItems: 1 }) },
        },
        'The options, each value with availability relative to the selections.',
      ),
    },
    description: 'A product in full detail, for a purchase decision.',
  },
};
