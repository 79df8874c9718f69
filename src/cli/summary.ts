import { relative } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import type { RunResult } from '../pipeline/run-result.js';
import type { Colors } from './output.js';
import { ERROR_CODES } from '../model/errors.js';

function where(d: Diagnostic): string {
  const parts: string[] = [];
  if (d.productId !== undefined) parts.push(d.variantId !== undefined && d.variantId !== d.productId ? `${d.productId} (${d.variantId})` : d.productId);
  else if (d.origin) parts.push(`${d.origin.file}${d.origin.line !== undefined ? `:${d.origin.line}` : ''}`);
  if (d.pointer) parts.push(d.pointer);
  return parts.join(' ');
}

/** The human summary printed to stderr after a run. */
export function formatSummary(result: RunResult, options: { command: 'build' | 'validate' | 'verify' | 'check-links'; reportPath?: string; c: Colors; cwd?: string }): string {
  const { c, summary } = { c: options.c, summary: result.summary };
  const lines: string[] = [];
  const n = (x: number) => x.toLocaleString('en-US');
  lines.push(c.bold(`agentshelf ${options.command}`));
  if (options.command === 'build' || options.command === 'validate') lines.push(`  read       ${n(summary.products.read)} products, ${n(summary.variants.read)} variants${summary.unreadableRecords ? `, ${c.red(`${n(summary.unreadableRecords)} unreadable record(s)`)}` : ''}${summary.skippedRecords ? `, ${n(summary.skippedRecords)} skipped (not for sale)` : ''}`);
  const leftOut = summary.products.leftOut || summary.variants.leftOut ? c.yellow(` (left out: ${n(summary.products.leftOut)} products, ${n(summary.variants.leftOut)} variants)`) : '';
  if (options.command === 'build' || options.command === 'validate') lines.push(`  valid      ${n(summary.products.published)} products, ${n(summary.variants.published)} variants${leftOut}`);
  if (summary.channels.length > 0) lines.push(`  channels   ${summary.channels.map((ch) => `${ch.id} ${n(ch.items)}${ch.skipped ? c.yellow(` (${n(ch.skipped)} left out)`) : ''}`).join(' · ')}`);
  if (summary.parity) {
    const outputs = summary.parity.outputs.map((o) => o.channel).join(', ') || 'no offer outputs';
    lines.push(
      summary.parity.findings === 0
        ? `  parity     ${outputs} agree (${n(summary.parity.comparisons)} checks)`
        : c.red(`  parity     ${outputs} disagree: ${n(summary.parity.findings)} finding(s)`),
    );
  }
  if (summary.links) {
    const l = summary.links;
    lines.push(`  links      ${n(l.urls)} URLs: ${n(l.checked)} checked, ${n(l.fromCache)} from the cache${l.notChecked ? `, ${n(l.notChecked)} not checked` : ''}`);
  }
  const { error, warning, info } = summary.diagnostics;
  lines.push(`  findings   ${error ? c.red(`${n(error)} errors`) : '0 errors'} · ${warning ? c.yellow(`${n(warning)} warnings`) : '0 warnings'} · ${n(info)} info`);
  // A problem most of the catalog shares is said once, with its cause and fix, rather than as an example.
  const systemic = new Set(summary.systemic.map((f) => f.ruleId));
  for (const finding of summary.systemic) {
    const tag = finding.severity === 'error' ? c.red('error  ') : c.yellow('warning');
    const at = finding.pointer ? ` at ${finding.pointer}` : '';
    lines.push(`    ${tag} ${c.bold(finding.ruleId)}${at} on ${n(finding.count)} of ${n(finding.of)} ${finding.unit}${finding.cause ? `: ${finding.cause}` : ''}`);
    if (finding.fix) lines.push(`            ${c.green('fix:')} ${finding.fix}`);
    if (finding.docs) lines.push(c.dim(`            more: ${finding.docs}`));
  }
  const shown = summary.rules.filter((r) => r.severity !== 'info' && !systemic.has(r.ruleId)).slice(0, 12);
  for (const rule of shown) {
    const tag = rule.severity === 'error' ? c.red('error  ') : c.yellow('warning');
    const example = rule.examples[0]!;
    lines.push(`    ${tag} ${c.bold(rule.ruleId)} ×${n(rule.count)}  ${c.dim(where(example))}  ${example.message}`);
    if (example.docs) lines.push(c.dim(`            more: ${example.docs}`));
  }
  const hidden = summary.rules.filter((r) => r.severity !== 'info' && !systemic.has(r.ruleId)).length - shown.length;
  if (hidden > 0) lines.push(c.dim(`    … and ${hidden} more rule(s) with findings`));
  if (info > 0) lines.push(c.dim(`    info: ${summary.rules.filter((r) => r.severity === 'info').map((r) => `${r.ruleId} ×${n(r.count)}`).join(', ')}`));
  if (summary.rules.length > 0) lines.push(c.dim('    agentshelf rules <id> explains a rule: an example and how to fix it.'));
  const rel = (p: string) => {
    const r = relative(options.cwd ?? process.cwd(), p);
    return r === '' ? '.' : r.startsWith('..') ? p : r;
  };
  const changes = summary.changes;
  if (changes?.variants) {
    const v = changes.variants;
    const parts = [`${n(v.before)} → ${n(v.after)} variants`, `${n(v.added)} added`, `${n(v.removed)} removed`, `${n(v.priceChanged)} price change(s)`, `${n(v.availabilityChanged)} availability change(s)`];
    if (changes.newlyInvalid) parts.push(c.yellow(`${n(changes.newlyInvalid)} newly invalid`));
    lines.push(`  changes    ${parts.join(' · ')}`);
    const named = (label: string, ids: readonly string[]) => ids.length > 0 && lines.push(c.dim(`             ${label}: ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''}`));
    named('added', changes.examples.added);
    named('removed', changes.examples.removed);
    named('newly invalid', changes.examples.newlyInvalid);
  } else if (changes?.newlyInvalid) lines.push(`  changes    ${c.yellow(`${n(changes.newlyInvalid)} newly invalid`)}`);
  if (changes?.files) {
    const f = changes.files;
    const extra = [f.removed ? `${n(f.removed)} removed` : '', f.kept ? `${n(f.kept)} kept from channels that did not run` : '', f.notOurs ? `${n(f.notOurs)} not agentshelf's, kept` : ''].filter(Boolean);
    lines.push(`  files      ${n(f.written)} written, ${n(f.unchanged)} unchanged (not touched)${extra.length ? `, ${extra.join(', ')}` : ''}`);
  }
  if (changes?.rendering) {
    const { reused, rendered } = changes.rendering;
    lines.push(`  rendered   ${n(rendered)} product rendering(s) made, ${n(reused)} reused from the last run (unchanged products)`);
  }
  if (result.failure) lines.push(c.red(`  ${result.failure.code === 'E_PUBLISH_REFUSED' ? 'refused' : 'failed'}    ${result.failure.message}`));
  if (result.failure && Object.hasOwn(ERROR_CODES, result.failure.code)) lines.push(c.dim(`             what to do: ${ERROR_CODES[result.failure.code].todo}`));
  if (result.published && result.out) lines.push(c.green(`  published  ${rel(result.out)}/`));
  if (options.reportPath) lines.push(`  report     ${rel(options.reportPath)}`);
  return `${lines.join('\n')}\n`;
}
