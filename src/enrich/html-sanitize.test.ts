import { describe, expect, it } from 'vitest';
import { describeRemovals, sanitizeDescriptionHtml } from './html-sanitize.js';

describe('sanitizeDescriptionHtml', () => {
  it.each([
    ['structure and text', '<h2>Care</h2><p>Wash <strong>cold</strong>.</p><ul><li>Cotton</li></ul>', '<h2>Care</h2><p>Wash <strong>cold</strong>.</p><ul><li>Cotton</li></ul>'],
    ['links over https and mailto', '<p><a href="https://shop.example/size" title="Sizes">sizes</a> <a href="mailto:help@shop.example">mail</a></p>', '<p><a href="https://shop.example/size" title="Sizes">sizes</a> <a href="mailto:help@shop.example">mail</a></p>'],
    ['images', '<img src="https://cdn.example/a.jpg" alt="A" width="10" />', '<img src="https://cdn.example/a.jpg" alt="A" width="10" />'],
    ['a table with spans', '<table><tr><th scope="col">Size</th><td colspan="2">M</td></tr></table>', '<table><tr><th scope="col">Size</th><td colspan="2">M</td></tr></table>'],
  ])('keeps %s, and reports nothing', (_name, input, output) => {
    expect(sanitizeDescriptionHtml(input)).toEqual({ html: output, removed: {}, active: false });
  });

  it.each([
    ['a script and its text', '<p>Mug</p><script>alert(1)</script>', '<p>Mug</p>', { '<script>': 1 }, true],
    ['an event handler', '<p onclick="steal()">Mug</p>', '<p>Mug</p>', { 'event handler (on…)': 1 }, true],
    ['a javascript: link, however it is spelled', '<a href=" JaVa\tScript:alert(1)">x</a>', '<a>x</a>', { 'javascript: URL': 1 }, true],
    ['a data: image', '<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="x" />', '<img alt="x" />', { 'data: URL': 1 }, true],
    ['an iframe and a form', '<iframe src="https://evil.example"></iframe><form><input name="q" /></form><p>ok</p>', '<p>ok</p>', { '<form>': 1, '<iframe>': 1, '<input>': 1 }, true],
    ['presentation only: style, class and a font tag', '<p style="color:red" class="x"><font size="2">Mug</font></p>', '<p>Mug</p>', { '<font>': 1, class: 1, style: 1 }, false],
    ['a style element', '<style>p{}</style><p>Mug</p>', '<p>Mug</p>', { '<style>': 1 }, true],
  ])('removes %s and says so', (_name, input, output, removed, active) => {
    expect(sanitizeDescriptionHtml(input)).toEqual({ html: output, removed, active });
  });

  it('keeps the closing-script payload as text, never as markup', () => {
    const { html } = sanitizeDescriptionHtml('<p>Mug &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(html).toBe('<p>Mug &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });

  it('describes removals in a stable order', () => {
    expect(describeRemovals({ style: 2, '<script>': 1, class: 1 })).toBe('<script> ×1, class ×1, style ×2');
  });
});
