#!/usr/bin/env node
// The floor a build cannot go below on this machine: read the same input, JSON.parse every record, and write
// the same number of output bytes. Prints one JSON line with the wall time and peak RSS.
//   node bench/floor.mjs --input I --bytes N --out FILE
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const started = process.hrtime.bigint();
let records = 0;
for await (const line of createInterface({ input: createReadStream(args.input, { highWaterMark: 1 << 20 }), crlfDelay: Infinity })) {
  if (line) {
    JSON.parse(line);
    records++;
  }
}
const out = createWriteStream(args.out);
const block = Buffer.alloc(1 << 20, 0x61);
let left = Number(args.bytes);
while (left > 0) {
  const piece = left >= block.length ? block : block.subarray(0, left);
  if (!out.write(piece)) await once(out, 'drain');
  left -= piece.length;
}
out.end();
await once(out, 'close');
console.log(JSON.stringify({ ok: true, wallMs: Math.round(Number(process.hrtime.bigint() - started) / 1e6), maxRssKb: process.resourceUsage().maxRSS, records }));
