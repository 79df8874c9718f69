import { pointer } from '../../model/diagnostic.js';
import type { Channel, ChannelContext, ChannelRun } from '../channel.js';
import { checkRobots, checkSectionBoundaries } from './check.js';
import { locateSection, mergeSection, outsideSection } from './merge.js';
import { parseRobotsTxt } from './robots-txt.js';
import { ROBOTS_RULES, robotsSearchAgentsDisallowed, robotsSectionMarkers, robotsTooLarge, robotsValueEncoded } from './rules.js';
import { buildSection } from './section.js';
import { ROBOTS_CONFIG_SECTION } from './config-section.js';

const CHANNEL = 'robots';

/** 1-based first and last line of the text between two offsets. */
function lineSpan(text: string, span: { start: number; end: number }): { first: number; last: number } {
  const breaks = (s: string) => (s.match(/\r\n|\r|\n/g) ?? []).length;
  const section = text.slice(span.start, span.end);
  const lines = breaks(section) + (/[\r\n]$/.test(section) ? 0 : 1);
  const first = breaks(text.slice(0, span.start)) + 1;
  return { first, last: first + lines - 1 };
}
export const ROBOTS_PATH = 'robots.txt';

/** RFC 9309 §2.5: crawlers must read at least 500 KiB (https://www.rfc-editor.org/rfc/rfc9309#section-2.5). */
export const ROBOTS_MIN_PARSED_BYTES = 500 * 1024;

/**
 * robots.txt for AI search, shopping and training crawlers, from the config's robots settings. Without
 * `robots.mergeWith` it writes a complete file; with it (the pipeline reads the file into `assets.robotsTxt`)
 * it writes the site's file with agentshelf's section replaced in place or appended, every other byte kept.
 * The result is read back as a crawler would and every difference from the settings is reported.
 */
export const robotsChannel: Channel = {
  id: CHANNEL,
  title: 'robots.txt for AI crawlers',
  spec: { name: 'Robots Exclusion Protocol (RFC 9309)', version: 'RFC 9309 (September 2022)', url: 'https://www.rfc-editor.org/rfc/rfc9309' },
  rules: ROBOTS_RULES,
  outputs: [ROBOTS_PATH],
  cost: 1,
  configSection: ROBOTS_CONFIG_SECTION,
  open(context: ChannelContext): ChannelRun {
    return {
      add() {
        // robots.txt depends on the config and the site's file, not on the products.
      },
      async close() {
        const { config, diagnostics } = context;
        const subject = { channel: CHANNEL };
        const existingText = context.assets.robotsTxt;
        const location = existingText === undefined ? undefined : locateSection(existingText);
        if (existingText !== undefined && location?.kind === 'broken') {
          diagnostics.report(
            robotsSectionMarkers.diagnostic(subject, {
              message: `robots.mergeWith has ${location.problem} (lines ${location.lines.join(', ')}); it is written unchanged, without agentshelf's section.`,
              actual: location.lines,
            }),
          );
          await context.out.writeFile(ROBOTS_PATH, existingText);
          return { items: 0, skipped: 0 };
        }

        const before = existingText === undefined || location === undefined ? undefined : parseRobotsTxt(outsideSection(existingText, location));
        const section = buildSection({ config, links: context.links(), ...(before ? { existing: before } : {}) });
        for (const e of section.encoded) {
          diagnostics.report(
            robotsValueEncoded.diagnostic(subject, { message: `robots.${e.field}[${e.index}] was written as ${e.to}.`, pointer: pointer('robots', e.field, e.index), actual: e.from, expected: e.to }),
          );
        }
        if (config.robots.searchAgents === 'disallow') {
          diagnostics.report(robotsSearchAgentsDisallowed.diagnostic(subject, { message: 'Search and shopping agents are disallowed from the whole site.', actual: 'disallow', expected: 'allow' }));
        }

        const text = existingText === undefined || location === undefined || location.kind === 'broken' ? section.text : mergeSection(existingText, section.text, location);
        const written = parseRobotsTxt(text);
        for (const d of checkRobots(config, written, section.disallow, before)) diagnostics.report(d);
        const placed = locateSection(text);
        if (placed.kind === 'found') for (const d of checkSectionBoundaries(written, lineSpan(text, placed))) diagnostics.report(d);
        const size = Buffer.byteLength(text, 'utf8');
        if (size > ROBOTS_MIN_PARSED_BYTES) {
          diagnostics.report(
            robotsTooLarge.diagnostic(subject, { message: `robots.txt is ${size} bytes; crawlers need only read the first ${ROBOTS_MIN_PARSED_BYTES}.`, actual: size, expected: ROBOTS_MIN_PARSED_BYTES }),
          );
        }
        await context.out.writeFile(ROBOTS_PATH, text);
        return { items: 1, skipped: 0 };
      },
    };
  },
};
