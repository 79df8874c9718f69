#!/usr/bin/env node
// Writes a deterministic synthetic catalog as canonical NDJSON, shaped like a real apparel, electronics and
// home shop: products with 1–12 variants (colour × size), long HTML descriptions, valid GTINs (GS1 check
// digit), several Google categories, sales with windows, stock counts. The same arguments always give the
// same bytes, so runs are comparable across commits.
//
//   node bench/generate-catalog.mjs --variants 100000 --out bench/data/catalog-100k.ndjson
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { once } from 'node:events';

/** mulberry32: a small, fast, seedable generator. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** GS1 mod-10 check digit (https://www.gs1.org/services/how-calculate-check-digit-manually). */
export function withCheckDigit(body) {
  let sum = 0;
  for (let i = body.length - 1, w = 3; i >= 0; i--, w = 4 - w) sum += Number(body[i]) * w;
  return body + ((10 - (sum % 10)) % 10);
}

const CATEGORIES = [
  { id: 5598, type: 'Apparel > Jackets', noun: 'Jacket', apparel: true },
  { id: 212, type: 'Apparel > Shirts', noun: 'Shirt', apparel: true },
  { id: 209, type: 'Apparel > Socks', noun: 'Socks', apparel: true },
  { id: 187, type: 'Shoes > Trail', noun: 'Trail Shoe', apparel: true },
  { id: 543626, type: 'Electronics > Audio', noun: 'Headphones', apparel: false },
  { id: 249, type: 'Electronics > Speakers', noun: 'Speaker', apparel: false },
  { id: 1011, type: 'Outdoor > Camping', noun: 'Tent', apparel: false },
  { id: 638, type: 'Home > Kitchen', noun: 'Skillet', apparel: false },
];
const ADJECTIVES = ['Summit', 'Ridge', 'Canyon', 'Alpine', 'Harbor', 'Cedar', 'Granite', 'Meadow', 'Juniper', 'Basalt', 'Tundra', 'Willow'];
const COLORS = ['Black', 'Navy', 'Forest', 'Rust', 'Sand', 'Slate'];
const SIZES = ['XS', 'S', 'M', 'L', 'XL', 'XXL'];
const FEATURES = [
  'Recycled ripstop shell with a PFC-free water repellent finish',
  'Two zippered hand pockets and one internal chest pocket',
  'Packs into its own pocket with a clip-in loop',
  'Adjustable drawcord hem and elastic-bound cuffs',
  'Bluesign-approved fabrics and YKK zippers throughout',
  'Reinforced seams at every stress point',
  'Machine washable on a gentle cycle; tumble dry low',
  'Backed by our lifetime repair promise',
];

function description(rnd, name) {
  const items = FEATURES.filter(() => rnd() < 0.7).map((f) => `<li>${f} &amp; built to last.</li>`).join('');
  const paragraph = `<p>The <strong>${name}</strong> is made for long days outside: light enough to forget, tough enough for the next ten seasons. We tested it on the Cascade Crest and in the rain of the Olympic coast before it earned its place in our catalog.</p>`;
  return `${paragraph}<ul>${items}</ul><h3>Care</h3><p>Wash cold, line dry, and re-proof the finish once a season with a spray-on DWR.&nbsp;Made in Portugal.</p>`;
}

export async function generate({ variants, out, seed = 20261122 }) {
  await mkdir(dirname(out), { recursive: true });
  const rnd = random(seed);
  const stream = createWriteStream(out);
  let written = 0;
  let product = 0;
  while (written < variants) {
    product++;
    const category = CATEGORIES[product % CATEGORIES.length];
    const name = `${ADJECTIVES[product % ADJECTIVES.length]} ${category.noun} ${product}`;
    const handle = `p-${product}`;
    const colors = category.apparel ? COLORS.slice(0, 1 + Math.floor(rnd() * 3)) : [undefined];
    const sizes = category.apparel ? SIZES.slice(0, 1 + Math.floor(rnd() * 4)) : [undefined];
    const base = 1500 + Math.floor(rnd() * 30000);
    const onSale = rnd() < 0.15;
    const list = [];
    for (const color of colors) {
      for (const size of sizes) {
        if (written + list.length >= variants) break;
        const n = written + list.length;
        const v = { id: `SKU-${product}-${list.length + 1}`, price: (base / 100).toFixed(2) };
        if (color) v.color = color;
        if (size) v.size = size;
        if (!category.apparel || rnd() < 0.5) v.gtin = withCheckDigit(String(400000000000 + n).padStart(12, '0'));
        v.mpn = `MPN-${product}-${list.length + 1}`;
        if (rnd() < 0.6) {
          v.stockQuantity = Math.floor(rnd() * 40);
          v.backorderPolicy = rnd() < 0.2 ? 'allow' : 'deny';
        } else v.availability = rnd() < 0.9 ? 'in_stock' : 'out_of_stock';
        if (onSale) {
          v.salePrice = ((base * 0.8) / 100).toFixed(2);
          v.saleStartsAt = '2026-11-20T00:00:00Z';
          v.saleEndsAt = '2026-12-02T23:59:59Z';
        }
        v.url = `https://bench-shop.example/products/${handle}?variant=${v.id}`;
        v.weight = { value: 200 + Math.floor(rnd() * 2000), unit: 'g' };
        list.push(v);
      }
    }
    const record = {
      id: handle,
      title: name,
      description: description(rnd, name),
      url: `https://bench-shop.example/products/${handle}`,
      images: [`https://bench-shop.example/images/${handle}-1.jpg`, `https://bench-shop.example/images/${handle}-2.jpg`],
      brand: 'Bench Outfitters',
      condition: 'new',
      googleProductCategory: category.id,
      productType: category.type,
      ...(category.apparel ? { gender: 'unisex', ageGroup: 'adult' } : {}),
      variants: list,
    };
    if (!stream.write(`${JSON.stringify(record)}\n`)) await once(stream, 'drain');
    written += list.length;
  }
  stream.end();
  await once(stream, 'close');
  return { products: product, variants: written };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
  const result = await generate({ variants: Number(args.variants ?? 10000), out: args.out ?? 'bench/data/catalog.ndjson' });
  console.log(`wrote ${result.products} products, ${result.variants} variants to ${args.out ?? 'bench/data/catalog.ndjson'}`);
}
