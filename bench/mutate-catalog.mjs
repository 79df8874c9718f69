#!/usr/bin/env node
// Writes the catalog a refresh is measured on: a copy of a bench catalog in which a share of the products
// (1 % by default) changed, with every kind of change a shop's next export has, in equal parts:
//   price         every variant's price (and sale price) up 10 %
//   availability  every variant flips: in stock ↔ out of stock (a stock count goes to 0, or from 0 to 12)
//   text          the title and the description change
//   added         a new product (new ids, URLs and GTINs) is inserted after the chosen one
//   removed       the product is left out
//   reordered     the product moves 1–100 places later in the file
// The products are picked with a seeded generator, so the same input and seed always give the same bytes.
// What was changed is written beside the output as <out>.changes.json.
//
//   node bench/mutate-catalog.mjs --input bench/data/catalog-100k.ndjson [--out …-1pct.ndjson] [--share 0.01]
import { createReadStream, createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { random, withCheckDigit } from './generate-catalog.mjs';

export const CHANGE_KINDS = ['price', 'availability', 'text', 'added', 'removed', 'reordered'];

/** The mutated catalog's path beside the input: catalog-100k.ndjson → catalog-100k-1pct.ndjson. */
export function mutatedPath(input, share = 0.01) {
  return input.replace(/\.ndjson$/, `-${Math.round(share * 100)}pct.ndjson`);
}

async function* lines(path) {
  for await (const line of createInterface({ input: createReadStream(path, { highWaterMark: 1 << 20 }), crlfDelay: Infinity })) if (line) yield line;
}

/** Which product (by its line number) gets which change: `share` of the products, kinds in turn. */
function pickChanges(products, share, rnd) {
  const count = Math.min(products, Math.max(CHANGE_KINDS.length, Math.round(products * share)));
  const order = new Int32Array(products).map((_, i) => i);
  // The first `count` places of a Fisher–Yates shuffle: a uniform sample without replacement.
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(rnd() * (products - i));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const kinds = new Map();
  for (let i = 0; i < count; i++) kinds.set(order[i], CHANGE_KINDS[i % CHANGE_KINDS.length]);
  return kinds;
}

const money = (amount, factor) => ((Math.round(Number(amount) * 100) * factor) / 100).toFixed(2);

function changePrice(product) {
  for (const v of product.variants) {
    v.price = money(v.price, 1.1);
    if (v.salePrice) v.salePrice = money(v.salePrice, 1.1);
  }
}

function changeAvailability(product) {
  for (const v of product.variants) {
    if (v.stockQuantity !== undefined) {
      v.stockQuantity = v.stockQuantity > 0 ? 0 : 12;
      v.backorderPolicy = 'deny';
    } else v.availability = v.availability === 'in_stock' ? 'out_of_stock' : 'in_stock';
  }
}

function changeText(product) {
  product.title = `${product.title} II`;
  product.description = `${product.description}<p>Updated for this season: a lighter shell and a longer warranty.</p>`;
}

/** A new product modelled on `product`: new ids, URLs, MPNs and GTINs (outside the generator's range). */
function addedAfter(product, added) {
  const id = `${product.id}-new`;
  const url = product.url.replace(/[^/]+$/, id);
  return {
    ...product,
    id,
    title: `${product.title} Lite`,
    url,
    variants: product.variants.map((v, i) => {
      const variantId = `${v.id}-NEW`;
      return {
        ...v,
        id: variantId,
        mpn: `${v.mpn}-NEW`,
        url: `${url}?variant=${variantId}`,
        ...(v.gtin ? { gtin: withCheckDigit(String(410_000_000_000 + added * 16 + i).padStart(12, '0')) } : {}),
      };
    }),
  };
}

export async function mutate({ input, out = mutatedPath(input), share = 0.01, seed = 20261123 }) {
  let products = 0;
  for await (const _ of lines(input)) products++;
  const rnd = random(seed);
  const kinds = pickChanges(products, share, rnd);
  const counts = Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0]));
  const stream = createWriteStream(out);
  const write = async (record) => {
    if (!stream.write(`${typeof record === 'string' ? record : JSON.stringify(record)}\n`)) await once(stream, 'drain');
  };
  /** Products held back by a reorder, by the line after which they are written. */
  const held = new Map();
  let index = -1;
  let variants = 0;
  let written = 0;
  const emit = async (line, record) => {
    await write(record ?? line);
    written++;
    variants += (record ?? JSON.parse(line)).variants.length;
  };
  for await (const line of lines(input)) {
    index++;
    const kind = kinds.get(index);
    if (kind) counts[kind]++;
    if (kind === 'reordered') {
      const after = index + 1 + Math.floor(rnd() * 100);
      held.set(after, [...(held.get(after) ?? []), line]);
    } else if (kind && kind !== 'removed') {
      const product = JSON.parse(line);
      if (kind === 'added') {
        await emit(line);
        await emit(null, addedAfter(product, counts.added));
      } else {
        ({ price: changePrice, availability: changeAvailability, text: changeText })[kind](product);
        await emit(null, product);
      }
    } else if (!kind) await emit(line);
    for (const moved of held.get(index) ?? []) await emit(moved);
    held.delete(index);
  }
  for (const after of [...held.keys()].sort((a, b) => a - b)) for (const moved of held.get(after)) await emit(moved);
  stream.end();
  await once(stream, 'close');
  const result = { share, seed, productsBefore: products, products: written, variants, changed: counts };
  await writeFile(`${out}.changes.json`, `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
  if (!args.input) throw new Error('usage: node bench/mutate-catalog.mjs --input bench/data/catalog-<size>.ndjson [--out FILE] [--share 0.01]');
  const share = Number(args.share ?? 0.01);
  const out = args.out ?? mutatedPath(args.input, share);
  const result = await mutate({ input: args.input, out, share });
  console.log(`wrote ${out}: ${result.products} products (${result.productsBefore} before), ${result.variants} variants; changed ${JSON.stringify(result.changed)}`);
}
