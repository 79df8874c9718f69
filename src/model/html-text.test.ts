import { describe, expect, it } from 'vitest';
import { htmlToText, looksLikeHtml } from './html-text.js';

describe('looksLikeHtml', () => {
  it.each([
    ['<p>Soft cotton</p>', true],
    ['Line one<br/>Line two', true],
    ['Line one<br>Line two', true],
    ['item</li>', true],
    ['<strong class="x">Bold</strong>', true],
    ['<STRONG>Bold</STRONG>', true],
    ['<a\n  href="/x">link</a>', true],
    ['<!-- comment -->', true],
    ['<!DOCTYPE html><title>x</title>', true],
    ['Salt &amp; Pepper', true],
    ['It&#39;s', true],
    ['It&#x2019;s', true],
    ['Caf&eacute;', true],
    ['a < b', false],
    ['5 > 3', false],
    ['a -> b <- c', false],
    ['if x<y then y>x', false],
    ['I <3 this', false],
    ['Salt & Pepper', false],
    ['Q&A session; R&D', false],
    ['Press <Enter> to continue', false],
    ['<custom-widget>', false],
    ['<p unclosed', false],
    ['<!-- never closed', false],
    ['&#;', false],
    ['', false],
  ])('%j → %s', (input, expected) => {
    expect(looksLikeHtml(input)).toBe(expected);
  });

  it('stays linear on adversarial input', () => {
    expect(looksLikeHtml('<p '.repeat(200_000))).toBe(false);
    expect(looksLikeHtml('<!--'.repeat(200_000))).toBe(false);
    expect(looksLikeHtml('&aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'.repeat(20_000))).toBe(false);
    expect(looksLikeHtml(`${'<p '.repeat(200_000)}>`)).toBe(true);
    expect(looksLikeHtml(`${'a < b & c '.repeat(200_000)}`)).toBe(false);
  });
});

describe('htmlToText', () => {
  it('converts a realistic Shopify description', () => {
    const html = `<p>Our best-selling tee, now in organic cotton.&nbsp; Soft &amp; durable, it&#8217;s made to last.</p>
<ul>
  <li><strong>Material:</strong> 100% organic cotton</li>
  <li><strong>Fit:</strong> Relaxed
    <ul><li>True to size</li><li>Size up for an oversized look</li></ul>
  </li>
  <li><strong>Origin:</strong>&nbsp;Made in Portugal</li>
  <li></li>
</ul>
<p>&nbsp;</p>
<h3>Care</h3>
<p>Machine wash cold.<br>Tumble dry low.</p>
<table>
  <thead><tr><th>Size</th><th>Chest</th><th>Length</th></tr></thead>
  <tbody>
    <tr><td>S</td><td>91 cm</td><td>69 cm</td></tr>
    <tr><td>M</td><td></td><td>71 cm</td></tr>
  </tbody>
</table>`;
    expect(htmlToText(html)).toBe(
      [
        'Our best-selling tee, now in organic cotton. Soft & durable, it’s made to last.',
        '',
        '- Material: 100% organic cotton',
        '- Fit: Relaxed',
        '  - True to size',
        '  - Size up for an oversized look',
        '- Origin: Made in Portugal',
        '',
        'Care',
        '',
        'Machine wash cold.',
        'Tumble dry low.',
        '',
        'Size | Chest | Length',
        'S | 91 cm | 69 cm',
        'M | | 71 cm',
      ].join('\n'),
    );
  });

  it('converts a realistic WooCommerce description', () => {
    const html =
      '<h2>Hand-thrown stoneware mug</h2>\r\n' +
      '<p>Each mug is &#8220;one of a kind&#8221; &#8211; glaze varies.\r\nDishwasher safe.</p>\r\n' +
      '<ol>\r\n<li>Capacity: 350&nbsp;ml</li>\r\n<li>Height: 9&nbsp;cm</li>\r\n</ol>\r\n' +
      '<!-- wp:paragraph --><p>Questions? <a href="/contact">Contact us</a>.</p><!-- /wp:paragraph -->' +
      '<img src="mug.jpg" alt="A blue mug">';
    expect(htmlToText(html)).toBe(
      [
        'Hand-thrown stoneware mug',
        '',
        'Each mug is “one of a kind” – glaze varies. Dishwasher safe.',
        '',
        '- Capacity: 350 ml',
        '- Height: 9 cm',
        '',
        'Questions? Contact us.',
      ].join('\n'),
    );
  });

  it.each([
    // Whitespace collapses like a browser renders it, across inline elements.
    ['<p>Soft   and\n\n  light</p>', 'Soft and light'],
    ['Hello <b>world</b>', 'Hello world'],
    ['Hello<b> world</b>', 'Hello world'],
    ['<strong>Label:</strong>Value', 'Label:Value'],
    ['  plain   text\n\nwith breaks  ', 'plain text with breaks'],
    // Paragraph and line structure.
    ['<p>One</p><p>Two</p>', 'One\n\nTwo'],
    ['<div>One</div><div>Two</div>', 'One\n\nTwo'],
    ['<h1>Title</h1>Text', 'Title\n\nText'],
    ['a<br>b', 'a\nb'],
    ['a<br><br>b', 'a\n\nb'],
    ['a<br/><br/><br/><br/>b', 'a\n\nb'],
    ['<p>a</p><p></p><p>&nbsp;</p><br><br><p>b</p>', 'a\n\nb'],
    ['<p>a</p><hr><p>b</p>', 'a\n\nb'],
    ['<blockquote>Quote</blockquote>After', 'Quote\n\nAfter'],
    ['<dl><dt>Material</dt><dd>Cotton</dd><dt>Weight</dt><dd>180 g</dd></dl>', 'Material\nCotton\nWeight\n180 g'],
    // Lists.
    ['<ul><li>a</li><li>b</li></ul>', '- a\n- b'],
    ['<ol><li>first</li><li>second</li></ol>', '- first\n- second'],
    ['<p>Intro</p><ul><li>a</li></ul><p>Outro</p>', 'Intro\n\n- a\n\nOutro'],
    ['<ul><li><p>one</p><p>two</p></li><li>three</li></ul>', '- one\n  two\n- three'],
    ['<ul><li>a<ul><li>b<ul><li>c</li></ul></li></ul></li><li>d</li></ul>', '- a\n  - b\n    - c\n- d'],
    ['<ul><li>a<li>b<li>c</ul>', '- a\n- b\n- c'],
    ['<li>orphan item</li>', '- orphan item'],
    // Tables.
    ['<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>', 'a | b\nc | d'],
    ['<table><tr><th></th><th>S</th><th>M</th></tr><tr><th>Chest</th><td>90</td><td>95</td></tr></table>', '| S | M\nChest | 90 | 95'],
    ['<table><tr><td><p>multi</p><p>para</p></td><td>x<br>y</td></tr></table>', 'multi para | x y'],
    ['<p>Sizes</p><table><caption>Chart</caption><tr><td>S</td></tr></table><p>End</p>', 'Sizes\n\nChart\n\nS\n\nEnd'],
    // Preformatted text keeps its whitespace.
    ['<pre>\n  a  b\n    c</pre>', 'a  b\n    c'],
    ['<p>x</p><pre>line 1\r\n  line 2\n</pre><p>y</p>', 'x\n\nline 1\n  line 2\n\ny'],
    // Entities: named, decimal, hex, and legacy ones without `;` as browsers decode them.
    ['Salt &amp; Pepper', 'Salt & Pepper'],
    ['it&#8217;s &#x2019; &#39;', 'it’s ’ \''],
    ['Caf&eacute; &euro;5 &copy;2024', 'Café €5 ©2024'],
    ['a &amp b &copy2024 &#8217s', 'a & b ©2024 ’s'],
    ['AT&T and Q&A', 'AT&T and Q&A'],
    ['&lt;b&gt;not bold&lt;/b&gt;', '<b>not bold</b>'],
    ['10&nbsp;&nbsp;&nbsp;kg', '10 kg'],
    // Dropped content.
    ['<style>p { color: red }</style><p>Text</p>', 'Text'],
    ['<p>A</p><script>var s = "</p>";</script><p>B</p>', 'A\n\nB'],
    ['<template><p>hidden</p></template>shown', 'shown'],
    ['<noscript><p>Enable JS</p></noscript>shown', 'shown'],
    ['<html><head><title>Page</title><meta charset="utf-8"><style>x{}</style></head><body><p>Body</p></body></html>', 'Body'],
    ['<head><meta charset="utf-8"><p>No closing head</p>', 'No closing head'],
    ['<p>Before</p><head>ignored head after content</head>', 'Before\n\nignored head after content'],
    ['a<!-- comment -->b', 'ab'],
    ['<!--[if mso]><p>Outlook</p><![endif]-->shown', 'shown'],
    ['<img src="x.jpg" alt="Alt text">Caption', 'Caption'],
    ['<svg viewBox="0 0 1 1"><title>icon</title><text>t</text></svg>Free shipping', 'Free shipping'],
    ['<button>Add to cart</button><p>Text</p>', 'Text'],
    ['<iframe src="https://example.com">fallback</iframe>ok', 'ok'],
    ['<svg/>Self-closing icon', 'Self-closing icon'],
    ['<p>x<select><option>S</option><option>M</option></select>y</p>', 'xy'],
    // Malformed HTML.
    ['<p>one<p>two<p>three', 'one\n\ntwo\n\nthree'],
    ['<div>unclosed <p>para <b>bold</div></div> tail', 'unclosed\n\npara bold\n\ntail'],
    ['</div></p>stray closers</span>', 'stray closers'],
    ['<p>unclosed <b>bold <i>italic', 'unclosed bold italic'],
    ['<p>Broken <a href="x>link</a> text</p>', 'Broken'],
    ['<<p>>double<</p>>', '<\n\n>double<\n\n>'],
    ['', ''],
  ])('%j → %j', (html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });

  it('never lets script content through', () => {
    const text = htmlToText('<p>Hi</p></script><script>alert(1)</script>');
    expect(text).toBe('Hi');
    expect(text).not.toContain('alert(1)');
    expect(htmlToText('<p>Hi<script>alert(1)')).toBe('Hi');
    expect(htmlToText('<SCRIPT type="text/javascript">alert(1)</SCRIPT >ok')).toBe('ok');
    // `scr<script` is one (unknown) tag name, so a browser displays the rest as text; it is text here too.
    expect(htmlToText('<scr<script>ipt>alert(1)</script>')).toBe('ipt>alert(1)');
  });

  it('recovers its state after a document that never closes its tags', () => {
    expect(htmlToText('<script>never closed')).toBe('');
    expect(htmlToText('<pre>open <ul><li>item')).toBe('open\n\n- item');
    expect(htmlToText('<p>Fresh <b>start</b></p>')).toBe('Fresh start');
  });

  it('keeps emoji and astral characters intact', () => {
    expect(htmlToText('<p>Gift 🎁 &#x1F600; &#128512;</p>')).toBe('Gift 🎁 😀 😀');
  });

  it('handles a large description in one pass', () => {
    const paragraph = '<p>Soft <strong>organic</strong> cotton &amp; linen, it&#8217;s light.</p>\n';
    const text = htmlToText(paragraph.repeat(20_000));
    const expectedParagraph = 'Soft organic cotton & linen, it’s light.';
    expect(text.length).toBe(20_000 * expectedParagraph.length + 19_999 * 2);
    expect(text.startsWith(`${expectedParagraph}\n\n${expectedParagraph}`)).toBe(true);
  });
});
