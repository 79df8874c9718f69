/**
 * A config file with comments (the loader reads // comments, load-config.ts), written member by member.
 * Values are serialized by JSON.stringify; only the layout and the comments are ours. A member may be
 * written commented out, as a suggestion the merchant turns on by removing the slashes: suggestions come
 * first in their object and end with a comma, so the file stays valid JSON with comments either way.
 */
export interface Member {
  key: string;
  /** A JSON value, or members of a nested object. */
  value: unknown;
  /** Lines of comment above the member. */
  comment?: readonly string[];
  /** Written as a comment: a suggestion, not a value. */
  suggestion?: boolean;
}

export class Nested {
  constructor(readonly members: readonly Member[]) {}
}

const INDENT = '  ';

export function renderObject(members: readonly Member[], depth = 0): string {
  const pad = INDENT.repeat(depth + 1);
  const lines = ['{'];
  const ordered = [...members.filter((m) => m.suggestion), ...members.filter((m) => !m.suggestion)];
  const last = ordered[ordered.length - 1];
  for (const member of ordered) {
    for (const line of member.comment ?? []) lines.push(`${pad}// ${line}`);
    const value = member.value instanceof Nested ? renderObject(member.value.members, depth + 1) : JSON.stringify(member.value);
    const comma = member.suggestion || member !== last ? ',' : '';
    const text = `${JSON.stringify(member.key)}: ${value}${comma}`;
    lines.push(member.suggestion ? `${pad}// ${text}` : `${pad}${text}`);
  }
  lines.push(`${INDENT.repeat(depth)}}`);
  return lines.join('\n');
}
