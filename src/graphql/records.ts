import type {
  DatePrecision,
  EventKind,
  InstitutionKind,
  NodeKind,
  PositionStatus,
  Stance,
} from '../model/vocabulary.js';

/**
 * What Cypher returns for a node: its properties plus `__typename`, the one label from NODE_KINDS
 * that tells GraphQL which type it is (graphql-js resolves interfaces by it). Resolvers receive
 * these as parents.
 */
interface Base<K extends NodeKind> {
  __typename: K;
  id: string;
}

export interface PersonRecord extends Base<'Person'> {
  name: string;
  aliases?: string[];
  description?: string;
  wikidata?: string;
}

export interface InstitutionRecord extends Base<'Institution'> {
  name: string;
  kind: InstitutionKind;
  aliases?: string[];
  description?: string;
  wikidata?: string;
}

export type StakeholderRecord = PersonRecord | InstitutionRecord;

export interface TermRecord extends Base<'Term'> {
  label: string;
  aliases?: string[];
  description?: string;
  category?: string;
}

export interface PositionRecord extends Base<'Position'> {
  stance: Stance;
  status: PositionStatus;
  date?: string;
  datePrecision?: DatePrecision;
  dateFrom?: string;
  dateTo?: string;
  until?: string;
  quote?: string;
  confidence?: number;
  note?: string;
  /** Present when the position was read with its ends (loaders/positions-of). */
  holder?: StakeholderRecord;
  term?: TermRecord;
}

/** A position read with both ends (loaders/positions-of), so resolvers need no lookup for them. */
export interface PositionWithEnds extends PositionRecord {
  holder: StakeholderRecord;
  term: TermRecord;
}

export interface PositionsOf {
  node: StakeholderRecord | TermRecord;
  positions: PositionWithEnds[];
}

export interface SourceRecord extends Base<'Source'> {
  url: string;
  publisher?: string;
  title?: string;
  publishedAt?: string;
  retrievedAt?: string;
}

export interface DocumentRecord extends Base<'Document'> {
  title: string;
  url?: string;
  author?: string;
  publisher?: string;
  publishedAt?: string;
}

export interface EventRecord extends Base<'Event'> {
  name: string;
  kind: EventKind;
  place?: string;
  date?: string;
  description?: string;
}

export interface ProposalRecord extends Base<'Proposal'> {
  name: string;
  description?: string;
  family?: string;
  version?: number;
  date?: string;
}

export type NodeRecord =
  | PersonRecord
  | InstitutionRecord
  | TermRecord
  | PositionRecord
  | SourceRecord
  | DocumentRecord
  | EventRecord
  | ProposalRecord;

export interface AffiliationRecord {
  role: string;
  from?: string | null;
  until?: string | null;
  person: PersonRecord;
  institution: InstitutionRecord;
}

export interface CitationRecord {
  number: number;
  document: DocumentRecord;
  source: SourceRecord;
}

export interface RevisionRecord {
  id: string;
  at: string;
  editor: string;
  action: 'CREATE' | 'UPDATE' | 'CONFIRM' | 'CORRECT' | 'RETRACT';
  reason?: string | null;
  before?: string | null;
  after: string;
}
