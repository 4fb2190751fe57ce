/**
 * General English gazetteers for the engine: titles, role nouns, organisation head words, pronouns, group nouns,
 * common first names (with the gender they usually carry), demonyms. Nothing here names a particular article.
 */

import { CUE_FORMS } from './cues.ts';

import { set, union, without } from './set.ts';

/** Past forms of reporting verbs that no past ending shows ("told", "wrote"; not "said", which ends as "-id" does). */
export const IRREGULAR_REPORTING_PASTS = set('told wrote');

/** Words an apostrophe shortens at their start ("’em", "’til", "’cause", "’n’", "’tis", "’twas"): no quotation opens. */
export const ELIDED_WORDS = set('em til cause n tis twas');

/** Lemmas of reporting verbs that introduce reported content (a clause or a quotation). */
export const REPORTING_LEMMAS = set(`
 say tell add write ask note report announce argue tweet explain declare claim warn insist reply respond state
 acknowledge suggest recall predict promise vow pledge admit deny confirm assert contend maintain concede complain
 observe remark point stress emphasize emphasise repeat reiterate caution allege charge counter retort testify quip
 joke boast disclose reveal post answer call conclude continue according told muse wonder speculate estimate
 exclaim proclaim affirm assure recount lament urge advise instruct describe`);

/** form → lemma for every reporting verb form */
export const REPORTING_FORMS: ReadonlyMap<string, string> = new Map(
 [...CUE_FORMS.entries()].filter(([, lemma]) => REPORTING_LEMMAS.has(lemma)),
);

/** Verbs that need a particle to report speech ("pointed out"). */
export const PARTICLE_CUES: Record<string, string> = { point: 'out' };

/** Title words that imply a gender. */
export const MALE_TITLES = set('mr king prince father brother sheikh emir sultan spokesman chairman congressman messrs');
export const FEMALE_TITLES = set('mrs ms queen princess sister spokeswoman chairwoman congresswoman');

/** Titles and honorifics that precede a name (lower-cased, without the final period); the gendered ones among them. */
export const TITLES = union(MALE_TITLES, FEMALE_TITLES, set(`
 mx dr gen sen rep gov lt col sgt capt cmdr adm maj prof rev hon pres supt det insp atty amb
 president vice prime premier chancellor minister secretary senator representative governor
 mayor judge justice general admiral colonel major captain lieutenant sergeant commander chief director
 chair ambassador envoy spokesperson pope cardinal
 bishop archbishop rabbi imam professor doctor dean sheriff commissioner councillor councilor councilman councilwoman councilmember alderman
 attorney prosecutor counsel lawyer advocate economist analyst researcher expert adviser advisor aide official
 candidate nominee leader speaker whip delegate deputy assistant acting interim former late then-president
 commentator columnist reporter correspondent editor author founder ceo cfo coo executive officer head manager
 president-elect chief-of-staff coach player diplomat negotiator strategist pollster activist historian scholar
 sen. rep. gov. lt. gen. col. sgt. capt. dr. prof.`));

/** Lower-case words that stop a role prefix read backwards from a name ("the general", "state"). */
export const ROLE_BACK_STOP = set('of the for and on to in then general state house white public local national federal');

/**
 * Words that may be part of a role phrase before a name ("U.S. Secretary of State", "former Foreign Minister"); those
 * of ROLE_BACK_STOP among them.
 */
export const ROLE_WORDS = union(ROLE_BACK_STOP, set(`
 former acting interim deputy assistant associate senior junior chief vice executive managing top
 foreign interior defense defence finance justice home health education energy trade economy treasury
 commerce labor labour agriculture transportation homeland security intelligence regional
 presidential press foreign-policy military special high chief-of-staff`));

/** Head words of organisation names ("the X Department", "the Y Institute"). */
export const ORG_HEADS = set(`
 department ministry institute institution agency network times post news journal herald tribune gazette
 telegraph guardian review magazine press council committee commission party campaign office bureau service
 union association foundation center centre university college court administration company corporation corp inc
 llc ltd group bank fund organization organisation authority board house senate assembly parliament congress
 government cabinet secretariat federation alliance league coalition movement front army navy police force forces
 command embassy consulate mission tank project program programme initiative society trust club academy school guild
 hospital clinic church chamber exchange reserve broadcasting channel radio television tv lab
 laboratory observatory forum watch monitor caucus pac inc. co. corp. reuters
 centers centres institutes services laboratories industries`);

/**
 * Kinship nouns by the gender they give ("his son, A X"): a name set after one, with a possessive before it, is a
 * person of that gender.
 */
export const MALE_KIN = set(`
 son brother father husband nephew uncle grandson grandfather stepson stepfather stepbrother boyfriend fiance widower`);
export const FEMALE_KIN = set(`
 daughter sister mother wife niece aunt granddaughter grandmother stepdaughter stepmother stepsister girlfriend fiancee widow`);

/**
 * Common nouns that classify the name right after them as an organisation's ("the newspaper Quay Morrow", "the
 * broadcaster Harbour One"): never a person's, whatever its words look like.
 */
export const ORG_CLASSIFIER_NOUNS = set(`
 newspaper paper daily magazine broadcaster channel station network website outlet tabloid weekly publisher
 company firm carrier airline charity club agency`);

/** Words naming the parts of a role that can stand as the role itself ("spokesperson"). */
export const ROLE_NOUNS = set(`
 spokesman spokeswoman spokesperson secretary minister president chancellor senator governor mayor envoy ambassador
 director chairman chairwoman chair official aide adviser advisor analyst expert economist professor researcher
 fellow lawyer attorney leader candidate nominee commander general diplomat negotiator strategist pollster
 activist historian scholar ceo executive founder head manager editor columnist reporter correspondent author
 representative congressman congresswoman deputy premier king queen prince judge justice prosecutor sheriff
 commissioner councillor councilor councilman councilwoman alderman officer member chief coach president-elect`);

export const MALE_PRONOUNS = set('he him his himself');
export const FEMALE_PRONOUNS = set('she her hers herself');
export const PLURAL_PRONOUNS = set('they them their theirs themselves');
/** "I", "we": a subject pronoun for the author outside a quotation ("as we reported"). */
export const FIRST_PERSON_SUBJECTS = set('i we');
/** "he", "she", "they": the subject pronouns that make a mention of their own (the others are read by coreference). */
export const THIRD_PERSON_SUBJECTS = set('he she they');
export const SUBJECT_PRONOUNS = union(FIRST_PERSON_SUBJECTS, THIRD_PERSON_SUBJECTS, set('it you'));
/** Subject pronouns that are never objects: the word after one is its verb, no noun phrase of its own ("she works for …"). */
export const NOMINATIVE_PRONOUNS = union(FIRST_PERSON_SUBJECTS, THIRD_PERSON_SUBJECTS);

/** Plural or collective nouns that can stand as an unnamed source ("officials said"). */
export const GROUP_NOUNS = set(`
 officials aides advisers advisors analysts experts critics supporters opponents sources observers lawmakers
 legislators economists researchers scientists investigators prosecutors diplomats residents witnesses voters
 protesters activists leaders officers authorities police democrats republicans members organizers organisers
 people others some many several both all most allies rivals donors strategists pollsters historians scholars
 commentators reporters journalists colleagues friends relatives neighbors neighbours advocates backers
 negotiators delegates spokespeople administrators executives employees workers doctors lawyers attorneys
 parents students teachers citizens americans farmers nurses veterans families conservatives liberals
 progressives moderates customers consumers investors traders shoppers patients survivors victims refugees migrants
 immigrants soldiers troops fans players owners landlords tenants retirees commuters drivers bankers`);

/** Words that start a sentence but are not names. */
export const NON_NAME_CAPS = set(`
 the a an he she it they we i you his her its their our my your this that these those there here but and or so
 yet in on at for with after before when while if as since because although though however meanwhile still also
 both some many most no not one what who why how where such each last earlier later then now asked speaking
 according during despite under over about into from to by of than like unlike among between without within
 monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
 september october november december mr mrs ms dr yes nope oh well even just only perhaps maybe instead
 neither nor either every another other any all few several more less today tomorrow yesterday tonight
 once again already whether until unless whatever whoever whenever shortly soon given
 let do does did is are was were be been being have has had will would can could should must might shall
 we're it's i'm that's there's don't isn't can't won't didn't he's she's they're you're let's
 god lord sir madam thank thanks please okay ok having getting making taking
 rather nonetheless nevertheless furthermore moreover therefore thus hence indeed besides otherwise likewise
 similarly additionally overall ultimately finally eventually initially currently recently fortunately
 unfortunately apparently obviously clearly certainly actually basically generally usually sometimes regardless
 amid hundreds thousands dozens millions due
 out up down off through throughout around across along against behind beyond toward towards upon inside outside
 feb apr aug sep sept oct nov dec
 two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand dozen`);

/** Words of NON_NAME_CAPS that are also common surnames: after a first name they end it ("Jane Will", "Ann May"). */
export const SURNAME_WORDS = set('will may');

/** Place prepositions: a capitalised word right after one of these is a place, not a speaker. */
export const PLACE_PREPOSITIONS = set('in at into near across toward towards outside inside throughout via');

/** Common first names and the gender they usually carry (short general list); a name given to boys and girls alike is in both lists, so it carries none. */
export const MALE_FIRST_NAMES = set(`
 kelly jackie
 james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark
 steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
 nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick
 raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy
 christian roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy
 gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason
 philip louis bernie ted chris mike jim bill tom bob dan dave steve rick nick tony ben sam max alex mitch
 lindsey chuck harry sergei dmitry dmitri
 igor ivan oleg alexei alexey andrei andriy yuri mikhail viktor petro
 emmanuel boris kim ali mohammed muhammad ahmed omar hassan mahmoud abdullah
 francois jean pierre jacques hans klaus karl friedrich heinz wolfgang giuseppe giovanni luigi carlos luis
 miguel pedro antonio manuel jorge alejandro hugo fernando rafael anatoly dmytro oleksandr oleksiy
 taras yevgeny evgeny nikolai
 jerome joe joel johnny jon lee leonard leroy lloyd marcus mario martin marvin maurice melvin milton morris neil
 nelson norman oscar otis perry phillip ricardo rodney ron ronnie ross ruben rudy sammy shane shawn sidney stanley
 stuart theodore todd travis troy vernon victor wallace warren wendell wesley wilbur clarence curtis dale darrell
 darren derek don donald doug duane earl eddie edgar elmer ernest floyd francis fred freddie gene gilbert glen glenn
 gordon grant greg guy harvey herbert herman howard jay jeff jeffery jimmy joey brad bradley calvin cecil chad
 charlie chester cody cory craig allen alvin andy barry benny bernard bert boyd lewis lonnie luke lyle mack malcolm
 marc marshall matt mitchell neal nathaniel norris orville pete phil ray reggie rob robbie rocco roland roman rory
 salvador seth sonny spencer sterling terrence tim timmy toby tommy trevor tyrone vince wade walt wes willard wilson
 winston zach abraham adrian ahmad alfred archie arnold barney brett bryce byron chase clay clayton clifford colin
 conrad cornelius damon darius dean dominic donnie drew dwight elliott emil emmett eli elliot evan everett felix
 franklin gavin geoffrey grady graham hal hank harrison hector homer horace hunter ian irving isaac jackson jake
 jared jasper jeremiah joaquin jonah josh julian julius ken kenny kurt lamar lance lincoln lowell lucas luther marty
 mathew miles moses murray nate ned nolan oliver owen preston quentin quincy randall randolph reed reid rex rich
 richie rod rudolph russ sal saul sergio sheldon sherman simon stan stephan stewart sylvester terence tobias trent
 tristan tyson ulysses vaughn wyatt xavier zane
 raj rahul amit arjun vikram sanjay ravi anil suresh rajesh arun mohamed khalid tariq yusuf ibrahim mustafa
 karim samir walid faisal hamza bilal kwame kofi chinedu emeka tunde thabo sipho hiroshi takeshi kenji satoshi
 diego javier pablo andres mateo santiago lars sven erik anders henrik jens nils pieter jakub piotr tomasz
 krzysztof andrzej lukasz matteo francesco lorenzo olivier nicolas thierry jurgen dieter stefan matthias`);
export const FEMALE_FIRST_NAMES = set(`
 lee jordan alex terry kim chris sam jesse charlie
 mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra
 ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura
 cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra
 rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina
 lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara
 janice jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia
 marie diana brittany natalie isabella charlotte rose alexis kayla hillary nikki carly michele
 hope elise tamara irina olga natalia natalya tatiana svetlana
 yulia oksana iryna ursula marine
 abby adriana agnes alicia allison alma amelia ana angie anita annie antoinette april arlene audrey beatrice becky
 belinda bernadette bertha beth betsy billie blanche bonnie brandy bridget caitlin camille candace carla carmen
 caroline carrie cassandra cathy cecilia celeste charlene chelsea claire clara claudia colleen connie constance
 courtney cristina crystal daisy darlene dawn debbie deanna delia della dolores dora eileen elaine eleanor elena ella
 ellen eloise elsa elsie erica erin esther ethel eva faith felicia florence francine gail gayle georgia geraldine
 gertrude gina ginger gladys glenda gwen hattie hazel heidi holly ida inez irene iris jackie jane janelle janie
 jeanette jeanne jenna jenny jill jo joann joanne jocelyn josephine joy juanita june kara karla kate katie kathy kay
 kendra krista kristen kristin kristina kirsten lana laurie leah lena lillian lily lois loretta lori lorraine louise
 lucille lucy lydia lynn mabel mae maggie mamie marcia margie marian marianne marjorie marlene marsha maureen mavis
 maxine meghan melanie melinda mildred millie miranda miriam molly mona monica muriel myrtle nadine naomi nellie nina
 nora norma opal paige paula pauline pearl peggy penny phyllis priscilla rachael ramona rebekah regina renee rhonda
 rita roberta robyn rosa rosalie rosemary roxanne ruby sabrina sally sheila sherri sherry shannon sonia sonya stacy
 stella sue susie suzanne sylvia tanya tara tessa thelma tina toni tracey valerie vanessa vera veronica vicki vickie
 viola violet vivian wanda wendy willa yolanda yvonne zoe sheryl susanna
 priya aisha fatima ananya deepika sunita anjali pooja kavita lakshmi nisha meera aditi shreya divya sneha
 rekha leila layla yasmin amina zainab mariam samira nadia farah ayesha chloe sophie amelie ingrid astrid freya
 sigrid annika katarzyna agnieszka magdalena ewa lucia sofia valentina camila gabriela daniela mariana fernanda
 isabel carolina ngozi chioma adaeze wanjiru akua abena thandiwe nomvula aiko keiko yoko haruka hana greta
 brigitte`);

/** Demonyms (adjective forms of countries and regions) that can start a role ("Freedonian President"). */
export const DEMONYMS = set(`
 american british english scottish welsh irish french german italian spanish portuguese dutch belgian swiss
 austrian polish czech slovak hungarian romanian bulgarian greek turkish russian ukrainian belarusian lithuanian
 latvian estonian finnish swedish norwegian danish icelandic serbian croatian bosnian albanian georgian armenian
 azerbaijani kazakh uzbek chinese japanese korean indian pakistani afghan iranian iraqi syrian lebanese israeli
 palestinian jordanian saudi emirati qatari kuwaiti yemeni egyptian libyan tunisian algerian moroccan nigerian
 kenyan ethiopian somali sudanese south african canadian mexican brazilian argentine argentinian chilean
 colombian venezuelan peruvian cuban australian european western eastern nordic baltic arab asian
 latin u.s. us u.k. uk e.u. eu un u.n. federal national international democratic republican`);

/** Lower-case words inside an organisation or title phrase ("Secretary of State", "Institute for Strategic Studies"). */
export const NAME_CONNECTORS = set('of for and the on &');

/** Name particles ("de", "van", "bin"). */
export const NAME_PARTICLES = set('de van von bin al da di du la le der del dos el ibn ben');

/** Honorifics before a name ("Mr.", "Dr.", "Sir"). */
export const HONORIFICS = set('mr mrs ms mx dr sir dame lord lady messrs');

/**
 * Prepositions after which a capitalised run is a place, not an employer ("in X", but "at Google"): PLACE_PREPOSITIONS
 * but those that also take an organisation or a destination ("at Google", "inside the agency", "into Acme").
 */
export const WHERE_PREPOSITIONS = without(PLACE_PREPOSITIONS, set('at into toward towards inside via'));

/** Words that open an apposition giving a person's role (", a spokesman for Y,", ", former …,"). */
export const APPOSITION_OPENERS = set('a an the former who\'s chief senior deputy executive director spokesman spokeswoman spokesperson president chairman head professor co-founder founder');

/**
 * Words after which an apposition's head is behind it: what opens its modifiers ("secretary of the union", "a group
 * based in …", "an analyst who …"). Not "and": nouns joined by it share the head after them ("health and safety
 * manager").
 */
export const APPOSITION_HEAD_ENDS = set(`
of for at in on with from by to under over about since during who whom which that whose but based including`);

/** Words opening a relative clause inside an apposition (", an editor who wrote …", ", a firm whose …"). */
export const APPOSITION_RELATIVES = set('who whom which whose that');

/** Name suffixes that are no surname ("Jr.", "III"). */
export const NAME_SUFFIXES = set('jr sr ii iii iv');

/** Prepositions after a description's head that open what modifies it ("a spokesman for the campaign"); not "of", which
 * often belongs to the head ("secretary of state"). */
export const HEAD_POSTMODIFIERS = set('with for at from');

/**
 * Heads of a definite description that stands for an organisation named earlier ("the firm said", "the utility
 * said"), besides ORG_HEADS.
 */
export const ORG_DESCRIPTION_HEADS = set(`
 firm utility retailer automaker carmaker airline insurer lender regulator watchdog broadcaster publisher developer
 manufacturer chain operator provider giant startup company agency board organization organisation club team league`);

/** Heads of a description that stands only for a business ("the company said", "the firm"), a subset of ORG_DESCRIPTION_HEADS. */
export const COMPANY_DESCRIPTION_HEADS = set(`
 company firm retailer automaker carmaker airline insurer lender manufacturer chain operator provider startup
 corporation business employer`);

/**
 * Words in an organisation's name that make it a body of another kind than a business ("the Harbour Bakers Guild",
 * "the Quay Workers Union", "the Ministry of …"): a description of a business ("the company") never stands for it.
 */
export const NON_BUSINESS_NAME_WORDS = set(`
 guild union association federation confederation council ministry department agency party university college
 school committee commission court church society league board authority institute foundation government
 parliament assembly senate congress army navy police embassy consulate hospital clinic academy chamber
 coalition alliance movement caucus`);

/**
 * Heads of a description of a body that oversees or serves the public ("the food regulator", "the watchdog", "the
 * transit agency"), a subset of ORG_DESCRIPTION_HEADS: a business (its name says so) is never one.
 */
export const PUBLIC_BODY_DESCRIPTION_HEADS = set(`
 regulator watchdog agency`);

/** Words in an organisation's name that make it a business, besides BUSINESS_NAME_WORDS ("Acme Inc.", "Acme Company"). */
export const COMPANY_NAME_WORDS = set(`
 inc corp corporation co ltd llc plc company`);

/**
 * Heads of a description that names a kind of body whose own name holds the word ("the union": the "Harbour Workers
 * Union"; "the council", "police"): it stands only for an organisation so named, never for another organisation
 * named before (the company a union is fighting), else it is a speaker of its own.
 */
export const NAMED_BODY_HEADS = set(`
 union council foundation police ministry department commission committee institute university association hospital
 clinic school college group`);

/**
 * Heads of a definite description that stands for a person named just before ("said the veteran goaltender", "the
 * 41-year-old says"), besides ROLE_NOUNS: general English words for people by occupation, position or relation.
 */
export const PERSON_DESCRIPTION_HEADS = set(`
 player defenceman defenseman defender forward goaltender goalie striker midfielder quarterback pitcher catcher
 rookie veteran winger wing centre center captain skipper athlete runner swimmer skier skater boxer fighter golfer
 man woman boy girl mother father mom dad son daughter wife husband brother sister grandmother grandfather teen
 teenager student resident owner victim survivor singer actor actress artist musician writer novelist poet
 filmmaker doctor physician nurse teacher farmer worker driver pilot soldier
 businessman businesswoman entrepreneur politician lawmaker legislator mp mla mpp senator-elect incumbent
 challenger newcomer native immigrant refugee host chef designer scientist engineer star comedian rapper producer
 journalist blogger photographer dancer`);

/**
 * Endings of English agent nouns for people by occupation ("miner", "sailor", "dentist", "electrician", "fisherman"):
 * a capitalised word of that shape opening a sentence before a full name is the person's job, not a first name.
 */
export const AGENT_NOUN_ENDINGS = set('er or ist ian man woman');

/** Roles of someone who speaks for another ("the spokesman said"): never the person spoken for, only one given that role. */
export const AGENT_ROLES = set(`
spokesman spokeswoman spokesperson aide lawyer attorney`);

/** Documents a description names for their issuer ("the statement also said": whoever spoke last issued it). */
export const ISSUED_DOCUMENTS = set(`
statement release letter email memo post tweet`);

/**
 * Street words: a name ending in one ("Harbour Road", "Quay Street") is a place, never a speaker. "Court" is not
 * here: it ends the names of courts too, which are organisations.
 */
export const STREET_WORDS = set(`
road street avenue lane drive boulevard highway way square terrace crescent parkway expressway motorway alley`);

/** "St", "Saint": a saint's name, whose possessive goes on into the name of a church, school or hospital. */
export const SAINT_WORDS = set('st saint ste');

/**
 * Nouns that a number after them makes the designation of a thing ("Flight 22", "Route 9", "Runway 3", "Article
 * 12"): a name ending in one before a number is a craft, a road or a text, no person or organisation.
 */
export const NUMBERED_THING_WORDS = set(`
flight route highway interstate runway platform gate terminal berth proposition article section chapter clause
amendment exhibit paragraph`);

/**
 * Last words of a business's name ("Harbour Foods", "Quay Properties"): a name ending in one is an organisation, and
 * its last word is no surname.
 */
export const BUSINESS_NAME_WORDS = set(`
foods properties holdings partners industries enterprises systems technologies solutions brands motors airlines
airways pharmaceuticals ventures investments resources logistics communications associates securities insurance
developments homes estates builders stores supermarkets dairies farms breweries ferries railways terminals`);

/** Nouns for a business right before its name ("the law firm X and Y"): surnames joined by "and" after one are the firm. */
export const FIRM_NOUNS = set('firm company operator practice partnership consultancy');

/**
 * Plural nouns that end the name of a sports club ("Harbour Rovers", "Quay Wanderers"): a name ending in one is an
 * organisation, and the word alone is the club ("Rovers coach Jane Doe").
 */
export const TEAM_NAME_WORDS = set(`
rovers rangers wanderers athletic albion warriors eagles lions tigers bears wolves falcons knights pirates
raiders giants saints sharks dolphins panthers jets stallions bulls blues harriers dragons titans spartans`);

/**
 * Words after a capitalised plural opening a sentence that show it a common noun, not a surname ("Figures from the
 * agency show …", "Readings show …"): a preposition that modifies it, or a plural verb agreeing with it.
 */
/**
 * Group nouns that are proper names of parties ("Democrats said"): capitalised at a sentence's start, they still name
 * the group, where "Officials said", "Residents say" are descriptions capitalised only by their place.
 */
export const PARTY_GROUP_NOUNS = set(`democrats republicans liberals conservatives tories`);

/** The group nouns that are descriptions, not names, even capitalised ("Officials", "Lawyers"): all but parties'. */
export const COMMON_GROUP_NOUNS = without(GROUP_NOUNS, PARTY_GROUP_NOUNS);

export const PLURAL_SUBJECT_FOLLOWERS = set(`
from of for in on at by with over since among show suggest indicate reveal point are were have remain say tell
argue believe think warn fear expect`);

/** Organisation heads that name a legislature or a government: "the Democrats' Senate" is the party's seats, no name. */
export const LEGISLATURES = set(`
senate house congress parliament assembly government cabinet`);

/**
 * Verbs of two people meeting or talking ("he had spoken to Y", "she met Z"): in a clause a speaker reports of
 * itself, the other one is a person a later "he said" may as well stand for (pronouns.ts, reportsOwnAct).
 */
export const ENCOUNTER_VERBS = set(`
met meet meets spoke spoken speak speaks speaking talked talk talks talking phoned visited interviewed
`);
