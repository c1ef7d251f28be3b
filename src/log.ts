import { type DestinationStream, pino, type Logger } from 'pino';
import type { Config } from './config.js';

export type { Logger };

/** Credentials are redacted wherever they might be logged by accident. */
export function createLogger(config: Pick<Config, 'logLevel'>, destination: 1 | 2 | DestinationStream = 1): Logger {
  return pino(
    {
      level: config.logLevel,
      base: { service: 'stancegraph' },
      redact: {
        paths: ['password', '*.password', 'neo4j.password', 'authorization', 'req.headers.authorization', 'headers["x-api-key"]'],
        censor: '[redacted]',
      },
    },
    typeof destination === 'number' ? pino.destination({ fd: destination, sync: destination === 2 }) : destination,
  );
}
