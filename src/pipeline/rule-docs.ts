import type { Rule } from '../model/rule.js';

/**
 * The rule pages: docs/rules/README.md lists every rule, and docs/rules/<area>/<rule>.md explains one (its
 * meaning, source, an example and the fix), all from the rules' metadata, so the pages cannot drift from the
 * code. `agentshelf rules <id>` prints the same facts as text (ruleText).
 */
export interface RuleDocsInput {
  rules: readonly Rule[];
  /** The ids of catalog rules: only these can be raised to error in the config's "rules". */
  catalogRuleIds: ReadonlySet<string>;
}

const REGENERATE = 'Generated from the rules\' metadata (`src/**/rules*.ts`); do not edit by hand: run `UPDATE_DOCS=1 npx vitest run src/pipeline/rule-registry.test.ts`.';

/** Every page by its path under docs/rules/, the index first. */
export function renderRulePages(input: RuleDocsInput): Map<string, string> {
  const rules = [...input.rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id));
  const pages = new Map<string, string>([['README.md', renderIndex(rules)]]);
  for (const rule of rules) pages.set(`${rule.meta.id}.md`, renderPage(rule, input.catalogRuleIds.has(rule.meta.id)));
  return pages;
}

function renderIndex(rules: readonly Rule[]): string {
  const lines = [
    '# agentshelf rules',
    '',
    'Every diagnostic names one of these rules by its permanent id, and links to the rule\'s page here: what it means, where the requirement comes from, an example, and how to fix it. `agentshelf rules <id>` prints the same in a terminal.',
    '',
    'Severity `error` leaves the product or variant out (of every output for catalog rules, of one channel for channel rules); `warning` and `info` publish. Kind `enriched` means agentshelf changed or derived a value and says so.',
    '',
    REGENERATE,
    '',
  ];
  let area = '';
  for (const rule of rules) {
    const prefix = areaOf(rule.meta.id);
    if (prefix !== area) {
      // A table ends at the blank line before the next area's heading.
      lines.push(...(area ? [''] : []), `## ${prefix}`, '', '| rule | severity | what it checks |', '|---|---|---|');
      area = prefix;
    }
    lines.push(`| [${rule.meta.id}](${rule.meta.id}.md) | ${severityLabel(rule)} | ${cell(rule.meta.description)} |`);
  }
  return [...lines, ''].join('\n');
}

function renderPage(rule: Rule, isCatalogRule: boolean): string {
  const { meta } = rule;
  const lines = [`# ${meta.id}`, '', meta.description, '', '| | |', '|---|---|', `| severity | ${severityLabel(rule)} |`];
  if (isOwnRule(rule)) lines.push('| source | agentshelf\'s own rule (no outside specification) |');
  else lines.push(`| source | <${meta.url}> |`);
  lines.push('');
  if (meta.example) {
    lines.push('## Example', '', 'Input:', '', ...fenced(meta.example.input), '', 'Finding:', '', ...fenced(meta.example.finding), '');
  }
  lines.push('## How to fix', '');
  if (meta.fix) lines.push(meta.fix, '');
  for (const [at, fix] of Object.entries(meta.fixByPointer ?? {})) lines.push(`- at \`${at}\`: ${fix}`);
  if (meta.fixByPointer) lines.push('');
  lines.push('## Severity', '', severityText(rule, isCatalogRule), '', '---', '', `[All rules](${'../'.repeat(meta.id.split('/').length - 1)}README.md). ${REGENERATE}`, '');
  return lines.join('\n');
}

/** The rule as `agentshelf rules <id>` prints it. */
export function ruleText(rule: Rule, isCatalogRule: boolean): string {
  const { meta } = rule;
  const lines = [meta.id, '', wrap(meta.description), '', `severity  ${severityLabel(rule)}`, `source    ${isOwnRule(rule) ? 'agentshelf\'s own rule' : meta.url}`, `docs      ${meta.docs}`, ''];
  if (meta.example) lines.push('Example', ...labelled('input', meta.example.input), ...labelled('finding', meta.example.finding), '');
  lines.push('How to fix');
  if (meta.fix) lines.push(...indent(meta.fix));
  for (const [at, fix] of Object.entries(meta.fixByPointer ?? {})) lines.push(...indent(`at ${at}: ${fix}`));
  lines.push('', 'Severity', ...indent(severityText(rule, isCatalogRule).replace(/`/g, '')), '');
  return lines.join('\n');
}

function severityText(rule: Rule, isCatalogRule: boolean): string {
  const { id, severity } = rule.meta;
  if (severity === 'error') return 'An error leaves the item out, so this rule cannot be lowered in the config: the item could not be published either way.';
  const choices = ['"off"', '"info"', '"warning"', ...(isCatalogRule ? ['"error"'] : [])].filter((s) => s !== `"${severity}"`);
  const raise = isCatalogRule ? ' Raised to "error", it leaves the item out of every output.' : ' It is not a catalog rule, so it cannot be raised to "error".';
  return `Set it for a shop in the config's \`rules\`, to ${choices.join(', ')}: \`"rules": { "${id}": ${choices[0]} }\`.${raise}`;
}

function severityLabel(rule: Rule): string {
  return `${rule.meta.severity}${rule.meta.kind === 'enriched' ? ' (enriched)' : ''}`;
}

/** Rules of our own making have no outside spec: their url is their own page. */
function isOwnRule(rule: Rule): boolean {
  return rule.meta.url === rule.meta.docs;
}

function areaOf(id: string): string {
  return id.split('/')[0]!;
}

/** A table cell: pipes would end the cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** A code block long enough to hold any backticks in the text. */
function fenced(text: string): string[] {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return [`${fence}text`, text, fence];
}

/** `  label    text`, the text wrapped and aligned under itself. */
function labelled(label: string, text: string): string[] {
  return wrap(text, 88)
    .split('\n')
    .map((line, i) => `  ${(i === 0 ? label : '').padEnd(9)}${line}`);
}

function indent(text: string): string[] {
  return wrap(text, 96).split('\n').map((line) => `  ${line}`);
}

/** Wraps at word boundaries for a terminal; a long word (a URL) stays whole. */
function wrap(text: string, width = 100): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}
