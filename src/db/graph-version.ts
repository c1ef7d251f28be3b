import { performance } from 'node:perf_hooks';
import { cypher } from './cypher.js';
import type { Database } from './database.js';

/**
 * The graph's version token, which every write transaction that changed something replaces
 * (Database.write). Cached answers are keyed by it, so an answer computed before a write is never
 * served after it, whichever API replica made the write.
 *
 * A caller gets the token from a read that started at most `freshnessMs` before it asked, so it sees
 * every write committed before that; with 0, from a read that started after it asked. Writes through
 * this process's Database are seen at once, whatever the window: they drop the kept token. Callers
 * that ask while no read has started yet share one read. The window turns a read per wave of
 * requests into a read per window: under load that read, not the cached answer, was most of a hit's
 * cost. Replicas reading from cluster followers already see other replicas' writes with a lag of
 * this order.
 */
export class GraphVersion {
  private pending: Promise<string> | undefined;
  private latest: { token: string; startedAt: number } | undefined;
  private changedAt = Number.NEGATIVE_INFINITY;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly db: Database,
    private readonly freshnessMs = 0,
  ) {
    this.unsubscribe = db.onChange(() => {
      this.changedAt = performance.now();
      this.latest = undefined;
    });
  }

  /** Stops following the Database's writes; the Database may outlive this (several servers on one). */
  close(): void {
    this.unsubscribe();
  }

  current(): Promise<string> {
    const latest = this.latest;
    if (latest && performance.now() - latest.startedAt <= this.freshnessMs) return Promise.resolve(latest.token);
    this.pending ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      this.pending = undefined;
      return this.read();
    });
    return this.pending;
  }

  private async read(): Promise<string> {
    const startedAt = performance.now();
    const [row] = await this.db.query<{ token: string | null }>(cypher('version/read'));
    const token = row?.token ?? 'none';
    // A read that started before this process's last write may not include it: not kept.
    if (startedAt > this.changedAt && startedAt > (this.latest?.startedAt ?? Number.NEGATIVE_INFINITY)) this.latest = { token, startedAt };
    return token;
  }
}
