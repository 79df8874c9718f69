import type { Rule } from '../model/rule.js';

/** docs/rules.md: every rule with its id, severity, kind and source, generated from the registry. */
export function renderRuleDocs(rules: readonly Rule[]): string {
  const lines = [
    '# agentshelf rules',
    '',
    'Every diagnostic names one of these rules by its permanent id. Generated from `src/pipeline/rule-registry.ts`; do not edit by hand (run `UPDATE_DOCS=1 npx vitest run src/pipeline/rule-registry.test.ts`).',
    '',
    'Severity `error` leaves the product or variant out (of every output for model rules, of one channel for channel rules); `warning` and `info` publish. Kind `enriched` means agentshelf changed a value and says so.',
    '',
  ];
  let area = '';
  for (const rule of [...rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id))) {
    const [prefix] = rule.meta.id.split('/');
    if (prefix !== area) {
      area = prefix!;
      lines.push(`## ${area}`, '');
    }
    lines.push(`### ${rule.meta.id}`, '');
    lines.push(`${rule.meta.description}`, '');
    lines.push(`- severity: ${rule.meta.severity}${rule.meta.kind === 'enriched' ? ' (enriched)' : ''}`);
    if (!rule.meta.url.includes('/docs/rules.md')) lines.push(`- source: ${rule.meta.url}`);
    if (rule.meta.fix) lines.push(`- fix: ${rule.meta.fix}`);
    for (const [at, fix] of Object.entries(rule.meta.fixByPointer ?? {})) lines.push(`- fix at \`${at}\`: ${fix}`);
    lines.push('');
  }
  return lines.join('\n');
}
