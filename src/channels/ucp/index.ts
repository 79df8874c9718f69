import type { Channel, ChannelContext, ChannelRun } from '../channel.js';
import { siteUrl } from '../site-links.js';
import { buildBusinessProfile } from './profile.js';
import { UCP_RULES } from './rules.js';

/** RFC 8615 well-known path of the business profile (UCP overview, "Business Profile"). */
export const UCP_PROFILE_PATH = '.well-known/ucp';

/**
 * The Universal Commerce Protocol business profile at /.well-known/ucp (UCP 2026-04-08): where agents learn
 * which UCP services and capabilities the shop offers and at which endpoints. It is built from the config
 * alone, once per run; products do not change it. Hosting rules (HTTPS, no redirects, cacheable) are the
 * web server's job: docs/hosting-ucp.md.
 */
export const ucpChannel: Channel = {
  id: 'ucp',
  title: 'UCP business profile',
  spec: {
    name: 'Universal Commerce Protocol discovery profile (business)',
    version: '2026-04-08',
    url: 'https://ucp.dev/2026-04-08/specification/overview/',
  },
  rules: UCP_RULES,
  outputs: [UCP_PROFILE_PATH],
  runsIn: 'main',
  // The profile exists when a catalog endpoint is configured (the channel writes nothing otherwise).
  links: (config) =>
    config.agent.catalog?.rest || config.agent.catalog?.mcp
      ? [{ kind: 'api', name: 'UCP business profile', url: siteUrl(config, UCP_PROFILE_PATH), notes: `Universal Commerce Protocol ${config.agent.ucpVersion} discovery document` }]
      : [],
  open(context: ChannelContext): ChannelRun {
    const { profile, diagnostics } = buildBusinessProfile(context.config.agent);
    for (const d of diagnostics) context.diagnostics.report(d);
    // Pretty-printed: a small document people read when they check their setup; key order is fixed by the builder.
    const written = profile ? context.out.writeFile(UCP_PROFILE_PATH, `${JSON.stringify(profile, null, 2)}\n`) : undefined;
    return {
      add() {
        // The profile describes the shop's endpoints, not its products.
      },
      async close() {
        await written;
        // One item: the profile document, when there is one.
        return { items: profile ? 1 : 0, skipped: 0 };
      },
    };
  },
};
