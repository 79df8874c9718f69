import type { Diagnostic, Severity } from './diagnostic.js';

/** The merchant's severity for a rule id (the config's "rules"): a severity, or "off" to drop its findings. */
export type SeverityOverrides = ReadonlyMap<string, Severity | 'off'>;

export const NO_OVERRIDES: SeverityOverrides = new Map();

/**
 * A diagnostic with the merchant's severity for its rule, or undefined when the rule is off. Applying it twice
 * gives the same result, so every stage that decides on severity (a product's scope, the run report) can.
 */
export function applySeverityOverride(diagnostic: Diagnostic, overrides: SeverityOverrides): Diagnostic | undefined {
  const severity = overrides.get(diagnostic.ruleId);
  if (severity === undefined || severity === diagnostic.severity) return diagnostic;
  if (severity === 'off') return undefined;
  return { ...diagnostic, severity };
}
