/**
 * Failures of the environment or of the run itself (a missing file, a refused network connection, a rename
 * that fails). Data problems are never thrown: they are diagnostics. Each error has a stable `code` that
 * callers may match on, and only the CLI turns errors into exit codes.
 */
export type ErrorCode =
  | 'E_CONFIG_NOT_FOUND'
  | 'E_CONFIG_INVALID'
  | 'E_INPUT_NOT_FOUND'
  | 'E_INPUT_UNREADABLE'
  | 'E_INPUT_FORMAT'
  | 'E_NO_INPUT'
  | 'E_USAGE'
  | 'E_OUT_NOT_OURS'
  | 'E_PUBLISH_FAILED'
  | 'E_OUT_LOCKED'
  | 'E_EMPTY_CATALOG'
  | 'E_CHANNEL_UNKNOWN'
  | 'E_HTTP'
  | 'E_SOURCE_EMPTY'
  | 'E_SOURCE_MALFORMED'
  | 'E_PARITY'
  | 'E_LINKS'
  | 'E_PUBLISH_REFUSED'
  | 'E_INTERRUPTED'
  | 'E_SERVE';

export class AgentshelfError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AgentshelfError';
    this.code = code;
  }
}

export function isAgentshelfError(error: unknown): error is AgentshelfError {
  return error instanceof AgentshelfError;
}
