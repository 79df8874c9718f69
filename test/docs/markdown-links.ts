import { posix } from 'node:path';

export interface Link {
  /** `file:line` of the link in its Markdown file. */
  at: string;
  /** The target as a repository-relative path, without its #fragment or ?query. */
  target: string;
}

/**
 * The relative links of a Markdown file, resolved against its folder: inline links and images, reference
 * definitions and HTML href/src. Links in code (fenced blocks, `code spans`) are examples, not links.
 */
export function relativeLinks(markdown: string, file: string): Link[] {
  const links: Link[] = [];
  let fence: string | undefined;
  markdown.split(/\r?\n/).forEach((raw, index) => {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(raw)?.[1];
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      return;
    }
    if (marker) {
      fence = marker;
      return;
    }
    const line = raw.replace(/`[^`]*`/g, '');
    const targets = [
      ...[...line.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => match[1]!),
      ...[...line.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/g)].map((match) => match[1]!),
      ...[...line.matchAll(/\b(?:href|src)="([^"]+)"/g)].map((match) => match[1]!),
    ];
    for (const target of targets) {
      // Absolute URLs (any scheme), protocol-relative ones and in-page anchors are not files of the package.
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//') || target.startsWith('#')) continue;
      const path = decodeURI(target.replace(/[#?].*$/, ''));
      const resolved = path.startsWith('/') ? path.slice(1) : posix.join(posix.dirname(file), path);
      links.push({ at: `${file}:${index + 1}`, target: posix.normalize(resolved).replace(/\/$/, '') });
    }
  });
  return links;
}
