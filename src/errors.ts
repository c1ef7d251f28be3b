/**
 * The project's typed errors. Each carries a stable code that GraphQL exposes as
 * `extensions.code` and the CLI prints; messages never contain Cypher, hosts or credentials.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'VALIDATION_FAILED'
  | 'DATABASE_UNAVAILABLE'
  | 'DATABASE_AUTH_FAILED'
  | 'DATABASE_TIMEOUT'
  | 'CONSTRAINT_VIOLATION'
  | 'MIGRATION_FAILED'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'INTERNAL_SERVER_ERROR';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class BadInputError extends AppError {
  constructor(message: string) {
    super('BAD_USER_INPUT', message);
  }
}

export class NotFoundError extends AppError {
  constructor(what: string, id: string) {
    super('NOT_FOUND', `No ${what} with id ${JSON.stringify(id)}`);
  }
}
