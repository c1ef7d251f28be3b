/**
 * The GraphQL documents the explorer sends; all of them are part of the public schema.
 * Aliases (documentTitle, eventKind…) keep fields of one name but different types apart, which
 * GraphQL requires when fragments on several types share a selection set.
 */

const GRAPH_NODE = 'id type label degree date';
const GRAPH_EDGE = 'id source target type stance positionId date';

export const SEARCH = /* GraphQL */ `
  query ExplorerSearch($query: String!, $first: Int) {
    search(query: $query, first: $first) {
      score
      node {
        __typename
        id
        ... on Person { name }
        ... on Institution { name }
        ... on Term { label }
        ... on Source { title url }
        ... on Document { documentTitle: title }
        ... on Event { name }
        ... on Proposal { name }
        ... on Position { stance }
      }
    }
  }`;

export const NEIGHBORHOOD = /* GraphQL */ `
  query ExplorerNeighborhood($id: ID!, $limit: Int) {
    neighborhood(id: $id, depth: 1, limit: $limit, positionsAsEdges: true) {
      nodes { ${GRAPH_NODE} }
      edges { ${GRAPH_EDGE} }
      truncated
    }
  }`;

export const PATH = /* GraphQL */ `
  query ExplorerPath($fromId: ID!, $toId: ID!) {
    path(fromId: $fromId, toId: $toId) {
      length
      nodes { ${GRAPH_NODE} }
      edges { ${GRAPH_EDGE} }
      relationshipTypes
    }
  }`;

const POSITION_FIELDS = /* GraphQL */ `
  fragment ExplorerPosition on Position {
    id stance date datePrecision until quote confidence status note
    holder { id name }
    term { id label }
    sources { id url title publisher publishedAt }
    document { id title url }
    event { id name }
  }`;

export const NODE_DETAILS = /* GraphQL */ `
  query ExplorerNode($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Person {
        name aliases description wikidata
        affiliations { role from until institution { id name } }
        positions { ...ExplorerPosition }
      }
      ... on Institution {
        name aliases description wikidata kind
        memberOf { id name }
        partOf { id name }
        positions { ...ExplorerPosition }
      }
      ... on Term {
        label aliases description category
        proposals { id name }
        positions { ...ExplorerPosition }
      }
      ... on Source { url title publisher publishedAt retrievedAt positions { ...ExplorerPosition } }
      ... on Document {
        documentTitle: title documentUrl: url author publisher publishedAt
        positions { ...ExplorerPosition }
      }
      ... on Event {
        name eventKind: kind place date description
        sources { id url title publisher publishedAt }
        positions { ...ExplorerPosition }
      }
      ... on Proposal {
        name description family version date
        terms { id label }
        sources { id url title publisher publishedAt }
      }
      ... on Position { ...ExplorerPosition }
    }
  }
  ${POSITION_FIELDS}`;
