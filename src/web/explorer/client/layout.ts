import type { AbstractGraph } from 'graphology-types';
import type { LayoutProgress, ToWorker } from './layout-protocol.js';

/**
 * Runs ForceAtlas2 in a worker and writes its positions into the graph at most once per frame.
 * Any change to the graph's nodes or edges calls `restart()`, which snapshots the current
 * positions; results for an older snapshot are ignored.
 */
export class LayoutRunner {
  private worker: Worker | null = null;
  private run = 0;
  private slot = new Map<string, number>();
  /** The latest positions, with the node order they were computed for. */
  private pending: { positions: Float32Array; slot: Map<string, number> } | null = null;
  private frame = 0;
  /** No positions are applied before this time; see `apply()`. */
  private notBefore = 0;
  private timer = 0;
  running = false;
  iterations = 0;
  onChange: (running: boolean) => void = () => {};

  /** True from a position update until the GPU has drawn it. */
  private drawing = false;

  constructor(
    private readonly graph: AbstractGraph,
    private readonly workerUrl: string,
    /** Resolves when the frame showing an update has been drawn (see frame-drawn.ts). */
    private readonly frameDrawn: () => Promise<void>,
  ) {}

  restart(maxMs = 6_000): void {
    if (this.graph.order === 0) return this.stop();
    this.worker ??= this.createWorker();
    this.run += 1;
    const order = this.graph.nodes();
    const index = new Map(order.map((id, i) => [id, i]));
    this.slot = index;
    const positions = new Float32Array(order.length * 2);
    order.forEach((id, i) => {
      positions[2 * i] = this.graph.getNodeAttribute(id, 'x') as number;
      positions[2 * i + 1] = this.graph.getNodeAttribute(id, 'y') as number;
    });
    const edges = new Uint32Array(this.graph.size * 2);
    let e = 0;
    this.graph.forEachEdge((_edge, _a, source, target) => {
      edges[e++] = index.get(source)!;
      edges[e++] = index.get(target)!;
    });
    this.iterations = 0;
    this.post({ kind: 'start', run: this.run, positions, edges, maxMs }, [positions.buffer, edges.buffer]);
    this.setRunning(true);
  }

  stop(): void {
    this.run += 1;
    // Positions received before the stop, waiting for a frame or for the slow-frame back-off, would
    // still move nodes after it: a stopped layout leaves everything where it is on screen.
    this.pending = null;
    if (this.frame) cancelAnimationFrame(this.frame);
    if (this.timer) window.clearTimeout(this.timer);
    this.frame = 0;
    this.timer = 0;
    if (this.worker) this.post({ kind: 'stop' }, []);
    this.setRunning(false);
  }

  kill(): void {
    this.stop();
    this.worker?.terminate();
    this.worker = null;
  }

  private createWorker(): Worker {
    const worker = new Worker(this.workerUrl, { name: 'explorer-layout' });
    worker.onmessage = (event: MessageEvent<LayoutProgress>) => this.receive(event.data);
    worker.onerror = () => this.setRunning(false);
    return worker;
  }

  private post(message: ToWorker, transfer: Transferable[]): void {
    this.worker?.postMessage(message, transfer);
  }

  private receive(message: LayoutProgress): void {
    if (message.run !== this.run) return;
    this.pending = { positions: message.positions, slot: this.slot };
    this.iterations = message.iterations;
    if (message.done) this.setRunning(false);
    this.schedule();
  }

  private schedule(): void {
    if (this.frame || this.timer || this.drawing) return;
    const wait = this.notBefore - performance.now();
    if (wait > 0) {
      this.timer = window.setTimeout(() => {
        this.timer = 0;
        this.schedule();
      }, wait);
    } else this.frame = requestAnimationFrame(() => this.apply());
  }

  /**
   * One graph update at a time: sigma re-renders once for all moved nodes, and the next update
   * waits until that frame is drawn and then twice as long again, so panning, hovering and
   * clicking keep at least two thirds of the time however costly frames are (thousands of nodes,
   * or software WebGL). On a GPU a frame takes milliseconds and the layout streams smoothly.
   */
  private apply(): void {
    this.frame = 0;
    const began = performance.now();
    const pending = this.pending;
    this.pending = null;
    if (!pending) return;
    const { positions, slot } = pending;
    this.graph.updateEachNodeAttributes(
      (id, a) => {
        const i = slot.get(id);
        // Nodes added since the snapshot keep their place until the next restart includes them.
        if (i === undefined) return a;
        a.x = positions[2 * i];
        a.y = positions[2 * i + 1];
        return a;
      },
      { attributes: ['x', 'y'] },
    );
    this.drawing = true;
    void this.frameDrawn().then(() => {
      const cost = performance.now() - began;
      this.drawing = false;
      this.notBefore = performance.now() + (cost > 50 ? 2 * cost : 0);
      if (this.pending) this.schedule();
    });
  }

  private setRunning(running: boolean): void {
    if (this.running === running) return;
    this.running = running;
    this.onChange(running);
  }
}
