import type { CommandModule } from 'yargs';
import { EXIT_CODES_HELP, EXIT_OK } from '../exit-codes.js';
import { colors } from '../output.js';

/** Lists every rule with its id, severity and source: what a diagnostic's ruleId means. */
export function rulesCommand(setExit: (code: number) => void): CommandModule<object, { json: boolean }> {
  return {
    command: 'rules',
    describe: 'List every rule agentshelf reports with, by id',
    builder: (y) =>
      y
        .option('json', { type: 'boolean', default: false, describe: 'Print the rules as JSON' })
        .example('$0 rules', 'list the rules')
        .example('$0 rules --json | jq \'.[] | select(.severity == "error")\'', 'the rules that leave items out')
        .epilogue(EXIT_CODES_HELP) as never,
    handler: async (args) => {
      const { ALL_RULES } = await import('../../pipeline/rule-registry.js');
      const rules = ALL_RULES.map((r) => ({ ...r.meta, kind: r.meta.kind ?? 'problem' }));
      if (args.json) process.stdout.write(`${JSON.stringify(rules, null, 2)}\n`);
      else {
        const c = colors(Boolean(process.stdout.isTTY) && !process.env.NO_COLOR);
        for (const rule of rules) {
          const severity = rule.severity === 'error' ? c.red(rule.severity.padEnd(7)) : rule.severity === 'warning' ? c.yellow(rule.severity.padEnd(7)) : rule.severity.padEnd(7);
          process.stdout.write(`${c.bold(rule.id.padEnd(34))} ${severity} ${rule.description}\n`);
        }
      }
      setExit(EXIT_OK);
    },
  };
}
