import { h } from './dom.js';
import { NODE_LOOK, STANCE_LOOK } from './legend-data.js';
import { fieldsOf, titleOf } from './node-fields.js';
import { positionItem, positionView } from './position-view.js';
import type { NodeDetails, NodeType, PositionDetails, Stance } from './types.js';

export interface PanelActions {
  open(id: string): void;
  isExpanded(id: string): boolean;
  toggleExpanded(id: string): void;
  pathFrom(id: string, label: string): void;
  pathTo(id: string, label: string): void;
}

/** The details panel on the right: a node, a position, or a plain relationship. */
export class SidePanel {
  constructor(
    private readonly root: HTMLElement,
    private readonly actions: PanelActions,
  ) {}

  private show(...content: (Node | null)[]): void {
    this.root.replaceChildren(...content.filter((c): c is Node => c !== null));
    this.root.scrollTop = 0;
  }

  /** Keeps the Expand/Collapse button right when the node changes state after its panel was drawn. */
  syncExpanded(id: string): void {
    const button = this.root.querySelector<HTMLButtonElement>('[data-action="toggle-expand"]');
    if (button?.dataset.node === id) button.textContent = this.actions.isExpanded(id) ? 'Collapse' : 'Expand';
  }

  clear(): void {
    this.show(h('p', { className: 'hint', text: 'Search for a stakeholder or term, then click nodes to expand them and edges to see their evidence.' }));
  }

  loading(what: string): void {
    this.root.setAttribute('aria-busy', 'true');
    this.show(h('p', { className: 'hint', text: `Loading ${what}…` }));
  }

  error(message: string): void {
    this.root.removeAttribute('aria-busy');
    this.show(h('p', { className: 'error', attrs: { role: 'alert' }, text: message }));
  }

  node(node: NodeDetails, type: NodeType | undefined): void {
    if (node.__typename === 'Position') return this.position(node as unknown as PositionDetails);
    const title = titleOf(node);
    const actions = this.actions;
    const expanded = actions.isExpanded(node.id);
    const rows = fieldsOf(node, (id) => actions.open(id)).filter(([, v]) => v !== null && v !== '');
    const positions = node.positions ?? [];
    this.root.removeAttribute('aria-busy');
    this.show(
      h('p', { className: 'kind', text: type ? NODE_LOOK[type].label : node.__typename }),
      h('h2', { text: title, attrs: { 'data-testid': 'panel-title' } }),
      h('p', { className: 'id', text: node.id }),
      h(
        'div',
        { className: 'actions' },
        h('button', { text: expanded ? 'Collapse' : 'Expand', attrs: { type: 'button', 'data-action': 'toggle-expand', 'data-node': node.id }, on: { click: () => actions.toggleExpanded(node.id) } }),
        h('button', { text: 'Path from here', attrs: { type: 'button' }, on: { click: () => actions.pathFrom(node.id, title) } }),
        h('button', { text: 'Path to here', attrs: { type: 'button' }, on: { click: () => actions.pathTo(node.id, title) } }),
      ),
      rows.length ? h('dl', {}, ...rows.map(([label, value]) => h('div', { className: 'row' }, h('dt', { text: label }), h('dd', {}, value!)))) : null,
      positions.length ? h('h3', { text: `Positions (${positions.length})` }) : null,
      positions.length ? h('ul', { className: 'positions' }, ...positions.map((p) => positionItem(p, (chosen) => this.position(chosen, () => this.node(node, type))))) : null,
    );
  }

  position(p: PositionDetails, back?: () => void): void {
    this.root.removeAttribute('aria-busy');
    this.show(
      back ? h('button', { className: 'back', text: '← Back', attrs: { type: 'button' }, on: { click: back } }) : null,
      h('p', { className: 'kind', text: 'Position' }),
      positionView(p, (id) => this.actions.open(id)),
    );
  }

  /** A relationship that is not a position (CITES, MEMBER_OF…): what it links, nothing more to fetch. */
  relationship(type: string, stance: Stance | null, from: string, to: string, date: string | null): void {
    this.root.removeAttribute('aria-busy');
    this.show(
      h('p', { className: 'kind', text: 'Relationship' }),
      h('h2', { text: stance ? STANCE_LOOK[stance].label : type }),
      h('dl', {}, h('div', { className: 'row' }, h('dt', { text: 'From' }), h('dd', { text: from })), h('div', { className: 'row' }, h('dt', { text: 'To' }), h('dd', { text: to })), date ? h('div', { className: 'row' }, h('dt', { text: 'Date' }), h('dd', { text: date })) : null),
    );
  }
}
