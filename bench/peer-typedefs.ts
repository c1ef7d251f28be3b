import type { Product } from './project.js';

/**
 * Type definitions for @neo4j/graphql (v7) over the same graph: `@node` types mapped to our labels,
 * `@relationship` fields mapped to our relationship types, Position as a node with HOLDS, ON_TERM
 * and CITES. What it cannot generate (contested terms, alignment) are `@cypher` fields running the
 * product's own Cypher files, so the peer does the same database work for them.
 */
export function peerTypeDefs(product: Product): string {
  const { cypher } = product.cypher;
  // The product's statements, with its parameters renamed to the field arguments and no `asOf`.
  const withoutAsOf = (text: string) => text.replaceAll('$asOfFirst', 'null').replaceAll('$asOf', 'null');
  const contested = cypher('queries/contested-terms-kept').replaceAll('$limit', '$first');
  const alignment = withoutAsOf(cypher('queries/alignment')).replaceAll('$ids', '$stakeholderIds');
  const block = (text: string) => text.replaceAll('"""', '\\"""');

  return /* GraphQL */ `
enum Stance { PROPOSED SUPPORTED OPPOSED }
enum PositionStatus { CURATED EXTRACTED RETRACTED }

interface Stakeholder {
  id: ID!
  name: String!
  positions: [Position!]! @declareRelationship
}

type Person implements Stakeholder @node(labels: ["Person", "Entity", "Stakeholder"]) {
  id: ID!
  name: String!
  positions: [Position!]! @relationship(type: "HOLDS", direction: OUT)
}

type Institution implements Stakeholder @node(labels: ["Institution", "Entity", "Stakeholder"]) {
  id: ID!
  name: String!
  kind: String
  positions: [Position!]! @relationship(type: "HOLDS", direction: OUT)
}

type Term @node(labels: ["Term", "Entity"]) {
  id: ID!
  label: String!
  positions: [Position!]! @relationship(type: "ON_TERM", direction: IN)
  proposals: [Proposal!]! @relationship(type: "INCLUDES", direction: IN)
}

type Position @node(labels: ["Position", "Entity"]) {
  id: ID!
  stance: Stance!
  status: PositionStatus!
  date: String
  dateFrom: String
  quote: String
  holder: Stakeholder @relationship(type: "HOLDS", direction: IN)
  term: Term @relationship(type: "ON_TERM", direction: OUT)
  sources: [Source!]! @relationship(type: "CITES", direction: OUT)
}

type Source @node(labels: ["Source", "Entity"]) {
  id: ID!
  url: String!
  publisher: String
}

type Proposal @node(labels: ["Proposal", "Entity"]) {
  id: ID!
  name: String!
  terms: [Term!]! @relationship(type: "INCLUDES", direction: OUT)
}

type TermRef { id: ID!, label: String! }
type ContestedTerm { term: TermRef!, support: Int!, opposition: Int!, score: Float! }
type AlignmentCell { holderId: ID!, term: TermRef!, stance: Stance! }

type Query {
  contestedTerms(first: Int! = 20): [ContestedTerm!]!
    @cypher(
      statement: """
CALL () {
${block(contested)}
}
UNWIND rows AS row
RETURN row
"""
      columnName: "row"
    )
  alignment(stakeholderIds: [ID!]!): [AlignmentCell!]!
    @cypher(
      statement: """
CALL () {
${block(alignment)}
}
RETURN {holderId: holderId, term: term, stance: stance} AS row
"""
      columnName: "row"
    )
}
`;
}
