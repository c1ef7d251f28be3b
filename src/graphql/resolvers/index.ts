import type { Resolvers } from '../generated/resolvers-types.js';
import { analysisResolvers } from './analysis.js';
import { evidenceResolvers } from './evidence.js';
import { graphResolvers } from './graph.js';
import { mutationResolvers } from './mutation.js';
import { positionResolvers } from './position.js';
import { proceedingsResolvers } from './proceedings.js';
import { queryResolvers } from './query.js';
import { stakeholderResolvers } from './stakeholder.js';
import { termTypeResolvers } from './term.js';

/** Interfaces resolve by `__typename`, which every Cypher projection sets from the node's label. */
export const resolvers: Resolvers = {
  Query: { ...queryResolvers, ...analysisResolvers, ...graphResolvers, revisions: (_, { id }, { loaders }) => loaders.revisions.load(id) },
  Mutation: mutationResolvers,
  ...stakeholderResolvers,
  ...termTypeResolvers,
  ...positionResolvers,
  ...evidenceResolvers,
  ...proceedingsResolvers,
};
