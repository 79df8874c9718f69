import { defineRule } from '../../model/rule.js';

export const textControlCharacters = defineRule({
  id: 'text/control-characters',
  description: 'Control characters were removed from a text field; feeds and markup cannot carry them.',
  severity: 'warning',
  kind: 'enriched',
  url: 'https://support.google.com/merchants/answer/14154193',
  fix: 'Remove the control characters from the field in the shop; they often come with text pasted from other programs. The outputs already leave them out.',
  example: {
    input: '"title": "Cotton\\u0007 T-Shirt"',
    finding: '1 control character(s) were removed.',
  },
});

export const textWhitespace = defineRule({
  id: 'text/whitespace',
  description: 'Line breaks and runs of spaces in a single-line field (a title, a brand) were folded into single spaces.',
  severity: 'info',
  kind: 'enriched',
  url: 'https://support.google.com/merchants/answer/6324415',
  fix: 'Nothing to do: the field is published with single spaces. To stop the finding, remove the line breaks and repeated spaces from the field in the catalog.',
  example: {
    input: '"title": "Cotton T-Shirt\\n  Black"',
    finding: 'Line breaks or repeated spaces were folded into single spaces.',
  },
});

export const descriptionHtmlToText = defineRule({
  id: 'description/html-to-text',
  description: 'An HTML description was turned into plain text for the channels that need it; the HTML is kept for those that accept it.',
  severity: 'info',
  kind: 'enriched',
  url: 'https://support.google.com/merchants/answer/6324468',
  fix: 'Nothing to do: channels that need plain text get the text, and the others get the HTML. To stop the finding, give the description as plain text.',
  example: {
    input: '"description": "<p>Soft <b>cotton</b>.</p>"',
    finding: 'The HTML description was turned into plain text.',
  },
});

export const descriptionHtmlSanitized = defineRule({
  id: 'description/html-sanitized',
  description: 'Markup outside the safe subset (scripts, styles, frames, forms, event handlers, javascript: links, presentational attributes) was removed from the HTML description that ACP and UCP publish; a warning when any of it could run or load.',
  severity: 'info',
  kind: 'enriched',
  url: 'https://owasp.org/www-community/attacks/xss/',
  fix: 'Remove the markup the finding lists from the product description in the shop; the published HTML already leaves it out.',
  example: {
    input: '"description": "<p>Soft cotton.</p><script>trackView()</script>"',
    finding: 'Removed from the HTML description: <script> ×1. It could have run or loaded content where the description is shown.',
  },
});

export const dateAssumedUtc = defineRule({
  id: 'date/assumed-utc',
  description: 'A calendar date without a time was read as 00:00 UTC.',
  severity: 'info',
  kind: 'enriched',
  url: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
  fix: 'Nothing to do if midnight UTC is meant. Otherwise give the date with a time and offset, such as "2025-07-01T00:00:00-07:00".',
  example: {
    input: '"availabilityDate": "2025-07-01"',
    finding: 'The date was read as 2025-07-01T00:00:00Z.',
  },
});

export const textReplacementCharacter = defineRule({
  id: 'text/replacement-character',
  description: 'A text field or id holds U+FFFD, the replacement character: bytes of the input that were not UTF-8 were replaced when it was read (or before it was exported), so a character of the original is lost.',
  severity: 'warning',
  url: 'https://encoding.spec.whatwg.org/#utf-8-decode',
  fix: 'Export or save the catalog as UTF-8 (in Excel, "CSV UTF-8"; many tools write Windows-1252 or Latin-1 by default).',
  example: {
    input: '"title": "Caf\uFFFD Mug" (a Windows-1252 "é" read as UTF-8)',
    finding: 'The text holds 1 U+FFFD replacement character(s) (\uFFFD), each in place of bytes that were not UTF-8.',
  },
});
