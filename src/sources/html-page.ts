import { AgentshelfError } from '../model/errors.js';

/**
 * The starts of an HTML document, from the WHATWG MIME Sniffing Standard's rules for text/html
 * (https://mimesniff.spec.whatwg.org/#identifying-a-resource-with-an-unknown-mime-type): after white space, a
 * tag such as <!DOCTYPE HTML, <HTML, <HEAD, <BODY or <TITLE, in any case, ended by a space or ">". The
 * standard's "<!--" is left out: an XML feed may open with a comment. No catalog format starts this way:
 * JSON opens with [ or {, CSV with a header, a Merchant Center feed with <?xml, <rss or <feed.
 */
const HTML_START = /^<(?:!doctype\s+html|html|head|script|iframe|h1|div|font|table|a|style|title|b|body|br|p)(?=[\s>])/i;

/** Whether the start of an input is an HTML page (a login, error or maintenance page) rather than a catalog. */
export function looksLikeHtmlPage(sample: string): boolean {
  return HTML_START.test(sample.replace(/^\ufeff/, '').trimStart());
}

/** The page's <title>, when the sample has one: it usually says what the page is ("Log in", "502 Bad Gateway"). */
export function htmlPageTitle(sample: string): string | undefined {
  const title = /<title[^>]*>([^<]{1,200})<\/title>/i.exec(sample)?.[1]?.replace(/\s+/g, ' ').trim();
  return title === '' ? undefined : title;
}

/**
 * The error for an input that is an HTML page: the run stops rather than read a login or error page as an
 * empty or broken catalog (and, over HTTP, publish nothing from a shop that is down for an hour).
 */
export function htmlPageError(input: string, sample: string, contentType?: string): AgentshelfError {
  const title = htmlPageTitle(sample);
  const served = contentType ? `, served as ${contentType}` : '';
  return new AgentshelfError(
    'E_SOURCE_MALFORMED',
    `${input} is an HTML page${title ? ` titled "${title}"` : ''}${served}, not a catalog: a login or error page in place of the export? Check the path or URL, sign in if the export needs it, and export the catalog again.`,
  );
}
