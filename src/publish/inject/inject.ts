import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Diagnostic } from '../../model/diagnostic.js';
import { AgentshelfError } from '../../model/errors.js';
import { editPage, elementBytes, isUtf16Page, isUtf8Page, type PageAction } from './edit-page.js';
import { indexPagesByUrl, matchPage } from './match-page.js';
import { readPublishedJsonLd, type PublishedDocument } from './published-jsonld.js';
import { injectDuplicateProductMarkup, injectMapPageMissing, injectPageEncoding, injectPageUnmatched, injectProductWithoutPage } from './rules.js';
import { describesProduct, scanPage } from './scan-page.js';
import { listSitePages } from './site-pages.js';
import { normalizePagePath } from './url-paths.js';
import { writeFileAtomic } from './write-atomic.js';

export interface InjectOptions {
  /** The site's folder of static HTML pages. */
  site: string;
  /** The folder a build published (with jsonld/); default: the site, for a build written into its root. */
  outputs?: string;
  /** Page path (relative to the site, "/" separators) → product id; wins over every other way of matching. */
  map?: Record<string, string>;
  /** Decide and count, write nothing. */
  dryRun?: boolean;
}

export interface InjectResult {
  /** HTML pages looked at. */
  pages: number;
  /** Pages that got a block for the first time. */
  injected: number;
  /** Pages whose agentshelf block was out of date and was replaced. */
  replaced: number;
  /** Pages whose block was already right: not written. */
  unchanged: number;
  /** Pages that got nothing (no product, or one that could not be injected). */
  unmatched: number;
  diagnostics: Diagnostic[];
}

/** Pages named one by one in page-unmatched findings; the rest are counted in one more. */
const UNMATCHED_EXAMPLES = 10;

/**
 * Puts each product's published JSON-LD into the page that shows it, as one
 * `<script type="application/ld+json" data-agentshelf>` element, and the site document into the home page.
 * Pages are edited byte for byte (only the element changes), written atomically, and only when their bytes
 * change, so a second run writes nothing. Pages are handled one after another: memory stays at one page.
 */
export async function injectJsonLd(options: InjectOptions): Promise<InjectResult> {
  const site = resolve(options.site);
  const outputs = resolve(options.outputs ?? options.site);
  try {
    await readdir(site);
  } catch (error) {
    throw new AgentshelfError('E_INPUT_NOT_FOUND', `Cannot read the site folder ${site}: ${(error as Error).message}`, { cause: error });
  }
  const diagnostics: Diagnostic[] = [];
  const published = await readPublishedJsonLd(outputs, diagnostics);
  const pages = await listSitePages({ site, outputs, written: published.written });
  const pageSet = new Set(pages);
  const map = new Map<string, string>();
  for (const [page, productId] of Object.entries(options.map ?? {})) {
    const path = normalizePagePath(page);
    map.set(path, productId);
    if (!pageSet.has(path)) diagnostics.push(injectMapPageMissing.diagnostic({ productId, origin: { file: path } }, { message: 'The --map entry names a page that is not an HTML file of the site.', actual: page }));
  }
  const byUrl = indexPagesByUrl(pageSet, published.products.values());
  const counts: Record<PageAction | 'unmatched', number> = { injected: 0, replaced: 0, unchanged: 0, unmatched: 0 };
  const placed = new Set<PublishedDocument>();
  const unmatched: string[] = [];

  for (const page of pages) {
    const path = join(site, ...page.split('/'));
    const bytes = await readPage(path);
    const origin = { file: page };
    if (isUtf16Page(bytes)) {
      diagnostics.push(injectPageEncoding.diagnostic({ origin }, { message: 'The page is UTF-16 (it starts with a UTF-16 byte order mark).' }));
      counts.unmatched++;
      continue;
    }
    // latin1 maps every byte to one character, so offsets in the scan are byte offsets and no byte is lost.
    const scan = scanPage(bytes.toString('latin1'));
    const mapped = map.get(page);
    const match = matchPage({ page, byUrl, published, ...(mapped !== undefined ? { mapped } : {}), ...(scan.product !== undefined ? { attribute: scan.product } : {}) });
    if (match.diagnostic) diagnostics.push(match.diagnostic);
    const document = match.document;
    if (document) placed.add(document);
    if (!document || document.unsafe) {
      counts.unmatched++;
      if (!match.diagnostic && !document) unmatched.push(page);
      continue;
    }
    const subject = { ...(document.productId !== undefined ? { productId: document.productId } : {}), origin };
    if (match.by !== 'home') {
      for (const block of scan.others.filter((b) => describesProduct(b.content))) {
        diagnostics.push(injectDuplicateProductMarkup.diagnostic(subject, { message: 'The page has another Product or ProductGroup JSON-LD block besides the one agentshelf injected; it was kept.', actual: { offset: block.start } }));
      }
    }
    const edit = editPage({ bytes, scan, element: elementBytes(document.json, isUtf8Page(bytes, scan)) });
    counts[edit.action]++;
    if (edit.action !== 'unchanged' && !options.dryRun) await writeFileAtomic(path, edit.bytes, (await stat(path)).mode);
  }

  for (const page of unmatched.slice(0, UNMATCHED_EXAMPLES)) {
    diagnostics.push(injectPageUnmatched.diagnostic({ origin: { file: page } }, { message: 'No product matched this page; it was left as it was.' }));
  }
  if (unmatched.length > UNMATCHED_EXAMPLES) {
    const more = unmatched.length - UNMATCHED_EXAMPLES;
    diagnostics.push(injectPageUnmatched.diagnostic({}, { message: `${more} more pages matched no product.`, actual: more }));
  }
  for (const document of published.products.values()) {
    if (placed.has(document) || document.unsafe) continue;
    diagnostics.push(
      injectProductWithoutPage.diagnostic(
        { ...(document.productId !== undefined ? { productId: document.productId } : {}), origin: { file: join(outputs, document.file) } },
        { message: 'No page of the site shows this product, so its JSON-LD was injected nowhere.', ...(document.sitePath !== undefined ? { expected: document.sitePath } : {}) },
      ),
    );
  }
  return { pages: pages.length, ...counts, diagnostics };
}

async function readPage(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new AgentshelfError('E_INPUT_UNREADABLE', `Cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
}
