import { cypher } from './cypher.js';
import type { Database } from './database.js';

/**
 * The graph's version token, which every write transaction that changed something replaces
 * (Database.write). Cached answers are keyed by it, so an answer computed before a write is never
 * served after it, whichever API replica made the write.
 *
 * Each caller gets a token read that *started after* it asked, so it sees every write committed
 * before its request. Callers that ask while no read has started yet share one read: under load
 * that is one small query per wave of requests, not one per request.
 */
export class GraphVersion {
  private pending: Promise<string> | undefined;

  constructor(private readonly db: Database) {}

  current(): Promise<string> {
    this.pending ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      this.pending = undefined;
      return this.read();
    });
    return this.pending;
  }

  private async read(): Promise<string> {
    const [row] = await this.db.query<{ token: string | null }>(cypher('version/read'));
    return row?.token ?? 'none';
  }
}
