/**
 * Reading robots.txt the way RFC 9309 crawlers do (https://www.rfc-editor.org/rfc/rfc9309), to see what an
 * existing file already says to the agents agentshelf writes groups for, and to check the merged result:
 *
 * - §2.1/§2.2: a group is one or more `user-agent` lines followed by `allow`/`disallow` rules; a `user-agent`
 *   line after a rule starts a new group. Keys are case-insensitive, `#` starts a comment, blank lines and other
 *   records (`sitemap`, `crawl-delay`, …, §2.2.4) do not end a group. Rules before any group are ignored.
 * - §2.2.1: a crawler matches its product token case-insensitively; every group naming it is combined; with
 *   none, it obeys the `*` groups; with none of those either, everything is allowed.
 * - §2.2.2/§2.2.3: the rule with the longest matching path wins, `allow` on a tie; `*` matches any characters
 *   and a final `$` anchors the end. /robots.txt itself is always allowed.
 */

export interface RobotsRule {
  allow: boolean;
  path: string;
  /** 1-based line in the file. */
  line: number;
}

export interface RobotsGroup {
  /** The user-agent values as written. */
  agents: string[];
  rules: RobotsRule[];
  line: number;
}

export interface ParsedRobots {
  groups: RobotsGroup[];
}

/** RFC 9309 §2.2: a record is `key: value`, the key case-insensitive, with optional whitespace around both. */
const RECORD = /^\s*([A-Za-z-]+)\s*:\s*(.*?)\s*$/;

export function parseRobotsTxt(text: string): ParsedRobots {
  const groups: RobotsGroup[] = [];
  let current: RobotsGroup | undefined;
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  for (const [index, raw] of lines.entries()) {
    const hash = raw.indexOf('#');
    const record = RECORD.exec(hash === -1 ? raw : raw.slice(0, hash));
    if (!record) continue;
    const key = record[1]!.toLowerCase();
    const value = record[2]!;
    if (key === 'user-agent') {
      if (!current || current.rules.length > 0) {
        current = { agents: [], rules: [], line: index + 1 };
        groups.push(current);
      }
      current.agents.push(value);
    } else if ((key === 'allow' || key === 'disallow') && current && value !== '') {
      // An empty path matches nothing (§2.2.2), so it is no rule at all.
      current.rules.push({ allow: key === 'allow', path: value, line: index + 1 });
    }
  }
  return { groups };
}

/** The groups that name `token` (case-insensitive, §2.2.1), without falling back to `*`. */
export function groupsNaming(parsed: ParsedRobots, token: string): RobotsGroup[] {
  const wanted = token.toLowerCase();
  return parsed.groups.filter((g) => g.agents.some((a) => a.toLowerCase() === wanted));
}

/** The rules a crawler with this product token obeys: its own groups combined, else the `*` groups. */
export function rulesFor(parsed: ParsedRobots, token: string): RobotsRule[] {
  const own = groupsNaming(parsed, token);
  return (own.length > 0 ? own : groupsNaming(parsed, '*')).flatMap((g) => g.rules);
}

/** A path pattern as a regular expression: `*` is any characters, a final `$` the end (§2.2.3). */
function patternRegExp(path: string): RegExp {
  const anchored = path.endsWith('$');
  const body = (anchored ? path.slice(0, -1) : path)
    .split('*')
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}${anchored ? '$' : ''}`);
}

export interface Verdict {
  allowed: boolean;
  /** The rule that decided, when one matched. */
  rule?: RobotsRule;
}

/** Whether `token` may fetch `path` (a path with its query, percent-encoded as the file writes it). */
export function verdict(parsed: ParsedRobots, token: string, path: string): Verdict {
  if (path === '/robots.txt') return { allowed: true };
  let best: RobotsRule | undefined;
  for (const rule of rulesFor(parsed, token)) {
    if (!patternRegExp(rule.path).test(path)) continue;
    if (!best || rule.path.length > best.path.length || (rule.path.length === best.path.length && rule.allow && !best.allow)) best = rule;
  }
  return best ? { allowed: best.allow, rule: best } : { allowed: true };
}
