/**
 * graphology-layout-forceatlas2 is CommonJS. Bundlers hand its function to a default import, while
 * TypeScript's NodeNext view (the repository's root tsconfig) types the default as the whole
 * module; this accepts both so the client type-checks under either configuration.
 */
import imported from 'graphology-layout-forceatlas2';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import type { AbstractGraph } from 'graphology-types';

interface ForceAtlas2 {
  assign(graph: AbstractGraph, params: { iterations: number; settings?: ForceAtlas2Settings }): void;
  inferSettings(graph: AbstractGraph | number): ForceAtlas2Settings;
}

const module = imported as unknown as ForceAtlas2 & { default?: ForceAtlas2 };
export const forceAtlas2: ForceAtlas2 = module.default ?? module;
