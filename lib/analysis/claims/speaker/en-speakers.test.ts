import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../lexicon';
import { segmentSentences } from '../segment';
import { SpeakerTracker } from './index';
import { speakersByParagraph } from './speakers-of-paragraphs';

function speakers(text: string): Array<string | null> {
  const tracker = new SpeakerTracker(lexiconFor('en'), 'en', false);
  return segmentSentences(text, 'en').map((sentence) => tracker.speakerOf(sentence.text));
}

describe('English speakers: openers before the comma, notes, the writer\'s "I", titles', () => {
  it('an adverb, a wh-word or a participle opening the sentence before its comma is no speaker', () => {
    expect(speakers('Again, the intelligence, the inspectors have said they cannot confirm this.')).toEqual([null]);
    expect(
      speakers('Whenever a programmer thinks, "Hey, skins, what a cool idea", their computer should crash.'),
    ).toEqual([null]);
    expect(
      speakers('True, the seller, who said that they came from his collection, also told me they were real.'),
    ).toEqual([null]);
    expect(
      speakers('Asked if the absence of a tariff application meant there would be no increase, he said it did not.'),
    ).toEqual([null]);
  });

  it('a label heading a quoted note is no speaker, nor the person a later pronoun means', () => {
    expect(
      speakers('Note: "The survey covers 42.5 million loans. Loans surveyed were reported by 120 lenders."').every(
        (speaker) => speaker === null,
      ),
    ).toBe(true);
  });

  it('the writer\'s own "I" after a conjunction is nobody quoted ("And I said", "But I’ve also said")', () => {
    expect(speakers('And I said the big question was whether Kerry could win.')).toEqual([null]);
    expect(speakers('But I’ve also said that calling him anti-war misses the mark.')).toEqual([null]);
  });

  it('a title inside a run of capitalised words leads to the full name after it ("Sony CEO Kenichiro Yoshida")', () => {
    expect(speakers('Sony CEO Kenichiro Yoshida said the console was the best place to play.')).toEqual([
      'Kenichiro Yoshida',
    ]);
    expect(speakers('Broward Superintendent Robert Runcie said the school was safe.')).toEqual(['Robert Runcie']);
    expect(speakers('Prime Minister Gordon Brown said it would pass.')).toEqual(['Gordon Brown']);
  });

  it('the one spoken with, right before a participle of saying, is not its subject; the clause opener is', () => {
    expect(
      speakers(
        'Kenichiro Yoshida has now shut the rumours down when speaking with the Independent saying: "Our console is the best place to play."',
      ),
    ).toEqual(['Kenichiro Yoshida']);
    // "with Keegan admitting": a preposition alone, with no verb of talking, makes the name the participle's subject.
    expect(
      speakers('There may be a role for him at the club, with Keegan admitting he will not return as manager.'),
    ).toEqual(['Keegan']);
  });
});

describe('English speakers: surnames with asides, members of organizations, media spoken to', () => {
  it('a known surname with an aside before its verb is the subject a later "she" means', () => {
    expect(
      speakersByParagraph(
        [
          'Ellen Fetter showed up at MIT in much the same fashion.',
          '“He carried a lot in his head,” she said.',
          'Mission Control had to make a quick choice: land or abort.',
          'Fetter, for her part, continued to program at Florida State.',
          '“After a couple of job interviews, I said forget it,” she said.',
        ],
        'en',
      ).at(-1),
    ).toBe('Ellen Fetter');
  });

  it('a name inside a quotation is no antecedent of the pronoun attributing it', () => {
    expect(
      speakersByParagraph(
        [
          '“This is important,” said John Fa, a professor at Manchester Metropolitan University.',
          '“Indigenous Peoples have long recognized the importance of these lands,” he said.',
        ],
        'en',
      ),
    ).toEqual(['John Fa', 'John Fa']);
  });

  it('a name between an article and a member noun is an organization "the company" may mean', () => {
    expect(
      speakersByParagraph(
        [
          'The price was matched at QFC stores last week.',
          'A Whole Foods spokeswoman declined to comment on pricing. Whole Foods plans 300 such promotions. The company also said it was lowering prices across the store.',
        ],
        'en',
      ).at(-1),
    ).toBe('Whole Foods');
  });

  it('a known surname after a long opening phrase is the one a description closing a quotation means', () => {
    expect(
      speakersByParagraph(
        [
          'Well, current star and future Mr. Ariana Grande, Pete Davidson, wasn’t having any of it.',
          'Chevy Chase has a long history of taking bites of his career with his mouth.',
          'Appearing on The Howard Stern Show (via PageSix) to talk about his fiancé, Davidson held nothing back.',
          '“He’s a douchebag,” the 24-year-old comic said.',
        ],
        'en',
      ).at(-1),
    ).toBe('Pete Davidson');
  });

  it('the medium spoken to before a participle of saying is not its subject; the pronoun opening the clause is', () => {
    expect(
      speakersByParagraph(['Jane Smith is a nurse.', 'She spoke to Sky News, saying the hospital was full.'], 'en'),
    ).toEqual([null, 'Jane Smith']);
    expect(speakers('The minister spoke to the BBC, saying the deal would hold.')).toEqual([null]);
  });

  it('"feels" linking its subject to how it seems ("it feels more sluggish") is no view held; before a clause it is', () => {
    expect(
      speakersByParagraph(['You’ll need to rev it hard.', 'With just 98bhp, it feels more sluggish too.'], 'en').at(-1),
    ).toBeNull();
    expect(
      speakersByParagraph(
        ['Jane Smith said she was tired.', 'She felt the plan was wrong.', 'She felt like a winner.'],
        'en',
      ),
    ).toEqual(['Jane Smith', 'Jane Smith', null]);
  });
});

describe('English pronoun antecedents', () => {
  function paragraphs(...blocks: string[][]): Array<string | null> {
    const tracker = new SpeakerTracker(lexiconFor('en'), 'en', false);
    return blocks.flatMap((sentences, block) => sentences.map((sentence) => tracker.speakerOf(sentence, block)));
  }

  it('"he" skips a group that spoke since for the person named speaking last ("Con Edison officials say")', () => {
    expect(
      paragraphs(
        ['“People think it’s all protected,” said Patrick McHugh, vice president of planning for Con Edison.'],
        ['For days after a storm, Con Edison officials say, they often deal with scores of electrical fires.'],
        [
          'To alleviate the threat, the officials said, the utility switched its manhole covers, “so gas escapes,” Mr. McHugh said.',
        ],
        ['“It also lets smoke escape,” he added.'],
      ).at(-1),
    ).toBe('Patrick McHugh');
  });

  it('a name in a relative clause after the subject is no antecedent of the next "he"', () => {
    expect(
      paragraphs(
        ['Mr Anderson, who quit Future Publishing in 2001 and now runs TED, had previously taken the witness box.'],
        ['He proudly told the jury how his daughter had been days away from flying out.'],
      ).at(-1),
    ).toBe('Anderson');
  });

  it('a name with a managing director\'s title is whom the next "he says" means', () => {
    expect(
      paragraphs(
        ['I spoke to a tired but delighted Chris Sheen, MD of Musks Newmarket Sausage.'],
        ['"I made my first application 10 years ago," he says.', '"It went backwards and forwards for years.'],
      ).slice(1),
    ).toEqual(['Chris Sheen', 'Chris Sheen']);
  });

  it('"it" with an auxiliary or adverb before its verb is the organization, or the document that spoke last', () => {
    expect(
      paragraphs(
        ['Uber has been strenuously defending its surge pricing in the wake of accusations.'],
        ['It has now promised the state of New York that it will cap its surge prices.'],
      ).at(-1),
    ).toBe('Uber');
    expect(
      paragraphs(
        ['The report says the government is not doing enough.'],
        ['It suggests that recent reforms could weaken courses at UK universities.'],
      ).at(-1),
    ).toBe('the report');
  });
});

describe('English speakers: particular groups, papers filed, findings', () => {
  it('a group made particular by what restricts it is the source after "according to" and before its verb', () => {
    expect(speakers('The firm lost money, according to people familiar with the matter.')).toEqual([
      'people familiar with the matter',
    ]);
    expect(speakers('Bush, according to officials familiar with the issue, will be in Riyadh on the 15th.')).toEqual([
      'officials familiar with the issue',
    ]);
    expect(speakers('The talks stalled, according to two people briefed on them.')).toEqual([
      'two people briefed on them',
    ]);
    expect(speakers('People familiar with the matter said the firm lost money.')).toEqual([
      'People familiar with the matter',
    ]);
  });

  it('a group with its qualifiers, or with the body it is of, is the source; people unrestricted are nobody in particular', () => {
    expect(speakers('About 50 people were wounded, according to officials.')).toEqual(['officials']);
    expect(speakers('According to senior administration officials, the plan was dropped.')).toEqual([
      'senior administration officials',
    ]);
    // "U.S." is a qualifier of the group, not a name of its own, and its full stop ends nothing.
    expect(speakers('The plan was dropped, according to U.S. officials.')).toEqual(['U.S. officials']);
    expect(speakers('Officials in Broward County announced that they have 10,000 cameras.')).toEqual([
      'Officials in Broward County',
    ]);
    expect(speakers('The plan was dropped, according to many people.')).toEqual([null]);
    expect(speakers('Many people said the plan was dropped.')).toEqual([null]);
    expect(speakers('According to reports, the man fled.')).toEqual([null]);
  });

  it('a function word or contraction before the group is no qualifier of it', () => {
    expect(speakers('That’s what people in the Pentagon told me.')).not.toEqual(['That’s what people in the Pentagon']);
  });

  it('a paper filed or posted says what it claims, as a report does', () => {
    expect(speakers('The complaint alleges that the company misled its investors.')).toEqual(['the complaint']);
    expect(speakers('The post says a law firm has been hired.')).toEqual(['the post']);
    expect(speakers('Nevarez PR said the singer was recovering. The post says a law firm has been hired.').at(-1)).toBe(
      'Nevarez PR',
    );
  });

  it('a finding stated with its complementizer names who found it', () => {
    expect(speakers('In channel checks, UBS found that the average store saw 20 more buyers.')).toEqual(['UBS']);
    expect(speakers('Police found the car two miles away.')).toEqual([null]);
    // "assert" stays out of the reporting verbs: its infinitive ("credible for Wesley Clark to assert that …") is no report.
    expect(speakers('It is no longer credible for Wesley Clark to assert that he had one position.')).toEqual([null]);
  });
});

describe('English speakers: views and charges of groups, headed sentences, open quotations', () => {
  it('a plural subject holds a view or makes a charge in the present ("believe", "accuse")', () => {
    expect(speakers('Greenpeace believe that the new plant will pollute the river.')).toEqual(['Greenpeace']);
    expect(speakers('Most Venezuelans accuse the government of hiding the figures.')).toEqual(['Venezuelans']);
  });

  it('a concern held with the copula is a view of the subject\'s ("is concerned", "are worried")', () => {
    expect(speakers('The Press Council is concerned that the new law would crush reporting.')).toEqual([
      'Press Council',
    ]);
    expect(speakers('Officials are worried about the number of fighters crossing the border.')).toEqual(['Officials']);
  });

  it("who speaks in a sentence a person's name and a colon head, described and not named, is that person", () => {
    expect(
      speakersByParagraph(
        [
          'Lou Clancy: Now editor of the Daily Star, Clancy met him at a noisy bar in 1990.',
          'Piers Hall: The current director of the film festival said the hat said it all.',
        ],
        'en',
      ).at(-1),
    ).toBe('Piers Hall');
    // A speaker the words after the colon name keeps the sentence.
    expect(
      speakersByParagraph(['Mary Jones: Council leader Peter Hall said the vote on the bridge was final.'], 'en').at(
        -1,
      ),
    ).toBe('Peter Hall');
  });

  it('"has alleged" with its auxiliary is a charge made, the adjective "alleged" is none', () => {
    expect(speakers('Ms. Harper has alleged her manager stole the royalties.')).toEqual(['Harper']);
    expect(speakers('The alleged theft was reported on Monday.')).toEqual([null]);
  });

  it('a reporting verb inside a quotation opened with a straight quote and left open is part of what is quoted', () => {
    expect(
      speakersByParagraph(
        [
          'Maria Lopez: Now the owner of the bakery, Lopez opened it in 1990.',
          '"I\'ve owned the shop for twenty years. When I opened it, Peter Hall told me the rent would ruin me.',
        ],
        'en',
      ).at(-1),
    ).toBe('Maria Lopez');
    // A straight quotation closed before the verb leaves the verb outside it.
    expect(speakers('"The rent will ruin you," Peter Hall told the new owner of the bakery.')).toEqual(['Peter Hall']);
  });
});

describe('English speakers: names after titles, initials, currencies', () => {
  it('a name after an honorific or title, set off by commas before the verb, is its subject ("The Chief Secretary, Mr L.M. Goyal, said")', () => {
    expect(speakers('The Chief Secretary, Mr L.M. Goyal, said there would not be any dearth of foodgrains.')).toEqual([
      'L.M. Goyal',
    ]);
    expect(speakers('The Chief Secretary, Mr Goyal, said there would be food.')).toEqual(['Goyal']);
    expect(
      speakers('The Commissioner, Ambala division, Mr Maha Singh, said a Rs 100-crore project had been submitted.'),
    ).toEqual(['Maha Singh']);
  });

  it('initials inside a run of capitalised words are part of the name ("George W. Bush", "Commissioner T.R. Sharma")', () => {
    expect(speakers('President George W. Bush said the war was over.')).toEqual(['George W. Bush']);
    expect(speakers('Commissioner T.R. Sharma said the stamps would stay.')).toEqual(['T.R. Sharma']);
  });

  it('a capitalised word before a figure is its currency or unit, not the subject after the verb ("said a Rs 100-crore project")', () => {
    expect(speakers('Officials in the division, however, said a Rs 100-crore project had been submitted.')).toEqual([
      null,
    ]);
  });
});

describe('English speakers: genders and titles', () => {
  it('an honorific before a surname alone tells whom a later "she" or "he" means ("Mrs Rosin", "Mr Smith")', () => {
    expect(
      speakersByParagraph(['Mrs Rosin wrote a book.', 'Mr Smith read it.', 'She said the end is nigh.'], 'en').at(-1),
    ).toBe('Rosin');
    expect(
      speakersByParagraph(['Mr Smith wrote a book.', 'Mrs Rosin read it.', 'He said the end is nigh.'], 'en').at(-1),
    ).toBe('Smith');
  });

  it('a verb capitalised after a capitalised word inside a parenthesis ends a title, and reports nothing', () => {
    expect(speakers('The video I was involved in (Sh*t Astronomers Say) has so far got over 5,000 hits.')).toEqual([
      null,
    ]);
  });
});

describe('English speakers: subjects shared by coordinated verbs and participles', () => {
  it('a verb after "and" or "but" shares the subject opening the sentence, not the first verb\'s object', () => {
    expect(
      speakersByParagraph(
        [
          'Harry Redknapp has denied that the slump is real.',
          'Redknapp will lose Kanu, John Utaka and Sulley Muntari but is adamant it is not already having an influence.',
        ],
        'en',
      ).at(-1),
    ).toBe('Harry Redknapp');
  });

  it('a sentence opening on a subordinate clause has no subject its coordinated verbs share', () => {
    expect(
      speakers('If the Israeli Administration wants peace, the terms contain the details and proposed a plan.'),
    ).toEqual([null]);
  });

  it('a participle of saying after a comma has the subject opening the sentence, not a name in the object', () => {
    expect(
      speakers(
        'The Thomas Nelson publishing company has decided to cease publication of David Barton’s book, The Jefferson Lies, saying it has “lost confidence in the book’s details.”',
      ),
    ).toEqual(['Thomas Nelson']);
  });

  it('a verb capitalised after a capitalised adverb is a word of a title in title case', () => {
    expect(
      speakers(
        'The firm will cease publication of the book, The Jefferson Lies: Exposing the Myths You’ve Always Believed about Thomas Jefferson.',
      ),
    ).toEqual([null]);
  });

  it('"the spokesman" after an unnamed spokesman spoke goes on with them, not with the person named before', () => {
    expect(
      speakersByParagraph(
        [
          'Harry Potter has topped the lists.',
          '"It has been a year," a spokesman for the retailer said.',
          '"It has been great," the spokesman added.',
        ],
        'en',
      ),
    ).toEqual([null, 'spokesman for the retailer', 'spokesman for the retailer']);
    expect(
      speakersByParagraph(
        [
          'Harry Potter has topped the lists.',
          '"It has been a year," the Daily Snack quoted a spokesman for the online retailer, as saying.',
          '"It has been great," the spokesman added.',
        ],
        'en',
      ),
    ).toEqual([null, 'spokesman for the online retailer', 'spokesman for the online retailer']);
  });
});

describe('German speakers: "spricht von", abbreviated adverbs', () => {
  const germanSpeakers = (text: string) => {
    const tracker = new SpeakerTracker(lexiconFor('de'), 'de', false);
    return segmentSentences(text, 'de').map((sentence) => tracker.speakerOf(sentence.text));
  };

  it('who "spricht von" something says it', () => {
    expect(
      germanSpeakers('Der Psychoanalytiker Sama Maani spricht von dem Fallstrick der vollen Identifikation.'),
    ).toEqual(['Sama Maani']);
  });

  it('an abbreviated adverb ("z. B.") between a verb and its subject after it leaves the subject read', () => {
    expect(
      germanSpeakers('So warnt z. B. die Verbraucherzentrale Rheinland-Pfalz vor dem Einsatz von Windows 10.'),
    ).toEqual(['Verbraucherzentrale Rheinland-Pfalz']);
  });
});

describe('English speakers: the one quoted as saying', () => {
  it('the object of "quoted …, as saying" spoke, not the one quoting, though the comma makes "as" look like an aside', () => {
    expect(speakers('The agency quoted a senior official, as saying the deal was off.')).toEqual(['senior official']);
    expect(speakers('Reuters quoted Peter Hall, a spokesman for the firm, as saying the deal was off.')).toEqual([
      'Peter Hall',
    ]);
    expect(speakers('Local radio quoted Tom Baker, the mayor, as saying that roads were shut.')).toEqual(['Tom Baker']);
    expect(speakers('Xinhua quoted Li Wei, as saying the dam had held.')).toEqual(['Li Wei']);
  });

  it('an object pronoun quoted as saying stands for the person named before', () => {
    expect(speakers('Peter Hall spoke on Monday. The newspaper quoted him, as saying the plant would close.')).toEqual([
      null,
      'Peter Hall',
    ]);
  });

  it('who was quoted by an agency as saying spoke, not the agency', () => {
    expect(
      speakers('Health official Li Wei was quoted by the Reuters news agency as saying the test was negative.'),
    ).toEqual(['Li Wei']);
  });
});

describe('English speakers: product names in capitals', () => {
  it('"the retailer" after a product named in capitals ("DVD") is no organization named by it', () => {
    expect(
      speakersByParagraph(
        ['The film topped the DVD charts this week.', '"It sold well," a spokesman for the online retailer said.'],
        'en',
      ),
    ).toEqual([null, 'spokesman for the online retailer']);
  });
});

describe('English speakers: a present tense that is as often a noun', () => {
  it('"states" or "notes" right after a name or a pronoun and before a quotation is a verb of saying', () => {
    expect(speakers('In a post on Monday, Karen Holt states, "The report is wrong."')).toEqual(['Karen Holt']);
    expect(speakers('Ann Lee spoke later. She notes: "It was hard."')).toEqual([null, 'Ann Lee']);
  });

  it('a capitalised "States" ends a name, and a plural noun before a quotation says nothing', () => {
    expect(speakers('In the United States, “gun culture” is strong.')).toEqual([null]);
    expect(speakers('Leaders of member states, “in principle”, agreed.')).toEqual([null]);
  });
});

describe('English speakers: unnamed trades', () => {
  it('forecasters and marketers in general, unnamed, are no source', () => {
    expect(speakers('Forecasters predicted heavy rain across the coast on Sunday.')).toEqual([null]);
    expect(speakers('Marketers say most buyers now read reviews before they pay.')).toEqual([null]);
  });
});

describe('English speakers: posting a thing', () => {
  it('who posts or tweets a thing (an article, a possessive or a number before it) says nothing by it', () => {
    expect(
      speakers('Ann Lee is a photographer. When she posted the image on her page, she got angry comments.'),
    ).toEqual([null, null]);
    expect(speakers('Ann Lee tweeted 20 photos of the crowd.')).toEqual([null]);
  });

  it('posting before a colon, a quotation or a clause still reports', () => {
    expect(speakers('Ann Lee posted a message on Facebook: "We won."')).toEqual(['Ann Lee']);
    expect(speakers('Ann Lee tweeted that the vote was rigged.')).toEqual(['Ann Lee']);
  });
});

describe('English speakers: deciding on a bill, an offer or a charge', () => {
  it('who rejects a bill, a proposal or an offer, or denies a charge, says nothing by it, and is the sentence’s actor', () => {
    const tracker = new SpeakerTracker(lexiconFor('en'), 'en', false);
    const read = (text: string) => [tracker.speakerOf(text), tracker.actor];
    expect(read('Two opposition parties also rejected the bill.')).toEqual([null, 'Two opposition parties']);
    expect(read('The landlord, Tom Reeve, denied the fraud charge on Friday.')).toEqual([null, 'Tom Reeve']);
    expect(read('Nordwind Motors rejected the offer from its rival.')).toEqual([null, 'Nordwind Motors']);
  });

  it('rejecting claims, denying allegations or rejecting a bill before a clause still reports', () => {
    expect(speakers('Tom Reeve rejected the claims.')).toEqual(['Tom Reeve']);
    expect(speakers('Tom Reeve denied the allegations.')).toEqual(['Tom Reeve']);
    expect(speakers('Tom Reeve rejected the bill, saying that it would raise taxes.')).toEqual(['Tom Reeve']);
  });
});

describe('English speakers: what someone holds, inside a prepositional phrase', () => {
  it('a verb of saying or holding after a preposition and "what" gives the sentence no source, but its actor', () => {
    const tracker = new SpeakerTracker(lexiconFor('en'), 'en', false);
    const read = (text: string) => [tracker.speakerOf(text), tracker.actor];
    expect(read('We already had clear evidence of what Tom Reeve believes from his record.')).toEqual([
      null,
      'Tom Reeve',
    ]);
    expect(read('Contrary to what Tom Reeve claimed, the deficit rose.')).toEqual([null, 'Tom Reeve']);
  });

  it('"according to what", a free relative opening the sentence or a quotation after the verb still names the source', () => {
    expect(speakers('According to what Tom Reeve said, the plan failed.')).toEqual(['Tom Reeve']);
    expect(speakers('What Tom Reeve said was that the plan failed.')).toEqual(['Tom Reeve']);
    expect(speakers('Here is a summary of what Tom Reeve said: "We lost."')).toEqual(['Tom Reeve']);
  });
});

describe('English speakers: a relative clause about a thing', () => {
  it('a verb after "that" or "which" and a noun of a thing is the thing’s, no source; the sentence’s subject acts', () => {
    const tracker = new SpeakerTracker(lexiconFor('en'), 'en', false);
    const read = (text: string) => [tracker.speakerOf(text), tracker.actor];
    expect(read('Northwind Play sends your phone a patch that describes the changes.')).toEqual([
      null,
      'Northwind Play',
    ]);
    expect(
      speakers('The season opens with Tom Reeve, and it is a case that instantly claims one of his cars.'),
    ).toEqual([null]);
    expect(speakers('Tom Reeve fixed the engine, which now reports its own faults.')).toEqual([null]);
  });

  it('a relative clause about people, a body or a document, or a clause after "said that", still names its source', () => {
    expect(speakers('Tom Reeve runs the agency that said the vote was rigged.')).not.toEqual([null]);
    expect(speakers('Tom Reeve said that the vote was rigged.')).toEqual(['Tom Reeve']);
    expect(speakers('Tom Reeve wrote an article for The Herald that claimed the vote was rigged.')).toEqual([
      'Tom Reeve',
    ]);
    expect(speakers('Tom Reeve shared an article by New York magazine that claimed the vote was rigged.')).not.toEqual([
      null,
    ]);
  });
});

describe('English speakers: a stance held with the copula', () => {
  it('adverbs between the copula and a stance it holds ("is now increasingly concerned that") keep its subject', () => {
    expect(speakers('After the talks, Tom Reeve is now increasingly concerned that the deal will fail.')).toEqual([
      'Tom Reeve',
    ]);
    expect(speakers('Northwind Motors is deeply worried about the cuts.')).toEqual(['Northwind Motors']);
  });

  it('a copula and adverbs before a word that holds no stance give no source', () => {
    expect(speakers('Tom Reeve is now increasingly busy with the deal.')).toEqual([null]);
  });
});

describe('English speakers: an organization spelled out before its acronym', () => {
  it('an acronym in brackets before the verb, spelling the capitalised words before it, names all of them', () => {
    expect(
      speakers(
        'The Body of European Regulators for Electronic Communications (Berec) has now stated that the rules hold.',
      ),
    ).toEqual(['Body of European Regulators for Electronic Communications']);
  });

  it('an acronym that spells no run of capitalised words before it leaves the name read as before', () => {
    expect(speakers('Jan Hamáček (ČSSD) said the vote was rigged.')).toEqual(['Jan Hamáček']);
  });
});

describe('English speakers: a record made in writing', () => {
  it('who "has documented" something reports it; the adjective "documented" names no one', () => {
    expect(speakers('Tom Reeve, in his latest column, has documented the efforts of small chains.')).toEqual([
      'Tom Reeve',
    ]);
    expect(speakers('It is a documented case of fraud.')).toEqual([null]);
  });
});

describe('English speakers: a report noun spelled as a verb', () => {
  it('an article, at most two words and "of" around "reports" make it the noun, whose sentence names no speaker', () => {
    expect(
      speakers(
        'It came after the Northwind Test Range hazing scandal and after the grim reports of abuse at the camp.',
      ),
    ).toEqual([null]);
  });

  it('a name between the article and the verb is its subject, who reports', () => {
    expect(speakers('The Daily Ledger reports of clashes in the north.')).toEqual(['Daily Ledger']);
  });
});

describe('English speakers: a group no one names saying the sentence', () => {
  it("a generic group opening the sentence as the first verb's subject leaves a verb in what it says no source", () => {
    expect(
      speakers(
        'However, critics claim that the ruling was flawed, especially as Northwind Telecom has stated that prices did not rise.',
      ),
    ).toEqual([null]);
    expect(speakers('But many industry analysts say the plan, which Jane Smith announced, will fail.')).toEqual([null]);
  });

  it('a named subject opening the sentence still speaks', () => {
    expect(speakers('Jane Smith claims that the ruling was flawed, as carriers have stated.')).toEqual(['Jane Smith']);
  });
});

describe('English speakers: the body a document comes from', () => {
  it('a post "from" a body, even with a common noun after its name, speaks for that body', () => {
    expect(speakers('The post from Harbor Weekly magazine reads, “The concert was stopped by a fan.”')).toEqual([
      'Harbor Weekly',
    ]);
    expect(speakers('A new report from the Northwind Institute shows that rents rose.')).toEqual([
      'Northwind Institute',
    ]);
  });
});
