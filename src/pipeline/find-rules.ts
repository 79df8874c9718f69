import { AgentshelfError } from '../model/errors.js';
import type { Rule } from '../model/rule.js';
import { closest } from '../model/closest-name.js';

/**
 * The rules a name picks out: one rule by its id, or every rule of an area (the part of ids before the slash). An unknown name
 * is a usage error that names the closest id or area, as the config's "rules" does.
 */
export function findRules(rules: readonly Rule[], name: string): { rules: readonly Rule[]; exact: boolean } {
  const wanted = name.trim().toLowerCase();
  const exact = rules.find((rule) => rule.meta.id === wanted);
  if (exact) return { rules: [exact], exact: true };
  const area = rules.filter((rule) => rule.meta.id.split('/')[0] === wanted.replace(/\/$/, ''));
  if (area.length > 0) return { rules: area, exact: false };
  const names = [...new Set(rules.flatMap((rule) => [rule.meta.id, rule.meta.id.split('/')[0]!]))];
  const near = closest(wanted, names);
  const hint = near ? ` Did you mean "${near}"?` : '';
  throw new AgentshelfError('E_USAGE', `No rule or area is named "${name}".${hint} agentshelf rules lists them all.`);
}
