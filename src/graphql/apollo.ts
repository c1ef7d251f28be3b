import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { GraphQLContext } from './context.js';
import { createErrorFormatter } from './errors.js';
import { resolvers } from './resolvers/index.js';
import { roundTripPlugin } from './round-trip-plugin.js';
import { loadTypeDefs } from './schema.js';

/**
 * Query limits sized for analysts: deep enough for term → positions → holder → positions → sources,
 * small enough that one request cannot walk the whole graph.
 */
export const QUERY_LIMITS = { maxDepth: 10, maxAliases: 30, maxTokens: 2_000, maxDirectives: 20, maxCost: 50_000 };

/** `plugins` come from the HTTP layer (the answer cache stores answers through one). */
export function createApolloServer(config: Config, log: Logger, plugins: ApolloServerPlugin<GraphQLContext>[] = []): ApolloServer<GraphQLContext> {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxTokens: { n: QUERY_LIMITS.maxTokens },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    costLimit: { maxCost: QUERY_LIMITS.maxCost },
    blockFieldSuggestion: { enabled: config.production },
  }).protect();

  return new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: config.api.introspection,
    includeStacktraceInErrorResponses: !config.production,
    formatError: createErrorFormatter(log, config.production),
    validationRules: armor.validationRules,
    allowBatchedHttpRequests: false,
    plugins: [
      // graphql-armor ships CommonJS typings of Apollo's plugin type; the runtime objects are the same.
      ...(armor.plugins as unknown as ApolloServerPlugin<GraphQLContext>[]),
      ApolloServerPluginLandingPageDisabled(),
      // Its per-field cache hints feed HTTP Cache-Control headers, which this API never sends (the
      // answer cache keys on the graph version instead); computing them wrapped every resolver.
      ApolloServerPluginCacheControlDisabled(),
      ...plugins,
      ...(config.production ? [] : [roundTripPlugin()]),
    ],
  });
}
