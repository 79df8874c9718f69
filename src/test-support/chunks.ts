/** Test helpers for stream readers: the same text cut into chunks of any size must read the same. */
export async function* fromChunks(chunks: readonly string[]): AsyncGenerator<string> {
  for (const chunk of chunks) yield chunk;
}

/** Cuts text into pieces of `size` UTF-16 code units: surrogate pairs and CRLF pairs get split too. */
export function cut(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}
