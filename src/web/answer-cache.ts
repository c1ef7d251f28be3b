import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { Request, RequestHandler, Response } from 'express';
import type { ResponseCacheConfig } from '../config.js';
import type { GraphVersion } from '../db/graph-version.js';
import { currentRoundTrips } from '../db/round-trips.js';
import { AppError } from '../errors.js';
import type { AnswerSlot, GraphQLContext } from '../graphql/context.js';

const slots = new WeakMap<Request, AnswerSlot>();

/** The cache key of a POSTed GraphQL request, or undefined for anything the cache does not handle. */
function keyOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const { query, operationName = null, variables = null, extensions } = body as Record<string, unknown>;
  if (typeof query !== 'string' || extensions !== undefined) return undefined;
  return createHash('sha256').update(JSON.stringify([query, operationName, variables])).digest('base64url');
}

/** An answer kept with the graph version it was computed at, as the bytes sent. */
interface StoredAnswer {
  version: string;
  body: Buffer;
}

/** Written directly: express's res.send would re-encode the body and hash it for an ETag on every hit. */
function send(res: Response, status: number, body: Buffer | string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/**
 * Whole answers to queries, kept until the graph changes. An answer is stored with the graph's
 * version token read before the query ran, and served only while the token is the same; every write
 * transaction that changed something replaces the token (Database.write), so a write made through
 * any replica retires every older answer at once. The TTL only bounds staleness after writes that
 * bypass Stancegraph (cypher-shell, other applications), which do not change the token.
 *
 * A hit is answered in Express, before Apollo parses, validates and plans the operation: that
 * pipeline costs more CPU than the lookup, and under load the API's one thread is the bottleneck.
 * Answers do not depend on who asks (all readers see the same graph), but the caller is
 * authenticated before anything is served. Only queries that answered without errors are stored,
 * and no Cache-Control header is sent, since an HTTP cache could not see the version token.
 */
export class AnswerCache {
  private readonly answers: InMemoryLRUCache<StoredAnswer>;

  constructor(
    private readonly config: ResponseCacheConfig,
    private readonly version: GraphVersion,
    private readonly options: { authenticate: (req: Request) => Promise<unknown>; reportRoundTrips: boolean },
  ) {
    this.answers = new InMemoryLRUCache<StoredAnswer>({ maxSize: config.maxBytes, sizeCalculation: (a) => a.body.length + a.version.length });
  }

  /** Between `express.json()` and Apollo's middleware. */
  middleware(): RequestHandler {
    return async (req, res, next) => {
      const key = keyOf(req.body);
      if (key === undefined) return next();
      try {
        await this.options.authenticate(req);
      } catch {
        return next(); // Apollo gives the 401
      }
      let version: string;
      try {
        version = await this.version.current();
      } catch (error) {
        // The database that cannot answer this read cannot answer the query either: fail now, once.
        if (!(error instanceof AppError)) return next(error);
        return send(res, 503, JSON.stringify({ errors: [{ message: error.message, extensions: { code: error.code } }] }));
      }
      const stored = await this.answers.get(key);
      if (stored?.version === version) return send(res, 200, this.withRoundTrips(stored.body));
      slots.set(req, { key, version });
      next();
    };
  }

  /** The slot Apollo's context carries for this request, if it missed the cache. */
  slotOf(req: Request): AnswerSlot | undefined {
    return slots.get(req);
  }

  /** Stores answers to queries that ran without errors. */
  plugin(): ApolloServerPlugin<GraphQLContext> {
    return {
      requestDidStart: async () => ({
        willSendResponse: async ({ contextValue, operation, response }) => {
          const slot = contextValue.answerSlot;
          if (!slot || operation?.operation !== 'query' || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (errors?.length || data == null || (response.http.status ?? 200) !== 200) return;
          await this.answers.set(slot.key, { version: slot.version, body: Buffer.from(JSON.stringify({ data })) }, { ttl: this.config.ttlSeconds });
        },
      }),
    };
  }

  /** Outside production, a hit reports its round trips (the version read) like any other answer. */
  private withRoundTrips(body: Buffer): Buffer {
    const count = this.options.reportRoundTrips ? currentRoundTrips() : undefined;
    return count === undefined ? body : Buffer.concat([body.subarray(0, -1), Buffer.from(`,"extensions":{"roundTrips":${count}}}`)]);
  }
}
