// A strict reader of the llms.txt format, written from the proposal (https://llmstxt.org; AnswerDotAI/llms-txt
// nbs/index.qmd, 2024-09-03). A file has, in this order:
//   1. an optional byte order mark;
//   2. an H1 with the name of the site (the only required part);
//   3. an optional blockquote summary;
//   4. zero or more Markdown blocks of any kind except headings;
//   5. zero or more sections, each an H2 followed by a "file list": a Markdown list whose items are a link
//      `[name](url)`, optionally followed by `:` and notes. An H2 named "Optional" marks links that may be skipped.
// Anything else is rejected. Link names and URLs are read as the reference parser reads them (a name runs to the
// first `]`, a URL to the first `)`: llms_txt/miniparse.py), so a file this accepts is one it can read too.

export interface LlmsTxtLink {
  name: string;
  url: string;
  notes?: string;
  line: number;
}

export interface LlmsTxtSection {
  name: string;
  links: LlmsTxtLink[];
  line: number;
}

export interface LlmsTxtDocument {
  title: string;
  summary?: string;
  /** The blocks between the summary and the first H2, as written. */
  details: string;
  sections: LlmsTxtSection[];
}

export interface LlmsTxtError {
  line: number;
  message: string;
}

export type LlmsTxtParse = { ok: true; document: LlmsTxtDocument } | { ok: false; errors: LlmsTxtError[] };

/** CommonMark ATX headings: up to three spaces, 1-6 `#`, then a space or the end of the line. */
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const LIST_ITEM = /^ {0,3}[-+*][ \t]/;
const LINK_ITEM = /^-[ \t]+\[([^\]\n]+)\]\(([^)\s]+)\)(?::(?:[ \t]+(.*))?)?$/;

function headingText(match: RegExpExecArray): string {
  // A closing sequence of `#` preceded by a space is not part of the text (CommonMark §4.2).
  return (match[2] ?? '').replace(/(?:^|[ \t]+)#+[ \t]*$/, '').trim();
}

export function parseLlmsTxt(input: string): LlmsTxtParse {
  const errors: LlmsTxtError[] = [];
  const lines = input.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  let i = 0;
  const blank = (line: string | undefined) => line !== undefined && line.trim() === '';
  while (blank(lines[i])) i++;

  // 2. The H1.
  const h1 = ATX.exec(lines[i] ?? '');
  if (!h1 || h1[1] !== '#' || headingText(h1) === '') {
    return { ok: false, errors: [{ line: i + 1, message: 'the file must start with an H1 naming the site ("# Name")' }] };
  }
  const title = headingText(h1);
  i++;
  while (blank(lines[i])) i++;

  // 3. The blockquote summary: consecutive ">" lines.
  let summary: string | undefined;
  const quote: string[] = [];
  while (i < lines.length && /^ {0,3}>/.test(lines[i]!)) quote.push(lines[i++]!.replace(/^ {0,3}> ?/, ''));
  if (quote.length > 0) summary = quote.join('\n').trim();

  // 4. Details: any blocks but headings (ATX, or setext: a paragraph line underlined with = or -).
  const detailsStart = i;
  let inFence: string | undefined;
  let previous = '';
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = FENCE.exec(line);
    if (inFence) {
      if (fence && fence[1]!.startsWith(inFence)) inFence = undefined;
      continue;
    }
    if (fence) {
      inFence = fence[1]!.slice(0, 3);
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      if (atx[1] === '##') break;
      errors.push({ line: i + 1, message: `only H2 sections may follow the summary and details, not an H${atx[1]!.length}` });
    } else if (SETEXT_UNDERLINE.test(line) && previous.trim() !== '' && !LIST_ITEM.test(previous) && !/^ {0,3}>/.test(previous)) {
      errors.push({ line: i + 1, message: 'a setext underline makes the line above it a heading, which the details may not contain' });
    }
    previous = line;
  }
  if (inFence) errors.push({ line: lines.length, message: 'a fenced code block in the details is never closed' });
  const details = lines.slice(detailsStart, i).join('\n').trim();

  // 5. H2 sections of file lists.
  const sections: LlmsTxtSection[] = [];
  let section: LlmsTxtSection | undefined;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (blank(line)) continue;
    const atx = ATX.exec(line);
    if (atx) {
      if (atx[1] !== '##') {
        errors.push({ line: i + 1, message: `sections are H2 headings; an H${atx[1]!.length} is not allowed here` });
        continue;
      }
      const name = headingText(atx);
      if (name === '') errors.push({ line: i + 1, message: 'a section heading needs a name' });
      if (section && section.links.length === 0) errors.push({ line: section.line, message: `section "${section.name}" has no links` });
      section = { name, links: [], line: i + 1 };
      sections.push(section);
      continue;
    }
    const item = LINK_ITEM.exec(line);
    if (!item) {
      errors.push({ line: i + 1, message: 'a section holds only list items "- [name](url)" or "- [name](url): notes"' });
      continue;
    }
    const link: LlmsTxtLink = { name: item[1]!, url: item[2]!, line: i + 1 };
    if (item[3] !== undefined && item[3] !== '') link.notes = item[3];
    section!.links.push(link);
  }
  if (section && section.links.length === 0) errors.push({ line: section.line, message: `section "${section.name}" has no links` });

  return errors.length > 0 ? { ok: false, errors } : { ok: true, document: { title, ...(summary !== undefined ? { summary } : {}), details, sections } };
}
