import type { ResolvedConfig } from '../../model/resolved-config.js';
import type { ResolvedProduct } from '../../model/resolved.js';
import type { OutputStream } from '../channel.js';
import { byteLength } from './fit.js';
import { escapeInline, escapeText, markdownLink, MARKDOWN_DIALECT } from './markdown.js';
import { renderFullEntry } from './product-markdown.js';
import type { ChannelContext } from '../channel.js';
import { productFeedLinks, siteUrl } from '../site-links.js';
import { LLMS_TXT_PATH } from './paths.js';
import { Block, loadTemplate } from '../template.js';
import { count } from './wording.js';

const HEADER = loadTemplate('llms-full-header.md', MARKDOWN_DIALECT);
const FOOTER = loadTemplate('llms-full-footer.md', MARKDOWN_DIALECT);

/** A count wider than any catalog, to size the footer before the real counts are known. */
const LARGEST_COUNT = 999_999_999_999;

export interface FullTextResult {
  written: number;
  omittedProducts: number;
  omittedVariants: number;
}

/**
 * llms-full.txt, streamed: each product's section is written as it arrives, so memory stays flat. The file stays
 * within `llms.fullMaxBytes`: room for the closing note is kept from the start, and once a product does not fit,
 * it and every later product are counted instead of written (the file is then "the first N products").
 */
export class FullTextWriter {
  private bytes = 0;
  private full = false;
  private written = 0;
  private omittedProducts = 0;
  private omittedVariants = 0;
  private readonly footerReserve: number;
  private readonly started: Promise<void> | void;

  constructor(
    private readonly file: OutputStream,
    private readonly config: ResolvedConfig,
    private readonly links: ChannelContext['links'],
  ) {
    this.footerReserve = byteLength(this.footer(LARGEST_COUNT, LARGEST_COUNT));
    const header = HEADER.render({
      name: config.shop.name,
      summary: config.llms.summary,
      details: new Block([
        `${escapeText(config.shop.name)}: every product with its price, availability, description and variants, in catalog order.`,
        `Prices are what a buyer pays; a sale shows when it ends. The overview of the shop is ${markdownLink('llms.txt', siteUrl(config, LLMS_TXT_PATH))}.`,
      ]),
    });
    this.bytes = byteLength(header);
    this.started = file.write(header);
  }

  private footer(products: number, variants: number): string {
    return FOOTER.render({
      details: new Block([
        `${count(products, 'product')} (${count(variants, 'variant')}) ${products === 1 ? 'is' : 'are'} not in this file: it stops before ${count(this.config.llms.fullMaxBytes, 'byte')} (llms.fullMaxBytes).`,
        'Every product is in these feeds:',
      ]),
      feeds: new Block(productFeedLinks(this.links()).map((l) => `- ${markdownLink(l.name, l.url)}${l.notes ? `: ${escapeInline(l.notes)}` : ''}`)),
    });
  }

  async add(product: ResolvedProduct, page: string): Promise<void> {
    await this.started;
    if (!this.full) {
      const entry = `\n${renderFullEntry(product, page)}`;
      const size = byteLength(entry);
      if (this.bytes + size + this.footerReserve <= this.config.llms.fullMaxBytes) {
        this.bytes += size;
        this.written++;
        await this.file.write(entry);
        return;
      }
      this.full = true;
    }
    this.omittedProducts++;
    this.omittedVariants += product.variants.length;
  }

  async close(): Promise<FullTextResult> {
    await this.started;
    if (this.omittedProducts > 0) await this.file.write(`\n${this.footer(this.omittedProducts, this.omittedVariants)}`);
    await this.file.close();
    return { written: this.written, omittedProducts: this.omittedProducts, omittedVariants: this.omittedVariants };
  }
}
