import { defineRule } from '../../model/rule.js';

export const textControlCharacters = defineRule({
  id: 'text/control-characters',
  description: 'Control characters were removed from a text field; feeds and markup cannot carry them.',
  severity: 'warning',
  kind: 'enriched',
  url: 'https://support.google.com/merchants/answer/14154193',
});

export const textWhitespace = defineRule({
  id: 'text/whitespace',
  description: 'Line breaks and runs of spaces in a single-line field (a title, a brand) were folded into single spaces.',
  severity: 'info',
  kind: 'enriched',
  url: 'https://support.google.com/merchants/answer/6324415',
});

export const descriptionHtmlToText = defineRule({
  id: 'description/html-to-text',
  description: 'An HTML description was turned into plain text for the channels that need it; the HTML is kept for those that accept it.',
  severity: 'info',
  kind: 'enriched',
  url: 'https://support.google.com/merchants/answer/6324468',
});

export const descriptionHtmlSanitized = defineRule({
  id: 'description/html-sanitized',
  description: 'Markup outside the safe subset (scripts, styles, frames, forms, event handlers, javascript: links, presentational attributes) was removed from the HTML description that ACP and UCP publish; a warning when any of it could run or load.',
  severity: 'info',
  kind: 'enriched',
  url: 'https://owasp.org/www-community/attacks/xss/',
});

export const dateAssumedUtc = defineRule({
  id: 'date/assumed-utc',
  description: 'A calendar date without a time was read as 00:00 UTC.',
  severity: 'info',
  kind: 'enriched',
  url: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
});

export const textReplacementCharacter = defineRule({
  id: 'text/replacement-character',
  description: 'A text field or id holds U+FFFD, the replacement character: bytes of the input that were not UTF-8 were replaced when it was read (or before it was exported), so a character of the original is lost.',
  severity: 'warning',
  url: 'https://encoding.spec.whatwg.org/#utf-8-decode',
  fix: 'Export or save the catalog as UTF-8 (in Excel, "CSV UTF-8"; many tools write Windows-1252 or Latin-1 by default).',
});
