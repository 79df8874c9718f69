import { describe, expect, it } from 'vitest';
import { isAgentshelfError } from '../../../model/errors.js';
import { detectFormat, registerImporter } from '../../formats.js';
import { attributeName, sniffGmcTsv, splitRepeated } from './gmc-tsv.js';
import { fixture, readText, records, ruleIds } from './gmc-test.fixtures.js';
import { gmcTsvFormat, gmcXmlFormat } from './index.js';

const tsv = (...rows: string[][]) => rows.map((r) => r.join('\t')).join('\n') + '\n';
const HEADER = ['id', 'title', 'description', 'link', 'image_link', 'availability', 'price'];
const row = (id: string, extra: string[] = []) => [id, `Item ${id}`, 'A sturdy thing.', `https://s.example/${id}`, `https://s.example/${id}.jpg`, 'in_stock', '10.00 USD', ...extra];

describe('sniffGmcTsv', () => {
  it.each([
    ['a Google header', 'id\ttitle\tdescription\tlink\timage_link\tprice\tavailability\n', true],
    ['a Google header in another order, CRLF', 'title\tprice\tid\tlink\r\nA\t1 USD\t1\thttps://s\r\n', true],
    ['the header Google prints in its help ("Title [title]")', 'ID [id]\tTitle [title]\tLink [link]\tPrice [price]\n', true],
    ['a byte order mark', '\ufeffid\ttitle\tlink\tprice\n', true],
    ['the canonical TSV header (camelCase)', 'id\tvariantId\ttitle\turl\tprice\tavailability\n', false],
    ['a canonical TSV header without camelCase columns', 'id\ttitle\turl\tprice\tavailability\n', false],
    ['Google names but no id', 'title\tlink\tprice\n', false],
    ['a Google CSV (comma-separated)', 'id,title,link,price\n', false],
    ['an RSS feed', '<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0">', false],
  ])('%s: %s', (_, sample, expected) => {
    expect(sniffGmcTsv(sample)).toBe(expected);
  });

  it('is how detectFormat tells a Google TSV from the canonical TSV', () => {
    registerImporter(gmcXmlFormat);
    registerImporter(gmcTsvFormat);
    expect(detectFormat('feed.tsv', 'id\ttitle\tlink\tprice\n').name).toBe('gmc-tsv');
    expect(detectFormat('feed.txt', 'id\ttitle\tlink\tprice\n').name).toBe('gmc-tsv');
    expect(detectFormat('catalog.tsv', 'id\tvariantId\ttitle\turl\tprice\n').name).toBe('tsv');
  });
});

describe('attributeName and splitRepeated', () => {
  it.each([
    ['id', 'id'],
    [' Price ', 'price'],
    ['Image link [image_link]', 'image_link'],
    ['image link', 'image_link'],
    ['shipping(country:region:service:price)', 'shipping'],
    ['variantId', 'variantId'],
  ])('header %j is %j', (header, name) => {
    expect(attributeName(header)).toBe(name);
  });

  it.each([
    ['https://s.example/a.jpg,https://s.example/b.jpg', ['https://s.example/a.jpg', 'https://s.example/b.jpg']],
    ['https://s.example/a.jpg, https://s.example/b%2Cc.jpg', ['https://s.example/a.jpg', 'https://s.example/b%2Cc.jpg']],
    ['"Home, Garden > Decor",Kitchen', ['Home, Garden > Decor', 'Kitchen']],
    ['"Say ""hi"", ok",x', ['Say "hi", ok', 'x']],
    ['Pans > 12" Skillets,Camp', ['Pans > 12" Skillets', 'Camp']],
    ['a,,b,', ['a', 'b']],
  ])('cell %j splits into %j', (cell, values) => {
    expect(splitRepeated(cell)).toEqual(values);
  });
});

describe('readGmcTsv', () => {
  it('reads the fixture, rows at their lines', async () => {
    const items = await readText(gmcTsvFormat, fixture('feed.tsv'));
    expect(items.map((i) => (i.type === 'record' ? `${i.origin.line}:${(i.value as { id: string }).id}` : i.type))).toEqual([
      '2:ap-merino-crew',
      '6:AP-CIS-10',
      '7:AP-TSU-27',
      '8:AP-ECM-12',
      '9:AP-CBC-750',
      '10:AP-HL400-R',
    ]);
    expect(ruleIds(items).sort()).toEqual(['gmc/attribute-not-imported', 'gmc/shipping-ignored']);
  });

  it.each([1, 7, 64])('reads the same records from chunks of %i characters', async (size) => {
    expect(await readText(gmcTsvFormat, fixture('feed.tsv'), { size })).toEqual(await readText(gmcTsvFormat, fixture('feed.tsv')));
  });

  it('reads comma-separated repeated values, and the first product_type', async () => {
    const text = tsv([...HEADER, 'additional_image_link', 'product_type'], row('A1', ['https://s.example/b.jpg,https://s.example/c.jpg', 'Kitchen > Cookware,Camp > Cast Iron']));
    const [product] = records(await readText(gmcTsvFormat, text));
    expect(product).toMatchObject({ images: ['https://s.example/A1.jpg', 'https://s.example/b.jpg', 'https://s.example/c.jpg'], productType: 'Kitchen > Cookware' });
  });

  it('reads a quoted multi-line description (Google quoted fields)', async () => {
    const text = `${HEADER.join('\t')}\nA1\tMug\t"Line one\nline ""two"""\thttps://s.example/a1\thttps://s.example/a1.jpg\tin_stock\t5 USD\nA2\tCup\tPlain\thttps://s.example/a2\thttps://s.example/a2.jpg\tin_stock\t4 USD\n`;
    const items = await readText(gmcTsvFormat, text);
    expect(records(items).map((p) => [p.id, p.description])).toEqual([
      ['A1', 'Line one\nline "two"'],
      ['A2', 'Plain'],
    ]);
    expect(items.map((i) => i.type === 'record' && i.origin.line)).toEqual([2, 4]);
  });

  it('reads rows with trailing cells left off, and reports a row with a stray tab', async () => {
    const text = tsv([...HEADER, 'brand', 'mpn'], row('A1'), row('A2', ['Acme', 'M-2', 'stray']), row('A3', ['Acme']));
    const items = await readText(gmcTsvFormat, text);
    expect(items.map((i) => (i.type === 'record' ? (i.value as { id: string }).id : `${i.diagnostic.origin?.line}:${i.diagnostic.ruleId}`))).toEqual(['A1', '3:input/malformed-csv', 'A3']);
    expect(records(items)[1]).toMatchObject({ brand: 'Acme' });
  });

  it('adds up the values of a repeated header column', async () => {
    const text = tsv([...HEADER, 'additional_image_link', 'additional_image_link'], row('A1', ['https://s.example/b.jpg', 'https://s.example/c.jpg']));
    expect(records(await readText(gmcTsvFormat, text))[0]!.images).toEqual(['https://s.example/A1.jpg', 'https://s.example/b.jpg', 'https://s.example/c.jpg']);
  });

  it.each([
    ['no id column', 'title\tlink\nMug\thttps://s.example/a\n', ['gmc/not-a-feed']],
    ['an empty file', '', ['gmc/not-a-feed']],
  ])('%s', async (_, text, rules) => {
    expect(ruleIds(await readText(gmcTsvFormat, text))).toEqual(rules);
  });

  it('throws E_SOURCE_EMPTY for a header without rows', async () => {
    const error = await readText(gmcTsvFormat, tsv(HEADER)).catch((e: unknown) => e);
    expect(isAgentshelfError(error) && error.code).toBe('E_SOURCE_EMPTY');
  });
});
