import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ACP_PRODUCTS_PATH } from '../../channels/acp/index.js';
import { GOOGLE_FEED_PATH } from '../../channels/google/index.js';
import { JSONLD_SITE_PATH } from '../../channels/jsonld/index.js';
import { readLines } from '../read-lines.js';

/** A URL found in the outputs, with the first product that uses it. */
export interface FoundUrl {
  url: string;
  kind: 'page' | 'image';
  productId?: string;
  variantId?: string;
}

/** Whether a file is there, without reading it (an output can be gigabytes). */
async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}

/**
 * The product pages and images a published folder names, read back from the outputs agentshelf wrote: the
 * ACP feed (it names products and variants by id), else the JSON-LD documents, else the Google feed. Each URL
 * is yielded once, so the caller keeps one set of strings, the smallest state that deduplicates.
 */
export async function* collectUrls(root: string): AsyncGenerator<FoundUrl> {
  const seen = new Set<string>();
  const once = function* (found: FoundUrl): Generator<FoundUrl> {
    if (seen.has(found.url)) return;
    seen.add(found.url);
    yield found;
  };
  const acp = join(root, ACP_PRODUCTS_PATH);
  if (await exists(acp)) {
    for await (const line of readLines(acp)) {
      const product = JSON.parse(line) as { id: string; url?: string; media?: Array<{ url: string }>; variants?: Array<{ id: string; url?: string; media?: Array<{ url: string }> }> };
      const productId = product.id;
      if (product.url) yield* once({ url: product.url, kind: 'page', productId });
      for (const m of product.media ?? []) yield* once({ url: m.url, kind: 'image', productId });
      for (const v of product.variants ?? []) {
        if (v.url) yield* once({ url: v.url, kind: 'page', productId, variantId: v.id });
        for (const m of v.media ?? []) yield* once({ url: m.url, kind: 'image', productId, variantId: v.id });
      }
    }
    return;
  }
  const [jsonldDir, siteName] = [JSONLD_SITE_PATH.slice(0, JSONLD_SITE_PATH.lastIndexOf('/')), JSONLD_SITE_PATH.slice(JSONLD_SITE_PATH.lastIndexOf('/') + 1)];
  const jsonld = join(root, jsonldDir);
  const names = await readdir(jsonld).catch(() => [] as string[]);
  const products = names.filter((n) => n.endsWith('.jsonld') && n !== siteName).sort();
  if (products.length > 0) {
    for (const name of products) {
      const doc = JSON.parse(await readFile(join(jsonld, name), 'utf8')) as Record<string, any>;
      const productId: string | undefined = doc.productGroupID ?? undefined;
      const items: Array<Record<string, any>> = doc['@type'] === 'ProductGroup' ? doc.hasVariant : [doc];
      // Items first, so a page is reported with the variant that names it.
      for (const item of items) {
        const fromId = /#variant-([^#]+)$/.exec(String(item['@id'] ?? ''))?.[1];
        const variantId = fromId ? decodeURIComponent(fromId) : undefined;
        const ids = { ...(productId ? { productId } : {}), ...(variantId ? { variantId } : {}) };
        for (const url of [item.url, item.offers?.url].filter(Boolean)) yield* once({ url, kind: 'page', ...ids });
        for (const image of ([] as string[]).concat(item.image ?? [])) yield* once({ url: image, kind: 'image', ...ids });
      }
      for (const url of [doc.url].filter(Boolean)) yield* once({ url, kind: 'page', ...(productId ? { productId } : {}) });
      for (const image of ([] as string[]).concat(doc.image ?? [])) yield* once({ url: image, kind: 'image', ...(productId ? { productId } : {}) });
    }
    return;
  }
  const feed = join(root, GOOGLE_FEED_PATH);
  if (!(await exists(feed))) return;
  const tag = (item: string, name: string): string[] =>
    [...item.matchAll(new RegExp(`<g:${name}>([^<]*)</g:${name}>`, 'g'))].map((m) => m[1]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'"));
  let pending = '';
  for await (const chunk of createReadStream(feed, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    pending += chunk as string;
    let end: number;
    while ((end = pending.indexOf('</item>')) !== -1) {
      const item = pending.slice(0, end);
      pending = pending.slice(end + 7);
      const variantId = tag(item, 'id')[0];
      const productId = tag(item, 'item_group_id')[0] ?? variantId;
      const ids = { ...(productId ? { productId } : {}), ...(variantId ? { variantId } : {}) };
      for (const url of tag(item, 'link')) yield* once({ url, kind: 'page', ...ids });
      for (const url of [...tag(item, 'image_link'), ...tag(item, 'additional_image_link')]) yield* once({ url, kind: 'image', ...ids });
    }
  }
}
