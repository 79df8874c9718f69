import { collapseWhitespace, removeControlCharacters } from '../model/text.js';
import { htmlToText, looksLikeHtml } from '../model/html-text.js';
import { sanitizeDescriptionHtml, type SanitizedHtml } from './html-sanitize.js';

/**
 * Where a text holds U+FFFD, the replacement character a UTF-8 decoder puts in place of bytes that are not
 * UTF-8 (https://encoding.spec.whatwg.org/#utf-8-decode): how many, and the text around the first one, so a
 * report shows where. The character itself is kept: what it replaced cannot be known.
 */
export function findReplacementCharacters(text: string): { count: number; around: string } | undefined {
  const first = text.indexOf('\uFFFD');
  if (first === -1) return undefined;
  let count = 0;
  for (let i = first; i !== -1; i = text.indexOf('\uFFFD', i + 1)) count++;
  return { count, around: text.slice(Math.max(0, first - 30), first + 30) };
}

export interface CleanedLine {
  value: string;
  controlRemoved: number;
  whitespaceFolded: boolean;
}

/** A single-line field (title, brand, color…): control characters removed, white space folded. */
export function cleanLine(raw: string): CleanedLine {
  const { value: noControls, removed } = removeControlCharacters(raw);
  const folded = collapseWhitespace(noControls);
  return { value: folded, controlRemoved: removed, whitespaceFolded: folded !== noControls.trim() };
}

export interface CleanedDescription {
  /** Plain text, structure kept as line breaks. */
  text: string;
  /** The HTML sanitized to a safe subset (html-sanitize.ts), when the description was HTML. */
  html?: string;
  /** What sanitizing took out of the HTML, when anything. */
  sanitized?: Pick<SanitizedHtml, 'removed' | 'active'>;
  controlRemoved: number;
}

/**
 * A description: HTML is detected and turned into plain text; the HTML, sanitized, is kept for channels that
 * take it.
 */
export function cleanDescription(raw: string): CleanedDescription {
  const { value, removed } = removeControlCharacters(raw);
  if (!looksLikeHtml(value)) return { text: value.trim(), controlRemoved: removed };
  // Character references such as &#1; decode to control characters, so the text is cleaned again after conversion.
  const text = removeControlCharacters(htmlToText(value));
  const safe = sanitizeDescriptionHtml(value.trim());
  // The sanitizer writes character references out as characters, so &#1; comes back as a control character.
  const html = removeControlCharacters(safe.html).value.trim();
  const out: CleanedDescription = { text: text.value, controlRemoved: removed + text.removed };
  if (html !== '') out.html = html;
  if (Object.keys(safe.removed).length > 0) out.sanitized = { removed: safe.removed, active: safe.active };
  return out;
}
