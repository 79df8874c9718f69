import type { CommandModule } from 'yargs';
import { EXIT_CODES_HELP, EXIT_OK } from '../exit-codes.js';
import { colors } from '../output.js';

/**
 * `agentshelf rules` lists every rule; `agentshelf rules <id>` explains one (meaning, source, example, fix: the
 * facts of its page in docs/rules/); `agentshelf rules <area>` lists the rules of one area (google, price, …).
 */
export function rulesCommand(setExit: (code: number) => void): CommandModule<object, { json: boolean; id?: string }> {
  return {
    command: 'rules [id]',
    describe: 'List every rule agentshelf reports with, or explain one: what it means, its source, an example and the fix',
    builder: (y) =>
      y
        .positional('id', { type: 'string', describe: 'A rule id (google/title-too-long) or an area (google)' })
        .option('json', { type: 'boolean', default: false, describe: 'Print the rules as JSON' })
        .example('$0 rules', 'list the rules')
        .example('$0 rules price/too-precise', 'what the rule means, an example, and how to fix it')
        .example('$0 rules google', 'the rules of the Google feed')
        .example('$0 rules --json | jq \'.[] | select(.severity == "error")\'', 'the rules that leave items out')
        .epilogue(EXIT_CODES_HELP) as never,
    handler: async (args) => {
      const { ALL_RULES, CATALOG_RULES } = await import('../../pipeline/rule-registry.js');
      const { findRules } = await import('../../pipeline/find-rules.js');
      const { ruleText } = await import('../../pipeline/rule-docs.js');
      const found = args.id === undefined ? { rules: ALL_RULES, exact: false } : findRules(ALL_RULES, args.id);
      const c = colors(Boolean(process.stdout.isTTY) && !process.env.NO_COLOR);
      if (args.json) {
        const rules = found.rules.map((r) => ({ ...r.meta, kind: r.meta.kind ?? 'problem' }));
        process.stdout.write(`${JSON.stringify(found.exact ? rules[0] : rules, null, 2)}\n`);
      } else if (found.exact) {
        const catalog = new Set(CATALOG_RULES.map((r) => r.meta.id));
        const text = ruleText(found.rules[0]!, catalog.has(found.rules[0]!.meta.id));
        process.stdout.write(text.replace(/^(\S.*)$/gm, (line) => c.bold(line)));
      } else {
        for (const rule of found.rules) {
          const severity = rule.meta.severity === 'error' ? c.red(rule.meta.severity.padEnd(7)) : rule.meta.severity === 'warning' ? c.yellow(rule.meta.severity.padEnd(7)) : rule.meta.severity.padEnd(7);
          process.stdout.write(`${c.bold(rule.meta.id.padEnd(34))} ${severity} ${rule.meta.description}\n`);
        }
        if (!args.json && process.stdout.isTTY) process.stdout.write(c.dim('\nagentshelf rules <id> explains one rule: an example and how to fix it.\n'));
      }
      setExit(EXIT_OK);
    },
  };
}
