// Reading a JSON request body at the boundary: size, media type, syntax and shape, each with its own
// clear error, before anything else looks at it.
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { z } from 'zod';
import { AppError } from './errors.ts';

export async function readJsonBody<T extends z.ZodType>(
  c: Context,
  schema: T,
): Promise<z.infer<T>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new AppError(415, 'unsupported_media_type', 'Send the body as application/json.');
  }
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new AppError(400, 'malformed_json', 'The request body is not valid JSON.');
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError(
      400,
      'invalid_request',
      'The request body does not have the expected fields.',
      parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  }
  return parsed.data;
}

/**
 * Stops reading a body past the limit, whether or not the client declared its length. The rest
 * of the body is never read, so the connection cannot carry another request: Connection: close
 * tells keep-alive clients (browsers, reverse proxies) not to send their next request on it.
 */
export function jsonBodyLimit(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new AppError(
        413,
        'payload_too_large',
        `The request body is larger than the limit of ${maxBytes} bytes.`,
        undefined,
        { Connection: 'close' },
      );
    },
  });
}
