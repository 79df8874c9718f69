import { defineRule } from '../../model/rule.js';

const RFC_9309 = 'https://www.rfc-editor.org/rfc/rfc9309';

export const robotsExistingGroupConflict = defineRule({
  id: 'robots/existing-group-conflict',
  description:
    "The site's robots.txt has its own group for a crawler agentshelf configures, and crawlers combine groups for the same agent, so the site's rules still decide there: the merged file does not do what the robots settings ask for that crawler. agentshelf only adds restrictions to such agents and never overrides the site's own groups.",
  severity: 'warning',
  url: `${RFC_9309}#section-2.2.1`,
});

export const robotsStarGroupOverridden = defineRule({
  id: 'robots/star-group-overridden',
  description:
    "The site's robots.txt blocks every crawler (User-agent: *) from pages the robots settings open to some named crawlers; a crawler obeys the group naming it instead of *, so agentshelf's groups let them in.",
  severity: 'info',
  url: `${RFC_9309}#section-2.2.1`,
});

export const robotsGroupCrossesSection = defineRule({
  id: 'robots/group-crosses-section',
  description:
    "A group of the site's robots.txt runs into agentshelf's section (User-agent lines with no rules just before it) or out of it (rules with no User-agent line just after it), so crawlers read the two as one group. Add a rule to the site's group, or a User-agent line before the site's rules.",
  severity: 'warning',
  url: `${RFC_9309}#section-2.1`,
});

export const robotsSectionMarkers = defineRule({
  id: 'robots/section-markers',
  description: "The site's robots.txt has a '# BEGIN agentshelf' line without its '# END agentshelf' line (or the reverse, or several): it is written unchanged, without agentshelf's section, until the markers are fixed.",
  severity: 'error',
});

export const robotsTooLarge = defineRule({
  id: 'robots/too-large',
  description: 'robots.txt is over 500 KiB, the least crawlers must read (RFC 9309 §2.5); rules past that point may be ignored.',
  severity: 'warning',
  url: `${RFC_9309}#section-2.5`,
});

export const robotsValueEncoded = defineRule({
  id: 'robots/value-encoded',
  description: "A disallow path or sitemap URL held characters robots.txt cannot carry as they are (spaces, controls, '#', non-ASCII); they were percent-encoded, and a sitemap URL's fragment was dropped.",
  severity: 'info',
  kind: 'enriched',
  url: `${RFC_9309}#section-2.2.2`,
});

export const robotsSearchAgentsDisallowed = defineRule({
  id: 'robots/search-agents-disallowed',
  description: 'robots.searchAgents is "disallow": Googlebot, Bingbot and the AI search agents may not crawl the shop, which takes it out of their search and shopping results.',
  severity: 'warning',
  url: `${RFC_9309}#section-2.2.2`,
});

export const ROBOTS_RULES = [robotsExistingGroupConflict, robotsStarGroupOverridden, robotsGroupCrossesSection, robotsSectionMarkers, robotsTooLarge, robotsValueEncoded, robotsSearchAgentsDisallowed] as const;
