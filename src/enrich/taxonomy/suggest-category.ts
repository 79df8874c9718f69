// Suggests a Google product category (google_product_category, https://support.google.com/merchants/answer/6324436)
// for a product that has none, from its own product_type or title. Offline and deterministic: the only data is the
// shipped taxonomy.
//
// It may run for every product of a million-variant catalog, so the taxonomy is turned once into "phrases" indexed
// by their head noun; a call tokenizes its input and scores only the phrases whose head the input contains.
//
// A wrong category is worse than none (Google may show the product for the wrong searches, or ask for the wrong
// category's attributes), so a suggestion needs the category's head noun, used as the product's own noun, and enough
// rare words to clear MIN_RAW_SCORE; otherwise the answer is undefined.
import { findParentCategory, listGoogleCategories, type TaxonomyCategory } from './google-taxonomy.js';

export interface SuggestCategoryInput {
  /** The merchant's own category path, e.g. `Apparel > Women > Dresses` (Google's product_type attribute). */
  productType?: string;
  title?: string;
}

export interface CategorySuggestion {
  category: TaxonomyCategory;
  /** Confidence in (0, 1): 1 - e^(-raw / 8). A suggestion is never under MIN_SUGGESTION_SCORE. */
  score: number;
  matchedOn: 'productType' | 'title';
  /** The normalized (lowercase, singular) words of the input found in the category's path, its own name's first. */
  matchedTerms: string[];
}

// Raw scores add up inverse document frequencies, ln(1 + categories / categories whose name has the word): a rare
// word (`sock`, in 4 names) is worth about 7, a common one (`accessory`, in 409) under 3.
const SCORE_SCALE = 8;
// Tuned on the cases of suggest-category.test.ts: a full match of one fairly rare head noun (`Socks`, `Belts`) passes;
// a lone common head (`Case`) or a category more specific than the input (`Toddler Dresses` for `Dress`) does not.
const MIN_RAW_SCORE = 5.5;
export const MIN_SUGGESTION_SCORE = toScore(MIN_RAW_SCORE);
// The category's own name must carry most of the score: its ancestors only confirm a branch (CONTEXT_FACTOR) and
// cannot lift a weak match over the line.
const MIN_PHRASE_SCORE = 0.8 * MIN_RAW_SCORE;
const CONTEXT_FACTOR = 0.5;
// A phrase whose modifiers are not all in the input (input `Dress`, phrase `Toddler Dresses`) names something more
// specific than the product is known to be.
const PARTIAL_FACTOR = 0.5;
// A productType level written exactly as a category's name is the strongest evidence, then one with exactly the words
// of a kind the name lists.
const NAME_EXACT_FACTOR = 1.3;
const PHRASE_EXACT_FACTOR = 1.15;
// Each productType level above the deepest is weaker evidence of what the product is.
const LEVEL_DECAY = 0.8;
// Kinds of product are plural in the taxonomy (`Socks`); a name only ever singular is a material or a substance
// (`Hardware > Building Materials > Glass`), which a plural input word (`Glasses`) hardly means. The same number on
// both sides of a productType level breaks near-ties between `Basketball` (the sport) and `Basketballs` (the balls);
// not in titles, which name one item in the singular whatever the category ("Smart TV", not `Film & Television`).
const MASS_NOUN_FROM_PLURAL_FACTOR = 0.5;
const SAME_NUMBER_FACTOR = 1.05;
// The product's own noun is the last noun of the main clause ("Merino Wool Crew Socks"). An earlier noun is mostly a
// modifier ("Leather Belt"), and one after "for" or "with" names what the product goes with ("Cushions for
// Headphones"). When the last noun names no category ("Espresso Machine Descaling Tablets"), the product is
// something the taxonomy has no word for, and the earlier nouns are weaker evidence still.
const EARLIER_FACTOR = 0.6;
const EARLIER_UNMATCHED_HEAD_FACTOR = 0.3;
const QUALIFIER_FACTOR = 0.35;

const STOP_WORDS = new Set(['and', 'or', 'the', 'of', 'in', 'on', 'an', 'to', 'at', 'as', 'by', 'from']);
// Words that open a qualifier clause.
const QUALIFIER_WORDS = new Set(['for', 'with', 'fits', 'compatible', 'w']);
// Colours, sizes, materials and packaging, in the singular, often follow the noun ("Belt Brown", "Socks Merino
// Wool", "Blocks Set"), and some are category names too (`Hash Browns`, `Leather & Vinyl`, `Dining Sets`): they never
// take the head role from the noun before them. In the plural they are products (`Wine Glasses`).
const ATTRIBUTE_WORDS = new Set([
  'black', 'white', 'red', 'blue', 'green', 'yellow', 'brown', 'grey', 'gray', 'pink', 'purple', 'orange', 'beige',
  'navy', 'silver', 'gold', 'ivory', 'small', 'medium', 'large', 'xs', 'xl', 'xxl', 'size', 'inch',
  'wool', 'cotton', 'leather', 'silk', 'linen', 'nylon', 'polyester', 'steel', 'wood', 'plastic', 'glass', 'metal',
  'bamboo', 'ceramic', 'velvet', 'denim', 'cashmere', 'suede', 'set', 'pack', 'piece', 'pc', 'pair', 'bundle', 'lot',
  'count', 'edition', 'new', 'chocolate', 'vanilla', 'strawberry', 'mint',
]);
// A word right after a quantity is what is counted or measured ("88 Keys", "16GB RAM", "24 Rolls"), not the product.
const QUANTITY = /^\d+(?:gb|tb|mb|kg|g|lb|oz|ml|l|cm|mm|m|ft|in|v|w|mah)?$/;
// "Grain Free", "BPA-free": the word before "free" is what the product lacks.
const FREE_OF = 'grain|gluten|sugar|bpa|dairy|fat|cruelty|alcohol|fragrance|lactose|caffeine|soy';
const WITHOUT_WORD = new RegExp(`([\\p{L}\\p{N}]+)-free\\b|\\b(${FREE_OF})\\s+free\\b`, 'gu');
// Common shop words the taxonomy names otherwise. An alias adds the taxonomy's word beside the original.
// (Maps, not object literals: input words like `constructor` must not find Object.prototype's members.)
const ALIASES: ReadonlyMap<string, string> = new Map([
  ['tv', 'television'],
  ['tee', 'shirt'],
  ['tshirt', 'shirt'],
  ['sneaker', 'shoe'],
  ['boot', 'shoe'],
  ['jean', 'pant'],
  ['trouser', 'pant'],
  ['dog', 'pet'],
  ['cat', 'pet'],
  ['puppy', 'pet'],
  ['kitten', 'pet'],
]);
const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['men', 'man'],
  ['women', 'woman'],
  ['children', 'child'],
  ['feet', 'foot'],
  ['teeth', 'tooth'],
  ['mice', 'mouse'],
  ['geese', 'goose'],
  ['knives', 'knife'],
  ['leaves', 'leaf'],
  ['shelves', 'shelf'],
  ['lens', 'lens'],
  ['lenses', 'lens'],
]);

/**
 * Light singularization, applied to the taxonomy and the input alike, so it only has to be consistent, not correct
 * English: `shirts`→`shirt`, `dresses`→`dress`, `accessories`→`accessory`, `hoodie` and `hoodies`→`hoody`.
 */
export function singularize(word: string): string {
  const irregular = IRREGULAR.get(word);
  if (irregular) return irregular;
  if (word.length <= 3 || /(?:ss|us|is)$/.test(word)) return word;
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:sses|xes|ches|shes|zzes)$/.test(word)) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith('ie')) return `${word.slice(0, -2)}y`;
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/**
 * Lowercase words, accents removed, split on anything but letters and digits. A one-letter prefix stays joined
 * (`T-Shirt` → `tshirt`, `E-Books` → `ebooks`): alone it would be dropped, and `E-books` would read as `Books`.
 * So do prefixes and suffixes that make an adjective of a noun (`Non-Slip`, `Anti-Fatigue`, `Grain Free`): `slip`,
 * `fatigue` and `grain` are not the product.
 */
function words(text: string): string[] {
  let lower = text.toLowerCase();
  // Most titles are ASCII: skip the Unicode work for them (this runs for every product).
  const ascii = ASCII.test(lower);
  if (!ascii) lower = lower.normalize('NFKD').replace(/\p{M}/gu, '');
  if (lower.includes('-')) lower = lower.replace(JOINED_PREFIX, '$1$2');
  if (lower.includes('free')) {
    lower = lower.replace(WITHOUT_WORD, (_, hyphenated?: string, spaced?: string) => `${hyphenated ?? spaced}free`);
  }
  return lower.split(ascii ? ASCII_SEPARATOR : SEPARATOR).filter((word) => word !== '');
}

const ASCII = /^[\x00-\x7f]*$/;
const ASCII_SEPARATOR = /[^a-z0-9]+/;
const SEPARATOR = /[^\p{L}\p{N}]+/u;
const JOINED_PREFIX = /(^|[^\p{L}\p{N}])(\p{L}|non|anti|pre|semi|multi)-(?=\p{L})/gu;

/** Normalized tokens: stop words and one-letter fragments (`men's` → `men`, `s`) dropped, the rest singular. */
export function tokenize(text: string): string[] {
  return tokensOf(words(text));
}

function tokensOf(wordList: readonly string[]): string[] {
  const tokens: string[] = [];
  for (const word of wordList) {
    if (word.length > 1 && !STOP_WORDS.has(word)) tokens.push(singularize(word));
  }
  return tokens;
}

/**
 * The phrases (token lists, head last) a category name stands for. Google lists several kinds in one name, with
 * different grammars: `Shirts & Tops` (two kinds), `Pet Carriers & Crates` (`Pet` applies to both), `Baby & Toddler
 * Dresses` (`Dresses` applies to both), `Coffee Maker & Espresso Machine Accessories` (accessories of both: Google's
 * kinds are plural, so the singular `Maker` is a modifier). The whole name comes first.
 */
export function namePhrases(name: string): string[][] {
  return phrasesOf(name, tokenize(name));
}

/** namePhrases, given the name's tokens already: most names list one kind, and need no more work. */
function phrasesOf(name: string, whole: string[]): string[][] {
  if (!name.includes('&') && !name.includes(',')) return [whole];
  const items = name
    .split(/\s*,\s*|\s+&\s+/)
    .map((item) => {
      const itemWords = words(item);
      const lastWord = itemWords.at(-1) ?? '';
      return { tokens: tokensOf(itemWords), singular: singularize(lastWord) === lastWord };
    })
    .filter((item) => item.tokens.length > 0);
  if (items.length < 2) return [whole];
  const phrases: string[][] = [whole];
  const first = items[0]!;
  const last = items.at(-1)!;
  const rest = items.slice(1);
  const middle = items.slice(0, -1);
  if (first.tokens.length > 1 && rest.every((item) => item.tokens.length === 1)) {
    // `Pet Carriers & Crates`: the first item's modifiers carry forward.
    const modifiers = first.tokens.slice(0, -1);
    phrases.push(first.tokens, ...rest.map((item) => [...modifiers, ...item.tokens]));
  } else if (last.tokens.length > 1 && middle.every((item) => item.tokens.length === 1)) {
    // `Baby & Toddler Dresses`: the last item's words after its first carry back to a singular modifier; a plural is
    // a kind of its own (`Skillets & Frying Pans`).
    const tail = last.tokens.slice(1);
    phrases.push(last.tokens, ...middle.map((item) => (item.singular ? [...item.tokens, ...tail] : item.tokens)));
  } else {
    // `Shirts & Tops`, `Coffee Makers & Espresso Machines`, `Audio & Video Cable Adapters & Couplers`.
    const lastHead = last.tokens.at(-1)!;
    phrases.push(last.tokens);
    for (const item of middle) phrases.push(item.singular && !last.singular ? [...item.tokens, lastHead] : item.tokens);
  }
  return phrases;
}

interface Phrase {
  /** Index in the category list. */
  readonly category: number;
  /** Distinct tokens, the head among them. */
  readonly tokens: readonly string[];
  /** Each token's idf, precomputed. */
  readonly weights: readonly number[];
  /** The category's whole name rather than one of the kinds it lists. */
  readonly whole: boolean;
  /** The head is written only in the singular in the name (`Glass`, `Coffee`): a material or a substance. */
  readonly massHead: boolean;
}

interface SuggestIndex {
  readonly categories: readonly TaxonomyCategory[];
  readonly phrasesByHead: ReadonlyMap<string, readonly Phrase[]>;
  /** Per category: its name's words, for productType levels written exactly the same. */
  readonly nameKeys: readonly string[];
  /** Per category: distinct tokens of its ancestors' names, top first. */
  readonly ancestorTokens: readonly (readonly string[])[];
  readonly idf: ReadonlyMap<string, number>;
}

let index: SuggestIndex | undefined;

// Built on first use, once: tens of milliseconds for 5,595 names, against microseconds for each suggestion after.
function getIndex(): SuggestIndex {
  if (index) return index;
  const categories = listGoogleCategories();
  const phrasesByHead = new Map<string, Phrase[]>();
  const ancestorTokens: (readonly string[])[] = [];
  const nameKeys: string[] = [];
  const documentFrequency = new Map<string, number>();
  // Distinct tokens of each category's whole path, by id, shared as its children's ancestor tokens.
  const tokensOfPath = new Map<number, readonly string[]>();
  // Phrases get the idf of their words once every name is read.
  const phrases: { head: string; phrase: Phrase & { weights: number[] } }[] = [];
  categories.forEach((category, position) => {
    const name = category.segments.at(-1)!;
    const nameWords = words(name);
    const nameTokens = tokensOf(nameWords);
    const own = [...new Set(nameTokens)];
    nameKeys.push(nameWords.join(' '));
    for (const token of own) documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
    // Parents come first in the list, so the parent's tokens are known.
    const parent = findParentCategory(category.id);
    const inherited = (parent && tokensOfPath.get(parent.id)) ?? [];
    ancestorTokens.push(inherited);
    tokensOfPath.set(category.id, inherited.concat(own.filter((token) => !inherited.includes(token))));
    const kinds = phrasesOf(name, nameTokens);
    const seen = new Set<string>();
    kinds.forEach((tokens, order) => {
      const head = tokens.at(-1);
      if (head === undefined) return;
      const unique = tokens.length === 1 ? tokens : [...new Set(tokens)];
      if (kinds.length > 1) {
        const key = `${head}:${[...unique].sort().join(' ')}`;
        if (seen.has(key)) return;
        seen.add(key);
      }
      // Plural anywhere in the name: `Coffee Makers` has a plural `maker`; `Glass` only a singular `glass`.
      const massHead = !nameWords.some((word) => word !== head && singularize(word) === head);
      phrases.push({ head, phrase: { category: position, tokens: unique, weights: [], whole: order === 0, massHead } });
    });
  });
  const idf = new Map<string, number>();
  for (const [token, count] of documentFrequency) idf.set(token, Math.log(1 + categories.length / count));
  for (const { head, phrase } of phrases) {
    for (const token of phrase.tokens) phrase.weights.push(idf.get(token) ?? 0);
    const list = phrasesByHead.get(head);
    if (list) list.push(phrase);
    else phrasesByHead.set(head, [phrase]);
  }
  index = { categories, phrasesByHead, nameKeys, ancestorTokens, idf };
  return index;
}

type Role = 'head' | 'earlier' | 'qualifier';

interface QueryToken {
  readonly token: string;
  /** The input word was plural (`Glasses`). */
  readonly plural: boolean;
  /** `head`: the product's own noun; `earlier`: a word before it; `qualifier`: a word after "for" or "with". */
  readonly role: Role;
}

/** The tokens of a noun phrase (a title, a productType level), each with its role. */
function nounPhraseQuery(idx: SuggestIndex, text: string): QueryToken[] {
  const all = words(text);
  const cut = all.findIndex((word, position) => position > 0 && QUALIFIER_WORDS.has(word));
  const mainEnd = cut === -1 ? all.length : cut;
  const tokens: { token: string; plural: boolean; main: boolean; counted: boolean }[] = [];
  all.forEach((word, position) => {
    if (word.length <= 1 || STOP_WORDS.has(word) || QUALIFIER_WORDS.has(word)) return;
    const singular = singularize(word);
    const plural = singular !== word;
    const counted = position > 0 && QUANTITY.test(all[position - 1]!);
    for (const token of withAliases([singular])) tokens.push({ token, plural, main: position < mainEnd, counted });
  });
  let last = -1;
  tokens.forEach(({ token, plural, main, counted }, position) => {
    const attribute = counted || (!plural && ATTRIBUTE_WORDS.has(token));
    if (main && !attribute && idx.phrasesByHead.has(token)) last = position;
  });
  // An alias stands where its word does: `Hiking Boots` makes both `boot` and `shoe` the head.
  const heads = new Set(last === -1 ? [] : withAliases([tokens[last]!.token]));
  return tokens.map(({ token, plural, main }) => ({
    token,
    plural,
    role: heads.has(token) ? 'head' : main ? 'earlier' : 'qualifier',
  }));
}

function withAliases(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    out.push(token);
    const alias = ALIASES.get(token);
    if (alias !== undefined) out.push(alias);
  }
  return out;
}

interface Match {
  readonly category: number;
  /** The phrase's score before its role's factor. */
  readonly phrase: number;
  readonly role: Role;
  readonly matched: readonly string[];
}

interface Candidate {
  readonly category: number;
  readonly raw: number;
  readonly matched: readonly string[];
}

const ROLE_RANK: Readonly<Record<Role, number>> = { head: 0, earlier: 1, qualifier: 2 };
// The largest factor a phrase's score can still receive after its coverage (exact name, same number).
const MAX_BOOST = NAME_EXACT_FACTOR * SAME_NUMBER_FACTOR;

/**
 * Suggests a Google product category from productType (its deepest level first, then the levels above) or, failing
 * that, from the title. Returns undefined when nothing matches well enough. Deterministic: equal scores go to the
 * deeper category, then to the lower id.
 */
export function suggestGoogleCategory(input: SuggestCategoryInput): CategorySuggestion | undefined {
  const idx = getIndex();
  const title = input.title?.trim() ? nounPhraseQuery(idx, input.title) : [];
  // product_type separates levels with `>` (https://support.google.com/merchants/answer/6324406); shops' own paths
  // also come with `/` or `|`. Commas are left alone: though a feed may list several product types with them, one
  // product type, like Google's own `Food, Beverages & Tobacco`, has them inside its names.
  const productType = input.productType?.trim();
  if (productType) {
    const levels = productType
      .split(productType.includes('>') ? '>' : /[/|]/)
      .map((level) => ({ query: nounPhraseQuery(idx, level), key: words(level).join(' ') }))
      .filter((level) => level.query.length > 0);
    const context = new Set([...levels.flatMap((level) => level.query), ...title].map((entry) => entry.token));
    let decay = 1;
    for (let level = levels.length - 1; level >= 0; level--) {
      const { query, key } = levels[level]!;
      const best = bestCandidate(idx, query, context, key, decay);
      if (best) return toSuggestion(idx, best, 'productType');
      decay *= LEVEL_DECAY;
    }
  }
  if (title.length > 0) {
    const best = bestCandidate(idx, title, new Set(title.map((entry) => entry.token)), undefined, 1);
    if (best) return toSuggestion(idx, best, 'title');
  }
  return undefined;
}

function bestCandidate(
  idx: SuggestIndex,
  query: readonly QueryToken[],
  context: ReadonlySet<string>,
  /** A productType level's words (undefined for a title): exactness and number agreement count there. */
  levelKey: string | undefined,
  decay: number,
): Candidate | undefined {
  const present = new Set(query.map((entry) => entry.token));
  const known = [...present].filter((token) => idx.idf.has(token));
  // A word written twice counts in its strongest role.
  const heads = new Map<string, QueryToken>();
  for (const entry of query) {
    const previous = heads.get(entry.token);
    if (!previous || ROLE_RANK[entry.role] < ROLE_RANK[previous.role]) heads.set(entry.token, entry);
  }
  const matches: Match[] = [];
  for (const [head, { role, plural }] of heads) {
    // The most this role's factor can be; a phrase that cannot reach MIN_PHRASE_SCORE with it is skipped early.
    const bound = (role === 'head' ? 1 : role === 'earlier' ? EARLIER_FACTOR : QUALIFIER_FACTOR) * decay * MAX_BOOST;
    for (const phrase of idx.phrasesByHead.get(head) ?? []) {
      let covered = 0;
      let full = true;
      const { tokens, weights } = phrase;
      for (let i = 0; i < tokens.length; i++) {
        if (present.has(tokens[i]!)) covered += weights[i]!;
        else full = false;
      }
      let score = covered * (full ? 1 : PARTIAL_FACTOR);
      if (score * bound < MIN_PHRASE_SCORE) continue;
      const matched = tokens.filter((token) => present.has(token));
      if (phrase.massHead && plural) score *= MASS_NOUN_FROM_PLURAL_FACTOR;
      if (levelKey !== undefined) {
        if (phrase.massHead !== plural) score *= SAME_NUMBER_FACTOR;
        if (phrase.whole && levelKey === idx.nameKeys[phrase.category]) score *= NAME_EXACT_FACTOR;
        else if (full && known.every((token) => phrase.tokens.includes(token))) score *= PHRASE_EXACT_FACTOR;
      }
      matches.push({ category: phrase.category, phrase: score, role, matched });
    }
  }
  const evaluate = (match: Match, earlierFactor: number): Candidate | undefined => {
    const roleFactor = match.role === 'head' ? 1 : match.role === 'earlier' ? earlierFactor : QUALIFIER_FACTOR;
    const phrase = match.phrase * roleFactor * decay;
    if (phrase < MIN_PHRASE_SCORE) return undefined;
    let raw = phrase;
    const matched = [...match.matched];
    for (const token of idx.ancestorTokens[match.category]!) {
      if (context.has(token) && !matched.includes(token)) {
        raw += CONTEXT_FACTOR * (idx.idf.get(token) ?? 0) * decay;
        matched.push(token);
      }
    }
    return raw < MIN_RAW_SCORE ? undefined : { category: match.category, raw, matched };
  };
  const hasHead = query.some((entry) => entry.role === 'head');
  const headNamesCategory = matches.some((match) => match.role === 'head' && evaluate(match, 1) !== undefined);
  const earlierFactor = !hasHead || headNamesCategory ? EARLIER_FACTOR : EARLIER_UNMATCHED_HEAD_FACTOR;
  let best: Candidate | undefined;
  for (const match of matches) {
    const candidate = evaluate(match, earlierFactor);
    if (candidate && (!best || compare(idx, candidate, best) < 0)) best = candidate;
  }
  return best;
}

/** Higher score first, then the deeper (more specific) category, then the lower id. */
function compare(idx: SuggestIndex, a: Candidate, b: Candidate): number {
  if (a.raw !== b.raw) return b.raw - a.raw;
  const depthA = idx.categories[a.category]!.segments.length;
  const depthB = idx.categories[b.category]!.segments.length;
  if (depthA !== depthB) return depthB - depthA;
  return idx.categories[a.category]!.id - idx.categories[b.category]!.id;
}

function toSuggestion(
  idx: SuggestIndex,
  candidate: Candidate,
  matchedOn: CategorySuggestion['matchedOn'],
): CategorySuggestion {
  return {
    category: idx.categories[candidate.category]!,
    score: toScore(candidate.raw),
    matchedOn,
    matchedTerms: [...candidate.matched],
  };
}

function toScore(raw: number): number {
  return 1 - Math.exp(-raw / SCORE_SCALE);
}
