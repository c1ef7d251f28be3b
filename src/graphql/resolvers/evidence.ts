import type { Resolvers } from '../generated/resolvers-types.js';

/** Sources and documents: where every claim comes from. */
export const evidenceResolvers: Resolvers = {
  Source: {
    positions: (s, _, { loaders }) => loaders.sourcePositions.load(s.id),
    citedBy: (s, _, { loaders }) => loaders.sourceCitations.load(s.id),
  },
  Document: {
    citations: (d, _, { loaders }) => loaders.documentCitations.load(d.id),
    positions: (d, _, { loaders }) => loaders.documentPositions.load(d.id),
  },
};
