import { Neo4jError, isRetryableError } from 'neo4j-driver';
import { AppError } from '../errors.js';

export class DatabaseUnavailableError extends AppError {
  constructor(cause?: unknown) {
    super('DATABASE_UNAVAILABLE', 'The graph database is unavailable; try again shortly', { cause });
  }
}

export class DatabaseAuthError extends AppError {
  constructor(cause?: unknown) {
    super('DATABASE_AUTH_FAILED', 'The graph database refused the configured credentials (check NEO4J_USER / NEO4J_PASSWORD)', {
      cause,
    });
  }
}

export class DatabaseTimeoutError extends AppError {
  constructor(cause?: unknown) {
    super('DATABASE_TIMEOUT', 'The query took too long and was stopped', { cause });
  }
}

export class ConstraintViolationError extends AppError {
  constructor(cause?: unknown) {
    super('CONSTRAINT_VIOLATION', 'The write conflicts with existing data (a unique id is already taken)', { cause });
  }
}

export class DatabaseError extends AppError {
  constructor(cause?: unknown) {
    super('INTERNAL_SERVER_ERROR', 'The graph database reported an error', { cause });
  }
}

/**
 * Turns a neo4j-driver error into one of the project's typed errors. The original error is kept
 * as `cause` for logs; the message is safe to show (no Cypher, host or credential).
 */
export function mapNeo4jError(error: unknown): Error {
  if (error instanceof AppError) return error;
  if (!(error instanceof Neo4jError)) return error instanceof Error ? error : new DatabaseError(error);
  const code = error.code ?? '';
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code === 'Neo.TransientError.General.DatabaseUnavailable') {
    return new DatabaseUnavailableError(error);
  }
  if (code.startsWith('Neo.ClientError.Security.')) return new DatabaseAuthError(error);
  if (code.includes('TransactionTimedOut') || code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration') {
    return new DatabaseTimeoutError(error);
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return new ConstraintViolationError(error);
  if (isRetryableError(error)) return new DatabaseUnavailableError(error);
  return new DatabaseError(error);
}
