/**
 * A few typed errors with stable string codes. Adapters map codes to HTTP statuses; the core maps
 * anything else to a polite apology so a conversation always continues.
 */
export const ERROR_CODES = {
  VALIDATION: 'E_VALIDATION',
  UNAUTHORIZED: 'E_UNAUTHORIZED',
  FORBIDDEN: 'E_FORBIDDEN',
  NOT_FOUND: 'E_NOT_FOUND',
  CONFLICT: 'E_CONFLICT',
  DUPLICATE: 'E_DUPLICATE',
  RATE_LIMITED: 'E_RATE_LIMITED',
  PAYLOAD_TOO_LARGE: 'E_PAYLOAD_TOO_LARGE',
  CONFIG: 'E_CONFIG',
  STORE: 'E_STORE',
  CHANNEL: 'E_CHANNEL',
  SKILL: 'E_SKILL',
  NLU: 'E_NLU',
  INTERNAL: 'E_INTERNAL',
} as const;
export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

export class ConciergeError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; details?: Record<string, unknown> }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.details = options?.details;
  }
}

/** Input failed validation at a boundary. */
export class ValidationError extends ConciergeError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(ERROR_CODES.VALIDATION, message, details ? { details } : undefined);
  }
}

export class NotFoundError extends ConciergeError {
  constructor(what: string, id: string) {
    super(ERROR_CODES.NOT_FOUND, `${what} not found`, { details: { what, id } });
  }
}

/** Optimistic-concurrency loss: someone else wrote this record first. Retry with fresh state. */
export class ConflictError extends ConciergeError {
  constructor(what: string, id: string) {
    super(ERROR_CODES.CONFLICT, `${what} was changed concurrently`, { details: { what, id } });
  }
}

/** A unique constraint was violated (for example, one identity per channel user). */
export class DuplicateError extends ConciergeError {
  constructor(what: string, key: string) {
    super(ERROR_CODES.DUPLICATE, `${what} already exists`, { details: { what, key } });
  }
}

export class UnauthorizedError extends ConciergeError {
  constructor(message = 'unauthorized') {
    super(ERROR_CODES.UNAUTHORIZED, message);
  }
}

export class RateLimitedError extends ConciergeError {
  constructor(
    message = 'too many requests',
    readonly retryAfterSeconds?: number,
  ) {
    super(ERROR_CODES.RATE_LIMITED, message);
  }
}

/** A channel's remote API refused or failed (grammY's GrammyError/HttpError in one). */
export class ChannelError extends ConciergeError {
  constructor(
    message: string,
    readonly status?: number,
    options?: { cause?: unknown; details?: Record<string, unknown> },
  ) {
    super(ERROR_CODES.CHANNEL, message, options);
  }
}

export class StoreError extends ConciergeError {
  constructor(message: string, cause?: unknown) {
    super(ERROR_CODES.STORE, message, { cause });
  }
}

export function isConciergeError(e: unknown): e is ConciergeError {
  return e instanceof ConciergeError;
}

/** HTTP status for an error code; used by adapters only. */
export function httpStatusFor(code: ErrorCode): number {
  switch (code) {
    case ERROR_CODES.VALIDATION:
      return 400;
    case ERROR_CODES.UNAUTHORIZED:
      return 401;
    case ERROR_CODES.FORBIDDEN:
      return 403;
    case ERROR_CODES.NOT_FOUND:
      return 404;
    case ERROR_CODES.CONFLICT:
    case ERROR_CODES.DUPLICATE:
      return 409;
    case ERROR_CODES.PAYLOAD_TOO_LARGE:
      return 413;
    case ERROR_CODES.RATE_LIMITED:
      return 429;
    default:
      return 500;
  }
}
