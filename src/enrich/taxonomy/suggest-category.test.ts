import { describe, expect, it } from 'vitest';
import { findCategoryById, listGoogleCategories } from './google-taxonomy.js';
import {
  MIN_SUGGESTION_SCORE,
  type SuggestCategoryInput,
  namePhrases,
  singularize,
  suggestGoogleCategory,
  tokenize,
} from './suggest-category.js';

// Every expected id was looked up in the official 2021-09-21 file; the comment gives its path.
describe('suggestGoogleCategory: suggests', () => {
  it.each<[string, SuggestCategoryInput, number, 'productType' | 'title']>([
    // Apparel & Accessories > Clothing > Dresses
    ['a productType leaf', { productType: 'Apparel > Women > Dresses' }, 2271, 'productType'],
    // Electronics > Audio > Audio Components > Headphones & Headsets > Headphones
    [
      'a productType leaf, confirmed by its branch',
      { productType: 'Electronics > Audio > Headphones' },
      543626,
      'productType',
    ],
    // Home & Garden > Kitchen & Dining > Cookware & Bakeware > Cookware > Skillets & Frying Pans
    ['one kind of a listing name', { productType: 'Home > Kitchen > Cookware > Frying Pans' }, 662, 'productType'],
    // Apparel & Accessories > Shoes: no `Sneakers` level in the taxonomy, so the level above answers
    ['a level above an unknown leaf', { productType: 'Shoes > Sneakers' }, 187, 'productType'],
    // Apparel & Accessories > Clothing > Shirts & Tops
    ['slash-separated levels', { productType: 'Clothing / Tops / T-Shirts' }, 212, 'productType'],
    // Toys & Games > Puzzles
    [
      'the productType before the title',
      { productType: 'Toys > Puzzles', title: '1000 piece jigsaw puzzle' },
      3867,
      'productType',
    ],
    // Apparel & Accessories > Clothing > Underwear & Socks > Socks
    ['a title noun', { title: "Men's Merino Wool Crew Socks" }, 209, 'title'],
    // Electronics > Audio > Audio Components > Headphones & Headsets > Headphones
    ['a title noun after adjectives', { title: 'Wireless Noise-Cancelling Headphones' }, 543626, 'title'],
    // Home & Garden > Kitchen & Dining > Kitchen Appliances > Coffee Makers & Espresso Machines > French Presses
    ['a specific kind within its parent', { title: 'Stainless Steel French Press Coffee Maker' }, 1557, 'title'],
    // Arts & Entertainment > Party & Celebration > Gift Giving > Gift Cards & Certificates
    ['a gift card', { title: 'Gift card XYZ' }, 53, 'title'],
    // Electronics > Audio > Audio Accessories > Headphone & Headset Accessories > Headphone Cushions & Tips
    [
      'the part, not the product it is for',
      { title: 'Replacement Ear Cushions for Sony WH-1000XM5 Headphones' },
      503004,
      'title',
    ],
    // … > Coffee Maker & Espresso Machine Accessories > Coffee Maker Water Filters
    ['the accessory, not the appliance', { title: 'Coffee Maker Water Filter' }, 5065, 'title'],
    // Animals & Pet Supplies > Pet Supplies > Pet Leashes (`dog` also reads as `pet`)
    ['an alias', { title: 'Dog Leash Reflective Nylon' }, 6249, 'title'],
    // Apparel & Accessories > Clothing Accessories > Belts (not Leather & Vinyl, nor Hash Browns)
    ['the noun among a material and a colour', { title: "Men's Leather Belt Brown" }, 169, 'title'],
    // Electronics > Video > Televisions
    ['TV', { title: 'Samsung 65" 4K UHD Smart TV' }, 404, 'title'],
    // Arts & Entertainment > Hobbies & Creative Arts > Musical Instruments > Pianos (not Hardware > Locks & Keys)
    ['the noun before a counted word', { title: 'Digital Piano 88 Keys' }, 76, 'title'],
    // Animals & Pet Supplies > Pet Supplies > Dog Supplies > Dog Food (not Grains, Rice & Cereal)
    ['the noun before a "free" claim', { title: 'Dog Food Grain Free Salmon' }, 3530, 'title'],
    // Sporting Goods > Exercise & Fitness > Yoga & Pilates > Yoga & Pilates Mats (not Underwear Slips)
    ['the noun before a "non-" adjective', { title: 'Yoga Mat Non-Slip 6mm' }, 3640, 'title'],
    // Home & Garden > Household Supplies > Household Paper Products > Toilet Paper
    ['a product with a count', { title: 'Toilet Paper 24 Rolls' }, 629, 'title'],
    // Electronics > Audio > Audio Components > Headphones & Headsets > Headphones
    [
      'the title when the productType names nothing',
      { productType: 'Sale > New Arrivals', title: 'Wireless Noise-Cancelling Headphones' },
      543626,
      'title',
    ],
    // Arts & Entertainment > Party & Celebration > Party Supplies > Piñatas
    ['a word without its accent', { productType: 'Party > Pinatas' }, 3994, 'productType'],
  ])('%s', (_, input, id, matchedOn) => {
    const suggestion = suggestGoogleCategory(input);
    expect(suggestion?.category).toBe(findCategoryById(id));
    expect(suggestion?.matchedOn).toBe(matchedOn);
    expect(suggestion!.score).toBeGreaterThanOrEqual(MIN_SUGGESTION_SCORE);
    expect(suggestion!.score).toBeLessThan(1);
  });

  it('reports the normalized words that matched, the category name first', () => {
    const dress = suggestGoogleCategory({ productType: 'Apparel > Women > Dresses' });
    expect(dress?.matchedTerms).toEqual(['dress', 'apparel']);
    expect(suggestGoogleCategory({ title: 'Stainless Steel French Press Coffee Maker' })?.matchedTerms).toEqual([
      'french',
      'press',
      'coffee',
      'maker',
    ]);
  });

  it('ranks a level that is exactly a category name above its namesakes', () => {
    // Both have the words `costume` and `accessory`; only the first is written this way.
    expect(suggestGoogleCategory({ productType: 'Costumes & Accessories' })?.category.id).toBe(184);
    expect(suggestGoogleCategory({ productType: 'Costume Accessories' })?.category.id).toBe(5192);
  });

  it('finds every category from its own full path given as productType', () => {
    const misses = listGoogleCategories().filter(
      (category) => suggestGoogleCategory({ productType: category.path })?.category !== category,
    );
    expect(misses.map((category) => category.path)).toEqual([]);
  });

  it('answers the same every time', () => {
    const input = { productType: 'Home > Kitchen', title: 'Stainless Steel French Press Coffee Maker' };
    expect(suggestGoogleCategory(input)).toEqual(suggestGoogleCategory(input));
  });
});

describe('suggestGoogleCategory: suggests nothing', () => {
  it.each<[string, SuggestCategoryInput]>([
    ['no input', {}],
    ['empty strings', { productType: '', title: '   ' }],
    ['words the taxonomy lacks', { title: 'XYZ 123 Pro Max' }],
    ['generic marketing words', { title: 'Premium Product' }],
    ['a productType of shop sections', { productType: 'Sale > New Arrivals' }],
    // `Case` alone is the head of dozens of categories; `Leather` is a material here.
    ['a lone common head', { title: 'Leather Case' }],
    // Not Fresh & Frozen Fruits > Apples.
    ['a brand that is also a fruit', { title: 'Apple iPhone 15 Pro Max Silicone Case with MagSafe' }],
    // The product is a tablet the taxonomy has no word for; Espresso Machines would be wrong.
    ['an accessory named after its appliance', { title: 'Espresso Machine Descaling Tablets' }],
    // Hardware > Building Materials > Glass is a material, not drinkware.
    ['a plural that matches only a material', { title: 'Red Wine Glasses Set of 4' }],
    ['words that are Object.prototype members', { title: 'constructor __proto__ toString hasOwnProperty' }],
  ])('for %s', (_, input) => {
    expect(suggestGoogleCategory(input)).toBeUndefined();
  });
});

describe('namePhrases', () => {
  it.each<[string, string[][], string[][]]>([
    ['Dresses', [['dress']], []],
    ['Shirts & Tops', [['shirt'], ['top']], []],
    ['Pet Carriers & Crates', [['pet', 'carrier'], ['pet', 'crate']], [['crate']]],
    ['Baby & Toddler Dresses', [['baby', 'dress'], ['toddler', 'dress']], [['baby']]],
    ['Skillets & Frying Pans', [['skillet'], ['frying', 'pan']], [['skillet', 'pan']]],
    ['Coffee Makers & Espresso Machines', [['coffee', 'maker'], ['espresso', 'machine']], []],
    [
      'Coffee Maker & Espresso Machine Accessories',
      [['coffee', 'maker', 'accessory'], ['espresso', 'machine', 'accessory']],
      [['coffee', 'maker']],
    ],
    ['Dance Dresses, Skirts & Costumes', [['dance', 'skirt'], ['dance', 'costume']], [['skirt']]],
  ])('%s', (name, includes, excludes) => {
    const phrases = namePhrases(name);
    expect(phrases[0]).toEqual(tokenize(name));
    for (const phrase of includes) expect(phrases).toContainEqual(phrase);
    for (const phrase of excludes) expect(phrases).not.toContainEqual(phrase);
  });
});

describe('tokenize and singularize', () => {
  it.each([
    ['shirts', 'shirt'],
    ['dresses', 'dress'],
    ['boots', 'boot'],
    ['accessories', 'accessory'],
    ['boxes', 'box'],
    ['watches', 'watch'],
    ['hoodie', 'hoody'],
    ['hoodies', 'hoody'],
    ['dress', 'dress'],
    ['glass', 'glass'],
    ['tennis', 'tennis'],
    ['lenses', 'lens'],
    ['knives', 'knife'],
    ['gas', 'gas'],
  ])('singularize(%s) is %s', (word, singular) => {
    expect(singularize(word)).toBe(singular);
  });

  it.each([
    ["Men's Crew Socks", ['man', 'crew', 'sock']],
    ['T-Shirts & Tops', ['tshirt', 'top']],
    ['E-Books', ['ebook']],
    ['Non-Slip Mats', ['nonslip', 'mat']],
    ['Grain Free Dog Food', ['grainfree', 'dog', 'food']],
    ['Crêpe & Blini Pans', ['crepe', 'blini', 'pan']],
    ['Bowls, Feeders and Waterers', ['bowl', 'feeder', 'waterer']],
  ])('tokenize(%s)', (text, tokens) => {
    expect(tokenize(text)).toEqual(tokens);
  });
});
