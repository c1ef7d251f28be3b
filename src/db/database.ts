import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import type { Config } from '../config.js';
import { cypher } from './cypher.js';
import { mapNeo4jError } from './errors.js';
import { recordRoundTrip } from './round-trips.js';

export type Params = Record<string, unknown>;

/** A transaction handed to callers; every `run` is one round trip and is counted. */
export interface Tx {
  run<R extends RecordShape = RecordShape>(query: string, params?: Params): Promise<QueryResult<R>>;
}

export interface DatabaseOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  txTimeoutMs?: number;
  /** How long managed transactions keep retrying transient failures. */
  maxRetryMs?: number;
}

/**
 * The one way into Neo4j: it owns the driver, always names the database, runs work in managed
 * transactions (so transient errors are retried and reads can go to cluster followers), and
 * turns driver errors into the project's typed errors.
 */
export class Database {
  readonly driver: Driver;
  readonly name: string;
  private readonly txTimeoutMs: number | undefined;
  /** Round trips since this instance was created. */
  queryCount = 0;
  private readonly changeListeners = new Set<() => void>();

  constructor(options: DatabaseOptions) {
    this.name = options.database;
    this.txTimeoutMs = options.txTimeoutMs;
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      maxTransactionRetryTime: options.maxRetryMs ?? 5_000,
      connectionAcquisitionTimeout: 5_000,
      connectionTimeout: 2_000,
      disableLosslessIntegers: true,
      userAgent: 'stancegraph',
    });
  }

  static fromConfig(config: Config, uri: string, extra: Partial<DatabaseOptions> = {}): Database {
    return new Database({ ...config.neo4j, uri, ...extra });
  }

  read<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.session('READ', work);
  }

  write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.session('WRITE', work);
  }

  /** One read query in its own transaction: the common case for resolvers and loaders. */
  async query<R extends RecordShape = RecordShape>(query: string, params: Params = {}): Promise<R[]> {
    const result = await this.read((tx) => tx.run<R>(query, params));
    return result.records.map((r) => r.toObject());
  }

  /** Schema commands (migrations) cannot share a transaction with data writes, so each gets its own. */
  async runAutoCommit(query: string, params: Params = {}): Promise<void> {
    const session = this.driver.session({ database: this.name, defaultAccessMode: neo4j.session.WRITE });
    try {
      this.count();
      const result = await session.run(query, params, this.txConfig());
      if (result.summary.counters.containsUpdates()) await this.write((tx) => tx.run(cypher('version/bump')));
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  /** Calls `listener` after each write transaction through this instance that changed the graph commits. */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** Resolves when the server answers a query; throws a typed error otherwise. */
  async ping(): Promise<void> {
    await this.read((tx) => tx.run('RETURN 1'));
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async session<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.name, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
    const counted = (tx: ManagedTransaction, onUpdate: () => void): Tx => ({
      run: async (query, params) => {
        this.count();
        const result = await tx.run(query, params);
        if (result.summary.counters.containsUpdates()) onUpdate();
        return result;
      },
    });
    try {
      if (mode === 'READ') return await session.executeRead((tx) => work(counted(tx, () => {})), this.txConfig());
      // A write that changed something also changes the graph's version token, last, so the lock
      // on that one node is held only while committing (src/db/graph-version.ts).
      let changed = false;
      const result = await session.executeWrite(async (tx) => {
        changed = false; // a retried transaction starts over
        const result = await work(counted(tx, () => (changed = true)));
        if (changed) {
          this.count();
          await tx.run(cypher('version/bump'));
        }
        return result;
      }, this.txConfig());
      if (changed) for (const listener of this.changeListeners) listener();
      return result;
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  private txConfig() {
    return this.txTimeoutMs ? { timeout: this.txTimeoutMs } : undefined;
  }

  private count(): void {
    this.queryCount++;
    recordRoundTrip();
  }
}
