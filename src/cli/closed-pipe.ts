/**
 * When the reader of our output goes away (`agentshelf rules | head -1`), a write fails with EPIPE and Node
 * raises it as an unhandled 'error' event: a stack trace for a normal shell idiom. From then on the output is
 * dropped quietly and the command runs to its end, so its exit code still says how the run went (a build
 * piped to `head` still publishes or refuses as it would have).
 */
export function dropOutputOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    unlessClosedPipe(error);
    stream.write = (() => true) as typeof stream.write;
  });
}

/** For a stream piped to stdout: a reader that went away ends the copy, not the command. */
export function unlessClosedPipe(error: unknown): void {
  if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
}
