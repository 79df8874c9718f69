import type { ResolvedConfig } from '../../model/resolved-config.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { ResolvedProduct, ResolvedVariant } from '../../model/resolved.js';
import { codePointLength, removeControlCharacters } from '../../model/text.js';
import { addAttributes } from './attributes.js';
import { rowBuilder, type RowBuilder } from './builder.js';
import type { MicrosoftRow } from './columns.js';
import { MICROSOFT_AVAILABILITY, MICROSOFT_LIMITS, SHIPPING_REQUIRED_COUNTRIES } from './limits.js';
import { priceText, twoDecimals } from './price-format.js';
import {
  microsoftAvailabilityNotSupported,
  microsoftDescriptionMissing,
  microsoftDescriptionTooLong,
  microsoftIdInvalid,
  microsoftImageMissing,
  microsoftItemGroupIdInvalid,
  microsoftLinkTooLong,
  microsoftPriceNotExpressible,
  microsoftSaleNotExpressible,
  microsoftShippingMissing,
  microsoftShippingNotExpressible,
  microsoftTitleTooLong,
} from './rules.js';
import { shippingCell } from './shipping.js';
import { hasTsvBreaks } from '../../formats/tsv.js';

/** What every row of a run shares. */
export interface RowRun {
  config: ResolvedConfig;
}

export interface RowResult {
  row?: MicrosoftRow;
  diagnostics: Diagnostic[];
}

/**
 * An instant in Microsoft's date-time form, "YYYY-MM-DDThh:mm:ss" with its zone: a fraction of a second is
 * dropped, so the run's clock is never written after now and a sale never ends later than the shop says.
 */
export function microsoftInstant(iso: string): string {
  return iso.replace(/\.\d+(?=Z$|[+-]\d\d:\d\d$)/, '');
}

/** Whether an id can be written as it is: within 50 code points, nothing the file would change. */
function idProblem(id: string): string | undefined {
  if (codePointLength(id) > MICROSOFT_LIMITS.id) return `has ${codePointLength(id)} characters; Microsoft allows ${MICROSOFT_LIMITS.id}`;
  if (hasTsvBreaks(id) || removeControlCharacters(id).removed > 0) return 'holds a tab, line break or control character, which a tab-delimited file cannot carry';
  return undefined;
}

/**
 * Maps one variant to a Microsoft Merchant Center row
 * (https://learn.microsoft.com/en-us/advertising/msa-help/hlp_ba_conc_aboutbingmerchantcentercatalogfile).
 * Price, sale, availability and URL are the model's values, formatted; nothing is recomputed.
 */
export function buildMicrosoftRow(product: ResolvedProduct, variant: ResolvedVariant, run: RowRun): RowResult {
  const b = rowBuilder({ productId: product.id, variantId: variant.id, channel: 'microsoft', origin: product.origin });
  const out = (rule: Parameters<RowBuilder['report']>[0], message: string, extra?: Parameters<RowBuilder['report']>[2]): RowResult => {
    b.report(rule, message, extra);
    return { diagnostics: b.diagnostics };
  };

  // Identity: an id cannot be cut or cleaned without becoming another item.
  const idIssue = idProblem(variant.id);
  if (idIssue) return out(microsoftIdInvalid, `The item id ${idIssue}.`, { actual: variant.id, expected: MICROSOFT_LIMITS.id });
  const groupIssue = product.isGroup ? idProblem(product.id) : undefined;
  if (groupIssue) return out(microsoftItemGroupIdInvalid, `The item group id ${groupIssue}.`, { actual: product.id, expected: MICROSOFT_LIMITS.itemGroupId });

  const availability = MICROSOFT_AVAILABILITY[variant.availability];
  if (availability === undefined) {
    return out(microsoftAvailabilityNotSupported, `The item is on ${variant.availability}; Microsoft has only in stock, out of stock and preorder, so it is left out rather than misstated.`, { actual: variant.availability, expected: Object.values(MICROSOFT_AVAILABILITY) });
  }
  const description = product.description === undefined ? '' : b.text(product.description, 'description');
  if (description === '') return out(microsoftDescriptionMissing, 'The product has no description.');
  const image = variant.images[0];
  if (image === undefined) return out(microsoftImageMissing, 'The item has no image.');
  if (codePointLength(variant.url) > MICROSOFT_LIMITS.link || codePointLength(image) > MICROSOFT_LIMITS.link) {
    return out(microsoftLinkTooLong, `The product link or image link is longer than ${MICROSOFT_LIMITS.link} characters.`, { expected: MICROSOFT_LIMITS.link });
  }

  const { currency } = variant.price;
  const price = priceText(variant.price.minor, currency);
  if (price === undefined) {
    return out(microsoftPriceNotExpressible, `The price ${variant.price.minor} minor units of ${currency} cannot be written with two decimals within 0.00–10,000,000.00.`, { actual: variant.price });
  }
  const row: MicrosoftRow = { id: variant.id, title: '', link: variant.url, image_link: image, availability, price };

  // Sales: https://learn.microsoft.com/en-us/advertising/msa-help/hlp_ba_conc_aboutbingmerchantcentercatalogfile#optional-fields-sales-and-promotions
  // sale_price is "Numeric" with "No symbols" (example "20.99", no currency, unlike price), in the price's currency.
  // The window is start/end in ISO 8601 with a time zone; the model's instants are written as given.
  if (variant.sale) {
    const { sale } = variant;
    if (sale.window.kind === 'unstated') {
      b.report(microsoftSaleNotExpressible, `The sale starts at ${sale.startsAt ?? '?'} and has no end; it is left out until it starts.`);
    } else {
      const amount = sale.price.currency === currency ? twoDecimals(sale.price.minor, currency) : undefined;
      if (amount === undefined) {
        return out(microsoftPriceNotExpressible, `The sale price ${sale.price.minor} minor units of ${sale.price.currency} cannot be written as a two-decimal amount in ${currency} within 0.00–10,000,000.00.`, { actual: sale.price });
      }
      row.sale_price = amount;
      // A sale on now with no end is a sale_price alone ("the sale price will continue to be used").
      if (sale.window.kind === 'window') row.sale_price_effective_date = `${microsoftInstant(sale.window.start)}/${microsoftInstant(sale.window.end)}`;
    }
  }

  // Shipping: required for Austria and Germany only (#required-fields). Digital goods ship nothing.
  if (!product.isDigital) {
    const cell = shippingCell(run.config.shipping, currency);
    for (const { rate, reason } of cell.left) {
      b.report(microsoftShippingNotExpressible, `The ${rate.country} ${rate.service} rate is left out: ${reason}.`, { actual: rate });
    }
    if (cell.value !== undefined) row['shipping(country:service:price)'] = cell.value;
    else if (SHIPPING_REQUIRED_COUNTRIES.has(run.config.shop.country)) {
      return out(microsoftShippingMissing, `Microsoft requires shipping for items sold in ${run.config.shop.country}, and no configured rate can be written for this item.`, { expected: 'shipping' });
    }
  }

  row.title = b.limited(variant.title, 'The title', MICROSOFT_LIMITS.title, microsoftTitleTooLong);
  addAttributes(b, row, product, variant, run.config);
  row.description = b.limited(description, 'The description', MICROSOFT_LIMITS.description, microsoftDescriptionTooLong);
  return { row, diagnostics: b.diagnostics };
}
