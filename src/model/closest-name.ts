import { distance } from 'fastest-levenshtein';

/**
 * The candidate nearest to `word` by edit distance, when it is near enough to be a typo of it: the "did you mean"
 * of config keys, rule ids and rule areas. Case is ignored; ties go to the earlier candidate.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // A third of the word's length, at least one edit: "shiping" → "shipping", but not "color" → "currency".
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}
