import type { Diagnostic, Origin } from '../model/diagnostic.js';

/** One raw record read from an input, with where it came from. Not yet validated. */
export interface RawRecord {
  type: 'record';
  value: unknown;
  origin: Origin;
  /** Problems the reader found while building the record (a CSV cell it could not read, say). */
  diagnostics?: Diagnostic[];
}

/** A record that could not be read at all (broken JSON, bad CSV quoting). The run goes on with the next one. */
export interface UnreadableRecord {
  type: 'unreadable';
  diagnostic: Diagnostic;
}

/**
 * A record the source holds but does not offer for sale (a draft, an archived product): left out on purpose,
 * with a diagnostic that says why. Counted apart from records that could not be read.
 */
export interface SkippedRecord {
  type: 'skipped';
  diagnostic: Diagnostic;
}

export type SourceItem = RawRecord | UnreadableRecord | SkippedRecord;

/** Every reader yields source items in input order, so reports and outputs follow the input. */
export type SourceReader = AsyncIterable<SourceItem>;
