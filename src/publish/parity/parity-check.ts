import type { Diagnostic } from '../../model/diagnostic.js';
import { formatAmount } from '../../model/money.js';
import { matches } from './fact-table.js';
import { fieldKeys, fingerprint, keysOfFingerprint, OFFER_FIELDS, type OfferFacts, type OfferField } from './offer-facts.js';
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

/**
 * Reads the written outputs back and checks that every variant has the same regular price, current price,
 * currency, availability and URL in each. Memory: one short fingerprint per variant of the reference, and
 * full facts only for the variants that disagree (a second pass reads those).
 */
export async function checkParity(options: ParityOptions): Promise<ParityResult> {
  const readers = options.readers ?? OUTPUT_READERS;
  const diagnostics: Diagnostic[] = [];
  const outputs: ParityResult['outputs'] = [];
  let reference = options.reference;
  const disagreeing = new Set<string>();
  let comparisons = 0;

  for (const reader of readers) {
    const first = reference === undefined;
    const built = new FingerprintMap();
    let variants = 0;
    try {
      for await (const facts of reader.read(options.root, options.now)) {
        variants++;
        if (first) {
          built.set(facts);
          continue;
        }
        const expected = reference!.get(facts.variantId);
        if (expected === undefined) continue;
        comparisons++;
        if (!matches(expected, facts)) disagreeing.add(facts.variantId);
      }
    } catch (error) {
      diagnostics.push(parityUnreadable.diagnostic({ channel: reader.channel }, { message: `${reader.path} could not be read back: ${(error as Error).message}`, actual: reader.path }));
      continue;
    }
    if (variants === 0) continue;
    outputs.push({ channel: reader.channel, path: reader.path, variants });
    if (first) reference = built;
  }
  if (disagreeing.size > 0) {
    const model = options.reference ? new Map([...disagreeing].map((id) => [id, [...options.reference!.get(id)!]])) : undefined;
    diagnostics.push(...(await explain(options.root, options.now, readers, disagreeing, model, outputs[0]?.channel)));
  }
  return { outputs, comparisons, diagnostics };
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
  for (const [variantId, all] of sightings) {
    OFFER_FIELDS.forEach((field, f) => {
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
  const [regular, current, currency, availability] = sighting.keys;
  return { variantId: '', regular: Number(regular), current: Number(current), currency: currency!, availability: availability as OfferFacts['availability'], url: '' };
}

const NAMES: Record<OfferField, string> = {
  regular: 'the regular price',
  current: 'the current price',
  currency: 'the currency',
  availability: 'the availability',
  url: 'the URL',
};

function show(field: OfferField, facts: OfferFacts): string {
  if (field === 'regular' || field === 'current') {
    try {
      return `${formatAmount(facts[field], facts.currency)} ${facts.currency}`;
    } catch {
      return String(facts[field]);
    }
  }
  return JSON.stringify(facts[field]);
}
