import { describe, expect, it } from 'vitest';
import { parseLlmsTxt } from '../../../test/conformance/support/llms-txt-grammar.js';
import { escapeHeading, escapeInline, escapeLinkText, escapeText, escapeUrl, markdownLink, textBlockLines } from './markdown.js';

describe('Markdown escaping', () => {
  it.each([
    // [input, escapeText (safe at a line start), escapeInline]
    ['Summit Down Jacket', 'Summit Down Jacket', 'Summit Down Jacket'],
    ['Speaker (Gen 2)', 'Speaker (Gen 2)', 'Speaker (Gen 2)'],
    ['#1 Bestseller', '#1 Bestseller', '#1 Bestseller'],
    ['# Heading', '\\# Heading', '# Heading'],
    ['###### six', '\\###### six', '###### six'],
    ['-5 °C rated', '-5 °C rated', '-5 °C rated'],
    ['---', '\\---', '---'],
    ['- - -', '\\- - -', '- - -'],
    ['+1 more', '+1 more', '+1 more'],
    ['> quoted', '\\> quoted', '> quoted'],
    ['- dash', '\\- dash', '- dash'],
    ['+ plus', '\\+ plus', '+ plus'],
    ['=====', '\\=====', '====='],
    ['1. First', '1\\. First', '1. First'],
    ['2024) edition', '2024\\) edition', '2024) edition'],
    ['3.5 mm jack', '3.5 mm jack', '3.5 mm jack'],
    ['*bold* _em_ `code` ~strike~', '\\*bold\\* \\_em\\_ \\`code\\` \\~strike\\~', '\\*bold\\* \\_em\\_ \\`code\\` \\~strike\\~'],
    ['[link](https://evil.example)', '\\[link\\](https://evil.example)', '\\[link\\](https://evil.example)'],
    ['<script>alert(1)</script>', '\\<script>alert(1)\\</script>', '\\<script>alert(1)\\</script>'],
    ['a | b | c', 'a \\| b \\| c', 'a \\| b \\| c'],
    ['C:\\path\\', 'C:\\\\path\\\\', 'C:\\\\path\\\\'],
    ['AT&T &amp; &#169; &copy', 'AT&T &amp;amp; &amp;#169; &copy', 'AT&T &amp;amp; &amp;#169; &copy'],
    ['two\nlines\r\n  here', 'two lines here', 'two lines here'],
    ['    indented', 'indented', 'indented'],
    ['Café ☕ ダウン', 'Café ☕ ダウン', 'Café ☕ ダウン'],
  ])('%j', (input, text, inline) => {
    expect(escapeText(input)).toBe(text);
    expect(escapeInline(input)).toBe(inline);
  });

  it.each([
    ['Jacket [2024]', 'Jacket &#91;2024&#93;'],
    ['a](https://evil.example) [b', 'a&#93;(https://evil.example) &#91;b'],
    ['#1 > - +', '#1 > - +'],
    ['x\n# y', 'x # y'],
  ])('link text %j', (input, expected) => {
    expect(escapeLinkText(input)).toBe(expected);
  });

  it.each([
    ['Size #', 'Size \\#'],
    ['C#', 'C#'],
    ['##', '\\##'],
    ['# Not a second heading', '# Not a second heading'],
  ])('heading %j', (input, expected) => {
    expect(escapeHeading(input)).toBe(expected);
  });

  it.each([
    ['https://shop.example/p/jacket?variant=1', 'https://shop.example/p/jacket?variant=1'],
    ['https://shop.example/p/(special)', 'https://shop.example/p/%28special%29'],
    ['https://shop.example/a b<c>\\d', 'https://shop.example/a%20b%3Cc%3E%5Cd'],
  ])('URL %j', (input, expected) => {
    expect(escapeUrl(input)).toBe(expected);
  });

  it.each([
    'Plain title',
    'Jacket [2024] (Gen 2)',
    'a](https://evil.example) [b',
    '## not a heading',
    'line one\n## line two',
    '- list',
    'trailing backslash \\',
    'close paren ) and ]: colon',
  ])('keeps a list item a single link named by the title: %j', (title) => {
    const url = 'https://shop.example/p/(x) y';
    const result = parseLlmsTxt(`# Shop\n\n## Products\n\n- ${markdownLink(title, url)}: ${escapeInline('notes')}\n`);
    expect(result.ok).toBe(true);
    if (result.ok) {
      const [link] = result.document.sections[0]!.links;
      expect(link!.url).toBe('https://shop.example/p/%28x%29%20y');
      expect(result.document.sections).toHaveLength(1);
    }
  });

  it('keeps the list items of a description and escapes everything else per line', () => {
    expect(textBlockLines('Intro # not a heading\n\n- item *one*\n• item two\n# heading?\n1. step\n---\n\n    code?')).toEqual([
      'Intro # not a heading',
      '',
      '- item \\*one\\*',
      '- item two',
      '\\# heading?',
      '1\\. step',
      '\\---',
      '',
      'code?',
    ]);
  });
});
