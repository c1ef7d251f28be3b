import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { ResponseCacheConfig } from '../config.js';
import type { GraphVersion } from '../db/graph-version.js';
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
  // Without a version (the database did not answer) the request runs uncached, and fails or not as usual.
  const versions = new WeakMap<GraphQLContext, string>();
  const knowsVersion = async ({ contextValue }: { contextValue: GraphQLContext }) => versions.has(contextValue);
  return [
    ApolloServerPluginCacheControl({ defaultMaxAge: config.ttlSeconds, calculateHttpHeaders: false }),
    responseCachePlugin<GraphQLContext>({
      cache: new InMemoryLRUCache({ maxSize: config.maxBytes }),
      extraCacheKeyData: async ({ contextValue }) => {
        const token = await version.current().catch(() => undefined);
        if (token === undefined) return null;
        versions.set(contextValue, token);
        return token;
      },
      shouldReadFromCache: knowsVersion,
      shouldWriteToCache: knowsVersion,
    }),
  ];
}
