import type { ResolvedConfig } from '../../model/resolved-config.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { SEARCH_AGENTS, TRAINING_CRAWLERS } from './agents.js';
import { groupsNaming, verdict, type ParsedRobots } from './robots-txt.js';
import { robotsExistingGroupConflict, robotsGroupCrossesSection, robotsStarGroupOverridden } from './rules.js';

const SUBJECT = { channel: 'robots' };

interface Intent {
  token: string;
  /** Whether the root may be crawled. */
  root: boolean;
}

function intents(config: ResolvedConfig, disallow: string[]): Intent[] {
  // A disallow path of "/" closes the whole site to every crawler, whatever the policies say.
  const open = !disallow.includes('/');
  return [
    ...SEARCH_AGENTS.map((a) => ({ token: a.token, root: open && config.robots.searchAgents === 'allow' })),
    ...TRAINING_CRAWLERS.map((a) => ({ token: a.token, root: open && config.robots.training === 'allow' })),
    { token: '*', root: open },
  ];
}

/**
 * Groups that run across the section's first or last line (1-based, inclusive): the site's user-agent lines with
 * no rule just before the section take the section's first rules, and rules just after it join its last group
 * (RFC 9309 §2.1: a group is its user-agent lines and the rules up to the next user-agent line).
 */
export function checkSectionBoundaries(written: ParsedRobots, section: { first: number; last: number }): Diagnostic[] {
  const crossing = written.groups.filter((g) => {
    const lines = [g.line, ...g.rules.map((r) => r.line)];
    const inside = lines.some((l) => l >= section.first && l <= section.last);
    const outside = lines.some((l) => l < section.first || l > section.last);
    return inside && outside;
  });
  return crossing.map((g) =>
    robotsGroupCrossesSection.diagnostic(SUBJECT, {
      message: `The group starting at line ${g.line} (${g.agents.join(', ')}) runs ${g.line < section.first ? "into agentshelf's section" : "out of agentshelf's section"}.`,
      actual: { line: g.line, userAgents: g.agents },
    }),
  );
}

/**
 * Reads the written robots.txt back as a crawler would (RFC 9309) and compares, for every configured crawler and
 * `*`, what it may fetch with what the robots settings ask: the root as searchAgents/training say, and none of
 * the disallow paths. A difference can only come from the site's own groups (agentshelf never loosens them), so
 * it is reported against the crawler, with the line of the site's rule that decided. For crawlers the site did
 * not name, a site-wide block that agentshelf's group lifts is reported too, as information.
 */
export function checkRobots(config: ResolvedConfig, written: ParsedRobots, disallow: string[], before?: ParsedRobots): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const lifted: string[] = [];
  for (const intent of intents(config, disallow)) {
    const wrong: Array<{ path: string; allowed: boolean; line?: number }> = [];
    for (const [path, allowed] of [['/', intent.root] as const, ...disallow.map((p) => [p, false] as const)]) {
      if (path === '/' && intent.token === '*' && before && groupsNaming(before, '*').length > 0) continue; // the site's * group decides its root
      const actual = verdict(written, intent.token, path);
      if (actual.allowed !== allowed) wrong.push({ path, allowed: actual.allowed, ...(actual.rule ? { line: actual.rule.line } : {}) });
    }
    if (wrong.length > 0) {
      diagnostics.push(
        robotsExistingGroupConflict.diagnostic(SUBJECT, {
          message: `The site's own rules still decide for ${intent.token}: ${wrong.map((w) => `${w.path} is ${w.allowed ? 'allowed' : 'disallowed'}${w.line ? ` (line ${w.line})` : ''}`).join(', ')}.`,
          actual: { userAgent: intent.token, paths: wrong },
          expected: { root: intent.root ? 'allowed' : 'disallowed', disallow },
        }),
      );
    }
    if (before && intent.token !== '*' && intent.root && groupsNaming(before, intent.token).length === 0 && !verdict(before, intent.token, '/').allowed) {
      lifted.push(intent.token);
    }
  }
  if (lifted.length > 0) {
    diagnostics.push(
      robotsStarGroupOverridden.diagnostic(SUBJECT, {
        message: `The site's User-agent: * group blocks the root; agentshelf's groups let ${lifted.join(', ')} in, as the robots settings ask.`,
        actual: lifted,
      }),
    );
  }
  return diagnostics;
}
