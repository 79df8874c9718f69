import type { Origin } from '../model/diagnostic.js';
import { malformedJson } from './rules/malformed-json.js';
import type { SourceItem } from './source-item.js';

/** A short excerpt of a broken record, so the report shows what was there without copying a huge line. */
export function excerpt(text: string, max = 120): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

/** Parses the text of one record; broken JSON becomes an unreadable item named by its origin. */
export function parseRecordText(text: string, origin: Origin, what: 'line' | 'product'): SourceItem {
  try {
    return { type: 'record', value: JSON.parse(text), origin };
  } catch (error) {
    // A byte order mark is allowed only at the start of the input; JSON.parse names it as an invisible token.
    const why = text.charCodeAt(0) === 0xfeff ? 'it starts with a byte order mark (U+FEFF), which only the start of the file may have (were two files joined?)' : (error as Error).message;
    return {
      type: 'unreadable',
      diagnostic: malformedJson.diagnostic({ origin }, { message: `This ${what} is not valid JSON: ${why}.`, actual: excerpt(text.trim()) }),
    };
  }
}
