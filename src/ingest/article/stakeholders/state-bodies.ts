import type { Token } from '../text/tokens.js';
import type { Mention } from './detect.js';
import type { Registry } from './registry.js';

/** Kinds of body a state has (a ministry, an agency, a government office); "Kenya's Safaricom" is a company of its own. */
const STATE_ORGANS = new Set(['AGENCY', 'GOVERNMENT']);

/**
 * A state's own institution named after its possessive: "Russia's Foreign Ministry", "Kenya's
 * Energy Regulatory Commission". One stakeholder, the institution, recorded as part of the state,
 * rather than the state and a "Foreign Ministry" of no state.
 */
export function stateBodies(tokens: readonly Token[], reg: Registry, mentions: Mention[]): void {
  for (let n = 0; n + 1 < mentions.length; n++) {
    const owner = mentions[n]!;
    if (!owner.possessive || owner.entity.institutionKind !== 'STATE' || owner.kind === 'adjective') continue;
    const body = mentions[n + 1]!;
    if (body.start !== owner.end + 1 || body.entity.origin !== 'article' || !tokens[body.start]!.cap || !STATE_ORGANS.has(body.entity.institutionKind ?? 'OTHER')) continue;
    const entity = reg.introduce(`${owner.entity.name} ${body.entity.name}`, 'Institution', body.entity.institutionKind);
    entity.partOf ??= owner.entity.id;
    reg.seen(entity);
    mentions.splice(n, 2, { start: owner.start, end: body.end, entity, kind: 'name', possessive: body.possessive });
  }
}
