/** Messages between the page and the layout worker. Positions travel as transferable arrays. */

export interface LayoutStart {
  kind: 'start';
  /** Bumped on every restart, so positions computed for an older graph are dropped. */
  run: number;
  /** x0, y0, x1, y1… in node order. */
  positions: Float32Array;
  /** source index, target index… */
  edges: Uint32Array;
  /** The layout stops by itself after this long. */
  maxMs: number;
}

export interface LayoutStop {
  kind: 'stop';
}

export interface LayoutProgress {
  kind: 'positions';
  run: number;
  positions: Float32Array;
  iterations: number;
  done: boolean;
}

export type ToWorker = LayoutStart | LayoutStop;
