/**
 * agentshelf's section inside a site's own robots.txt: the lines from `# BEGIN agentshelf` to `# END agentshelf`.
 * Merging replaces that section in place, or appends it when there is none; every byte outside it is kept as it
 * was (line endings, byte order mark, trailing whitespace), so merging twice gives the same file.
 */

const BEGIN = /^[ \t]*#[ \t]*BEGIN agentshelf\b/;
const END = /^[ \t]*#[ \t]*END agentshelf\b/;

export type SectionLocation =
  | { kind: 'none' }
  | { kind: 'found'; start: number; end: number }
  | { kind: 'broken'; problem: string; lines: number[] };

/** Where the section is: `start` is the offset of its BEGIN line, `end` the offset just past its END line's line break. */
export function locateSection(text: string): SectionLocation {
  const begins: Array<{ line: number; start: number }> = [];
  const ends: Array<{ line: number; end: number }> = [];
  const lineBreak = /\r\n|\r|\n/g;
  let start = 0;
  let line = 1;
  for (;;) {
    const match = lineBreak.exec(text);
    const stop = match ? match.index : text.length;
    const content = text.slice(start, stop);
    const next = match ? stop + match[0].length : text.length;
    if (BEGIN.test(content)) begins.push({ line, start });
    else if (END.test(content)) ends.push({ line, end: next });
    if (!match) break;
    start = next;
    line++;
  }
  if (begins.length === 0 && ends.length === 0) return { kind: 'none' };
  const lines = [...begins.map((b) => b.line), ...ends.map((e) => e.line)].sort((a, b) => a - b);
  if (begins.length !== 1 || ends.length !== 1) {
    return { kind: 'broken', problem: `${begins.length} BEGIN and ${ends.length} END marker lines, where one of each is expected`, lines };
  }
  const [begin] = begins as [{ line: number; start: number }];
  const [end] = ends as [{ line: number; end: number }];
  if (end.line < begin.line) return { kind: 'broken', problem: 'the END marker comes before the BEGIN marker', lines };
  return { kind: 'found', start: begin.start, end: end.end };
}

/** The file's own line ending, so the section matches it (a file with any CRLF is taken as CRLF). */
export function lineEnding(text: string): '\r\n' | '\n' {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** The text outside the section (the whole text when there is none), for reading the site's own groups. */
export function outsideSection(text: string, location: SectionLocation): string {
  return location.kind === 'found' ? text.slice(0, location.start) + text.slice(location.end) : text;
}

/**
 * The site's file with `section` ("\n" line endings, ending in "\n") in place of the old one, or appended after
 * a blank line. Only a missing final line break of the site's last line is added before appending.
 */
export function mergeSection(existing: string, section: string, location: Exclude<SectionLocation, { kind: 'broken' }>): string {
  const eol = lineEnding(existing);
  const ours = eol === '\n' ? section : section.replace(/\n/g, eol);
  if (location.kind === 'found') return existing.slice(0, location.start) + ours + existing.slice(location.end);
  if (existing === '' || existing === '\uFEFF') return existing + ours;
  let prefix = existing;
  if (!/[\r\n]$/.test(prefix)) prefix += eol;
  // A blank line before the section, unless the file already ends with one.
  const beforeLastBreak = prefix.replace(/(\r\n|\r|\n)$/, '');
  if (!/(\r\n|\r|\n)[ \t]*$/.test(beforeLastBreak)) prefix += eol;
  return prefix + ours;
}
