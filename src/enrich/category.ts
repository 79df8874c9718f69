import type { Rule } from '../model/rule.js';
import { resolveGoogleCategory } from './taxonomy/google-taxonomy.js';
import { suggestGoogleCategory } from './taxonomy/suggest-category.js';
import { categoryPathResolved, categorySuggested, categorySuggestionApplied, categoryUnknown } from './rules/category.js';

export interface CategoryFinding {
  rule: Rule;
  message: string;
  actual?: unknown;
  expected?: unknown;
}

export interface ResolvedCategory {
  category?: { id: number; path: string };
  findings: CategoryFinding[];
}

/**
 * Checks a Google product category against the shipped 2021-09-21 taxonomy (an id or a full path). A
 * product without one gets a suggestion from its product type or title, which is reported and applied
 * only when `applySuggestion` is set: a guessed category is not a fact the shop gave.
 */
export function resolveCategory(input: {
  given?: number | string;
  productType?: string;
  title: string;
  applySuggestion: boolean;
}): ResolvedCategory {
  const findings: CategoryFinding[] = [];
  if (input.given !== undefined) {
    const result = resolveGoogleCategory(input.given);
    if (!result.ok) {
      findings.push({
        rule: categoryUnknown,
        message: `${JSON.stringify(input.given)} is not a category of the Google product taxonomy (2021-09-21); it is left out.`,
        actual: input.given,
      });
      return { findings };
    }
    const { id, path } = result.category;
    if (typeof input.given === 'string' && !/^\d+$/.test(input.given.trim())) {
      findings.push({ rule: categoryPathResolved, message: `The category path was resolved to id ${id}.`, actual: input.given, expected: id });
    }
    return { category: { id, path }, findings };
  }
  const suggestion = suggestGoogleCategory({ ...(input.productType ? { productType: input.productType } : {}), title: input.title });
  if (!suggestion) return { findings };
  const { id, path } = suggestion.category;
  const from = `${suggestion.matchedOn === 'productType' ? 'product type' : 'title'} (${suggestion.matchedTerms.join(', ')})`;
  findings.push({
    rule: input.applySuggestion ? categorySuggestionApplied : categorySuggested,
    message: input.applySuggestion
      ? `Google category ${id} "${path}" was suggested from the ${from} and applied, as the config asks.`
      : `Google category ${id} "${path}" is suggested from the ${from}; set enrich.applySuggestedCategories to apply suggestions.`,
    expected: { id, path, score: Math.round(suggestion.score * 100) / 100 },
  });
  return input.applySuggestion ? { category: { id, path }, findings } : { findings };
}
