import type { StreamFormat } from '../../formats.js';
import type { Rule } from '../../../model/rule.js';
import { readGmcTsv, sniffGmcTsv } from './gmc-tsv.js';
import { readGmcXml, sniffGmcXml } from './gmc-xml.js';
import { gmcAttributeNotImported } from './rules/attribute-not-imported.js';
import { gmcAvailabilityInterpreted } from './rules/availability-interpreted.js';
import { gmcBadDate } from './rules/bad-date.js';
import { gmcBadMeasure } from './rules/bad-measure.js';
import { gmcBadPrice } from './rules/bad-price.js';
import { gmcDateAssumedUtc } from './rules/date-assumed-utc.js';
import { gmcGroupCurrencyMixed } from './rules/group-currency-mixed.js';
import { gmcGroupNotAdjacent } from './rules/group-not-adjacent.js';
import { gmcGroupValueConflict } from './rules/group-value-conflict.js';
import { gmcIncompleteMeasure } from './rules/incomplete-measure.js';
import { gmcItemIdMissing } from './rules/item-id-missing.js';
import { gmcMalformedItem } from './rules/malformed-item.js';
import { gmcNotAFeed } from './rules/not-a-feed.js';
import { gmcPriceCurrencyMissing } from './rules/price-currency-missing.js';
import { gmcSaleCurrencyMismatch } from './rules/sale-currency-mismatch.js';
import { gmcShippingIgnored } from './rules/shipping-ignored.js';
import { gmcTruncatedFeed } from './rules/truncated-feed.js';
import { gmcUnknownValue } from './rules/unknown-value.js';

/**
 * A Google Merchant Center product feed in XML: RSS 2.0 (https://support.google.com/merchants/answer/14987622)
 * or Atom 1.0 (https://support.google.com/merchants/answer/160593) with the Google namespace.
 */
export const gmcXmlFormat: StreamFormat = {
  kind: 'stream',
  name: 'gmc-xml',
  description: 'Google Merchant Center feed, XML (RSS 2.0 or Atom 1.0 with the g: namespace): one item per variant, item_group_id groups',
  extensions: ['.xml'],
  sniff: sniffGmcXml,
  read: (chunks, file, context) => readGmcXml(chunks, file, context),
};

/** A Google Merchant Center product feed as tab-separated text (https://support.google.com/merchants/answer/160567). */
export const gmcTsvFormat: StreamFormat = {
  kind: 'stream',
  name: 'gmc-tsv',
  description: 'Google Merchant Center feed, tab-separated with Google attribute names as header (id, title, link, price…)',
  extensions: ['.tsv', '.txt'],
  sniff: sniffGmcTsv,
  read: (chunks, file, context) => readGmcTsv(chunks, file, context),
};

/** Every rule the Merchant Center importers report with, for the rule registry. */
export const GMC_RULES: readonly Rule[] = [
  gmcNotAFeed,
  gmcTruncatedFeed,
  gmcMalformedItem,
  gmcItemIdMissing,
  gmcUnknownValue,
  gmcAvailabilityInterpreted,
  gmcBadPrice,
  gmcPriceCurrencyMissing,
  gmcSaleCurrencyMismatch,
  gmcGroupCurrencyMixed,
  gmcBadDate,
  gmcDateAssumedUtc,
  gmcBadMeasure,
  gmcIncompleteMeasure,
  gmcShippingIgnored,
  gmcAttributeNotImported,
  gmcGroupValueConflict,
  gmcGroupNotAdjacent,
];
