import type { ResolvedConfig } from '../../model/resolved-config.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { codePointLength, truncateAtWord } from '../../model/text.js';
import { decideEligibility, type Eligibility } from './eligibility.js';
import { OPENAI_LIMITS, OPENAI_REPRESENTED_COUNTRIES } from './limits.js';
import { openaiMarketNotRepresented, openaiSellerNameTooLong } from './rules.js';
import { ShippingCells } from './shipping.js';

/**
 * The values every row of a run shares, taken from the config once when the channel opens: seller, policies,
 * returns, markets, eligibility and the shipping field per currency. Config findings are reported here, once.
 */
export interface RunValues {
  sellerName: string;
  sellerUrl: string;
  privacyPolicy?: string;
  termsOfService?: string;
  returnPolicy?: string;
  /** https://developers.openai.com/commerce/specs/file-upload/products#returns */
  acceptsReturns?: boolean;
  returnDays?: number;
  targetCountries: string[];
  storeCountry: string;
  eligibility: Eligibility;
  shipping: ShippingCells;
}

export function prepareRun(config: ResolvedConfig, report: (diagnostic: Diagnostic) => void): RunValues {
  let sellerName = config.shop.name;
  if (codePointLength(sellerName) > OPENAI_LIMITS.sellerName) {
    sellerName = truncateAtWord(sellerName, OPENAI_LIMITS.sellerName).value;
    report(
      openaiSellerNameTooLong.diagnostic(
        { channel: 'openai' },
        { message: `The shop name has ${codePointLength(config.shop.name)} characters; seller_name allows ${OPENAI_LIMITS.sellerName}, so it was cut at a word boundary.`, pointer: '/shop/name', actual: config.shop.name, expected: OPENAI_LIMITS.sellerName },
      ),
    );
  }
  // The config schema does not ask for unique countries; target_countries must not repeat one.
  const targetCountries = [...new Set(config.feeds.openai.targetCountries)];
  const storeCountry = config.shop.country;
  const unrepresented = [...new Set([...targetCountries, storeCountry])].filter((c) => !OPENAI_REPRESENTED_COUNTRIES.has(c));
  if (unrepresented.length > 0) {
    report(
      openaiMarketNotRepresented.diagnostic(
        { channel: 'openai' },
        { message: `OpenAI's shared format represents US, CA and MX today; ${unrepresented.join(', ')} ${unrepresented.length === 1 ? 'needs' : 'need'} market setup confirmed by OpenAI, or the upload is treated as US.`, actual: unrepresented, expected: [...OPENAI_REPRESENTED_COUNTRIES] },
      ),
    );
  }
  const values: RunValues = {
    sellerName,
    sellerUrl: config.shop.url,
    targetCountries,
    storeCountry,
    eligibility: decideEligibility(config, report),
    shipping: new ShippingCells(config.shipping, report),
  };
  if (config.policies.privacy !== undefined) values.privacyPolicy = config.policies.privacy;
  if (config.policies.terms !== undefined) values.termsOfService = config.policies.terms;
  if (config.policies.returns !== undefined) values.returnPolicy = config.policies.returns;
  if (config.returns) {
    // "For a final-sale item, send accepts_returns=false and omit the return window"; an unlimited window has no
    // number of days to give, so only acceptance is written.
    values.acceptsReturns = config.returns.category !== 'not_permitted';
    if (config.returns.category === 'finite' && config.returns.days !== undefined) values.returnDays = config.returns.days;
  }
  return values;
}
