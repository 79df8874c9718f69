/**
 * Product URLs against the site's files. A product's url path, under the shop's own path, names the page that
 * shows it: `/p/mug/` is p/mug/index.html (or p/mug.html), `/p/mug` is p/mug.html (or p/mug/index.html),
 * `/p/mug.html` is that file. Paths are compared percent-decoded and in Unicode NFC, as file names are stored.
 */

/** The path of a URL below the shop's base path, decoded and without its leading "/"; undefined when it is not below it. */
export function sitePathOf(url: string, basePath = '/'): string | undefined {
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  if (!pathname.startsWith(base) && `${pathname}/` !== base) return undefined;
  return pathname.slice(base.length).split('/').map(decodeSegment).join('/').normalize('NFC');
}

/** A segment decoded, unless it is malformed or would decode to a "/" (which is no file name's). */
function decodeSegment(segment: string): string {
  try {
    const decoded = decodeURIComponent(segment);
    return decoded.includes('/') ? segment : decoded;
  } catch {
    return segment;
  }
}

/** The pages a site path may be, best first. */
export function pageCandidates(path: string): string[] {
  if (path === '') return ['index.html'];
  if (path.endsWith('/')) return [`${path}index.html`, `${path.slice(0, -1)}.html`];
  if (/\.html?$/i.test(path)) return [path];
  return [`${path}.html`, `${path}/index.html`];
}

/** A page path as the map may give it ("/p/mug.html", "./p/mug.html", "p\\mug.html") in the form pages are listed in. */
export function normalizePagePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(?:\.\/|\/)+/, '').normalize('NFC');
}
