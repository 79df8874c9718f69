import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * One Ajv instance for the package's own schemas (draft 2020-12). `verbose` keeps the failing sub-schema on
 * each error so messages can quote its description; `allErrors` reports every problem of a record at once.
 */
export function createAjv(): Ajv2020 {
  // strictRequired is off: the config schema's if/then blocks name properties declared beside them, which is valid 2020-12.
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false });
  (addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
  return ajv;
}
