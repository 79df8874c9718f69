import type { OutputStream, OutputWriter } from '../channels/channel.js';

/** An OutputWriter that keeps every file in memory, for channel tests. */
export class MemoryWriter implements OutputWriter {
  readonly files = new Map<string, string>();

  open(path: string): OutputStream {
    const chunks: string[] = [];
    return {
      write: (chunk) => {
        chunks.push(chunk);
      },
      close: async () => {
        this.files.set(path, chunks.join(''));
      },
    };
  }

  writeFile(path: string, content: string): void {
    this.files.set(path, content);
  }

  text(path: string): string {
    const content = this.files.get(path);
    if (content === undefined) throw new Error(`no file ${path}; files: ${[...this.files.keys()].join(', ')}`);
    return content;
  }
}
