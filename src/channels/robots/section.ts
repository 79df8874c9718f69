import type { ResolvedConfig } from '../../model/resolved-config.js';
import type { ChannelLink } from '../channel.js';
import { feedLinks } from '../site-links.js';
import { Block, loadTemplate, type Dialect } from '../template.js';
import { SEARCH_AGENTS, TRAINING_CRAWLERS, type CrawlerToken } from './agents.js';
import { groupsNaming, type ParsedRobots, type RobotsRule } from './robots-txt.js';
import { robotsPath, sitemapUrl } from './robots-values.js';

/** robots.txt comments run to the end of the line (RFC 9309 §2.2): a value must only never break the line. */
const ROBOTS_DIALECT: Dialect = { text: (value) => value.replace(/[\r\n\u2028\u2029\u0085]+/g, ' ') };
const SECTION = loadTemplate('robots-section.txt', ROBOTS_DIALECT);

export interface SectionInput {
  config: ResolvedConfig;
  /** The files this run's channels write (ChannelContext.links): only they are named in the section. */
  links: readonly ChannelLink[];
  /**
   * The site's robots.txt outside agentshelf's section, parsed, when merging. Agents it already names keep their
   * groups: crawlers combine every group naming them (RFC 9309 §2.2.1), so agentshelf adds only restrictions for
   * them (it can never loosen the site's rules), and the check after merging reports where that falls short.
   */
  existing?: ParsedRobots;
}

export interface Section {
  /** The section, "\n" line endings, ending with "\n". */
  text: string;
  /** The disallow paths as written (percent-encoded), for the check after merging. */
  disallow: string[];
  /** Values that had to be encoded, for one diagnostic each. */
  encoded: Array<{ field: 'disallow' | 'sitemaps'; index: number; from: string; to: string }>;
}

interface GroupSpec {
  comments: string[];
  agents: string[];
  rules: string[];
}

/** "Allow: /" states the policy, unless "/" itself is a disallow path: Allow would win that tie (RFC 9309 §2.2.2). */
function allowRoot(disallow: string[]): string[] {
  return disallow.includes('/') ? [] : ['Allow: /'];
}

function ruleLine(rule: { allow: boolean; path: string }): string {
  return `${rule.allow ? 'Allow' : 'Disallow'}: ${rule.path}`;
}

function tokenComments(tokens: readonly CrawlerToken[]): string[] {
  return tokens.map((t) => `# ${t.token}: ${t.purpose} (${t.docs})`);
}

function groupLines(group: GroupSpec): string[] {
  return [...group.comments, ...group.agents.map((a) => `User-agent: ${a}`), ...group.rules, ''];
}

/**
 * The groups for one class of crawlers. Crawlers the site does not name get a full group: all allowed but the
 * disallow paths (plus the site's own `*` rules, which a crawler named in a group no longer reads), or all
 * disallowed. Crawlers the site names get only what narrows their access.
 */
function classGroups(label: string, tokens: readonly CrawlerToken[], policy: 'allow' | 'disallow', disallow: string[], existing: ParsedRobots | undefined, starRules: RobotsRule[]): GroupSpec[] {
  const named = tokens.filter((t) => existing && groupsNaming(existing, t.token).length > 0);
  const fresh = tokens.filter((t) => !named.includes(t));
  const groups: GroupSpec[] = [];
  if (fresh.length > 0) {
    const rules = policy === 'allow' ? [...allowRoot(disallow), ...disallow.map((p) => `Disallow: ${p}`)] : ['Disallow: /'];
    const comments = [`# ${label}: ${policy === 'allow' ? 'allowed, except the paths no crawler may fetch' : 'disallowed'}.`, ...tokenComments(fresh)];
    if (policy === 'allow' && starRules.length > 0) {
      // Paths this group already has a rule for keep agentshelf's rule (a site-wide "Disallow: /" is what the
      // allow policy lifts); the rest of the site's * rules still apply to these crawlers.
      const own = new Set(['/', ...disallow]);
      const carried = [...new Set(starRules.filter((r) => !own.has(r.path)).map(ruleLine))];
      if (carried.length > 0) {
        comments.push("# The site's own User-agent: * rules are repeated here: a crawler named in a group ignores the * group.");
        rules.push(...carried);
      }
    }
    groups.push({ comments, agents: fresh.map((t) => t.token), rules });
  }
  if (named.length > 0) {
    const rules = policy === 'allow' ? disallow.map((p) => `Disallow: ${p}`) : ['Disallow: /'];
    if (rules.length > 0) {
      groups.push({
        comments: [`# ${label} this robots.txt also names in its own groups: crawlers combine them, so only restrictions are added here.`, ...tokenComments(named)],
        agents: named.map((t) => t.token),
        rules,
      });
    }
  }
  return groups;
}

/** Builds agentshelf's section of robots.txt from the robots settings and, when merging, the site's own groups. */
export function buildSection({ config, existing, links }: SectionInput): Section {
  const { robots } = config;
  const encoded: Section['encoded'] = [];
  const disallow = robots.disallow.map((path, index) => {
    const { value, changed } = robotsPath(path);
    if (changed) encoded.push({ field: 'disallow', index, from: path, to: value });
    return value;
  });
  const sitemaps = robots.sitemaps.map((url, index) => {
    const { value, changed } = sitemapUrl(url);
    if (changed) encoded.push({ field: 'sitemaps', index, from: url, to: value });
    return `Sitemap: ${value}`;
  });
  const starRules = existing ? groupsNaming(existing, '*').flatMap((g) => g.rules) : [];

  const groups = [
    ...classGroups('Search and shopping agents', SEARCH_AGENTS, robots.searchAgents, disallow, existing, starRules),
    ...classGroups('Training crawlers', TRAINING_CRAWLERS, robots.training, disallow, existing, starRules),
  ];
  const siteHasStar = existing !== undefined && groupsNaming(existing, '*').length > 0;
  if (!siteHasStar) {
    groups.push({ comments: ['# Every other crawler.'], agents: ['*'], rules: [...allowRoot(disallow), ...disallow.map((p) => `Disallow: ${p}`)] });
  } else if (disallow.length > 0) {
    groups.push({
      comments: ["# Every other crawler: combined with the site's own User-agent: * group, so only the paths no crawler may fetch are added."],
      agents: ['*'],
      rules: disallow.map((p) => `Disallow: ${p}`),
    });
  }

  // Files for agents are listed as comments, not Sitemap lines. Google reads RSS 2.0 and Atom feeds as sitemaps
  // (https://developers.google.com/search/docs/crawling-indexing/sitemaps/build-sitemap), taking each item's URL
  // from its <link> (https://www.sitemaps.org/protocol.html#otherformats); the Google Merchant feed's items carry
  // theirs in g:link only, the OpenAI and ACP feeds are JSON Lines, and a sitemap holds at most 50,000 URLs, which
  // a large catalog's feed exceeds. None of them would read as a sitemap, so none is declared as one.
  const files = [...links.filter((l) => l.kind === 'overview'), ...feedLinks(links)].map((link) => `# ${link.name}: ${link.url}`);
  const text = SECTION.render({
    groups: new Block(groups.flatMap(groupLines)),
    sitemaps: new Block(sitemaps),
    files: new Block(files),
  });
  return { text, disallow, encoded };
}
