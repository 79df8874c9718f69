import { describe, expect, it } from 'vitest';
import { describesProduct, scanPage } from './scan-page.js';

const slice = (html: string, span: { start: number; end: number }) => html.slice(span.start, span.end);

describe('scanPage', () => {
  it.each<[string, string, { headClose?: string; bodyStart?: string; ours?: string[]; others?: string[]; product?: string; charset?: string }]>([
    ['a plain page', '<html><head><title>t</title></head><body><p>x</p></body></html>', { headClose: '</head><body>', bodyStart: '<p>x' }],
    ['upper case and white space in end tags', '<HTML><HEAD><TITLE>t</TITLE ></HEAD ><BODY class=x>y</BODY>', { headClose: '</HEAD ><BODY', bodyStart: 'y</BODY>' }],
    ['a </head> inside a script or comment is not the head', '<head><script>var s="</head>"</script><!-- </head> --></head>', { headClose: '</head>' }],
    ['no head', '<body data-agentshelf-product=" mug "><p>x</p></body>', { bodyStart: '<p>x', product: 'mug' }],
    ['our block and another', '<head><script type="application/ld+json" data-agentshelf>{"a":1}</script ><script type="Application/LD+JSON; charset=utf-8">{"@type":"Product"}</SCRIPT></head>', { headClose: '</head>', ours: ['<script type="application/ld+json" data-agentshelf>{"a":1}</script >'], others: ['<script type="Application/LD+JSON; charset=utf-8">{"@type":"Product"}</SCRIPT>'] }],
    ['other scripts are not JSON-LD', '<head><script>x()</script><script type="module">y()</script></head>', { headClose: '</head>' }],
    ['meta charset', '<head><meta charset="ISO-8859-1"></head>', { headClose: '</head>', charset: 'iso-8859-1' }],
    ['http-equiv charset', '<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>', { headClose: '</head>', charset: 'utf-8' }],
    ['the first product attribute', '<div data-agentshelf-product="a"></div><div data-agentshelf-product="b"></div>', { product: 'a' }],
    ['an unclosed block runs to the end', '<head><script data-agentshelf>{"a"', { ours: ['<script data-agentshelf>{"a"'] }],
  ])('%s', (_, html, expected) => {
    const scan = scanPage(html);
    expect(scan.headClose === undefined ? undefined : html.slice(scan.headClose, scan.headClose + (expected.headClose?.length ?? 0))).toBe(expected.headClose);
    expect(scan.bodyStart === undefined ? undefined : html.slice(scan.bodyStart, scan.bodyStart + (expected.bodyStart?.length ?? 0))).toBe(expected.bodyStart);
    expect(scan.ours.map((b) => slice(html, b))).toEqual(expected.ours ?? []);
    expect(scan.others.map((b) => slice(html, b))).toEqual(expected.others ?? []);
    expect(scan.product).toBe(expected.product);
    expect(scan.charset).toBe(expected.charset);
  });

  it('gives block contents as written', () => {
    expect(scanPage('<script data-agentshelf>{"a":"\\u003c"}</script>').ours[0]!.content).toBe('{"a":"\\u003c"}');
  });
});

describe('describesProduct', () => {
  it.each<[string, boolean]>([
    ['{"@type":"Product"}', true],
    ['{"@type":"ProductGroup"}', true],
    ['{"@type":["Thing","https://schema.org/Product"]}', true],
    ['[{"@type":"BreadcrumbList"},{"@type":"Product"}]', true],
    ['{"@graph":[{"@type":"Organization"},{"@type":"Product"}]}', true],
    ['{"@type":"Organization"}', false],
    ['{not json', false],
  ])('%s → %s', (content, expected) => {
    expect(describesProduct(content)).toBe(expected);
  });
});
