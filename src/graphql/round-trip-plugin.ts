import type { ApolloServerPlugin } from '@apollo/server';
import { currentRoundTrips } from '../db/round-trips.js';
import type { GraphQLContext } from './context.js';

/**
 * Reports the Cypher round trips an operation cost in `extensions.roundTrips` (outside
 * production), so N+1 regressions are visible to tests, benchmarks and curious analysts.
 */
export function roundTripPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const count = currentRoundTrips();
          if (count !== undefined && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, roundTrips: count };
          }
        },
      };
    },
  };
}
