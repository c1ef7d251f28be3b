import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/ingest/article/parse.js';
import { article, seedText } from './fixtures.js';

const sentenceWith = (p: ReturnType<typeof parseArticle>, fragment: string) => {
  const s = p.sentences.find((x) => x.text.includes(fragment));
  if (!s) throw new Error(`no sentence contains ${JSON.stringify(fragment)}`);
  return s;
};

describe('parsing the seed article', () => {
  const p = parseArticle(seedText);

  it('reads the title and the date of the byline after the reference list', () => {
    expect(p.meta.title).toBe('NS Strategy change 2025 and Ukraine peace talks');
    expect(p.meta.date).toBe('2025-12-08');
    expect(p.meta.author).toBe('Michael Novakhov');
  });

  it('knows every sentence by its offsets in the original text', () => {
    for (const s of p.sentences) expect(seedText.slice(s.start, s.end)).toBe(s.text);
  });

  it('splits sections glued together without a space', () => {
    // "…previous administrations’ stances:Core U.S. Interest: Ending the war…"
    expect(sentenceWith(p, 'Ending the war quickly').text.startsWith('Ending the war quickly')).toBe(true);
    // "…concessions. [1, 2, 3, 8, 9]Status of Ukraine Peace Talks (as of December 8, 2025)"
    expect(sentenceWith(p, 'Status of Ukraine Peace Talks').text).toBe('Status of Ukraine Peace Talks (as of December 8, 2025)');
    // "…complex and controversial.U.S.-Brokered Plan: U.S. envoys…"
    expect(sentenceWith(p, 'which have been complex').text.endsWith('controversial.')).toBe(true);
    expect(sentenceWith(p, 'U.S. envoys, including').text.startsWith('U.S. envoys')).toBe(true);
    // "…a direct threat to the U.S.. It advocates…" ends a sentence; "U.S. envoys" does not.
    expect(sentenceWith(p, 'It advocates').text.startsWith('It advocates')).toBe(true);
  });

  it('gives each sentence the markers of its paragraph since the previous marker group', () => {
    expect(sentenceWith(p, 'which the Kremlin has praised').citations).toEqual([1, 2, 3, 4]);
    expect(sentenceWith(p, 'perpetually expanding alliance').citations).toEqual([1, 2, 3, 8, 9]);
    expect(sentenceWith(p, 'largely rejected the initial terms').citations).toEqual([1, 4, 9, 10, 11, 12, 13, 14, 15, 16]);
    expect(sentenceWith(p, 'unwilling to formally cede').citations).toEqual([4, 10]);
    expect(sentenceWith(p, 'AI responses may include mistakes').citations).toEqual([]);
  });

  it('reads the sixteen references, bare domains cut short with … kept as written', () => {
    expect(p.references.map((r) => r.number)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    expect(p.references[0]!.url).toBe('https://russiamatters.org/news/russi…');
    // The last entry has "Google Search google.com/search?…" glued after it: only the reference's own URL counts.
    expect(p.references[15]!.url).toBe('https://aljazeera.com/news/2025/11/2…');
    expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
  });
});

describe('parsing other formats', () => {
  it('reads Markdown front matter, a Sources heading and "Publisher, "Title", URL" entries', () => {
    const p = parseArticle(article('eu-us-steel-digital-tax-talks.md'));
    expect(p.meta).toMatchObject({ title: 'EU and US edge toward steel deal as digital tax row lingers', date: '2025-06-18', author: 'Clara Weiss' });
    expect(p.references[1]).toMatchObject({ number: 2, url: 'https://atlanticwire.example/news/2025/06/okafor-rules-of-origin', publisher: 'Atlantic Wire', title: 'Okafor presses EU on rules of origin' });
    expect(sentenceWith(p, 'European Commission proposed').citations).toEqual([1, 2]);
    expect(p.sentences.some((s) => s.text.includes('Trade Ledger'))).toBe(false);
  });

  it('reads a "Date:" line, and a numbered list of Markdown links under a heading', () => {
    expect(parseArticle(article('iran-nuclear-talks-oman.txt')).meta.date).toBe('2026-02-14');
    const p = parseArticle(article('lakeshore-nurses-contract-talks.md'));
    expect(p.meta.date).toBe('2026-03-03');
    expect(p.references[0]).toMatchObject({ number: 1, url: 'https://lakeshoreledger.example/labor/2026/03/03/nurses-talks-collapse', publisher: 'Lakeshore Ledger' });
    // After the paragraph's last marker a sentence cites nothing (and falls back to the article).
    expect(sentenceWith(p, 'Carla Mendez said').citations).toEqual([]);
  });

  it('takes Markdown links and plain URLs in a sentence as its citations', () => {
    const p = parseArticle(article('cop30-fossil-fuel-roadmap.md'));
    const s = sentenceWith(p, 'backed the Saudi position');
    expect(s.links).toEqual(['https://earthnegotiations.example/cop30/day-12']);
    expect(s.text).toContain('[observers in the room](https://earthnegotiations.example/cop30/day-12)');
    const q = parseArticle('Title\n\nDate: 2024-05-01\n\nThe union rejected the offer, see https://example.org/a/b. Then it left.\n');
    expect(sentenceWith(q, 'rejected the offer').links).toEqual(['https://example.org/a/b']);
  });

  it('lets a link cite the rest of a paragraph that only links cite, and nothing after a marker group', () => {
    const p = parseArticle('Title\n\nDate: 2024-05-01\n\nA report by the Fjord Institute, [published online](https://fjord.example/r), found costs rose. The institute recommends a levy.\n\n' +
      'Norway backed it, [per the Times](https://times.example/a). Chile rejected it. [1]\n\nSweden spoke [1]. Denmark left.\n\n## References\n\n[1] news.example/x\n');
    expect(sentenceWith(p, 'The institute recommends').links).toEqual(['https://fjord.example/r']);
    expect(sentenceWith(p, 'Chile rejected').links).toEqual([]);
    expect(sentenceWith(p, 'Chile rejected').citations).toEqual([1]);
    expect(sentenceWith(p, 'Denmark left').links).toEqual([]);
    expect(sentenceWith(p, 'Denmark left').citations).toEqual([]);
  });

  it('handles ISO dates, "Dec. 8, 2025", "8 December 2025", month precision and "as of"', () => {
    expect(parseArticle('---\ntitle: T\ndate: 2025-01-31\n---\nBody text here.').meta.date).toBe('2025-01-31');
    expect(parseArticle('A title\nBy Jane Roe · Dec. 8, 2025\n\nBody text here.').meta.date).toBe('2025-12-08');
    expect(parseArticle('A title\n8 December 2025\n\nBody text here.').meta.date).toBe('2025-12-08');
    expect(parseArticle('A title\n\nAs of March 2026, the talks go on. More text.').meta.date).toBe('2026-03');
    const undated = parseArticle('A title\n\nNothing dated here at all.');
    expect(undated.meta.date).toBeUndefined();
    expect(undated.problems.some((x) => x.message.includes('no publication date'))).toBe(true);
  });

  it('names the marker and the line of a citation that points to no reference', () => {
    const p = parseArticle('Title\n\nDate: 2025-01-01\n\nThe EU rejected the plan. [1, 7]\n\n[1] example.org/a\n');
    expect(p.sentences[0]!.citations).toEqual([1]);
    const problem = p.problems.find((x) => x.message.includes('[7]'));
    expect(problem).toMatchObject({ line: 5, severity: 'warning' });
    expect(problem!.message).toMatch(/no source is invented/);
  });

  it('refuses empty and binary text with an error', () => {
    expect(parseArticle('  \n ').problems[0]).toMatchObject({ severity: 'error', message: 'article is empty' });
    expect(parseArticle('abc\u0000def').problems[0]).toMatchObject({ severity: 'error' });
  });
});
