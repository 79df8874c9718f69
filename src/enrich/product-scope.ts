import type { Diagnostic, Origin, Subject } from '../model/diagnostic.js';
import type { Rule, RuleDetail } from '../model/rule.js';
import { applySeverityOverride, NO_OVERRIDES, type SeverityOverrides } from '../model/severity-overrides.js';

/**
 * Collects the findings about one product while it is validated and resolved, and decides what is left out:
 * an error about a variant leaves out that variant, an error about the product leaves out the product.
 */
export class ProductScope {
  readonly diagnostics: Diagnostic[] = [];
  readonly excludedVariants = new Set<number>();
  productExcluded = false;

  constructor(
    readonly productId: string | undefined,
    readonly origin: Origin,
    /** The merchant's severities by rule: they decide what is left out, as the rule's own severity would. */
    private readonly overrides: SeverityOverrides = NO_OVERRIDES,
  ) {}

  /** Reports about the product as a whole. */
  product(rule: Rule, detail: RuleDetail): void {
    this.add(rule.diagnostic(this.subject(), detail), undefined);
  }

  /** Reports about one variant, by its index in the record. */
  variant(index: number, variantId: string | undefined, rule: Rule, detail: RuleDetail): void {
    this.add(rule.diagnostic(this.subject(variantId), detail), index);
  }

  /** Takes diagnostics made elsewhere (schema validation, the reader); a pointer under /variants/N names the variant. */
  adopt(diagnostics: readonly Diagnostic[]): void {
    for (const d of diagnostics) {
      const match = d.pointer ? /^\/variants\/(\d+)(?:\/|$)/.exec(d.pointer) : null;
      this.add(d, match ? Number(match[1]) : undefined);
    }
  }

  variantExcluded(index: number): boolean {
    return this.productExcluded || this.excludedVariants.has(index);
  }

  hasErrors(): boolean {
    return this.diagnostics.some((d) => d.severity === 'error');
  }

  private subject(variantId?: string): Subject {
    const subject: Subject = { origin: this.origin };
    if (this.productId !== undefined) subject.productId = this.productId;
    if (variantId !== undefined) subject.variantId = variantId;
    return subject;
  }

  private add(reported: Diagnostic, variantIndex: number | undefined): void {
    const diagnostic = applySeverityOverride(reported, this.overrides);
    if (!diagnostic) return;
    this.diagnostics.push(diagnostic);
    if (diagnostic.severity !== 'error') return;
    if (variantIndex === undefined) this.productExcluded = true;
    else this.excludedVariants.add(variantIndex);
  }
}
