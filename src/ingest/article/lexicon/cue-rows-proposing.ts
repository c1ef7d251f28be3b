import { P, pastIng, type Row } from './cue-row.js';

/** Proposing in news wording: requests, pitches, conditions ("made X a condition"), "put X on the table". General vocabulary, not tuned to any article. */
export const PROPOSING_ROWS: Row[] = [
  { verbs: ['request'], stance: P, forms: pastIng('request') },
  { verbs: ['lobby', 'press'], rest: 'for', stance: P, weight: 0.8 },
  { verbs: ['pitch'], stance: P, forms: ['pitched', 'pitching'] },
  { verbs: ['recommend'], stance: P, weight: 0.8 },
  { verbs: ['suggest'], stance: P, weight: 0.7 },
  { verbs: ['set'], rest: 'out', stance: P, weight: 0.75 },
  { verbs: ['come'], rest: 'up with', stance: P, weight: 0.8 },
  { verbs: ['co-sponsor', 'spearhead', 'introduce'], stance: P, weight: 0.75 },
  { verbs: ['sponsor'], stance: P, weight: 0.75, forms: ['sponsored', 'sponsoring'] },
  { verbs: ['advance'], stance: P, weight: 0.7, forms: ['advanced', 'advancing'] },
  { verbs: ['put', 'lay', 'bring'], frame: 'on the table', stance: P, weight: 0.8 },
  { verbs: ['place'], frame: 'on the table', stance: P, weight: 0.8, forms: ['placed', 'placing'] },
  { verbs: ['make'], frame: 'a condition', stance: P, weight: 0.8 },
  { verbs: ['make'], frame: 'a precondition', stance: P, weight: 0.8 },
  { verbs: ['make'], frame: 'a prerequisite', stance: P, weight: 0.8 },
  { verbs: ['make'], frame: 'a priority', stance: P, weight: 0.75 },
  { verbs: ['make'], frame: 'a top priority', stance: P, weight: 0.75 },
  { verbs: ['hold'], rest: 'out for', stance: P, weight: 0.8 },
  { verbs: ['counter'], rest: 'with', stance: P, weight: 0.8, forms: ['countered', 'countering', 'counters'] },
  // "has made its continued support conditional on X", "conditioned its backing on X": X is a demand.
  ...['support', 'backing', 'approval', 'agreement', 'consent', 'vote', 'votes', 'participation', 'signature', 'cooperation'].flatMap((noun): Row[] => [
    { verbs: ['make'], rest: `<poss?> <adj?> ${noun} conditional on`, stance: P, weight: 0.8 },
    { verbs: ['make'], rest: `<poss?> <adj?> ${noun} contingent on`, stance: P, weight: 0.8 },
    { verbs: ['condition'], rest: `<poss> <adj?> ${noun} on`, stance: P, weight: 0.8, forms: ['conditioned', 'conditioning', 'conditions'] },
  ]),
  { verbs: ['stick'], rest: 'to <poss> demand for', stance: P },
  { verbs: ['stand'], rest: 'by <poss> demand for', stance: P },
  { verbs: ['repeat', 'renew', 'reiterate', 'restate'], rest: '<poss> <adj?> demand for', stance: P },
  { verbs: ['repeat', 'renew', 'reiterate', 'restate'], rest: '<poss> <adj?> request for', stance: P },
  { verbs: ['step'], rest: 'up <poss> demand for', stance: P, forms: ['stepped', 'stepping', 'steps'] },
  { verbs: ['adamant'], rest: 'that', stance: P, forms: [] },
  // "the road map, drafted by the council's president," / "X drafted a bill": writing a plan is proposing it.
  { verbs: ['draft'], stance: P, weight: 0.75, forms: ['drafted', 'drafting'] },
  // "would like the proceeds to go to schools": a wish stated as a want. Plain "like" is no cue ("like the plan" is rare in news).
  { verbs: ['would'], rest: 'like', stance: P, weight: 0.75, forms: ['would'] },
  { verbs: ['circulate', 'publish', 'distribute', 'prepare'], stance: P, weight: 0.75, carrier: true },
  { verbs: ['release', 'issue'], stance: P, weight: 0.75, carrier: true, forms: ['released', 'releasing', 'issued', 'issuing'] },
];
