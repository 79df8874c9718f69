import type { Rule } from '../../../model/rule.js';
import type { ReadContext } from '../../read-context.js';
import type { SourceItem, UnreadableRecord } from '../../source-item.js';
import { GOOGLE_NAMESPACE, type GmcItem } from './attributes.js';
import { assembleProducts } from './group-items.js';
import { gmcMalformedItem } from './rules/malformed-item.js';
import { gmcNotAFeed } from './rules/not-a-feed.js';
import { gmcTruncatedFeed } from './rules/truncated-feed.js';
import { FeedScanner, type ScanEvent } from './xml-scanner.js';
import { readXmlItem, type FeedScope } from './xml-item.js';

/**
 * Whether the start of a file is a Merchant Center XML feed: an RSS 2.0 <rss> or Atom <feed> root, with the
 * Google namespace declared (https://support.google.com/merchants/answer/14987622,
 * https://support.google.com/merchants/answer/160593). Plain RSS or Atom without it is not claimed.
 */
export function sniffGmcXml(sample: string): boolean {
  const text = sample.replace(/^\ufeff/, '');
  return /<(?:[A-Za-z_][\w.-]*:)?(?:rss|feed)[\s>/]/.test(text) && text.includes(GOOGLE_NAMESPACE);
}

/** Reads a Merchant Center feed in RSS 2.0 or Atom 1.0, item by item, into canonical products. */
export async function* readGmcXml(chunks: AsyncIterable<string>, file: string, context: ReadContext): AsyncGenerator<SourceItem> {
  yield* assembleProducts(xmlItems(chunks, file), { file, shopCurrency: context.shop.currency });
}

async function* xmlItems(chunks: AsyncIterable<string>, file: string): AsyncGenerator<GmcItem | UnreadableRecord> {
  const scanner = new FeedScanner();
  let scope: FeedScope | undefined;
  let stop = false;
  const handle = (events: ScanEvent[]): Array<GmcItem | UnreadableRecord> => {
    const out: Array<GmcItem | UnreadableRecord> = [];
    for (const event of events) {
      if (stop) break;
      if (event.type === 'not-a-feed' || event.type === 'truncated') {
        out.push(unreadable(event.type === 'not-a-feed' ? gmcNotAFeed : gmcTruncatedFeed, file, event.line, event.message));
        stop = true;
        break;
      }
      if (scope === undefined) {
        // By the first item every declaration it can rely on has been read: the root's, and the channel's.
        const declared = [...scanner.namespaces.values()].includes(GOOGLE_NAMESPACE) || (event.type === 'item' && event.text.includes(GOOGLE_NAMESPACE));
        if (!declared) {
          out.push(unreadable(gmcNotAFeed, file, event.line, `The feed does not declare the Merchant Center namespace ${GOOGLE_NAMESPACE}.`));
          stop = true;
          break;
        }
        scope = { kind: scanner.kind!, namespaces: scanner.namespaces, plainNamespace: scanner.rootNamespace };
      }
      if (event.type === 'broken') {
        out.push(unreadable(gmcMalformedItem, file, event.line, event.message, event.excerpt));
        continue;
      }
      const read = readXmlItem(event.text, event.line, scope);
      out.push(read.ok ? read.item : unreadable(gmcMalformedItem, file, read.line, `The item is not well-formed XML: ${read.message}`, read.excerpt));
    }
    return out;
  };
  for await (const chunk of chunks) {
    yield* handle(scanner.push(chunk));
    if (stop || scanner.finished) break;
  }
  if (!stop) yield* handle(scanner.end());
}

function unreadable(rule: Rule, file: string, line: number, message: string, excerpt?: string): UnreadableRecord {
  return { type: 'unreadable', diagnostic: rule.diagnostic({ origin: { file, line } }, { message, ...(excerpt !== undefined ? { actual: excerpt } : {}) }) };
}
