import { AppError } from '../../errors.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { one } from '../loaders.js';

/** A position always has a holder and a term (ingest guarantees it); anything else is corruption. */
function required<T>(value: T | null, what: string, id: string): T {
  if (value === null) throw new AppError('INTERNAL_SERVER_ERROR', `Position ${id} has no ${what}`);
  return value;
}

export const positionResolvers: Resolvers = {
  Position: {
    holder: async (p, _, { loaders }) => p.holder ?? required(await one(loaders.positionHolder, p.id), 'holder', p.id),
    term: async (p, _, { loaders }) => p.term ?? required(await one(loaders.positionTerm, p.id), 'term', p.id),
    sources: (p, _, { loaders }) => loaders.positionSources.load(p.id),
    document: (p, _, { loaders }) => one(loaders.positionDocument, p.id),
    event: (p, _, { loaders }) => one(loaders.positionEvent, p.id),
    revisions: (p, _, { loaders }) => loaders.revisions.load(p.id),
  },
};
