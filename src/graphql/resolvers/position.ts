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
    // Positions listed by loaders/positions-of carry both ends; answering those without a promise
    // spares graphql-js a microtask per field on long lists.
    holder: (p, _, { loaders }) => p.holder ?? one(loaders.positionHolder, p.id).then((h) => required(h, 'holder', p.id)),
    term: (p, _, { loaders }) => p.term ?? one(loaders.positionTerm, p.id).then((t) => required(t, 'term', p.id)),
    sources: (p, _, { loaders }) => loaders.positionSources.load(p.id),
    document: (p, _, { loaders }) => one(loaders.positionDocument, p.id),
    event: (p, _, { loaders }) => one(loaders.positionEvent, p.id),
    revisions: (p, _, { loaders }) => loaders.revisions.load(p.id),
  },
};
