import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

it('the generated model types match schemas/ (run npm run gen:types after changing a schema)', () => {
  const root = fileURLToPath(new URL('..', import.meta.url));
  expect(() => execFileSync(process.execPath, ['scripts/gen-types.mjs', '--check'], { cwd: root, stdio: 'pipe' })).not.toThrow();
});
