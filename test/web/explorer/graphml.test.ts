import { describe, expect, it } from 'vitest';
import { toGraphML, xml } from '../../../src/web/explorer/client/graphml.js';

describe('GraphML export', () => {
  it('escapes markup, quotes and characters XML cannot carry', () => {
    expect(xml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;');
    expect(xml('bell\u0007 and \uFFFE gone, tab\tkept, 😀 kept')).toBe('bell and  gone, tab\tkept, 😀 kept');
  });

  it('writes nodes and edges with typed keys, skipping empty values', () => {
    const out = toGraphML(
      [{ id: 'person:a&b', type: 'PERSON', label: '"A" <B>', degree: 3, date: null, x: 1.5, y: -2, color: '#4e79a7' }],
      [{ id: 'pos:1', source: 'person:a&b', target: 'term:t', type: 'OPPOSED', stance: 'OPPOSED', positionId: 'pos:1', date: '2025-12' }],
    );
    expect(out).toContain('<key id="n_degree" for="node" attr.name="degree" attr.type="int"/>');
    expect(out).toContain('<node id="person:a&amp;b"><data key="n_label">&quot;A&quot; &lt;B&gt;</data><data key="n_type">PERSON</data><data key="n_degree">3</data><data key="n_x">1.5</data>');
    expect(out).not.toContain('n_date">');
    expect(out).toContain('<edge id="pos:1" source="person:a&amp;b" target="term:t"><data key="e_type">OPPOSED</data><data key="e_stance">OPPOSED</data>');
    expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"')).toBe(true);
  });
});
