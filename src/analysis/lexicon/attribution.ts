/**
 * Word sets of the attribution sieve (src/analysis/attribution/): general English function words, cue-verb classes
 * and the words around a source noun phrase. Nothing here names a particular article. Each set is used by name in
 * the rules; none repeats another's job.
 */

import { set, union, without } from './set.ts';
import { ARTICLES, NEGATIONS, POSSESSIVE_DETERMINERS, PREPOSITIONS, SUBORDINATE } from './function-words.ts';
import { FIRST_PERSON_SUBJECTS, ISSUED_DOCUMENTS, SUBJECT_PRONOUNS, THIRD_PERSON_SUBJECTS } from './words.ts';

/** The closed classes, read by the rules through this module with its own sets. */
export * from './function-words.ts';

/** Adverbs that are no verb of the main clause ("X also …", "X then …"). */
export const LIGHT_ADVERBS = set(`
also later then once now only just even still`);

/** Auxiliaries and adverbs that may stand between a subject and its cue verb ("X has also said", "X later told"). */
export const AUX = union(LIGHT_ADVERBS, NEGATIONS, set(`
has had have will would could should may might must did does do was were is are previously
again reportedly recently earlier repeatedly often frequently publicly privately quickly further long
subsequently already actually specifically explicitly clearly flatly ever first
always since simply indeed too immediately separately likewise similarly elsewhere`));

/** Words before a bare cue form ("say", "tell") that make it a verb: a pronoun, a modal, an infinitive. */
export const MODAL_OR_PLURAL_SUBJ = set(`
i we you they will would could should might may must can did do does to didn't don't doesn't who which cannot`);

/**
 * Weak cue lemmas that take an object or frame a quotation: a pronoun after one is its object ("called it “X”", "asked
 * him", "read it", "described it as"), not the subject of a reported clause.
 */
const OBJECT_WEAK_LEMMAS = set(`
call continue post answer counter charge joke quip ask recount read urge advise instruct describe`);

/** Cue lemmas that report only quotations, never a clause ("calling it “X”", "she asked"). */
export const WEAK_LEMMAS = union(OBJECT_WEAK_LEMMAS, set(`
boast conclude muse wonder lament estimate speculate exclaim promise vow pledge state`));

/**
 * Weak cue lemmas that take no noun object (all but OBJECT_WEAK_LEMMAS), so a pronoun and a verb after them are a
 * clause ("stated it opposed …").
 */
export const CLAUSAL_WEAK_LEMMAS = without(WEAK_LEMMAS, OBJECT_WEAK_LEMMAS);

/**
 * Cue lemmas that also make a work ("wrote “The Long Winter”", "published “Harbour Songs”"): followed at once by a
 * title, they name the work, and nobody speaks.
 */
export const WORK_LEMMAS = set(`write publish`);

/**
 * A question put to the speaker, opening the sentence before its cue ("Asked whether owners could do it, he said …",
 * "Pressed on the delay, she said …"): a passive participle and the word that opens what was asked. The reporter
 * asked it; it is no one's speech.
 */
export const QUESTION_PUT_PARTICIPLES = set(`asked pressed questioned quizzed challenged told`);
export const QUESTION_PUT_OPENERS = set(`whether if about why how what when where who on of for`);

/** Cue lemmas that report a directive as a "to" infinitive after their object ("urged residents to conserve water"). */
export const DIRECTIVE_LEMMAS = set(`
urge advise instruct warn ask tell beg`);

/** Words after a cue that start no reported clause ("said by", "told it", "said nothing"). */
export const NO_CONTENT_START = set(`
by to in at on of for with about after before during ahead from into over under it so nothing anything something
everything much little yes no goodbye hello thanks otherwise as than and or but more less via through against
between among without up out hi this these those him her them me us what when where why how whether if`);

/** Cue lemmas with an addressee before their content ("told reporters that", "warned them that"). */
export const ADDRESSEE_LEMMAS = set(`
tell ask inform assure warn remind`);

/**
 * Cue verbs whose object is a person ("told her", "warned them"), an addressee's and a directive's among them: a
 * pronoun after them is no clause.
 */
export const PERSON_OBJECT_LEMMAS = union(ADDRESSEE_LEMMAS, DIRECTIVE_LEMMAS, set(`
reassure promise email text message call thank accuse
blame praise criticize criticise charge order quote cite answer question query counter caution plead
describe mention defend join interrupt contact`));

/** The days of the week (the claim lexicon's WEEKDAYS, and its month and day names, are these). */
export const WEEKDAYS = set(`monday tuesday wednesday thursday friday saturday sunday`);

/**
 * A time phrase between a subject and its cue ("X on Monday said", "X earlier this week called", "X last night
 * told"): heads (a day, or a unit after a modifier) and the modifiers before them. The days are the weekdays and the
 * deictic days ("today", "tonight"); the sets below skip them too.
 */
export const TIME_DAYS = union(WEEKDAYS, set(`today yesterday tonight`));
const DAY_WORDS = [...TIME_DAYS].join(' ');
/** the units and modifiers SKIP_TIME has; a time phrase has more of each */
const CALENDAR_UNITS = set(`week month year`);
const TIME_DEICTICS = set(`earlier later last this next`);
export const TIME_UNITS = union(CALENDAR_UNITS, set(`weekend morning afternoon evening night`));
export const TIME_MODIFIERS = union(TIME_DEICTICS, set(`on late early`));

/** Adverbs and time words skipped between a cue and its clause when there is no "that" ("said Monday the plan …"). */
export const SKIP_BEFORE_CLAUSE = set(`
${DAY_WORDS} earlier later also only
repeatedly again recently previously privately publicly flatly bluntly simply then afterwards afterward`);

/**
 * Words between a cue and its "that" that are adverbials, not content ("said on Monday that", "told reporters
 * that"): those skipped before a clause with no "that", and the words of a time, a medium or an addressee.
 */
export const SKIP_AFTER_CUE = union(SKIP_BEFORE_CLAUSE, set(`
last this week month year
morning afternoon evening night weekend on in a an the statement interview twitter facebook x news conference
briefing speech email emailed written at rally during phone telephone call television radio tweet post recent
separate reporters journalists him her them me us press of for to with told when asked`));

/**
 * Prepositions whose object is no subject: "a source speaking to Harbour News said", "officials in Northfield said",
 * "a commission appointed by X estimated" (the agent of a participle).
 */
export const OBJECT_PREPOSITIONS = set(`
to for with from about against toward towards at in on by`);

/**
 * Prepositions whose object may be a participle's subject: "with X tweeting that …", "a clip of X saying …" (not
 * "wrote to X asking …").
 */
export const ABSOLUTE_PREPOSITIONS = set(`
with without of`);

/** Words that end a subject noun phrase on its left (it starts after them): the subordinators and subject pronouns too. */
export const NP_STOP = union(SUBORDINATE, SUBJECT_PRONOUNS, set(`
and but or nor whose what so since
how why him them us me there here be been being not no yes said says then
before after once can cannot let like also even only just yet however`));

/** Words that cannot head a source noun phrase. */
export const NP_NOT_HEAD = set(`
it this that these those he she they we i you him her them us me what who which there here one ones time times
way day week year month thing things all some many most both each none others something nothing everything
anything someone everyone anyone nobody everybody somebody not also then now today yesterday tomorrow monday
tuesday wednesday thursday friday saturday sunday morning night evening afternoon and but or the a an to of as
had has have was were is are when so where why how if because though although while whether just still ever
never again too very well even only later earlier already yet instead however`);

/** Post-modifiers that end a noun phrase's head ("a poll by X", "people with knowledge of …"). */
export const NP_POSTMOD = set(`
of from by with for at in on released conducted published taken who that`);

/** NP_POSTMOD but the links to an organisation ("director of X", "a fellow at X", "counsel for X"): they end a description. */
export const DESCRIPTION_POSTMOD = without(NP_POSTMOD, set(`
of at for`));

/**
 * Words that open a post-modifier after a description's noun ("a person familiar with …", "a source close to …",
 * "people in attendance"): the noun alone later ("the person said") is that description again. Not "of", "at",
 * "for": "supporters of X" are not all the supporters a later "his supporters" names.
 */
export const DESCRIPTION_POSTMOD_OPENERS = union(DESCRIPTION_POSTMOD, set(`
familiar close involved briefed knowledgeable aware`));

/** Nouns that take a complement inside a source phrase ("members of", "people with knowledge of"). */
export const NP_POSTMOD_HEADS = set(`
people person source sources someone one those data poll polls survey report study analysis statement spokesman
spokeswoman spokesperson organizers group team`);

/** Nouns for what a person produces (an issued document among them): "her statement said", "X's tweet read". */
export const SPEECH_PRODUCTS = union(ISSUED_DOCUMENTS, set(`
statements tweets emails remarks comments posts message speech op-ed book
website spokesman spokeswoman spokesperson news-release report reports`));

/** Participles that join data to the one who put it out ("figures released by X", "a survey published by X"). */
export const RELEASE_PARTICIPLES = set(`
released published issued compiled provided posted produced`);

/** Words that join a document to its issuer: "a statement from X", "a release issued by X", "a letter on behalf of X". */
export const ISSUER_LINKS = set(`
from by of`);

/** Words that may follow the name after an inverted cue ("said Jane Doe, who …", "said Doe in a statement"). */
export const INVERTED_FOLLOW = set(`
who whose and but as when while recently earlier later last this yesterday today tonight afterward afterwards
then also previously told adding noting saying according referring citing speaking responding`);

/** Words before a participle that opens a sentence, whose subject is the main clause's ("In declaring …, X"). */
export const PARTICIPLE_OPENERS = set(`
in by after while when before upon since despite`);

/**
 * Words that open a leading adverbial before the subject ("When asked, X said", "Hours later, X said"): a
 * participle's opener does too ("By then, X said").
 */
export const LEADING_ADVERBIAL = union(PARTICIPLE_OPENERS, set(`
as if although though because moments minutes hours days weeks months years later earlier
once asked speaking unlike like amid following last this on until`));

/** Words that open a sentence before its subject ("Yet some voters said …"). */
export const OPENING_CONJUNCTIONS = set(`
yet but and so still now meanwhile however instead also or`);

/** Quantity words that head a source phrase ("most of the candidates", "one", "about 9 percent"). */
export const QUANTIFIERS = set(`
most many some all none several few both each one two three four five six seven eight nine ten half dozens
hundreds thousands millions another others more fewer majority minority`);

/** Words before a number or quantifier in a source phrase ("about 9 percent", "nearly half"). */
export const APPROXIMATORS = set(`
about nearly almost roughly around only just over more fewer less some a`);

/** Time words that end a noun phrase after a cue ("according to a poll released Tuesday"). */
export const SKIP_TIME = union(TIME_DAYS, TIME_DEICTICS, CALENDAR_UNITS);

/**
 * Words before "to" that make the infinitive after them speech of the subject ("X was quick to add that …", "X
 * hastened to say"), and the forms of "go" before "on to" ("X went on to say …"). Not "refused to say", "declined to
 * say", "wants to say": no speech.
 */
export const SPEAKING_BEFORE_TO = set(`
quick careful hastened hastens proceeded proceeds`);
export const GO_FORMS = set(`
go goes went going gone`);

/** The addressee of "told", "asked", "warned" … before the reported content ("told reporters that"). */
export const TELL_ADDRESSEE = set(`
reporters journalists him her them me us you supporters lawmakers the a an press crowd audience viewers
listeners voters members students`);

/** Words in -ly that are no adverbs ("family", "rally"). */
export const LY_NOUNS = set(`
family ally supply assembly rally italy july belly bully anomaly monopoly reply folly lily sally kelly holly
emily molly polly billy wholly`);

/**
 * Subordinators that embed a cue in the clause before it ("wrong when they say …"); not "while" or "as", which often
 * set a second speaker against the first ("One says …, while another says …").
 */
export const EMBEDDING_SUBORDINATORS = set(`
that when if because whether who whom which where unless`);

/** Prepositions whose object is no subject: a name right after one ("by X", "for the X") is no sentence subject. */
export const PREP_OBJECT_OPENERS = set(`
by of from with to for about against in at on under between`);

/**
 * Prepositions that open a sentence with the person it is about ("For Doe, the numbers matter less", "To Doe, …"):
 * their object is the sentence's topic, not a circumstance.
 */
export const TOPIC_PREPOSITIONS = set(`
for to`);

/** Two-word contrasts that open an adverbial as a preposition does ("Rather than …", "Instead of …"): first word → second. */
export const CONTRAST_PREPOSITIONS: ReadonlyMap<string, string> = new Map([['rather', 'than'], ['instead', 'of']]);

/** Auxiliaries that make a following participle passive ("was told", "got asked"). */
export const PASSIVE_AUXILIARIES = set(`
be been being is was were are get got gets getting`);

/** Cue participles without "-ed": after a passive auxiliary they are passive as an "-ed" form is ("was told"). */
export const IRREGULAR_CUE_PARTICIPLES = set(`
told written`);

/** Cue lemmas whose past form is the lemma ("the sign read …"): a bare form of one needs no plural subject or modal. */
export const PAST_AS_LEMMA = set(`
read`);

/** Cue lemmas whose passive agent is no speaker: "was quoted by the paper as saying" is the subject's speech. */
export const NO_AGENT_LEMMAS = set(`
quote`);

/** Words that end a described source on its left ("… and senior officials said"). */
export const NP_LEFT_STOP = set(`
and but or that which who as while when if because than of to in on at for with by`);

/** Words that open a described source after an inverted cue: a name inside it is a modifier ("said a senior X adviser"). */
export const INDEFINITE_SOURCE_OPENERS = union(ARTICLES, set(`
one another`));

/** Words that introduce someone new and unnamed ("one rescuer", "a witness"): no one the text named before. */
export const INDEFINITE_OPENERS = set(`
a an one another`);

/** The possessive determiners and "our": the owner of a described source ("his spokesman", "our reporter"). */
const OWNER_DETERMINERS = union(POSSESSIVE_DETERMINERS, set(`
our`));

/** Determiners that open a described source ("the actress", "a new poll", "his spokesman"). */
export const DESCRIPTIVE_DETERMINERS = union(INDEFINITE_SOURCE_OPENERS, OWNER_DETERMINERS, set(`
this`));

/** Determiners that open a described source after an inverted cue ("said the 46-year-old", "said my colleague"). */
export const INVERTED_DESCRIPTION_OPENERS = union(INDEFINITE_SOURCE_OPENERS, OWNER_DETERMINERS, set(`
my`));

/** What may stand before a described source in its sentence (a boundary). */
export const DESCRIPTION_OPENERS = set(`
, and but — – ( ; : while as because though although when so`);

/** Words a described source cannot contain between its determiner and its head. */
export const NOT_IN_DESCRIPTION = set(`
that which who and but or of to in on at for with by from`);

/** Words that end the search for a described source on the left. */
export const DESCRIPTION_BREAKS = set(`
and but or that said says`);

/**
 * Irregular past forms that end a subject as its verb does ("The league put out a statement saying …", "The campaign
 * sent an email saying …"): the clause's first verb when it has no "-ed".
 */
export const IRREGULAR_PAST = set(`
put sent gave made took wrote brought held led left kept began built bought caught drew drove fought found got
grew hit knew laid lost meant met paid ran rose sold sought spent stood struck taught threw won`);

/** Pronouns after a quantifier's "of" ("most of them said"). */
export const OBJECT_AFTER_OF = set(`
them us those these you`);

/** Pronouns that may open a reported clause when a verb follows ("said it would", "said this was"). */
export const CLAUSE_PRONOUNS = set(`
it this these those that`);

/** Auxiliaries after a pronoun that make it the subject of a reported clause. */
export const CLAUSE_AUXILIARIES = set(`
would will can could should may might must is was has had`);

/** Verbs of aspect a participle continues ("kept asking", "began telling"): the participle is no report of its own. */
export const ASPECT_VERBS = set(`
keep keeps kept keeping start starts started begin begins began stop stops stopped continue continues continued
go goes went`);

/** Forms of "be" before a participle ("had been warning", "were telling"): a progressive verb, no report of its own. */
export const PROGRESSIVE_AUXILIARIES = set(`
be been being am is are was were`);

/** Conjunctions dropped from the end of a reported clause. */
export const TRAILING_CONJUNCTIONS = set(`
and but or while as`);

/** Finite verbs and auxiliaries that show a reported clause has a verb of its own ("said the plan was late"). */
export const FINITE_VERBS = set(`
am is are was were has have had will would can could should may might must shall do does did cannot wo ca`);

/** Words in -s that are never a verb in -s ("this", "always", "news"). */
export const NOT_VERBS_IN_S = set(`
this his its hers ours yours theirs us thus yes whereas perhaps always sometimes towards afterwards besides unless
plus news series species means whereabouts overseas`);

/** Subordinators that make a cue with a generic "you" hypothetical ("When you say …", "If you tell them …"). */
export const HYPOTHETICAL_OPENERS = set(`
when whenever if unless once`);

/** Prepositions of a date between a cue and its clause ("said on Friday the …", "stated in July it …"). */
export const TIME_PREPOSITIONS = set(`
in on`);

/** Cue lemmas that report only what follows their "as" ("described the plan as a mistake"). */
export const COMPLEMENT_LEMMAS = set(`
describe`);

/** Object pronouns after "call" that take a complement ("calls it a mistake", "called them liars"); not "his", "her". */
export const COMPLEMENT_OBJECTS = set(`
it him them me us this that`);

/** Cue verbs that also take a noun object ("added a goal", "announced a plan", "denied the request", "replied early"). */
export const NOUN_OBJECT_LEMMAS = set(`
add announce deny reply respond report release unveil issue post acknowledge`);

/**
 * Cue verbs that mostly report a clause but may take a noun object ("claimed the seat, defeating …" is won): an
 * object only when no finite verb follows before its comma.
 */
export const CLAUSE_OR_OBJECT_LEMMAS = set(`
claim`);

/** Words opening a verb's adverbial or object rather than a reported clause ("responded just a minute later"). */
export const OBJECT_OPENING_ADVERBS = set(`
just yet only again later soon quickly`);

/** Words joining a person to the organisation they speak for ("Jane Doe with the union", "Jane Doe from Acme"). */
export const AFFILIATION_LINKS = set(`
with from at`);

/** Prepositions joining a role to its organisation in an apposition: "the director for the Harbour Board". */
export const ROLE_LINKS = set(`
for of at with from`);

/**
 * Words that open a speaker after (or before) a verb framing a quotation (`,” deadpanned the coach`, `she teased, “…`):
 * an article, or a subject pronoun for a person but the generic "you".
 */
export const FRAMED_SPEAKER_OPENERS = union(ARTICLES, FIRST_PERSON_SUBJECTS, THIRD_PERSON_SUBJECTS);
