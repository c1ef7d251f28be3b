import { ConfigError } from '../config.js';
import { LocalNeo4jError } from '../db/local/instance.js';
import { AppError } from '../errors.js';
import { InputProblemsError } from '../ingest/problems.js';

/**
 * Runs a CLI action and turns expected failures into one clear line on stderr and a non-zero
 * exit; only a genuine bug prints a stack trace.
 */
export async function runCommand(action: () => Promise<unknown>): Promise<void> {
  try {
    await action();
  } catch (error) {
    if (error instanceof ConfigError || error instanceof LocalNeo4jError || error instanceof AppError || error instanceof InputProblemsError) {
      process.stderr.write(`stancegraph: ${error.message}\n`);
    } else if (error instanceof Error && error.name === 'CommanderError') {
      // commander has already printed its message
    } else {
      process.stderr.write(`stancegraph: unexpected error\n${error instanceof Error ? error.stack : String(error)}\n`);
    }
    process.exitCode = 1;
  }
}
