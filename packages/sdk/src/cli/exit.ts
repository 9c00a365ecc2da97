import { isTwinningError } from '../index.ts';

/**
 * What `twinning` exits with, so scripts can branch without reading messages. Documented in the
 * SDK's README; never renumber.
 */
export const ExitCode = {
  ok: 0,
  /** Something unexpected: a bug, or an answer the CLI cannot read. */
  failure: 1,
  /** Wrong arguments or options, a missing or unreadable file. */
  usage: 2,
  /** The data was refused: bad cells in an import, a query the server rejects, an unknown ID. */
  refused: 3,
  /** No API key, a wrong one, or one not allowed to do this. */
  accessDenied: 4,
  /** The server could not be reached or was briefly unavailable; trying again later may work. */
  unavailable: 5,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** A failure the CLI explains itself: the message is printed as is, and the process exits with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCodeValue,
  ) {
    super(message);
  }
}

/** The exit code for anything a command throws. */
export function exitCodeOf(error: unknown): ExitCodeValue {
  if (error instanceof CliError) return error.exitCode;
  if (!isTwinningError(error)) return ExitCode.failure;
  switch (error.code) {
    case 'INVALID_OPTIONS':
    case 'INVALID_ARGUMENT':
      return ExitCode.usage;
    case 'NETWORK':
    case 'RATE_LIMITED':
    case 'SERVICE_UNAVAILABLE':
      return ExitCode.unavailable;
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
      return ExitCode.accessDenied;
    default:
      return ExitCode.refused;
  }
}
