/**
 * Words around stakeholder names: titles before a person's name, nouns that make a demonym a state
 * ("Ukrainian officials") or a group ("German carmakers"), descriptors before an organisation's name
 * ("farm lobby Copa-Cogeca") and the words that end organisation names.
 */

/** Titles and roles, lower case, longest first when matched. "Union president", "AOSIS chair" work with qualifiers. */
export const ROLES = [
  'president', 'vice president', 'president-elect', 'prime minister', 'deputy prime minister', 'premier', 'chancellor', 'minister',
  'foreign minister', 'defence minister', 'defense minister', 'finance minister', 'trade minister', 'economy minister', 'energy minister',
  'climate minister', 'interior minister', 'justice minister', 'health minister', 'labour minister', 'labor minister', 'deputy minister',
  'secretary', 'undersecretary', 'under-secretary', 'under secretary', 'state secretary', 'permanent secretary', 'secretary of state', 'secretary-general', 'secretary general', 'army secretary', 'defense secretary', 'defence secretary',
  'treasury secretary', 'commerce secretary', 'foreign secretary', 'home secretary', 'trade representative', 'commissioner',
  'trade commissioner', 'climate commissioner', 'high representative', 'envoy', 'special envoy', 'ambassador', 'senator', 'sen.', 'rep.',
  'representative', 'congressman', 'congresswoman', 'lawmaker', 'governor', 'gov.', 'mayor', 'king', 'queen', 'prince', 'crown prince',
  'emir', 'sheikh', 'sultan', 'chairman', 'chairwoman', 'chair', 'chairperson', 'chief executive', 'chief executive officer', 'ceo',
  'chief', 'director general', 'director-general', 'director', 'executive director', 'spokesperson', 'spokesman', 'spokeswoman',
  'negotiator', 'chief negotiator', 'lead negotiator', 'leader', 'head', 'general', 'gen.', 'admiral', 'commander', 'speaker',
  'adviser', 'advisor', 'national security adviser', 'aide', 'official', 'mediator', 'professor', 'dr.', 'mr.', 'mrs.', 'ms.', 'pope',
  'captain', 'capt.', 'colonel', 'col.', 'major general', 'lieutenant', 'sergeant', 'father', 'rabbi', 'imam', 'bishop', 'sir', 'dame', 'lord', 'lady',
  'councillor', 'councilor', 'council member', 'councilman', 'councilwoman', 'alderman', 'alderwoman', 'mp', 'mep', 'deputy', 'assemblyman',
  'assemblywoman', 'state senator', 'attorney general', 'prosecutor', 'judge', 'justice', 'founder', 'co-founder', 'managing director',
  'general secretary', 'general-secretary', 'union leader', 'organiser', 'organizer', 'campaigner', 'activist', 'economist', 'analyst', 'lawyer',
  'attorney', 'vice-president', 'vice chair', 'vice-chair', 'co-chair', 'cochair', 'chief of staff', 'superintendent', 'rapporteur', 'coordinator',
  'president and chief executive', 'chief operating officer', 'chief financial officer', 'executive vice president', 'shadow minister', 'party leader',
  'opposition leader', 'majority leader', 'minority leader', 'whip', 'board chair', 'union president', 'secretary-treasurer', 'treasurer', 'critic',
  'owner', 'co-owner', 'proprietor', 'trustee', 'member', 'board member', 'board president', 'commissioner', 'supervisor', 'regent', 'selectman',
  'selectwoman', 'consumer advocate', 'public advocate', 'ombudsman', 'ombudsperson', 'comptroller', 'inspector general', 'auditor general',
  // Occupations in apposition: "the Nashville writer June Tallis-Moreau".
  'writer', 'songwriter', 'composer', 'author', 'journalist', 'researcher', 'scientist', 'physician', 'surgeon', 'nurse', 'teacher', 'farmer',
  'fisherman', 'engineer', 'consultant', 'historian', 'academic', 'lecturer', 'student', 'resident', 'pharmacist', 'entrepreneur', 'investor', 'banker',
  // "<portfolio> minister / secretary / spokesperson": "the province's education minister, Claire Dubois".
  ...['education', 'transport', 'transportation', 'agriculture', 'environment', 'fisheries', 'industry', 'economy', 'economic', 'foreign', 'interior', 'home',
    'housing', 'culture', 'tourism', 'digital', 'employment', 'immigration', 'mining', 'water', 'infrastructure', 'planning', 'development', 'science',
    'technology', 'communications', 'security', 'budget', 'fiscal', 'social', 'welfare', 'labour', 'labor', 'health', 'energy', 'finance', 'trade', 'climate',
    'justice', 'defence', 'defense', 'treasury', 'commerce', 'oil', 'petroleum', 'mines', 'forestry', 'public works', 'utilities']
    .flatMap((p) => [`${p} minister`, `${p} secretary`, `${p} spokesperson`, `${p} spokesman`, `${p} spokeswoman`, `${p} chief`, `${p} commissioner`]),
];

/** Demonym + one of these = the state itself ("Iranian negotiators", "the Brazilian presidency"). */
export const STATE_NOUNS = [
  'officials', 'official', 'negotiators', 'negotiator', 'diplomats', 'diplomat', 'government', 'governments', 'authorities', 'leaders',
  'leadership', 'delegation', 'delegations', 'delegates', 'side', 'envoys', 'envoy', 'ministers', 'administration', 'presidency', 'ministry',
  'foreign ministry', 'embassy', 'mission', 'prime minister\'s office', 'president\'s office', 'cabinet', 'spokesperson', 'spokesman',
  'spokeswoman', 'counterparts', 'negotiating team', 'team', 'regime', 'state', 'office', 'aides', 'camp',
  'army', 'military', 'armed forces', 'navy', 'air force', 'security forces', 'police', 'parliament', 'junta', 'forces',
  // A body's governing organ: "the union's national executive voted …".
  'executive', 'national executive', 'executive committee', 'executive board',
];

/** Demonym + one of these = a group of its own ("German carmakers" is not Germany). */
export const GROUP_NOUNS = [
  'carmakers', 'automakers', 'farmers', 'businesses', 'companies', 'firms', 'lawmakers', 'legislators', 'voters', 'unions', 'exporters',
  'importers', 'producers', 'manufacturers', 'industry', 'banks', 'investors', 'workers', 'activists', 'groups', 'steelmakers', 'miners',
  'fishermen', 'employers', 'airlines', 'retailers', 'insurers', 'nations', 'states', 'countries', 'opposition', 'hardliners', 'nationalists',
];

/** Lower-case descriptors before an organisation's proper name ("advocacy group Safe Care Chicago"). */
export const ORG_DESCRIPTORS = [
  'lobby', 'lobby group', 'group', 'advocacy group', 'campaign group', 'pressure group', 'think tank', 'union', 'trade union', 'labor union',
  'labour union', 'company', 'firm', 'carmaker', 'automaker', 'airline', 'bank', 'party', 'coalition', 'alliance', 'organization',
  'organisation', 'ngo', 'charity', 'association', 'federation', 'network', 'watchdog', 'regulator', 'agency', 'broadcaster', 'insurer',
  'retailer', 'producer', 'operator', 'conglomerate', 'giant', 'startup', 'start-up', 'consortium', 'militia', 'movement', 'site', 'website',
  'platform', 'provider', 'rival', 'chain', 'maker', 'manufacturer', 'supplier', 'developer', 'publisher', 'outlet', 'app', 'lender',
];

/** Capitalised words that make a capitalised phrase an organisation ("Great Lakes Nurses Union"). */
export const ORG_WORDS = new Set([
  'Union', 'Association', 'Federation', 'Confederation', 'Council', 'Commission', 'Committee', 'Agency', 'Organization', 'Organisation',
  'Party', 'Group', 'Alliance', 'Coalition', 'Front', 'Movement', 'Ministry', 'Department', 'Office', 'Bank', 'Fund', 'Corporation',
  'Company', 'Inc', 'Corp', 'Ltd', 'LLC', 'System', 'Systems', 'Authority', 'Institute', 'Foundation', 'Network', 'League', 'Forum',
  'Congress', 'Parliament', 'Senate', 'Assembly', 'Court', 'Board', 'Cabinet', 'Administration', 'Government', 'Chamber', 'Workers',
  'Nations', 'States', 'Countries', 'Society', 'Trust', 'University', 'Service', 'Services', 'Guard', 'Army', 'Navy', 'Police', 'Centre',
  'Center', 'Programme', 'Program', 'Club', 'Bloc', 'Caucus', 'Secretariat', 'Tribunal', 'Industries', 'Holdings', 'Airlines', 'Motors',
  'Brigade', 'Brigades', 'Forces', 'Presidency', 'Technologies', 'Technology', 'Health', 'Labs', 'Lab', 'Laboratory', 'Observatory',
  'Initiative', 'Project', 'Collective', 'Watch', 'Consortium', 'Syndicate', 'Cooperative', 'Co-op', 'Media', 'Energy', 'Pharmaceuticals', 'Pharma',
  'Partners', 'Capital', 'Ventures', 'Solutions', 'Foods', 'Steel', 'Petroleum', 'Mining', 'Telecom', 'Communications', 'Networks',
  'Software', 'Robotics', 'Aerospace', 'Airways', 'Railways', 'Shipping', 'Logistics', 'Insurance', 'Securities', 'Chamber',
  'Therapeutics', 'Biosciences', 'Biotech', 'Biologics', 'Diagnostics', 'Genomics', 'Healthcare',
  'Chemicals', 'Enterprises', 'Entertainment', 'Studios', 'Investments', 'Financial', 'Associates', 'Broadcasting', 'Utilities',
  'Automotive', 'Semiconductors', 'Electronics', 'Guild', 'Bureau', 'Directorate', 'Inspectorate', 'Regulator', 'Ombudsman', 'Taskforce',
  'Partnership', 'Academy', 'Orchestra', 'Corps',
]);
