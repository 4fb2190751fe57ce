/**
 * The sieve's case table: one row per behaviour, every `how` at least once. A row is invented copy, the words of the
 * quote it must find, who said it, the rule that must attribute it and the words its attribution rests on. Leaving
 * the row's rule out of the sieve (`without`) must lose that attribution: no row passes by accident.
 *
 * Adding a rule: one function in src/analysis/attribution/ (sources-*.ts or linking.ts), one entry in SOURCE_RULES or
 * LINK_RULES, its name in HOWS (src/analysis/types.ts), and a row here.
 */
import { describe, expect, it } from 'vitest';
import { analyze, HOWS, LINK_RULES, SOURCE_RULES, type Analysis, type How } from '../../src/analysis/index.ts';

interface Row {
  how: How;
  text: string;
  /** words of the quote's text */
  quote: string;
  /** the speaker's name, null for none */
  speaker: string | null;
  /** the words the attribution rests on (Quote.source.text), null for none */
  source: string | null;
}

const CASES: Row[] = [
  // a passive cue's agent asks the question, not its subject
  { how: 'passive-agent', text: 'Mayor Jane Holloway was asked by host Tomas Varga, “Will the bridge open in May?”', quote: 'Will the bridge open in May?', speaker: 'Tomas Varga', source: 'Tomas Varga' },
  { how: 'passive-agent', text: 'Mayor Jane Holloway was later told by harbour officials that the ferry would stop.', quote: 'the ferry would stop', speaker: 'harbour officials', source: 'harbour officials' },
  { how: 'passive-agent', text: 'Residents were told by the harbour clerk, Tomas Varga, that the quay would close.', quote: 'the quay would close', speaker: 'Tomas Varga', source: 'Tomas Varga' },
  { how: 'according-to', text: 'The bridge will close in May, according to Mayor Jane Holloway.', quote: 'The bridge will close in May', speaker: 'Jane Holloway', source: 'Jane Holloway' },
  { how: 'according-to', text: 'Tomas Varga voted no. The state will pay half of the bill, according to the town’s finance director, Ruth Anselm.', quote: 'The state will pay half', speaker: 'Ruth Anselm', source: 'Ruth Anselm' },
  // a slash tight between words joins one name; "a report" is a noun, and its issuer speaks (documentIssuer)
  { how: 'according-to', text: 'Turnout rose in the north, according to a Harbour Times/Pier News poll released on Thursday.', quote: 'Turnout rose in the north', speaker: 'Harbour Times/Pier News poll', source: 'a Harbour Times/Pier News poll' },
  { how: 'according-to', text: 'Ferry sales rose, according to figures released by the Harbour Electoral Board.', quote: 'Ferry sales rose', speaker: 'Harbour Electoral Board', source: 'Harbour Electoral Board' },
  { how: 'according-to', text: 'Ferry sales rose, according to a recent report.', quote: 'Ferry sales rose', speaker: 'report', source: 'a recent report' },
  { how: 'according-to', text: 'Ferry sales rose, according to a recent report from the Harbour Board.', quote: 'Ferry sales rose', speaker: 'Harbour Board', source: 'Harbour Board' },
  { how: 'according-to', text: 'According to figures from the harbour’s ticket agent, Pierline, the ferries carried 61% of passengers in May.', quote: 'the ferries carried 61%', speaker: 'Pierline', source: 'Pierline' },
  // …but a name after a phrase with no possessed role is what the figures are about
  { how: 'according-to', text: 'According to figures from the harbour board, Pierline, the new operator, carried 61% of passengers in May.', quote: 'carried 61% of passengers', speaker: 'figures from the harbour board', source: 'figures from the harbour board' },
  { how: 'relative-clause', text: 'Councillor Omar Pelta, who said the vote was rigged, left early.', quote: 'the vote was rigged', speaker: 'Omar Pelta', source: 'Omar Pelta' },
  // a relative clause set off by dashes ends at the closing dash (relativeClauseEnd); the cue after it is the name's
  { how: 'relative-clause', text: 'Councillor Omar Pelta — who said the vote was rigged — told reporters that he would appeal.', quote: 'the vote was rigged', speaker: 'Omar Pelta', source: 'Omar Pelta' },
  { how: 'apposition', text: 'Councillor Omar Pelta — who said the vote was rigged — told reporters that he would appeal.', quote: 'he would appeal', speaker: 'Omar Pelta', source: 'Omar Pelta' },
  // the relative word before a time phrase ("who on Monday said")
  { how: 'relative-clause', text: 'Councillor Omar Pelta, who on Monday said the vote was rigged, left early.', quote: 'the vote was rigged', speaker: 'Omar Pelta', source: 'Omar Pelta' },
  { how: 'first-person', text: 'I said that the plan would fail, and it did.', quote: 'the plan would fail', speaker: 'the author', source: 'I' },
  { how: 'name-parenthetical', text: 'Senator Ada Quill (D-Ore.), said the bill would pass this week.', quote: 'the bill would pass', speaker: 'Ada Quill', source: 'Ada Quill' },
  { how: 'it-organization', text: 'The Harbour Board met on Monday. It said the port would reopen in June.', quote: 'the port would reopen', speaker: 'Harbour Board', source: 'It' },
  // a short quotation in the apposition of the name opening the sentence is a title or a nickname, not speech
  { how: 'title-apposition', text: 'In an interview on Monday, Tomas Varga, the host of “Harbour Hour,” said that the ferry was late.', quote: 'the ferry was late', speaker: 'Tomas Varga', source: 'Tomas Varga' },
  { how: 'title-apposition', text: 'Ruth Anselm, the sailor known as “Gull,” said in an interview that the harbour was too shallow.', quote: 'the harbour was too shallow', speaker: 'Ruth Anselm', source: 'Ruth Anselm' },
  // a title of any length; a quotation that is the name's own words is the name's, with the verb that reported it
  { how: 'title-apposition', text: 'Jane Holloway, author of “The Long Night at the Old Harbour Inn,” said that the ferry was late.', quote: 'the ferry was late', speaker: 'Jane Holloway', source: 'Jane Holloway' },
  { how: 'title-apposition', text: 'Ruth Anselm, the sailor who shouted “we will sail again tomorrow and every day after,” said in an interview that the harbour would reopen.', quote: 'the harbour would reopen', speaker: 'Ruth Anselm', source: 'Ruth Anselm' },
  { how: 'title-apposition', text: 'Ruth Anselm, the sailor who shouted “we will sail again tomorrow and every day after,” said in an interview that the harbour would reopen.', quote: 'we will sail again tomorrow', speaker: 'Ruth Anselm', source: 'Ruth Anselm' },
  // a cue inside the apposition reports the quotation ("told"); the cue after it is still the name's
  { how: 'title-apposition', text: 'Tomas Varga, who once told reporters “the bridge will never open in my lifetime,” said on Monday that it would open in May.', quote: 'it would open in May', speaker: 'Tomas Varga', source: 'Tomas Varga' },
  { how: 'affiliated-name', text: 'Tomas Varga with the Harbour Workers Union says the strike will go on.', quote: 'the strike will go on', speaker: 'Tomas Varga', source: 'Tomas Varga' },
  // an apposition whose closing comma is missing: the name before the role speaks, not the organisation (unclosedRoleHolder)
  { how: 'affiliated-name', text: 'Jane Holloway, the director for the Harbour Board said the bridge would open in May.', quote: 'the bridge would open', speaker: 'Jane Holloway', source: 'Jane Holloway' },
  // a modal the text gave someone as a surname is that person before a finite verb (SURNAME_WORDS, isInflectedVerb)
  { how: 'adjacent-cue', text: 'The columnist Ruth Will criticized the mayor on Monday. Will wrote that the bridge was unsafe.', quote: 'the bridge was unsafe', speaker: 'Ruth Will', source: 'Will' },
  // an aside set off by commas ("a colleague recalled,") before a cue that frames a quotation: the quotation is that cue's (opensOtherReport)
  { how: 'adjacent-cue', text: 'At the meeting, a colleague recalled, Tomas Varga asked, "Is there any pier where this has worked?"', quote: 'Is there any pier where this has worked?', speaker: 'Tomas Varga', source: 'Tomas Varga' },
  { how: 'adjacent-cue', text: 'Mayor Jane Holloway said the bridge would open in May.', quote: 'the bridge would open', speaker: 'Jane Holloway', source: 'Jane Holloway' },
  // a cue form after a possessive and a participle is a noun: "remarks" takes nothing from "said" (isModifiedNoun)
  { how: 'adjacent-cue', text: 'Mayor Jane Holloway said in her opening remarks that the ferry would run all winter.', quote: 'the ferry would run all winter', speaker: 'Jane Holloway', source: 'Jane Holloway' },
  // after a capitalised modifier an "-s" form before `, “` is a plural noun, no framing verb (isFramingVerb)
  { how: 'adjacent-cue', text: 'Tomas Varga said because Jane Holloway is popular with Liberal voters, "she is a very good candidate for the town."', quote: 'she is a very good candidate', speaker: 'Tomas Varga', source: 'Tomas Varga' },
  // a capitalised preposition starts no name: "Out" of a programme's name is no "she" (NON_NAME_CAPS)
  { how: 'pronoun', text: 'Ruth Anselm, a program manager, said the shelters were full.\n\nMany Out of the Harbour users report being uninterested in boats because they cannot afford them.\n\n"We just need to remember that the sailors are not one voice," she added.', quote: 'We just need to remember', speaker: 'Ruth Anselm', source: 'she' },
  { how: 'pronoun', text: 'Mayor Jane Holloway arrived late. She said the bridge would open in May.', quote: 'the bridge would open', speaker: 'Jane Holloway', source: 'She' },
  // the scan reads past a time phrase between the subject and its cue (beforeTimePhrase): the name before it speaks
  { how: 'adjacent-cue', text: 'The Harbour Workers Union this week announced that it would strike in May.', quote: 'it would strike in May', speaker: 'Harbour Workers Union', source: 'Harbour Workers Union' },
  { how: 'adjacent-cue', text: 'Mayor Jane Holloway toured the docks. Holloway late last night told reporters that the bridge would open in May.', quote: 'the bridge would open', speaker: 'Jane Holloway', source: 'Holloway' },
  // …but not a phrase inside a relative clause before the time words (opensClauseAt): that is leading-subject's
  { how: 'leading-subject', text: 'Most of the pilots who met Tomas Varga on Tuesday said the runway was too short.', quote: 'the runway was too short', speaker: 'most of the pilots', source: 'Most of the pilots' },
  // …nor a participle clause after a comma before the time words (opensParticipleClause)
  // a relative clause's own cue ("who asked not to be named") and a subordinate clause with its own subject and verb
  // ("because he works for …") are the phrase's modifiers; "works for the harbour board" is no described source
  { how: 'leading-subject', text: 'A ferryman who asked not to be named because he works for the harbour board said the pier was unsafe.', quote: 'the pier was unsafe', speaker: 'ferryman', source: 'A ferryman' },
  // a subordinate clause inside a relative aside in commas is the aside's, no subject of the cue (isRelativeAside)
  { how: 'leading-subject', text: 'Harbour pilots met on Monday. One of them, who spoke on condition of anonymity because the talks are private, said the quay deal was close.', quote: 'the quay deal was close', speaker: 'one of them', source: 'One of them' },
  { how: 'leading-subject', text: 'The Harbour Board, following the lead of the island towns on Monday announced that the ferries would run all winter.', quote: 'the ferries would run all winter', speaker: 'Harbour Board', source: 'The Harbour Board' },
  // and past the frame of an infinitive that is the subject's speech, "went on to", "was quick to" (speakingToStart); "declined to say" is none
  { how: 'adjacent-cue', text: 'Mayor Jane Holloway was quick to add that the ferry would not be sold.', quote: 'the ferry would not be sold', speaker: 'Jane Holloway', source: 'Jane Holloway' },
  { how: 'pronoun', text: 'Mayor Jane Holloway toured the docks. She went on to say the ferry would run all winter.', quote: 'the ferry would run all winter', speaker: 'Jane Holloway', source: 'She' },
  { how: 'coordinated-cue', text: 'Mayor Jane Holloway said the tolls were fair and added that the bridge would open in May.', quote: 'the bridge would open', speaker: 'Jane Holloway', source: 'Jane Holloway' },
  // a coordinator before the frame of an infinitive: the cue before it gives the subject (the frame is read past)
  { how: 'coordinated-cue', text: 'Mayor Jane Holloway joked that the tide was her excuse, but went on to say, “The ferry will never run on time.”', quote: 'The ferry will never run on time', speaker: 'Jane Holloway', source: 'Jane Holloway' },
  // a name after a preposition or after "of" completes the noun before it, which speaks (isPrepositionObject, isOfComplement)
  { how: 'described-source', text: 'Tomas Varga toured the port. A spokesman for the Harbour Council said the ferry would run all winter.', quote: 'the ferry would run all winter', speaker: 'spokesman for the Harbour Council', source: 'A spokesman for the Harbour Council' },
  { how: 'described-source', text: 'The ex-wife of Tomas Varga said the boat was never insured.', quote: 'the boat was never insured', speaker: 'ex-wife of Tomas Varga', source: 'The ex-wife of Tomas Varga' },
  // …but the object of "of" is a participle's subject: "a clip of X saying" is X's
  { how: 'adjacent-cue', text: 'The campaign’s new advert closes on footage of Senator Ruth Anselm telling voters the levy will be cut.', quote: 'will be cut', speaker: 'Ruth Anselm', source: 'Ruth Anselm' },
  // a description after "with" is its participle's subject, not the main clause's subject (absoluteDescription)
  { how: 'absolute-description', text: 'Dozens of sailors were detained at the pier, with a spokeswoman for the crews describing the raid as “pure theatre.”', quote: 'pure theatre', speaker: 'spokeswoman for the crews', source: 'a spokeswoman for the crews' },
  // a person's name ending the leading phrase is its subject, not a description of its own beside the person
  { how: 'leading-subject', text: 'Harbour pilot Tomas Varga, who swam 3 km. “and most of the bay” by noon, says the race changed his life.', quote: 'the race changed his life', speaker: 'Tomas Varga', source: 'Tomas Varga' },
  { how: 'described-source', text: 'Lawyers for Tomas Varga said on Monday that they would appeal.', quote: 'they would appeal', speaker: 'Lawyers for Tomas Varga', source: 'Lawyers for Tomas Varga' },
  { how: 'described-source', text: 'Supporters of Tomas Varga said the march would go ahead.', quote: 'the march would go ahead', speaker: 'Supporters of Tomas Varga', source: 'Supporters of Tomas Varga' },
  { how: 'described-source', text: 'Senior officials said the bridge would open in May.', quote: 'the bridge would open', speaker: 'Senior officials', source: 'Senior officials' },
  { how: 'described-source', text: 'Finance Minister Ilse Varn spoke first. A spokesperson for the port said the plan was late.\n\n“Nobody asked the dock workers,” the spokesperson said.', quote: 'Nobody asked the dock workers', speaker: 'spokesperson for the port', source: 'the spokesperson' },
  // "called" after a noun names a thing only before a title: before other words it reports them (namesAWork, isTitleOfWork)
  { how: 'described-source', text: 'The plan, which the union calls “a reckless gamble,” goes to a vote in May.', quote: 'a reckless gamble', speaker: 'union', source: 'the union' },
  { how: 'role-apposition', text: 'Jane Holloway, Minister of Harbours, Bridges and Ferries, said the plant would open in May.', quote: 'the plant would open', speaker: 'Jane Holloway', source: 'Jane Holloway' },
  { how: 'apposition-name', text: 'The engineer, Tomas Varga, told reporters the bridge was safe.', quote: 'was safe', speaker: 'Tomas Varga', source: 'Tomas Varga' },
  // an organisation named after "The <description>," is the subject too (organisationDescribedFrom)
  { how: 'apposition-name', text: 'The operator, Quay and Harbour Ferries, says the new route would carry 9,000 passengers a year.', quote: 'the new route would carry', speaker: 'Quay and Harbour Ferries', source: 'Quay and Harbour Ferries' },
  // an aside naming someone else: the person it follows (appositionHead)
  { how: 'apposition-name', text: 'Gov. Alan Reed of Northfield, a Republican who has refused to endorse Mr. Tomas Varga, said the family deserved better.', quote: 'the family deserved better', speaker: 'Alan Reed', source: 'Alan Reed' },
  // a name after a cue with no addressee is its inverted source, not the name before the comma
  { how: 'inverted-cue', text: 'The paradox of Jane Holloway, says Alan Reed, historian at the Harbour Library, is that she was powerful.', quote: 'she was powerful', speaker: 'Alan Reed', source: 'Alan Reed' },
  { how: 'apposition', text: 'Jane Holloway, who took over as mayor last year, said the bridge would open in May.', quote: 'the bridge would open', speaker: 'Jane Holloway', source: 'Jane Holloway' },
  // a bare cue form agrees with the plural before an aside in commas (beforeAside); a name a preposition takes inside
  // the aside is no apposition of the subject (appositionName)
  { how: 'apposition', text: 'Opponents, organised under the banner of Save Quay Meadows, argue the estate would flood the lanes.', quote: 'the estate would flood the lanes', speaker: 'Opponents', source: 'Opponents' },
  { how: 'apposition', text: 'Residents, led by Tomas Varga, say the harbour wall is too low.', quote: 'the harbour wall is too low', speaker: 'Residents', source: 'Residents' },
  // asides with names or commas of their own: the name they follow (appositionHead)
  { how: 'apposition', text: 'Mr. Tomas Varga, whose latest start-up, Pierdata, uses data to help ferries find fuel, said the mayor was right.', quote: 'the mayor was right', speaker: 'Tomas Varga', source: 'Tomas Varga' },
  { how: 'apposition', text: 'Senator Alan Reed, facing a hard challenge in Northfield, a swing town, said he would welcome the vote.', quote: 'he would welcome the vote', speaker: 'Alan Reed', source: 'Alan Reed' },
  // an organisation of two names joined by "and" (coordinatedOrganisation); a person first would speak herself
  { how: 'inverted-org-title', text: '“The first results look strong,” says Harbour and Pier chief executive Ruth Anselm, who runs the trial.', quote: 'The first results look strong', speaker: 'Ruth Anselm', source: 'Ruth Anselm' },
  // "&" joins the two names into one before any rule reads them: the person after the role words speaks
  { how: 'inverted-cue', text: '“The first results look strong,” says Harbour & Pier chief executive Ruth Anselm.', quote: 'The first results look strong', speaker: 'Ruth Anselm', source: 'Ruth Anselm' },
  { how: 'inverted-cue', text: '“The first results look strong,” said Tomas Varga and Acme chief executive Ruth Anselm.', quote: 'The first results look strong', speaker: 'Tomas Varga', source: 'Tomas Varga' },
  // the quotation follows the name: whether a reported clause opens is asked after the person, not after the organisation
  { how: 'inverted-org-title', text: 'Most talk is about the pier. So, says Harbour Weekly editor Jane Holloway, “would a floating dock not cost less?”', quote: 'would a floating dock not cost less?', speaker: 'Jane Holloway', source: 'Jane Holloway' },
  { how: 'inverted-org-title', text: '“We owned the third period,” said Harbour Hawks head coach Jane Holloway.', quote: 'We owned the third period', speaker: 'Jane Holloway', source: 'Jane Holloway' },
  { how: 'inverted-cue', text: '“The bridge will open in May,” said Jane Holloway.', quote: 'The bridge will open in May', speaker: 'Jane Holloway', source: 'Jane Holloway' },
  { how: 'inverted-pronoun', text: 'Jane Holloway spoke first. “The bridge will open in May,” said she.', quote: 'The bridge will open in May', speaker: 'Jane Holloway', source: 'she' },
  { how: 'inverted-group', text: '“The bridge will open in May,” said the officials.', quote: 'The bridge will open in May', speaker: 'officials', source: 'the officials' },
  // a reporting form after "of" is a noun of the title ("secretary of state"), not a cue that ends the scan
  { how: 'inverted-titled-name', text: '“The harbour is safe,” said former secretary of state Ruth Anselm.', quote: 'The harbour is safe', speaker: 'Ruth Anselm', source: 'Ruth Anselm' },
  { how: 'inverted-titled-name', text: '“The bridge will open in May,” said harbour commission boss Jane Holloway.', quote: 'The bridge will open in May', speaker: 'Jane Holloway', source: 'Jane Holloway' },
  { how: 'inverted-description', text: '“The bridge will open in May,” said the retired engineer.', quote: 'The bridge will open in May', speaker: 'retired engineer', source: 'the retired engineer' },
  // a description's post-modifier runs to the clause's end (postmodifiedEnd); a quantifier's "of" is no post-modifier
  { how: 'inverted-description', text: '“The ramp was never tested,” said one pilot familiar with the inquiry, who asked not to be named.', quote: 'The ramp was never tested', speaker: 'one pilot familiar with the inquiry', source: 'one pilot familiar with the inquiry' },
  // a first-person possessive opens a description too: the writer's kin in a column (INVERTED_DESCRIPTION_OPENERS)
  { how: 'inverted-description', text: 'I told her the gulls were hungry. “No, they are just loud,” says my six-year-old.', quote: 'they are just loud', speaker: 'six-year-old', source: 'my six-year-old' },
  { how: 'inverted-description', text: '“The ramp was never tested,” said one of the pilots.', quote: 'The ramp was never tested', speaker: 'one of the pilots', source: 'one of the pilots' },
  // the group opens right after the cue: the mayor is not the source
  { how: 'inverted-description', text: '“The ramp was never tested,” said a source close to the mayor.', quote: 'The ramp was never tested', speaker: 'source close to the mayor', source: 'a source close to the mayor' },
  // a document after an inverted cue: its issuer speaks (documentIssuer)
  { how: 'inverted-description', text: '“The ramp was never tested,” said a statement from the Harbour Board.', quote: 'The ramp was never tested', speaker: 'Harbour Board', source: 'Harbour Board' },
  // after a subject, words with a verb of their own after the cue are its clause, no inverted description (reportsClause)
  { how: 'leading-subject', text: 'Tomas Varga, who swam three kilometres “and most of the bay” between dawn and noon, says the race changed his life.', quote: 'the race changed his life', speaker: 'Tomas Varga', source: 'Tomas Varga' },
  { how: 'leading-subject', text: 'Most of the candidates who spoke at the forum on Tuesday said the bridge was too costly.', quote: 'the bridge was too costly', speaker: 'most of the candidates', source: 'Most of the candidates' },
  // the main clause's subject before a time phrase (mainSubject, beforeTimePhrase)
  { how: 'participle', text: 'The Harbour campaign on Monday doubled down on its attacks on the mayor, saying she was unfit to lead.', quote: 'she was unfit to lead', speaker: 'Harbour campaign', source: 'The Harbour campaign' },
  // a participle after a preposition opening the sentence is the main clause's (PARTICIPLE_OPENERS)
  { how: 'participle', text: 'After insisting that the ferry was safe, Mayor Jane Holloway closed the harbour.', quote: 'the ferry was safe', speaker: 'Jane Holloway', source: 'Jane Holloway' },
  // a participle opening a sentence with no subject of its own goes on from the sentence before (previousSentenceSource)
  { how: 'participle', text: 'Mayor Jane Holloway said the ferry report was “not good.” Adding, “Nobody has read it.”', quote: 'Nobody has read it.', speaker: 'Jane Holloway', source: 'Jane Holloway' },
  { how: 'participle', text: 'Mayor Jane Holloway defended the plan, saying the bridge would open in May.', quote: 'the bridge would open', speaker: 'Jane Holloway', source: 'Jane Holloway' },
  // a leading adverbial with no comma of its own: the comma before the participle does not end it (mainClauseStart)
  { how: 'participle', text: 'On Sunday morning Mayor Jane Holloway made a third attempt to calm the critics, writing on her blog that the bridge was safe.', quote: 'the bridge was safe', speaker: 'Jane Holloway', source: 'Jane Holloway' },
  // a name before a role noun, or after "a" before a noun, modifies it: the noun phrase is the subject (modifiesNoun)
  { how: 'participle', text: 'A Northfield Court judge scolded Acme Corp on Tuesday, saying the firm had hidden its accounts from the tenants.', quote: 'the firm had hidden its accounts', speaker: 'Northfield Court judge', source: 'A Northfield Court judge' },
  { how: 'participle', text: 'Ruth Anselm, a Holloway backer for years, was jeered after saying the count was honest.', quote: 'the count was honest', speaker: 'Ruth Anselm', source: 'Ruth Anselm' },
  // the subject ends before the adverbs in front of its verb; a word of time is no verb (mainSubject, firstVerb)
  { how: 'participle', text: 'Jane Holloway spoke on Monday. A Holloway campaign aide later softened the remarks, saying that Holloway “meant no offence to anyone.”', quote: 'meant no offence', speaker: 'Holloway campaign aide', source: 'A Holloway campaign aide' },
  // a participle or a coordinated cue in a clause "while" opens after a comma is that clause's subject's (contrastClauseSubject)
  { how: 'participle', text: 'Mayor Jane Holloway has struggled to win over young voters, while her main rival, Tomas Varga, has gained ground by saying that the tolls are rigged.', quote: 'the tolls are rigged', speaker: 'Tomas Varga', source: 'Tomas Varga' },
  { how: 'participle', text: 'Ruth Anselm wants to close the port, while Omar Pelta, the former Northland governor, proposed a ferry tax and said the mayor should resign.', quote: 'the mayor should resign', speaker: 'Omar Pelta', source: 'Omar Pelta' },
  { how: 'participle', text: 'The union sued the Harbour Board on Friday, claiming the vote was rigged.', quote: 'the vote was rigged', speaker: 'union', source: 'The union' },
  // a coordinator before a time phrase opens the coordinated clause: its subject is the main clause's, not a name inside the title before it
  { how: 'participle', text: 'The Harbour Post columnist Ruth Anselm has long mocked the mayor but on Tuesday wrote that the new bridge was worth its cost.', quote: 'the new bridge was worth its cost', speaker: 'Ruth Anselm', source: 'Ruth Anselm' },
  // a name after "to" is the object, even before a participle: only "with X tweeting" keeps it (isAbsoluteSubject)
  { how: 'participle', text: 'Mayor Jane Holloway wrote a letter to Governor Tomas Varga asking that the ferry run all winter.', quote: 'the ferry run all winter', speaker: 'Jane Holloway', source: 'Jane Holloway' },
  // a first verb with no "-ed" still ends the subject (IRREGULAR_PAST): the issuer of the statement speaks
  { how: 'participle', text: 'The Harbour Rowing League met on Monday. The league put out a statement saying the regatta would go ahead.', quote: 'the regatta would go ahead', speaker: 'Harbour Rowing League', source: 'The league' },
  // "Minutes later," is a leading adverbial (LEADING_ADVERBIAL), no subject
  { how: 'participle', text: 'Minutes later, the Varga campaign issued a statement saying the mayor had misspoken.', quote: 'the mayor had misspoken', speaker: 'Varga campaign', source: 'the Varga campaign' },
  // a cue before with no source of its own ("Asked …") gives none to "… and said": the clause's subject does
  { how: 'participle', text: 'Asked about the pier, Tomas Varga nodded and said that the deck was safe.', quote: 'the deck was safe', speaker: 'Tomas Varga', source: 'Tomas Varga' },
  // a participle opening the sentence is the main clause's subject's, after its comma (opensSentence)
  { how: 'participle', text: 'Declaring that he alone could fix the pier, the harbour master offered himself as the answer.', quote: 'he alone could fix the pier', speaker: 'harbour master', source: 'the harbour master' },
  { how: 'participle', text: 'Having announced that he would not close the pier, Judge Alan Reed went on to set the tolls.', quote: 'he would not close the pier', speaker: 'Alan Reed', source: 'Alan Reed' },
  // "X by name": a name before "by" is no subject (mainSubject)
  { how: 'participle', text: 'Jane Holloway, who chairs the board, did not mention Alan Reed by name, but told the council that the pier was safe.', quote: 'the pier was safe', speaker: 'Jane Holloway', source: 'Jane Holloway' },
  // "Just before …,", "Shortly after …,": a leading adverbial after an adverb is no subject (mainClauseStart)
  { how: 'participle', text: 'Just before the ferry left, the captain needed to balance the deck and asked for volunteers to move to the back.', quote: 'to move to the back', speaker: 'captain', source: 'the captain' },
  { how: 'participle', text: 'Shortly after the ferry left, the captain stood up, saying the deck was unsafe.', quote: 'the deck was unsafe', speaker: 'captain', source: 'the captain' },
  { how: 'multi-paragraph', text: 'Mayor Jane Holloway spoke at length. “The bridge will open in May, and the tolls will be low.\n\n“We have waited long enough for it,” she said.', quote: 'the tolls will be low', speaker: 'Jane Holloway', source: null },
  { how: 'following-quote', text: '“The clinic is full,” Dr. Tomas Varga says. “And that is what the program shows.” The plan was later described by the board.', quote: 'that is what the program shows', speaker: 'Tomas Varga', source: null },
  { how: 'same-sentence', text: 'Mayor Jane Holloway said nothing more at the time, but the council had “no choice but to open the bridge in May”.', quote: 'no choice but to open', speaker: 'Jane Holloway', source: 'Jane Holloway' },
  { how: 'cross-sentence', text: 'Mayor Jane Holloway opened the bridge.\n\n“The bridge will carry trains and the tolls will be low.” The crowd cheered. Holloway said so twice.', quote: 'carry trains', speaker: 'Jane Holloway', source: 'Holloway' },
  { how: 'colon-subject', text: 'Tomas Varga, the ferry captain of forty years, puts it plainly: “The old hull will not last another winter.”', quote: 'The old hull will not last', speaker: 'Tomas Varga', source: 'Tomas Varga' },
  { how: 'colon-subject', text: 'Dr. Tomas Varga runs the clinic on the pier.\n\nVarga, who has worked there for decades, is more blunt: “The waiting list will not shrink this year.”', quote: 'The waiting list will not shrink', speaker: 'Tomas Varga', source: 'Varga' },
  { how: 'paragraph-continuation', text: '“The bridge will open in May,” said Mayor Jane Holloway. The crowd cheered. “We have waited long enough for it.”', quote: 'We have waited long enough', speaker: 'Jane Holloway', source: null },
  { how: 'previous-paragraph', text: '“The bridge will open in May,” said Mayor Jane Holloway.\n\n“We have waited long enough for it and the city deserves it.”', quote: 'the city deserves it', speaker: 'Jane Holloway', source: null },
  // a quotation opening the sentence after a cue that closed its own with nothing reported (cueOfSentenceBefore)
  { how: 'introduced', text: 'The count ended on Thursday. Mayor Jane Holloway said in a statement. “There are no ballots left to count.”', quote: 'There are no ballots left to count', speaker: 'Jane Holloway', source: 'Jane Holloway' },
  { how: 'introduced', text: 'Mayor Jane Holloway recalled what she had seen:\n\n“The water rose over the deck in minutes and nobody could cross.”', quote: 'The water rose over the deck', speaker: 'Jane Holloway', source: 'Jane Holloway' },
  // a paragraph that is only "X said:" is prose, the cue of the quotation paragraph after it (zones: introducesQuotation)
  { how: 'introduced', text: 'Envoy Ruth Anselm reached the quay on Monday. The harbour board said in a statement that both crews had agreed to meet.\n\nAnselm said:\n\n"I have seen these talks fail before."', quote: 'I have seen these talks fail before', speaker: 'Ruth Anselm', source: 'Anselm' },
  { how: 'unresolved', text: 'The council met on Monday.\n\n“The bridge will open in May and the tolls will be low for everyone.”', quote: 'the tolls will be low', speaker: null, source: null },
  { how: 'editor', text: ':quote[The bridge will open in May]{speaker="Jane Holloway"} was painted on the wall.', quote: 'The bridge will open in May', speaker: 'Jane Holloway', source: null },
];

const quoteOf = (a: Analysis, words: string) => a.quotes.find((q) => q.text.includes(words));
const nameOf = (a: Analysis, id: string | null | undefined) => a.speakers.find((s) => s.id === id)?.name ?? null;

describe('the sieve, one row per behaviour', () => {
  it.each(CASES)('$how: $text', (row) => {
    const a = analyze(row.text);
    const q = quoteOf(a, row.quote);
    expect(q, `no quote with "${row.quote}" in ${JSON.stringify(a.quotes.map((x) => x.text))}`).toBeDefined();
    expect(q!.how).toBe(row.how);
    expect(nameOf(a, q!.speaker)).toBe(row.speaker);
    expect(q!.source?.text ?? null).toBe(row.source);
    if (q!.source) expect(row.text.slice(q!.source.start, q!.source.end)).toBe(q!.source.text);
  });

  const ruled = new Set<How>([...SOURCE_RULES, ...LINK_RULES].map((r) => r.how));
  it.each(CASES.filter((row) => ruled.has(row.how)))('without $how, its row is attributed otherwise', (row) => {
    const q = quoteOf(analyze(row.text, { without: new Set([row.how]) }), row.quote);
    expect(q?.how).not.toBe(row.how);
  });

  it('has a row for every how, and every rule has a how of its own', () => {
    expect(new Set(CASES.map((r) => r.how))).toEqual(new Set(HOWS));
    const names = [...SOURCE_RULES, ...LINK_RULES].map((r) => r.how);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(HOWS).toContain(name);
  });

  it('gives every rule a confidence between 0 and 1 and a pattern a reader can check', () => {
    for (const r of [...SOURCE_RULES, ...LINK_RULES]) {
      expect(r.confidence, r.how).toBeGreaterThan(0);
      expect(r.confidence, r.how).toBeLessThanOrEqual(1);
      expect(r.pattern.length, r.how).toBeGreaterThan(10);
    }
  });
});

/**
 * Coreference of sources (src/analysis/coref.ts): a description or "it" as a cue's source stands for the most salient
 * compatible named entity before it, or stays an unnamed speaker. Same columns as CASES.
 */
const COREF_CASES: (Omit<Row, 'how'> & { behaviour: string; how?: How; guessed?: boolean })[] = [
  { behaviour: 'an organisation description to the organisation named before', text: 'The Harbour Transit Authority runs the ferries. The agency told reporters the timetable would change in June.', quote: 'would change in June', speaker: 'Harbour Transit Authority', source: 'The agency' },
  { behaviour: 'a person description to the person in subject position', text: 'Holloway saved forty shots on Saturday. “The wind off the lake made every shot dip,” said the veteran goaltender.', quote: 'The wind off the lake', speaker: 'Holloway', source: 'the veteran goaltender' },
  { behaviour: 'an age as a description of the person just named', text: 'Tomas Varga opened a bakery on the pier in March. The 41-year-old said the ovens run from four in the morning.', quote: 'the ovens run', speaker: 'Tomas Varga', source: 'The 41-year-old' },
  { behaviour: 'a description with adjectives and commas', text: 'Tomas Varga studies tides. He said the survey was late, and the soft-spoken, grey-haired engineer said the money had run out.', quote: 'the money had run out', speaker: 'Tomas Varga', source: 'grey-haired engineer' },
  { behaviour: 'a pronoun inside a person\'s relative clause is that person (relativeHost)', text: '"It is ready," Helka Marrow said. Marrow was joined on stage by Tavin Roske, who showed the hinge, which he said had been tested 400,000 times.', quote: 'had been tested', speaker: 'Tavin Roske', source: 'he', guessed: false },
  { behaviour: '…but not when "who" is the object of the pronoun\'s verb (relativeHost)', text: 'Tomas Varga spoke first. His quarrel is with Ruth Anselm, who he claims has been unfair to him.', quote: 'has been unfair', speaker: 'Tomas Varga', source: 'he' },
  { behaviour: 'a pronoun past an unnamed source who spoke since is a guess (unnamedSpeakerSince)', text: 'Sheriff Ana Colt said deputies had searched the ridge. A forecaster, who asked not to be named, said winds would rise.\n\n"It is about as bad as it gets," she said.', quote: 'about as bad', speaker: 'Ana Colt', source: 'she', guessed: true },
  { behaviour: 'a description\'s head comes before its "with" phrase: "a meteorologist with the agency" is a person, whom the "she said" after is (descriptionKind)', text: 'Residents of Hollis Ridge were told to leave. The Harbour Weather Service issued a warning. A meteorologist with the agency, who asked not to be named because she was not authorized to speak, said humidity could fall below 8 percent.\n\n"It is about as bad as it gets," she said.', quote: 'about as bad', speaker: 'meteorologist with the agency', source: 'she' },
  { behaviour: 'a definite description repeats the unnamed source introduced with its head, not a named person before (unnamedIntroducing, sourcesBefore)', text: 'Jane Holloway, who chairs the harbour board, told the crowd that the pier would reopen in May. One board member, who asked not to be named because talks are continuing, said two colleagues favoured a sale. The member said the board feared an appeal.', quote: 'the board feared an appeal', speaker: 'one board member', source: 'The member', how: 'described-source' },
  { behaviour: 'a description is the name set in commas right after it, not the organisation named before (nameInApposition)', text: 'The Quay Licensing Board voted 3-2 to delay its ruling. The developer, Harbourline Homes, says the estate would include 40 cheap flats.', quote: 'the estate would include', speaker: 'Harbourline Homes', source: 'Harbourline Homes' },
  { behaviour: 'a description nothing fits stays unnamed', text: 'The storm closed the road. “The bridge will open in May,” said the retired engineer.', quote: 'The bridge will open', speaker: 'retired engineer', source: 'the retired engineer' },
  { behaviour: 'a document to whoever issued it', text: 'The Harbour Rowing League said the regatta would go ahead. The statement also said that boats must be checked by Friday.', quote: 'boats must be checked', speaker: 'Harbour Rowing League', source: 'The statement' },
  { behaviour: '"it" to the organisation that opens its sentence, not a later object', text: 'Northline Ferries told passengers it is working with Bluefin Systems on a new booking page. It also said that the old page would close in May.', quote: 'the old page would close', speaker: 'Northline Ferries', source: 'It', how: 'it-organization' },
  { behaviour: 'a pronoun after long narration to the speaker before it', text: 'Mayor Jane Holloway said the bridge would open in May.\n\nThe Northfield Council met on Monday. The meeting ran late.\n\nThe Harbour Board voted on Tuesday. The vote was close.\n\n“We will build it whatever the board decides,” she said.', quote: 'We will build it', speaker: 'Jane Holloway', source: 'she', how: 'pronoun' },
  { behaviour: 'a pronoun to the name set in commas after a title phrase, the subject of its sentence (namedAppositionEnd)', text: 'Inspector Omar Pelta said the threats came from abroad.\n\nDirector of research at the security firm Harbourline, Kevin Varga, agreed with this finding.\n\n“We believe it is the same group,” he confirmed.', quote: 'We believe it is the same group', speaker: 'Kevin Varga', source: 'he', how: 'pronoun' },
  { behaviour: 'a description headed by a person noun of the arts and media ("the star") to the person in subject position', text: 'Tomas Varga showed up to tell jokes at the gala. The veteran star said he was tired of the circuit.', quote: 'he was tired of the circuit', speaker: 'Tomas Varga', source: 'The veteran star' },
  { behaviour: 'a role noun to the person the text gave that title', text: 'Judge Maren Olsen heard the case on Monday. The judge said the hearing would resume in June.', quote: 'the hearing would resume', speaker: 'Maren Olsen', source: 'The judge' },
  { behaviour: 'one who speaks for another ("the spokesman") is not the person named before without that role', text: 'Jane Holloway visited the pier on Monday. “She disagrees with the plan,” the spokesman said.', quote: 'She disagrees with the plan', speaker: 'spokesman', source: 'the spokesman' },
  { behaviour: 'a month written short in a dateline is no name, so no speaker (NON_NAME_CAPS)', text: 'NORTHFIELD, Dec. 8 (Wire) — In response to the plan to close the port, Mayor Jane Holloway’s right-hand woman rallied supporters, saying: “We have to be ready to stop him.”', quote: 'We have to be ready', speaker: null, source: null, how: 'unresolved' },
  { behaviour: 'a number word opening a sentence is no name, so no speaker (NON_NAME_CAPS)', text: 'Tomas Varga led by midnight. Four hours earlier, a Holloway campaign memo was released as the polls closed stating that the loss was "long expected."', quote: 'the loss was', speaker: null, source: null, how: 'unresolved' },
  { behaviour: 'a participle after "were" is no described source (subjectNP)', text: 'A source close to the inquiry said the parts of the harbour network that were hacked suggested the intruders were skilled.', quote: 'the intruders were skilled', speaker: null, source: null, how: 'unresolved' },
  { behaviour: 'a clause with a subject of its own between the leading phrase and the cue: its subject, not the phrase (opensOwnSubject)', text: 'Tomas Varga was at the pier with his crew when a member of the family suggested they sell the boat.', quote: 'they sell the boat', speaker: 'member of the family', source: 'a member of the family', how: 'described-source' },
  // (the antecedent is "captains", which no rule yet takes; no source is the honest answer, not the named example)
  { behaviour: 'a name in an aside closed by a dash is no antecedent of the "who" after it (closesAside)', text: 'Mayor Jane Holloway spoke first. She has little time for captains — like Councillor Omar Pelta — who say the pier is unsafe.', quote: 'the pier is unsafe', speaker: null, source: null, how: 'unresolved' },
  { behaviour: 'a passive cue with no "by" has no agent: a name opening its clause is no speaker (passiveAgent)', text: 'The harbour was quiet. It was said that Tomas Varga would sell the ferry in May.', quote: 'would sell the ferry', speaker: null, source: null, how: 'unresolved' },
  { behaviour: 'a quotation inside a paragraph of narration is not the speaker of the paragraph before: only a paragraph that opens with it goes on from there (previousParagraph, opensParagraph)', text: 'Mayor Jane Holloway said the bridge would open in May.\n\nThe crowd at the pier cheered. Someone had painted “no more waiting for the ferry” on a sheet.', quote: 'no more waiting for the ferry', speaker: null, source: null, how: 'unresolved' },
  { behaviour: '"it" is never the place a dateline opens with (lastOrganisationBefore, opensDateline)', text: 'HARBOURTON, May 2 (Wire) — The report, by the Quay Safety Office, found that 40 percent of piers needed repair. It said the main cause was years of neglect.', quote: 'the main cause was years of neglect', speaker: 'Quay Safety Office', source: 'It', how: 'it-organization' },
  { behaviour: '"it" with no organisation before it stands for no one', text: 'The rain did not stop for a week. It said the river would rise.', quote: 'the river would rise', speaker: null, source: null, how: 'unresolved' },
  { behaviour: 'a person named in a phrase opening the sentence ("For X, who …,") is its topic, the antecedent of the "she" after it, not the subject of the sentence before (opensTopicFrame)', text: 'Dr. Jane Holloway, who led the survey, said the harbour was recovering. For Ruth Anselm, who sells bait on the quay, the numbers matter less than the weather. She said she had lost half her customers.', quote: 'she had lost half', speaker: 'Ruth Anselm', source: 'She', how: 'pronoun' },
  { behaviour: 'a description of a public body ("the food regulator") is no business, not the company its clause names (isBusinessFor, PUBLIC_BODY_DESCRIPTION_HEADS)', text: 'Quayside Foods is withdrawing 40,000 jars of its harbour relish, the national food regulator said on Monday.', quote: 'is withdrawing 40,000 jars', speaker: 'national food regulator', source: 'the national food regulator', how: 'described-source' },
  { behaviour: 'an organisation description is no one the text introduced as a person ("“…,” said Ruth Anselm"), though no first name shows it (introducedAsPeople)', text: '"We will win," said Kesta Varga.\n\nThe company said in a statement that its offer for the quay was fair.', quote: 'its offer for the quay was fair', speaker: 'company', source: 'The company', how: 'described-source' },
  { behaviour: '…but a name that ends as an organisation\'s does, introduced so ("said Quayline Ferries") (introducedAsPeople)', text: '"We will sail," said Quayline Ferries.\n\nThe company said in a statement that its offer for the quay was fair.', quote: 'its offer for the quay was fair', speaker: 'Quayline Ferries', source: 'The company', how: 'described-source' },
  { behaviour: 'an organisation description to a name of no known kind that spoke, nearer than an organisation', text: 'Harbourlink says the fares are fair. Critics at the Northfield Council disagree. The mayor claimed a study had been done by Harbourlink. The agency told reporters it had done no such study.', quote: 'it had done no such study', speaker: 'Harbourlink', source: 'The agency' },
  { behaviour: 'an office ("the mayor") is never held by a bare name that may be an organisation', text: 'Harbourlink says the fares are fair. Critics at the Northfield Council disagree. The mayor claimed a study had been done by Harbourlink.', quote: 'a study had been done', speaker: 'mayor', source: 'The mayor' },
  { behaviour: '"it" continues the organisation description before it when no name is near', text: 'Northline Ferries said the crossing was cancelled.\n\nThe storm was the worst in years.\n\nSome roads were closed for days.\n\nAll night the crews cleared the ramps, the operator said.\n\n“We expect the boats back by Friday,” it said.', quote: 'We expect the boats back', speaker: 'Northline Ferries', source: 'it', how: 'it-organization' },
  { behaviour: 'one capitalised word after "the" before its verb is a named organisation', text: 'The Harbourage said the plan was late.', quote: 'the plan was late', speaker: 'Harbourage', source: 'Harbourage', how: 'adjacent-cue' },
  { behaviour: 'a sentence adverb is no speaker ("Nonetheless, …")', text: 'Jane Holloway chaired the meeting. Nonetheless, and to the surprise of the council, said the bridge would open in May.', quote: 'the bridge would open', speaker: null, source: null, how: 'unresolved' },
  { behaviour: 'a pronoun cue in commas after a name is not that name ("Doe, he said, “knows …”")', text: '“The harbour needs a new pier,” said Councillor Tomas Varga. Alan Holloway, he said, “knows the docks better than anyone.”', quote: 'knows the docks', speaker: 'Tomas Varga', source: 'he', how: 'pronoun' },
  { behaviour: '"it" continues a document description before it ("The decision … said. It also said")', text: 'The decision of the review panel said the pier was unsafe.\n\nIt also said the sale would close in May.', quote: 'the sale would close', speaker: 'decision of the review panel', source: 'It', how: 'it-organization' },
  { behaviour: 'a name joined by an ampersand is one organisation a description can stand for', text: 'Analysts expected more from Harbour & Pier on Monday. The company said its profit would rise.', quote: 'its profit would rise', speaker: 'Harbour & Pier', source: 'The company' },
  { behaviour: 'a pronoun after a description that spoke continues the person it stands for, not the name last written', text: 'Tomas Varga has four goals since the club traded him for Alan Reed last week. The 26-year-old winger said his new teammates were great. “They pass the puck well,” he said.', quote: 'They pass the puck well', speaker: 'Tomas Varga', source: 'he', how: 'pronoun' },
  { behaviour: 'a name after a possessive organisation is a name ("the Harbour Post’s X")', text: 'The Harbour Post’s Ishaan Tharoor said the talks failed.', quote: 'the talks failed', speaker: 'Ishaan Tharoor', source: 'Ishaan Tharoor', how: 'adjacent-cue' },
  { behaviour: 'a reporting verb opening the sentence is the cue, not part of the name ("Said X, …")', text: 'The crowd was loud. Says Jane Holloway: “We were all so proud of him.”', quote: 'We were all so proud', speaker: 'Jane Holloway', source: 'Jane Holloway', how: 'inverted-cue' },
  { behaviour: 'a title word after a first name is a surname, and alone later the same person ("Robert Major … Major said")', text: 'Robert Major drove the truck. At the crossing, Major said he saw the sign.', quote: 'he saw the sign', speaker: 'Robert Major', source: 'Major', how: 'adjacent-cue' },
  { behaviour: 'an acronym and words that are no title make an organisation, the issuer of its release', text: 'The vote was close. A release sent to members from HWU Local late Friday said most workers voted yes.', quote: 'most workers voted yes', speaker: 'HWU Local', source: 'HWU Local' },
  { behaviour: 'an acronym of a name met before is that name, not a new speaker ("… Society of Harbour Builders and Traders … the SHBT")', text: 'Sales fell, according to the Society of Harbour Builders and Traders. Prices rose 3 per cent last year according to the SHBT and rents rose too.', quote: 'Prices rose 3 per cent', speaker: 'Society of Harbour Builders and Traders', source: 'SHBT', how: 'according-to' },
  { behaviour: 'a participle after a coordinated clause: the subject, not a name after "into"', text: 'Councillor Jane Holloway on Monday criticised the plan — one that threw the HWU into turmoil — and said the vote should wait.', quote: 'the vote should wait', speaker: 'Jane Holloway', source: 'Jane Holloway', how: 'participle' },
  { behaviour: 'a pronoun after "the mayor" opening a sentence continues the person with that title, not a name that may be an organisation', text: 'Mayor Tomas Varga wants a new line. Harbourlink says the cost is too high. On Monday, the mayor brought up the plan again. “We can build it for less,” he said.', quote: 'We can build it for less', speaker: 'Tomas Varga', source: 'he', how: 'pronoun' },
  { behaviour: 'a demonym after a first name is a surname, and alone later the same person ("Alan French … French said")', text: '“The ramp was never tested,” said Alan French of the Harbour Pilots Guild. Later, French said the inquiry was over.', quote: 'the inquiry was over', speaker: 'Alan French', source: 'French', how: 'adjacent-cue' },
  { behaviour: 'a name after a preposition is its object, not the subject ("a source speaking to Pier News said")', text: 'Another harbour source speaking to Pier News said, “The agents are looking at the donations.”', quote: 'The agents are looking', speaker: 'another harbour source', source: 'Another harbour source', how: 'leading-subject' },
  { behaviour: 'the agent after "by" is no subject ("a panel appointed by X estimated"): the phrase before it is', text: 'A panel appointed by Mayor Tomas Varga estimated that the bridge would cost twice as much.', quote: 'the bridge would cost twice', speaker: 'panel', source: 'A panel', how: 'leading-subject' },
  { behaviour: 'a name coordinated with a preposition\'s object is an object too ("working for X or Y said")', text: 'Many of the harbour pilots who would rather be sailing for Ruth Anselm or Tomas Varga said they would stay.', quote: 'they would stay', speaker: 'many of the harbour pilots', source: 'Many of the harbour pilots', how: 'leading-subject' },
  { behaviour: 'a description "a reporter for X" is the source, not X', text: 'A reporter for Harbour Press called it “absolute chaos.”', quote: 'absolute chaos', speaker: 'reporter for Harbour Press', source: 'A reporter for Harbour Press', how: 'described-source' },
  { behaviour: 'but a preposition inside a name or before a participle keeps the name ("with X tweeting that")', text: 'Residents were quick to chime in, with Alan Reed tweeting that it was a disaster.', quote: 'it was a disaster', speaker: 'Alan Reed', source: 'Alan Reed', how: 'adjacent-cue' },
  { behaviour: 'a first name given to boys and girls alike carries no gender ("Lee … she said")', text: '“The tide is late,” said Harbour Pilot Yoni Reed. Lee Varga, a ferry captain, said she is unsure the pier will hold. “We need more time,” she said.', quote: 'We need more time', speaker: 'Lee Varga', source: 'she', how: 'pronoun' },
  { behaviour: 'a name given as an example of the subject ("workers like X recognized") is not the subject a later pronoun continues (isExampleOfSubject)', text: 'The dockers, Tomas Varga writes, lived on tips. Dock workers like Alan Reed recognized that they had to fight “both the owners and the law,” he writes.', quote: 'they had to fight', speaker: 'Tomas Varga', source: 'he', how: 'pronoun' },
  { behaviour: '"it" continues the "it" that spoke the sentence before, not a name in its object (itContinuesIt)', text: 'Northline Ferries did not say whether it agreed. In a letter sent on Monday, Northline Ferries wrote to passengers it is "talking daily" with Bluefin Yards to mend the hull. It also asked them to book the later sailings. Sailings that it said "may not run" included the night boat.', quote: 'may not run', speaker: 'Northline Ferries', source: 'it', how: 'it-organization' },
  { behaviour: 'a speech product\'s owner speaks, a description resolved like any other ("according to the union\'s Friday release") (possessedProductOwner)', text: 'The Harbour Workers Union won the vote on Friday. The union will represent all cooks at both shops, according to the union\'s Friday release.', quote: 'will represent all cooks', speaker: 'Harbour Workers Union', source: 'the union', how: 'according-to' },
  { behaviour: 'the same before the cue ("The union\'s release said") (productOwner)', text: 'The Harbour Workers Union won the vote on Friday. The union\'s release said it will represent all cooks.', quote: 'it will represent all cooks', speaker: 'Harbour Workers Union', source: 'The union', how: 'described-source' },
  { behaviour: 'a name after a verb with an adverbial object ("responded a few minutes later when X scored") is in no reported clause, so a subject a description can stand for (opensObject)', text: 'Tomas Varga and Alan Reed scored for the Hawks. Varga gave the Hawks more insurance with a goal after the break. Northfield responded a few minutes later when Reed recorded his first goal. “I will have a little smile,” said the rookie defenceman.', quote: 'I will have a little smile', speaker: 'Alan Reed', source: 'the rookie defenceman', how: 'inverted-description' },
  { behaviour: '"Given" opening a sentence is no name, so the subject after it is the one a later pronoun continues (NON_NAME_CAPS)', text: 'Jane Holloway, whose boat had sunk, sold her house because she feared the flood.\n\nGiven his stated views, Nadia Varga, president of Harbour Rights League, is hopeful Tomas Reed might be more receptive to Holloway’s plea.\n\n“Our hope is that the new minister will follow through,” she said in an interview.', quote: 'Our hope is', speaker: 'Nadia Varga', source: 'she', how: 'pronoun' },
  { behaviour: '"it" to a name with no sign of a person', text: 'Northline Ferries said the morning crossing was cancelled. It also said that the evening boats would run late.', quote: 'the evening boats would run late', speaker: 'Northline Ferries', source: 'It', how: 'it-organization' },
  // a pronoun two people fit, subject and object of one clause in its sentence or the one before, is a guess
  // (pronouns.ts, ambiguousPair): `guessed`, its confidence under what the site states as fact (0.65: "source
  // uncertain"); the guess is one of the two, never a speaker further back
  { behaviour: 'a bare surname two people named in full share is a guess, the one named in full last (sharedSurnameGuesses)', text: 'Harbour councillor Tomas Varga opposed the ferry plan. His sister, councillor Anna Varga, backed it. "We rarely agree," Varga said.', quote: 'We rarely agree', speaker: 'Anna Varga', source: 'Varga', guessed: true },
  { behaviour: '…though the first holder is the one the name finder gave the surname to (sharedSurnameGuesses, newestRival)', text: 'Jane Holloway told the council that the quay had flooded twice this spring. Her brother, Piet Holloway, a retired pilot, said the new pier was "a disgrace." Holloway said its posts were too thin.', quote: 'its posts were too thin', speaker: 'Piet Holloway', source: 'Holloway', guessed: true },
  { behaviour: '…and the "he said" that continues it is a guess too, the holder a "he" fits (sharedSurnameGuesses)', text: 'Harbour councillor Tomas Varga opposed the ferry plan. His sister, councillor Anna Varga, backed it. Varga spoke last. He said the vote should wait.', quote: 'the vote should wait', speaker: 'Tomas Varga', source: 'He', guessed: true },
  { behaviour: 'but not one the story kept giving one of them since the other was named', text: 'Tomas Varga opposed the plan. His sister, Anna Varga, backed it.\n\nVarga spoke on Monday. Varga spoke again on Tuesday, and Varga said the vote should wait.', quote: 'the vote should wait', speaker: 'Tomas Varga', source: 'Varga', guessed: false },
  { behaviour: 'a name after a kinship noun is a person of its gender, whom the "he" after it is (kinBefore)', text: 'Ferryman Tomas Quayle said he had worked the harbour for 30 years. His son, Brannoc Quayle, stood nearby. He said he had not decided whether to follow him.', quote: 'he had not decided', speaker: 'Brannoc Quayle', source: 'He' },
  { behaviour: 'and a "she" goes to the woman a kinship noun names, not to a name of no known kind (kinBefore)', text: 'Harbour Rovers rejected a bid for Brannoc Quayle. His agent, who is also his mother, Morwen Quayle, wants the move. Speaking to the newspaper Quay Morrow on Wednesday, she said her son had "given everything" to the club.', quote: 'her son had', speaker: 'Morwen Quayle', source: 'she' },
  { behaviour: '"it" to the organisation that spoke, never a term capitalised only by its letter prefix (isLetterPrefixedTerm)', text: 'The Harbour Water Office said that levels of the impurity, N-quaylamine, were four times the limit. It said residents should keep boiling their water.', quote: 'keep boiling', speaker: 'Harbour Water Office', source: 'It', how: 'it-organization' },
  { behaviour: '…nor a name of no known kind after it in the same stretch (lastOrganisationBefore)', text: 'The Harbour Water Office said that levels of the impurity, Quaxine, were four times the limit. It said residents should keep boiling their water.', quote: 'keep boiling', speaker: 'Harbour Water Office', source: 'It', how: 'it-organization' },
  { behaviour: '"the company" to the business named, never to a guild named after it (isBusinessFor)', text: 'The Guild of Harbour Bakers is seeking a 9 percent rise from Kellmill Foods, which has offered 3 percent. "Our wages have been cut," said Olga Brenn, general secretary of the guild. The company said in a statement that its offer was "generous."', quote: 'its offer was', speaker: 'Kellmill Foods', source: 'The company' },
  { behaviour: '…and with no business named, an unnamed company of its own (isBusinessFor)', text: 'The Guild of Harbour Bakers is seeking a 9 percent rise. "Our wages have been cut," said Olga Brenn, general secretary of the guild. The company said in a statement that its offer was "generous."', quote: 'its offer was', speaker: 'company', source: 'The company' },
  { behaviour: 'an object pronoun ending an adjective\'s phrase is inside the source, not its head (endsAdjectivePostmodifier)', text: 'The Harbour Rovers captain has stayed silent in public, but a source close to him said he had been "hurt" by the coach.', quote: 'he had been', speaker: 'source close to him', source: 'a source close to him' },
  { behaviour: 'a pronoun after subject and object of its own sentence is a guess', text: 'Tomas Varga later joined Alan Reed at the pier, where he told families that the pumps would arrive by nightfall.', quote: 'the pumps would arrive', speaker: 'Alan Reed', source: 'he', how: 'pronoun', guessed: true },
  { behaviour: 'a pronoun after subject and object of the sentence before is a guess', text: 'Mayor Jane Holloway met Ruth Anselm in September. She described the meeting as "useful, if long."', quote: 'the meeting as', speaker: 'Jane Holloway', source: 'She', how: 'pronoun', guessed: true },
  { behaviour: 'a pronoun continuing a guessed one is a guess too', text: 'Mayor Jane Holloway met Ruth Anselm in September. She described the meeting as "useful, if long." She said the talks would go on.', quote: 'the talks would go on', speaker: 'Jane Holloway', source: 'She', how: 'pronoun', guessed: true },
  { behaviour: 'the guess is one of the pair, not the speaker before them', text: 'Councillor Omar Pelta said the river was "ours." Peter Varga later met Alan Reed at the hotel. He told reporters that the mood had been "exhausted but honest."', quote: 'the mood had been', speaker: 'Peter Varga', source: 'He', how: 'pronoun', guessed: true },
  { behaviour: 'a surname alone opening its sentence is one of a pair', text: 'Varga later embraced Alan Reed, the ferry captain, who first reported the leak. He said afterwards that the day had been long.', quote: 'the day had been long', speaker: 'Alan Reed', source: 'He', how: 'pronoun', guessed: true },
  { behaviour: 'no guess when gender tells the two apart', text: 'Mayor Jane Holloway met Tomas Varga in September. She described the meeting as "useful, if long."', quote: 'the meeting as', speaker: 'Jane Holloway', source: 'She', how: 'pronoun', guessed: false },
  { behaviour: 'no guess when the other is a possessor ("X\'s spokeswoman, Y")', text: 'Tomas Varga spoke first. Harbourline\'s spokeswoman, Jane Holloway, was more cautious. "The pier is a first step," she said.', quote: 'The pier is a first step', speaker: 'Jane Holloway', source: 'she', how: 'pronoun', guessed: false },
  { behaviour: 'no guess when the other is the subject of a reported clause', text: 'Tomas Varga said Alan Reed would resign. He added that the vote was close.', quote: 'the vote was close', speaker: 'Tomas Varga', source: 'He', how: 'pronoun', guessed: false },
  { behaviour: 'a pronoun after one who reports meeting or talking to another is a guess (reportsOwnAct)', text: 'Varga said he had spoken to Alan Reed after the vote. He said the ferry would not be sold this year.', quote: 'the ferry would not be sold', speaker: 'Varga', source: 'He', how: 'pronoun', guessed: true },
  { behaviour: '…but not one who reports some other act on the other (reportsOwnAct, ENCOUNTER_VERBS)', text: 'Varga said he had begun to question Alan Reed after the vote. He said the ferry would not be sold this year.', quote: 'the ferry would not be sold', speaker: 'Varga', source: 'He', how: 'pronoun', guessed: false },
  // number: a name whose cue agrees with it in the plural is "they", never "he" (pluralByVerb)
  { behaviour: 'a singular pronoun is never a name its verb shows as plural', text: 'Regulars tell the story of the storm. He said the oven “smoked like a factory.”', quote: 'smoked like a factory', speaker: null, source: null, how: 'unresolved' },
  { behaviour: '"they" is a name its verb shows as plural', text: 'At the bakery, regulars tell the story of the storm. Varga, they say, baked bread all night.', quote: 'baked bread all night', speaker: 'regulars', source: 'they', how: 'pronoun' },
  { behaviour: 'a surname ending in "s" with a singular verb is still a "he"', text: 'Peters says the pier is closed. He said it would open in May.', quote: 'it would open in May', speaker: 'Peters', source: 'He', how: 'pronoun' },
  // a body's description ("the union", "the council", "police") stands only for an organisation so named (NAMED_BODY_HEADS)
  { behaviour: '"the union" is never the company named before it', text: 'Harbourline said profits fell. The union said the plant had been profitable as recently as last year.', quote: 'the plant had been profitable', speaker: 'union', source: 'The union', how: 'described-source' },
  { behaviour: '"the group" is the group named before it (NAMED_BODY_HEADS)', text: 'The Quay Tenants Group held a meeting on Friday. The group said rents had doubled since the spring.', quote: 'rents had doubled', speaker: 'Quay Tenants Group', source: 'The group', how: 'described-source' },
  { behaviour: '…but not past another group introduced since (otherBodySince)', text: 'The Quay Tenants Group held a meeting on Friday. A trade group for the landlords sent a letter. The group said rents were fair for the harbour.', quote: 'rents were fair', speaker: 'group', source: 'The group', how: 'described-source' },
  { behaviour: '"the foundation" is the foundation named before it, one speaker', text: 'The Harbour Heart Foundation said the results were good. The foundation said it would ask every hospital to include a walking plan.', quote: 'it would ask every hospital', speaker: 'Harbour Heart Foundation', source: 'The foundation', how: 'described-source' },
  // an unnamed person introduced as a source is the "he" after it when no one named fits (coref.ts, unnamedPerson)
  { behaviour: 'a pronoun to an unnamed person introduced as a source', text: 'The river rose all night. At the pier, one rescuer, who asked not to be named, said some residents had refused to leave. "We asked them to come back in an hour because they were packing," he said.', quote: 'We asked them to come back', speaker: 'one rescuer', source: 'he', how: 'pronoun' },
];

/** Any verb framing a quotation is a cue (cues.ts, isFramingVerb): the rows of CASES with verbs no lexicon lists. */
const FRAMING_CASES: Row[] = [
  { how: 'inverted-cue', text: '“The fish were braver than the crew,” deadpanned Tomas Varga, who skippers the tug.', quote: 'The fish were braver', speaker: 'Tomas Varga', source: 'Tomas Varga' },
  { how: 'pronoun', text: 'Jane Holloway left the stage. “We are not finished with this council,” she scolded.', quote: 'We are not finished', speaker: 'Jane Holloway', source: 'she' },
  { how: 'participle', text: 'Jane Holloway blushed and stammered, “The prize should go to the whole choir.”', quote: 'The prize should go', speaker: 'Jane Holloway', source: 'Jane Holloway' },
];

describe('a verb framing a quotation is a cue', () => {
  it.each(FRAMING_CASES)('$how: $text', (row) => {
    const a = analyze(row.text);
    const q = quoteOf(a, row.quote);
    expect(q?.how).toBe(row.how);
    expect(nameOf(a, q?.speaker)).toBe(row.speaker);
    expect(q?.source?.text ?? null).toBe(row.source);
  });
  it('a title in an apposition, its comma inside the marks, is nobody\'s quote (isScareQuote)', () => {
    const a = analyze('Tomas Varga, the host of the radio show “Harbour Hour,” said in an interview that the ferry was late. “We waited for hours,” he added.');
    expect(a.quotes.map((q) => q.text)).toEqual(['the ferry was late', 'We waited for hours,']);
  });
  it('a quotation in a name\'s apposition keeps its own marks: the name\'s own words are one quote, the report after them another', () => {
    for (const [text, verb] of [
      ['Ruth Anselm, the sailor who shouted “we will sail again tomorrow and every day after,” said in an interview that the harbour would reopen.', 'shouted'],
      ['Tomas Varga, who once told reporters “the bridge will never open in my lifetime,” said on Monday that the harbour would reopen.', 'told'],
    ] as const) {
      const a = analyze(text);
      const words = text.slice(text.indexOf('“') + 1, text.indexOf('”'));
      const name = text.slice(0, text.indexOf(','));
      expect(a.quotes.map((q) => [q.text, q.kind, nameOf(a, q.speaker), q.cue])).toEqual([[words, 'direct', name, verb], ['the harbour would reopen', 'indirect', name, 'said']]);
    }
  });
  it('an infinitive after "declined to" or "wants to" is no speech', () => {
    expect(analyze('Mayor Jane Holloway declined to say whether the ferry would be sold.').quotes).toEqual([]);
    expect(analyze('Mayor Jane Holloway wants to add that the ferry will be sold.').quotes).toEqual([]);
  });
  it('but a verb inside the narration is no cue', () => {
    expect(analyze('The council voted on Tuesday and the bridge opened in May.').quotes).toEqual([]);
  });
});

describe('coreference of sources, one row per behaviour', () => {
  it.each(COREF_CASES)('$behaviour: $text', (row) => {
    const a = analyze(row.text);
    const q = quoteOf(a, row.quote);
    expect(q, `no quote with "${row.quote}" in ${JSON.stringify(a.quotes.map((x) => x.text))}`).toBeDefined();
    expect(nameOf(a, q!.speaker)).toBe(row.speaker);
    expect(q!.source?.text ?? null).toBe(row.source);
    if (row.how) expect(q!.how).toBe(row.how);
    if (row.guessed !== undefined) expect(q!.confidence < 0.65, `confidence ${q!.confidence}`).toBe(row.guessed);
    const sp = a.speakers.find((s) => s.id === q!.speaker);
    if (row.speaker === null) expect(sp).toBeUndefined();
    else expect(sp?.named).toBe(/^\p{Lu}/u.test(row.speaker));
  });
});

/** Not speech: a cue verb with a noun object or an adverbial reports nothing (no quote at all). */
const NOT_SPEECH: { behaviour: string; text: string; words: string }[] = [
  { behaviour: 'a noun object of "announced"', text: 'The council announced a new parking policy for the harbour district on Monday.', words: 'parking policy' },
  { behaviour: 'a noun object of "announced" ends at its comma (endsObject)', text: 'When Tomas Varga announced his bid last spring, Jane Holloway was running the harbour board.', words: 'his bid' },
  { behaviour: 'a noun object of "claimed" with no finite verb before its comma (CLAUSE_OR_OBJECT_LEMMAS)', text: 'Jane Holloway claimed the Harbour seat early on Friday, defeating Tomas Varga, who had held it for years.', words: 'seat' },
  { behaviour: 'an adverbial after "responded"', text: 'Northfield replied just an hour later when Tomas Varga docked the second boat.', words: 'an hour later' },
  { behaviour: 'an adverbial after "responded" whose clause has an ordinal after a determiner (isClauseAuxiliary)', text: 'The Harbour Hawks responded a few days later when Tomas Varga opened his first shop on the pier.', words: 'a few days later' },
  { behaviour: 'a contrast before a cue in commas is an adverbial, as a preposition is (opensContrast)', text: 'Rather than a bridge that would take ten years to build, asks Harbour Weekly editor Jane Holloway, “would a floating dock not cost less?”', words: 'a bridge that would take' },
  { behaviour: '"instead of" too (opensContrast, CONTRAST_PREPOSITIONS)', text: 'Mayor Jane Holloway spoke first. Instead of a pier that floods every spring, she said, the town needs a sea wall.', words: 'a pier that floods' },
  { behaviour: 'a lead-in before a cue that ends its paragraph in a colon is narration: the quotation after it is what was said', text: 'Tomas Varga spoke after the race.\n\nLater, speaking of the young crews on the quay, he added:\n\n"They have never lost."', words: 'the young crews' },
  { behaviour: 'a cue whose subject follows "than" is a comparison\'s standard, not a report (isComparisonStandard)', text: 'A claim that the fares are lower than the Harbour Board says they are could sway the vote.', words: 'sway the vote' },
  { behaviour: 'a participle clause after a comma is no described subject of "states" (opensParticipleClause)', text: 'The county has leaned left for a decade, mirroring the habits of Far Coastal states.', words: 'leaned left' },
  { behaviour: 'a scare quote beside someone\'s speech', text: '“The deck is sound,” Mayor Jane Holloway said. The council still put up a “do not jump” sign by the old deck.', words: 'do not jump' },
  // American style puts the narration's comma inside the closing mark: it does not make the phrase a sentence of speech
  { behaviour: 'a scare quote with the narration\'s comma inside its marks (isScareQuote)', text: 'Mayor Jane Holloway said the ferry would run all winter. The old boats, “floating relics,” will be sold in May.', words: 'floating relics' },
  // and the sentence's full stop inside the marks after one word that a preposition governs (afterPreposition)
  { behaviour: 'a one-word term after a preposition, the full stop inside its marks (isScareQuote)', text: 'Ruth Anselm wrote in a note that the ferry loss was “smaller than feared.” She kept her rating on the shares at “hold.”', words: 'hold' },
  { behaviour: 'a modifier and a plural after "report" are its noun object, no subject and verb (isModifiedPluralObject)', text: 'The Quay Trust will report annual results on March 3.', words: 'annual results' },
  { behaviour: 'a noun object of "added"', text: 'The Harbour Choir added another concert to its summer season.', words: 'another concert' },
  { behaviour: 'a verbless object of a cue not known to take one (hasClauseVerb)', text: 'Mayor Jane Holloway denied reports of a secret deal on the new ferry route.', words: 'secret deal' },
  { behaviour: 'a plural noun object is no verb (isFiniteVerb)', text: 'The harbour engineer noted changes in the tide along the north pier this spring.', words: 'changes in the tide' },
  { behaviour: 'the title of a work (isTitleOfWork)', text: 'Mayor Jane Holloway spoke at the opening. The night ended with “The Boy Who Sailed the Harbour,” a film about the old port.', words: 'The Boy Who Sailed' },
  { behaviour: 'a show\'s title after a quote of its guest (isTitleOfWork)', text: '“The tolls will stay low,” Mayor Jane Holloway said on “Harbour Talk Tonight.”', words: 'Harbour Talk Tonight' },
  { behaviour: 'a denied act of speech (isNegated)', text: 'Mayor Jane Holloway has not said the bridge would close in winter.', words: 'the bridge would close' },
  { behaviour: 'a denied act of speech, contracted (isNegated)', text: 'The harbour board didn’t say the ferries would be late.', words: 'the ferries would be late' },
  { behaviour: 'a relative "that" after a weak cue form used as a noun (opensWeakClause)', text: 'Ministers from the member states that have ferries met on Monday.', words: 'have ferries' },
  { behaviour: 'a hypothetical with a generic "you" (isHypothetical)', text: 'Mayor Jane Holloway spoke first. When you say the ferry is late, people get angry.', words: 'the ferry is late' },
  { behaviour: 'a continuation after an aside with a subject of its own (hasOwnSubject)', text: 'Tomas Varga runs the ferry. The tolls are often too high, he says, and he was upset by the vote.', words: 'he was upset' },
  { behaviour: 'a continuation after an aside that is only a verb group is a fragment of the clause before (isBareVerbGroup)', text: 'The new ferry had been ordered a month earlier, the harbour report said, but had not arrived.', words: 'had not arrived' },
  { behaviour: 'a capitalised "That" in a title after a weak cue (opensWeakClause)', text: 'Jane Holloway wrote a cookbook. One recipe is simply called The Pie That Won The Fair.', words: 'Won The Fair' },
  { behaviour: 'a request with no object before its "to" is the speaker\'s own, not a reported directive (directiveFrom)', text: 'A deckhand, who asked not to be named because he was not allowed to talk to reporters, said the crane had failed twice.', words: 'not to be named' },
  { behaviour: 'a possessive after "call" is no object taking a complement (complementFrom)', text: 'Tomas Varga called his former boss on Thursday night to offer thanks.', words: 'former boss' },
  { behaviour: 'a cue form after a possessive is a noun (isVerbUse)', text: 'Tomas Varga drowned in June. The coroner’s report would later blame the storm for his death.', words: 'blame the storm' },
  { behaviour: 'a bare cue form in a noun phrase is no verb (isFiniteVerb)', text: 'The ice was too thin for the trucks, said the winter road report.', words: 'the winter road report' },
  { behaviour: 'a plural noun in a preposition\'s phrase is no verb (inPrepositionPhrase)', text: 'The harbour board’s chart suggests a fall in members for youth sailing clubs.', words: 'youth sailing clubs' },
  { behaviour: 'a cue form after a determiner and an adverb is an adjective (isAdverbModifier)', text: 'The previously announced absence of Mayor Jane Holloway means the board will not meet.', words: 'the board will not meet' },
  { behaviour: 'and so is the noun after it (isModifiedNoun)', text: 'Her widely reported claims that the pier was unsafe were wrong.', words: 'the pier was unsafe' },
  { behaviour: 'a pronoun after a weak cue that takes objects is its object ("posted it")', text: 'The person who posted it was widely condemned.', words: 'widely condemned' },
  { behaviour: 'a question word after a cue noun\'s preposition opens no reported clause (pronounClauseAfterPhrase)', text: 'Jane Holloway takes notes on what she should be doing at the harbour.', words: 'she should be doing' },
  { behaviour: 'a subordinator after a cue\'s preposition opens a clause of its own, no reported one (pronounClauseAfterPhrase)', text: 'Tomas Varga replied with a grin as he tied up the boat.', words: 'he tied up the boat' },
  { behaviour: '"called" after a noun, then a title, names a thing (namesAWork)', text: 'Tomas Varga spoke first. The company sold a boat called "Harbour Gull" that had been moored at the pier.', words: 'Harbour Gull' },
  { behaviour: 'a question put to the speaker before an aside is the reporter\'s, not the speaker\'s (QUESTION_PUT_PARTICIPLES)', text: 'Tomas Varga said the pier could reopen in a month. Asked whether crews could do the work themselves, he said, "Not yet."', words: 'Asked whether' },
  { behaviour: 'a title that closed the sentence before is not the words of the next cue, which reports a clause of its own (quoteBefore)', text: 'Protesters wore shirts printed with the slogan "Small Harbour, Big Voice." Mayor Jane Holloway said the march was peaceful.', words: 'Small Harbour' },
  { behaviour: 'a noun object of a cue in a "whose" clause, the main verb after its comma (openingRelativeComma, mainVerbComma)', text: 'HARBOURTON — Tomas Varga, a chemist whose experiments revealed a new class of salts, died on Friday at his home.', words: 'new class of salts' },
  { behaviour: 'a title right after a verb that makes works names the work (namesAWork)', text: 'Ruth Anselm spoke on Monday. She wrote “The Long Night at the Old Harbour Inn” in 2019.', words: 'The Long Night' },
  { behaviour: 'a title after a cue earlier in its sentence is nobody\'s words (same-sentence, isTitleOfWork)', text: 'The mayor called “Harbour Days” a success.', words: 'Harbour Days' },
  { behaviour: 'a verbless phrase before "according to"', text: 'The outcome, according to a survey of harbour clubs, is mixed.', words: 'The outcome' },
  { behaviour: 'a participle right before a finite verb is its subject, a noun (isGerundSubject)', text: 'The Harbour Gazette\'s ferry reporting is supported by the Quay Trust.', words: 'is supported by' },
];

describe('not speech, one row per behaviour', () => {
  it.each(NOT_SPEECH)('$behaviour: $text', (row) => {
    expect(analyze(row.text).quotes.filter((q) => q.text.includes(row.words))).toEqual([]);
  });
  it.each([
    ['a plural present after a pronoun', 'Tomas Varga spoke for the crews. He said they plan to strike in June.', 'they plan to strike in June'],
    ['a plural present after a plural noun', 'Mayor Jane Holloway said the ferries run late in winter.', 'the ferries run late in winter'],
    ['a contraction', 'Mayor Jane Holloway said it’s too late to change the plan.', 'it’s too late to change the plan'],
    ['a finite verb after the noun phrase of "claimed" (CLAUSE_OR_OBJECT_LEMMAS)', 'Mayor Jane Holloway claimed the ferry plan violated the harbour charter.', 'the ferry plan violated the harbour charter'],
    ['a verb in -s after the plural noun of a preposition\'s phrase', 'Mayor Jane Holloway said the price of fuel for fishing boats rises every winter.', 'the price of fuel for fishing boats rises every winter'],
  ])('but keeps a clause with %s', (_name, text, quote) => {
    expect(analyze(text).quotes.map((q) => q.text)).toContain(quote);
  });
  it('still reports a clause after the same verbs', () => {
    const a = analyze('The council announced that the bridge would open in May.');
    expect(a.quotes.map((q) => q.text)).toEqual(['the bridge would open in May']);
  });
});

/**
 * A quotation in the apposition of the name before "said that …" (ownWordsVerb): the name's own words when a verb of
 * speech whose subject is "who" reports it and it holds a clause; else a title or a nickname, or someone else's words,
 * which title-apposition gives no one. `verb`: the cue of the name's own words, null when they are not.
 */
const APPOSED_QUOTES: { behaviour: string; text: string; quote: string; verb: string | null; titleOrNickname?: true }[] = [
  { behaviour: 'a verb of speech after "who", a clause inside', text: 'Ruth Anselm, the sailor who shouted “we will sail again tomorrow and every day after,” said in an interview that the harbour would reopen.', quote: 'we will sail again', verb: 'shouted' },
  { behaviour: 'a colon between the verb and the quotation', text: 'Ruth Anselm, the sailor who shouted: “we will sail again tomorrow and every day after,” said in an interview that the harbour would reopen.', quote: 'we will sail again', verb: 'shouted' },
  { behaviour: 'an adverb between "who" and the verb', text: 'Ruth Anselm, who famously yelled “the tide waits for no one, and neither do we,” said on Monday that the harbour would reopen.', quote: 'the tide waits', verb: 'yelled' },
  { behaviour: 'a nickname after "known as"', text: 'Ruth Anselm, the sailor known as “Gull,” said in an interview that the harbour would reopen.', quote: 'Gull', verb: null, titleOrNickname: true },
  { behaviour: 'a long title in title case, after "who wrote"', text: 'Ruth Anselm, who wrote “The Long Night at the Old Harbour Inn,” said in an interview that the harbour would reopen.', quote: 'The Long Night', verb: null },
  { behaviour: 'a title, then a clause with a tensed verb and no "that" (holdsTensedVerb); no later rule links the title', text: 'Ruth Anselm, who wrote “The Long Night at the Old Harbour Inn,” said the harbour would reopen.', quote: 'The Long Night', verb: null, titleOrNickname: true },
  { behaviour: 'what a name is called holds no clause', text: 'Ruth Anselm, who called it “the best harbour in the world,” said in an interview that the harbour would reopen.', quote: 'the best harbour', verb: null },
  { behaviour: 'a verb of speech with no clause inside: a phrase it quotes', text: 'Ruth Anselm, who praised “the quiet courage of the old harbour crews,” said in an interview that the harbour would reopen.', quote: 'the quiet courage', verb: null },
  { behaviour: 'a title in title case, even one that opens with a clause', text: 'Ruth Anselm, who touted “I’m Still Sailing Home,” said in an interview that the harbour would reopen.', quote: 'Still Sailing Home', verb: null, titleOrNickname: true },
  { behaviour: 'a verb whose subject is not "who": the crew\'s words', text: 'Ruth Anselm, whose crew shouted “we will sail again tomorrow and every day after,” said in an interview that the harbour would reopen.', quote: 'we will sail again', verb: null },
  { behaviour: 'a verb whose subject is not "who": someone else\'s words', text: 'Ruth Anselm, whom critics accused of “running the harbour into the ground,” said in an interview that the harbour would reopen.', quote: 'running the harbour', verb: null },
];

describe('a quotation in a name\'s apposition, one row per behaviour', () => {
  it('reads a clause after the cue as what the name said, never as an inverted description that speaks', () => {
    // "said the book took nine years" holds a tensed verb: a clause, not a speaker called "the book took nine years"
    const a = analyze('Ruth Anselm, author of “Harbour Lights,” said the book took nine years.');
    expect(a.speakers.map((sp) => sp.name)).toEqual(['Ruth Anselm']);
    const q = quoteOf(a, 'the book took nine years');
    expect([q?.text, nameOf(a, q?.speaker)]).toEqual(['the book took nine years', 'Ruth Anselm']);
  });
  it.each(APPOSED_QUOTES)('$behaviour: $text', (row) => {
    const a = analyze(row.text);
    const q = quoteOf(a, row.quote);
    if (row.verb) {
      expect([q?.how, q?.cue, nameOf(a, q?.speaker)]).toEqual(['title-apposition', row.verb, 'Ruth Anselm']);
    } else if (row.titleOrNickname) expect(q, 'a title or a nickname is nobody\'s quote').toBeUndefined();
    else expect(q?.how).not.toBe('title-apposition');
    const reported = quoteOf(a, 'the harbour would reopen');
    expect([reported?.text, reported?.how, nameOf(a, reported?.speaker)]).toEqual(['the harbour would reopen', 'title-apposition', 'Ruth Anselm']);
  });
});

/**
 * What a cue reports (src/analysis/attribution/content.ts): one row per rule, the exact text of the quote it must
 * give and its kind.
 */
const CONTENT_CASES: { rule: string; text: string; quote: string; kind: 'direct' | 'indirect' | 'mixed' }[] = [
  { rule: 'clause before the cue, the sentence closed by its full stop (onlyClosingPunctuation)', text: 'The ferry will stop running in winter, Tomas Varga said.', quote: 'The ferry will stop running in winter', kind: 'indirect' },
  { rule: 'a cue that reported nothing does not bound the clause before the next one (lastRegionEndBefore)', text: 'The ferry crews will continue to sail through the storm, the harbour board said.', quote: 'The ferry crews will continue to sail through the storm', kind: 'indirect' },
  { rule: 'a capitalised contraction opening the clause is its verb (isFiniteVerb)', text: 'That’s the main reason for the delay, according to the harbour board.', quote: 'That’s the main reason for the delay', kind: 'indirect' },
  { rule: 'a cue set off by commas reports the clause before it (aside)', text: 'Tomas Varga runs the clinic. The pills have few uses, he says, and should be taken only briefly.', quote: 'The pills have few uses', kind: 'indirect' },
  { rule: 'and the continuation after its "and" (aside)', text: 'Tomas Varga runs the clinic. The pills have few uses, he says, and should be taken only briefly.', quote: 'and should be taken only briefly', kind: 'indirect' },
  { rule: 'an aside before a "that" clause (aside)', text: 'It was on the mayor’s watch, Tomas Varga said, that the ferries stopped.', quote: 'It was on the mayor’s watch', kind: 'indirect' },
  { rule: 'a cue after a subordinator is part of the clause, not its end (clauseEndFrom)', text: 'Mayor Jane Holloway said the critics are wrong when they say the ferry is unsafe.', quote: 'the critics are wrong when they say the ferry is unsafe', kind: 'indirect' },
  { rule: 'a noun or object pronoun completes the addressee: the article after it opens the clause (endsAddressee)', text: 'Mayor Jane Holloway told reporters the ferry would run all winter.', quote: 'the ferry would run all winter', kind: 'indirect' },
  { rule: '…and "her" before an addressee noun is its possessive (endsAddressee)', text: 'Mayor Jane Holloway told her supporters the ferry would run all winter.', quote: 'the ferry would run all winter', kind: 'indirect' },
  { rule: 'a "that" after an adverbial phrase of a skipped word ("in a statement late Friday") (findThat)', text: 'Tomas Varga said in a statement late Friday that the ferry would run.', quote: 'the ferry would run', kind: 'indirect' },
  { rule: 'a bare cue form inside the phrase is a noun ("in a blog post") (findThat)', text: 'Mayor Jane Holloway said in a blog post on Monday that the vote was rigged.', quote: 'the vote was rigged', kind: 'indirect' },
  { rule: 'a weak cue reports the clause of its "that" (opensWeakClause)', text: 'Mayor Jane Holloway stated that the ferries would run late.', quote: 'the ferries would run late', kind: 'indirect' },
  { rule: 'a directive: the "to" infinitive after the object (directiveFrom)', text: 'Mayor Jane Holloway urged residents to conserve water over the weekend.', quote: 'to conserve water over the weekend', kind: 'indirect' },
  { rule: 'the source phrase of "according to" runs to its comma past a name that modifies its noun (nounPhraseEnd)', text: 'According to a harbour board report, the north pier has lost a third of its moorings.', quote: 'the north pier has lost a third of its moorings', kind: 'indirect' },
  { rule: '…and past a participle and its date (nounPhraseEnd)', text: 'According to a survey released Tuesday, most ferry riders drive to the dock.', quote: 'most ferry riders drive to the dock', kind: 'indirect' },
  { rule: 'a directive with its negation (directiveFrom)', text: 'The harbour board advised boat owners never to sail alone in winter.', quote: 'never to sail alone in winter', kind: 'indirect' },
  { rule: 'a date after "on" or "in" between the cue and its clause (skipAdverbs)', text: 'The ferry is late. Mayor Jane Holloway said on Friday the ferry would run.', quote: 'the ferry would run', kind: 'indirect' },
  { rule: 'what "describe … as" says of its object (complementFrom)', text: 'Mayor Jane Holloway described the toll plan as a costly mistake.', quote: 'a costly mistake', kind: 'indirect' },
  { rule: 'what "call" says of a pronoun object (complementFrom)', text: 'Tomas Varga voted for the tolls. He now calls it a rookie mistake.', quote: 'a rookie mistake', kind: 'indirect' },
  { rule: 'a "that" after a long phrase past the addressee (findThat)', text: 'Mayor Jane Holloway told a crowd of about two hundred ferry workers gathered at the old harbour hall that the strike was over.', quote: 'the strike was over', kind: 'indirect' },
  { rule: 'the clause of a cue whose subject comes after it ends before that subject (clauseEndFrom)', text: 'Having announced that he would not close the pier, Judge Alan Reed went on to set the tolls.', quote: 'he would not close the pier', kind: 'indirect' },
  { rule: '"her" and a plural noun before its verb open the clause (opensClause)', text: 'The harbour police said her injuries were not life-threatening.', quote: 'her injuries were not life-threatening', kind: 'indirect' },
  { rule: 'a weak cue that takes no noun object reports the clause a subject pronoun opens (CLAUSAL_WEAK_LEMMAS)', text: 'The Harbour Youth Council stated in July it opposed the pipeline.', quote: 'it opposed the pipeline', kind: 'indirect' },
  { rule: 'a short phrase after the cue before a subject pronoun and its verb ("said on reflection she …") (pronounClauseAfterPhrase)', text: 'Ruth Anselm said on reflection she thinks the vote was a mistake.', quote: 'she thinks the vote was a mistake', kind: 'indirect' },
  { rule: '…and a generic "you" with its verb opens it as well ("said in the end you have to …") (pronounClauseAfterPhrase)', text: 'Mayor Jane Holloway said in the end you have to trust the crews.', quote: 'you have to trust the crews', kind: 'indirect' },
  { rule: 'a dateline opening the paragraph is nobody\'s words: the quotation after it is direct (datelineEndAt)', text: 'PORTMERE, Nov. 20 — "You treated the harbour fund as your own bank account," Judge Alan Reed told the treasurer on Friday.', quote: 'You treated the harbour fund as your own bank account,', kind: 'direct' },
  { rule: '…with an agency in brackets, or no date (datelineEndAt)', text: 'PORTMERE, Nov 20 (Harbour Wire) — "We were surprised by how large the effect was," said Dr. Ruth Anselm.', quote: 'We were surprised by how large the effect was,', kind: 'direct' },
  { rule: '…and a reported clause before a sentence-final cue starts after it (reportClauseBefore)', text: 'KELDERHAVEN (Harbour Wire) — Ice covered the bay for just 41 days last winter, the harbour agency said on Friday.', quote: 'Ice covered the bay for just 41 days last winter', kind: 'indirect' },
  { rule: '…or the place alone before the dash (datelineEndAt)', text: 'NORTH PORTMERE — “People think I do this for the fish,” Tomas Varga said.', quote: 'People think I do this for the fish,', kind: 'direct' },
  { rule: 'a cue form after an auxiliary inside the clause is its verb, no new report (continuesClause)', text: 'Tomas Varga said nobody had complained.', quote: 'nobody had complained', kind: 'indirect' },
  { rule: '…and a cue form after it is no cue either (continuesClause)', text: 'Dr. Ruth Anselm said the group had given step counters to 200 ferry crews.', quote: 'the group had given step counters to 200 ferry crews', kind: 'indirect' },
  { rule: 'a participle after a verb of aspect continues the clause (continuesClause, ASPECT_VERBS)', text: 'Ruth Anselm, sitting on a camp bed, said her youngest kept asking when they could go home.', quote: 'her youngest kept asking when they could go home', kind: 'indirect' },
  { rule: 'a plural possessive\'s apostrophe is no quotation mark: the clause runs past it (isPossessiveApostrophe)', text: 'The Harbour Crews\' Union said that it had paid and that members\' pensions would continue to be paid in full.', quote: 'it had paid and that members\' pensions would continue to be paid in full', kind: 'indirect' },
  { rule: 'an aside set off by commas before another cue that frames a quotation reports nothing: the quotation is the second cue\'s (opensOtherReport)', text: 'At the meeting, a colleague recalled, Tomas Varga asked, "Is there any pier where this has worked?"', quote: 'Is there any pier where this has worked?', kind: 'direct' },
  { rule: 'the clause ends before a noun phrase that the next cue\'s clause modifies (subjectPhraseStart)', text: 'Harbour officials said the next race would start in Portmere itself, a choice Tomas Varga called "symbolic, and also practical."', quote: 'the next race would start in Portmere itself', kind: 'indirect' },
  { rule: '…and before the coordinator and the role that lead into the next speaker\'s name (subjectPhraseStart)', text: 'The harbour board said the council had "sold the pier for a photograph," and its chair, Ruth Anselm, said she would demand a vote.', quote: 'the council had "sold the pier for a photograph,"', kind: 'mixed' },
  { rule: 'a clause that opens with its verb after an aside keeps its subject before the aside (subjectBeforeAside)', text: 'Harbour Master Ruth Anselm said crews had rescued 64 people. The main concern now, she said, was a second band of heavy rain.', quote: 'The main concern now, she said, was a second band of heavy rain', kind: 'indirect' },
  { rule: 'a plural subject in -s before an aside is the clause\'s own, not a clause of its own (subjectBeforeAside)', text: 'Ruth Anselm is a park ranger. Night patrols, she argued, were "the only thing that works."', quote: 'Night patrols, she argued, were "the only thing that works."', kind: 'mixed' },
  { rule: 'a cue form heading the subject before an aside is its noun, no cue (headsAsideSubject)', text: 'Tomas Varga spoke on Monday. Ferry estimates, he added, were "far too low."', quote: 'Ferry estimates, he added, were "far too low."', kind: 'mixed' },
  { rule: 'an adverb of time between the cue and its "that" (SKIP_BEFORE_CLAUSE)', text: 'The hearing ended at noon. Tomas Varga said afterwards that the hearing had been fair.', quote: 'the hearing had been fair', kind: 'indirect' },
  { rule: 'a cue inside a relative clause set off by commas reports up to the comma before the main verb (mainVerbComma)', text: 'The ferry plan, which officials said will cost $4 million, was approved on Monday.', quote: 'will cost $4 million', kind: 'indirect' },
  { rule: '…whatever rule found its source (mainVerbComma)', text: 'Dr. Ruth Anselm, who led a study suggesting that ferry crews sleep badly, was not available for comment.', quote: 'ferry crews sleep badly', kind: 'indirect' },
  { rule: '…but a relative clause that ends its sentence runs on past the commas inside it (mainVerbComma)', text: 'Tomas Varga criticised the toll plan, which he said would leave crews, especially the young ones, out of work.', quote: 'would leave crews, especially the young ones, out of work', kind: 'indirect' },
  { rule: '…and that cue reports its own clause (quoteBefore)', text: 'Protesters wore shirts printed with the slogan "Small Harbour, Big Voice." Mayor Jane Holloway said the march was peaceful.', quote: 'the march was peaceful', kind: 'indirect' },
  { rule: 'an approximator before a figure opens the clause, no "said about" topic (opensClause)', text: 'Harbour Master Ruth Anselm said deputies had knocked on doors. She said about 200 residents had refused to leave.', quote: 'about 200 residents had refused to leave', kind: 'indirect' },
  { rule: 'a form in -s after a figure is the noun it counts, no cue that ends the clause (isCountedNoun)', text: 'Dr. Ruth Anselm, a vet at the Quay Clinic, said her practice had received more than 90 calls since Monday.', quote: 'her practice had received more than 90 calls since Monday', kind: 'indirect' },
  { rule: 'a participle after a form of "be" continues the clause (continuesClause, PROGRESSIVE_AUXILIARIES)', text: 'Its president, Jane Holloway, said ferry crews had been warning about the brakes for years.', quote: 'ferry crews had been warning about the brakes for years', kind: 'indirect' },
  { rule: 'a person noun before the addressee\'s name is its role, not the clause\'s start (personNounAsRole)', text: 'Senator Ada Quill told host Tomas Varga she believed the bridge would open.', quote: 'she believed the bridge would open', kind: 'indirect' },
  { rule: 'the first object of "told" is its addressee, listed or not, before the clause after an aside (bareAddresseeEnd)', text: 'Tomas Varga runs the ferry. Over the winter, he told investors, the ferry had carried 900 cars.', quote: 'the ferry had carried 900 cars', kind: 'indirect' },
  { rule: 'a cue followed only by a phrase of circumstance reports the clause before it (isAdverbialTail)', text: 'Ticket sales rose to 4,000 in May, from 3,000 a year earlier, the harbour board said in a statement.', quote: 'Ticket sales rose to 4,000 in May, from 3,000 a year earlier', kind: 'indirect' },
  { rule: '…and so is one whose addressee and time lead into an adverbial clause (isAdverbialTail, ADVERBIAL_SUBORDINATORS)', text: 'The captain sailed into the storm, a harbour inspector told jurors on Monday as the hearing opened in Quay.', quote: 'The captain sailed into the storm', kind: 'indirect' },
  { rule: 'a passive cue with its agent inside a reported clause continues it (continuesClause)', text: 'A deckhand, who asked not to be named, said crews had been told by the harbour board not to log the delays.', quote: 'crews had been told by the harbour board not to log the delays', kind: 'indirect' },
  { rule: 'the clause before "according to" is the one an earlier cue reported past its time phrase and "that" (reportEndingAt)', text: 'Tomas Varga was told by the harbour board on Monday evening that the bid had been rejected, according to a statement from the Quay Trust.', quote: 'the bid had been rejected', kind: 'indirect' },
  { rule: 'clause before the cue, closed by a question mark', text: 'Mayor Jane Holloway spoke first. Is the bridge worth the money, she asks?', quote: 'Is the bridge worth the money', kind: 'indirect' },
];

describe('what a cue reports, one row per rule', () => {
  it.each(CONTENT_CASES)('$rule: $text', (row) => {
    const a = analyze(row.text);
    expect(a.quotes.map((q) => [q.text, q.kind])).toContainEqual([row.quote, row.kind]);
  });
  it('but an adverbial before an aside is no clause ("If elected, she said, …")', () => {
    const a = analyze('Mayor Jane Holloway spoke first. If elected, she said, she would cut the tolls.');
    expect(a.quotes.map((q) => q.text)).toEqual(['she would cut the tolls']);
  });
});

describe('speakers are named or described', () => {
  it('marks a proper name named and a description not', () => {
    const a = analyze('Senior officials said the bridge would open in May. Mayor Jane Holloway said it would not.');
    expect(a.speakers.find((s) => s.name === 'Senior officials')?.named).toBe(false);
    expect(a.speakers.find((s) => s.name === 'Jane Holloway')?.named).toBe(true);
  });
  it('reads a group noun capitalised by opening its sentence as a description, a party\'s name as a name', () => {
    const a = analyze('The bridge closed on Monday.\n\nOfficials said the repairs would take a month.\n\nDemocrats said the delay was avoidable.');
    expect(a.speakers.map((s) => [s.name, s.kind, s.named])).toEqual([['Officials', 'group', false], ['Democrats', 'group', true]]);
  });
  it('resolves a definite role noun to the named person who has that role ("the mayor")', () => {
    const a = analyze('Mayor Jane Holloway opened the bridge on Monday. The mayor said the tolls would be low.');
    const q = quoteOf(a, 'the tolls would be low');
    expect(nameOf(a, q?.speaker)).toBe('Jane Holloway');
    expect(a.speakers.find((s) => s.id === q?.speaker)?.named).toBe(true);
    expect(q?.source?.text).toBe('The mayor');
  });
});

/**
 * What a name is and of what kind: one row per rule of mentions.ts, sentence-openers.ts and entities.ts. `speakers`
 * lists every speaker the text must give, as name/kind/aliases; `quote` and `speaker` (optional) name the speaker of
 * one quote.
 */
const NAME_KIND_CASES: { rule: string; text: string; speakers: [string, string, string[]][]; quote?: string; speaker?: string | null; roles?: [string, string | null][] }[] = [
  { rule: 'a name ending in a street word is a place (streetName)', text: 'Harbour police said a van had crashed on Quayside Road. One driver said the road was icy. "We could not stop," he said.', speakers: [['Harbour police', 'organization', []], ['one driver', 'person', ['driver']]], quote: 'We could not stop', speaker: 'one driver' },
  { rule: 'a street that reports stands for the office there, as "Downing Street said" does (reportsAsStreet)', text: 'Harbour Street said the talks would resume. The fares beat Harbour Street estimates.', speakers: [['Harbour Street', 'organization', []]], quote: 'the talks would resume', speaker: 'Harbour Street' },
  { rule: 'a name after an article and a noun that classes it ("the newspaper") is an organisation, and so is the same name later (orgClassifierBefore, namedOrganisation)', text: 'Speaking to the newspaper Quay Morrow on Wednesday, Tomas Varga said the pier was safe. Quay Morrow later reported that the pier had closed.', speakers: [['Quay Morrow', 'organization', []], ['Tomas Varga', 'person', ['Varga']]], quote: 'the pier had closed', speaker: 'Quay Morrow' },
  { rule: 'a first name and a street word are a person (streetName)', text: 'Nathan Lane said the pier was safe.', speakers: [['Nathan Lane', 'person', ['Lane']]] },
  { rule: 'a capitalised plural opening a sentence before a preposition is no name (pluralCommonNounAtStart)', text: 'Readings from the Harbour Tide Agency show the water rose 2 metres in 1998.', speakers: [['Harbour Tide Agency', 'organization', []]] },
  { rule: 'the same before a plural verb: a described source, not a name (pluralCommonNounAtStart)', text: 'Records say the harbour lost 40 boats.', speakers: [['Records', 'group', []]], quote: 'the harbour lost 40 boats', speaker: 'Records' },
  { rule: 'a group noun opening a sentence stays a group (pluralCommonNounAtStart)', text: 'Officials are angry. Officials said the quota was too low.', speakers: [['Officials', 'group', []]], quote: 'the quota was too low', speaker: 'Officials' },
  { rule: 'a name ending in a business word is an organisation without a surname alias (BUSINESS_NAME_WORDS)', text: 'Quayside Properties said in a statement that the rent was fair.', speakers: [['Quayside Properties', 'organization', []]] },
  { rule: 'the first word of such a name alone is that organisation (shortOrgName)', text: 'Harbourmill Foods reported a drop in profit. Harbourmill said it would cut prices.', speakers: [['Harbourmill Foods', 'organization', ['Harbourmill']]], quote: 'it would cut prices', speaker: 'Harbourmill Foods' },
  { rule: 'a name ending in a club\'s plural noun is an organisation (TEAM_NAME_WORDS)', text: 'Northfield Rovers said in a statement that the goalkeeper was in hospital.', speakers: [['Northfield Rovers', 'organization', []]] },
  { rule: 'a club before a role before a name is the person\'s role, and he is the "he" after it (TEAM_NAME_WORDS)', text: '"It hurts," Tomas Varga said. Rovers coach Alan Reed was angry. He called the decision "a lottery."\n\nNorthfield Rovers said the goalkeeper was in hospital.', speakers: [['Tomas Varga', 'person', ['Varga']], ['Alan Reed', 'person', ['Reed']], ['Northfield Rovers', 'organization', ['Rovers']]], quote: 'a lottery', speaker: 'Alan Reed' },
  { rule: 'an organisation\'s name after a clause takes its "the" into the source, which ends no clause (withArticle)', text: 'The ferry will stop running in winter, the Harbour Board said.', speakers: [['Harbour Board', 'organization', []]], quote: 'The ferry will stop running in winter', speaker: 'Harbour Board' },
  { rule: '"and" between capitalised words before a head is inside one organisation\'s name (andInOrgName)', text: 'The river froze for 41 days, the Harbour Meteorological and Hydrological Agency said on Friday.', speakers: [['Harbour Meteorological and Hydrological Agency', 'organization', []]], quote: 'The river froze for 41 days', speaker: 'Harbour Meteorological and Hydrological Agency' },
  { rule: 'a name that took "for" after its head goes on over "and" (orgOf)', text: 'The Centres for Harbour Safety and Prevention said the pier was safe.', speakers: [['Centres for Harbour Safety and Prevention', 'organization', []]], quote: 'the pier was safe', speaker: 'Centres for Harbour Safety and Prevention' },
  { rule: 'words after a head\'s "for" or "and" that could open a role still name the organisation (orgPhraseTail)', text: 'The Institute for Public Tides said the river would rise. The Coalition for Piers and Public Safety said the ferry was late.', speakers: [['Institute for Public Tides', 'organization', []], ['Coalition for Piers and Public Safety', 'organization', []]], quote: 'the ferry was late', speaker: 'Coalition for Piers and Public Safety' },
  { rule: 'a guild is an organisation\'s head, and its name goes on over "and" (ORG_HEADS, orgOf)', text: 'The Guild of Ferrymen and Harbour Pilots said its members would strike.', speakers: [['Guild of Ferrymen and Harbour Pilots', 'organization', []]], quote: 'its members would strike', speaker: 'Guild of Ferrymen and Harbour Pilots' },
  { rule: 'a role adjective and a capitalised word before a role noun and a name are her role, no person (isAdjectiveTitledWord)', text: 'Former Quayside defender Tomas Varga, now a coach, said the pitch was wet.', speakers: [['Tomas Varga', 'person', ['Varga']]], quote: 'the pitch was wet', speaker: 'Tomas Varga' },
  { rule: 'a title word that is also a first name, after a role noun, is the first name (isTitleFirstName)', text: 'Former Quayside captain Dean Holloway, now a pundit, said the pitch was wet.', speakers: [['Dean Holloway', 'person', ['Holloway']]], quote: 'the pitch was wet', speaker: 'Dean Holloway' },
  { rule: 'a job noun opening the sentence before a full name is her role (isJobBeforeName)', text: 'Sailor Jane Holloway said she had crossed the harbour for 30 years.', speakers: [['Jane Holloway', 'person', ['Sailor Jane Holloway', 'Holloway']]] },
  { rule: 'a person noun after "to" is a verb, no role: the person is still "the candidate" (personNounAsRole)', text: 'The pier will host Tomas Varga on Monday. "The tolls are fair," the candidate said.', speakers: [['Tomas Varga', 'person', ['Varga']]], quote: 'The tolls are fair', speaker: 'Tomas Varga' },
  { rule: 'a head later in the run that took "of" goes on over "and" too (headTookOfOrFor)', text: 'The United Harbour Society of Dock and Quay Workers said the ferry would run.', speakers: [['United Harbour Society of Dock and Quay Workers', 'organization', []]], quote: 'the ferry would run', speaker: 'United Harbour Society of Dock and Quay Workers' },
  { rule: 'but not into "the" and a second organisation\'s name (headTookOfOrFor)', text: 'The Harbour Federation of Pilots and the Quay Ferry Association said the ferry would run.', speakers: [['Harbour Federation of Pilots', 'organization', []], ['Quay Ferry Association', 'organization', []]] },
  { rule: 'two organisations joined by "and" stay two (CONNECTOR)', text: 'The Harbour Gazette and the Quay Herald said the ferry was late.', speakers: [['Harbour Gazette', 'organization', []], ['Quay Herald', 'organization', []]] },
  { rule: 'titles joined by "and" are one role (CONNECTOR, TITLE_OR_ROLE)', text: 'Former Harbour Gov. and Port Authority Chairman Tomas Varga said the pier was safe.', speakers: [['Tomas Varga', 'person', ['Former Harbour Gov. and Port Authority Chairman Tomas Varga', 'Varga']]], quote: 'the pier was safe', speaker: 'Tomas Varga' },
  { rule: 'but not after an acronym (andInOrgName)', text: 'The fares rose, the HPA and Quay Ferry Agency said.', speakers: [['HPA', 'organization', []], ['Quay Ferry Agency', 'organization', []]] },
  { rule: 'an inverted description\'s post-modifier runs over a possessive (postmodifiedEnd)', text: '“The ferry will run,” said a person familiar with the harbour board\'s plans.', speakers: [['person familiar with the harbour board\'s plans', 'unknown', []]], quote: 'The ferry will run', speaker: 'person familiar with the harbour board\'s plans' },
  { rule: 'a noun in -ly is a description\'s head, no adverb (lyAdverbForm)', text: 'A person close to the family said the ferry was late.', speakers: [['person close to the family', 'unknown', []]], quote: 'the ferry was late', speaker: 'person close to the family' },
  { rule: 'the noun alone after a description it opened with a post-modifier is that source again (shortenedDescription)', text: 'A source familiar with the talks said the deal was near. The source said the fares would rise.', speakers: [['source familiar with the talks', 'unknown', []]], quote: 'the fares would rise', speaker: 'source familiar with the talks' },
  { rule: 'but not after a compound ("campaign manager") (DESCRIPTION_POSTMOD_OPENERS)', text: 'A campaign manager said the pier was safe. The campaign said the tolls were fair.', speakers: [['campaign manager', 'unknown', []], ['campaign', 'organization', []]], quote: 'the tolls were fair', speaker: 'campaign' },
  { rule: 'a plural possessive inside an organisation\'s name (pluralPossessiveInName)', text: 'The Harbour Transit Workers\' Union said the ferry would run.', speakers: [['Harbour Transit Workers\' Union', 'organization', []]], quote: 'the ferry would run', speaker: 'Harbour Transit Workers\' Union' },
  { rule: 'a noun before a post-modifier heads the description, whatever the phrase ends in (postmodified)', text: 'A person close to the club said the pitch was wet. People familiar with the talks said the deal was near.', speakers: [['person close to the club', 'unknown', []], ['People familiar with the talks', 'group', []]], quote: 'the pitch was wet', speaker: 'person close to the club' },
  { rule: 'a name ending in a noun a number designates, before the number, is a craft, no person (numberedThing)', text: 'Harbour Air Flight 22 crashed near Quay in May. A spokesman for the Friends of Flight 22 said the group would meet lawyers.', speakers: [['spokesman for the Friends of Flight 22', 'unknown', []]], quote: 'the group would meet lawyers', speaker: 'spokesman for the Friends of Flight 22' },
  { rule: 'a dateline\'s place is a place, neither a speaker nor the "it" of a later sentence (datelinePlace)', text: 'PORTMERE, May 2 (Wire) — The report, by the Office for Harbour Works, found that 40 percent of piers needed repair. It said the main cause was years of underfunding.', speakers: [['Office for Harbour Works', 'organization', []]], quote: 'the main cause was years of underfunding', speaker: 'Office for Harbour Works' },
  { rule: 'a plural noun after "the" and a name, before an auxiliary, is what the name modifies, no organisation\'s verb (pluralNounAfterName)', text: 'Floods in the Quay lowlands are rising, the Harbour Board said.', speakers: [['Harbour Board', 'organization', []]], quote: 'Floods in the Quay lowlands are rising', speaker: 'Harbour Board' },
  { rule: 'a saint\'s possessive before words ending in a head is inside the organisation\'s name (saintPossessiveInName)', text: 'The ferryman was taken to St Aldo\'s Hospital on Monday. Saint Ives\'s Church said it would hold a vigil.', speakers: [['St Aldo\'s Hospital', 'organization', []], ['Saint Ives\'s Church', 'organization', []]], quote: 'it would hold a vigil', speaker: 'Saint Ives\'s Church' },
  { rule: '"the hospital" stands for the hospital named before, no speaker of its own (NAMED_BODY_HEADS)', text: 'The ferryman was taken to Harbour General Hospital. The hospital said in a statement that it had opened 40 extra beds.', speakers: [['Harbour General Hospital', 'organization', []]], quote: 'it had opened 40 extra beds', speaker: 'Harbour General Hospital' },
  { rule: 'a capitalised group noun, "for a" and capitalised words name a campaign group (campaignNameAfter)', text: 'Neighbours for a Quiet Harbour said the pier would block the view. Lawyers for the Harbour Board said the case was weak.', speakers: [['Neighbours for a Quiet Harbour', 'organization', []], ['Harbour Board', 'organization', []], ['Lawyers for the Harbour Board', 'group', []]], quote: 'the pier would block the view', speaker: 'Neighbours for a Quiet Harbour' },
  { rule: 'words ending in a business\'s word, "and" and one more business\'s word are one firm (businessWordsJoined)', text: 'Quayside Terminals and Logistics, which runs the pier\'s four berths, has offered 4.5 percent. Quayside said the offer was final.', speakers: [['Quayside Terminals and Logistics', 'organization', ['Quayside']]], quote: 'the offer was final', speaker: 'Quayside Terminals and Logistics' },
  { rule: 'a role apposition the sentence\'s end closes is her role, and her evidence of a person: "the company" is not she (sentenceEndOfApposition, opensRoleApposition)', text: '"We will win," said Orla Vantree, general secretary of the dockers\' union. The company said the offer was final.', speakers: [['Orla Vantree', 'person', ['Vantree']], ['company', 'organization', []]], quote: 'the offer was final', speaker: 'company', roles: [['Orla Vantree', 'general secretary of the dockers\' union']] },
  { rule: 'the same after a person\'s role at an organisation or for one (sentenceEndOfApposition)', text: '"Growth will slow," said Edda Morrow, chief economist at Harbour Bank. "No comment," said Tomas Varga, a spokesman for the Quay Authority.', speakers: [['Edda Morrow', 'person', ['Morrow']], ['Harbour Bank', 'organization', []], ['Tomas Varga', 'person', ['Varga']], ['Quay Authority', 'organization', []]], roles: [['Edda Morrow', 'chief economist at Harbour Bank'], ['Tomas Varga', 'spokesman for the Quay Authority']] },
  { rule: 'an apposition headed by a noun for a body makes the name an organisation\'s (appositionKind)', text: '"It is unfair," said Quaywatch, a legal advocacy group.', speakers: [['Quaywatch', 'organization', []]], quote: 'It is unfair', speaker: 'Quaywatch' },
  { rule: 'single words joined by "and" before a business\'s word, or after a noun for a firm, are one firm (firmNameEnd)', text: 'Quay and Harbour Ferries said the new route would carry 90,000 passengers a year. The law firm Holloway and Varga said the fares were fair. Orrin, Blake and Partners said the deal was fair.', speakers: [['Quay and Harbour Ferries', 'organization', []], ['Holloway and Varga', 'organization', []], ['Orrin, Blake and Partners', 'organization', []]], quote: 'the fares were fair', speaker: 'Holloway and Varga' },
];

describe('what a name is and of what kind, one row per rule', () => {
  it.each(NAME_KIND_CASES)('$rule: $text', (row) => {
    const a = analyze(row.text);
    const sorted = (xs: [string, string, string[]][]) => [...xs].sort((x, y) => x[0].localeCompare(y[0]));
    expect(sorted(a.speakers.map((s) => [s.name, s.kind, s.aliases]))).toEqual(sorted(row.speakers));
    if (row.quote !== undefined) expect(nameOf(a, quoteOf(a, row.quote)?.speaker)).toBe(row.speaker);
    for (const [name, role] of row.roles ?? []) expect(a.speakers.find((s) => s.name === name)?.role).toBe(role);
  });
});
