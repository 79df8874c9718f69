import { limitText } from '../text-limit.js';
import type { Diagnostic, Subject } from '../../model/diagnostic.js';
import type { Rule } from '../../model/rule.js';
import { removeControlCharacters } from '../../model/text.js';
import { microsoftControlCharacter } from './rules.js';
import { tsvCell } from './tsv.js';

/** Collects one item's findings, stamped with its subject, and cleans its text values for the file. */
export interface RowBuilder {
  diagnostics: Diagnostic[];
  report(rule: Rule, message: string, extra?: { actual?: unknown; expected?: unknown; severity?: 'error' | 'warning' | 'info' }): void;
  /** Text as one TSV cell: control characters removed (with a finding), breaks flattened to spaces. */
  text(value: string, field: string): string;
  /** text(), then cut at a word boundary to `max` code points with a finding of `rule`. */
  limited(value: string, field: string, max: number, rule: Rule): string;
}

export function rowBuilder(subject: Subject): RowBuilder {
  const diagnostics: Diagnostic[] = [];
  const b: RowBuilder = {
    diagnostics,
    report(rule, message, extra = {}) {
      diagnostics.push(rule.diagnostic(subject, { message, ...extra }));
    },
    text(value, field) {
      const cleaned = removeControlCharacters(value);
      if (cleaned.removed > 0) b.report(microsoftControlCharacter, `${cleaned.removed} control character(s) were removed from ${field}.`, { actual: cleaned.removed });
      return tsvCell(cleaned.value);
    },
    limited(value, field, max, rule) {
      return limitText(b.text(value, field), field, max, 'Microsoft', ({ message, actual, expected }) => b.report(rule, message, { actual, expected }));
    },
  };
  return b;
}
