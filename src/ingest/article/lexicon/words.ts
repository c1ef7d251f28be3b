/** Closed word lists the clause rules use. Lower case throughout. */
const set = (s: string) => new Set(s.trim().split(/\s+/));

export const AUX = set(`be is are was were been being am 's has have had having do does did will would shall should can could may might must
  wo ca 'd 've 're 'll`);
export const MODALS = set('will would shall should can could may might must');
export const NEGATORS = set("not n't never no neither nor cannot");
/** Words that hedge a claim wherever they appear in its sentence. */
export const SENTENCE_HEDGES = ['reportedly', 'allegedly', 'apparently', 'purportedly', 'according to', 'said to', 'understood to', 'believed to',
  'thought to', 'diplomats said', 'sources said', 'officials said', 'people familiar', 'person familiar', 'person briefed', 'people briefed',
  'familiar with', 'observers said', 'is rumoured', 'is rumored'];
/** Words that hedge a claim when they sit in its verb group. */
export const LOCAL_HEDGES = set('could might may signalled signaled signalling signaling signals signal suggested suggests appears appeared seems seemed consider considering likely possibly perhaps');
export const ADVERBS = set(`also largely reportedly allegedly apparently formally publicly privately repeatedly previously already still again firmly
  strongly broadly quickly swiftly flatly outright openly initially eventually effectively reluctantly grudgingly cautiously tentatively
  now then later once even only just long since far further partly partially fully explicitly implicitly officially unanimously jointly
  immediately promptly sharply loudly quietly vehemently vigorously essentially generally mostly instead`);
export const PREPOSITIONS = set(`of for to in on with by from at against over between among amid into onto under within without about toward towards
  across after before during despite following per via like including except beyond behind near`);
/** Words that end the clause before them: what follows has its own subject. */
export const SUBORDINATORS = set('while whereas because although though if unless when whenever since as after before once until that which who whom whose where so');
export const REPORTING = set(`said says say saying told tells tell telling added adds argued argues arguing warned warns warning stated states
  noted notes noting claimed claims announced announces explained explains wrote writes insisted`);
/** The articles, and the tokens that end a clause: sets rather than regex literals in token loops. */
export const ARTICLES = set('a an the');
export const CLAUSE_ENDS = set('. ; : ! ? — –');
export const DETERMINERS = set('a an the this that these those its their his her our my your any some every each all no another such both either neither');
export const POSSESSIVE_PRONOUNS = set('its their his her our my your');
export const PRONOUNS = set('he she it they we i him her them us');
export const RELATIVES = set('which that who whom whose');
/** Nouns for plans and texts: as a subject, their author holds what they propose. */
export const DOC_NOUNS = set(`strategy plan proposal counterproposal counter-proposal draft text document framework deal agreement accord bill offer
  contract settlement package resolution declaration communique communiqué statement report memo memorandum blueprint treaty law legislation budget initiative
  roadmap platform manifesto program programme nss act analysis assessment amendment motion study`);
/** Nouns that stand for "the terms of the plan" when they are the object. */
export const PLAN_PART_NOUNS = set('terms conditions provisions demands points elements clauses proposals');
/** Nouns that stand for the previous claim when they are the object ("this change", "a move", "the demand"). */
export const ANAPHORIC_NOUNS = set('change shift move step decision idea approach measure demand request call offer proposal plan deal text draft position stance');
/** Collective heads whose complement is the actual actor ("a group of lawmakers in the European Parliament"). */
export const COLLECTIVES = set(`group bloc coalition alliance members member lawmakers officials delegates representatives leaders ministers number majority some many most several negotiators diplomats envoys delegation team spokesperson spokesman spokeswoman
  campaigners activists advocates groups organisations organizations delegations teams`);
/** Verbs and nouns that turn a term into its removal ("dropping tariffs"); a term never matches its reversal. */
export const REVERSALS = set(`drop dropping dropped scrap scrapping scrapped end ending ended lift lifting lifted remove removing removed removal abolish abolishing abolished
  abandon abandoning abandoned suspend suspending suspended cut cutting withdraw withdrawing withdrawal halt halting halted stop stopping
  omission omit omitting exclusion exclude excluding repeal repealing reduce reducing reduction eliminate eliminating elimination phase-out
  weaken weakening undermine undermining erode eroding`);
/** "worry it could weaken X" means support for X. */
export const HARMS = set('weaken weakening undermine undermining erode eroding damage damaging jeopardise jeopardize jeopardising jeopardizing hurt hurting harm harming threaten threatening');
export const NEGATIVE_EVALUATIONS = set(`confusing impractical unreasonable regressive short-sighted shortsighted wrong pointless wasteful
  unacceptable unsustainable illegitimate unrealistic unworkable unfair unjust irresponsible reckless dangerous
  absurd outrageous ridiculous misguided flawed nonstarter non-starter capitulation blackmail mistake disaster provocation insult
  disappointing inadequate insufficient premature illegal unlawful excessive attack assault betrayal cosmetic sham charade
  giveaway surrender unconstitutional trap ploy stunt farce joke gimmick whitewash smokescreen fantasy nonsense propaganda theft robbery scam fraud
  ruse trick untenable unworkable unaffordable counterproductive discriminatory punitive draconian harmful damaging detrimental ill-conceived
  half-baked toothless meaningless worthless unhelpful divisive inappropriate unwarranted unjustified unnecessary disproportionate overreach
  extortion`);
export const POSITIVE_EVALUATIONS = set(`sound wise smart affordable right
  acceptable reasonable fair constructive balanced historic welcome positive encouraging sensible workable important essential vital necessary
  promising credible viable feasible realistic pragmatic practical justified appropriate overdue breakthrough milestone generous beneficial crucial indispensable`);
/** A "to"-clause after one of these states what the holder wants ("talks ... to coordinate a European response"). */
export const PURPOSE_NOUNS = set('talks meeting meetings visit trip bid effort efforts attempt mission summit push campaign call');
export const PURPOSE_VERBS_TO_STRIP = set('ensure guarantee');
/** Irregular past forms that end a subject noun phrase. */
export const IRREGULAR_PAST = set(`broke took made held met put said told came went gave left kept saw sent set won lost led brought began ran rose
  fell struck sought fought drew grew threw thought hit let cut stood spoke wrote became caught agreed`);
export const WEEKDAYS = set('monday tuesday wednesday thursday friday saturday sunday');
export const MONTHS = set('january february march april may june july august september october november december');
/** Trailing words cut from a term ("rejected the demand outright"). */
export const TRAILING_ADVERBS = set('outright entirely altogether again too instead wholesale publicly privately firmly flatly');
/** Capitalised words that never start a name. April, May, June and August are given names too ("June Tallis-Moreau"), so they may. */
export const NOT_NAMES = set(`The A An In On At As After Before But And Or For From With By To Of This That These Those It Its He She They We
  Our Their His Her If While When Since Although Though Following Meanwhile However Monday Tuesday Wednesday Thursday Friday Saturday Sunday
  January February March July September October November December Mr Mrs Ms Dr`);
/** Words that carry no content in a term label (a term's content words are the rest). */
export const FUNCTION_WORDS_TERM = set(`a an the of for to on in with and or by from at as into over about its their his her our my your any all some
  such this that these those which who be is are was were been being would should could will may might must can has have had do does did
  it they them we he she what than also very more most other another each every both either up out`);
