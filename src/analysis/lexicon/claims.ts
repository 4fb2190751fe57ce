/**
 * Cue lists for the check-worthy claim detector: general English only, no names from any article.
 * Single words go in word sets; phrases of two or three words go in phrase sets (matched on lower-cased tokens).
 */

import { IRREGULAR_PAST, WEEKDAYS } from './attribution.ts';
import { NEGATIONS } from './function-words.ts';
import { SUBJECT_PRONOUNS } from './words.ts';
import { phraseSet, union, without } from './set.ts';


/** Units that make a number a quantity of money (after the number). */
export const MONEY_WORDS = phraseSet(`
dollar | dollars | euro | euros | pound | pounds | yen | yuan | rupee | rupees | ruble | rubles | rouble | roubles |
cent | cents | franc | francs | peso | pesos | hryvnia | hryvnias | lira | won | usd | eur | gbp | bucks`);

/** Words that make a number a magnitude or proportion. */
export const QUANTITY_WORDS = phraseSet(`
hundred | hundreds | thousand | thousands | million | millions | billion | billions | trillion | trillions |
dozen | dozens | half | halves | third | thirds | quarter | quarters | majority | minority | twice | double | doubled |
triple | tripled | quadrupled | tenfold | percent | fraction | bulk | handful | score | scores`);

/** Spelled cardinals (from two: "one" is mostly a pronoun). */
export const NUMBER_WORDS = phraseSet(`
two | three | four | five | six | seven | eight | nine | ten | eleven | twelve | thirteen | fourteen | fifteen |
sixteen | seventeen | eighteen | nineteen | twenty | thirty | forty | fifty | sixty | seventy | eighty | ninety`);

/** Nouns that name something measured or counted. */
export const STATISTIC_WORDS = phraseSet(`
rate | rates | unemployment | employment | jobs | inflation | deficit | deficits | debt | budget | budgets | tax |
taxes | taxed | poll | polls | polling | approval | survey | surveys | average | median | census | income |
incomes | wage | wages | salary | salaries | gdp | growth | revenue | revenues | spending | cost | costs | price |
prices | population | crime | crimes | murders | homicides | deaths | died | killed | casualties | victims |
votes | voters | turnout | rating | ratings | record | figure | figures | data | statistics | statistic |
percentage | per | capita | budgeted | funding | funded | subsidies | exports | imports | tariffs | tariff |
sanctions | troops | soldiers | seats | cases | emissions | election | elections | elected | vote | voted |
ballot | ballots | referendum | production | output | barrels | acres | miles | kilometers | kilometres | tons |
tonnes | households | refugees | immigrants | patients | insurance | premiums | benefits | pension | pensions |
loans | stocks | profits | losses | investment | investments`);

/** Comparative and change words. */
export const COMPARISON_WORDS = phraseSet(`
than | more | less | fewer | higher | lower | larger | smaller | bigger | greater | longer | shorter | faster | slower |
older | younger | cheaper | richer | poorer | most | least | largest | smallest | biggest | highest | lowest | greatest |
longest | fastest | oldest | youngest | worst | increase | increased | increases | increasing | decrease | decreased |
decreases | decline | declined | declines | rise | rose | risen | rising | fall | fell | fallen | falling | grew | grow |
grown | growing | dropped | drop | doubled | tripled | halved | cut | cuts | surged | soared | plunged | plummeted |
compared | versus | outnumber | outnumbered | exceed | exceeded | exceeds | surpassed | record | up | down`);

export const COMPARISON_PHRASES = phraseSet(`
more than | less than | fewer than | as many as | as much as | at least | at most | up to | compared with | compared to |
the most | the least | the first | the only | the last | ever since | all-time | the same as | twice as | half as`);

/** Cause and effect. */
export const CAUSAL_WORDS = phraseSet(`
because | caused | causes | causing | cause | therefore | consequently | thus | hence | fueled | fuelled | triggered |
sparked | resulted | results | resulting | blamed | attributable | responsible | contributed | owing`);

export const CAUSAL_PHRASES = phraseSet(`
due to | led to | leads to | lead to | leading to | as a result | result of | results in | resulted in | because of |
thanks to | driven by | caused by | fueled by | fuelled by | the reason | in response to | on the back of | owing to`);

/** Statements about what will happen. */
export const PREDICTIVE_WORDS = phraseSet(`will | 'll | ’ll | wo | shall | future | soon`);

export const PREDICTIVE_PHRASES = phraseSet(`going to | would be | will be | is to | are to`);

/** Plans, schedules and forecasts: a stated intention or projection a reader can check against the record. */
export const PLAN_WORDS = phraseSet(`
forecast | forecasts | predicted | predicts | projected | projects | expects | expected | poised | plans | planned |
planning | intends | intended | scheduled | prepares | preparing | proposed | proposes | budgeted | estimated |
estimates | anticipated`);

export const PLAN_PHRASES = phraseSet(`
is set to | are set to | set to | ready to | about to | is expected | are expected | expected to | plans to | plan to |
planning to | poised to | on track | on the verge | due to be | intends to | aims to | is preparing | are preparing`);

/** Irregular past forms (and a few regular ones that are strong event verbs). Speech verbs are left out on purpose. */
export const PAST_WORDS = union(IRREGULAR_PAST, phraseSet(`
was | were | had | did | went | came | begun | became |
chose | cut | fell | felt | fled | forgot | froze |
hung | lent | let | lay | quit |
sank | sat | saw | set | shot | shut | split | spoke | stole | swore |
understood | woke | wore | written | taken | given | seen | done | gone | shown | known | ago |
been |
already | previously | formerly | former | earlier | yesterday | once | since | last`));

/** "-ed" words that are not past events (adjectives, nouns, speech/belief verbs). */
export const NOT_PAST_ED = phraseSet(`
need | needed | indeed | speed | seed | bed | red | hundred | shed | feed | deed | greed | bleed | breed | proceed |
succeed | exceed | weed | freed | based | concerned | interested | supposed | used | tired | married | worried |
talented | advanced | united | limited | detailed | related | alleged | allegedly | said | stated | claimed | added |
noted | argued | asked | believed | hoped | wanted | liked | loved | hated | wished | feared | thanked | called |
named | seemed | appeared | tried | ed | sacred | wicked | naked | rugged | ragged | crooked | beloved | learned |
determined | committed | dedicated | sophisticated | complicated | educated | qualified | prepared |
embed | biased | informed | designed | so-called | talked | mentioned | expected | planned | projected |
predicted | scheduled | intended | blamed | caused | fueled | fuelled | triggered | sparked | resulted | led`);

/**
 * Hedges: the writer or speaker is not asserting the statement as a fact. ("rumors", "reportedly" are not here:
 * a reported rumour is exactly what a fact-checker checks.)
 */
export const HEDGE_WORDS = phraseSet(`
may | might | could | perhaps | possibly | possible | probably | maybe | likely | unlikely | seems | seem | seemed |
apparently | suggests | suggest | suggested | somewhat | arguably | presumably | supposedly | potentially | potential |
conceivably | guess | suppose`);

export const HEDGE_PHRASES = phraseSet(`
it is possible | it's possible | it is likely | may well | might well | could well | it seems | it appears |
appears to | seems to | i guess | i suppose | not clear | it is unclear | it's unclear | some say | sort of | kind of`);

/** Opinion, evaluation, obligation and wishes. */
export const OPINION_WORDS = phraseSet(`
should | must | ought | need | needs | hope | hoped | hopes | wish | wishes | want | wants | believe | believes | feel |
feels | think | thinks | opinion | important | necessary | essential | crucial | vital | great | terrible | wonderful |
horrible | awful | best | good | bad | better | worse | wrong | right | fair | unfair | outrageous | disgraceful |
shameful | excellent | amazing | incredible | ridiculous | absurd | dangerous | beautiful | tremendous | strong |
weak | extremely | very | really | truly | deeply | clearly | obviously | absolutely | certainly | surely | frankly |
honestly | unfortunately | fortunately | sadly | hopefully | let | lets | let's | welcome | thank | thanks | congratulate |
proud | glad | pleased | sorry | agree | disagree | deserve | deserves | love | hate | dream | vision | values | freedom |
peace | attractive | positive | negative`);

export const OPINION_PHRASES = phraseSet(`
i think | i believe | i feel | i hope | i want | i know | we think | we believe | we need | we must | we should |
we want | we have to | we've got | you know | in my opinion | in my view | it is necessary | it is important |
it's important | it's time | need to | needs to | have to | has to | got to | ought to | i don't | i do n't | my friends`);

export const FIRST_PERSON = phraseSet(`i | me | my | mine | myself | we | us | our | ours | ourselves | i'm | i've | i'd | i'll | we're | we've | we'll | we'd | i’m | i’ve | i’d | i’ll | we’re | we’ve | we’ll | we’d`);

export const SECOND_PERSON = phraseSet(`you | your | yours | yourself | yourselves | you're | you've | you'll | you’re | you’ve | you’ll`);

/** Conditionals and counterfactuals. */
export const CONDITIONAL_WORDS = phraseSet(`if | unless | would | whether | suppose | imagine | wherever | whenever`);

export const NEGATION_WORDS = union(NEGATIONS, phraseSet(`no | neither | nor | none | nothing | nobody | didn't | don't | doesn't | isn't | wasn't | weren't | won't | can't | cannot`));

/** Speech and report verbs: a sentence that only frames someone else's words. */
export const REPORTING_WORDS = phraseSet(`
said | says | say | told | tells | added | adds | claimed | claims | stated | states | noted | notes | argued | argues |
warned | warns | insisted | insists | explained | explains | announced | announces | wrote | writes | posted | according |
asked | asks | replied | replies | responded | acknowledged | admitted | denied | suggested | declared | reported`);

/** REPORTING_WORDS that are verbs: not "according" ("according to X" names a source; no subject reports by it). */
export const REPORTING_VERBS = without(REPORTING_WORDS, phraseSet(`according`));

export const DATE_PHRASES = phraseSet(`
last year | last month | last week | this year | next year | next month | next week | in the past | years ago |
so far | this week | this month`);

/** Words that never count as a proper noun when capitalised mid-sentence. */
/** Pronouns and pointers that can open a sentence as its subject: the claim's actor is not named there. */
export const PRONOUN_OPENERS = union(SUBJECT_PRONOUNS, phraseSet(`this | that | these | those | there | his | her | their | our | my`));

/** Present-tense verbs of state: "X is the largest …", "the state has 12 seats". */
export const STATE_VERBS = phraseSet(`is | are | has | have | remains | remain | holds | hold | contains | contain | represents | represent | accounts | account`);

/** Words that open a reported clause after a reporting or claiming verb: "said that …", "argued that …". */
export const REPORTED_CLAUSE_OPENERS = phraseSet(`that`);

export const NOT_ENTITY = phraseSet(`i | i'm | i've | i'd | i'll | i’m | i’ve | i’d | i’ll | mr | mrs | ms | dr`);

/** Laws, rules, courts and official procedure: Full Fact's "law or rule" claims. */
export const LAW_WORDS = phraseSet(`
law | laws | lawful | unlawful | illegal | illegally | legal | legally | legislation | legislative | bill | bills | act |
statute | statutes | statutory | regulation | regulations | regulatory | regulators | rule | rules | ruled | ruling |
rulings | court | courts | judge | judges | justices | constitution | constitutional | unconstitutional | amendment |
amendments | treaty | treaties | ban | bans | banned | banning | prohibit | prohibits | prohibited | require | requires |
required | requirement | requirements | mandate | mandates | mandated | mandatory | veto | vetoed | signed | enacted |
repeal | repealed | ordinance | executive | order | orders | decree | sued | lawsuit | lawsuits | indicted | indictment |
charged | charges | convicted | conviction | sentenced | prosecuted | prosecutors | guilty | eligible | eligibility |
allowed | allows | permitted | permits | entitled | penalty | penalties | fines | fined | violated | violation |
violations | comply | compliance | exempt | loophole | filibuster | subpoena | subpoenaed`);

/** Things that find or measure: with a finding verb, a non-speech source ("a study found", "the data show"). */
export const FINDING_NOUNS = phraseSet(`
study | studies | report | reports | research | researchers | survey | surveys | poll | polls | data | analysis |
analyses | review | audit | audits | estimate | estimates | census | statistics | figures | records | investigation |
inquiry | assessment | forecast | projections | model | models | findings | evidence | tally | count | index`);

export const FINDING_VERBS = phraseSet(`
found | find | finds | show | shows | showed | shown | suggest | suggests | suggested | estimate | estimated |
estimates | conclude | concludes | concluded | indicate | indicates | indicated | reveal | reveals | revealed |
confirm | confirms | confirmed | project | projects | projected | put | puts | according`);

/** Market reports: with a number, a routine tick ("the index gave up 0.4 per cent"). */
export const MARKET_WORDS = phraseSet(`
shares | stock | stocks | index | indexes | indices | benchmark | trading | traded | investors | futures | bonds |
yields | composite | sell-off | selloff | slipped | edged | eased | tumbled | climbed | pared | rebounded`);

/** Sports results: with a number or a score line, a routine result. */
export const SPORT_WORDS = phraseSet(`
game | games | season | goal | goals | scored | match | coach | players | league | playoff | playoffs | championship |
tournament | innings | overtime | shootout | assists | rebounds | touchdown | touchdowns | yards | wickets | standings |
rookie | roster | lineup | goalie | goaltender | striker | quarterback | pitcher`);

/** Routine narration of the news event: who met, travelled, spoke, appeared (nobody checks these). */
export const ROUTINE_WORDS = phraseSet(`
met | meet | meets | meeting | visited | visit | visits | traveled | travelled | arrived | attended | attend | spoke |
speaking | speech | rally | rallies | appeared | appearance | interview | interviewed | tweeted | posted | spokesman |
spokeswoman | spokesperson | statement | reporters | press | conference | event | events | ceremony | gathered |
greeted | hosted | hosts | joined | toured | campaigned | campaigning | stumping | headed`);

/** A record someone could be held to: votes, positions, money given or taken, posts held. */
export const RECORD_WORDS = phraseSet(`
voted | votes | supported | supports | opposed | opposes | proposed | proposes | sponsored | cosponsored | backed |
backs | endorsed | funded | paid | pays | received | donated | donors | raised | spent | hired | fired | served |
serves | represented | represents | passed | blocked | approved | rejected | owns | owned | invested | earned |
lobbied | lobbyist | lobbying | contributions | contributed | pledged | promised | repealed | expanded | increased |
reduced | eliminated | created | lost | won | since`);

/** The vocabulary of dispute over facts: allegations, denials, corrections. */
export const DISPUTE_WORDS = phraseSet(`
accused | accuses | accusation | accusations | alleged | alleges | allegation | allegations | denied | denies | admitted |
admits | lied | lie | lies | false | falsely | untrue | true | misleading | inaccurate | incorrect | wrong | evidence |
fact | facts | actually | claimed | claims | contrary | debunked | fabricated | exaggerated | distorted | fraud |
scandal | investigation | investigated | probe | revealed | disclosed | records | documents | emails | leaked`);

/**
 * Verbs by which the subject of a sentence makes the claim in it without a quote ("X accused Y of …", "X blamed …",
 * "X estimated …"): the subject is the claimant.
 */
export const CLAIMING_VERBS = phraseSet(`
accused | accuses | criticized | criticised | criticizes | blamed | blames | charged | charges | alleged | alleges |
argued | argues | insisted | insists | claimed | claims | predicted | predicts | estimated | estimates | calculated |
warned | warns | contended | contends | asserted | asserts | testified | promoted | spread | maintained | maintains |
forecast | forecasts | projects | projected | expects | anticipates`);

/** Auxiliaries before a claiming or reporting verb that make it passive ("X was accused", "X will be charged"): the attribution lexicon's. */
export { PASSIVE_AUXILIARIES } from './attribution.ts';

/** Prepositions that open a phrase naming where a statement comes from: "In a survey by X, …", "From X's data, …". */
export const SOURCE_OPENERS = phraseSet(`in | from`);

/**
 * Shares of a group that a poll reports on ("52 percent of voters say …", "a majority of farmers said …"): the group
 * answered the poll, the pollster makes the claim.
 */
export const SHARE_OF_WORDS = phraseSet(`percent | cent | pct | majority | minority | plurality | half | third | thirds | quarter | most | share | fraction | proportion`);

/** Words that make a number before them a percentage ("12 per cent", "40 pct"). */
export const PERCENT_UNITS = phraseSet(`percent | per | percentage | pct`);

/** Day names: a capitalised one is a schedule ("on Monday"), not a checkable date (the attribution lexicon's). */
export { WEEKDAYS };

/** Month and day names: a date only when capitalised ("May" the month, not "may" the modal). */
export const MONTH_AND_DAY_NAMES: ReadonlySet<string> = new Set([...phraseSet(`
january | february | march | april | may | june | july | august | september | october | november |
december | jan | feb | mar | apr | jun | jul | aug | sep | sept | oct | nov | dec`), ...WEEKDAYS]);

/** Months and days, and words of a period: mark a date. */
export const DATE_WORDS = union(MONTH_AND_DAY_NAMES, phraseSet(`
yesterday | decade | decades | century | centuries | weekend | annual | annually |
yearly | monthly | quarterly | ago | since`));

/** Capitalised words that open a clause; after a lower-case word they mark a missing sentence break. */
export const CLAUSE_OPENERS = phraseSet(`
If | When | But | However | While | Although | Meanwhile | There | It | He | She | They | We |
This | These | Those | Yet | Still | Because | Since | Unless | His | Her | Their | Its | Our`);

/**
 * Nouns that name a claim or a finding: before "that" they open the claim's content ("the evidence that …", "the
 * theory that …", "false claims that …"), the reported-claim structure of news that has no speech verb.
 */
export const CLAIM_NOUNS = phraseSet(`
claim | claims | evidence | idea | ideas | theory | theories | belief | beliefs | conclusion | conclusions | notion |
rumor | rumors | rumour | rumours | allegation | allegations | suggestion | assertion | assertions | fact | myth |
myths | report | reports | speculation | hypothesis | finding | findings | proof | sign | signs | indication |
indications | assurance | assurances | warning | warnings | contention | argument | view | charge | charges | story`);

/** The future seen from the past: after a reporting verb ("said stock would reach shops within days") a prediction. */
export const FUTURE_IN_PAST_WORDS = phraseSet(`would | would've`);

/** Modals of ability and possibility that state what a thing can do: "can spread", "cannot be used". */
export const ABILITY_WORDS = phraseSet(`can | cannot | can't | can’t | able | unable | capable | incapable`);

/**
 * Verbs and adjectives of effect: a claim that one thing acts on another ("prevents", "reduces", "is effective",
 * "raises the risk"), Full Fact's cause-or-correlation claims stated without a cause word.
 */
export const EFFECT_WORDS = phraseSet(`
prevent | prevents | protect | protects | protection | reduce | reduces | lower | lowers | raise | raises | boost |
boosts | kill | kills | cure | cures | treat | treats | spread | spreads | transmit | transmits | transmitted |
transmission | infect | infects | harm | harms | harmful | damage | damages | improve | improves | worsen | worsens |
affect | affects | effect | effects | effective | ineffective | effectiveness | efficacy | safe | unsafe | safety |
risk | risks | linked | link | links | associated | correlated | correlation | tied | contributes | depends | stems |
originated | originates | weakens | strengthens | undermines | threatens | endangers | saves | costs`);
