import type { BuildOptions } from './options.js';
import { checkRuleOverrides } from './rule-overrides.js';

/** How a build's or validate's report is kept: the config's severity overrides, and how many info findings it lists per rule. */
export function reportOptionsOf(options: BuildOptions): { overrides: ReturnType<typeof checkRuleOverrides>; infoPerRule?: number } {
  return { overrides: checkRuleOverrides(options.config.rules), ...(options.infoPerRule !== undefined ? { infoPerRule: options.infoPerRule } : {}) };
}
