/**
 * Channel output patterns (Channel.outputs) as matchers: a path relative to the output root, where `*` or a
 * `<name>` placeholder stands for any text within one path segment ("jsonld/*.jsonld",
 * "feeds/google/products-<country>.xml").
 */
export function outputMatcher(patterns: readonly string[]): (path: string) => boolean {
  if (patterns.length === 0) return () => false;
  const source = patterns.map((pattern) => pattern.split(/(\*|<[^>]+>)/).map((part, i) => (i % 2 === 1 ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('')).join('|');
  const regex = new RegExp(`^(?:${source})$`);
  return (path) => regex.test(path);
}
