import type { ErrorRequestHandler } from 'express';
import type { Logger } from '../log.js';

/**
 * Errors raised before GraphQL runs (an oversized or malformed body) answer in GraphQL's error
 * shape with a stable code, never with Express's HTML page or a stack trace.
 */
export function jsonErrors(log: Logger): ErrorRequestHandler {
  return (error: { status?: number; type?: string }, _req, res, _next) => {
    const status = error.status ?? 500;
    const code =
      error.type === 'entity.too.large' ? 'PAYLOAD_TOO_LARGE' : status >= 400 && status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    const message =
      code === 'PAYLOAD_TOO_LARGE' ? 'Request body too large' : code === 'BAD_REQUEST' ? 'Malformed request body' : 'Internal server error';
    if (status >= 500) log.error({ err: error }, 'unhandled HTTP error');
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}
