import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { GOOGLE_NAMESPACE, type GmcItem } from './attributes.js';
import { decodeXmlText } from '../../../model/xml-text.js';
import type { FeedKind } from './xml-scanner.js';

/** What an item needs to know of the feed around it. */
export interface FeedScope {
  kind: FeedKind;
  /** Namespace declarations of the root (and <channel>): prefix ("" for the default) → URI. */
  namespaces: ReadonlyMap<string, string>;
  /** The root element's namespace: none for RSS 2.0, Atom's for Atom. Plain <title>, <link>… are in it. */
  plainNamespace: string;
}

export type XmlItemRead = { ok: true; item: GmcItem } | { ok: false; line: number; message: string; excerpt: string };

type XmlNode = string | { [key: string]: XmlNode[] | string };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Values stay text: "0012345678905" is a GTIN, not a number.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // Every element may repeat (additional_image_link, product_type, shipping); attributes do not.
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
  processEntities: true,
  // XML's own entity rules, no HTML names: a feed item cannot see the DOCTYPE, if the feed has one.
  entityDecoder: {
    setExternalEntities: () => undefined,
    addInputEntities: () => undefined,
    reset: () => undefined,
    setXmlVersion: () => undefined,
    decode: decodeXmlText,
  },
  ignoreDeclaration: true,
  ignorePiTags: true,
  removeNSPrefix: false,
});

const ATTRIBUTE = '@_';


/** Strips the parser's positions inside the item text: the diagnostic carries the feed line instead. */
function cleanMessage(message: string): string {
  return message.replace(/\s*\(opened in line \d+, col \d+\)/g, '').replace(/\.?$/, '.');
}

function excerptOf(text: string): string {
  const flat = text.trim().replace(/\s+/g, ' ');
  return flat.length <= 120 ? flat : `${flat.slice(0, 120)}…`;
}

/**
 * Parses one cut-out item and flattens it into Google attributes. Elements of the Google namespace, whatever
 * its prefix, are attributes; a Google element with child elements is a group (shipping, tax…). The feed
 * format's own elements stand in for attributes the item does not give: RSS <title>, <link> and
 * <description> (https://support.google.com/merchants/answer/14987622), Atom <title>, <link href>, <summary>
 * and <id> (https://support.google.com/merchants/answer/160593, whose example item has no g:id).
 */
export function readXmlItem(text: string, line: number, feed: FeedScope): XmlItemRead {
  const validation = XMLValidator.validate(text);
  if (validation !== true) {
    return { ok: false, line: line + validation.err.line - 1, message: cleanMessage(validation.err.msg), excerpt: excerptOf(text) };
  }
  const document = parser.parse(text) as Record<string, XmlNode[]>;
  const [rootKey] = Object.keys(document);
  const root = rootKey === undefined ? undefined : document[rootKey]?.[0];
  const item: GmcItem = { values: new Map(), groups: new Set(), line };
  if (root === undefined || typeof root === 'string') return { ok: true, item };
  const scope = withDeclarations(feed.namespaces, root);
  const plain = new Map<string, string>();
  for (const [key, nodes] of Object.entries(root)) {
    if (key.startsWith(ATTRIBUTE) || key === '#text' || !Array.isArray(nodes)) continue;
    for (const node of nodes) {
      const { namespace, local } = resolveName(key, typeof node === 'string' ? scope : withDeclarations(scope, node));
      if (namespace === GOOGLE_NAMESPACE) {
        const value = textOf(node);
        if (value === undefined) item.groups.add(local);
        else if (value.trim() !== '') addValue(item.values, local, value.trim());
      } else if (namespace === feed.plainNamespace && !plain.has(local)) {
        const value = feed.kind === 'atom' && local === 'link' ? atomHref(node) : textOf(node)?.trim();
        if (value) plain.set(local, value);
      }
    }
  }
  const fallbacks: Array<[string, string]> =
    feed.kind === 'rss'
      ? [['title', 'title'], ['link', 'link'], ['description', 'description']]
      : [['title', 'title'], ['link', 'link'], ['summary', 'description'], ['id', 'id']];
  for (const [element, attribute] of fallbacks) {
    const value = plain.get(element);
    if (value !== undefined && !item.values.has(attribute)) item.values.set(attribute, [value]);
  }
  return { ok: true, item };
}

function addValue(values: Map<string, string[]>, name: string, value: string): void {
  const list = values.get(name);
  if (list) list.push(value);
  else values.set(name, [value]);
}

/** The text of an element without child elements; undefined for an element with children (a group). */
function textOf(node: XmlNode): string | undefined {
  if (typeof node === 'string') return node;
  let text = '';
  for (const [key, value] of Object.entries(node)) {
    if (key === '#text') text = String(value);
    else if (!key.startsWith(ATTRIBUTE)) return undefined;
  }
  return text;
}

/** An Atom link's target: the first <link> without rel or with rel="alternate" (RFC 4287 §4.2.7.2). */
function atomHref(node: XmlNode): string | undefined {
  if (typeof node === 'string') return undefined;
  const rel = node[`${ATTRIBUTE}rel`];
  if (typeof rel === 'string' && rel !== 'alternate') return undefined;
  const href = node[`${ATTRIBUTE}href`];
  return typeof href === 'string' && href.trim() !== '' ? href.trim() : undefined;
}

function withDeclarations(scope: ReadonlyMap<string, string>, node: XmlNode): ReadonlyMap<string, string> {
  if (typeof node === 'string') return scope;
  let out: Map<string, string> | undefined;
  for (const [key, value] of Object.entries(node)) {
    if (typeof value !== 'string') continue;
    const prefix = key === `${ATTRIBUTE}xmlns` ? '' : key.startsWith(`${ATTRIBUTE}xmlns:`) ? key.slice(`${ATTRIBUTE}xmlns:`.length) : undefined;
    if (prefix === undefined) continue;
    out ??= new Map(scope);
    out.set(prefix, value);
  }
  return out ?? scope;
}

/** An element's namespace and local name; an undeclared prefix is in no namespace we read. */
function resolveName(name: string, scope: ReadonlyMap<string, string>): { namespace: string | undefined; local: string } {
  const colon = name.indexOf(':');
  if (colon === -1) return { namespace: scope.get('') ?? '', local: name };
  return { namespace: scope.get(name.slice(0, colon)), local: name.slice(colon + 1) };
}
