import type { MerchantReturnPolicy, OfferShippingDetails, ServicePeriod, ShippingService } from 'schema-dts';
import type { ResolvedConfig, ResolvedReturnPolicy, ResolvedShippingRate } from '../../model/resolved-config.js';
import { formatAmount } from '../../model/money.js';

/**
 * The shop's shipping and return policies as schema.org nodes, built once per run from the config.
 * https://developers.google.com/search/docs/appearance/structured-data/merchant-listing#shipping-details
 * https://developers.google.com/search/docs/appearance/structured-data/return-policy
 */
const RETURN_CATEGORY = {
  finite: 'https://schema.org/MerchantReturnFiniteReturnWindow',
  unlimited: 'https://schema.org/MerchantReturnUnlimitedWindow',
  not_permitted: 'https://schema.org/MerchantReturnNotPermitted',
} as const;

const RETURN_FEES = {
  free: 'https://schema.org/FreeReturn',
  customer_pays: 'https://schema.org/ReturnFeesCustomerResponsibility',
  fixed: 'https://schema.org/ReturnShippingFees',
} as const;

const RETURN_METHOD = {
  mail: 'https://schema.org/ReturnByMail',
  store: 'https://schema.org/ReturnInStore',
  kiosk: 'https://schema.org/ReturnAtKiosk',
} as const;

/** Node ids shared by the site document and product documents, so the same policy is one node on a page. */
export function policyId(config: ResolvedConfig, name: string): string {
  return new URL(`#${name}`, config.shop.url).href;
}

export function returnPolicyNode(returns: ResolvedReturnPolicy, config: ResolvedConfig): MerchantReturnPolicy {
  const node: MerchantReturnPolicy = {
    '@type': 'MerchantReturnPolicy',
    '@id': policyId(config, 'return-policy'),
    applicableCountry: returns.countries,
    returnPolicyCategory: RETURN_CATEGORY[returns.category],
  };
  if (returns.category === 'finite' && returns.days !== undefined) node.merchantReturnDays = returns.days;
  if (returns.category !== 'not_permitted') {
    if (returns.fees) node.returnFees = RETURN_FEES[returns.fees];
    if (returns.fees === 'fixed' && returns.feeAmount) {
      node.returnShippingFeesAmount = {
        '@type': 'MonetaryAmount',
        value: formatAmount(returns.feeAmount.minor, returns.feeAmount.currency),
        currency: returns.feeAmount.currency,
      };
    }
    if (returns.method) node.returnMethod = RETURN_METHOD[returns.method];
  }
  if (config.policies.returns) node.merchantReturnLink = config.policies.returns;
  return node;
}

function days(range: { min: number; max: number }) {
  return { '@type': 'QuantitativeValue' as const, minValue: range.min, maxValue: range.max, unitCode: 'DAY' };
}

function destination(rate: ResolvedShippingRate) {
  return {
    '@type': 'DefinedRegion' as const,
    addressCountry: rate.country,
    ...(rate.region !== undefined ? { addressRegion: rate.region } : {}),
  };
}

function rateAmount(rate: ResolvedShippingRate) {
  return { '@type': 'MonetaryAmount' as const, value: formatAmount(rate.price.minor, rate.price.currency), currency: rate.price.currency };
}

/** One OfferShippingDetails per rate: one destination and one rate per node, as Google asks. */
export function shippingDetailsNode(rate: ResolvedShippingRate, id: string): OfferShippingDetails {
  const node: OfferShippingDetails = {
    '@type': 'OfferShippingDetails',
    '@id': id,
    shippingRate: rateAmount(rate),
    shippingDestination: destination(rate),
  };
  if (rate.handlingDays || rate.transitDays) {
    node.deliveryTime = {
      '@type': 'ShippingDeliveryTime',
      ...(rate.handlingDays ? { handlingTime: days(rate.handlingDays) } : {}),
      ...(rate.transitDays ? { transitTime: days(rate.transitDays) } : {}),
    };
  }
  return node;
}

/** The organization-level form (https://developers.google.com/search/docs/appearance/structured-data/shipping-policy). */
export function shippingServiceNode(rate: ResolvedShippingRate, id: string): ShippingService {
  const node: ShippingService = {
    '@type': 'ShippingService',
    '@id': id,
    name: rate.service,
    shippingConditions: {
      '@type': 'ShippingConditions',
      shippingDestination: destination(rate),
      shippingRate: rateAmount(rate),
      ...(rate.transitDays ? { transitTime: period(rate.transitDays) } : {}),
    },
  };
  if (rate.handlingDays) node.handlingTime = period(rate.handlingDays);
  return node;
}

/**
 * A ShippingService's handling and transit times as Google's shipping-policy markup gives them: a ServicePeriod
 * whose duration is the range of days (https://developers.google.com/search/docs/appearance/structured-data/shipping-policy,
 * ShippingService.handlingTime and ShippingConditions.transitTime). schema.org 30.0 allows a bare QuantitativeValue
 * there too, but with the policies on the Organization this is the only place Google reads delivery times from, so
 * it gets the documented form. The config's days are business days; which days those are is not stated, so
 * `businessDays` is left out rather than guessed.
 */
function period(range: { min: number; max: number }): ServicePeriod {
  return { '@type': 'ServicePeriod', duration: days(range) };
}
