#!/usr/bin/env node
/**
 * Writes the bad-input corpus (README.md beside this file says what each fixture holds and what is expected
 * of it). The fixtures are committed; this script is how they were made, so a reviewer can read the intent
 * ("2,000,000 characters", "10,000 levels") instead of the bytes, and they can be made again:
 *
 *   node test/bad-input/generate.mjs
 *
 * Every fixture holds at least two good products besides the bad ones; the test checks they are published.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const DIR = dirname(fileURLToPath(import.meta.url));
const SHOP = 'https://alder-and-pine.example';

/** A complete, valid product with one in-stock variant; `extra` overrides or adds fields. */
function product(id, title, price, extra = {}) {
  const { variant = {}, ...rest } = extra;
  return {
    id,
    title,
    description: 'A sturdy, honest product for everyday trail use.',
    url: `${SHOP}/products/${encodeURIComponent(id)}`,
    images: [`${SHOP}/images/${encodeURIComponent(id)}-1.jpg`],
    brand: 'Alder & Pine',
    condition: 'new',
    googleProductCategory: 1011,
    ...rest,
    variants: [{ id: id.toUpperCase(), price, availability: 'in_stock', mpn: `AP-${id.slice(0, 12).toUpperCase()}`, ...variant }],
  };
}

const GOOD_STAKES = product('good-tent-stakes', 'Aluminum Tent Stakes, 8-Pack', '18.00');
const GOOD_FIRESTARTER = product('good-firestarter', 'Ferro Rod Fire Starter', '12.50');

const ndjson = (records) => records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n';
const write = (name, content) => writeFileSync(join(DIR, name), content);

// 1. Truncated gzip: a valid NDJSON catalog, gzip-compressed, cut in the middle of the compressed stream.
{
  const records = Array.from({ length: 40 }, (_, i) => product(`gz-product-${i + 1}`, `Camp Item ${i + 1}`, `${10 + i}.00`));
  const full = gzipSync(ndjson([GOOD_STAKES, ...records, GOOD_FIRESTARTER]));
  write('truncated.ndjson.gz', full.subarray(0, Math.floor(full.length / 2)));
}

// 2. Invalid UTF-8: bytes that are not UTF-8 inside one record's title and description: a Latin-1 "é"
// (0xE9), a lone continuation byte (0x80), an overlong "/" (0xC0 0xAF) and 0xFF, which never occurs in UTF-8.
{
  const BYTES = { '@E9@': [0xe9], '@80@': [0x80], '@C0AF-FF@': [0xc0, 0xaf, 0xff] };
  const bad = JSON.stringify(product('latin1-mug', 'Caf@E9@ Mug', '14.00', { description: 'Enamel@80@ mug@C0AF-FF@ for the trail.' }));
  const parts = bad.split(/(@E9@|@80@|@C0AF-FF@)/).map((part) => Buffer.from(BYTES[part] ?? Buffer.from(part, 'utf8')));
  write('invalid-utf8.ndjson', Buffer.concat([Buffer.from(ndjson([GOOD_STAKES])), ...parts, Buffer.from('\n' + ndjson([GOOD_FIRESTARTER]))]));
}

// 3. BOM and CRLF, NDJSON: a UTF-8 BOM before the first record, CRLF line endings, a blank CRLF line, and a
// second BOM at the start of a later line (two exports concatenated with cat).
{
  const lines = [GOOD_STAKES, product('crlf-lantern', 'Camp Lantern', '24.00', { description: 'Line one.\r\nLine two.' })].map((r) => JSON.stringify(r));
  const concatenated = '\ufeff' + JSON.stringify(product('second-file-mug', 'Enamel Mug', '9.00'));
  write('bom-crlf.ndjson', '\ufeff' + [...lines, '', concatenated, JSON.stringify(GOOD_FIRESTARTER)].join('\r\n') + '\r\n');
}

// 3b. BOM and CRLF, CSV: a BOM before the header, CRLF row ends, and a quoted multi-line description with CRLF inside.
{
  const rows = [
    'id,variantId,title,description,url,images,brand,condition,googleProductCategory,price,availability,mpn',
    `good-tent-stakes,GOOD-TENT-STAKES,"Aluminum Tent Stakes, 8-Pack",A sturdy product.,${SHOP}/products/good-tent-stakes,${SHOP}/images/good-tent-stakes-1.jpg,Alder & Pine,new,1011,18.00,in_stock,AP-STAKES`,
    `crlf-lantern,CRLF-LANTERN,Camp Lantern,"Line one.\r\nLine two, with a comma.\r\n",${SHOP}/products/crlf-lantern,${SHOP}/images/crlf-lantern-1.jpg,Alder & Pine,new,1011,24.00,in_stock,AP-LANTERN`,
    `good-firestarter,GOOD-FIRESTARTER,Ferro Rod Fire Starter,A sturdy product.,${SHOP}/products/good-firestarter,${SHOP}/images/good-firestarter-1.jpg,Alder & Pine,new,1011,12.50,in_stock,AP-FIRE`,
  ];
  write('bom-crlf.csv', '\ufeff' + rows.join('\r\n') + '\r\n');
}

// 4. Huge fields: a 2,000,000-character description and a 50,000-character title, and a 100,000-character
// option value. Kept gzip-compressed (a few kB) so the repository stays small; .gz inputs are read as the
// same text.
{
  const huge = product('huge-sleeping-bag', `Sleeping Bag ${'extra long title '.repeat(2942)}`.slice(0, 50_000), '199.00', {
    description: `<p>${'Warm down fill, baffled for loft. '.repeat(58_824).slice(0, 2_000_000 - 7)}</p>`,
    variant: { options: { Fill: `800 ${'fill '.repeat(20_000)}`.trim() } },
  });
  write('huge-fields.ndjson.gz', gzipSync(ndjson([GOOD_STAKES, huge, GOOD_FIRESTARTER]), { level: 9 }));
}

// 5. Deep nesting, canonical JSON: values nested 10,000 levels deep where the model expects a string (an option
// value), a price (a decimal), a date and an enum, in an unknown field, and as a whole record.
{
  const DEPTH = 10_000;
  const deepArray = '['.repeat(DEPTH) + '"down"' + ']'.repeat(DEPTH);
  const deepObject = '{"a":'.repeat(DEPTH) + '1' + '}'.repeat(DEPTH);
  const deep = (id, title, extra) => JSON.stringify(product(id, title, '49.00', extra)).replace('"@@ARRAY@@"', deepArray).replace('"@@OBJECT@@"', deepObject);
  const records = [
    JSON.stringify(GOOD_STAKES),
    deep('deep-option-jacket', 'Down Jacket', { variant: { options: { Fill: '@@ARRAY@@' } } }),
    deep('deep-unknown-field', 'Rain Shell', { metadata: '@@OBJECT@@' }),
    deep('deep-price', 'Trail Runner', { variant: { price: '@@ARRAY@@' } }),
    deep('deep-sale-date', 'Camp Stove', { variant: { salePrice: '39.00', saleStartsAt: '@@OBJECT@@' } }),
    deep('deep-condition', 'Water Filter', { condition: '@@ARRAY@@' }),
    deepArray,
    JSON.stringify(GOOD_FIRESTARTER),
  ];
  write('deep-nesting.json', `{\n  "products": [\n${records.map((r) => `    ${r}`).join(',\n')}\n  ]\n}\n`);
}

// 6. Duplicate ids: a product id used twice, a variant id used again by another product, and a variant id
// used twice inside one product.
{
  const twoVariants = product('tarp', 'Ultralight Tarp', '89.00');
  twoVariants.variants = [
    { id: 'TARP-GREEN', color: 'Green', price: '89.00', availability: 'in_stock', mpn: 'AP-TARP-G' },
    { id: 'TARP-GREEN', color: 'Grey', price: '89.00', availability: 'in_stock', mpn: 'AP-TARP-Y' },
    { id: 'TARP-SAND', color: 'Sand', price: '89.00', availability: 'in_stock', mpn: 'AP-TARP-S' },
  ];
  write(
    'duplicate-ids.ndjson',
    ndjson([
      GOOD_STAKES,
      product('trail-mug', 'Trail Mug', '15.00', { variant: { id: 'MUG-1' } }),
      product('trail-mug', 'Trail Mug (again)', '16.00', { variant: { id: 'MUG-2' } }),
      product('camp-cup', 'Camp Cup', '11.00', { variant: { id: 'GOOD-TENT-STAKES' } }),
      twoVariants,
      GOOD_FIRESTARTER,
    ]),
  );
}

// 7. NaN, Infinity, -0 and 1e400 where numbers are expected, canonical JSON: as strings, as JSON numbers
// (1e400 is valid JSON that overflows to Infinity, -0 parses to negative zero, 1e-400 underflows to 0), and
// as bare NaN / Infinity tokens, which are not JSON at all.
{
  const withPrice = (id, price, extra = {}) => product(id, `Item ${id}`, '1.00', { ...extra, variant: { price, ...(extra.variant ?? {}) } });
  const records = [
    JSON.stringify(GOOD_STAKES),
    JSON.stringify(withPrice('price-nan-string', 'NaN')),
    JSON.stringify(withPrice('price-infinity-string', 'Infinity')),
    JSON.stringify(withPrice('price-minus-zero-string', '-0')),
    JSON.stringify(withPrice('price-1e400-string', '1e400')),
    JSON.stringify(withPrice('price-1e400-number', '@@N@@')).replace('"@@N@@"', '1e400'),
    JSON.stringify(withPrice('price-minus-zero-number', '@@N@@')).replace('"@@N@@"', '-0'),
    JSON.stringify(withPrice('price-1e-400-number', '@@N@@')).replace('"@@N@@"', '1e-400'),
    JSON.stringify(withPrice('sale-1e400-number', '20.00', { variant: { salePrice: '@@N@@' } })).replace('"@@N@@"', '1e400'),
    JSON.stringify(withPrice('stock-1e400-number', '20.00', { variant: { availability: undefined, stockQuantity: '@@N@@' } })).replace('"@@N@@"', '1e400'),
    JSON.stringify(withPrice('weight-1e400-number', '20.00', { variant: { weight: { value: '@@N@@', unit: 'kg' } } })).replace('"@@N@@"', '1e400'),
    JSON.stringify(withPrice('price-bare-nan', '@@N@@')).replace('"@@N@@"', 'NaN'),
    JSON.stringify(withPrice('price-bare-infinity', '@@N@@')).replace('"@@N@@"', '-Infinity'),
    JSON.stringify(GOOD_FIRESTARTER),
  ];
  write('bad-numbers.json', `[\n${records.map((r) => `  ${r}`).join(',\n')}\n]\n`);
}

// 7b. The same in canonical CSV, where every number arrives as text.
{
  const header = 'id,variantId,title,description,url,images,brand,condition,googleProductCategory,price,salePrice,stockQuantity,weight,availability,mpn';
  const row = (id, cells) =>
    [id, id.toUpperCase(), `Item ${id}`, 'A sturdy product.', `${SHOP}/products/${id}`, `${SHOP}/images/${id}-1.jpg`, 'Alder & Pine', 'new', '1011', cells.price ?? '20.00', cells.salePrice ?? '', cells.stockQuantity ?? '', cells.weight ?? '', cells.availability ?? 'in_stock', `AP-${id.slice(0, 10).toUpperCase()}`].join(',');
  write(
    'bad-numbers.csv',
    [
      header,
      row('good-tent-stakes', { price: '18.00' }),
      row('price-nan', { price: 'NaN' }),
      row('price-infinity', { price: 'Infinity' }),
      row('price-minus-zero', { price: '-0' }),
      row('price-1e400', { price: '1e400' }),
      row('sale-nan', { salePrice: 'NaN' }),
      row('stock-infinity', { stockQuantity: 'Infinity', availability: '' }),
      row('stock-1e400', { stockQuantity: '1e400', availability: '' }),
      row('weight-nan', { weight: 'NaN' }),
      row('weight-1e400', { weight: '1e400' }),
      row('good-firestarter', { price: '12.50' }),
    ].join('\n') + '\n',
  );
}

// 8. Emoji and right-to-left text: emoji sequences (ZWJ, skin tone, flags, keycaps) in titles and options,
// Arabic and Hebrew titles and descriptions, and the bidi controls U+202E (right-to-left override), U+202D,
// U+2066–U+2069 (isolates) and U+200F (right-to-left mark), some of them unbalanced.
{
  write(
    'emoji-rtl.ndjson',
    ndjson([
      GOOD_STAKES,
      product('emoji-tent', 'Family Tent 👨‍👩‍👧‍👦 🏕️ for 4 🇺🇸 #️⃣1 👍🏽', '349.00', { description: 'Sleeps four 😴💤. Rated ⭐⭐⭐⭐⭐.', variant: { color: '🌲 Forest', options: { Size: '4️⃣ person' } } }),
      product('arabic-lantern', 'فانوس تخييم قابل لإعادة الشحن', '39.00', { description: '<p>فانوس LED بثلاث درجات سطوع.</p>', brand: 'ألدر وباين' }),
      product('hebrew-bottle', 'בקבוק מים מבודד 750 מ״ל', '29.00', { description: 'שומר על קור 24 שעות.' }),
      product('bidi-override', 'Camp Knife \u202Egpj.exe\u202C \u2066Blade\u2069 \u200F', '45.00', { description: 'Sharp \u202E and unterminated override', variant: { options: { Edge: '\u2067plain\u2069 \u202D' } } }),
      product('mixed-direction', 'Mug כוס كوب 🍵 Mug', '12.00'),
      // Over every feed's title limit (150-200 characters), so the cut falls among emoji and ZWJ sequences.
      product('emoji-long-title', '🏕️👨‍👩‍👧 Tent '.repeat(30).trim(), '99.00'),
      GOOD_FIRESTARTER,
    ]),
  );
}

// 9. XML-forbidden characters: U+0000–U+0008, U+000B, U+001F, U+FFFE, U+FFFF and lone surrogates (written
// as \ud800 and \udfff escapes, which JSON allows) in text fields, option names, a variant id, a SKU and URLs;
// and a C1 control (U+0085, which XML allows) in a variant id.
{
  const forbidden = '\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000b\u001f\ufffe\uffff';
  write(
    'xml-forbidden.ndjson',
    ndjson([
      GOOD_STAKES,
      product('forbidden-title', `Trail${forbidden} Mug \ud800 12 oz \udfff`, '14.00', {
        description: `Enamel${forbidden} mug \ud800 for the trail.`,
        brand: `Alder\u0000 & Pine\ufffe`,
        material: 'Steel\ud800',
        productType: 'Kitchen\u0007 > Mugs\udfff',
        variant: { color: 'Blue\u0008', options: { 'Lid\u0001\ud800': 'Yes\uffff' } },
      }),
      product('forbidden-variant-id', 'Camp Spork', '6.00', { variant: { id: 'SPORK-\ud800-1' } }),
      product('forbidden-sku', 'Camp Knife', '16.00', { variant: { sku: 'KNIFE\ufffe-1' } }),
      product('forbidden-url', 'Camp Bowl', '7.00', { url: `${SHOP}/products/bowl-\ud800`, images: [`${SHOP}/images/bowl-\ufffe.jpg`] }),
      product('forbidden-c1-id', 'Camp Plate', '8.00', { variant: { id: 'PLATE\u0085-1' } }),
      GOOD_FIRESTARTER,
    ]),
  );
}

// 10. "</script>" and "]]>" inside titles, descriptions (plain and HTML), brands and option values.
{
  write(
    'script-cdata.ndjson',
    ndjson([
      GOOD_STAKES,
      product('script-title', 'Headlamp </script><script>alert(1)</script> 300', '39.00', {
        description: 'Bright.</script><script>alert("pwned")</script> Uses 3 AAA batteries. <!-- --> ]]> </SCRIPT >',
        brand: 'Alder </script> Pine',
        variant: { options: { Beam: '</script>' } },
      }),
      product('cdata-title', 'Stove ]]> <![CDATA[ x ]]> Kit', '59.00', {
        description: '<p>Boils in 3 min ]]&gt; and ]]> <![CDATA[ <b>raw</b> ]]></p><script>alert(2)</script>',
        variant: { options: { Fuel: ']]>' } },
      }),
      GOOD_FIRESTARTER,
    ]),
  );
}

// 11. CSV formula prefixes (=, +, -, @, tab, CR at the start of a cell) in values that land in the TSV/CSV
// outputs (OpenAI tsv/csv, Microsoft's TSV): titles, descriptions, brands, colors, option values, SKUs, MPNs.
{
  write(
    'formula-prefixes.ndjson',
    ndjson([
      GOOD_STAKES,
      product('formula-equals', '=HYPERLINK("https://evil.example","Click")', '10.00', { description: '=1+2', brand: '=cmd|" /C calc"!A0', variant: { mpn: '=SUM(A1:A9)', color: '=Red' } }),
      product('formula-plus', '+1 Trail Mug', '11.00', { description: '+description', variant: { mpn: '+MPN-1', size: '+XL' } }),
      product('formula-minus', '-40 Degree Sleeping Bag', '12.00', { description: '-40°F rated', variant: { mpn: '-MPN-2' } }),
      product('formula-at', '@home Camp Chair', '13.00', { description: '@SUM(1,2)', brand: '@Alder', variant: { mpn: '@MPN-3' } }),
      product('formula-tab', '\t=Tab Led Title', '14.00', { description: '\t=1+1', variant: { mpn: 'MPN-4', color: '\t=Blue' } }),
      product('formula-cr', '\r=CR Led Title', '15.00', { description: '\r=1+1\r\nsecond line', variant: { mpn: 'MPN-5' } }),
      GOOD_FIRESTARTER,
    ]),
  );
}

// 12. Ids with "../" or a NUL byte: a product id that climbs out of its folder, one that is only "..",
// one with a NUL, a variant id with "../" and one with a NUL.
{
  write(
    'unsafe-ids.ndjson',
    ndjson([
      GOOD_STAKES,
      product('../../etc/passwd', 'Path Climber Tent', '99.00', { variant: { id: '../VARIANT-UP' } }),
      product('..', 'Dot Dot Tarp', '29.00', { variant: { id: '..' } }),
      product('products/../../x', 'Nested Climber', '19.00', { variant: { id: 'NESTED-CLIMBER' } }),
      product('nul\u0000byte', 'Nul Byte Bottle', '9.00', { variant: { id: 'NUL-BOTTLE' } }),
      product('nul-variant', 'Nul Variant Bowl', '7.00', { variant: { id: 'BOWL\u0000-1' } }),
      GOOD_FIRESTARTER,
    ]),
  );
}

// 13. An HTML page given as a catalog: a shop's login page saved as catalog.json (what a logged-out export
// link downloads), and a maintenance/error page served over HTTP with text/html by the test's local server.
write(
  'login-page.json',
  '<!DOCTYPE html>\n<html lang="en">\n<head>\n  <meta charset="utf-8">\n  <title>Log in - Alder & Pine Admin</title>\n</head>\n<body>\n  <form method="post" action="/admin/login">\n    <label>Email <input type="email" name="email"></label>\n    <label>Password <input type="password" name="password"></label>\n    <button type="submit">Log in</button>\n  </form>\n</body>\n</html>\n',
);
write(
  'error-page.html',
  '\n\n<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n',
);
