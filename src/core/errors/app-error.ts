// One error type for every layer: services and the CLI throw it, the HTTP error handler maps
// its category to a status. Codes are stable (clients and tests match on them); messages are
// the Chinese text a user reads.
import { ERROR_CODES, type ErrorCode } from './codes.ts';

export type ErrorCategory =
  | 'validation' // the input is wrong: 400
  | 'unauthenticated' // no or expired session: 401
  | 'forbidden' // logged in, not allowed: 403
  | 'not_found' // 404
  | 'conflict' // state does not allow it (duplicate, stale version): 409
  | 'too_large' // 413
  | 'rate_limited' // 429
  | 'internal'; // 500

export interface ErrorDetail {
  /** File, row and column where an input problem was found, when it came from a file. */
  file?: string;
  row?: number;
  column?: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly category: ErrorCategory;
  readonly details: ErrorDetail[];

  constructor(code: ErrorCode, message?: string, details: ErrorDetail[] = []) {
    const entry = ERROR_CODES[code];
    super(message ?? entry.message);
    this.name = 'AppError';
    this.code = code;
    this.category = entry.category;
    this.details = details;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
