// The two tables `npm run bench` prints per size: the runs (full builds and refreshes, the peer), and the
// bytes per variant of each channel.

const fmt = (n, d = 0) => (n === undefined || n === null || Number.isNaN(n) ? '—' : n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d }));
/** Bytes per variant: a decimal where it is small, so a channel of a few bytes a variant does not show as 0. */
const perVariantText = (n) => fmt(n, n !== undefined && n < 100 ? 1 : 0);

const cells = (widths) => (values) => values.map((v, i) => (i === 0 ? String(v).padEnd(widths[0]) : String(v).padStart(widths[i]))).join('  ');

export function printRunTable({ size, variants, rows, peer, changed }) {
  const line = cells([20, 7, 10, 11, 9, 9, 7, 7, 6]);
  console.log(`\n${size} (${fmt(variants)} variants)`);
  console.log(line(['run', 'wall s', 'variants/s', 'peak RSS MB', 'B/variant', 'cache B/v', 'floor s', '× floor', '× peer']));
  for (const r of rows) {
    const name = r.kind === 'full' ? r.run : `${r.run}, ${r.kind}`;
    if (!r.ok) console.log(`${name.padEnd(20)}  failed: ${r.error}`);
    else console.log(line([name, fmt(r.wallMs / 1000, 1), fmt(r.variantsPerSecond), fmt(r.maxRssMb), perVariantText(r.bytesPerVariant), perVariantText(r.cacheBytesPerVariant), fmt(r.floorMs / 1000, 1), fmt(r.ratioToFloor, 1), fmt(r.ratioToPeer, 2)]));
  }
  if (peer) {
    if (!peer.ok) console.log(`${'peer (google)'.padEnd(20)}  failed: ${peer.error}`);
    else console.log(line(['peer (google)', fmt(peer.wallMs / 1000, 1), fmt(peer.variantsPerSecond), fmt(peer.maxRssMb), perVariantText(peer.bytesPerVariant), '', '', '', '']));
  }
  console.log('× floor: wall time over the floor\'s (a refresh: over the full build\'s floor). × peer: our Google channel\'s wall time over the peer\'s.');
  if (peer?.ok && peer.oursToPeer !== undefined) console.log(`peer @xcommerceweb/google-merchant-feed (Google feed only): our Google channel is ${fmt(peer.oursToPeer, 1)}× faster`);
  for (const r of rows.filter((row) => row.kind !== 'full' && row.ok && row.changes)) {
    const { files, variants: v, rendering } = r.changes;
    const seen = v ? `the build saw ${fmt(v.added)} variants added, ${fmt(v.removed)} removed, ${fmt(v.priceChanged)} with a new price, ${fmt(v.availabilityChanged)} with a new availability; ` : '';
    const input = r.kind === 'refresh 1%' && changed ? ` (input: ${Object.entries(changed.changed).map(([kind, n]) => `${n} ${kind}`).join(', ')} of ${fmt(changed.productsBefore)} products)` : '';
    const rendered = rendering ? `; product renderings ${fmt(rendering.rendered)} made, ${fmt(rendering.reused)} reused from the cache` : '';
    console.log(`${r.kind}${input}: ${seen}files ${fmt(files?.written)} written, ${fmt(files?.unchanged)} unchanged, ${fmt(files?.removed)} removed${rendered}`);
  }
}

/** `order`: channel ids in registry order (the "all" build's summary); the manifest lists them by id. */
export function printBytesTable({ bytes, order = [] }) {
  const full = bytes.full;
  const states = Object.keys(bytes).filter((k) => k !== 'full');
  const line = cells([14, 8, 9, 10, ...states.map((s) => Math.max(10, s.length + 5))]);
  console.log(`\nbytes per variant by channel (the "all" build's folder; bytes over the ${fmt(full.variants)} variants published)`);
  console.log(line(['channel', 'files', 'MB', 'B/variant', ...states.map((s) => `after ${s}`)]));
  const rowOf = (state, id) => bytes[state]?.channels.find((c) => c.id === id);
  const perVariant = (state, row) => (row && bytes[state].variants > 0 ? row.bytes / bytes[state].variants : undefined);
  const rank = (id) => (order.includes(id) ? order.indexOf(id) : order.length);
  const channels = [...full.channels].sort((a, b) => rank(a.id) - rank(b.id));
  for (const c of channels) console.log(line([c.id, fmt(c.files), fmt(c.bytes / 1e6, 1), perVariantText(perVariant('full', c)), ...states.map((s) => perVariantText(perVariant(s, rowOf(s, c.id))))]));
  const total = (state) => ({ files: bytes[state].channels.reduce((n, c) => n + c.files, 0), bytes: bytes[state].totalBytes });
  console.log(line(['total', fmt(total('full').files), fmt(full.totalBytes / 1e6, 1), perVariantText(perVariant('full', total('full'))), ...states.map((s) => perVariantText(perVariant(s, total(s))))]));
  for (const s of states) {
    if (s === 'refresh 0%') console.log(bytes[s].digest === full.digest ? 'refresh 0%: the folder is byte-identical to the full build (manifest and file list with every file\'s SHA-256)' : 'refresh 0%: the folder DIFFERS from the full build');
  }
  for (const [state, b] of Object.entries(bytes)) {
    const other = b.channels.find((c) => c.id === 'other');
    if (other) console.log(`${state}: ${fmt(other.files)} file(s) match no channel's outputs, e.g. ${other.examples.join(', ')}`);
    if (b.overlaps > 0) console.log(`${state}: ${fmt(b.overlaps)} file(s) match more than one channel's outputs (counted for the first)`);
  }
}
