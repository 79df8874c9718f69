import type { Channel, ChannelContext, ChannelRun } from '../channel.js';
import { siteUrl } from '../site-links.js';
import { serviceSpecUrl } from '../../formats/ucp/spec-urls.js';
import { UCP_CURRENT, UCP_VERSIONS } from '../../formats/ucp/versions.js';
import { buildBusinessProfiles, UCP_PROFILE_PATH, ucpLeafProfilePath } from './profile.js';
import { buildMcpServerJson, MCP_SERVER_JSON_PATH } from './mcp-server-json.js';
import { UCP_RULES } from './rules.js';

export { UCP_PROFILE_PATH, ucpLeafProfilePath } from './profile.js';

/**
 * The Universal Commerce Protocol business profiles: the profile of the current release (UCP 2026-08-25, or the
 * version agent.ucpVersion pins) at /.well-known/ucp, where agents learn which UCP services and capabilities the
 * shop offers and at which endpoints, and a complete profile for each older release it still speaks
 * (.well-known/ucp-2026-04-08), linked from ucp.supported_versions. They are built from the config alone, once
 * per run; products do not change them. Hosting rules (HTTPS, no redirects, cacheable) are the web server's job:
 * docs/hosting-ucp.md.
 */
export const ucpChannel: Channel = {
  id: 'ucp',
  title: 'UCP business profile',
  spec: {
    name: 'Universal Commerce Protocol discovery profile (business)',
    version: UCP_CURRENT,
    url: serviceSpecUrl(UCP_CURRENT),
  },
  rules: UCP_RULES,
  // Every file the channel can write: the profile, the leaf of each release older than the current one, and the
  // MCP Registry's server.json when an MCP endpoint is configured.
  outputs: [UCP_PROFILE_PATH, ...UCP_VERSIONS.filter((v) => v !== UCP_CURRENT).map(ucpLeafProfilePath), MCP_SERVER_JSON_PATH],
  cost: 1,
  // The profile exists when a catalog endpoint is configured (the channel writes nothing otherwise). Agents find
  // the leaf profiles through it, so only it is listed.
  links: (config) =>
    config.agent.catalog?.rest || config.agent.catalog?.mcp
      ? [{ kind: 'api', name: 'UCP business profile', url: siteUrl(config, UCP_PROFILE_PATH), notes: `Universal Commerce Protocol ${config.agent.ucpVersion} discovery document` }]
      : [],
  open(context: ChannelContext): ChannelRun {
    const { files, diagnostics } = buildBusinessProfiles(context.config.agent, (path) => siteUrl(context.config, path));
    for (const d of diagnostics) context.diagnostics.report(d);
    // Pretty-printed: small documents people read when they check their setup; key order is fixed by the builder.
    const written = Promise.all(files.map((file) => context.out.writeFile(file.path, `${JSON.stringify(file.profile, null, 2)}\n`)));
    const serverJson = files.length > 0 ? buildMcpServerJson(context.config) : undefined;
    const serverWritten = serverJson ? context.out.writeFile(MCP_SERVER_JSON_PATH, `${JSON.stringify(serverJson, null, 2)}\n`) : undefined;
    return {
      add() {
        // The profiles describe the shop's endpoints, not its products.
      },
      async close() {
        await written;
        await serverWritten;
        // One item per profile document written.
        return { items: files.length, skipped: 0 };
      },
    };
  },
};
