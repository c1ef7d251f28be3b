import type { AbstractGraph } from 'graphology-types';
import Sigma, { DEFAULT_STYLES } from 'sigma';
import {
  extremityArrow,
  layerFill,
  layerPlain,
  pathCurved,
  pathLine,
  sdfCircle,
  sdfDiamond,
  sdfRectangle,
  sdfSquare,
  sdfTriangle,
} from 'sigma/rendering';
import { DIMMED_COLOR } from './legend-data.js';
import { hexagonShape, pentagonShape, ringShape } from './shapes.js';

export interface NodeState { isSelected: boolean }
export interface GraphState { pathActive: boolean }
export type Renderer = Sigma<Record<string, unknown>, Record<string, unknown>, Record<string, unknown>, NodeState, {}, GraphState>;

/**
 * Sigma v4 compiles one WebGL program for all nodes and one for all edges from these primitives;
 * styles map graph attributes (color, shape, size, label) and states to what is drawn.
 * Filters and the path highlight only change states, never attributes, so they cost no re-layout.
 */
export function createRenderer(graph: AbstractGraph, container: HTMLElement): Renderer {
  return new Sigma(graph, container, {
    primitives: {
      nodes: {
        shapes: [sdfCircle(), sdfSquare(), sdfDiamond(), sdfTriangle(), hexagonShape, sdfRectangle({ aspectRatio: 0.75 }), pentagonShape, ringShape],
        layers: [layerFill()],
      },
      edges: {
        // Every edge is drawn with as many segments as the longest path declared needs, so the
        // curve (only for parallel positions) is kept short and there is no self-loop path:
        // sigma's defaults made each frame of 5,000 nodes twice as slow.
        paths: [pathLine(), pathCurved({ segments: 6 })],
        extremities: [extremityArrow()],
        layers: [layerPlain()],
      },
    },
    customNodeState: { isSelected: false },
    customGraphState: { pathActive: false },
    styles: {
      nodes: [
        DEFAULT_STYLES.nodes,
        { shape: { attribute: 'shape', defaultValue: 'circle' } },
        {
          whenState: 'isSelected',
          then: { size: (a) => Number(a.size ?? 10) * 1.5, labelVisibility: 'visible', backdropVisibility: 'visible', depth: 'topNodes' },
        },
        { when: (_a, s, g) => g.pathActive && !s.isHighlighted, then: { color: DIMMED_COLOR, labelVisibility: 'hidden' } },
        { whenState: 'isHighlighted', then: { labelVisibility: 'visible', depth: 'topNodes' } },
      ],
      edges: [
        DEFAULT_STYLES.edges,
        { head: 'arrow', path: 'straight', parallelPath: 'curved' },
        { when: (_a, s, g) => g.pathActive && !s.isHighlighted, then: { color: DIMMED_COLOR } },
        { whenState: 'isHighlighted', then: { size: 4 } },
      ],
    },
    settings: {
      enableEdgeEvents: true,
      // Sizes are pixels, not layout units: FA2's coordinates have no fixed scale.
      itemSizesReference: 'screen',
      renderEdgeLabels: false,
      // Labels of 5,000 nodes would cover each other; sigma shows the ones that fit.
      labelDensity: 0.7,
      labelRenderedSizeThreshold: 6,
      hideEdgesOnMove: true,
      doubleClickZoomingRatio: 1,
      stagePadding: 40,
    },
  });
}
