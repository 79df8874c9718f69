// An offline checker of JSON-LD against the official schema.org release files
// (../shared/data/schemaorg/<version>/), so conformance tests can prove that every
// @type and property we emit exists, is not retired or superseded, and is used
// where its domainIncludes/rangeIncludes allow. The algorithm follows
// ../shared/specs/merchant-feeds-and-structured-data.md §3 "Checking our JSON-LD offline".
// Google's own profile (required properties, price > 0, ...) is a separate layer, not here.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

// File names inside a release folder (schemaorg/schemaorg data/releases/<ver>/; spec §3):
// "current" is core + pending + hosted extensions; "all" adds the retired attic terms.
const CURRENT_FILE = 'schemaorg-current-https.jsonld';
const ALL_FILE = 'schemaorg-all-https.jsonld';

// Compact IRI prefix of schema.org terms inside the release files; other prefixes
// (unece:, gs1:, fibo-...) are external ontologies linked by equivalence only.
const SCHEMA_PREFIX = 'schema:';
// What the schema.org context (https://schema.org, schemaorgcontext.jsonld "@vocab") expands a term to;
// http:// is the historical namespace and is still accepted by schema.org's own validator.
const SCHEMA_IRI = /^https?:\/\/schema\.org\//;

/** Where a term is published: 'core', or the host of its schema:isPartOf ('pending', 'attic', 'health-lifesci', 'auto', 'bib', 'meta'). */
export type SchemaOrgLayer = string;

export interface SchemaOrgTerm {
  /** Short name as used with the schema.org context, e.g. "Product", "price". */
  readonly name: string;
  readonly layer: SchemaOrgLayer;
  /** In the "all" file but not the "current" one, i.e. moved to the attic. */
  readonly retired: boolean;
  /** Target of schema:supersededBy, if any. */
  readonly supersededBy: string | undefined;
}

export interface SchemaOrgClass extends SchemaOrgTerm {
  readonly subClassOf: readonly string[];
  /** The class itself plus every transitive rdfs:subClassOf ancestor. */
  readonly ancestors: ReadonlySet<string>;
  /** A schema:DataType (Text, Number, Date, ...) or a subclass of one (URL, Integer, ...). */
  readonly isDataType: boolean;
  /** schema:Enumeration or a subclass of it. */
  readonly isEnumeration: boolean;
}

export interface SchemaOrgProperty extends SchemaOrgTerm {
  readonly domainIncludes: ReadonlySet<string>;
  readonly rangeIncludes: ReadonlySet<string>;
  /** Some class in rangeIncludes is a DataType, so literals fit. */
  readonly rangeHasDataType: boolean;
  /** The enumerations in rangeIncludes, whose members a schema.org URL value must be. */
  readonly rangeEnumerations: readonly string[];
  /** A node (or an {"@id"} reference) fits: the range has a non-DataType class or a URL type. */
  readonly rangeAcceptsNode: boolean;
}

export interface SchemaOrgEnumerationMember extends SchemaOrgTerm {
  /** The enumeration classes the member is typed with, e.g. ["ItemAvailability"] for InStock. */
  readonly enumerations: readonly string[];
}

export interface SchemaOrgVocabulary {
  readonly classes: ReadonlyMap<string, SchemaOrgClass>;
  readonly properties: ReadonlyMap<string, SchemaOrgProperty>;
  readonly enumerationMembers: ReadonlyMap<string, SchemaOrgEnumerationMember>;
  readonly dataTypes: ReadonlySet<string>;
}

export type SchemaOrgProblemKind =
  | 'unknown-type'
  | 'retired-type'
  // schema.org supersedes classes too (e.g. DatedMoneySpecification -> MonetaryAmount).
  | 'superseded-type'
  | 'unknown-property'
  | 'retired-property'
  | 'superseded-property'
  | 'domain'
  | 'range'
  | 'unknown-enumeration-member';

export interface SchemaOrgProblem {
  /** JSON pointer (RFC 6901) into the checked document. */
  readonly path: string;
  readonly term: string;
  readonly problem: SchemaOrgProblemKind;
  readonly message: string;
}

// ---------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------

// The release files are ~1.5 MB each; every suite in a run shares one parse per folder.
const vocabularyCache = new Map<string, Promise<SchemaOrgVocabulary>>();

export async function loadSchemaOrgVocabulary(dir: string): Promise<SchemaOrgVocabulary> {
  const key = path.resolve(dir);
  let pending = vocabularyCache.get(key);
  if (!pending) {
    pending = readVocabulary(key);
    // A failed read (missing folder) must not poison later calls.
    pending.catch(() => vocabularyCache.delete(key));
    vocabularyCache.set(key, pending);
  }
  return pending;
}

type RawNode = Record<string, unknown>;

async function readVocabulary(dir: string): Promise<SchemaOrgVocabulary> {
  const [current, all] = await Promise.all([readGraph(dir, CURRENT_FILE), readGraph(dir, ALL_FILE)]);
  const currentIds = new Set(current.map((node) => node['@id']));
  // Retired = attic: present in "all" but absent from "current". Current nodes stay the
  // source of truth for everything else, as "all" may describe them with attic links.
  const attic = all.filter((node) => !currentIds.has(node['@id']));
  return buildVocabulary([...current.map((node) => ({ node, retired: false })), ...attic.map((node) => ({ node, retired: true }))]);
}

async function readGraph(dir: string, file: string): Promise<RawNode[]> {
  const parsed: unknown = JSON.parse(await readFile(path.join(dir, file), 'utf8'));
  const graph = isObject(parsed) ? parsed['@graph'] : undefined;
  if (!Array.isArray(graph)) throw new Error(`${path.join(dir, file)}: expected a JSON-LD document with an @graph array`);
  return graph.filter(isObject);
}

interface SourceNode {
  readonly node: RawNode;
  readonly retired: boolean;
}

function buildVocabulary(sources: readonly SourceNode[]): SchemaOrgVocabulary {
  const classNodes: SourceNode[] = [];
  const propertyNodes: SourceNode[] = [];
  const otherNodes: SourceNode[] = [];
  for (const source of sources) {
    if (schemaName(source.node['@id']) === undefined) continue;
    const types = asArray(source.node['@type']);
    if (types.includes('rdfs:Class')) classNodes.push(source);
    else if (types.includes('rdf:Property')) propertyNodes.push(source);
    else otherNodes.push(source);
  }
  const classes = buildClasses(classNodes);
  const dataTypes = new Set([...classes.values()].filter((cls) => cls.isDataType).map((cls) => cls.name));
  return {
    classes,
    properties: buildProperties(propertyNodes, classes),
    enumerationMembers: buildEnumerationMembers(otherNodes, classes),
    dataTypes,
  };
}

interface ClassDraft {
  readonly source: SourceNode;
  readonly name: string;
  readonly subClassOf: readonly string[];
}

function buildClasses(nodes: readonly SourceNode[]): Map<string, SchemaOrgClass> {
  const drafts = new Map<string, ClassDraft>();
  for (const source of nodes) {
    const name = schemaName(source.node['@id']);
    if (name !== undefined) drafts.set(name, { source, name, subClassOf: refNames(source.node['rdfs:subClassOf']) });
  }
  const ancestorCache = new Map<string, Set<string>>();
  const ancestorsOf = (name: string): Set<string> => ancestorSet(name, drafts, ancestorCache);
  // DataType roots are typed schema:DataType (Text, Number, Date, DateTime, Time, Boolean, Quantity in 30.0).
  const dataTypeRoots = new Set(
    [...drafts.values()].filter((draft) => asArray(draft.source.node['@type']).includes('schema:DataType')).map((draft) => draft.name),
  );
  const classes = new Map<string, SchemaOrgClass>();
  for (const draft of drafts.values()) {
    const ancestors = ancestorsOf(draft.name);
    classes.set(draft.name, {
      ...termFields(draft.name, draft.source),
      subClassOf: draft.subClassOf,
      ancestors,
      isDataType: [...ancestors].some((ancestor) => dataTypeRoots.has(ancestor)),
      isEnumeration: ancestors.has('Enumeration'),
    });
  }
  return classes;
}

// Depth-first closure of rdfs:subClassOf, memoised; the in-progress entry guards against cycles.
function ancestorSet(name: string, drafts: ReadonlyMap<string, ClassDraft>, cache: Map<string, Set<string>>): Set<string> {
  const cached = cache.get(name);
  if (cached) return cached;
  const result = new Set([name]);
  cache.set(name, result);
  for (const parent of drafts.get(name)?.subClassOf ?? []) {
    for (const ancestor of ancestorSet(parent, drafts, cache)) result.add(ancestor);
  }
  return result;
}

function buildProperties(nodes: readonly SourceNode[], classes: ReadonlyMap<string, SchemaOrgClass>): Map<string, SchemaOrgProperty> {
  const properties = new Map<string, SchemaOrgProperty>();
  for (const source of nodes) {
    const name = schemaName(source.node['@id']);
    if (name === undefined) continue;
    const rangeIncludes = new Set(refNames(source.node['schema:rangeIncludes']));
    const rangeClasses = [...rangeIncludes].map((range) => classes.get(range)).filter((cls) => cls !== undefined);
    properties.set(name, {
      ...termFields(name, source),
      domainIncludes: new Set(refNames(source.node['schema:domainIncludes'])),
      rangeIncludes,
      rangeHasDataType: rangeClasses.some((cls) => cls.isDataType),
      rangeEnumerations: rangeClasses.filter((cls) => cls.isEnumeration).map((cls) => cls.name),
      // A node reference is an IRI, so a URL-typed range takes one as well as a class range does.
      rangeAcceptsNode: rangeClasses.some((cls) => !cls.isDataType || cls.ancestors.has('URL')),
    });
  }
  return properties;
}

function buildEnumerationMembers(
  nodes: readonly SourceNode[],
  classes: ReadonlyMap<string, SchemaOrgClass>,
): Map<string, SchemaOrgEnumerationMember> {
  const members = new Map<string, SchemaOrgEnumerationMember>();
  for (const source of nodes) {
    const name = schemaName(source.node['@id']);
    // Instances of non-enumeration classes (schema:True/False are typed Boolean) are not enumeration members.
    const enumerations = refNamesOfTypes(source.node['@type']).filter((type) => classes.get(type)?.isEnumeration === true);
    if (name !== undefined && enumerations.length > 0) members.set(name, { ...termFields(name, source), enumerations });
  }
  return members;
}

function termFields(name: string, source: SourceNode): SchemaOrgTerm {
  return {
    name,
    layer: source.retired ? 'attic' : layerOf(source.node['schema:isPartOf']),
    retired: source.retired,
    supersededBy: refNames(source.node['schema:supersededBy'])[0],
  };
}

// Core terms carry no schema:isPartOf; the others name their section's host, e.g. https://pending.schema.org.
function layerOf(isPartOf: unknown): SchemaOrgLayer {
  const id = refIds(isPartOf)[0];
  const host = id?.match(/^https?:\/\/([a-z-]+)\.schema\.org/)?.[1];
  return host ?? 'core';
}

function refIds(value: unknown): string[] {
  return asArray(value).flatMap((ref) => (isObject(ref) && typeof ref['@id'] === 'string' ? [ref['@id']] : []));
}

function refNames(value: unknown): string[] {
  return refIds(value).flatMap((id) => schemaName(id) ?? []);
}

function refNamesOfTypes(value: unknown): string[] {
  return asArray(value).flatMap((type) => schemaName(type) ?? []);
}

function schemaName(id: unknown): string | undefined {
  return typeof id === 'string' && id.startsWith(SCHEMA_PREFIX) ? id.slice(SCHEMA_PREFIX.length) : undefined;
}

// ---------------------------------------------------------------------------
// Checking
// ---------------------------------------------------------------------------

interface CheckContext {
  readonly vocab: SchemaOrgVocabulary;
  readonly problems: SchemaOrgProblem[];
}

/** The types a node's properties are checked against. */
interface Subject {
  readonly types: readonly SchemaOrgClass[];
  // An untyped nested node borrows the classes of its property's range; any subclass
  // of those could be meant, so domains below them are accepted too.
  readonly implied: boolean;
}

/**
 * Checks a JSON-LD document (one node, a top-level array of nodes, or an @graph)
 * that uses the schema.org context. Every term is read as a schema.org term,
 * as the context's "@vocab" makes it; full https://schema.org/ IRIs and
 * "schema:" compact IRIs are accepted as the same terms.
 */
export function checkSchemaOrgDocument(doc: unknown, vocab: SchemaOrgVocabulary): SchemaOrgProblem[] {
  const ctx: CheckContext = { vocab, problems: [] };
  checkTopLevel(doc, '', ctx);
  return ctx.problems;
}

function checkTopLevel(value: unknown, pointer: string, ctx: CheckContext): void {
  if (Array.isArray(value)) value.forEach((item, index) => checkTopLevel(item, childPointer(pointer, index), ctx));
  else if (isObject(value)) checkNode(value, pointer, { types: [], implied: true }, ctx);
}

/** Checks a node object and returns the known classes it declares in @type. */
function checkNode(node: RawNode, pointer: string, impliedSubject: Subject, ctx: CheckContext): SchemaOrgClass[] {
  const typed = node['@type'] !== undefined;
  const types = typed ? checkTypes(node['@type'], childPointer(pointer, '@type'), ctx) : [];
  const subject: Subject = typed ? { types, implied: false } : impliedSubject;
  for (const [key, value] of Object.entries(node)) {
    const keyPointer = childPointer(pointer, key);
    if (key === '@graph') checkTopLevel(value, keyPointer, ctx);
    // Other keywords (@context, @id, @type, @language, @reverse, ...) are JSON-LD syntax, not schema.org terms.
    else if (!key.startsWith('@')) checkProperty(key, value, keyPointer, subject, ctx);
  }
  return types;
}

function checkTypes(value: unknown, pointer: string, ctx: CheckContext): SchemaOrgClass[] {
  if (!Array.isArray(value)) return knownType(value, pointer, ctx);
  return value.flatMap((type, index) => knownType(type, childPointer(pointer, index), ctx));
}

// Reports an unusable @type value; retired and superseded classes are still returned
// so their properties get domain-checked instead of cascading into more noise.
function knownType(value: unknown, pointer: string, ctx: CheckContext): SchemaOrgClass[] {
  const name = typeof value === 'string' ? termName(value) : JSON.stringify(value);
  const cls = typeof value === 'string' ? ctx.vocab.classes.get(name) : undefined;
  if (!cls) {
    report(ctx, pointer, name, 'unknown-type', `"${name}" is not a schema.org class${whatItIs(name, ctx.vocab)}`);
    return [];
  }
  if (cls.retired) report(ctx, pointer, name, 'retired-type', `"${name}" is retired (schema.org attic)${replacement(cls)}`);
  else if (cls.supersededBy) report(ctx, pointer, name, 'superseded-type', `"${name}" is superseded${replacement(cls)}`);
  return [cls];
}

function checkProperty(key: string, value: unknown, pointer: string, subject: Subject, ctx: CheckContext): void {
  const name = termName(key);
  const property = ctx.vocab.properties.get(name);
  if (!property) {
    if (!isActionAnnotation(name, ctx.vocab)) {
      report(ctx, pointer, name, 'unknown-property', `"${name}" is not a schema.org property${whatItIs(name, ctx.vocab)}`);
    }
    // Still walk the value: nodes nested under a bad key deserve their own checks.
    checkValues(value, pointer, undefined, ctx);
    return;
  }
  if (property.retired) {
    report(ctx, pointer, name, 'retired-property', `"${name}" is retired (schema.org attic)${replacement(property)}`);
    checkValues(value, pointer, undefined, ctx);
    return;
  }
  if (property.supersededBy) report(ctx, pointer, name, 'superseded-property', `"${name}" is superseded${replacement(property)}`);
  checkDomain(property, subject, pointer, ctx);
  // A property without rangeIncludes (interactionCount in 30.0) gives nothing to judge values by.
  checkValues(value, pointer, property.rangeIncludes.size > 0 ? property : undefined, ctx);
}

// schema.org Actions allow "<property>-input" / "<property>-output" annotations holding a
// PropertyValueSpecification shorthand, e.g. "query-input": "required name=q"
// (https://schema.org/docs/actions.html, "Part 4: Input and Output constraints"). They are not
// vocabulary terms, so they are accepted whenever <property> itself is known.
function isActionAnnotation(name: string, vocab: SchemaOrgVocabulary): boolean {
  const base = name.match(/^(.+)-(input|output)$/)?.[1];
  return base !== undefined && vocab.properties.has(base);
}

function checkDomain(property: SchemaOrgProperty, subject: Subject, pointer: string, ctx: CheckContext): void {
  // No types to judge by, or a property with no domain (interactionCount in 30.0).
  if (subject.types.length === 0 || property.domainIncludes.size === 0) return;
  if (subject.types.some((cls) => fitsDomain(cls, property, subject.implied, ctx.vocab))) return;
  const types = subject.types.map((cls) => cls.name).join(', ');
  report(
    ctx,
    pointer,
    property.name,
    'domain',
    `"${property.name}" is not expected on ${subject.implied ? `an untyped node (implied ${types})` : types}; domainIncludes: ${list(property.domainIncludes)}`,
  );
}

function fitsDomain(cls: SchemaOrgClass, property: SchemaOrgProperty, implied: boolean, vocab: SchemaOrgVocabulary): boolean {
  if (intersects(cls.ancestors, property.domainIncludes)) return true;
  if (!implied) return false;
  for (const domain of property.domainIncludes) {
    if (vocab.classes.get(domain)?.ancestors.has(cls.name)) return true;
  }
  return false;
}

function checkValues(value: unknown, pointer: string, property: SchemaOrgProperty | undefined, ctx: CheckContext): void {
  if (Array.isArray(value)) value.forEach((item, index) => checkValues(item, childPointer(pointer, index), property, ctx));
  else checkValue(value, pointer, property, ctx);
}

function checkValue(value: unknown, pointer: string, property: SchemaOrgProperty | undefined, ctx: CheckContext): void {
  if (value === null || value === undefined) return;
  if (!isObject(value)) {
    checkLiteral(value, pointer, property, ctx);
  } else if ('@value' in value) {
    checkLiteral(value['@value'], pointer, property, ctx);
  } else if ('@list' in value || '@set' in value) {
    const key = '@list' in value ? '@list' : '@set';
    checkValues(value[key], childPointer(pointer, key), property, ctx);
  } else {
    checkNestedNode(value, pointer, property, ctx);
  }
}

function checkNestedNode(node: RawNode, pointer: string, property: SchemaOrgProperty | undefined, ctx: CheckContext): void {
  const isReference = Object.keys(node).every((key) => key === '@id') && typeof node['@id'] === 'string';
  if (property && !property.rangeAcceptsNode) {
    report(ctx, pointer, property.name, 'range', `"${property.name}" expects a literal (${list(property.rangeIncludes)}), not a node`);
  }
  if (isReference) return;
  const types = checkNode(node, pointer, impliedSubject(property, ctx.vocab), ctx);
  if (!property || types.length === 0 || !property.rangeAcceptsNode) return;
  if (types.some((cls) => intersects(cls.ancestors, property.rangeIncludes))) return;
  report(
    ctx,
    pointer,
    property.name,
    'range',
    `"${property.name}" does not take ${types.map((cls) => cls.name).join(', ')}; rangeIncludes: ${list(property.rangeIncludes)}`,
  );
}

function impliedSubject(property: SchemaOrgProperty | undefined, vocab: SchemaOrgVocabulary): Subject {
  const types = [...(property?.rangeIncludes ?? [])].flatMap((name) => {
    const cls = vocab.classes.get(name);
    return cls && !cls.isDataType ? [cls] : [];
  });
  return { types, implied: true };
}

function checkLiteral(value: unknown, pointer: string, property: SchemaOrgProperty | undefined, ctx: CheckContext): void {
  if (!property) return;
  // schema.org: expected types are "not a requirement—it's fine to include just regular text or a URL"
  // (https://schema.org/docs/gs.html, "Expected types, text, and URLs"), so a string is always in range;
  // only a schema.org URL aimed at an enumeration is held to the enumeration's members.
  if (typeof value === 'string') checkEnumerationValue(value, pointer, property, ctx);
  else if ((typeof value === 'number' || typeof value === 'boolean') && !property.rangeHasDataType) {
    report(ctx, pointer, property.name, 'range', `"${property.name}" expects ${list(property.rangeIncludes)}, not the ${typeof value} ${String(value)}`);
  }
}

function checkEnumerationValue(value: string, pointer: string, property: SchemaOrgProperty, ctx: CheckContext): void {
  if (property.rangeEnumerations.length === 0 || !SCHEMA_IRI.test(value)) return;
  const name = termName(value);
  const member = ctx.vocab.enumerationMembers.get(name);
  const expected = property.rangeEnumerations.join(', ');
  if (!member) {
    report(ctx, pointer, name, 'unknown-enumeration-member', `"${value}" is not a member of ${expected}${whatItIs(name, ctx.vocab)}`);
  } else if (member.retired) {
    report(ctx, pointer, name, 'unknown-enumeration-member', `"${value}" is retired (schema.org attic)${replacement(member)}`);
  } else if (!member.enumerations.some((enumeration) => intersects(ctx.vocab.classes.get(enumeration)?.ancestors, property.rangeIncludes))) {
    report(ctx, pointer, property.name, 'range', `"${value}" is a member of ${member.enumerations.join(', ')}, but "${property.name}" expects ${expected}`);
  }
}

// ---------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------

function report(ctx: CheckContext, path: string, term: string, problem: SchemaOrgProblemKind, message: string): void {
  ctx.problems.push({ path, term, problem, message });
}

// A hint for a name that exists but as another kind of term (a class used as a key, ...).
function whatItIs(name: string, vocab: SchemaOrgVocabulary): string {
  if (vocab.classes.has(name)) return ' (it is a class)';
  if (vocab.properties.has(name)) return ' (it is a property)';
  const member = vocab.enumerationMembers.get(name);
  return member ? ` (it is a member of ${member.enumerations.join(', ')})` : '';
}

function replacement(term: SchemaOrgTerm): string {
  return term.supersededBy ? `; use "${term.supersededBy}"` : '';
}

function termName(term: string): string {
  if (term.startsWith(SCHEMA_PREFIX)) return term.slice(SCHEMA_PREFIX.length);
  return term.replace(SCHEMA_IRI, '');
}

function intersects(set: ReadonlySet<string> | undefined, other: ReadonlySet<string>): boolean {
  if (!set) return false;
  for (const item of set) if (other.has(item)) return true;
  return false;
}

function list(names: ReadonlySet<string>): string {
  return [...names].join(', ');
}

// RFC 6901: "~" and "/" inside a reference token are escaped as "~0" and "~1".
function childPointer(pointer: string, token: string | number): string {
  return `${pointer}/${String(token).replaceAll('~', '~0').replaceAll('/', '~1')}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}
