import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-cli.js';
import { assertBuilt } from './built-package.js';
import { extractBlocks } from './markdown-blocks.js';
import { cliProblem, commandsOf, npmProblem, parseWithCli } from './shell-commands.js';

const commands = (lang: string, ...lines: string[]) => commandsOf(extractBlocks(['```' + lang, ...lines, '```'].join('\n'), 'a.md')[0]!);

describe('commandsOf', () => {
  it.each([
    ['a plain line, with its comment dropped', 'sh', ['agentshelf build -c shop.json   # writes public/'], [['agentshelf', 'build', '-c', 'shop.json']]],
    ['npx with its flags', 'sh', ['npx --no-install agentshelf verify --out public'], [['agentshelf', 'verify', '--out', 'public']]],
    ['commands joined by && and ;', 'sh', ['npm ci && npm run demo; agentshelf rules'], [['npm', 'ci'], ['npm', 'run', 'demo'], ['agentshelf', 'rules']]],
    ['environment assignments and a prompt', 'console', ['$ NO_COLOR=1 agentshelf rules --json > rules.json'], [['agentshelf', 'rules', '--json']]],
    ['quoted words', 'sh', ['agentshelf init --from x.csv --name "Alder & Pine" --yes'], [['agentshelf', 'init', '--from', 'x.csv', '--name', 'Alder & Pine', '--yes']]],
    ['a continued line', 'sh', ['agentshelf build \\', '  --strict'], [['agentshelf', 'build', '--strict']]],
    ['a crontab line', 'cron', ['17 * * * *  cd /srv/shop && npx --no-install agentshelf build -q'], [['agentshelf', 'build', '-q']]],
    ['a systemd ExecStart', 'ini', ['[Service]', 'ExecStart=/usr/bin/npx --no-install agentshelf serve --dir /srv/public'], [['agentshelf', 'serve', '--dir', '/srv/public']]],
    ['other programs, left out', 'sh', ['curl -sSI https://shop.example/', 'npx vitest run'], []],
  ])('reads %s', (_, lang, lines, expected) => {
    expect(commands(lang, ...lines).map((command) => command.words)).toEqual(expected);
  });

  it('places each command at its line of the Markdown file', () => {
    expect(commands('sh', 'npm ci', '', 'agentshelf rules').map((command) => command.at)).toEqual(['a.md:2', 'a.md:4']);
  });
});

describe('npmProblem', () => {
  it('accepts a script package.json has and refuses one it has not', () => {
    const [good, bad] = commands('sh', 'npm run lint', 'npm run lnt');
    expect(npmProblem(good!, { lint: 'eslint .' })).toBeUndefined();
    expect(npmProblem(bad!, { lint: 'eslint .' })).toBe('a.md:3: `npm run lnt`: package.json has no script "lnt"');
  });
});

describe('parseWithCli', () => {
  it('accepts what the CLI accepts and refuses the rest, running no command', async () => {
    assertBuilt(ROOT);
    // Each line, and the word the refusal must name (undefined: the CLI accepts it).
    const cases: Array<[string, string | undefined]> = [
      ['agentshelf build -c shop.json --wait 900 -q', undefined],
      ['agentshelf serve --dir public --port 8080', undefined],
      ['agentshelf --help', undefined],
      ['agentshelf build --bogus', 'bogus'],
      ['agentshelf build --threads 0', 'threads'],
      ['agentshelf build --out a --site b', 'site'],
      ['agentshelf serve', 'dir'],
      ['agentshelf biuld', 'biuld'],
    ];
    const parsed = cases.flatMap(([line]) => commands('sh', line));
    const results = await parseWithCli(parsed.map((command) => command.words.slice(1)), ROOT);
    // The accepted lines reached their command's handler, which did not run: nothing was built or served.
    expect(results.slice(0, 3).map((result) => result.reached)).toEqual([['build'], ['serve'], []]);
    cases.forEach(([line, word], i) => {
      const problem = cliProblem(parsed[i]!, results[i]!);
      if (word === undefined) expect(problem, line).toBeUndefined();
      else expect(problem, line).toMatch(new RegExp(`^a\\.md:2: \`${line}\` is refused by the CLI: .*${word}`));
    });
  });
});
