import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { AGENTSHELF_VERSION } from '../../pipeline/version.js';
import { createAgentHandler, type ServedSite } from '../http/agent-handler.js';
import { isLoopback, PlatformProfiles, type ProfileFetch } from '../http/platform-profiles.js';
import { buildIdOf, loadSite } from './load-site.js';
import { toNodeListener } from './node-adapter.js';
import { undiciProfileFetch } from './undici-profile-fetch.js';

export interface ServeFolderOptions {
  /** The published folder (a build's --out). */
  dir: string;
  port?: number;
  host?: string;
  /** How often the folder is checked for a new build. */
  reloadIntervalMs?: number;
  /** Time a client has to send its headers, and its whole request (slow clients are cut off). */
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
  profileFetch?: ProfileFetch;
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  /** How many builds were loaded, the first included. */
  loads(): number;
  close(): Promise<void>;
}

/**
 * `agentshelf serve`: the published folder and its catalog API on one port. A new build (the atomic swap of
 * the folder) is loaded while the old one keeps serving; requests already running finish on the build they
 * started with, and a build that fails to load leaves the old one serving, with the reason logged.
 */
export async function serveFolder(options: ServeFolderOptions): Promise<RunningServer> {
  const dir = resolve(options.dir);
  const log = options.log ?? ((line: string) => console.error(line));
  const host = options.host ?? '127.0.0.1';
  let current = await loadSite(dir);
  let loads = 1;
  let failedBuild: string | undefined;
  let site: ServedSite = current.site;
  // UCP 2026-08-25 lets a verifier fetch loopback profiles only when it runs on loopback itself (local development).
  const profiles = new PlatformProfiles({ fetch: options.profileFetch ?? undiciProfileFetch, allowLoopback: isLoopback(host) });
  const handler = createAgentHandler({ site: () => site, profiles, serverVersion: AGENTSHELF_VERSION });
  let origin = '';
  // Node checks the header and request timeouts every connectionsCheckingInterval (30 s by default): checked
  // every second, a client that trickles its headers is cut off close to the timeout.
  const server: Server = createServer({ connectionsCheckingInterval: 1_000 }, toNodeListener(handler, () => origin));
  server.headersTimeout = options.headersTimeoutMs ?? 10_000;
  server.requestTimeout = options.requestTimeoutMs ?? 30_000;
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 8080, host, done);
  });
  const address = server.address() as AddressInfo;
  origin = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;

  let checking = false;
  const timer = setInterval(() => {
    if (checking) return;
    checking = true;
    void (async () => {
      const id = await buildIdOf(dir);
      if (!id || id === current.buildId || id === failedBuild) return;
      try {
        current = await loadSite(dir);
        site = current.site;
        loads++;
        failedBuild = undefined;
        log(`agentshelf serve: loaded the new build of ${dir}`);
      } catch (error) {
        failedBuild = id;
        log(`agentshelf serve: the new build of ${dir} could not be loaded, so the previous one keeps serving: ${(error as Error).message}`);
      }
    })().finally(() => {
      checking = false;
    });
  }, options.reloadIntervalMs ?? 1_000);
  timer.unref();

  return {
    url: origin,
    loads: () => loads,
    close: async () => {
      clearInterval(timer);
      server.closeIdleConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
