import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError } from '../errors.js';
import type { Logger } from '../log.js';

/**
 * Every error leaves with a stable `extensions.code`. The project's typed errors keep their own
 * (safe) message; anything unexpected is logged in full and answered with a generic message, so no
 * stack trace, Cypher text, host name or credential ever reaches a client in production.
 */
export function createErrorFormatter(log: Logger, production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      if (original.code === 'INTERNAL_SERVER_ERROR' || original.code === 'DATABASE_UNAVAILABLE') log.warn({ err: original.cause ?? original }, original.message);
      return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: { code: original.code } };
    }
    const code = formatted.extensions?.code;
    // Errors graphql-js and Apollo raise themselves (parse, validation, variable coercion) are safe.
    if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
      return production ? { message: formatted.message, locations: formatted.locations, extensions: { code } } : formatted;
    }
    log.error({ err: original }, 'unexpected error while resolving a GraphQL operation');
    return {
      message: production ? 'Internal server error' : formatted.message,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
