import { describe, expect, it } from 'vitest';
import { MARKDOWN_DIALECT } from './llms/markdown.js';
import { Block, compileTemplate, EMPTY_BLOCK, loadTemplate } from './template.js';

const compile = (source: string) => compileTemplate('test.md', source, MARKDOWN_DIALECT);

describe('templates', () => {
  it('escapes inserted values through the filter named in the placeholder', () => {
    const t = compile('# {{title:heading}}\n\n- [{{name:link}}]({{url:url}}): {{notes:inline}}\n{{text}}\n');
    expect(t.render({ title: 'Size #', name: 'A [b]', url: 'https://x.example/(y)', notes: '*sale*', text: '# hi' })).toBe(
      '# Size \\#\n\n- [A &#91;b&#93;](https://x.example/%28y%29): \\*sale\\*\n\\# hi\n',
    );
  });

  it('inserts blocks as they are, and drops a section whose value is empty', () => {
    const t = compile('# T\n\n{{#list}}\n## List\n\n{{list:block}}\n{{/list}}\n\n## End\n');
    expect(t.render({ list: new Block(['- a', '- b']) })).toBe('# T\n\n## List\n\n- a\n- b\n\n## End\n');
    expect(t.render({ list: EMPTY_BLOCK })).toBe('# T\n\n## End\n');
  });

  it('drops comment lines and collapses blank lines', () => {
    const t = compile('{{! a note for editors }}\n\n\n# T\n\n\n{{empty:block}}\n\n\ntext\n\n');
    expect(t.render({ empty: EMPTY_BLOCK })).toBe('# T\n\ntext\n');
  });

  it.each([
    ['an unknown filter', '{{a:shout}}'],
    ['a block placeholder inside a line', 'x {{a:block}}'],
    ['a section that is never closed', '{{#a}}\nx'],
    ['a close without an open section', '{{/a}}'],
    ['nested sections', '{{#a}}\n{{#b}}\n{{/b}}\n{{/a}}'],
    ['a malformed placeholder', '{{ a }}'],
  ])('refuses %s', (_, source) => {
    expect(() => compile(source)).toThrow();
  });

  it.each([
    ['a block for a string placeholder', '{{a}}', { a: new Block(['x']) }],
    ['a string for a block placeholder', '{{a:block}}', { a: 'x' }],
    ['a missing value', '{{a}}', {}],
  ])('refuses to render %s', (_, source, values) => {
    expect(() => compile(source).render(values)).toThrow();
  });

  it.each(['llms.md', 'category-page.md', 'product-page.md', 'llms-full-header.md', 'llms-full-product.md', 'llms-full-footer.md'])('ships %s as a valid template', (file) => {
    expect(loadTemplate(file, MARKDOWN_DIALECT).names.size).toBeGreaterThan(0);
  });
});
