import { externalLink, h } from './dom.js';
import { STANCE_LOOK } from './legend-data.js';
import type { PositionDetails, SourceRef } from './types.js';

export function stanceBadge(stance: PositionDetails['stance']): HTMLElement {
  return h('span', { className: `stance stance-${stance.toLowerCase()}`, text: STANCE_LOOK[stance]?.label ?? stance });
}

function sourceItem(source: SourceRef): HTMLElement {
  const text = source.title || source.url;
  const meta = [source.publisher, source.publishedAt].filter(Boolean).join(', ');
  return h('li', { className: 'source' }, externalLink(source.url, text), meta ? h('span', { className: 'meta', text: ` (${meta})` }) : null);
}

/** The list of sources a claim rests on: every link opens the source itself in a new tab. */
export function sourceList(sources: SourceRef[]): HTMLElement {
  if (!sources.length) return h('p', { className: 'empty', text: 'No sources.' });
  return h('ul', { className: 'sources', attrs: { 'data-testid': 'sources' } }, ...sources.map(sourceItem));
}

function row(label: string, value: Node | string | null | undefined): HTMLElement | null {
  if (value === null || value === undefined || value === '') return null;
  return h('div', { className: 'row' }, h('dt', { text: label }), h('dd', {}, value));
}

/** A position in full: who, on what, stance, when, the quote, and its sources. */
export function positionView(p: PositionDetails, open: (id: string) => void): HTMLElement {
  const link = (id: string, text: string) => h('button', { className: 'link', text, attrs: { type: 'button' }, on: { click: () => open(id) } });
  const when = [p.date, p.datePrecision ? `(${p.datePrecision.toLowerCase()})` : null, p.until ? `until ${p.until}` : null].filter(Boolean).join(' ');
  return h(
    'section',
    { className: 'position', attrs: { 'data-testid': 'position', 'data-position-id': p.id } },
    h('h3', {}, stanceBadge(p.stance), ' ', link(p.holder.id, p.holder.name), ' → ', link(p.term.id, p.term.label)),
    h(
      'dl',
      {},
      row('Stance', STANCE_LOOK[p.stance]?.label ?? p.stance),
      row('Date', when || 'undated'),
      row('Status', p.status),
      row('Confidence', p.confidence === null || p.confidence === undefined ? null : p.confidence.toFixed(2)),
      row('Reported in', p.document ? externalLink(p.document.url, p.document.title) : null),
      row('Event', p.event ? link(p.event.id, p.event.name) : null),
      row('Note', p.note),
    ),
    p.quote ? h('blockquote', { text: p.quote }) : null,
    h('h4', { text: 'Sources' }),
    sourceList(p.sources),
  );
}

/** One line in a node's list of positions; activating it shows the position in full. */
export function positionItem(p: PositionDetails, show: (p: PositionDetails) => void): HTMLElement {
  const label = `${p.holder.name} → ${p.term.label}`;
  return h(
    'li',
    {},
    h(
      'button',
      { className: 'position-item', attrs: { type: 'button', 'data-position-id': p.id }, on: { click: () => show(p) } },
      stanceBadge(p.stance),
      h('span', { className: 'date', text: p.date ?? 'undated' }),
      h('span', { className: 'who', text: label }),
      p.quote ? h('span', { className: 'quote', text: `“${p.quote}”` }) : null,
    ),
  );
}
