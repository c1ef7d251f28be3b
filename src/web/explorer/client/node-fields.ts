import { externalLink, h } from './dom.js';
import { sourceList } from './position-view.js';
import type { NodeDetails, SourceRef } from './types.js';

type Ref = { id: string; name?: string; label?: string };
export type Open = (id: string) => void;

/** What to call a node of any type. */
export function titleOf(node: NodeDetails): string {
  const title = node.name ?? node.label ?? node.title ?? node.documentTitle;
  return typeof title === 'string' && title ? title : node.id;
}

const str = (value: unknown): string | null => (typeof value === 'string' && value ? value : typeof value === 'number' ? String(value) : null);

function refs(items: unknown, open: Open): HTMLElement | null {
  const list = Array.isArray(items) ? (items as Ref[]) : [];
  if (!list.length) return null;
  return h('ul', { className: 'refs' }, ...list.map((r) => h('li', {}, h('button', { className: 'link', text: r.name ?? r.label ?? r.id, attrs: { type: 'button' }, on: { click: () => open(r.id) } }))));
}

function affiliations(items: unknown, open: Open): HTMLElement | null {
  const list = Array.isArray(items) ? (items as { role: string; from?: string; until?: string; institution: Ref }[]) : [];
  if (!list.length) return null;
  return h(
    'ul',
    { className: 'refs' },
    ...list.map((a) => {
      const period = [a.from, a.until].some(Boolean) ? ` (${a.from ?? '…'} – ${a.until ?? '…'})` : '';
      return h('li', {}, `${a.role} at `, h('button', { className: 'link', text: a.institution.name ?? a.institution.id, attrs: { type: 'button' }, on: { click: () => open(a.institution.id) } }), period);
    }),
  );
}

/** The rows of a node's property list, by type; empty values are left out. */
export function fieldsOf(node: NodeDetails, open: Open): [string, Node | string | null][] {
  const aliases = Array.isArray(node.aliases) && node.aliases.length ? (node.aliases as string[]).join(', ') : null;
  const wikidata = str(node.wikidata) ? externalLink(`https://www.wikidata.org/wiki/${encodeURIComponent(String(node.wikidata))}`, String(node.wikidata)) : null;
  const sources = Array.isArray(node.sources) ? sourceList(node.sources as SourceRef[]) : null;
  switch (node.__typename) {
    case 'Person':
      return [['Aliases', aliases], ['Description', str(node.description)], ['Wikidata', wikidata], ['Affiliations', affiliations(node.affiliations, open)]];
    case 'Institution':
      return [['Kind', str(node.kind)], ['Aliases', aliases], ['Description', str(node.description)], ['Wikidata', wikidata], ['Member of', refs(node.memberOf, open)], ['Part of', refs(node.partOf, open)]];
    case 'Term':
      return [['Category', str(node.category)], ['Aliases', aliases], ['Description', str(node.description)], ['In proposals', refs(node.proposals, open)]];
    case 'Source':
      return [['URL', externalLink(str(node.url), str(node.url) ?? '')], ['Title', str(node.title)], ['Publisher', str(node.publisher)], ['Published', str(node.publishedAt)], ['Retrieved', str(node.retrievedAt)]];
    case 'Document':
      return [['URL', node.documentUrl ? externalLink(str(node.documentUrl), String(node.documentUrl)) : null], ['Author', str(node.author)], ['Publisher', str(node.publisher)], ['Published', str(node.publishedAt)]];
    case 'Event':
      return [['Kind', str(node.eventKind)], ['Place', str(node.place)], ['Date', str(node.date)], ['Description', str(node.description)], ['Sources', sources]];
    case 'Proposal':
      return [['Family', str(node.family)], ['Version', str(node.version)], ['Date', str(node.date)], ['Description', str(node.description)], ['Terms', refs(node.terms, open)], ['Sources', sources]];
    default:
      return [];
  }
}
