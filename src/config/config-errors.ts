import type { ErrorObject } from 'ajv';

/**
 * A config schema error in words a merchant can act on: where (the JSON Pointer of the value, `/` for the
 * whole config), what is wrong, and what would be right: the allowed values of an enum, the closest known key
 * for an unknown one ("did you mean shipping?"), the expected type.
 */
export function describeConfigError(error: ErrorObject): string {
  const at = error.instancePath || '/';
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperty':
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {});
      const suggestion = closest(key, known);
      const where = at === '/' ? 'the config' : at;
      return `  ${where} has an unknown key "${key}"${suggestion ? `: did you mean "${suggestion}"?` : known.length > 0 ? `; the keys allowed here are ${known.join(', ')}` : ''}`;
    }
    case 'enum':
      return `  ${at} is ${JSON.stringify(error.data)}, which is not one of the allowed values: ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'type':
      return `  ${at} must be ${article(String(params.type))}, not ${jsonType(error.data)}`;
    case 'required':
      return `  ${at === '/' ? 'the config' : at} is missing the required key "${String(params.missingProperty)}"`;
    default:
      return `  ${at} ${error.message ?? 'is not valid'}`;
  }
}

/** The candidate nearest to `word` by edit distance, when it is near enough to be a typo of it. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
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

/** Levenshtein distance, two rows at a time. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return article(typeof value);
}
