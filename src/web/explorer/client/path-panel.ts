import { h } from './dom.js';
import type { GraphPath } from './types.js';

export interface PathEnd {
  id: string;
  label: string;
}

/**
 * The "Shortest path" box: two ends chosen from the details panel ("Path from here" / "Path to
 * here"), a button to ask the API, and the steps of the answer.
 */
export class PathPanel {
  from: PathEnd | null = null;
  to: PathEnd | null = null;
  private readonly fromText: HTMLElement;
  private readonly toText: HTMLElement;
  private readonly findButton: HTMLButtonElement;
  private readonly clearButton: HTMLButtonElement;
  private readonly result: HTMLElement;

  constructor(root: HTMLElement, find: (from: PathEnd, to: PathEnd) => void, clear: () => void) {
    this.fromText = h('output', { attrs: { id: 'path-from' }, text: 'not set' });
    this.toText = h('output', { attrs: { id: 'path-to' }, text: 'not set' });
    this.findButton = h('button', { text: 'Find shortest path', attrs: { type: 'button', id: 'path-find', disabled: true }, on: { click: () => this.from && this.to && find(this.from, this.to) } });
    this.clearButton = h('button', { text: 'Clear path', attrs: { type: 'button', id: 'path-clear', disabled: true }, on: { click: () => clear() } });
    this.result = h('div', { className: 'path-result', attrs: { 'aria-live': 'polite', id: 'path-result' } });
    root.replaceChildren(
      h('p', { className: 'hint', text: 'Pick the ends with “Path from here” and “Path to here” in a node’s details.' }),
      h('dl', {}, h('div', { className: 'row' }, h('dt', { text: 'From' }), h('dd', {}, this.fromText)), h('div', { className: 'row' }, h('dt', { text: 'To' }), h('dd', {}, this.toText))),
      h('div', { className: 'actions' }, this.findButton, this.clearButton),
      this.result,
    );
  }

  setFrom(end: PathEnd): void {
    this.from = end;
    this.fromText.textContent = end.label;
    this.findButton.disabled = !(this.from && this.to);
  }

  setTo(end: PathEnd): void {
    this.to = end;
    this.toText.textContent = end.label;
    this.findButton.disabled = !(this.from && this.to);
  }

  showPath(path: GraphPath | null, labelOf: (id: string) => string): void {
    this.clearButton.disabled = !path;
    if (!path) {
      this.result.replaceChildren(h('p', { text: 'No path within 6 relationships.' }));
      return;
    }
    const steps = path.nodes.map((node, i) => h('li', {}, labelOf(node.id), i < path.relationshipTypes.length ? h('span', { className: 'rel', text: ` —${path.relationshipTypes[i]}→` }) : null));
    this.result.replaceChildren(h('p', { text: `${path.length} relationship${path.length === 1 ? '' : 's'} long:` }), h('ol', { className: 'path-steps' }, ...steps));
  }

  clearResult(): void {
    this.clearButton.disabled = true;
    this.result.replaceChildren();
  }
}
