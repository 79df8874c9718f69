import { MANIFEST_FILE } from '../atomic-publish.js';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../../model/diagnostic.js';
import { AgentshelfError } from '../../model/errors.js';
import { injectUnsafeDocument } from './rules.js';
import { sitePathOf } from './url-paths.js';

/** One published JSON-LD file, as inject puts it into pages. */
export interface PublishedDocument {
  /** Relative to the outputs folder: jsonld/<product file name>.jsonld or jsonld/site.jsonld. */
  file: string;
  /** The product's id (a ProductGroup's productGroupID, else the file's name, which is the id for plain ids). */
  productId?: string;
  /** The file's JSON as published, without its final newline. */
  json: string;
  /** The page path its url names, below the shop's base path. */
  sitePath?: string;
  /** Not valid JSON, or not safe inside a script element: injected nowhere. */
  unsafe: boolean;
}

export interface PublishedJsonLd {
  site?: PublishedDocument;
  /** By file name without ".jsonld" (productFileName of the product id). */
  products: Map<string, PublishedDocument>;
  /** Files the build wrote (agentshelf.json lists them), relative to the outputs folder. */
  written: Set<string>;
}

const SITE_FILE = 'site.jsonld';

/**
 * What serializeJsonLd escapes (src/channels/jsonld/embed.ts). A published file holds none of these raw; one
 * that does was not written by agentshelf, and could end the script element it is put in.
 */
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/;

/** Reads the JSON-LD a build published; its files are used as they are, never serialized again. */
export async function readPublishedJsonLd(outputs: string, diagnostics: Diagnostic[]): Promise<PublishedJsonLd> {
  const folder = await jsonLdFolder(outputs);
  const dir = join(outputs, folder);
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.jsonld')).sort();
  } catch (error) {
    throw new AgentshelfError('E_INPUT_NOT_FOUND', `No published JSON-LD in ${dir}: run agentshelf build first, or name the output folder with --outputs.`, { cause: error });
  }
  const read = async (name: string): Promise<{ document: PublishedDocument; doc?: Record<string, any> }> => {
    const file = `${folder}/${name}`;
    const text = await readFile(join(dir, name), 'utf8');
    const json = text.endsWith('\n') ? text.slice(0, -1) : text;
    let doc: Record<string, any> | undefined;
    try {
      doc = JSON.parse(json) as Record<string, any>;
    } catch {
      doc = undefined;
    }
    const unsafe = doc === undefined || UNSAFE_IN_SCRIPT.test(json);
    const document: PublishedDocument = { file, json, unsafe };
    if (name !== SITE_FILE) document.productId = typeof doc?.productGroupID === 'string' ? doc.productGroupID : name.slice(0, -'.jsonld'.length);
    if (unsafe) {
      const subject = { ...(document.productId !== undefined ? { productId: document.productId } : {}), origin: { file: join(outputs, file) } };
      const message = doc === undefined ? 'The published JSON-LD is not valid JSON.' : 'The published JSON-LD holds a raw <, >, & or line separator, which serializeJsonLd always escapes.';
      diagnostics.push(injectUnsafeDocument.diagnostic(subject, { message }));
    }
    return doc === undefined ? { document } : { document, doc };
  };
  const site = names.includes(SITE_FILE) ? await read(SITE_FILE) : undefined;
  const basePath = basePathOf(site?.doc);
  const products = new Map<string, PublishedDocument>();
  for (const name of names.filter((n) => n !== SITE_FILE)) {
    const { document, doc } = await read(name);
    const sitePath = typeof doc?.url === 'string' ? sitePathOf(doc.url, basePath) : undefined;
    if (sitePath !== undefined) document.sitePath = sitePath;
    products.set(name.slice(0, -'.jsonld'.length), document);
  }
  const result: PublishedJsonLd = { products, written: await writtenFiles(outputs) };
  if (site) result.site = site.document;
  return result;
}

/** The shop's base path, from the WebSite node of the site document ("/" for a shop at its host's root). */
function basePathOf(doc: unknown): string {
  const nodes = ([] as Array<Record<string, any>>).concat((doc as Record<string, any> | undefined)?.['@graph'] ?? doc ?? []);
  const website = nodes.find((n) => n?.['@type'] === 'WebSite') ?? nodes.find((n) => typeof n?.url === 'string');
  try {
    return new URL(String(website?.url)).pathname;
  } catch {
    return '/';
  }
}

/**
 * Where the build put its per-product JSON-LD: the folder of the `*.jsonld` output pattern its manifest
 * declares (publishing names no channel; the manifest says what each one wrote).
 */
async function jsonLdFolder(outputs: string): Promise<string> {
  let channels: Array<{ outputs?: unknown }>;
  try {
    channels = (JSON.parse(await readFile(join(outputs, MANIFEST_FILE), 'utf8')) as { channels?: Array<{ outputs?: unknown }> }).channels ?? [];
  } catch (error) {
    throw new AgentshelfError('E_INPUT_NOT_FOUND', `${outputs} has no readable ${MANIFEST_FILE}: run agentshelf build first, or name its output folder with --outputs.`, { cause: error });
  }
  const pattern = channels.flatMap((c) => (Array.isArray(c.outputs) ? c.outputs : [])).find((o): o is string => typeof o === 'string' && o.endsWith('/*.jsonld'));
  if (!pattern) throw new AgentshelfError('E_INPUT_NOT_FOUND', `The build in ${outputs} wrote no per-product JSON-LD: run agentshelf build with its JSON-LD channel.`);
  return pattern.slice(0, pattern.lastIndexOf('/'));
}

/** The files agentshelf.json lists, so a build written into the site root is never taken for its pages. */
async function writtenFiles(outputs: string): Promise<Set<string>> {
  try {
    const manifest = JSON.parse(await readFile(join(outputs, MANIFEST_FILE), 'utf8')) as { files?: Array<{ path?: unknown }> };
    return new Set((manifest.files ?? []).map((f) => f.path).filter((p): p is string => typeof p === 'string'));
  } catch {
    return new Set();
  }
}
