import { Block, type Dialect } from '../template.js';

/**
 * Product text is data: written into Markdown it must read as itself and never become structure (a heading, a
 * list, a link, emphasis, raw HTML). Escaping follows CommonMark 0.31.2 (https://spec.commonmark.org/0.31.2/):
 * a backslash before ASCII punctuation is a literal (§2.4), and an entity reference stands for its character
 * (§2.5). It is deliberately narrow, because these files are mostly read raw by language models and every
 * backslash is noise: only characters that can open inline structure anywhere, and characters that open a
 * block at the start of a line, are escaped.
 */

/** Inline openers: `\` escapes, `` ` `` code, `*` `_` `~` emphasis and strikethrough (GFM), `[` `]` links, `<` HTML and autolinks, `|` GFM tables. */
const INLINE = /[\\`*_~[\]<|]/g;
/** `&` starts a literal only when it cannot be read as an entity reference (CommonMark §2.5). */
const ENTITY_LIKE = /&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)/g;
/**
 * What opens a block at the start of a line (CommonMark §4-§5): an ATX heading (`#` to `######` then a space or
 * the end), a block quote `>`, a bullet `-` or `+` then a space or the end, a thematic break or setext underline
 * (a line of `-` or `=`), an ordered list item (digits, `.` or `)`, then a space or the end). `*`, `_`, `` ` ``
 * and `~` (emphasis, breaks and fences) are escaped everywhere already. "#1" or "3.5 mm" open nothing.
 */
const LINE_START = /^(?:#{1,6}(?=[ \t]|$)|>|[-+](?=[ \t]|$)|-+[ \t]*$|=+[ \t]*$|(?:-[ \t]*){3,}$|\d{1,9}[.)](?=[ \t]|$))/;
const LINE_BREAKS = /\s*[\r\n\u2028\u2029\u0085]+\s*/g;

type BracketStyle = 'backslash' | 'entity';

function escapeInlineChars(text: string, brackets: BracketStyle): string {
  return text.replace(INLINE, (c) => {
    if (brackets === 'entity' && (c === '[' || c === ']')) return c === '[' ? '&#91;' : '&#93;';
    return `\\${c}`;
  });
}

function escapeLineStart(text: string): string {
  const match = LINE_START.exec(text);
  if (!match) return text;
  const lead = match[0];
  // "1." becomes "1\." (the digits are literal); any other opener gets its own backslash.
  return /^\d/.test(lead) ? `${lead.slice(0, -1)}\\${lead.slice(-1)}${text.slice(lead.length)}` : `\\${text}`;
}

/** Anything escapeLine could change besides trimming; most product text has none (a profile: 1 s per 100k products). */
const NEEDS_WORK = /[\\`*_~[\]<|&\r\n\u2028\u2029\u0085]/;

function escapeLine(value: string, brackets: BracketStyle): string {
  if (!NEEDS_WORK.test(value)) return value.trim();
  // `&` first: the bracket references added next are ours and must stay references.
  const line = value.replace(LINE_BREAKS, ' ').trim().replace(ENTITY_LIKE, '&amp;');
  return escapeInlineChars(line, brackets);
}

/**
 * Text inside a line, after other text: line breaks in the value become spaces (a title never spans lines),
 * leading and trailing whitespace is dropped, and inline openers are escaped. Not safe at the start of a line.
 */
export function escapeInline(value: string): string {
  return escapeLine(value, 'backslash');
}

/**
 * Text safe anywhere, the start of a line included: `escapeInline`, plus a backslash before a block opener at
 * its start (a shop called "# 1 Outdoors" must not become a heading; four leading spaces are already gone).
 */
export function escapeText(value: string): string {
  return escapeLineStart(escapeInline(value));
}

/**
 * ATX heading content is inline content (CommonMark §4.2), so only a trailing ` #…`, which would be read as the
 * closing sequence, needs more than `escapeInline`.
 */
export function escapeHeading(value: string): string {
  return escapeInline(value).replace(/(^| )(#+)$/, '$1\\$2');
}

/**
 * Link text for `[name](url)`. Brackets become the numeric references `&#91;` `&#93;` instead of `\[` `\]`:
 * both are CommonMark, but llms.txt readers commonly take the name as "anything up to the first `]`" (the
 * reference parser's pattern in AnswerDotAI/llms-txt, llms_txt/miniparse.py), and `\]` would end it early.
 * Parentheses need nothing: they only mean something right after `]`, which can no longer occur.
 */
export function escapeLinkText(value: string): string {
  return escapeLine(value, 'entity');
}

/**
 * A link destination: percent-encodes what would end or confuse it (whitespace and controls, `(` `)` `<` `>`
 * and `\`, CommonMark §6.3). Readers that take the URL as "anything up to the first `)`" (miniparse.py again)
 * then get it whole. Servers decode %28/%29 in paths like the characters; URLs from the model seldom have any.
 */
export function escapeUrl(value: string): string {
  return value.replace(/[\u0000-\u0020\u007f()<>\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** `[name](url)` with both parts escaped. */
export function markdownLink(name: string, url: string): string {
  return `[${escapeLinkText(name)}](${escapeUrl(url)})`;
}

/**
 * Multi-line plain text (a product description, already cleaned by enrich/html-text) as Markdown lines. The
 * description keeps its structure: paragraphs separated by blank lines, and the `- ` list items html-text
 * writes stay list items (with their text escaped). Everything else is escaped text.
 */
export function textBlockLines(text: string): string[] {
  const lines: string[] = [];
  for (const raw of text.split(/\r\n|[\r\n\u2028\u2029]/)) {
    const line = raw.trim();
    if (line === '') {
      lines.push('');
      continue;
    }
    const item = /^[-•]\s+(.*)$/.exec(line);
    lines.push(item ? `- ${escapeText(item[1]!)}` : escapeText(line));
  }
  return lines;
}

export function textBlock(text: string | undefined): Block {
  return new Block(text === undefined ? [] : textBlockLines(text));
}

/** The template dialect for Markdown files: `text` (default, safe anywhere), `inline`, `heading`, `link` (link text) and `url`. */
export const MARKDOWN_DIALECT: Dialect = {
  text: escapeText,
  inline: escapeInline,
  heading: escapeHeading,
  link: escapeLinkText,
  url: escapeUrl,
};
