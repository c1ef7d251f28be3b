import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { ResponseCacheConfig } from '../config.js';
import type { GraphVersion } from '../db/graph-version.js';
import { AppError } from '../errors.js';
import type { GraphQLContext } from './context.js';

/**
 * Whole answers to queries, kept until the graph changes. The key is the operation, its variables
 * and the graph's version token (read per request, see GraphVersion), so a write made through any
 * replica retires every older answer at once. The TTL only bounds staleness after writes that
 * bypass Stancegraph (cypher-shell, other applications), which do not change the token.
 *
 * Answers do not depend on who asks: reads are authorised before execution, and all readers see the
 * same graph. Mutations and answers with errors are never cached. No Cache-Control header is sent,
 * since an HTTP cache could not see the version token.
 */
export function responseCachePlugins(config: ResponseCacheConfig, version: GraphVersion): ApolloServerPlugin<GraphQLContext>[] {
  const versions = new WeakMap<GraphQLContext, string>();
  const readVersion: ApolloServerPlugin<GraphQLContext> = {
    async requestDidStart() {
      return {
        // Runs before the cache's own hook. When the database does not answer this read it would
        // not answer the query either, so the request fails now with the same typed error instead
        // of waiting a second time. (Throwing here would reach graphql-armor's plugin, which
        // relabels any unexpected error as GRAPHQL_VALIDATION_FAILED.)
        async responseForOperation({ operation, contextValue }) {
          if (operation?.operation !== 'query') return null;
          try {
            versions.set(contextValue, await version.current());
            return null;
          } catch (error) {
            if (!(error instanceof AppError)) throw error;
            return {
              body: { kind: 'single', singleResult: { data: null, errors: [{ message: error.message, extensions: { code: error.code } }] } },
              http: { status: 503, headers: new HeaderMap() },
            };
          }
        },
      };
    },
  };
  return [
    ApolloServerPluginCacheControl({ defaultMaxAge: config.ttlSeconds, calculateHttpHeaders: false }),
    readVersion,
    responseCachePlugin<GraphQLContext>({
      cache: new InMemoryLRUCache({ maxSize: config.maxBytes }),
      extraCacheKeyData: async ({ contextValue }) => versions.get(contextValue) ?? null,
    }),
  ];
}
