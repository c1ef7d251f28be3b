/**
 * The slice of schema.graphql the explorer reads. Hand-written rather than generated: the client is
 * bundled by esbuild on its own and must not import server code.
 */

export const NODE_TYPES = ['PERSON', 'INSTITUTION', 'TERM', 'SOURCE', 'EVENT', 'DOCUMENT', 'PROPOSAL', 'POSITION'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export const STANCES = ['PROPOSED', 'SUPPORTED', 'OPPOSED'] as const;
export type Stance = (typeof STANCES)[number];

export interface GraphNode {
  id: string;
  type: NodeType;
  label: string;
  degree: number;
  date?: string | null;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  stance?: Stance | null;
  positionId?: string | null;
  date?: string | null;
}

export interface GraphView {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated?: boolean;
}

export interface GraphPath extends GraphView {
  length: number;
  relationshipTypes: string[];
}

export interface SearchHit {
  score: number;
  node: { __typename: string; id: string; title?: string | null; label?: string | null; name?: string | null; url?: string | null; stance?: string | null };
}

export interface SourceRef {
  id: string;
  url: string;
  title?: string | null;
  publisher?: string | null;
  publishedAt?: string | null;
}

export interface PositionDetails {
  __typename?: 'Position';
  id: string;
  stance: Stance;
  date?: string | null;
  datePrecision?: string | null;
  until?: string | null;
  quote?: string | null;
  confidence?: number | null;
  status: string;
  note?: string | null;
  holder: { id: string; name: string };
  term: { id: string; label: string };
  sources: SourceRef[];
  document?: { id: string; title: string; url?: string | null } | null;
  event?: { id: string; name: string } | null;
}

/** What `node(id)` returns with the explorer's fragments: common fields plus the type's own. */
export interface NodeDetails {
  __typename: string;
  id: string;
  [field: string]: unknown;
  positions?: PositionDetails[];
}
