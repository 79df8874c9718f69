import { describe, expect, it } from 'vitest';
import { htmlPageError, htmlPageTitle, looksLikeHtmlPage } from './html-page.js';

describe('looksLikeHtmlPage', () => {
  it.each([
    ['a doctype', '<!DOCTYPE html>\n<html lang="en">'],
    ['a lower-case doctype', '<!doctype html><title>x</title>'],
    ['an html tag after blank lines', '\n\n<html>\r\n<head><title>502 Bad Gateway</title></head>'],
    ['a head tag', '<head><meta charset="utf-8">'],
    ['a body tag after a byte order mark', '\ufeff<body>'],
    ['an h1 error page', '<h1>Not Found</h1>'],
    ['a paragraph', '<p>Service unavailable</p>'],
    ['a script redirect', '<script>location.href="/login"</script>'],
  ])('recognises %s', (_, sample) => {
    expect(looksLikeHtmlPage(sample)).toBe(true);
  });

  it.each([
    ['a JSON array', '[{"id": "a"}]'],
    ['a JSON object', '{"products": []}'],
    ['NDJSON holding HTML in a value', '{"id": "a", "description": "<html><body>x</body></html>"}'],
    ['a CSV header', 'id,title,price\n'],
    ['an RSS feed', '<?xml version="1.0"?>\n<rss version="2.0">'],
    ['an RSS feed without a declaration', '<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0">'],
    ['an Atom feed', '<feed xmlns="http://www.w3.org/2005/Atom">'],
    ['an XML feed opening with a comment', '<!-- exported 2026-11-22 -->\n<rss>'],
    ['a tag that only starts like one', '<htmlish>'],
    ['nothing', ''],
  ])('does not take %s for a page', (_, sample) => {
    expect(looksLikeHtmlPage(sample)).toBe(false);
  });
});

describe('htmlPageTitle', () => {
  it.each<[string, string | undefined]>([
    ['<html><head><title>Log in - Alder &amp; Pine</title></head>', 'Log in - Alder &amp; Pine'],
    ['<title>\n  502 Bad\n Gateway </title>', '502 Bad Gateway'],
    ['<title></title>', undefined],
    ['<html><body>no title</body></html>', undefined],
  ])('%j → %j', (sample, title) => {
    expect(htmlPageTitle(sample)).toBe(title);
  });
});

describe('htmlPageError', () => {
  it('names the input, the page and how it was served, with a stable code', () => {
    const error = htmlPageError('https://shop.example/export.csv', '<html><title>Sign in</title>', 'text/html; charset=utf-8');
    expect(error).toMatchObject({ name: 'AgentshelfError', code: 'E_SOURCE_MALFORMED' });
    expect(error.message).toContain('https://shop.example/export.csv is an HTML page titled "Sign in", served as text/html; charset=utf-8, not a catalog');
  });
});
