import { defineRule } from '../../model/rule.js';

const RFC_9309 = 'https://www.rfc-editor.org/rfc/rfc9309';

export const robotsExistingGroupConflict = defineRule({
  id: 'robots/existing-group-conflict',
  description:
    "The site's robots.txt has its own group for a crawler agentshelf configures, and crawlers combine groups for the same agent, so the site's rules still decide there: the merged file does not do what the robots settings ask for that crawler. agentshelf only adds restrictions to such agents and never overrides the site's own groups.",
  severity: 'warning',
  url: `${RFC_9309}#section-2.2.1`,
  fix: 'Change or remove the site\'s own group for that crawler in the file robots.mergeWith names, so its rules match the robots settings; agentshelf does not edit the site\'s groups.',
  example: {
    input: 'The site\'s robots.txt (robots.mergeWith) has "User-agent: Googlebot" then "Disallow: /", and robots.searchAgents is "allow"',
    finding: 'The site\'s own rules still decide for Googlebot: / is disallowed (line 2).',
  },
});

export const robotsStarGroupOverridden = defineRule({
  id: 'robots/star-group-overridden',
  description:
    "The site's robots.txt blocks every crawler (User-agent: *) from pages the robots settings open to some named crawlers; a crawler obeys the group naming it instead of *, so agentshelf's groups let them in.",
  severity: 'info',
  url: `${RFC_9309}#section-2.2.1`,
  fix: 'Nothing to do if these crawlers should reach the shop, as the robots settings say. To keep them out too, set robots.searchAgents or robots.training to "disallow".',
  example: {
    input: 'The site\'s robots.txt (robots.mergeWith) has "User-agent: *" then "Disallow: /", and robots.searchAgents is "allow"',
    finding: 'The site\'s User-agent: * group blocks the root; agentshelf\'s groups let OAI-SearchBot, ChatGPT-User, PerplexityBot, Perplexity-User, Claude-SearchBot, Claude-User, Googlebot, Bingbot in, as the robots settings ask.',
  },
});

export const robotsGroupCrossesSection = defineRule({
  id: 'robots/group-crosses-section',
  description:
    "A group of the site's robots.txt runs into agentshelf's section (User-agent lines with no rules just before it) or out of it (rules with no User-agent line just after it), so crawlers read the two as one group. Add a rule to the site's group, or a User-agent line before the site's rules.",
  severity: 'warning',
  url: `${RFC_9309}#section-2.1`,
  fix: 'In the site\'s robots.txt (robots.mergeWith), give the User-agent lines just before agentshelf\'s section the rules they are meant to have, or put a User-agent line before the rules just after it.',
  example: {
    input: 'The site\'s robots.txt (robots.mergeWith) has a "Disallow: /tmp" line right after "# END agentshelf", with no User-agent line before it',
    finding: 'The group starting at line 49 (*) runs out of agentshelf\'s section.',
  },
});

export const robotsSectionMarkers = defineRule({
  id: 'robots/section-markers',
  description: "The site's robots.txt has a '# BEGIN agentshelf' line without its '# END agentshelf' line (or the reverse, or several): it is written unchanged, without agentshelf's section, until the markers are fixed.",
  severity: 'error',
  fix: 'In the site\'s robots.txt (robots.mergeWith), keep one "# BEGIN agentshelf" line and one "# END agentshelf" line after it, or delete both and agentshelf appends its section at the end.',
  example: {
    input: 'The site\'s robots.txt (robots.mergeWith) has a "# BEGIN agentshelf" line on line 3 and no "# END agentshelf" line',
    finding: 'robots.mergeWith has 1 BEGIN and 0 END marker lines, where one of each is expected (lines 3); it is written unchanged, without agentshelf\'s section.',
  },
});

export const robotsTooLarge = defineRule({
  id: 'robots/too-large',
  description: 'robots.txt is over 500 KiB, the least crawlers must read (RFC 9309 §2.5); rules past that point may be ignored.',
  severity: 'warning',
  url: `${RFC_9309}#section-2.5`,
  fix: 'Make the site\'s robots.txt (robots.mergeWith) smaller: remove old rules and long comment blocks so the merged file stays under 500 KiB.',
  example: {
    input: 'The site\'s robots.txt (robots.mergeWith) holds 13,000 comment lines, so the merged file is 536,658 bytes',
    finding: 'robots.txt is 536658 bytes; crawlers need only read the first 512000.',
  },
});

export const robotsValueEncoded = defineRule({
  id: 'robots/value-encoded',
  description: "A disallow path or sitemap URL held characters robots.txt cannot carry as they are (spaces, controls, '#', non-ASCII); they were percent-encoded, and a sitemap URL's fragment was dropped.",
  severity: 'info',
  kind: 'enriched',
  url: `${RFC_9309}#section-2.2.2`,
  fix: 'Nothing to do: crawlers read the encoded value the same way. To stop the finding, write the value encoded in the config (e.g. "/search%20results" in robots.disallow) and leave the "#…" fragment off sitemap URLs in robots.sitemaps.',
  example: {
    input: '"robots": { "disallow": ["/search results"] }',
    finding: 'robots.disallow[0] was written as /search%20results.',
  },
});

export const robotsSearchAgentsDisallowed = defineRule({
  id: 'robots/search-agents-disallowed',
  description: 'robots.searchAgents is "disallow": Googlebot, Bingbot and the AI search agents may not crawl the shop, which takes it out of their search and shopping results.',
  severity: 'warning',
  url: `${RFC_9309}#section-2.2.2`,
  fix: 'Set robots.searchAgents to "allow" (the default), unless the shop means to stay out of these search and shopping results.',
  example: {
    input: '"robots": { "searchAgents": "disallow" }',
    finding: 'Search and shopping agents are disallowed from the whole site.',
  },
});

export const ROBOTS_RULES = [robotsExistingGroupConflict, robotsStarGroupOverridden, robotsGroupCrossesSection, robotsSectionMarkers, robotsTooLarge, robotsValueEncoded, robotsSearchAgentsDisallowed] as const;
