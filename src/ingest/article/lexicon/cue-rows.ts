import { O, P, type Row, S } from './cue-row.js';
import { OPPOSING_ROWS } from './cue-rows-opposing.js';
import { PROPOSING_ROWS } from './cue-rows-proposing.js';
import { SUPPORTING_ROWS } from './cue-rows-supporting.js';

export type { Row } from './cue-row.js';

/** The core cue rows (the reporting verbs every stance article uses); the wider news vocabulary follows in cue-rows-*.ts. */
const CORE_ROWS: Row[] = [
  // Proposing
  { verbs: ['propose'], stance: P },
  { verbs: ['put'], rest: 'forward', stance: P },
  { verbs: ['demand'], stance: P },
  { verbs: ['insist'], rest: 'on', stance: P },
  { verbs: ['insist'], rest: 'that', stance: P },
  { verbs: ['push', 'press', 'ask'], rest: 'for', stance: P },
  { verbs: ['include'], stance: P, weight: 0.75 },
  { verbs: ['offer'], stance: P },
  { verbs: ['offer'], rest: 'to', stance: P, takes: 'vp', control: 'offer' },
  { verbs: ['seek'], stance: P, weight: 0.75 },
  { verbs: ['want'], stance: P, weight: 0.75 },
  { verbs: ['table'], stance: P, forms: ['tabled', 'tabling'] },
  { verbs: ['float'], stance: P, forms: ['floated', 'floating'] },
  { verbs: ['unveil', 'submit'], stance: P },
  { verbs: ['present'], stance: P, forms: ['presented', 'presenting'] },
  { verbs: ['draw'], rest: 'up', stance: P },
  { verbs: ['lay'], rest: 'out', stance: P, weight: 0.75 },
  { verbs: ['suggest'], rest: 'that', stance: P, weight: 0.75 },
  { verbs: ['require'], stance: P, weight: 0.75 },
  { verbs: ['prioritize', 'prioritise'], stance: P },
  { verbs: ['provide'], rest: 'for', stance: P, weight: 0.75 },
  { verbs: ['shift'], stance: P, takes: 'shift', weight: 0.8 },
  { verbs: ['ready', 'prepared', 'willing'], rest: 'to', stance: P, takes: 'vp', control: 'offer', forms: [] },
  // Supporting
  { verbs: ['welcome', 'praise', 'back', 'accept', 'support', 'endorse', 'favor', 'favour', 'embrace', 'defend', 'champion', 'applaud', 'hail', 'approve', 'commend'], stance: S },
  // "agreed to offer X": a cue right after it says what was agreed to (control 'aim').
  { verbs: ['agree'], rest: 'to', stance: S, control: 'aim' },
  { verbs: ['agree'], rest: 'on', stance: S },
  { verbs: ['call'], rest: 'for', stance: S },
  { verbs: ['advocate'], stance: S },
  { verbs: ['advocate'], rest: 'for', stance: S },
  { verbs: ['sign'], stance: S, weight: 0.75 },
  { verbs: ['sign'], rest: 'on to', stance: S },
  { verbs: ['sign'], rest: 'off on', stance: S },
  { verbs: ['vote'], rest: 'for', stance: S },
  { verbs: ['urge'], stance: S, takes: 'urge' },
  { verbs: ['call'], rest: 'on', stance: S, takes: 'urge' },
  { verbs: ['open'], rest: 'to', stance: S, weight: 0.6, forms: [] },
  // "not closed to": open to, said with a double negative.
  { verbs: ['not'], rest: 'closed to', stance: S, weight: 0.6, forms: [] },
  { verbs: ['in'], rest: 'favour of', stance: S, forms: [] },
  { verbs: ['in'], rest: 'favor of', stance: S, forms: [] },
  { verbs: ['seek', 'aim', 'hope', 'try'], rest: 'to', stance: S, takes: 'vp', control: 'aim', weight: 0.65 },
  // Opposing
  { verbs: ['reject', 'oppose', 'resist', 'dismiss', 'denounce', 'condemn', 'decry', 'veto', 'block', 'fight', 'slam', 'rebuff', 'refuse'], stance: O },
  { verbs: ['criticize', 'criticise'], stance: O },
  { verbs: ['push'], rest: 'back on', stance: O },
  { verbs: ['push'], rest: 'back against', stance: O },
  { verbs: ['rule'], rest: 'out', stance: O },
  { verbs: ['object'], rest: 'to', stance: O },
  { verbs: ['balk', 'baulk'], rest: 'at', stance: O },
  { verbs: ['vote', 'warn', 'argue', 'campaign', 'lobby'], rest: 'against', stance: O },
  { verbs: ['come'], rest: 'out against', stance: O },
  { verbs: ['opposed', 'against'], stance: O, forms: [] },
  { verbs: ['worry', 'fear'], stance: O, takes: 'fear', weight: 0.65 },
  { verbs: ['concerned'], rest: 'that', stance: O, takes: 'fear', weight: 0.65, forms: [] },
  { verbs: ['call', 'brand', 'label', 'describe', 'deem'], stance: O, takes: 'evaluate', weight: 0.75 },
  { verbs: ['unwilling', 'reluctant'], rest: 'to', stance: O, takes: 'vp', control: 'negate', forms: [] },
  { verbs: ['refuse', 'decline'], rest: 'to', stance: O, takes: 'vp', control: 'negate' },
  { verbs: ['threaten', 'plan', 'move', 'decide', 'continue', 'vote', 'resolve'], rest: 'to', stance: O, takes: 'vp', control: 'pass' },
  { verbs: ['vow', 'pledge', 'promise', 'intend'], rest: 'to', stance: S, takes: 'vp', control: 'aim', weight: 0.65 },
  { verbs: ['vote'], rest: 'down', stance: O },
  { verbs: ['committed'], rest: 'to', stance: S, weight: 0.7, forms: [] },
  { verbs: ['live'], rest: 'with', stance: S, weight: 0.6 },
];

export const ROWS: Row[] = [...CORE_ROWS, ...PROPOSING_ROWS, ...SUPPORTING_ROWS, ...OPPOSING_ROWS];
