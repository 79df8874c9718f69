import type { Rule } from '../../../model/rule.js';
import { wooAnyAttributeValue } from './rules/any-attribute-value.js';
import { wooBadValue } from './rules/bad-value.js';
import { wooBufferFull } from './rules/buffer-full.js';
import { wooCategoryPathUnavailable } from './rules/category-path-unavailable.js';
import { wooHiddenInCatalog } from './rules/hidden-in-catalog.js';
import { wooIncompleteDimensions } from './rules/incomplete-dimensions.js';
import { wooLateVariation } from './rules/late-variation.js';
import { wooNotAProductExport } from './rules/not-a-product-export.js';
import { wooNotPublished } from './rules/not-published.js';
import { wooOrphanVariation } from './rules/orphan-variation.js';
import { wooSaleTimeRounded } from './rules/sale-time-rounded.js';
import { wooSkippedProductType } from './rules/skipped-product-type.js';
import { wooUnsupportedUnit } from './rules/unsupported-unit.js';

/** Every rule the WooCommerce importers report with, for the rule registry. */
export const WOOCOMMERCE_RULES: readonly Rule[] = [
  wooNotAProductExport,
  wooSkippedProductType,
  wooNotPublished,
  wooHiddenInCatalog,
  wooBadValue,
  wooUnsupportedUnit,
  wooIncompleteDimensions,
  wooSaleTimeRounded,
  wooAnyAttributeValue,
  wooOrphanVariation,
  wooLateVariation,
  wooBufferFull,
  wooCategoryPathUnavailable,
];
