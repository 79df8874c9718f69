import type { Diagnostic, DiagnosticSink } from '../model/diagnostic.js';
import type { ResolvedProduct, ResolvedVariant } from '../model/resolved.js';
import { renderedRun, type ChannelRun, type FeedRendering, type OutputWriter } from './channel.js';

/**
 * The run of a feed that is one file with one row or item per variant (Meta's RSS, Microsoft's TSV): a header,
 * the rows of every variant the channel can publish, a footer. `row` builds one variant's text, or none when the
 * variant is left out, with its findings; the run renders a product to its rows and counts (Channel `rendering`).
 */
export function variantFeedRun(options: {
  out: OutputWriter;
  path: string;
  header: string;
  footer?: string;
  diagnostics: DiagnosticSink;
  row(product: ResolvedProduct, variant: ResolvedVariant): { text?: string; diagnostics: readonly Diagnostic[] };
}): ChannelRun {
  const file = options.out.open(options.path);
  const started = file.write(options.header);
  let items = 0;
  let skipped = 0;
  return renderedRun<FeedRendering>({
    render(product) {
      const rendered: FeedRendering = { text: '', items: 0, skipped: 0 };
      for (const variant of product.variants) {
        const result = options.row(product, variant);
        for (const d of result.diagnostics) options.diagnostics.report(d);
        if (result.text === undefined) rendered.skipped++;
        else {
          rendered.text += result.text;
          rendered.items++;
        }
      }
      return rendered;
    },
    async apply(rendered) {
      await started;
      if (rendered.text) await file.write(rendered.text);
      items += rendered.items;
      skipped += rendered.skipped;
    },
    async close() {
      await started;
      if (options.footer) await file.write(options.footer);
      await file.close();
      return { items, skipped };
    },
  });
}
