import type { Diagnostic, Subject } from '../../model/diagnostic.js';
import { parseAmount } from '../../model/money.js';
import type { OpenAiRow } from './columns.js';
import { openaiCurrencyMismatch, openaiSalePriceNotBelowPrice } from './rules.js';
import { checkRowSchema } from './row-schema.js';

const MONEY = /^([0-9]+(?:\.[0-9]+)?) ([A-Z]{3})$/;

/** Minor units and currency of an "amount CURRENCY" string, without float math (src/model/money.ts). */
function money(text: string): { minor: number; currency: string } | undefined {
  const match = MONEY.exec(text);
  if (!match) return undefined;
  const parsed = parseAmount(match[1]!, match[2]!);
  return parsed.ok ? { minor: parsed.minor, currency: match[2]! } : undefined;
}

/**
 * The money rules of a row that JSON Schema cannot state, because they compare fields
 * (https://developers.openai.com/commerce/specs/file-upload/products#price--promotions): sale_price is "strictly
 * less than price, and in the same currency", and every money field of the row (price, sale_price, the shipping
 * prices) uses one currency. The model guarantees both for what it builds; this check keeps the channel honest.
 * Malformed amounts are the schema's to report, so they are skipped here.
 */
export function checkRowMoney(row: OpenAiRow, subject: Subject): Diagnostic[] {
  const out: Diagnostic[] = [];
  const price = money(row.price);
  if (!price) return out;
  const others: Array<{ field: string; pointer: string; value: { minor: number; currency: string } }> = [];
  const sale = row.sale_price === undefined ? undefined : money(row.sale_price);
  if (sale) others.push({ field: 'sale_price', pointer: '/sale_price', value: sale });
  if (row.shipping !== undefined) {
    row.shipping.split(',').forEach((tuple, i) => {
      const amount = tuple.split(':')[3];
      const value = amount === undefined ? undefined : money(amount);
      if (value) others.push({ field: `shipping tuple ${i + 1}`, pointer: '/shipping', value });
    });
  }
  for (const other of others) {
    if (other.value.currency !== price.currency) {
      out.push(
        openaiCurrencyMismatch.diagnostic(subject, {
          message: `${other.field} is in ${other.value.currency} but price is in ${price.currency}; a row uses one currency.`,
          pointer: other.pointer,
          actual: other.value.currency,
          expected: price.currency,
        }),
      );
    }
  }
  if (sale && sale.currency === price.currency && sale.minor >= price.minor) {
    out.push(
      openaiSalePriceNotBelowPrice.diagnostic(subject, {
        message: `sale_price ${row.sale_price} is not below price ${row.price}; OpenAI does not use such a sale.`,
        pointer: '/sale_price',
        actual: row.sale_price,
        expected: `< ${row.price}`,
      }),
    );
  }
  return out;
}

/** Everything a row must pass before it is written: the schema, then the money rules. Empty when the row is good. */
export function checkRow(row: OpenAiRow, subject: Subject): Diagnostic[] {
  return [...checkRowSchema(row, subject), ...checkRowMoney(row, subject)];
}
