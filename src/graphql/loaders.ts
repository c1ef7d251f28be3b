import DataLoader from 'dataloader';
import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { NODE_KINDS } from '../model/vocabulary.js';
import type {
  AffiliationRecord,
  CitationRecord,
  DocumentRecord,
  EventRecord,
  InstitutionRecord,
  NodeRecord,
  PositionRecord,
  PositionWithEnds,
  PositionsOf,
  ProposalRecord,
  RevisionRecord,
  SourceRecord,
  StakeholderRecord,
  TermRecord,
} from './records.js';

/**
 * One loader per relationship a resolver follows. Each batches every id asked for in one tick
 * into one UNWIND query (`cypher/loaders/<name>.cypher`), so a GraphQL operation costs one round
 * trip per level of nesting, whatever the size of the result.
 */
function relationLoader<T>(db: Database, name: string): DataLoader<string, T[]> {
  const query = cypher(`loaders/${name}`);
  return new DataLoader<string, T[]>(
    async (ids) => {
      const rows = await db.query<{ id: string; items: T[] }>(query, { ids, kinds: NODE_KINDS });
      const byId = new Map(rows.map((r) => [r.id, r.items]));
      return ids.map((id) => byId.get(id) ?? []);
    },
    { maxBatchSize: 5_000 },
  );
}

/**
 * A stakeholder's or a term's positions, each with its holder and its term, and the node itself,
 * which primes the nodes loader: the statement that lists positions also answers who holds them,
 * on what, and whether the node exists. Null for ids that are not a stakeholder or a term.
 */
function positionsOfLoader(db: Database, nodes: DataLoader<string, NodeRecord[]>): DataLoader<string, PositionsOf | null> {
  const query = cypher('loaders/positions-of');
  return new DataLoader<string, PositionsOf | null>(
    async (ids) => {
      const rows = await db.query<{ id: string; node: StakeholderRecord | TermRecord; items: Partial<PositionWithEnds>[] }>(query, { ids, kinds: NODE_KINDS });
      const byId = new Map<string, PositionsOf>();
      for (const { id, node, items } of rows) {
        nodes.prime(id, [node]);
        // Each item carries its far end; the near end is the node itself.
        for (const p of items) {
          if (node.__typename === 'Term') p.term = node;
          else p.holder = node;
        }
        byId.set(id, { node, positions: items as PositionWithEnds[] });
      }
      return ids.map((id) => byId.get(id) ?? null);
    },
    { maxBatchSize: 5_000 },
  );
}

export function createLoaders(db: Database) {
  const load = <T>(name: string) => relationLoader<T>(db, name);
  const nodes = load<NodeRecord>('nodes-by-id');
  return {
    nodes,
    positionsOf: positionsOfLoader(db, nodes),
    positionHolder: load<StakeholderRecord>('position-holder'),
    positionTerm: load<TermRecord>('position-term'),
    positionSources: load<SourceRecord>('position-sources'),
    positionDocument: load<DocumentRecord>('position-document'),
    positionEvent: load<EventRecord>('position-event'),
    termProposals: load<ProposalRecord>('term-proposals'),
    sourcePositions: load<PositionRecord>('source-positions'),
    sourceCitations: load<CitationRecord>('source-citations'),
    documentCitations: load<CitationRecord>('document-citations'),
    documentPositions: load<PositionRecord>('document-positions'),
    eventParticipants: load<StakeholderRecord>('event-participants'),
    eventPositions: load<PositionRecord>('event-positions'),
    eventSources: load<SourceRecord>('event-sources'),
    proposalAuthors: load<StakeholderRecord>('proposal-authors'),
    proposalTerms: load<TermRecord>('proposal-terms'),
    proposalRevises: load<ProposalRecord>('proposal-revises'),
    proposalRevisedBy: load<ProposalRecord>('proposal-revised-by'),
    proposalSources: load<SourceRecord>('proposal-sources'),
    personAffiliations: load<AffiliationRecord>('person-affiliations'),
    institutionPeople: load<AffiliationRecord>('institution-people'),
    institutionMemberOf: load<InstitutionRecord>('institution-member-of'),
    institutionPartOf: load<InstitutionRecord>('institution-part-of'),
    revisions: load<RevisionRecord>('revisions-of'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** The single item of a to-one relationship (a position's holder), or null. */
export async function one<T>(loader: DataLoader<string, T[]>, id: string): Promise<T | null> {
  return (await loader.load(id))[0] ?? null;
}
