import type { InstitutionKind } from '../../../model/vocabulary.js';

/**
 * Well-known international organisations, alliances and government metonyms ("the Kremlin",
 * "the White House", "Brussels" for the EU). General knowledge, not tuned to any article.
 */
export interface OrganisationEntry {
  name: string;
  kind: InstitutionKind;
  aliases: string[];
  /** Id of the state or body it is part of, for resolving "the Kremlin" when only Russia is wanted. */
  partOf?: string;
}

const o = (name: string, kind: InstitutionKind, aliases: string[] = [], partOf?: string): OrganisationEntry => ({ name, kind, aliases, ...(partOf ? { partOf } : {}) });

export const ORGANISATIONS: OrganisationEntry[] = [
  o('European Union', 'INTERNATIONAL_ORGANISATION', ['EU', 'E.U.', 'Brussels']),
  o('European Commission', 'AGENCY', ['Commission', 'EU Commission'], 'inst:european-union'),
  o('European Parliament', 'AGENCY', ['MEPs', 'EU Parliament'], 'inst:european-union'),
  o('European Council', 'AGENCY', [], 'inst:european-union'),
  o('Council of the European Union', 'AGENCY', ['Council of the EU'], 'inst:european-union'),
  o('European Central Bank', 'AGENCY', ['ECB'], 'inst:european-union'),
  o('NATO', 'ALLIANCE', ['North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation']),
  o('United Nations', 'INTERNATIONAL_ORGANISATION', ['UN', 'U.N.']),
  o('UN Security Council', 'INTERNATIONAL_ORGANISATION', ['Security Council', 'UNSC', 'United Nations Security Council'], 'inst:united-nations'),
  o('UN General Assembly', 'INTERNATIONAL_ORGANISATION', ['General Assembly', 'UNGA'], 'inst:united-nations'),
  o('International Atomic Energy Agency', 'INTERNATIONAL_ORGANISATION', ['IAEA']),
  o('World Trade Organization', 'INTERNATIONAL_ORGANISATION', ['WTO', 'World Trade Organisation']),
  o('International Monetary Fund', 'INTERNATIONAL_ORGANISATION', ['IMF']),
  o('World Bank', 'INTERNATIONAL_ORGANISATION', []),
  o('OECD', 'INTERNATIONAL_ORGANISATION', ['Organisation for Economic Co-operation and Development']),
  o('World Health Organization', 'INTERNATIONAL_ORGANISATION', ['WHO', 'World Health Organisation']),
  o('International Criminal Court', 'INTERNATIONAL_ORGANISATION', ['ICC']),
  o('International Court of Justice', 'INTERNATIONAL_ORGANISATION', ['ICJ']),
  o('OPEC', 'INTERNATIONAL_ORGANISATION', ['Organization of the Petroleum Exporting Countries', 'OPEC+']),
  o('G7', 'GROUP', ['Group of Seven', 'G-7']),
  o('G20', 'GROUP', ['Group of 20', 'G-20']),
  o('BRICS', 'GROUP', []),
  o('African Union', 'INTERNATIONAL_ORGANISATION', ['AU']),
  o('ASEAN', 'INTERNATIONAL_ORGANISATION', ['Association of Southeast Asian Nations']),
  o('Arab League', 'INTERNATIONAL_ORGANISATION', ['League of Arab States']),
  o('Gulf Cooperation Council', 'INTERNATIONAL_ORGANISATION', ['GCC']),
  o('Mercosur', 'INTERNATIONAL_ORGANISATION', []),
  o('OSCE', 'INTERNATIONAL_ORGANISATION', ['Organization for Security and Co-operation in Europe']),
  o('International Committee of the Red Cross', 'NGO', ['ICRC', 'Red Cross']),
  o('Amnesty International', 'NGO', []),
  o('Human Rights Watch', 'NGO', []),
  o('Hamas', 'GROUP', []),
  o('Hezbollah', 'GROUP', []),
  o('Taliban', 'GROUP', []),
  o('Houthis', 'GROUP', ['Houthi movement']),
  // Government metonyms.
  o('Kremlin', 'GOVERNMENT', ['The Kremlin'], 'inst:russia'),
  o('White House', 'GOVERNMENT', ['The White House'], 'inst:united-states'),
  o('Pentagon', 'AGENCY', ['The Pentagon', 'U.S. Department of Defense', 'Defense Department'], 'inst:united-states'),
  o('U.S. State Department', 'AGENCY', ['State Department', 'Department of State'], 'inst:united-states'),
  o('U.S. Congress', 'AGENCY', ['Congress'], 'inst:united-states'),
  o('Downing Street', 'GOVERNMENT', ['No 10', 'Number 10'], 'inst:united-kingdom'),
  o('Élysée', 'GOVERNMENT', ['Elysee', 'Élysée Palace'], 'inst:france'),
  o('Bundestag', 'AGENCY', [], 'inst:germany'),
  o('Knesset', 'AGENCY', [], 'inst:israel'),
  o('Verkhovna Rada', 'AGENCY', ['Rada'], 'inst:ukraine'),
  // Collectives the press names as one actor.
  o('European allies', 'GROUP', ['European officials', 'European leaders', 'European governments', 'European capitals', "Europe's leaders"]),
  o('Western allies', 'GROUP', ['Western governments', 'Western leaders', 'the West']),
];
