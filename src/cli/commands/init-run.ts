import { createInterface } from 'node:readline/promises';
import { AgentshelfError } from '../../model/errors.js';
import { detectShop, type ShopFacts } from '../../pipeline/init/detect-shop.js';
import { answersFromFacts, REQUIRED_ANSWERS, writeInitConfig, type DefaultAnswers, type ShopAnswers } from '../../pipeline/init/init-config.js';
import { DEFAULT_CONFIG } from '../common-options.js';
import { EXIT_OK } from '../exit-codes.js';
import { colors } from '../output.js';
import type { InitArgs } from './init.js';

const QUESTIONS: Readonly<Record<keyof ShopAnswers, { flag: string; ask: string }>> = {
  name: { flag: '--name', ask: 'Shop name' },
  url: { flag: '--url', ask: 'Shop URL (https://…/)' },
  currency: { flag: '--currency', ask: 'Currency of the prices (ISO 4217, e.g. USD)' },
  country: { flag: '--country', ask: 'Country the shop sells to (ISO 3166, e.g. US)' },
  language: { flag: '--language', ask: 'Language of the product texts (e.g. en)' },
};

/** init, loaded only when it runs: detect what the export states, ask or take flags for the rest, write the config. */
export async function runInit(args: InitArgs): Promise<number> {
  const c = colors();
  const facts = await detectShop({ path: args.from, ...(args.format ? { format: args.format } : {}) });
  if (facts.records === 0) throw new AgentshelfError('E_SOURCE_EMPTY', `No product could be read from ${args.from} (read as ${facts.format}); check the file, or name its format with --format.`);
  const shop = await answer(args, facts);
  const defaults: DefaultAnswers = {};
  if (args.brand !== undefined) defaults.brand = args.brand;
  if (args.productUrl !== undefined) defaults.productUrl = args.productUrl;
  if (args.backorderLeadDays !== undefined) defaults.backorderLeadDays = args.backorderLeadDays;
  await writeInitConfig({ facts, from: args.from, configPath: args.config, shop, defaults }, { force: args.force });
  const lines = [c.bold('agentshelf init'), `  read       ${args.from} as ${facts.format}: ${facts.records.toLocaleString('en-US')} product(s)`];
  if (facts.shopUrl) lines.push(`  shop URL   ${facts.shopUrl.value} (from ${facts.shopUrl.from})`);
  if (facts.currency) lines.push(`  currency   ${facts.currency.value} (from ${facts.currency.from})`);
  if (facts.withoutUrl > 0) lines.push(`  URLs       ${facts.withoutUrl} product(s) have none in the export: see "defaults.productUrl" in the config`);
  lines.push(c.green(`  wrote      ${args.config}`), `  next       agentshelf build${args.config === DEFAULT_CONFIG ? '' : ` --config ${args.config}`}`);
  process.stderr.write(`${lines.join('\n')}\n`);
  return EXIT_OK;
}

/** Flags first, then what the data states (asked to confirm on a terminal unless --yes), then questions. */
async function answer(args: InitArgs, facts: ShopFacts): Promise<ShopAnswers> {
  const stated = answersFromFacts(facts);
  const interactive = Boolean(process.stdin.isTTY && process.stderr.isTTY) && !args.yes;
  const out: Partial<ShopAnswers> = {};
  const missing: string[] = [];
  const prompt = interactive ? createInterface({ input: process.stdin, output: process.stderr }) : undefined;
  try {
    for (const key of REQUIRED_ANSWERS) {
      const given = args[key] ?? (!interactive ? stated[key] : undefined);
      if (given !== undefined) {
        out[key] = given;
        continue;
      }
      if (!prompt) {
        missing.push(`${QUESTIONS[key].flag} (${QUESTIONS[key].ask.toLowerCase()})`);
        continue;
      }
      const suggestion = stated[key];
      const reply = (await prompt.question(`${QUESTIONS[key].ask}${suggestion ? ` [${suggestion}]` : ''}: `)).trim();
      if (reply !== '') out[key] = reply;
      else if (suggestion !== undefined) out[key] = suggestion;
      else missing.push(QUESTIONS[key].flag);
    }
  } finally {
    prompt?.close();
  }
  if (missing.length > 0) {
    throw new AgentshelfError('E_USAGE', `The export does not state everything a config needs; give ${missing.join(', ')}.`);
  }
  return out as ShopAnswers;
}
