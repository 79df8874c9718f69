/**
 * The one diagnostic type used by every stage: sources, validation, enrichment, channels and publishing.
 * Messages say what is wrong and what was expected; the location lives in the fields, never in the text.
 */
export type Severity = 'error' | 'warning' | 'info';

/** `problem`: something is wrong with the data. `enriched`: agentshelf changed a value, and says how and why. */
export type DiagnosticKind = 'problem' | 'enriched';

export interface Origin {
  /** The input as given (a path or URL). */
  file: string;
  /** 1-based line of the record in a text input (JSON, NDJSON, CSV). */
  line?: number;
}

export interface Diagnostic {
  /** Permanent id, `<area>/<rule>`. Tests and tooling match on it, never on the message. */
  ruleId: string;
  severity: Severity;
  kind: DiagnosticKind;
  message: string;
  productId?: string;
  variantId?: string;
  /** The output channel that reported it, when it is channel-specific. */
  channel?: string;
  /** RFC 6901 JSON Pointer into the input record. */
  pointer?: string;
  origin?: Origin;
  /** The published rule behind the diagnostic. */
  url?: string;
  /** The rule's page in docs/rules/: what it means, an example, and how to fix it (also `agentshelf rules <id>`). */
  docs?: string;
  actual?: unknown;
  expected?: unknown;
}

/** Where a diagnostic is about. */
export interface Subject {
  productId?: string;
  variantId?: string;
  channel?: string;
  origin?: Origin;
}

/** Anything that accepts diagnostics: a run's report, a product's collector, a test's array. */
export interface DiagnosticSink {
  report(diagnostic: Diagnostic): void;
}

/** RFC 6901: `~` and `/` are escaped in each reference token. */
export function pointer(...tokens: Array<string | number>): string {
  let out = '';
  for (const token of tokens) out += '/' + String(token).replace(/~/g, '~0').replace(/\//g, '~1');
  return out;
}
