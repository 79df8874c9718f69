#!/usr/bin/env node
// The peer: @xcommerceweb/google-merchant-feed (a bench-only devDependency) building a Google Merchant feed
// for the same variants, from the same NDJSON, written to a file. It holds the whole feed in memory, as its
// API requires (FeedBuilder.withProduct … buildXml). Prints one JSON line with the wall time and peak RSS.
//   node bench/peer-google.mjs --input I --out FILE
import { createReadStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { FeedBuilder } from '@xcommerceweb/google-merchant-feed';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const started = process.hrtime.bigint();
const feed = new FeedBuilder();
feed.withTitle('Bench Outfitters');
feed.withLink('https://bench-shop.example/');
feed.withDescription('Benchmark shop.');
let variants = 0;
for await (const line of createInterface({ input: createReadStream(args.input, { highWaterMark: 1 << 20 }), crlfDelay: Infinity })) {
  if (!line) continue;
  const product = JSON.parse(line);
  for (const v of product.variants) {
    // The same fields agentshelf writes, mapped the way a user of the peer would map them (its prices are numbers).
    feed.withProduct({
      id: v.id,
      title: product.title,
      description: product.description,
      link: v.url ?? product.url,
      imageLink: product.images[0],
      additionalImageLinks: product.images.slice(1),
      availability: v.availability ?? (v.stockQuantity > 0 ? 'in_stock' : 'out_of_stock'),
      price: { currency: 'USD', value: Number(v.price) },
      ...(v.salePrice ? { salePrice: { currency: 'USD', value: Number(v.salePrice) } } : {}),
      brand: product.brand,
      gtin: v.gtin,
      mpn: v.mpn,
      condition: product.condition,
      googleProductCategory: String(product.googleProductCategory),
      productType: product.productType,
      itemGroupId: product.variants.length > 1 ? product.id : undefined,
      color: v.color,
      size: v.size,
      shipping: { country: 'US', service: 'Standard', price: { currency: 'USD', value: 5.95 } },
    });
    variants++;
  }
}
await writeFile(args.out, feed.buildXml());
console.log(JSON.stringify({ ok: true, wallMs: Math.round(Number(process.hrtime.bigint() - started) / 1e6), maxRssKb: process.resourceUsage().maxRSS, variants }));
