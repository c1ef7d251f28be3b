import { isoDay } from './dates.js';
import { h } from './dom.js';
import { defaultFilters, type FilterState } from './filters.js';
import { edgeGlyph, nodeGlyph } from './glyphs.js';
import { NODE_LOOK, OTHER_EDGE_COLOR, STANCE_LOOK } from './legend-data.js';
import { NODE_TYPES, STANCES } from './types.js';

/**
 * Legend and filters in one: each legend entry is the checkbox that shows or hides that type or
 * stance, so what a colour means and how to hide it are read in one place. Below it, the date range.
 */
export class FilterPanel {
  readonly state: FilterState = defaultFilters();
  private readonly fromInput: HTMLInputElement;
  private readonly toInput: HTMLInputElement;
  private readonly rangeText: HTMLElement;
  private bounds: { min: number; max: number } | null = null;

  constructor(
    root: HTMLElement,
    private readonly onChange: () => void,
  ) {
    const check = (name: string, label: string, glyph: Element | null, checked: boolean, set: (on: boolean) => void) =>
      h(
        'label',
        { className: 'check' },
        h('input', {
          attrs: { type: 'checkbox', name, checked },
          on: {
            change: (e) => {
              set((e.target as HTMLInputElement).checked);
              this.onChange();
            },
          },
        }),
        glyph,
        h('span', { text: label }),
      );
    this.fromInput = h('input', { attrs: { type: 'range', id: 'date-from', min: 0, max: 0, value: 0, disabled: true } });
    this.toInput = h('input', { attrs: { type: 'range', id: 'date-to', min: 0, max: 0, value: 0, disabled: true } });
    this.rangeText = h('output', { attrs: { for: 'date-from date-to', id: 'date-range-text' }, text: 'No dates in view' });
    this.fromInput.addEventListener('input', () => this.readRange('from'));
    this.toInput.addEventListener('input', () => this.readRange('to'));
    const hideOrphans = check('hide-orphans', 'Hide nodes left without edges', null, true, (on) => (this.state.hideOrphans = on));

    root.replaceChildren(
      h('fieldset', {}, h('legend', { text: 'Stances (edges)' }), ...STANCES.map((s) => check(`stance-${s}`, STANCE_LOOK[s].label, edgeGlyph(STANCE_LOOK[s].color), true, (on) => toggle(this.state.stances, s, on))), check('other-edges', 'Other relationships', edgeGlyph(OTHER_EDGE_COLOR), true, (on) => (this.state.otherEdges = on))),
      h('fieldset', {}, h('legend', { text: 'Node types' }), ...NODE_TYPES.map((t) => check(`type-${t}`, NODE_LOOK[t].label, nodeGlyph(t), true, (on) => toggle(this.state.types, t, on)))),
      h(
        'fieldset',
        { className: 'dates' },
        h('legend', { text: 'Dates' }),
        h('label', { attrs: { for: 'date-from' }, text: 'From' }),
        this.fromInput,
        h('label', { attrs: { for: 'date-to' }, text: 'To' }),
        this.toInput,
        this.rangeText,
      ),
      hideOrphans,
    );
  }

  /** Called when the view changes: the slider spans the dates now in view, keeping a narrowed range. */
  setBounds(bounds: { min: number; max: number } | null): void {
    this.bounds = bounds;
    for (const input of [this.fromInput, this.toInput]) {
      input.disabled = !bounds;
      input.min = String(bounds?.min ?? 0);
      input.max = String(bounds?.max ?? 0);
    }
    if (!bounds) {
      this.rangeText.textContent = 'No dates in view';
      return;
    }
    this.fromInput.value = String(this.state.from ?? bounds.min);
    this.toInput.value = String(this.state.to ?? bounds.max);
    this.describe();
  }

  private readRange(moved: 'from' | 'to'): void {
    if (!this.bounds) return;
    let from = Number(this.fromInput.value);
    let to = Number(this.toInput.value);
    if (from > to) {
      if (moved === 'from') to = from;
      else from = to;
      this.fromInput.value = String(from);
      this.toInput.value = String(to);
    }
    // At the ends the range stays open, so undated items and later additions are not cut off.
    this.state.from = from <= this.bounds.min ? null : from;
    this.state.to = to >= this.bounds.max ? null : to;
    this.describe();
    this.onChange();
  }

  /** Shows the range as dates, and gives screen readers the date, not the day number. */
  private describe(): void {
    const b = this.bounds!;
    const from = isoDay(this.state.from ?? b.min);
    const to = isoDay(this.state.to ?? b.max);
    this.rangeText.textContent = `${from} – ${to}`;
    this.fromInput.setAttribute('aria-valuetext', from);
    this.toInput.setAttribute('aria-valuetext', to);
  }
}

function toggle<T>(set: Set<T>, value: T, on: boolean): void {
  if (on) set.add(value);
  else set.delete(value);
}
