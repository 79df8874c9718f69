import { closest } from '../model/closest-name.js';
import type { RuleSeverity } from '../model/resolved-config.js';
import { AgentshelfError } from '../model/errors.js';
import type { Severity } from '../model/diagnostic.js';
import type { SeverityOverrides } from '../model/severity-overrides.js';
import { ALL_RULES, CATALOG_RULES } from './rule-registry.js';

/**
 * Checks the config's "rules" against the rule registry and returns them as overrides. Refused, with the
 * reason: an unknown id (with the closest known one); lowering a rule whose error leaves an item out (the
 * item could not be published either way, and the report would hide that); raising a channel, parity or
 * link rule to error (those rules do not decide what a channel writes, so an error there would only be a label).
 */
export function checkRuleOverrides(rules: Readonly<Record<string, RuleSeverity>>, source = 'config'): SeverityOverrides {
  const byId = new Map(ALL_RULES.map((rule) => [rule.meta.id, rule]));
  const catalog = new Set(CATALOG_RULES.map((rule) => rule.meta.id));
  const problems: string[] = [];
  const overrides = new Map<string, Severity | 'off'>();
  for (const [id, severity] of Object.entries(rules)) {
    const rule = byId.get(id);
    if (!rule) {
      const near = closest(id, byId.keys());
      const hint = near ? ` Did you mean "${near}"?` : '';
      problems.push(`  /rules/${id}: no rule has this id.${hint} agentshelf rules lists them.`);
      continue;
    }
    if (rule.meta.severity === 'error' && severity !== 'error') {
      problems.push(`  /rules/${id}: an error of this rule leaves the item out, so it cannot be set to "${severity}": the item could not be published either way.`);
      continue;
    }
    if (severity === 'error' && rule.meta.severity !== 'error' && !catalog.has(id)) {
      problems.push(`  /rules/${id}: only catalog rules can be raised to error (a channel, parity or link rule does not decide what is written).`);
      continue;
    }
    overrides.set(id, severity);
  }
  if (problems.length > 0) throw new AgentshelfError('E_CONFIG_INVALID', `${source} has invalid rule severities:\n${problems.join('\n')}`);
  return overrides;
}
