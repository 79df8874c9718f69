import { appendFileSync } from 'node:fs';

// Module customization hooks (https://nodejs.org/api/module.html#customization-hooks): run in their own thread.
export async function resolve(specifier, context, nextResolve) {
  const result = await nextResolve(specifier, context);
  const file = process.env.AGENTSHELF_RECORD_IMPORTS;
  if (file) appendFileSync(file, `${result.url}\n`);
  return result;
}
