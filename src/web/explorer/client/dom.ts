/**
 * A tiny element builder. Text always goes in through textContent and attributes through
 * setAttribute, so nothing from the graph is ever parsed as HTML. No inline styles either:
 * the page's CSP forbids them, classes do the work.
 */
type Child = Node | string | null | undefined | false;

export interface Props {
  className?: string;
  text?: string;
  attrs?: Record<string, string | number | boolean | null | undefined>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  if (props.text !== undefined) element.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [event, handler] of Object.entries(props.on ?? {})) element.addEventListener(event, handler as EventListener);
  for (const child of children) if (child) element.append(child);
  return element;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`explorer: the page has no #${id}`);
  return element as T;
}

/** Only web links become clickable; anything else (javascript:, data:) is shown as text. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A link that opens outside the explorer without giving the other page a handle on this one. */
export function externalLink(url: string | null | undefined, text: string): HTMLElement {
  const href = safeHttpUrl(url);
  if (!href) return h('span', { text });
  return h('a', { text, attrs: { href, target: '_blank', rel: 'noopener noreferrer' } });
}
