import type { NodeType, Stance } from './types.js';

/**
 * One place for what each type and stance looks like, read by the renderer, the legend and the
 * filters alike so they can never disagree. Shapes name sigma SDF shapes (see shapes.ts).
 */
export interface NodeTypeLook {
  label: string;
  color: string;
  shape: 'circle' | 'square' | 'diamond' | 'triangle' | 'hexagon' | 'rectangle' | 'pentagon' | 'ring';
}

export const NODE_LOOK: Record<NodeType, NodeTypeLook> = {
  PERSON: { label: 'Person', color: '#4e79a7', shape: 'circle' },
  INSTITUTION: { label: 'Institution', color: '#8a5cc9', shape: 'square' },
  TERM: { label: 'Term', color: '#f28e2b', shape: 'diamond' },
  SOURCE: { label: 'Source', color: '#8c6d31', shape: 'triangle' },
  EVENT: { label: 'Event', color: '#17a2b8', shape: 'hexagon' },
  DOCUMENT: { label: 'Document', color: '#a39a10', shape: 'rectangle' },
  PROPOSAL: { label: 'Proposal', color: '#d45fae', shape: 'pentagon' },
  POSITION: { label: 'Position', color: '#7f7f7f', shape: 'ring' },
};

export const STANCE_LOOK: Record<Stance, { label: string; color: string }> = {
  PROPOSED: { label: 'Proposed', color: '#2563eb' },
  SUPPORTED: { label: 'Supported', color: '#16a34a' },
  OPPOSED: { label: 'Opposed', color: '#dc2626' },
};

/** Relationships that are not stances (CITES, MEMBER_OF, …). */
export const OTHER_EDGE_COLOR = '#b8b8b8';
/** Everything off the highlighted path fades to this. */
export const DIMMED_COLOR = '#e4e4e4';

export function edgeColor(stance: Stance | null | undefined): string {
  return stance ? STANCE_LOOK[stance].color : OTHER_EDGE_COLOR;
}

/** Bigger for well-connected nodes, but bounded so hubs do not swallow the view. */
export function nodeSize(degree: number): number {
  return Math.min(22, 5 + 2.2 * Math.sqrt(Math.max(0, degree)));
}
