/**
 * The closed vocabularies of the graph. Labels and relationship types used in Cypher come only
 * from here, never from input.
 */
export const STANCES = ['PROPOSED', 'SUPPORTED', 'OPPOSED'] as const;
export type Stance = (typeof STANCES)[number];

export const POSITION_STATUSES = ['CURATED', 'EXTRACTED', 'RETRACTED'] as const;
export type PositionStatus = (typeof POSITION_STATUSES)[number];

export const INSTITUTION_KINDS = [
  'STATE',
  'GOVERNMENT',
  'AGENCY',
  'ALLIANCE',
  'INTERNATIONAL_ORGANISATION',
  'PARTY',
  'MEDIA',
  'NGO',
  'COMPANY',
  'GROUP',
  'OTHER',
] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

export const EVENT_KINDS = ['MEETING', 'TALKS', 'SUMMIT', 'CALL', 'STATEMENT', 'PUBLICATION', 'OTHER'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const DATE_PRECISIONS = ['DAY', 'MONTH', 'YEAR'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** Node kinds, each stored with the label of the same name plus :Entity. */
export const NODE_KINDS = ['Person', 'Institution', 'Term', 'Proposal', 'Position', 'Source', 'Document', 'Event'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const RELATIONSHIP_TYPES = [
  'HOLDS', // (Stakeholder)-[:HOLDS]->(Position)
  'ON_TERM', // (Position)-[:ON_TERM]->(Term)
  'CITES', // (Position|Document|Event|Proposal)-[:CITES]->(Source)
  'REPORTED_IN', // (Position)-[:REPORTED_IN]->(Document)
  'AT_EVENT', // (Position)-[:AT_EVENT]->(Event)
  'AFFILIATED_WITH', // (Person)-[:AFFILIATED_WITH {role, from, until}]->(Institution)
  'MEMBER_OF', // (Institution)-[:MEMBER_OF]->(Institution)
  'PART_OF', // (Institution)-[:PART_OF]->(Institution)
  'PARTICIPATED_IN', // (Stakeholder)-[:PARTICIPATED_IN]->(Event)
  'AUTHORED', // (Stakeholder)-[:AUTHORED]->(Proposal)
  'INCLUDES', // (Proposal)-[:INCLUDES]->(Term)
  'REVISES', // (Proposal)-[:REVISES]->(Proposal)
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** Compile-time exhaustiveness: a switch over a union that misses a case fails to type-check here. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`);
}

/** Verbs for messages and the UI; a new stance will not compile until it has one. */
export function stanceVerb(stance: Stance): string {
  switch (stance) {
    case 'PROPOSED':
      return 'proposed';
    case 'SUPPORTED':
      return 'supported';
    case 'OPPOSED':
      return 'opposed';
    default:
      return assertNever(stance);
  }
}
