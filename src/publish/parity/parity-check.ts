import type { Diagnostic } from '../../model/diagnostic.js';
import { formatAmount } from '../../model/money.js';
import { matches } from './fact-table.js';
import { fieldKeys, fingerprint, keysOfFingerprint, NOT_CARRIED, OFFER_FIELDS, type OfferFacts, type OfferField } from './offer-facts.js';
import { OUTPUT_READERS, type OutputReader } from './readers.js';
import { parityMismatch, parityUnreadable } from './rules.js';

export interface ParityOptions {
  /** The output root (a staging folder during build, the published folder for verify). */
  root: string;
  /** The instant a Google sale window is judged at. */
  now: number;
  /**
   * The model's offer facts by variant id, when the check runs inside a build (a FactTable). Without it
   * (verify), the first output read is the reference.
   */
  reference?: FactReference;
  readers?: readonly OutputReader[];
  /**
   * Scans some outputs in another thread while this one scans the rest (only with a reference: without one,
   * the first output read is the reference for the others). Results are merged in reader order, so the
   * findings are the same either way.
   */
  elsewhere?: { channels: ReadonlySet<string>; scan(channels: string[]): Promise<OutputScan[]> };
}

/** The compared keys of each variant's facts (see fieldKeys), by variant id. */
export interface FactReference {
  get(variantId: string): readonly string[] | undefined;
}

/** The reference verify builds from the first output it reads: fingerprints, since values may be anything. */
class FingerprintMap implements FactReference {
  private readonly prints = new Map<string, string>();
  set(facts: OfferFacts): void {
    this.prints.set(facts.variantId, fingerprint(facts));
  }
  get(variantId: string): string[] | undefined {
    const print = this.prints.get(variantId);
    return print === undefined ? undefined : keysOfFingerprint(print);
  }
}

export interface ParityResult {
  /** Outputs read, with how many variants each had. */
  outputs: Array<{ channel: string; path: string; variants: number }>;
  /** Variant-by-output comparisons made against the reference. */
  comparisons: number;
  diagnostics: Diagnostic[];
}

const MODEL = 'the catalog model';

/** One output read back and compared with the reference. */
export interface OutputScan {
  channel: string;
  path: string;
  variants: number;
  comparisons: number;
  /** Ids of the variants whose facts differ from the reference. */
  disagreeing: string[];
  /** Why the output could not be read back, when it could not. */
  unreadable?: string;
}

/** Reads one output and compares each variant with the reference. */
export async function scanOutput(reader: OutputReader, root: string, now: number, reference: FactReference): Promise<OutputScan> {
  const scan: OutputScan = { channel: reader.channel, path: reader.path, variants: 0, comparisons: 0, disagreeing: [] };
  try {
    for await (const facts of reader.read(root, now)) {
      scan.variants++;
      const expected = reference.get(facts.variantId);
      if (expected === undefined) continue;
      scan.comparisons++;
      if (!matches(expected, facts)) scan.disagreeing.push(facts.variantId);
    }
  } catch (error) {
    scan.unreadable = (error as Error).message;
  }
  return scan;
}

/**
 * Reads the written outputs back and checks that every variant has the same regular price, current price,
 * currency, availability and URL in each. Memory: one short fingerprint per variant of the reference, and
 * full facts only for the variants that disagree (a second pass reads those).
 */
export async function checkParity(options: ParityOptions): Promise<ParityResult> {
  const readers = options.readers ?? OUTPUT_READERS;
  const scans = options.reference ? await scanAgainst(options.reference, readers, options) : await scanAgainstFirst(readers, options);
  const diagnostics: Diagnostic[] = [];
  const outputs: ParityResult['outputs'] = [];
  const disagreeing = new Set<string>();
  let comparisons = 0;
  for (const scan of scans) {
    if (scan.unreadable !== undefined) {
      diagnostics.push(parityUnreadable.diagnostic({ channel: scan.channel }, { message: `${scan.path} could not be read back: ${scan.unreadable}`, actual: scan.path }));
      continue;
    }
    comparisons += scan.comparisons;
    for (const id of scan.disagreeing) disagreeing.add(id);
    if (scan.variants > 0) outputs.push({ channel: scan.channel, path: scan.path, variants: scan.variants });
  }
  if (disagreeing.size > 0) {
    const model = options.reference ? new Map([...disagreeing].map((id) => [id, [...options.reference!.get(id)!]])) : undefined;
    diagnostics.push(...(await explain(options.root, options.now, readers, disagreeing, model, outputs[0]?.channel)));
  }
  return { outputs, comparisons, diagnostics };
}

/** Every output against the model's facts; some of them in another thread when one is offered. */
async function scanAgainst(reference: FactReference, readers: readonly OutputReader[], options: ParityOptions): Promise<OutputScan[]> {
  const away = options.elsewhere ? readers.filter((r) => options.elsewhere!.channels.has(r.channel)) : [];
  const elsewhere = away.length > 0 ? options.elsewhere!.scan(away.map((r) => r.channel)) : Promise.resolve([]);
  elsewhere.catch(() => undefined);
  const here: OutputScan[] = [];
  for (const reader of readers) if (!away.includes(reader)) here.push(await scanOutput(reader, options.root, options.now, reference));
  const there = await elsewhere;
  return readers.map((reader) => (away.includes(reader) ? there.find((s) => s.channel === reader.channel) : here.find((s) => s.channel === reader.channel))!);
}

/** For verify: the first output that has variants is the reference for the ones after it. */
async function scanAgainstFirst(readers: readonly OutputReader[], options: ParityOptions): Promise<OutputScan[]> {
  const scans: OutputScan[] = [];
  let reference: FingerprintMap | undefined;
  for (const reader of readers) {
    if (reference) {
      scans.push(await scanOutput(reader, options.root, options.now, reference));
      continue;
    }
    const built = new FingerprintMap();
    const scan: OutputScan = { channel: reader.channel, path: reader.path, variants: 0, comparisons: 0, disagreeing: [] };
    try {
      for await (const facts of reader.read(options.root, options.now)) {
        scan.variants++;
        built.set(facts);
      }
      if (scan.variants > 0) reference = built;
    } catch (error) {
      scan.unreadable = (error as Error).message;
    }
    scans.push(scan);
  }
  return scans;
}

interface Sighting {
  source: string;
  path?: string;
  keys: string[];
  facts?: OfferFacts;
}

/**
 * Second pass over the disagreeing variants: every output's facts, and one finding per field for each output
 * that differs from the right value: the model's in a build, else the one most outputs agree on (the first
 * output read wins ties).
 */
async function explain(
  root: string,
  now: number,
  readers: readonly OutputReader[],
  ids: ReadonlySet<string>,
  model: Map<string, string[]> | undefined,
  firstOutput: string | undefined,
): Promise<Diagnostic[]> {
  const tieBreaker = firstOutput;
  const sightings = new Map<string, Sighting[]>();
  for (const id of ids) sightings.set(id, model ? [{ source: MODEL, keys: model.get(id)! }] : []);
  for (const reader of readers) {
    for await (const facts of reader.read(root, now)) {
      if (ids.has(facts.variantId)) sightings.get(facts.variantId)!.push({ source: reader.channel, path: reader.path, keys: fieldKeys(facts), facts });
    }
  }
  const out: Diagnostic[] = [];
  for (const [variantId, sighted] of sightings) {
    OFFER_FIELDS.forEach((field, f) => {
      // An output that does not carry the field (a feed without unit prices) has no vote on it.
      const all = sighted.filter((s) => s.keys[f] !== NOT_CARRIED);
      if (all.length < 2) return;
      const votes = new Map<string, number>();
      for (const s of all) votes.set(s.keys[f]!, (votes.get(s.keys[f]!) ?? 0) + 1 + (s.source === tieBreaker ? 0.5 : 0));
      if (votes.size < 2) return;
      // In a build the model is the truth; in verify, the value most outputs agree on.
      const right = model ? all[0]!.keys[f]! : [...votes.entries()].sort((a, b) => b[1] - a[1])[0]![0];
      const agreeing = all.filter((s) => s.keys[f] === right);
      const example = agreeing.find((s) => s.facts)?.facts ?? modelFacts(all[0]!, field);
      for (const s of all) {
        if (s.keys[f] === right || !s.facts) continue;
        out.push(
          parityMismatch.diagnostic(
            { variantId, channel: s.source },
            {
              message: `${s.path} gives ${NAMES[field]} ${show(field, s.facts)}, but ${agreeing.map((a) => a.source).join(' and ')} ${agreeing.length === 1 ? 'gives' : 'give'} ${example ? show(field, example) : 'another value'}.`,
              actual: s.facts[field],
              ...(example ? { expected: example[field] } : {}),
            },
          ),
        );
      }
    });
  }
  return out;
}

/** The model's value of a field, rebuilt from its fingerprint keys (the URL is only kept as a hash). */
function modelFacts(sighting: Sighting, field: OfferField): OfferFacts | undefined {
  if (sighting.source !== MODEL || field === 'url') return undefined;
  const [regular, current, currency, availability, , unit] = sighting.keys;
  return { variantId: '', regular: Number(regular), current: Number(current), currency: currency!, availability: availability as OfferFacts['availability'], url: '', unit: unit === '-' ? null : Number(unit) };
}

const NAMES: Record<OfferField, string> = {
  regular: 'the regular price',
  current: 'the current price',
  currency: 'the currency',
  availability: 'the availability',
  url: 'the URL',
  unit: 'the unit price',
};

function show(field: OfferField, facts: OfferFacts): string {
  if (field === 'unit' && (facts.unit === null || facts.unit === undefined)) return 'no unit price';
  if (field === 'regular' || field === 'current' || field === 'unit') {
    try {
      return `${formatAmount(facts[field]!, facts.currency)} ${facts.currency}`;
    } catch {
      return String(facts[field]);
    }
  }
  return JSON.stringify(facts[field]);
}
