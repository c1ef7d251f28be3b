import { search } from './api.js';
import { h } from './dom.js';
import type { SearchHit } from './types.js';

const TYPE_NAMES: Record<string, string> = { Person: 'person', Institution: 'institution', Term: 'term', Source: 'source', Document: 'document', Event: 'event', Proposal: 'proposal', Position: 'position' };

function hitLabel(hit: SearchHit): string {
  const n = hit.node as SearchHit['node'] & { documentTitle?: string };
  return n.name ?? n.label ?? n.title ?? n.documentTitle ?? n.url ?? (n.stance ? `${n.stance} position` : n.id);
}

/**
 * The search box as an ARIA combobox: type to search (names, aliases, labels, titles), move with
 * the arrow keys, Enter or click to open, Escape to close. Stale answers are dropped.
 */
export function setUpSearch(input: HTMLInputElement, list: HTMLUListElement, onPick: (id: string, label: string) => void, onError: (message: string) => void): void {
  let hits: SearchHit[] = [];
  let active = -1;
  let timer = 0;
  let asked = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (index: number) => {
    active = index;
    Array.from(list.children).forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', `search-hit-${index}`);
  };
  const pick = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    close();
    input.value = hitLabel(hit);
    onPick(hit.node.id, hitLabel(hit));
  };
  const render = () => {
    list.replaceChildren(
      ...(hits.length
        ? hits.map((hit, i) =>
            h(
              'li',
              { attrs: { id: `search-hit-${i}`, role: 'option', 'aria-selected': 'false', 'data-id': hit.node.id }, on: { mousedown: (e) => e.preventDefault(), click: () => pick(i) } },
              h('span', { className: 'hit-label', text: hitLabel(hit) }),
              h('span', { className: 'hit-type', text: TYPE_NAMES[hit.node.__typename] ?? hit.node.__typename }),
            ),
          )
        : [h('li', { className: 'empty', attrs: { role: 'option', 'aria-disabled': 'true' }, text: 'No matches' })]),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(hits.length ? 0 : -1);
  };
  const ask = async (query: string) => {
    const ticket = ++asked;
    try {
      const found = await search(query, 10);
      if (ticket !== asked) return;
      hits = found;
      render();
    } catch (error) {
      if (ticket === asked) onError((error as Error).message);
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const query = input.value.trim();
    if (query.length < 2) {
      hits = [];
      return close();
    }
    timer = window.setTimeout(() => void ask(query), 180);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && hits.length) {
      event.preventDefault();
      if (list.hidden) render();
      else highlight((active + 1) % hits.length);
    } else if (event.key === 'ArrowUp' && hits.length) {
      event.preventDefault();
      highlight((active - 1 + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (!list.hidden && active >= 0) pick(active);
      else if (input.value.trim().length >= 2) void ask(input.value.trim());
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => window.setTimeout(close, 150));
}
