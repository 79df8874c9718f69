import type { ResolvedConfig } from '../../model/resolved-config.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { openaiCheckoutNeedsPolicies, openaiCheckoutNeedsSearch } from './rules.js';

export interface Eligibility {
  search: boolean;
  checkout: boolean;
}

/**
 * is_eligible_search and is_eligible_checkout for every row of a run
 * (https://developers.openai.com/commerce/specs/file-upload/products#checkout): checkout is written true only
 * when the config asks for it, search is on ("search set to false overrides this flag") and both
 * seller_privacy_policy and seller_tos can be written ("conditionally required for checkout"). When the config
 * asks for checkout but cannot have it, that is said once here, not once per row.
 */
export function decideEligibility(config: ResolvedConfig, report: (diagnostic: Diagnostic) => void): Eligibility {
  const { search, checkout: asked } = config.feeds.openai;
  const missing = (['privacy', 'terms'] as const).filter((key) => config.policies[key] === undefined).map((key) => `policies.${key}`);
  if (asked && !search) {
    report(
      openaiCheckoutNeedsSearch.diagnostic(
        { channel: 'openai' },
        { message: 'feeds.openai.checkout is true but feeds.openai.search is false; checkout needs search, so is_eligible_checkout is written false.', pointer: '/feeds/openai/checkout', expected: { search: true } },
      ),
    );
  }
  if (asked && missing.length > 0) {
    report(
      openaiCheckoutNeedsPolicies.diagnostic(
        { channel: 'openai' },
        { message: `feeds.openai.checkout is true but ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not set; is_eligible_checkout is written false.`, pointer: '/policies', expected: missing },
      ),
    );
  }
  return { search, checkout: asked && search && missing.length === 0 };
}
