import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';
import type { Neo4jTarget } from '../neo4j.js';
import { peerTypeDefs } from '../peer-typedefs.js';
import type { Product } from '../project.js';
import { productLikeDriver } from './bare.js';
import type { RunningServer } from './ours.js';

/** The executable schema @neo4j/graphql generates for our model. */
export async function peerSchema(product: Product, driver: Driver) {
  return new Neo4jGraphQL({ typeDefs: peerTypeDefs(product), driver }).getSchema();
}

/** The peer: @neo4j/graphql's generated API, served by Apollo Server standalone with its defaults. */
export async function startPeer(product: Product, target: Neo4jTarget): Promise<RunningServer> {
  const driver = productLikeDriver(target);
  const schema = await peerSchema(product, driver);
  const apollo = new ApolloServer({ schema, plugins: [ApolloServerPluginLandingPageDisabled()] });
  const { url } = await startStandaloneServer(apollo, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async () => ({ sessionConfig: { database: target.database } }),
  });
  return {
    url,
    close: async () => {
      await apollo.stop();
      await driver.close();
    },
  };
}
