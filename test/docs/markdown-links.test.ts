import { describe, expect, it } from 'vitest';
import { relativeLinks } from './markdown-links.js';

describe('relativeLinks', () => {
  it('resolves relative links against the file, and leaves out URLs, anchors and code', () => {
    const markdown = [
      'See [the schema](../schemas/config.schema.json) and [`inject`](inject.md#options).', // 1
      '![logo](img/logo.png "Logo") [site](https://shop.example/) [here](#top) [mail](mailto:a@b.example)', // 2
      '`[not](a-link.md)` <a href="../examples/vite-shop/">vite</a>', // 3
      '```md', // 4
      '[inside](code.md)', // 5
      '```', // 6
      '[ref]: ../bench/README.md', // 7
      '[space](my%20file.md)', // 8
    ].join('\n');
    expect(relativeLinks(markdown, 'docs/serve.md')).toEqual([
      { at: 'docs/serve.md:1', target: 'schemas/config.schema.json' },
      { at: 'docs/serve.md:1', target: 'docs/inject.md' },
      { at: 'docs/serve.md:2', target: 'docs/img/logo.png' },
      { at: 'docs/serve.md:3', target: 'examples/vite-shop' },
      { at: 'docs/serve.md:7', target: 'bench/README.md' },
      { at: 'docs/serve.md:8', target: 'docs/my file.md' },
    ]);
  });
});
