import type { InstitutionKind } from '../../../model/vocabulary.js';

/**
 * Word lists the registry uses to name things again: common nouns that refer back to the latest body
 * of a kind ("the union", "the airline"), and first words too common to serve as a short name
 * ("Great" of "Great Lakes Nurses Union" is never an alias).
 */

/** Common nouns that refer back to the latest body of a kind when no name has that word ("the union" → the pilots' association). */
export const KIND_HEADS: Record<string, InstitutionKind[]> = {
  bloc: ['ALLIANCE', 'INTERNATIONAL_ORGANISATION'],
  alliance: ['ALLIANCE'],
  union: ['GROUP'],
  association: ['GROUP'],
  carrier: ['COMPANY'],
  airline: ['COMPANY'],
  company: ['COMPANY'],
  firm: ['COMPANY'],
  employer: ['COMPANY'],
  regulator: ['AGENCY'],
  watchdog: ['AGENCY', 'NGO'],
  chain: ['COMPANY'],
  group: ['COMPANY', 'GROUP'],
};

export const COMMON_FIRST_WORDS = new Set(['great', 'new', 'national', 'united', 'general', 'federal', 'royal', 'central', 'international', 'european',
  'american', 'global', 'first', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'safe', 'free', 'democratic',
  'republican', 'people', "people's", 'public', 'state', 'city', 'world', 'african', 'asian', 'arab', 'islamic', 'social', 'green', 'red', 'associated', 'joint', 'independent',
  // States and provinces name places, not the body that carries them ("California School Boards Coalition" is not "California").
  ...`alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky
  louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania
  tennessee texas utah vermont virginia washington wisconsin wyoming alberta ontario quebec manitoba saskatchewan yukon nunavut
  queensland victoria tasmania bavaria catalonia flanders wallonia scotland wales england`.split(/\s+/)]);

/**
 * Given names often found second in a three-word name ("Mary Ann Smith", "Ana Teresa Villalobos"),
 * where the second word is no surname and so no short name for the person.
 */
export const SECOND_GIVEN_NAMES = new Set(`ann anne anna marie maria mary jean jane joan lee lynn lou louise rose may mae grace kay beth jo sue
  elizabeth catherine katherine margaret alice claire helen ellen jose josé luis juan carlos miguel antonio manuel pedro pablo
  teresa isabel carmen luisa elena sofia lucia paula inés ines pilar michael john james paul peter david thomas william robert richard
  edward charles george henry joseph francis philippe pierre jacques marc andré andre louis claude christophe hans karl jan`.split(/\s+/));
