// ESLint: the TypeScript rules, and the import boundaries that keep the pipeline's layers in order.
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, lowest first. A layer may import from the layers below it and from itself, never from
 * above: model ← config ← sources, validate ← enrich ← formats ← channels ← publish ← pipeline ← cli, serve, integrations.
 * `formats` holds wire formats more than one channel (and the catalog server) write: the UCP catalog, TSV cells.
 * The files at the top of src/channels/ are the kit every channel builds on (channel.ts, site-links.ts…); a
 * channel's folder imports its own files and the kit, never another channel. Only the registry files know
 * every channel. index.ts is the library's public surface and may import anything.
 */
const LAYERS = [['model'], ['config'], ['sources', 'validate'], ['enrich'], ['formats'], ['channel-kit'], ['channel'], ['publish'], ['pipeline'], ['cli', 'serve', 'integrations'], ['public-api']];

const ELEMENTS = [
  { type: 'channel', pattern: 'src/channels/*', capture: ['name'] },
  { type: 'channel-kit', pattern: 'src/channels' },
  ...['model', 'config', 'sources', 'validate', 'enrich', 'formats', 'publish', 'pipeline', 'cli', 'serve', 'integrations', 'test-support'].map((type) => ({ type, pattern: `src/${type}` })),
  { type: 'public-api', pattern: 'src' },
].map((element) => ({ ...element, partialMatch: false }));

/** The files of the kit that list every channel. */
const FILES = [{ category: 'registry', pattern: 'src/channels/{registry,config-schema}.ts' }];

/** Each layer may import itself and everything below it. */
const layerPolicies = LAYERS.flatMap((types, i) => types.map((type) => ({ from: { element: { type } }, allow: { to: { element: { types: { anyOf: LAYERS.slice(0, i + 1).flat() } } } } })));

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'bench/results/', 'bench/data/', 'test/corpus/', 'src/model/generated/', '**/*.mjs', 'eslint.config.js', 'examples/**/.astro/', 'examples/**/node_modules/', 'examples/**/dist/', 'examples/**/_site/', '.vitest-tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      // Read-back parsers walk JSON of our own outputs; `any` there is narrowed by the parity check itself.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Control characters are what the text cleaners and TSV writers look for, on purpose.
      'no-control-regex': 'off',
    },
  },
  { files: ['bin/**/*.js'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts', 'src/**/*.fixtures.ts', 'src/test-support/**'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': ELEMENTS,
      'boundaries/files': FILES,
      'import/resolver': { typescript: { project: './tsconfig.json' } },
    },
    rules: {
      'boundaries/no-unknown-files': 'error',
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            ...layerPolicies,
            // A channel imports its own folder (internal imports are not checked) and never another channel's,
            // nor the registry that lists them all.
            { from: { element: { type: 'channel' } }, disallow: { to: [{ element: { type: 'channel' } }, { file: { categories: 'registry' } }] } },
            // The registry lists every channel; the rest of the kit knows none.
            { from: { file: { categories: 'registry' } }, allow: { to: { element: { type: 'channel' } } } },
            // Nothing in the product imports test support.
            { disallow: { to: { element: { type: 'test-support' } } } },
          ],
        },
      ],
    },
  },
);
