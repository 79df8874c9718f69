import { collapseWhitespace, removeControlCharacters } from '../model/text.js';
import { htmlToText, looksLikeHtml } from './html-text.js';

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
  /** The HTML as given (control characters removed), when the description was HTML. */
  html?: string;
  controlRemoved: number;
}

/** A description: HTML is detected and turned into plain text; the HTML is kept for channels that take it. */
export function cleanDescription(raw: string): CleanedDescription {
  const { value, removed } = removeControlCharacters(raw);
  if (!looksLikeHtml(value)) return { text: value.trim(), controlRemoved: removed };
  // Character references such as &#1; decode to control characters, so the text is cleaned again after conversion.
  const text = removeControlCharacters(htmlToText(value));
  return { text: text.value, html: value.trim(), controlRemoved: removed + text.removed };
}
