import { describe, expect, it } from 'vitest';
import { isAgentshelfError } from '../../../model/errors.js';
import { detectFormat, registerImporter } from '../../formats.js';
import { sniffGmcXml } from './gmc-xml.js';
import { diagnosticsOf, fixture, gItem, readText, records, rss, ruleIds } from './gmc-test.fixtures.js';
import { gmcTsvFormat, gmcXmlFormat } from './index.js';
import { MAX_ITEM_CHARS } from './xml-scanner.js';

const NS = 'http://base.google.com/ns/1.0';

describe('sniffGmcXml', () => {
  it.each([
    ['RSS 2.0 with the g namespace', `<?xml version="1.0"?>\n<rss version="2.0" xmlns:g="${NS}"><channel>`, true],
    ['RSS 2.0 with another prefix', `<rss xmlns:pc="${NS}" version="2.0">`, true],
    ['RSS 2.0 after a byte order mark and a comment', `\ufeff<?xml version="1.0"?>\n<!-- feed -->\n<rss version="2.0" xmlns:g="${NS}">`, true],
    ['Atom 1.0 with the g namespace', `<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xmlns:g="${NS}">`, true],
    ['plain RSS 2.0 without the namespace', '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Blog</title>', false],
    ['plain Atom without the namespace', '<feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title>', false],
    ['another XML document naming the namespace', `<catalog xmlns:g="${NS}"><product/>`, false],
    ['a JSON catalog', '[{"id": "a"}]', false],
    ['a Google TSV feed', 'id\ttitle\tlink\tprice\n', false],
  ])('%s: %s', (_, sample, expected) => {
    expect(sniffGmcXml(sample)).toBe(expected);
  });

  it('is how detectFormat picks the format for .xml and for names without a known extension', () => {
    registerImporter(gmcXmlFormat);
    registerImporter(gmcTsvFormat);
    const sample = `<?xml version="1.0"?>\n<rss version="2.0" xmlns:g="${NS}">`;
    expect(detectFormat('products.xml', sample).name).toBe('gmc-xml');
    expect(detectFormat('https://shop.example/feeds/google?key=1', sample).name).toBe('gmc-xml');
    expect(detectFormat('products.xml.gz', sample).name).toBe('gmc-xml');
  });
});

describe('readGmcXml: the fixtures', () => {
  it('reads RSS 2.0 into one product per item group and one per simple item, at their lines', async () => {
    const items = await readText(gmcXmlFormat, fixture('feed.rss.xml'));
    expect(items.map((i) => (i.type === 'record' ? `${i.origin.line}:${(i.value as { id: string }).id}` : i.type))).toEqual([
      '8:ap-merino-crew',
      '126:AP-CIS-10',
      '147:AP-TSU-27',
      '163:AP-ECM-12',
      '177:AP-CBC-750',
      '194:AP-HL400-R',
    ]);
    expect(records(items)[0]!.variants.map((v) => v.id)).toEqual(['AP-MWC-GRY-M', 'AP-MWC-GRY-L', 'AP-MWC-GRN-M', 'AP-MWC-GRN-L']);
    // Shipping is noted once for the feed, not for each of the items that carry it.
    expect(ruleIds(items).sort()).toEqual(['gmc/attribute-not-imported', 'gmc/shipping-ignored']);
  });

  it('decodes entities and keeps CDATA as written', async () => {
    const [merino, skillet] = records(await readText(gmcXmlFormat, fixture('feed.rss.xml')));
    expect(merino!.description).toBe(
      '<p>Knit from <strong>18.5-micron</strong> merino &amp; recycled nylon for a soft, itch-free layer.</p><ul><li>Ribbed cuffs &amp; hem</li><li>Machine washable, lay flat to dry</li></ul>',
    );
    expect(merino!.brand).toBe('Alder & Pine');
    expect(merino!.googleProductCategory).toBe('Apparel & Accessories > Clothing > Shirts & Tops');
    expect(skillet!.description).toBe('Pre-seasoned with flaxseed oil & ready for the stove, oven or campfire. 10" cooking surface, pour spouts on both sides.');
  });

  it('reads plain RSS <title>, <link> and <description> when the item has no g: ones', async () => {
    const mug = records(await readText(gmcXmlFormat, fixture('feed.rss.xml'))).find((p) => p.id === 'AP-ECM-12')!;
    expect(mug).toMatchObject({ title: 'Enamel Camp Mug, 12 oz', url: 'https://alder-and-pine.example/products/enamel-camp-mug', description: 'Speckled enamel over steel, with a rolled stainless rim. Holds 12 oz.' });
    expect(mug.variants[0]!.availability).toBe('out_of_stock');
  });

  it.each([1, 7, 64])('reads the same records from chunks of %i characters', async (size) => {
    for (const name of ['feed.rss.xml', 'feed.atom.xml', 'feed-broken-item.rss.xml']) {
      const whole = await readText(gmcXmlFormat, fixture(name));
      const chunked = await readText(gmcXmlFormat, fixture(name), { size });
      expect(chunked, name).toEqual(whole);
    }
  });

  it('reports a broken item with its line and still reads the items around it', async () => {
    const items = await readText(gmcXmlFormat, fixture('feed-broken-item.rss.xml'), { file: 'feed-broken-item.rss.xml' });
    const broken = items.filter((i) => i.type === 'unreadable');
    expect(broken).toHaveLength(1);
    // The item starts on line 147; its misspelt end tag is on line 155.
    expect(broken[0]!.type === 'unreadable' && broken[0]!.diagnostic).toMatchObject({ ruleId: 'gmc/malformed-item', severity: 'error', origin: { file: 'feed-broken-item.rss.xml', line: 155 } });
    expect(records(items).map((p) => p.id)).toEqual(['ap-merino-crew', 'AP-CIS-10', 'AP-ECM-12', 'AP-CBC-750', 'AP-HL400-R']);
    // In input order: the broken item sits between the skillet and the mug.
    expect(items.map((i) => (i.type === 'record' ? (i.value as { id: string }).id : 'broken'))).toEqual(['ap-merino-crew', 'AP-CIS-10', 'broken', 'AP-ECM-12', 'AP-CBC-750', 'AP-HL400-R']);
  });

  it('reads a namespace prefix other than g:, and no other vocabulary as Google attributes', async () => {
    const custom = records(await readText(gmcXmlFormat, fixture('feed-custom-prefix.rss.xml')));
    const standard = records(await readText(gmcXmlFormat, fixture('feed.rss.xml')));
    expect(custom).toEqual(standard.filter((p) => p.id === 'AP-CIS-10' || p.id === 'AP-HL400-R'));
  });
});

describe('readGmcXml: namespaces', () => {
  const feed = (root: string, body: string) => `<?xml version="1.0"?>\n${root}\n<channel>\n<item>\n${body}\n</item>\n</channel>\n</rss>\n`;
  const BODY = (p: string) => `<${p}:id>A1</${p}:id><${p}:title>Mug</${p}:title><${p}:link>https://s.example/a1</${p}:link><${p}:price>5.00 USD</${p}:price><${p}:availability>in_stock</${p}:availability>`;

  it.each([
    ['the usual g', `<rss version="2.0" xmlns:g="${NS}">`, BODY('g')],
    ['a prefix of any name', `<rss version="2.0" xmlns:google="${NS}">`, BODY('google')],
    ['g bound to another namespace, Google to x', `<rss version="2.0" xmlns:g="http://purl.org/dc/elements/1.1/" xmlns:x="${NS}">`, `${BODY('x')}<g:price>999.00 USD</g:price>`],
  ])('%s', async (_, root, body) => {
    const [product] = records(await readText(gmcXmlFormat, feed(root, body)));
    expect(product).toEqual({ id: 'A1', title: 'Mug', url: 'https://s.example/a1', variants: [{ id: 'A1', availability: 'in_stock', price: '5.00' }] });
  });

  it('reads a declaration made on the item itself, or on one element', async () => {
    const xml = feed('<rss version="2.0">', '').replace('<item>\n', `<item xmlns:g="${NS}">\n${BODY('g')}<mpn xmlns="${NS}">M-1</mpn>`);
    expect(records(await readText(gmcXmlFormat, xml))[0]!.variants[0]).toEqual({ id: 'A1', mpn: 'M-1', availability: 'in_stock', price: '5.00' });
  });

  it('does not read a feed that never declares the Google namespace', async () => {
    const items = await readText(gmcXmlFormat, rss(gItem('A1')).replace(` xmlns:g="${NS}"`, ''));
    expect(ruleIds(items)).toEqual(['gmc/not-a-feed']);
  });

  it('reads elements of an undeclared prefix as nothing', async () => {
    const items = await readText(gmcXmlFormat, rss(`${gItem('A1')}\n<q:price>1.00 USD</q:price>\n<q:title>Other</q:title>`));
    expect(records(items)[0]).toMatchObject({ title: 'Item A1', variants: [{ price: '10.00' }] });
  });
});

describe('readGmcXml: Atom 1.0', () => {
  it('reads <title>, <link href>, <summary> and the entry <id> as the item id, as Google documents', async () => {
    const atom = `<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:g="${NS}">
<title>Shop</title><link href="https://s.example/" rel="alternate"/><id>tag:s.example,2026:feed</id>
<entry>
<title>Red wool sweater</title>
<id>1a</id>
<link rel="self" href="https://s.example/feed/1a"/>
<link href="https://s.example/item1-info-page.html"/>
<summary>Comfortable &amp; soft.</summary>
<updated>2026-10-13T18:30:02Z</updated>
<g:price>25.00 USD</g:price><g:availability>in_stock</g:availability><g:condition>new</g:condition>
</entry>
</feed>`;
    expect(records(await readText(gmcXmlFormat, atom))).toEqual([
      { id: '1a', title: 'Red wool sweater', description: 'Comfortable & soft.', url: 'https://s.example/item1-info-page.html', variants: [{ id: '1a', condition: 'new', availability: 'in_stock', price: '25.00' }] },
    ]);
  });

  it('prefers g:id and g:title over the Atom elements', async () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:g="${NS}"><entry><id>tag:s.example,2026:1</id><title>Atom title</title><g:id>SKU-1</g:id><g:title>Google title</g:title><link href="https://s.example/1"/><g:price>5 USD</g:price></entry></feed>`;
    expect(records(await readText(gmcXmlFormat, atom))).toEqual([{ id: 'SKU-1', title: 'Google title', url: 'https://s.example/1', variants: [{ id: 'SKU-1', price: '5' }] }]);
  });
});

describe('readGmcXml: markup the scanner must not be fooled by', () => {
  it.each([
    ['an </item> inside a CDATA description', gItem('A1', { description: '<![CDATA[<p>Not the end: </item> <item></p>]]>' }), '<p>Not the end: </item> <item></p>'],
    ['an <item> inside a comment', `<!-- <item><g:id>ghost</g:id></item> -->\n${gItem('A1')}`, 'A sturdy thing.'],
    ['a processing instruction', `<?render mode="x"?>\n${gItem('A1')}`, 'A sturdy thing.'],
    ['numeric character references', gItem('A1', { description: 'Caf&#233; &#x2615; &#38;amp;' }), 'Café ☕ &amp;'],
    ['an undefined entity, left as written', gItem('A1', { description: 'Fish &amp; chips&nbsp;' }), 'Fish & chips&nbsp;'],
  ])('%s', async (_, body, description) => {
    const items = await readText(gmcXmlFormat, rss(body), { size: 5 });
    expect(records(items).map((p) => [p.id, p.description])).toEqual([['A1', description]]);
    expect(items.filter((i) => i.type === 'unreadable')).toEqual([]);
  });

  it('ends an item whose end tag is missing where the next item starts', async () => {
    const xml = rss(gItem('A1'), gItem('A2'), gItem('A3')).replace('</item>', '');
    const items = await readText(gmcXmlFormat, xml, { size: 3 });
    expect(items.map((i) => (i.type === 'record' ? (i.value as { id: string }).id : `${i.diagnostic.origin?.line}:${i.diagnostic.ruleId}`))).toEqual(['5:gmc/malformed-item', 'A2', 'A3']);
  });

  it('reports a stray "<" in a value as a broken item, not as a tag that runs on', async () => {
    const xml = rss(gItem('A1', { title: 'Bolt "M6 < 8" long' }), gItem('A2'));
    const items = await readText(gmcXmlFormat, xml);
    expect(items.map((i) => (i.type === 'record' ? (i.value as { id: string }).id : i.diagnostic.ruleId))).toEqual(['gmc/malformed-item', 'A2']);
  });

  it('cuts off an item longer than any real one, so memory stays bounded, and reads on', async () => {
    const xml = rss(gItem('A1', { description: 'x'.repeat(MAX_ITEM_CHARS + 1) }), gItem('A2'));
    const items = await readText(gmcXmlFormat, xml, { size: 1 << 20 });
    expect(items.map((i) => (i.type === 'record' ? (i.value as { id: string }).id : `${i.diagnostic.origin?.line}:${i.diagnostic.ruleId}`))).toEqual(['5:gmc/malformed-item', 'A2']);
  });

  it('skips a DOCTYPE with an internal subset', async () => {
    const xml = rss(gItem('A1')).replace('<rss', '<!DOCTYPE rss [ <!ENTITY shop "Alder"> <!ELEMENT rss ANY> ]>\n<rss');
    expect(records(await readText(gmcXmlFormat, xml)).map((p) => p.id)).toEqual(['A1']);
  });
});

describe('readGmcXml: not a feed, cut short, empty', () => {
  it.each([
    ['another root element', '<?xml version="1.0"?><catalog><item/></catalog>', ['gmc/not-a-feed']],
    ['no XML at all', 'id,title\n1,Mug\n', ['gmc/not-a-feed']],
    ['an empty file', '', ['gmc/not-a-feed']],
  ])('%s', async (_, text, rules) => {
    expect(ruleIds(await readText(gmcXmlFormat, text))).toEqual(rules);
  });

  it('reports a feed cut short after its last whole item, keeping the items read', async () => {
    const xml = rss(gItem('A1'), gItem('A2'));
    const items = await readText(gmcXmlFormat, xml.slice(0, xml.indexOf('</channel>')), { size: 64 });
    expect(items.map((i) => (i.type === 'record' ? (i.value as { id: string }).id : i.diagnostic.ruleId))).toEqual(['A1', 'A2', 'gmc/truncated-feed']);
  });

  it('reports an item cut off by the end of the file', async () => {
    const xml = rss(gItem('A1'), gItem('A2'));
    const items = await readText(gmcXmlFormat, xml.slice(0, xml.lastIndexOf('<g:price>')));
    expect(items.map((i) => (i.type === 'record' ? (i.value as { id: string }).id : i.diagnostic.ruleId))).toEqual(['A1', 'gmc/malformed-item', 'gmc/truncated-feed']);
  });

  it('throws E_SOURCE_EMPTY for a well-formed feed without items', async () => {
    const error = await readText(gmcXmlFormat, rss()).catch((e: unknown) => e);
    expect(isAgentshelfError(error) && error.code).toBe('E_SOURCE_EMPTY');
  });

  it('skips an item without an id, with its line', async () => {
    const items = await readText(gmcXmlFormat, rss(gItem('A1'), gItem('A2').replace('<g:id>A2</g:id>', ''), gItem('A3')));
    expect(items.map((i) => (i.type === 'record' ? (i.value as { id: string }).id : `${i.diagnostic.origin?.line}:${i.diagnostic.ruleId}`))).toEqual(['A1', '14:gmc/item-id-missing', 'A3']);
    expect(diagnosticsOf(items).map((d) => [d.ruleId, d.severity])).toEqual([['gmc/item-id-missing', 'error']]);
  });
});
