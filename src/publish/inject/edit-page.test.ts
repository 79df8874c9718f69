import { describe, expect, it } from 'vitest';
import { editPage, elementBytes, isUtf16Page, isUtf8Page, scriptElement } from './edit-page.js';
import { scanPage } from './scan-page.js';

const JSON_LD = '{"@type":"Product","name":"Caf\u00e9 mug \\u003c3"}';
const BLOCK = scriptElement(JSON_LD);

function edit(bytes: Buffer, utf8?: boolean) {
  const scan = scanPage(bytes.toString('latin1'));
  return editPage({ bytes, scan, element: elementBytes(JSON_LD, utf8 ?? isUtf8Page(bytes, scan)) });
}

describe('editPage', () => {
  it.each<[string, string, string, 'injected' | 'replaced' | 'unchanged']>([
    ['a CRLF page keeps its line endings', '<html>\r\n<head>\r\n<meta charset="utf-8">\r\n</head>\r\n<body></body>\r\n</html>\r\n', `<html>\r\n<head>\r\n<meta charset="utf-8">\r\n${BLOCK}</head>\r\n<body></body>\r\n</html>\r\n`, 'injected'],
    ['a minified one-line page stays one line', '<!doctype html><html><head><meta charset=utf-8><title>x</title></head><body><p>x</p></body></html>', `<!doctype html><html><head><meta charset=utf-8><title>x</title>${BLOCK}</head><body><p>x</p></body></html>`, 'injected'],
    ['a page without head: the start of body', '<meta charset=utf-8><body class="p">\n<p>x</p></body>', `<meta charset=utf-8><body class="p">${BLOCK}\n<p>x</p></body>`, 'injected'],
    ['a page without head or body: the end', '<meta charset=utf-8><p>x</p>\n', `<meta charset=utf-8><p>x</p>\n${BLOCK}`, 'injected'],
    ['an existing block is replaced in place', '<meta charset=utf-8><head>\n  <script type="application/ld+json" data-agentshelf>{"old":true}</script>\n</head>', `<meta charset=utf-8><head>\n  ${BLOCK}\n</head>`, 'replaced'],
    ['a second block of ours is removed', '<meta charset=utf-8><head><script data-agentshelf>{}</script><script data-agentshelf>{}</script></head>', `<meta charset=utf-8><head>${BLOCK}</head>`, 'replaced'],
    ['a block already right is unchanged', `<meta charset=utf-8><head>${BLOCK}</head>`, `<meta charset=utf-8><head>${BLOCK}</head>`, 'unchanged'],
    ["a theme's own Product block is kept", '<meta charset=utf-8><head><script type="application/ld+json">{"@type":"Product"}</script></head>', `<meta charset=utf-8><head><script type="application/ld+json">{"@type":"Product"}</script>${BLOCK}</head>`, 'injected'],
  ])('%s', (_, page, expected, action) => {
    const result = edit(Buffer.from(page, 'utf8'));
    expect(result.action).toBe(action);
    expect(result.bytes.toString('utf8')).toBe(expected);
  });

  it('keeps the bytes of a Latin-1 page and writes the JSON in ASCII there', () => {
    const page = Buffer.concat([Buffer.from('<head><meta charset="iso-8859-1"><title>Caf', 'latin1'), Buffer.from([0xe9, 0xa0, 0xff]), Buffer.from('</title></head><body>\xe9</body>', 'latin1')]);
    const result = edit(page);
    const at = page.indexOf('</head>');
    const element = Buffer.from(scriptElement('{"@type":"Product","name":"Caf\\u00e9 mug \\u003c3"}'), 'ascii');
    expect(result.bytes.equals(Buffer.concat([page.subarray(0, at), element, page.subarray(at)]))).toBe(true);
    expect(JSON.parse(scanPage(result.bytes.toString('latin1')).ours[0]!.content)).toEqual(JSON.parse(JSON_LD));
    expect(edit(result.bytes).action).toBe('unchanged');
  });

  it('writes the JSON as published into a UTF-8 page', () => {
    const result = edit(Buffer.from('\ufeff<head></head>', 'utf8'));
    expect(result.bytes.toString('utf8')).toBe(`\ufeff<head>${BLOCK}</head>`);
  });
});

describe('page encodings', () => {
  it.each<[string, Buffer, boolean, boolean]>([
    ['a UTF-8 BOM', Buffer.from('\ufeff<p>', 'utf8'), true, false],
    ['meta charset utf-8', Buffer.from('<meta charset="UTF-8">', 'utf8'), true, false],
    ['no charset', Buffer.from('<p>', 'utf8'), false, false],
    ['windows-1252', Buffer.from('<meta charset="windows-1252">', 'utf8'), false, false],
    ['UTF-16 LE', Buffer.from([0xff, 0xfe, 0x3c, 0x00]), false, true],
    ['UTF-16 BE', Buffer.from([0xfe, 0xff, 0x00, 0x3c]), false, true],
  ])('%s', (_, bytes, utf8, utf16) => {
    expect(isUtf8Page(bytes, scanPage(bytes.toString('latin1')))).toBe(utf8);
    expect(isUtf16Page(bytes)).toBe(utf16);
  });
});
