import type { OutputStream, OutputWriter } from './channel.js';

/**
 * An OutputWriter that keeps every file in memory: renderOutputs gives a program the outputs this way, and the
 * channel tests read them from it. A stream's file appears when it is closed. Gzip files hold their text before
 * compression; `gzipped` names them.
 */
export class MemoryWriter implements OutputWriter {
  readonly files = new Map<string, string>();
  readonly gzipped = new Set<string>();

  open(path: string, options: { gzip?: boolean } = {}): OutputStream {
    const chunks: string[] = [];
    return {
      write: (chunk) => {
        chunks.push(chunk);
      },
      close: async () => {
        this.files.set(path, chunks.join(''));
        if (options.gzip) this.gzipped.add(path);
      },
    };
  }

  writeFile(path: string, content: string): void {
    this.files.set(path, content);
  }

  /** A file's text; a test failing on a missing file names the files there are. */
  text(path: string): string {
    const content = this.files.get(path);
    if (content === undefined) throw new Error(`no file ${path}; files: ${[...this.files.keys()].join(', ')}`);
    return content;
  }
}
