import { ARTICLES, PREPOSITIONS, RELATIVES } from '../lexicon/words.js';
import type { Token } from '../text/tokens.js';
import { APPOSITIVE_ORG_NOUNS } from './descriptions.js';
import type { Mention } from './detect.js';
import type { Registry } from './registry.js';

/**
 * "Aliança Wi-Fi Aberto, a coalition of device makers, …" … "the coalition": an appositive that says
 * what kind of body a name is gives it that head noun, so a later definite description finds it
 * (registry.byHead) even though the name itself has no such word.
 */
export function appositiveHeads(tokens: readonly Token[], reg: Registry, mentions: readonly Mention[]): void {
  for (const m of mentions) {
    if (m.entity.kind !== 'Institution' || m.kind !== 'name' || m.possessive || tokens[m.end]?.text !== ',' || !ARTICLES.has(tokens[m.end + 1]?.lower ?? '')) continue;
    // The first organisation noun that ends the description's head: ", an industry association,", ", a coalition of …".
    for (let k = m.end + 2; k < tokens.length && k - m.end <= 6; k++) {
      const t = tokens[k]!;
      if (t.kind !== 'word') break;
      const after = tokens[k + 1];
      if (APPOSITIVE_ORG_NOUNS.has(t.lower) && (!after || after.kind === 'punct' || PREPOSITIONS.has(after.lower) || RELATIVES.has(after.lower))) {
        reg.addHead(m.entity, t.lower);
        break;
      }
    }
  }
}
