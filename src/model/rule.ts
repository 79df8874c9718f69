import type { Diagnostic, DiagnosticKind, Severity, Subject } from './diagnostic.js';

export interface RuleMeta {
  /** Permanent id, `<area>/<rule>`: once published it never changes meaning. */
  id: string;
  /** What the rule checks, one sentence: it is listed by `agentshelf rules`. */
  description: string;
  severity: Severity;
  /** Defaults to `problem`. Enrichment rules that change a value are `enriched`. */
  kind?: DiagnosticKind;
  /** The published spec section behind the rule. Rules of our own making omit it and link to their page in docs/rules/. */
  url?: string;
  /** How to make the finding go away: the config key, flag or catalog change, said once when most items share it. */
  fix?: string;
  /**
   * Fixes that depend on where the finding points, by pointer pattern with `*` for an array index
   * (`/url`, or `/variants/*` then `/availability` for a variant's field); `fix` covers the other places.
   */
  fixByPointer?: Readonly<Record<string, string>>;
  /**
   * One concrete case, shown by `agentshelf rules <id>` and on the rule's page in docs/rules/: what the input
   * held and the message the rule gives for it (as the code words it, with the example's values filled in).
   */
  example?: RuleExample;
}

export interface RuleExample {
  /** The input that triggers the rule: a short fragment of a catalog, an export, the config, or one sentence for a situation. */
  input: string;
  /** The diagnostic message the rule writes for that input. */
  finding: string;
}

/**
 * Where the rules are documented, one page each (docs/rules/<area>/<rule>.md, generated from the registry with
 * the rule's meaning, source, example and fix). The package ships the same pages in its docs/ folder.
 */
export const RULE_DOCS_URL = 'https://github.com/agentshelf/agentshelf/blob/main/docs/rules/';

/** The page of a rule: ids are `<area>/<rule>`, so the page is docs/rules/<area>/<rule>.md. */
export function ruleDocsUrl(id: string): string {
  return `${RULE_DOCS_URL}${id}.md`;
}

/** The pattern of a pointer: array indices of the variants become `*`, so all variants share one pattern. */
export function pointerPattern(pointer: string): string {
  return pointer.replace(/\/variants\/\d+(?=\/|$)/, '/variants/*');
}

/** The fix for a finding of the rule at `pointer`, when the rule names one. */
export function fixFor(meta: Pick<RuleMeta, 'fix' | 'fixByPointer'>, pointer: string | undefined): string | undefined {
  return (pointer !== undefined ? meta.fixByPointer?.[pointerPattern(pointer)] : undefined) ?? meta.fix;
}

export interface RuleDetail {
  message: string;
  pointer?: string;
  actual?: unknown;
  expected?: unknown;
  /** Rare: a finding worth a different severity than the rule's default. */
  severity?: Severity;
}

export interface Rule {
  /** The rule's metadata; `url` is its spec section, or its own page for rules of our own making; `docs` is its page. */
  readonly meta: Readonly<RuleMeta & { url: string; docs: string }>;
  /** Builds a diagnostic stamped with the rule's id, severity, kind and URL. */
  diagnostic(subject: Subject, detail: RuleDetail): Diagnostic;
}

export function defineRule(meta: RuleMeta): Rule {
  const frozen = Object.freeze({ ...meta, url: meta.url ?? ruleDocsUrl(meta.id), docs: ruleDocsUrl(meta.id) });
  return {
    meta: frozen,
    diagnostic(subject, detail) {
      const d: Diagnostic = {
        ruleId: frozen.id,
        severity: detail.severity ?? frozen.severity,
        kind: frozen.kind ?? 'problem',
        message: detail.message,
      };
      if (subject.productId !== undefined) d.productId = subject.productId;
      if (subject.variantId !== undefined) d.variantId = subject.variantId;
      if (subject.channel !== undefined) d.channel = subject.channel;
      if (detail.pointer !== undefined) d.pointer = detail.pointer;
      if (subject.origin !== undefined) d.origin = subject.origin;
      d.url = frozen.url;
      d.docs = frozen.docs;
      if (detail.actual !== undefined) d.actual = detail.actual;
      if (detail.expected !== undefined) d.expected = detail.expected;
      return d;
    },
  };
}

/** Whether a module export is a rule (defineRule's result). */
export function isRule(value: unknown): value is Rule {
  const rule = value as Partial<Rule> | null;
  return typeof rule === 'object' && rule !== null && typeof rule.diagnostic === 'function' && typeof rule.meta === 'object';
}
