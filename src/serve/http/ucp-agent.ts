/**
 * The UCP-Agent request header: an RFC 8941 Dictionary whose `profile` member is a quoted string holding the
 * platform's profile URL, e.g. `profile="https://platform.example/.well-known/ucp"`. The header carries no
 * version: the version is the `ucp.version` of the profile it names.
 * https://ucp.dev/2026-08-25/specification/overview/ (Platform Advertisement on Request); RFC 8941 section 3.2.
 */
export function profileUrlOf(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  for (const member of splitMembers(header)) {
    const eq = member.indexOf('=');
    if (eq === -1 || member.slice(0, eq).trim() !== 'profile') continue;
    const value = member.slice(eq + 1).trim();
    // sf-string: DQUOTE *chr DQUOTE, with \" and \\ as the only escapes (RFC 8941 section 3.3.3).
    const match = /^"((?:[^"\\]|\\["\\])*)"(?:;.*)?$/.exec(value);
    return match ? match[1]!.replace(/\\(["\\])/g, '$1') : undefined;
  }
  return undefined;
}

/** Dictionary members are separated by commas outside quoted strings. */
function splitMembers(header: string): string[] {
  const members: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < header.length; i++) {
    const ch = header[i]!;
    if (ch === '\\' && quoted) {
      current += ch + (header[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '"') quoted = !quoted;
    if (ch === ',' && !quoted) {
      members.push(current.trim());
      current = '';
      continue;
    }
    current += ch;
  }
  members.push(current.trim());
  return members.filter(Boolean);
}
