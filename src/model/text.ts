/**
 * Pure string helpers shared by enrichment, validation and every channel writer.
 *
 * These run on every text field of every variant (1M-variant catalogs). Each function first asks a
 * single-character-class regular expression whether there is anything to do (V8 scans those natively,
 * 2-200x faster than a `charCodeAt` loop, and they cannot backtrack), then does the exact work in one
 * `charCodeAt` pass starting at the first hit. When nothing changes the input string itself is
 * returned: the common case allocates nothing.
 *
 * Lengths are measured in Unicode code points because Google's attribute limits are stated in
 * characters (e.g. title 150, description 5,000: https://support.google.com/merchants/answer/6324415),
 * and a JavaScript `length` counts an emoji as two.
 */

/** One character that may not appear in an XML 1.0 document. */
export interface ForbiddenChar {
  /** UTF-16 index into the string. */
  index: number;
  /** The code point, or the lone surrogate's code unit. */
  codePoint: number;
}

export interface FindForbiddenXmlCharsOptions {
  /** Stop after this many findings; a diagnostic needs a few examples, not every occurrence. Default: all. */
  limit?: number;
}

/** The result of a cleaning function: the cleaned string (the input itself when unchanged) and what was dropped. */
export interface CleanedText {
  value: string;
  /** Number of code points removed (a lone surrogate counts as one). */
  removed: number;
}

export interface TruncateOptions {
  /** Appended when the text is cut, and counted inside `max`. Default: none. */
  ellipsis?: string;
}

export interface TruncateResult {
  value: string;
  truncated: boolean;
}

// A shared frozen result so the clean (overwhelmingly common) case allocates nothing.
const NO_FORBIDDEN_CHARS: readonly ForbiddenChar[] = Object.freeze([]);

// Prefilters: a superset of what each function acts on (any surrogate, paired or not), so a miss
// proves there is nothing to do. Plain character classes only: the exact lone-surrogate check with
// lookarounds (or the `u` flag) measured 5x slower than the class plus the loop.
const SURROGATE = /[\uD800-\uDFFF]/;
const XML_SUSPECT = /[\0-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;
const CONTROL_SUSPECT = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uD800-\uDFFF\uFFFE\uFFFF]/;
/** Whitespace other than a single inner space: ECMAScript `\s` minus U+0020, a leading/trailing space, or two spaces. */
const UNCOLLAPSED = /[^\S ]|^ | $| {2}/;
const WHITESPACE_RUN = /\s+/g;

/**
 * XML 1.0 `Char` production, https://www.w3.org/TR/xml/#charsets:
 * `#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]`.
 * Surrogate code units are handled by the callers (only a valid pair is allowed).
 */
function isXmlForbiddenUnit(c: number): boolean {
  if (c < 0x20) return c !== 0x09 && c !== 0x0a && c !== 0x0d;
  return c === 0xfffe || c === 0xffff;
}

/**
 * Plain-text fields drop control characters so every channel receives the same clean text:
 * C0 controls except TAB/LF/CR, DEL, C1 controls (U+0080–U+009F) and the noncharacters U+FFFE/U+FFFF.
 * Google lists control, private-use and surrogate characters as disallowed
 * (https://support.google.com/merchants/answer/14154193). Private-use characters are deliberately kept:
 * some shops use icon fonts mapped to the PUA, and dropping them silently could change meaning, so
 * reporting them is left to validation. Everything removed here is a superset of what XML 1.0
 * forbids, so cleaned text is also XML-safe.
 */
function isControlUnit(c: number): boolean {
  if (c < 0x20) return c !== 0x09 && c !== 0x0a && c !== 0x0d;
  if (c < 0x7f) return false;
  if (c <= 0x9f) return true;
  return c === 0xfffe || c === 0xffff;
}

const isHighSurrogate = (c: number): boolean => (c & 0xfc00) === 0xd800;
const isLowSurrogate = (c: number): boolean => (c & 0xfc00) === 0xdc00;

/**
 * Where `s` has characters that XML 1.0 does not allow (lone surrogates included).
 * Returns a shared empty array when the string is clean.
 */
export function findForbiddenXmlChars(s: string, options?: FindForbiddenXmlCharsOptions): readonly ForbiddenChar[] {
  const first = s.search(XML_SUSPECT);
  if (first === -1) return NO_FORBIDDEN_CHARS;
  const limit = options?.limit ?? Number.POSITIVE_INFINITY;
  let found: ForbiddenChar[] | undefined;
  const n = s.length;
  for (let i = first; i < n; i++) {
    const c = s.charCodeAt(i);
    // Fast path: the BMP range between the controls and the surrogates is always allowed.
    if (c >= 0x20 && c < 0xd800) continue;
    let bad: boolean;
    if (c >= 0xd800 && c <= 0xdfff) {
      if (isHighSurrogate(c) && i + 1 < n && isLowSurrogate(s.charCodeAt(i + 1))) {
        i++;
        continue;
      }
      bad = true;
    } else {
      bad = isXmlForbiddenUnit(c);
    }
    if (bad) {
      (found ??= []).push({ index: i, codePoint: c });
      if (found.length >= limit) break;
    }
  }
  return found ?? NO_FORBIDDEN_CHARS;
}

/** Shared single pass for the two removal functions; `isBad` only sees non-surrogate code units. */
function removeUnits(s: string, suspect: RegExp, isBad: (c: number) => boolean): CleanedText {
  const first = s.search(suspect);
  if (first === -1) return { value: s, removed: 0 };
  const n = s.length;
  let out = '';
  // Start of the pending run of kept characters; flushed with one slice per removed character.
  let keepFrom = 0;
  let removed = 0;
  for (let i = first; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) continue;
    let bad: boolean;
    if (c >= 0xd800 && c <= 0xdfff) {
      if (isHighSurrogate(c) && i + 1 < n && isLowSurrogate(s.charCodeAt(i + 1))) {
        i++;
        continue;
      }
      bad = true;
    } else {
      bad = isBad(c);
    }
    if (bad) {
      if (i > keepFrom) out += s.slice(keepFrom, i);
      keepFrom = i + 1;
      removed++;
    }
  }
  if (removed === 0) return { value: s, removed: 0 };
  if (keepFrom < n) out += s.slice(keepFrom);
  return { value: out, removed };
}

/** Removes characters outside the XML 1.0 `Char` production (https://www.w3.org/TR/xml/#charsets). */
export function removeXmlForbiddenChars(s: string): CleanedText {
  return removeUnits(s, XML_SUSPECT, isXmlForbiddenUnit);
}

/**
 * Removes control characters from a plain-text field: C0 except TAB/LF/CR, DEL, C1, lone surrogates,
 * U+FFFE/U+FFFF. Private-use characters are kept (see `isControlUnit` for why).
 */
export function removeControlCharacters(s: string): CleanedText {
  return removeUnits(s, CONTROL_SUSPECT, isControlUnit);
}

/** Number of Unicode code points; a lone surrogate counts as one, like `[...s].length`. */
export function codePointLength(s: string): number {
  // Fast path: without surrogates (all ASCII and nearly all product text) code units are code points.
  // Measured ~20 ns for a 2 KB ASCII string, against ~4 µs for the loop below.
  const first = s.search(SURROGATE);
  if (first === -1) return s.length;
  const n = s.length;
  let count = n;
  for (let i = first; i < n; i++) {
    if (s.charCodeAt(i) < 0xd800) continue;
    if (isHighSurrogate(s.charCodeAt(i)) && i + 1 < n && isLowSurrogate(s.charCodeAt(i + 1))) {
      count--;
      i++;
    }
  }
  return count;
}

/** ECMAScript `\s` (WhiteSpace + LineTerminator), so behaviour matches `String.prototype.trim`. */
function isWhitespace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Whitespace where a line may be broken. No-break spaces (U+00A0, U+2007, U+202F) and the BOM are
 * excluded: the author asked for those words to stay together.
 */
function isBreakableSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0x1680) return false;
  return (
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a && c !== 0x2007) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x205f ||
    c === 0x3000
  );
}

/**
 * For single-line fields (titles): every run of whitespace, newlines included, becomes one space, and
 * the ends are trimmed. Returns the input itself when it is already collapsed.
 */
export function collapseWhitespace(s: string): string {
  if (!UNCOLLAPSED.test(s)) return s;
  // `\s` and `trim` share one whitespace definition, so the result has no leftovers at the ends.
  return s.replace(WHITESPACE_RUN, ' ').trim();
}

// Characters dropped from the end of a cut: a dangling separator or opening bracket reads as broken.
// Sentence punctuation (. ! ?) and closing brackets are kept.
function isTrailingTrimmable(c: number): boolean {
  switch (c) {
    case 0x2c: // ,
    case 0x3b: // ;
    case 0x3a: // :
    case 0x2d: // -
    case 0x2f: // /
    case 0x26: // &
    case 0x2b: // +
    case 0x28: // (
    case 0x5b: // [
    case 0x7b: // {
    case 0xb7: // ·
    case 0x2013: // –
    case 0x2014: // —
    case 0x2022: // •
    case 0x3001: // 、
    case 0xff0c: // ，
    case 0xff1b: // ；
    case 0xff1a: // ：
      return true;
    default:
      return isWhitespace(c);
  }
}

/**
 * Code points that continue the preceding character: combining marks, variation selectors, ZWJ,
 * emoji skin-tone modifiers and tag characters. A hard cut must not separate them from their base,
 * or the text ends with a stray accent or half an emoji. This is a cheap approximation of grapheme
 * clusters (Intl.Segmenter is far too slow for every field of every variant).
 */
function isClusterContinuation(cp: number): boolean {
  return (
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x1dc0 && cp <= 0x1dff) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    cp === 0x200d ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xfe20 && cp <= 0xfe2f) ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
    (cp >= 0xe0020 && cp <= 0xe007f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

const isRegionalIndicator = (cp: number): boolean => cp >= 0x1f1e6 && cp <= 0x1f1ff;

/** UTF-16 index where the code point ending just before `i` starts. */
function prevIndex(s: string, i: number): number {
  return i >= 2 && isLowSurrogate(s.charCodeAt(i - 1)) && isHighSurrogate(s.charCodeAt(i - 2)) ? i - 2 : i - 1;
}

/** Moves a hard cut at UTF-16 index `cut` back so it does not split a grapheme cluster. */
function backOffCluster(s: string, cut: number): number {
  let i = cut;
  // Bounded: a cluster longer than this is pathological (zalgo text); cut inside it rather than scan far.
  for (let guard = 0; guard < 32 && i > 0 && i < s.length; guard++) {
    const next = s.codePointAt(i) ?? 0;
    const p = prevIndex(s, i);
    const prev = s.codePointAt(p) ?? 0;
    if (isClusterContinuation(next) || prev === 0x200d) {
      i = p;
      continue;
    }
    if (isRegionalIndicator(next) && isRegionalIndicator(prev)) {
      // Flags are pairs of regional indicators: count the run before the cut to find the pair boundary.
      let run = 0;
      let j = i;
      while (j > 0) {
        const q = prevIndex(s, j);
        if (!isRegionalIndicator(s.codePointAt(q) ?? 0)) break;
        run++;
        j = q;
      }
      if (run % 2 === 1) i = p;
    }
    break;
  }
  return i;
}

/** UTF-16 index just after the first `count` code points of `s` (or `s.length`). */
function indexAfterCodePoints(s: string, count: number): number {
  const n = s.length;
  const first = s.search(SURROGATE);
  // Before the first surrogate, code units are code points.
  if (first === -1 || first >= count) return count < n ? count : n;
  let i = first;
  for (let k = first; k < count && i < n; k++) {
    i += isHighSurrogate(s.charCodeAt(i)) && i + 1 < n && isLowSurrogate(s.charCodeAt(i + 1)) ? 2 : 1;
  }
  return i;
}

/**
 * Shortens `s` to at most `max` code points, preferring a word boundary.
 *
 * - Cuts at the last breakable whitespace at or before the limit when it lies within the last 25% of
 *   the budget; otherwise (one long word, CJK text without spaces) cuts hard, but never inside a
 *   surrogate pair and, approximately, never inside a grapheme cluster.
 * - Drops trailing whitespace and dangling separators (`,;:-/&`…) at the cut.
 * - The ellipsis, when given, is counted inside `max`.
 */
export function truncateAtWord(s: string, max: number, options?: TruncateOptions): TruncateResult {
  const limit = Math.max(0, Math.floor(max));
  if (s.length <= limit || codePointLength(s) <= limit) return { value: s, truncated: false };
  const ellipsis = options?.ellipsis ?? '';
  const ellipsisLength = ellipsis === '' ? 0 : codePointLength(ellipsis);
  const budget = limit - ellipsisLength;
  if (budget <= 0) {
    // No room for any text: the (shortened) ellipsis alone is the most honest result.
    return { value: ellipsis.slice(0, indexAfterCodePoints(ellipsis, limit)), truncated: true };
  }

  const hardCut = indexAfterCodePoints(s, budget);
  let cut = -1;
  // Walk back from the limit looking for a breakable space; the character just past the limit counts
  // too, since a word that ends exactly at the limit needs no cut inside it.
  const minCodePoints = Math.floor(budget * 0.75);
  let position = budget; // code points before index i
  for (let i = hardCut; i > 0 && position >= minCodePoints; ) {
    if (isBreakableSpace(s.charCodeAt(i))) {
      cut = i;
      break;
    }
    i = prevIndex(s, i);
    position--;
  }
  if (cut === -1) cut = backOffCluster(s, hardCut);

  let end = cut;
  while (end > 0 && isTrailingTrimmable(s.charCodeAt(end - 1))) end--;
  // Everything was separators: better a raw cut than an empty value.
  if (end === 0) end = cut > 0 ? cut : hardCut;
  return { value: s.slice(0, end) + ellipsis, truncated: true };
}
