import sanitizeHtml from 'sanitize-html';

/**
 * The HTML of a description as channels that accept HTML publish it (the ACP feed's description.html, the UCP
 * catalog's): a safe subset, sanitized by sanitize-html. Agents may render it, so nothing that runs or loads
 * on its own survives: no script, style, iframe, object, form or event handler, and links and images only over
 * http(s), mailto and tel. What stays is structure and text (headings, paragraphs, lists, tables, emphasis,
 * links, images). sanitize-html's own defaults are the starting point
 * (https://github.com/apostrophecms/sanitize-html#default-options), with images and table spans added.
 */
const ALLOWED_TAGS: readonly string[] = [...sanitizeHtml.defaults.allowedTags, 'img'];
const ALLOWED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'name', 'target', 'title'],
  img: ['src', 'srcset', 'alt', 'title', 'width', 'height'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
};
const ALLOWED_SCHEMES: readonly string[] = ['http', 'https', 'mailto', 'tel'];
const URL_ATTRIBUTES = new Set(['href', 'src']);

/** Removals that matter for safety: markup that runs, loads or submits, and the URLs that would run. */
const ACTIVE_TAGS = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button', 'textarea', 'select', 'link', 'meta', 'base', 'svg', 'math', 'template', 'noscript']);

export interface SanitizedHtml {
  html: string;
  /** What was taken out, by kind: `<tag>`, `attribute`, or `scheme: URL`, each with a count. */
  removed: Record<string, number>;
  /** Something that could run or load was among the removals. */
  active: boolean;
}

/** The scheme of a URL attribute as a browser reads it: control characters and white space are ignored. */
function schemeOf(value: string): string | undefined {
  const m = /^([a-z][a-z0-9+.-]*):/i.exec(value.replace(/[\u0000-\u0020\u007f]+/g, ''));
  return m?.[1]?.toLowerCase();
}

export function sanitizeDescriptionHtml(input: string): SanitizedHtml {
  const removed: Record<string, number> = {};
  let active = false;
  const note = (what: string, isActive: boolean) => {
    removed[what] = (removed[what] ?? 0) + 1;
    if (isActive) active = true;
  };
  const html = sanitizeHtml(input, {
    allowedTags: [...ALLOWED_TAGS],
    allowedAttributes: Object.fromEntries(Object.entries(ALLOWED_ATTRIBUTES).map(([tag, names]) => [tag, [...names]])),
    allowedSchemes: [...ALLOWED_SCHEMES],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    // Counts what the options above take out; sanitize-html itself reports nothing. Called for every tag.
    onOpenTag: (tag, attribs) => {
      if (!ALLOWED_TAGS.includes(tag)) {
        note(`<${tag}>`, ACTIVE_TAGS.has(tag));
        return;
      }
      const allowed = ALLOWED_ATTRIBUTES[tag] ?? [];
      for (const [name, value] of Object.entries(attribs)) {
        if (!allowed.includes(name)) note(name.startsWith('on') ? 'event handler (on…)' : name, name.startsWith('on'));
        else if (URL_ATTRIBUTES.has(name)) {
          const scheme = schemeOf(value);
          if (scheme !== undefined && !ALLOWED_SCHEMES.includes(scheme)) note(`${scheme}: URL`, true);
          else if (value.trim().startsWith('//')) note('protocol-relative URL', false);
        }
      }
    },
  });
  return { html, removed, active };
}

/** "<script> ×1, onclick ×2": the removals in a stable order, for a message. */
export function describeRemovals(removed: Readonly<Record<string, number>>): string {
  return Object.entries(removed)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([what, count]) => `${what} ×${count}`)
    .join(', ');
}
