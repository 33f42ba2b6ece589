// One error type for every expected failure, and one handler that turns anything else into a
// logged, generic 500 so no stack trace or internal detail ever reaches a client.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from './logger.ts';

export class AppError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: unknown[],
    /** Sent with the error, e.g. Retry-After on a 429 or Connection: close on a 413. */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function errorBody(code: string, message: string, details?: unknown[]) {
  return { error: details ? { code, message, details } : { code, message } };
}

/**
 * The client hung up before its body arrived: nothing went wrong on our side. Node's own error
 * for it ("aborted", ECONNRESET) can come before the request's signal says so.
 */
function clientWentAway(err: Error, c: Context): boolean {
  const code = (err as NodeJS.ErrnoException).code;
  return c.req.raw.signal.aborted || (code === 'ECONNRESET' && err.message === 'aborted');
}

/** Told of every refusal, for the metrics: the status and the error code, nothing else. */
export type RefusalListener = (status: number, code: string) => void;

export function createErrorHandler(logger: Logger, onRefused: RefusalListener = () => {}) {
  return (err: Error, c: Context) => {
    if (err instanceof AppError) {
      onRefused(err.status, err.code);
      return c.json(errorBody(err.code, err.message, err.details), err.status, err.headers);
    }
    if (err instanceof HTTPException && err.status < 500) {
      return c.json(errorBody('bad_request', 'The request could not be understood.'), err.status);
    }
    if (clientWentAway(err, c)) {
      logger.info('request_aborted', { method: c.req.method, route: c.req.routePath });
      return c.json(
        errorBody('request_aborted', 'The request ended before its body arrived.'),
        400,
        { Connection: 'close' },
      );
    }
    logger.error('unhandled_error', {
      method: c.req.method,
      route: c.req.routePath,
      error: err instanceof Error ? `${err.name}: ${err.message}` : String(err),
      stack: err instanceof Error ? err.stack : undefined,
    });
    return c.json(
      errorBody('internal_error', 'Something went wrong on our side. Please try again later.'),
      500,
    );
  };
}

export const notFound = (c: Context) =>
  c.json(errorBody('not_found', 'There is nothing at this address.'), 404);
