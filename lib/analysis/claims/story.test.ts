import { describe, expect, it } from 'vitest';
import { analyzeClaims } from './index';
import { lexiconFor } from './lexicon';
import { splitBlocks } from './segment';
import {
  bareInterviewAnswers,
  interviewAnswers,
  noStoryRule,
  readsAsStory,
  storyDecision,
  storyFeatures,
  storyVerdict,
  type StoryFeatures,
} from './story';

const DEALS = [
  'Die besten Deals der Woche',
  'Wir sammeln für euch die besten Angebote rund um Technik und Spiele.',
  'Headset X2 für 199 Euro statt 249 Euro',
  'Das Headset X2 gibt es aktuell im Angebot für nur 199 Euro bei einem großen Händler.',
  'Controller Pro für 39 Euro',
  'Der Controller ist mit dem Gutscheincode SPAR10 noch einmal günstiger.',
  'Speicherkarte 256 GB für 24 Euro',
  'Monitor 27 Zoll für 179 Euro',
  'Tastatur für 49 Euro',
].join('\n\n');

const HOW_TO = [
  'Measure the jar and cut the foam about an inch smaller than its opening.',
  'You will need a jar, some moss, a spoon and a small plant.',
  'Place the foam in water until it sinks, then dig a hole large enough for your plant.',
  'Insert your plant and cover the foam with moss so that you cannot see it any more.',
  'You can add small stones if you like, and you should mist the moss once a week.',
].join('\n\n');

const NEWS = [
  'LONDON — The company said on Monday that it had cut 300 jobs after sales fell for a third quarter.',
  '"We had no choice," said chief executive Dana Ruiz, who took over in March.',
  'Analysts said the cuts were smaller than expected, and shares rose 4 percent in early trading.',
  'The firm plans to open a new plant in Spain next year, according to a filing.',
].join('\n\n');

const FIRST_PERSON_BLOG = [
  'Ich nutze seit einiger Zeit einen kleinen Rechner als Server für meine Fotos und Dateien.',
  'Dafür installiere ich zuerst das aktuelle System auf einem USB-Stick und lege den Zugang an.',
  'Mein Router bekommt dann eine eigene Adresse für das Gerät, damit ich es immer finde.',
  'Danach kopiere ich meine Fotos auf das Laufwerk und prüfe, ob alles lesbar ist.',
  'Ich finde diese Lösung praktisch, weil sie wenig Strom braucht und leise ist.',
].join('\n\n');

const REVIEW = [
  'I wore the headset for a week and tested it on long train rides and at my desk.',
  'The battery lasted nine hours, which was longer than the maker promised.',
  'I found the strap tiring after an hour, and the fit never felt right on my head.',
  'The company said a lighter strap would ship later this year.',
].join('\n\n');

const HOW_TO_FORMAL_DE = [
  'In dieser Anleitung zeigen wir Ihnen, wie Sie Ihren Router in wenigen Minuten neu einrichten.',
  'Für die Einrichtung benötigen Sie lediglich einen Rechner und das mitgelieferte Kabel.',
  'Öffnen Sie zunächst die Oberfläche im Browser und melden Sie sich mit dem Kennwort an.',
  'Anschließend wählen Sie im Menü den Punkt WLAN aus und vergeben einen neuen Namen.',
  'Das Kennwort sollte mindestens zwölf Zeichen lang sein und Sonderzeichen enthalten.',
  'Speichern Sie die Einstellungen und starten Sie das Gerät neu.',
].join('\n\n');

const HOW_TO_BLOG_DE = [
  'Heute zeige ich euch, wie ihr euren kleinen Rechner als Medienserver nutzen könnt.',
  'Für die Installation braucht ihr eine Speicherkarte mit mindestens 16 GB und ein Netzteil.',
  'Ich habe dafür ein älteres Modell genommen, das bei mir noch herumlag und das ich kaum nutzte.',
  'Zuerst ladet ihr das Image herunter und schreibt es mit einem Tool auf die Karte.',
  'Im Browser ruft ihr nun die Adresse des Geräts auf und folgt dem Assistenten.',
].join('\n\n');

describe('readsAsStory', () => {
  it('de: a how-to in the formal "Sie" or to "ihr" is no story; nouns in "-te"/"-ten" are no past tense', () => {
    expect(readsAsStory(HOW_TO_FORMAL_DE, 'de')).toBe(false);
    expect(readsAsStory(HOW_TO_BLOG_DE, 'de')).toBe(false);
    expect(storyFeatures('Die beste Methode für die Daten der Seite und die Inhalte.', 'de').past).toBe(0);
    expect(storyFeatures('Der Mann stellte am Abend Strafanzeige bei der Polizei in der Stadt.', 'de').past).toBe(1);
  });

  it('a writer describing their own setup in the present, with nobody quoted, is no story; a review is', () => {
    expect(readsAsStory(FIRST_PERSON_BLOG, 'de')).toBe(false);
    expect(readsAsStory(REVIEW, 'en')).toBe(true);
  });

  it('tells a deals page and a how-to from a news story', () => {
    expect(readsAsStory(DEALS, 'de')).toBe(false);
    expect(readsAsStory(HOW_TO, 'en')).toBe(false);
    expect(readsAsStory(NEWS, 'en')).toBe(true);
  });

  it('names the rule that judges a text no story, and none for a story', () => {
    expect(storyDecision(DEALS, 'de')).toBe('fragments');
    expect(storyDecision(HOW_TO_FORMAL_DE, 'de')).toBe('addressed');
    expect(storyDecision(NEWS, 'en')).toBeNull();
    expect(storyDecision(NEWS, 'en', { codeBlocks: 5 })).toBeNull();
    for (const [text, lang] of [
      [DEALS, 'de'],
      [HOW_TO, 'en'],
      [NEWS, 'en'],
      [FIRST_PERSON_BLOG, 'de'],
    ] as const)
      expect(storyDecision(text, lang) === null).toBe(readsAsStory(text, lang));
    const features = storyFeatures(HOW_TO, 'en');
    expect(noStoryRule(features)).not.toBeNull();
    expect(storyVerdict(features)).toBe(false);
  });

  it('gives no claims where there is no story, and says so', () => {
    expect(analyzeClaims(DEALS, 'de')).toEqual({ claims: [], story: false, noStoryRule: 'fragments' });
    const news = analyzeClaims(NEWS, 'en');
    expect(news.story).toBe(true);
    expect(news.claims.length).toBeGreaterThan(0);
  });

  it('a language without a lexicon is judged by its structure, not by English words it only looks like', () => {
    // An Italian park's press release: "I lupi" (the wolves) is no writer's "I", and its passato prossimo no past the
    // English lexicon knows.
    const release = [
      'I lupi del Parco sono stati osservati nella valle per la prima volta dal 2019.',
      'I guardiaparco hanno contato 14 esemplari in tre branchi diversi durante il censimento invernale.',
      'I risultati del monitoraggio saranno presentati il 12 marzo a Pescasseroli.',
      'I dati confermano la crescita della popolazione negli ultimi cinque anni.',
    ].join('\n\n');
    expect(storyFeatures(release, 'it').firstPerson).toBeGreaterThan(0.25);
    expect(readsAsStory(release, 'it')).toBe(true);
    // A page of offers is no story in any language: its prices are read without words.
    const offers = DEALS.replace(/Euro/g, '€');
    expect(readsAsStory(offers, 'it')).toBe(false);
  });

  it('a page that shows code or commands to type is documentation unless it mostly reports speech', () => {
    const essay = [
      'The team moved its build to a new cache last spring and the results were mixed for most of its users.',
      'The cache keeps compiled modules between runs so that a second build only redoes what changed since then.',
      'Most projects saw their builds finish in half the time, while a few large ones saw no change at all.',
      'The maintainers published the settings they use so that others can compare their own numbers with them.',
    ].join('\n\n');
    expect(readsAsStory(essay, 'en')).toBe(true);
    expect(readsAsStory(essay, 'en', { codeBlocks: 2 })).toBe(true);
    expect(readsAsStory(essay, 'en', { codeBlocks: 3 })).toBe(false);
    expect(readsAsStory(NEWS, 'en', { codeBlocks: 5 })).toBe(true);
  });

  it('en: a past ending counts at the end of a lower-case word of five characters or more, not inside one', () => {
    const pastOf = (text: string) => storyFeatures(text, 'en').past;
    expect(pastOf('The committee reviewed the plan for the new bridge across the river.')).toBe(1);
    expect(pastOf('The committee will review the plan again next week, as agreed.')).toBe(1);
    expect(pastOf('They need a needle and a red thread for the new flags in town.')).toBe(0);
    expect(pastOf('The town of Reed and the firm Embedded are near the sea today.')).toBe(0);
    // A letter outside the BMP is one character of the word, two code units of its length.
    expect(pastOf('Each team is out of the race of the 𝐚ed rivals in the league.')).toBe(0);
    expect(pastOf('Each team is out of the race of the 𝐚𝐚ed rivals in the league.')).toBe(1);
    expect(pastOf('Each coach now seeded the teams first for the games of the coming new season.')).toBe(1);
  });

  it('en: a participle after a present "is", "are" or "be" is the present passive, no narration', () => {
    const pastOf = (text: string) => storyFeatures(text, 'en').past;
    expect(pastOf('Employment in the industry is expected to decline over the next decade.')).toBe(0);
    expect(pastOf('Coal is heated in ovens, and the iron is then refined into steel.')).toBe(0);
    expect(pastOf('Hermitian matrices can be characterized in a number of equivalent ways.')).toBe(0);
    expect(pastOf('Most of the workers are not usually employed for more than a season.')).toBe(0);
    // In the past, or with a word between that is no adverb, the participle narrates.
    expect(pastOf('Employment in the industry was expected to decline over the decade.')).toBe(1);
    expect(pastOf('The plant is where the union organized its first strike in the town.')).toBe(1);
    expect(pastOf('The mayor is pleased, and the council approved the budget on Monday.')).toBe(1);
  });

  it('fr: "a", "est" and "sont" make a past tense only with a participle after them', () => {
    const pastOf = (text: string) => storyFeatures(text, 'fr').past;
    expect(pastOf('Le ministre a annoncé mardi un nouveau plan pour les hôpitaux du pays.')).toBe(1);
    expect(pastOf("Le projet n'a pas encore été présenté aux élus de la région.")).toBe(1);
    expect(pastOf('Les coureurs sont partis tôt ce matin sous une pluie battante.')).toBe(1);
    expect(pastOf('Ce projet est important pour la ville et pour ses habitants.')).toBe(0);
    expect(pastOf('Le chœur a plus de quatre-vingts chanteurs et sont tous des professionnels.')).toBe(0);
  });

  it('fr: an appeal written as "we" in the present, with nobody quoted, is no story; a report in the passé composé is', () => {
    const appeal = [
      'Nous sommes les chanteurs du chœur de la ville et nous défendons notre métier depuis des années.',
      'Notre ensemble donne chaque saison des dizaines de concerts devant un public fidèle et nombreux.',
      'Aujourd’hui la direction veut réduire notre effectif de moitié sans aucun projet artistique.',
      'Nous refusons cette décision qui met en danger un patrimoine musical unique dans le pays.',
      'Soutenons ensemble ce chœur en signant cette pétition et en la partageant autour de vous.',
    ].join('\n\n');
    const report = [
      'Le conseil municipal a voté lundi la fermeture de deux écoles du centre-ville à la rentrée prochaine.',
      'Les parents ont manifesté devant la mairie dès huit heures, selon les organisateurs du rassemblement.',
      'Le maire a expliqué que le nombre d’élèves avait baissé de vingt pour cent en cinq ans.',
      'Plusieurs élus de l’opposition ont dénoncé une décision prise sans concertation avec les familles.',
    ].join('\n\n');
    expect(readsAsStory(appeal, 'fr')).toBe(false);
    expect(readsAsStory(report, 'fr')).toBe(true);
  });

  it('long prose in the present with nobody cited and nothing narrated is an explainer, not a story', () => {
    const explainer = [
      'Many red wines gain something from a short time in a wide glass vessel before they are poured.',
      'Pouring a wine slowly into a decanter separates the clear liquid from the sediment at the bottom.',
      'The sediment forms in older bottles as pigments and tannins bind together over the years.',
      'A steady hand and a light under the neck of the bottle help to stop pouring at the right moment.',
      'Air is the second reason to decant, because oxygen softens young and tannic wines quite quickly.',
      'A young wine often tastes closed right after opening and more open an hour later in the decanter.',
      'Older wines are fragile, so they usually stay in the decanter for only a short time before serving.',
      'White wines rarely need a decanter, although some rich ones also open up with a little air.',
      'A carafe looks much like a decanter but mostly serves to bring the wine to the table.',
      'The shape of a decanter matters, since a wide base gives the wine a larger surface for air.',
      'Narrow decanters suit older wines that should meet only a little oxygen before they are drunk.',
      'Cleaning a decanter takes patience, because the narrow neck makes it hard to reach the bottom.',
      'Warm water and a few spoons of coarse salt remove most of the stains without any soap at all.',
      'Soap tends to leave a film and a smell that spoils the next wine poured into the vessel.',
      'A decanter dries best upside down on a stand so that no water stays inside the base.',
      'Crystal decanters look beautiful but scratch easily and should never go into a dishwasher.',
      'Glass decanters are cheaper, sturdier and do the same work for everyday wines at home.',
      'Some people decant every wine out of habit, which does no harm to most bottles on the table.',
      'Sparkling wines lose their bubbles in a decanter, so they are nearly always served from the bottle.',
      'A good rule is to taste the wine first and decide whether it needs air before reaching for the decanter.',
      'In the end the decanter is a simple tool that makes many wines more pleasant to drink at dinner.',
    ].join('\n\n');
    const sourced = explainer.replace(
      'Soap tends to leave a film',
      'A sommelier at the school, Ana Ruiz, said that soap tends to leave a film',
    );
    expect(readsAsStory(explainer, 'en')).toBe(false);
    expect(readsAsStory(sourced.replace('Warm water and a few', 'Experts said that warm water and a few'), 'en')).toBe(
      true,
    );
  });

  it('zh: "表示" that denotes and "称为" that names report nothing; "表示，" and "表示将" do', () => {
    const definitions = [
      '图中上升的实线表示亚声速航速时飞机可用的最大升力。',
      '机翼碰撞空气的角度称为攻角，它决定升力的大小。',
      '竖轴为飞行高度，水平轴为以马赫数表示的航速。',
    ].join('\n\n');
    const reports = [
      '交通部长表示，明年将继续推进铁路改革。',
      '该公司表示将在三个月内公布调查结果。',
      '竖轴为飞行高度，水平轴为以马赫数表示的航速。',
    ].join('\n\n');
    expect(storyFeatures(definitions, 'zh').reported).toBe(0);
    expect(storyFeatures(reports, 'zh').reported).toBeCloseTo(2 / 3);
  });

  it('zh: a quoted phrase tied to a noun ("“…”的问题") is no speech; a quotation said is', () => {
    const phrase = '很多人都面临着“头皮经常出油，洗完头发不到一天就塌了”的问题，这在医学上被叫做脱发。';
    const speech = '他在会上对记者说：“头皮经常出油，洗完头发不到一天就塌了，很烦。”';
    expect(storyFeatures(phrase, 'zh').reported).toBe(0);
    expect(storyFeatures(speech, 'zh').reported).toBe(1);
  });

  it('zh: "给大家介绍" (the writer to the reader) and "并不是说" (that is not to say) report nothing', () => {
    const explaining = [
      '以下给大家介绍一些脂溢性脱发患者在日常饮食方面的注意事项。',
      '当然，并不是说单单控制饮食就一定能够改善脱发的情况。',
    ].join('\n\n');
    expect(storyFeatures(explaining, 'zh').reported).toBe(0);
    expect(storyFeatures('该医院院长向记者介绍，今年已经接诊脱发患者三千多人。', 'zh').reported).toBe(1);
  });

  it('zh: "给大家" and "千万不要" address the reader as "你" does', () => {
    const advice = [
      '以下给大家介绍一些脂溢性脱发患者在日常饮食方面的注意事项。',
      '千万不要用吹风机吹干头发，因为高温会对头发产生伤害。',
      '脂溢性脱发多数发生在青年人身上，大部分从前额两侧开始。',
    ].join('\n\n');
    expect(storyFeatures(advice, 'zh').address).toBeCloseTo(2 / 3);
  });

  it('zh: tax relief (税收优惠) and a preferential policy are no shop offer; a coupon and a limited-time offer are', () => {
    const policy = [
      '自治区决定延续执行五项税收优惠政策，支持民营经济高质量发展。',
      '预计到2025年末，这些优惠政策将为纳税人减负180亿元。',
    ].join('\n\n');
    const shop = [
      '本店年终限时优惠活动今天开始，全场商品一律八折，数量有限，先到先得。',
      '新用户领取优惠券后在本店下单，每笔订单还可以立减二十元。',
    ].join('\n\n');
    expect(storyFeatures(policy, 'zh').commerce).toBe(0);
    expect(storyFeatures(shop, 'zh').commerce).toBe(1);
  });

  it('de: "laut" cites a source anywhere in the sentence; "für", ambiguous in the lexicon, only opening one', () => {
    const reportedOf = (sentence: string) => storyFeatures(sentence, 'de').reported;
    expect(reportedOf('Die Zahl der Arbeitslosen stieg im Mai laut Bundesagentur um drei Prozent.')).toBe(1);
    expect(reportedOf('Für die Ministerin ist klar, dass die Zahl der Arbeitslosen weiter steigt.')).toBe(1);
    expect(reportedOf('Die Zahl der Anträge für die Förderung stieg im Mai um drei Prozent.')).toBe(0);
  });

  it('a report among many short blocks (links, captions, ads) is a story when a fair share of its prose is sourced', () => {
    // A news page whose article text kept its link lists: most blocks are fragments, but a quarter of the prose reports.
    const fragmentedReport: StoryFeatures = {
      prose: 16,
      reported: 0.25,
      address: 0,
      firstPerson: 0,
      commerce: 0,
      past: 0.44,
      blocks: 26,
      fragments: 0.77,
      dateline: false,
      dialogue: 0,
      dialogueShare: 0,
      numbers: 0.3,
      numberedSections: 0,
    };
    expect(storyVerdict(fragmentedReport)).toBe(true);
    // Steps, menus and lists with a stray "said" among them stay what they are.
    expect(storyVerdict({ ...fragmentedReport, reported: 0.1 })).toBe(false);
  });

  it('a long account narrated in the past and signed or dated is a story among many short blocks, even citing nobody; a short one is not', () => {
    // A match report or a profile whose text kept its score lines and link lists: dozens of sentences, most in the past.
    const narratedAmongFragments: StoryFeatures = {
      prose: 60,
      reported: 0.03,
      address: 0.03,
      firstPerson: 0.04,
      commerce: 0,
      past: 0.75,
      blocks: 90,
      fragments: 0.65,
      dateline: false,
      dialogue: 0,
      dialogueShare: 0,
      numbers: 0.35,
      numberedSections: 0,
    };
    const signed = { byline: 'Ana Ruiz' };
    expect(storyVerdict(narratedAmongFragments, signed)).toBe(true);
    expect(storyVerdict(narratedAmongFragments, { publishedTime: '2024-03-02T10:00:00Z' })).toBe(true);
    // Unsigned and undated, a long text among tables is a reference page (a guide to an industry's jobs and pay).
    expect(storyVerdict(narratedAmongFragments)).toBe(false);
    // A recipe's few lines of "I made this last week" among its steps stay a recipe.
    expect(storyVerdict({ ...narratedAmongFragments, prose: 13 }, signed)).toBe(false);
    expect(storyVerdict({ ...narratedAmongFragments, past: 0.4 }, signed)).toBe(false);
  });

  it('a signed and dated page among fragments that does not speak to its reader is a story; a recipe or a deal list is not', () => {
    // A football story between score tables and link lists: few sentences, none quoted, signed and dated.
    const presentedAmongFragments: StoryFeatures = {
      prose: 19,
      reported: 0,
      address: 0.05,
      firstPerson: 0,
      commerce: 0,
      past: 0.16,
      blocks: 28,
      fragments: 0.64,
      dateline: false,
      dialogue: 0,
      dialogueShare: 0,
      numbers: 0.2,
      numberedSections: 0,
    };
    const signedAndDated = { byline: 'Ana Ruiz', publishedTime: '2024-03-02T10:00:00Z' };
    expect(storyVerdict(presentedAmongFragments, signedAndDated)).toBe(true);
    // Unsigned or undated, the same fragments are a listing.
    expect(storyVerdict(presentedAmongFragments, { byline: 'Ana Ruiz' })).toBe(false);
    expect(storyVerdict(presentedAmongFragments, { publishedTime: '2024-03-02T10:00:00Z' })).toBe(false);
    // A signed and dated recipe or list of deals speaks to its reader.
    expect(storyVerdict({ ...presentedAmongFragments, address: 0.23 }, signedAndDated)).toBe(false);
  });

  it('an account narrated in the past that quotes a few commands is a story; a tutorial in the present is not', () => {
    // An essay on a free-software project's history, in its writer's "I", with four blocks of commands quoted.
    const narratedWithCode: StoryFeatures = {
      prose: 70,
      reported: 0.14,
      address: 0.03,
      firstPerson: 0.7,
      singularWriter: 0.6,
      commerce: 0,
      past: 0.63,
      blocks: 20,
      fragments: 0.25,
      dateline: false,
      dialogue: 0,
      dialogueShare: 0,
      numbers: 0.07,
      numberedSections: 0,
    };
    const signed = { byline: 'Ana Ruiz', codeBlocks: 4 };
    expect(storyVerdict(narratedWithCode, signed)).toBe(true);
    // Documentation that mentions what a release changed narrates in under half its prose.
    expect(storyVerdict({ ...narratedWithCode, past: 0.46 }, signed)).toBe(false);
    // A few sentences of release notes in the past are too short to tell an account from a changelog.
    expect(storyVerdict({ ...narratedWithCode, prose: 12 }, signed)).toBe(false);
  });

  it('a signed text in the first person narrated in good part in the past is a story; a post in the present is not', () => {
    // A reporter's first-hand account, or an essay recalling a disaster: "I", nobody quoted, nearly half narrated.
    const signedAccount: StoryFeatures = {
      prose: 35,
      reported: 0.06,
      address: 0.03,
      firstPerson: 0.8,
      singularWriter: 0.7,
      commerce: 0,
      past: 0.46,
      blocks: 10,
      fragments: 0,
      dateline: false,
      dialogue: 0,
      dialogueShare: 0,
      numbers: 0.05,
      numberedSections: 0,
    };
    expect(storyVerdict(signedAccount, { byline: 'Ana Ruiz' })).toBe(true);
    // Unsigned, the same voice is a blog post; signed, a petition or a post mostly in the present stays one.
    expect(storyVerdict(signedAccount)).toBe(false);
    // An organisation's "we" telling what it did and launched is its account, signed or not.
    expect(storyVerdict({ ...signedAccount, singularWriter: 0.05 })).toBe(true);
    expect(storyVerdict({ ...signedAccount, past: 0.29 }, { byline: 'Ana Ruiz' })).toBe(false);
  });

  it('a text narrated in the past that turns to its reader now and then is a story; a present one that does is not', () => {
    // A news story ending "If you bought one, check the serial number": one sentence in eight speaks to the reader.
    const narratedReport: StoryFeatures = {
      prose: 8,
      reported: 0.13,
      address: 0.13,
      firstPerson: 0,
      commerce: 0,
      past: 0.63,
      blocks: 5,
      fragments: 0,
      dateline: false,
      dialogue: 0,
      dialogueShare: 0,
      numbers: 0.38,
      numberedSections: 0,
    };
    expect(storyVerdict(narratedReport)).toBe(true);
    // A third of the sentences in the past is not an account: a guide's "was launched in 2015" beside its advice. A
    // writer's own experience is, as before.
    expect(storyVerdict({ ...narratedReport, past: 0.35 })).toBe(false);
    expect(storyVerdict({ ...narratedReport, past: 0.5, firstPerson: 0.3 })).toBe(true);
    expect(storyVerdict({ ...narratedReport, past: 0.2 })).toBe(false);
  });

  it('an unsigned diary narrated as "I" is no story; a signed one, or an organisation\'s "we", is', () => {
    // A travel blog: the writer's own days in the past, then tips for the reader; no byline, no date, nobody sourced.
    const diary = [
      'Last spring I finally visited Lisbon, and I walked the old town for three days.',
      'We stayed in a tiny flat above a bakery that opened at five every morning.',
      'I ordered custard tarts at every café and never regretted a single one.',
      'On the last evening I climbed to the castle and watched the lights come on.',
      'You should wear good shoes, because the hills are steeper than they look.',
      'If you go in summer, you will want to book the tram early.',
    ].join('\n\n');
    const features = storyFeatures(diary, 'en');
    expect(features.singularWriter).toBeCloseTo(0.5);
    expect(readsAsStory(diary, 'en')).toBe(false);
    expect(readsAsStory(diary, 'en', { byline: 'Ana Ruiz' })).toBe(true);
    expect(readsAsStory(diary, 'en', { publishedTime: '2024-05-02' })).toBe(true);
    // A product team's post narrates what "we" did: an organisation's account, not a diary.
    const teamPost = diary.replace(/\bI\b/gu, 'we').replace(/^Last spring we/u, 'Last spring we');
    expect(storyFeatures(teamPost, 'en').singularWriter).toBe(0);
    expect(readsAsStory(teamPost, 'en')).toBe(true);
  });

  it('an unsigned text that exclaims and asks at length without a figure is rhetoric, no story', () => {
    // A pamphlet: it narrates what the rulers did, but cries out and asks its reader, and never dates or counts in digits.
    const pamphlet = [
      'Alas! The foreign fleets have come to the gates of the old city! Every merchant, every farmer and every scholar will now serve a master from across the sea. Who among the people saw this coming, and who tried to stop it?',
      'The ministers ignored every warning for a whole generation. They signed treaty after treaty and handed the ports to the fleets. They opened the rivers to foreign gunboats and closed their ears to the people. What did they gain from all this, apart from their own comfort?',
      'Shame on them! The provinces paid the indemnities while the court feasted in the palace. The scholars studied the old books and ignored the new sciences of the world. The officials collected the taxes and wasted them on banquets and ceremonies.',
      'Is there still time to save the country? There is, if the people rise together and learn from the neighbours who reformed. The island kingdom across the sea reformed its laws within a single generation. It built railways, schools and factories, and now its armies are feared by all.',
      'Why cannot this great country do the same? Its land is wider, its people more numerous and its history longer. Only the will is missing, and the will must come from the people themselves. Rise up, brothers and sisters, before the last door is closed!',
      'Weep for the villages burned along the coast! The soldiers fled, the governors surrendered, and the people suffered alone. Remember them, and let their suffering never be forgotten by the living.',
      'The foreign traders divided the markets among themselves and fixed the prices of silk and tea. The peasants who grew them sank deeper into debt every season.',
    ].join('\n\n');
    const features = storyFeatures(pamphlet, 'en');
    expect(features.prose).toBeGreaterThanOrEqual(20);
    expect(features.exclamations).toBeGreaterThanOrEqual(0.1);
    expect(features.questions).toBeGreaterThanOrEqual(0.1);
    expect(readsAsStory(pamphlet, 'en')).toBe(false);
    // Signed, or dating and counting what it tells, or without the cries, it is read as any other text.
    expect(readsAsStory(pamphlet, 'en', { byline: 'Ana Ruiz' })).toBe(true);
    expect(storyVerdict({ ...features, numbers: 0.2 })).toBe(true);
    expect(storyVerdict({ ...features, exclamations: 0.05 })).toBe(true);
    expect(storyVerdict({ ...features, questions: 0 })).toBe(true);
  });

  it('reads no report in zh naming, folklore and the doubled verb that announces a topic', () => {
    const folklore = [
      '春节过后，我们先说说元宵节的由来和各地的习俗。',
      '宜兴人在上元日戴着鬼面具跳舞，当地人称之「跳鬼」。',
      '相传东汉明帝时开始有了街头放灯的习惯，这个传说流传至今。',
    ].join('\n\n');
    expect(storyFeatures(folklore, 'zh').reported).toBe(0);
    expect(storyFeatures('市长昨天在记者会上说，新的地铁线路明年年底通车。', 'zh').reported).toBe(1);
  });

  it('counts the writer as one person apart from "we" and the words that hold "我"', () => {
    const blog = [
      '去年夏天我一个人去了青岛，在海边住了三天。',
      '我们公司今年又招聘了很多新员工，大家都很忙。',
      '我国的海岸线很长，每年夏天都有很多游客。',
    ].join('\n\n');
    expect(storyFeatures(blog, 'zh').singularWriter).toBeCloseTo(1 / 3);
    expect(storyFeatures('Ich habe gestern meine Eltern besucht und mit ihnen gegessen.', 'de').singularWriter).toBe(1);
    expect(storyFeatures('Wir haben gestern unsere Eltern besucht und mit ihnen gegessen.', 'de').singularWriter).toBe(
      0,
    );
  });

  it("an unsigned post in the writer's present first person is no story, even quoting others; a signed one can be", () => {
    // A blogger on their own week, citing what others said: "I", the present, no byline, no dateline.
    const post: StoryFeatures = {
      prose: 33,
      reported: 0.39,
      address: 0,
      firstPerson: 0.79,
      commerce: 0,
      past: 0.09,
      blocks: 24,
      fragments: 0.29,
      dateline: false,
      dialogue: 0,
      dialogueShare: 0,
      numbers: 0.03,
      numberedSections: 0,
    };
    expect(storyVerdict(post)).toBe(false);
    // A column or interview presented with its author's byline, or a report narrated in the past, stays a story.
    expect(storyVerdict(post, { byline: 'Ana Ruiz' })).toBe(true);
    expect(storyVerdict({ ...post, past: 0.4 })).toBe(true);
    expect(storyVerdict({ ...post, firstPerson: 0.2 })).toBe(true);
  });

  it('a report of fees and deals narrated in the past, the reader not addressed, is a story; offers stay offers', () => {
    const transfer = [
      'The defender has moved a step closer to joining the club after he passed his medical on Tuesday.',
      'A club record £6.5million fee was agreed with his Russian club, and personal terms were also agreed.',
      'The player is now waiting for the deal to be approved by the owners of the club.',
      'The manager made the centre-back his top target for the January transfer window.',
      'The chief executive travelled to New York for talks with the owners about the new stadium.',
      'The owners were still looking for a deal to refinance the loans they took out to buy the club.',
    ].join('\n\n');
    expect(storyFeatures(transfer, 'en').commerce).toBeGreaterThanOrEqual(0.3);
    expect(readsAsStory(transfer, 'en')).toBe(true);
    const offers: StoryFeatures = {
      prose: 8,
      reported: 0,
      address: 0,
      firstPerson: 0,
      commerce: 0.4,
      past: 0.1,
      blocks: 10,
      fragments: 0.2,
      dateline: false,
      dialogue: 0,
      dialogueShare: 0,
      numbers: 0.3,
      numberedSections: 0,
    };
    expect(storyVerdict(offers)).toBe(false);
    // "Was $99, now $49": a shop speaks to its reader even where it says "was".
    expect(storyVerdict({ ...offers, past: 0.6, address: 0.25 })).toBe(false);
  });

  it('en: "deal" in its labour or political sense is no commerce; with a price or "buy" beside it, it is', () => {
    const commerceOf = (text: string) => storyFeatures(text, 'en').commerce;
    expect(commerceOf('The union said the new deal gives nurses two more weeks of paid leave each year.')).toBe(0);
    expect(commerceOf('Members will vote on the deal next week after a long night of talks at the hotel.')).toBe(0);
    expect(commerceOf('This deal takes the headset down to $199 at most big retailers this week.')).toBe(1);
    expect(commerceOf('Buy the headset today, because this deal will not last very long at all.')).toBe(1);
    const labourColumn = [
      'The writers and the studios reached a tentative deal late on Tuesday after three months of strikes.',
      'The deal raises residuals for streaming shows and sets new rules for the size of writing rooms.',
      'Union leaders said the deal was the best the guild had won in a generation of bargaining.',
      'Members will vote on the deal next week, and the strike remains in force until the vote.',
      'Several showrunners told me the deal came too late to save the autumn season of their shows.',
    ].join('\n\n');
    expect(readsAsStory(labourColumn, 'en')).toBe(true);
  });

  it('en: an impersonal recommendation ("it is recommended that you") instructs the reader, it reports no speech', () => {
    const features = storyFeatures(
      'It is recommended that you back up the server before the upgrade starts on the first node.',
      'en',
    );
    expect(features.reported).toBe(0);
    expect(features.address).toBe(1);
    expect(
      storyFeatures('Health officials recommended that schools stay closed for another week.', 'en').reported,
    ).toBe(1);
  });

  it('de: the impersonal "man" addresses the reader only in a text that also addresses them directly', () => {
    const essay = [
      'Man kann sich fragen, warum eine geworfene Münze fast immer auf derselben Seite landet.',
      'Die Forscher haben tausende Würfe gefilmt und die Drehung der Münze in der Luft gemessen.',
      'Man muss dabei bedenken, dass die Hand beim Werfen nie ganz gleich ausholt und schwankt.',
      'Das Ergebnis der Studie überraschte selbst die Statistiker an der Universität in Amsterdam.',
      'Sollte man also beim nächsten Spiel lieber auf die Seite setzen, die oben lag? Vielleicht.',
    ].join('\n\n');
    expect(storyFeatures(essay, 'de').address).toBe(0);
    const howTo = essay.replace('Die Forscher haben tausende Würfe gefilmt', 'Du kannst tausende Würfe filmen');
    expect(storyFeatures(howTo, 'de').address).toBeGreaterThan(0.5);
  });

  it('a source introducing a quotation with a colon ("Ein Artikel erklärt es so:") cites it', () => {
    const text = [
      'Die Physik des Münzwurfs ist komplizierter, als die meisten Leute beim Spielen glauben.',
      'Ein Artikel in der Zeitung erklärt es so:',
      'Die Münze behält beim Wurf ihre Drehachse bei und landet deshalb öfter auf der Seite, die oben lag.',
    ].join('\n\n');
    const features = storyFeatures(text, 'de');
    expect(features.prose).toBe(3);
    expect(features.reported).toBeCloseTo(1 / 3);
    // A heading or a list's lead-in with a colon and no source stays out of the prose.
    expect(
      storyFeatures(
        text.replace('Ein Artikel in der Zeitung erklärt es so:', 'Die wichtigsten Punkte sind diese:'),
        'de',
      ).prose,
    ).toBe(2);
  });

  it('a paragraph opened by a name, an age in brackets and a colon is that person answering (a vox pop)', () => {
    const voxPop = [
      '马金鹏（１４岁）：压岁钱是长辈给我们的，就是属于我们的。我对家长把压岁钱拿走的做法最反感。',
      '李婷艳（19岁）：我一直认为压岁钱应该属于父母。我每年都如数交给父母。',
      '陈晓明（１２岁）：小时候我把压岁钱交给妈妈处理。现在我自己存起来了。',
    ].join('\n\n');
    const features = storyFeatures(voxPop, 'zh');
    expect(features.reported).toBe(1);
    // Their "我" is theirs, not the writer's.
    expect(features.firstPerson).toBe(0);
    expect(
      storyFeatures('Anna Berger (34): Ich fahre seit zehn Jahren jeden Tag mit dem Rad zur Arbeit.', 'de').reported,
    ).toBe(1);
    // A label with no age is a heading's or a tip's ("注意：", "Tipp:"), no speaker's.
    expect(storyFeatures('注意：压岁钱最好存进银行，不要随便乱花，也不要借给别人。', 'zh').reported).toBe(0);
    expect(storyFeatures('Tipp: Fahren Sie jeden Tag mit dem Rad zur Arbeit, das spart Geld.', 'de').reported).toBe(0);
    expect(
      storyFeatures('Schritt (1): Fahren Sie jeden Tag mit dem Rad zur Arbeit, das spart Geld.', 'de').reported,
    ).toBe(0);
  });

  it('zh: 说 that says nothing ("不用说", "如果你说", "对我来说") reports no speech; a speaker saying it does', () => {
    const reportedOf = (text: string) => storyFeatures(text, 'zh').reported;
    expect(reportedOf('不用说，找工作之前一定要先把自己的简历认真准备好。')).toBe(0);
    expect(reportedOf('如果你说自己什么都会做，面试官反而会觉得你什么都不精通。')).toBe(0);
    expect(reportedOf('对我来说，第一份工作最重要的是能够学到真正有用的东西。')).toBe(0);
    expect(reportedOf('人事经理王女士说，今年公司计划招聘两百名应届毕业生。')).toBe(1);
  });

  it('zh: 据 and 根据 cite a source opening a clause, not inside a word (数据) nor as "in accordance with"', () => {
    const reportedOf = (text: string) => storyFeatures(text, 'zh').reported;
    expect(reportedOf('据新华社报道，该市今年的高校毕业生人数将超过十万人。')).toBe(1);
    expect(reportedOf('今年以来，根据统计局的数据，全市的工业产值增长了百分之五。')).toBe(1);
    expect(reportedOf('店里会根据客人的人数按每人十元到二十五元付钱给导游。')).toBe(0);
    expect(reportedOf('这些数据都来自公司内部的系统，每个月更新一次。')).toBe(0);
    // A short forum answer: advice to the reader, its one 根据 no source.
    const answer = [
      '导游的收入很大一部分来自购物的回扣，这是业内的行规，国内游和境外游都是这样的。',
      '进店购物一般要停留四十五分钟左右，这样就会有人头费。',
      '店里会根据客人的人数按每人十元到二十五元付钱给导游。',
      '所以出门旅游之前，你一定要看清楚合同里写的购物安排。',
      '购物的时候不要听导游瞎掰，想买什么自己决定就好。',
    ].join('\n\n');
    expect(readsAsStory(answer, 'zh')).toBe(false);
  });

  it('zh: a reporting verb whose subject is the writer or the reader (我承认, 你听说过) reports nothing', () => {
    const reportedOf = (text: string) => storyFeatures(text, 'zh').reported;
    expect(reportedOf('好吧，我承认这些人也许言过其实，但是你也无可奈何。')).toBe(0);
    expect(reportedOf('你听说过最近风靡全世界的极限编程这种开发方法吗？')).toBe(0);
    expect(reportedOf('在这之前我要强调一下，这些建议只是我自己的经验。')).toBe(0);
    expect(reportedOf('据我所知，大部分律师其实并不喜欢他们现在的工作。')).toBe(0);
    expect(reportedOf('一个有说服力的理由在面试的时候是必不可少的。')).toBe(0);
    // Someone else saying it, or "we" (a company, an interviewee) saying it, still reports.
    expect(reportedOf('公司发言人承认，这些产品的质量确实存在一些问题。')).toBe(1);
    expect(reportedOf('他对记者说，我们明年还会继续扩大招聘的规模和范围。')).toBe(1);
    expect(reportedOf('我们在发布会上表示，明年还会继续扩大招聘的规模。')).toBe(1);
    // Advice to students in the writer's voice: its reporting verbs are the writer's own.
    const advice = [
      '大学生们现在还是偶尔向我请教职业发展的问题，所以我把我的建议写下来。',
      '好吧，我承认这些人也许言过其实，但是你也无可奈何。',
      '你听说过最近风靡全世界的极限编程这种开发方法吗？',
      '在这之前我要强调一下，这些建议只是我自己的经验。',
      '如果你喜欢编程，那就好好学习写作，毕业前学会写作。',
      '你应该找一份有大量编程实践的实习，不要只看课本。',
      '一个合格的程序员和一个伟大的程序员的区别在于是否擅长表达。',
    ].join('\n\n');
    expect(readsAsStory(advice, 'zh')).toBe(false);
  });

  it('zh: the writer as 我 counts as first person, not 我国 or 我市, nor 我 in reported speech', () => {
    const firstPersonOf = (text: string) => storyFeatures(text, 'zh').firstPerson;
    expect(firstPersonOf('我觉得找工作的时候最重要的是先弄清楚自己想做什么。')).toBe(1);
    expect(firstPersonOf('我国今年的高校毕业生人数预计将达到一千万人以上。')).toBe(0);
    expect(firstPersonOf('他在会上说，我们明年还会继续扩大招聘的规模和范围。')).toBe(0);
    expect(firstPersonOf('他在会上对记者说：“我们明年还会继续扩大招聘的规模。”')).toBe(0);
    const advice = [
      '我觉得找工作的时候最重要的是先弄清楚自己想做什么。',
      '我现在每天都会投很多简历，但是大部分都没有回音。',
      '不用说，简历一定要写得简洁明了，重点突出自己的能力。',
      '如果你说自己什么都会做，面试官反而会觉得你什么都不精通。',
      '我建议面试之前多看看这家公司的网站，想想自己能做什么。',
    ].join('\n\n');
    expect(readsAsStory(advice, 'zh')).toBe(false);
  });

  it('zh: 了 in 了解 (to know), 为了 (in order to), 除了 (besides) and 不了 (cannot) narrates nothing; 了 after a verb does', () => {
    const pastOf = (text: string) => storyFeatures(text, 'zh').past;
    expect(pastOf('为了找到合适的工作，面试之前一定要好好了解这家公司。')).toBe(0);
    expect(pastOf('除了专业能力以外，沟通能力也是很多公司看重的地方。')).toBe(0);
    expect(pastOf('这样的工作环境很多应届毕业生都受不了，也做不了太久。')).toBe(0);
    expect(pastOf('该公司昨天宣布裁员三百人，股价随即下跌了百分之五。')).toBe(1);
  });

  it('fiction, lines of dialogue exchanged with nobody named and no digit in the prose, is no story', () => {
    const story = [
      'The rain had not stopped since morning, and Mara stood at the window of the empty shop.',
      '"You are late again," she said without turning round to look at him.',
      '"The bridge was closed," Tom answered, shaking the water from his coat.',
      '"It is always the bridge."',
      '"This time it really was."',
      'She laughed and handed him a cup of tea that had long gone cold on the counter.',
      '"Drink it anyway."',
      '"Is that an order?"',
      '"It is a kindness."',
      'He sat down by the stove and listened to the rain drumming on the roof above them.',
      '"Tell me what the letter said."',
      '"Nothing that cannot wait until tomorrow."',
    ].join('\n\n');
    expect(storyFeatures(story, 'en').dialogue).toBe(7);
    expect(readsAsStory(story, 'en', { byline: 'A. Writer' })).toBe(false);
    const zhStory = [
      '放学以后，小林拿着雨伞慢慢地向图书馆走去，走廊里已经没有什么人了。',
      '“你怎么又来晚了？”阿青头也不回地问。',
      '“桥那边又堵住了。”小林一边收伞一边小声回答。',
      '“每次都是那座桥。”',
      '“这次真的是。”',
      '阿青笑了笑，把一杯早就凉了的茶推到他的面前，又低下头去看书。',
      '“喝了吧。”',
      '“这是命令吗？”',
      '“这是好意。”',
      '小林在窗边坐下，听着雨点一下一下地敲在屋顶上，很久都没有说话。',
      '“信里到底写了什么？”',
      '“明天再告诉你吧。”',
    ].join('\n\n');
    expect(readsAsStory(zhStory, 'zh')).toBe(false);
  });

  it('a report whose quotations stand beside each other, among dates and figures, stays a story', () => {
    const report = [
      'The council voted 7 to 2 on Tuesday to close the old bridge for repairs from 1 March.',
      '"We cannot wait another winter," the mayor, Ana Pires, said after the vote.',
      '"The bridge is safe for now."',
      '"It will not be safe in 2026."',
      'Repairs will cost about 4 million euros, according to a report the council published in May.',
      '"Who pays for the detour?"',
      '"The region does, until the end of 2025."',
      'Shop owners on the east bank said their takings fell by a third during the last closure in 2019.',
      '"We lost customers we never got back."',
      '"Nobody asked us this time either."',
    ].join('\n\n');
    expect(storyFeatures(report, 'en').dialogue).toBeGreaterThanOrEqual(6);
    expect(readsAsStory(report, 'en', { byline: 'A. Reporter' })).toBe(true);
  });

  it('tips written out under numbered headings ("1. …", "2. …", "3. …") are no story unless the prose is sourced', () => {
    const tips = [
      'Wer im Winter draußen unterwegs ist, braucht warme Kleidung, die der Natur möglichst wenig schadet.',
      '1. Auf Wolle setzen',
      'Wolle wärmt auch dann noch, wenn sie feucht geworden ist, und sie riecht nach Tagen kaum.',
      'Viele Marken bieten inzwischen Unterwäsche aus Wolle von Schafen aus artgerechter Haltung an.',
      '2. Recycelte Stoffe wählen',
      'Jacken aus recyceltem Polyester brauchen in der Herstellung deutlich weniger Energie als neue Fasern.',
      '3. Kleidung reparieren',
      'Das umweltschonendste Kleidungsstück ist jenes, das man schon lange im Schrank hat.',
      'Kleine Löcher lassen sich mit Nadel und Faden oft in wenigen Minuten wieder schließen.',
    ];
    expect(storyFeatures(tips.join('\n\n'), 'de').numberedSections).toBe(3);
    expect(readsAsStory(tips.join('\n\n'), 'de', { byline: 'A. Autorin' })).toBe(false);
    // Numbered items one after the other are a list, not sections.
    const list = ['1. Wolle', '2. Recycling', '3. Reparieren'];
    expect(storyFeatures([tips[0], ...list, ...tips.slice(2)].join('\n\n'), 'de').numberedSections).toBe(1);
    const sourced = [
      ...tips,
      'Laut einer Studie von Greenpeace finden sich die Chemikalien inzwischen sogar in entlegenen Bergseen.',
      'Die Hersteller hätten zu lange gewartet, sagte eine Sprecherin der Umweltorganisation am Montag.',
    ].join('\n\n');
    expect(readsAsStory(sourced, 'de', { byline: 'A. Autorin' })).toBe(true);
  });

  it('numbered tips that speak to the reader are a guide though a few lines in them are quoted', () => {
    const guide = [
      '1. Report the trend, not the number',
      'At the status meeting your manager will ask how many bugs are left to find in the release.',
      'You should give a range, because a single figure sounds far more certain than it is.',
      '2. Say what changed since last week',
      'A good summary sounds like this: "We predict 120 to 240 bugs, and the best estimate is 180."',
      'The team lead may reply, "That is wider than last week, so what happened?", and you need an answer ready.',
      '3. Name the risky areas',
      'Every product has modules where bugs cluster, such as the printing code or the account screens.',
      'You can list them on one slide so that the developers know where to look first.',
    ].join('\n\n');
    const features = storyFeatures(guide, 'en');
    expect(features.numberedSections).toBe(3);
    expect(features.reported).toBeGreaterThanOrEqual(0.15);
    expect(features.address).toBeGreaterThanOrEqual(0.12);
    expect(readsAsStory(guide, 'en')).toBe(false);
    // A report in numbered parts that mostly tells what people said stays a story, reader addressed or not.
    expect(storyVerdict({ ...features, reported: 0.4 })).toBe(true);
  });

  it('a report in a few long numbered parts is a story though little of it is sourced', () => {
    // A researcher's view in one paragraph of two or three: cited, but too little for the prose to count as sourced.
    const paragraph = (topic: string, index = 0) =>
      [
        `本次调查共收回有效问卷一千五百份，其中关于${topic}的题目共有十二道，覆盖城区和郊区的学生。`,
        index % 2
          ? `结果显示，${topic}方面的整体状况属于正常范围，城区和郊区之间的差别并不明显。`
          : `研究人员表示，${topic}方面的问题与学校和家庭的引导不够有关。`,
        `在${topic}方面，女生的变化普遍比男生早一到两年，这与以往的研究结论大体一致。`,
        `家庭收入较低的学生在${topic}方面表现出更多的困难，学校需要给予更多的关注。`,
        `总体上看，学生们在${topic}方面的发展处在稳步上升的态势之中，令人感到欣慰。`,
      ].join('');
    const parts = ['一、生理发展', '二、心理发展', '三、学习态度'].flatMap((heading) => [
      heading,
      ...Array.from({ length: 5 }, (_, index) => paragraph(heading.slice(2), index)),
    ]);
    const text = parts.join('\n\n');
    const features = storyFeatures(text, 'zh');
    expect(features.numberedSections).toBe(3);
    expect(features.reported).toBeGreaterThan(0.05);
    expect(features.reported).toBeLessThan(0.15);
    expect(features.prose).toBeGreaterThanOrEqual(60);
    expect(readsAsStory(text, 'zh')).toBe(true);
    // The same headings over a paragraph each are tips written out.
    const tips = ['一、生理发展', '二、心理发展', '三、学习态度'].flatMap((heading) => [
      heading,
      paragraph(heading.slice(2), 1),
    ]);
    expect(readsAsStory(tips.join('\n\n'), 'zh')).toBe(false);
  });

  it('a collection of many numbered sections is no story though its tales quote their people', () => {
    const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
    // Every other tale ends with a verse reference after its last stop, as a collection of sermon anecdotes does.
    const tale = (numeral: string, index: number) => [
      `${numeral}、凡事都要感谢`,
      `从前有一位农夫，他的田被大水冲坏了，邻居们都来看他。他却说：“感谢主，我的家人都平安。”邻居们听了都很奇怪，就问他为什么还要感谢。他回答说：“田坏了还可以再种，人没有了就什么都没有了。”第二年春天，他又把田种好了。那一年的收成比往年还要好。所以我们无论遇到什么事情，都应当存感恩的心。${index % 2 ? '(诗 100:4)' : ''}`,
    ];
    const collection = numerals.flatMap(tale).join('\n\n');
    expect(storyFeatures(collection, 'zh').numberedSections).toBe(12);
    expect(storyFeatures(collection, 'zh').reported).toBeGreaterThanOrEqual(0.15);
    expect(readsAsStory(collection, 'zh')).toBe(false);
    // Four such sections, their prose sourced, are a story's parts.
    expect(readsAsStory(numerals.slice(0, 4).flatMap(tale).join('\n\n'), 'zh')).toBe(true);
  });

  it('a quotation the writer says ("“…,” I said") does not source a blog post', () => {
    const post = [
      'I was in the neighbourhood for a meeting about our plans for next year when I spotted this bike.',
      'Hold up, that is an old touring frame with a worn patina, custom wood fenders and a three-speed hub.',
      'Sorry to interrupt again, but may I take a picture of your bike for my blog?',
      'The frame has a retro drivetrain, and the owner shows me a photo of it on his phone.',
      '“Send me that photo tonight,” I said, and I thought he was another bike geek working in tech, like me.',
      'Their chatter stops when they notice you, and then it is like, “sorry, please carry on with your strategy.”',
      'You can find more bikes like this one in the gallery on the right of this page.',
      'Most of the people who work around here walk three abreast on the pavement at lunchtime.',
    ].join('\n\n');
    expect(storyFeatures(post, 'en').reported).toBe(1 / 8);
    expect(readsAsStory(post, 'en')).toBe(false);
    // The same line said by someone else is reported speech, and two such sentences source the post.
    expect(readsAsStory(post.replace('I said, and I', 'he said, and I'), 'en')).toBe(true);
  });

  it('one sentence that reports, among three, does not make a page of fragments sourced', () => {
    // A blog post of list lines with three sentences of prose, one of them reporting.
    const notes: StoryFeatures = {
      prose: 3,
      reported: 1 / 3,
      address: 0,
      firstPerson: 0.33,
      commerce: 0,
      past: 0,
      blocks: 11,
      fragments: 0.82,
      dateline: false,
      dialogue: 0,
      dialogueShare: 0,
      numbers: 0,
      numberedSections: 0,
    };
    expect(storyVerdict(notes)).toBe(false);
    // Two that report, among six, are sourcing (in a text not written in its writer's present first person).
    expect(storyVerdict({ ...notes, prose: 6, firstPerson: 0.1 })).toBe(true);
  });

  it('a signed brief among fragments is a story where its prose reports what someone said', () => {
    // A paywalled page: a label, a standfirst without a stop, a date, a caption, one paragraph.
    const brief = [
      'For subscribers',
      'The union leader, who said she will step down soon, accused the party of silencing its critics',
      'Wednesday, May 11, 2022 - 3:40 a.m.',
      'Ana Ortiz said she would resign as president of the union. (Photo by Lee Park)',
      'The union leader told reporters on Tuesday that the party had tried for months to silence her.',
    ].join('\n\n');
    expect(storyFeatures(brief, 'en').fragments).toBeGreaterThanOrEqual(0.6);
    expect(readsAsStory(brief, 'en', { byline: 'Lee Park' })).toBe(true);
    // Unsigned, as little prose among as many fragments is too little to tell.
    expect(readsAsStory(brief, 'en')).toBe(false);
  });

  it('an encyclopedia entry, its sentences carrying footnote markers, is no story however it is signed and dated', () => {
    const entry = [
      'Tavira is a city and municipality in the Algarve,[1] on the south coast of Portugal.',
      'It has a population of about 26,000[2] and lies on both banks of the Gilão river.',
      'The town was taken from the Moors in 1242[3] by the knights of the Order of Santiago.',
      'History[edit]',
      'In the 16th century the port supplied the Portuguese garrisons in North Africa.[4][5] It was a busy harbour.',
      'Its fishing industry declined[n 1] after the tuna catch collapsed in the 1970s.',
    ].join('\n\n');
    expect(storyFeatures(entry, 'en').citations).toBeGreaterThanOrEqual(0.8);
    expect(
      readsAsStory(entry, 'en', { byline: 'Contributors to Wikimedia projects', publishedTime: '2003-02-28' }),
    ).toBe(false);
    // A paper's reference after a space and an array index in code prose are no footnote markers of a wiki.
    expect(
      storyFeatures('Logistics is the core of online retail in the country today [3] and it grows fast.', 'en')
        .citations,
    ).toBe(0);
    // An agency story quoting an entry keeps its dateline.
    const datelined = `LISBON (Reuters) - The town council of Tavira voted on Monday to close its old fish market.\n\n${entry}`;
    expect(readsAsStory(datelined, 'en')).toBe(true);
  });

  it("reads an entry's footnotes among its paragraphs, not among its infobox and table lines", () => {
    const paragraphs = [
      '金锺国（1976年4月25日[1]－），韩国男艺人，曾为三人男子组合Turbo成员，至2000年独立发展。',
      '2001年4月3日，金锺国正式离开前经纪公司，并与彗星媒体签定了三张唱片合约。[2]',
      '2002年至2003年间，他深陷合约纠纷，歌手生涯被迫暂时中止，期间活跃于综艺节目。',
      '2015年12月21日，Turbo三人回归，发布新专辑，并在多个音乐节目中演出。',
    ];
    // A filmography's lines: long, without a stop or a marker.
    const table = Array.from(
      { length: 40 },
      (_, index) => `与金建模、金忠叙、郑朱莉、裴基成、赵安、刘彩英第${index + 1}期节目`,
    );
    const cited = storyFeatures([...paragraphs, ...table].join('\n\n'), 'zh').citations ?? 0;
    expect(cited).toBeGreaterThanOrEqual(0.5);
    // One cited paragraph is a line quoted from a wiki.
    expect(storyFeatures([paragraphs[0], ...paragraphs.slice(2)].join('\n\n'), 'zh').citations).toBe(0);
  });

  it('a long unsigned, undated text with a figure in nearly every sentence is figures written out, not a story', () => {
    const records: StoryFeatures = {
      prose: 54,
      reported: 0.13,
      address: 0,
      firstPerson: 0,
      commerce: 0.17,
      past: 0.78,
      blocks: 26,
      fragments: 0.15,
      dateline: false,
      dialogue: 0,
      dialogueShare: 0,
      numbers: 0.96,
      numberedSections: 0,
    };
    expect(storyVerdict(records)).toBe(false);
    // Signed or dated, a market report full of figures is news; so is one with figures in two thirds of its sentences.
    expect(storyVerdict(records, { publishedTime: '2006-10-31T09:00:00Z' })).toBe(true);
    expect(storyVerdict(records, { byline: 'Ana Ruiz' })).toBe(true);
    expect(storyVerdict({ ...records, numbers: 0.67 })).toBe(true);
    // A short brief is too short to tell.
    expect(storyVerdict({ ...records, prose: 12 })).toBe(true);
  });

  it('an engineering post in a team\'s "we" with code on the page and nobody else speaking is no story', () => {
    const post: StoryFeatures = {
      prose: 150,
      reported: 0.08,
      address: 0,
      firstPerson: 0.15,
      singularWriter: 0.02,
      commerce: 0,
      past: 0.55,
      blocks: 160,
      fragments: 0.59,
      dateline: false,
      dialogue: 0,
      dialogueShare: 0,
      numbers: 0.05,
      numberedSections: 0,
    };
    expect(storyVerdict(post, { byline: 'Sam Lee', codeBlocks: 2 })).toBe(false);
    // Without code, or with others quoted, or a writer who is one person (a first-hand account), it may be a story.
    expect(storyVerdict(post, { byline: 'Sam Lee' })).toBe(true);
    expect(storyVerdict({ ...post, reported: 0.14 }, { byline: 'Sam Lee', codeBlocks: 2 })).toBe(true);
    expect(storyVerdict({ ...post, singularWriter: 0.12 }, { byline: 'Sam Lee', codeBlocks: 2 })).toBe(true);
    // A short news item showing a snippet of code is not a post.
    expect(storyVerdict({ ...post, prose: 11 }, { byline: 'Sam Lee', codeBlocks: 2 })).toBe(true);
  });

  it('judges a snippet too short to tell as a story', () => {
    expect(readsAsStory('Revenue tripled last year to $96 million, according to the company.', 'en')).toBe(true);
  });
});

describe('storyFeatures: datelines of agency stories', () => {
  const opening = (dateline: string, lang = 'en') =>
    storyFeatures(`${dateline}The government announced new rules for the banks on the first day of the week.`, lang)
      .dateline;

  it('reads a place with an agency, a place with a date, and a place, a date and an agency as a dateline', () => {
    expect(opening('MUMBAI (Reuters) - ')).toBe(true);
    expect(opening('WASHINGTON (AP) — ')).toBe(true);
    expect(opening('Mumbai, Jan 7 - ')).toBe(true);
    expect(opening('New Delhi, Jan. 7, 2024 — ')).toBe(true);
    expect(opening('PARIS, 3 mars (AFP) - ', 'fr')).toBe(true);
    expect(opening('Berlin, 3. März – ', 'de')).toBe(true);
  });

  it('reads no dateline in an opening clause that only looks like one', () => {
    expect(opening('In total, 12 people — ')).toBe(false);
    expect(opening('')).toBe(false);
    expect(opening('The report (seen by us) - ')).toBe(false);
  });
});

describe('interviewAnswers: an interview printed as questions and answers', () => {
  const answersOf = (lines: string[], lang = 'en') => {
    const text = lines.join('\n\n');
    return interviewAnswers(splitBlocks(text), lexiconFor(lang), text);
  };

  it('gives each answer to the name its label begins, written in full where the page names them', () => {
    const { questions, answers } = answersOf([
      'At the fair I met Girish Wagh, the engineer behind the small car.',
      'Me: How did you bring the cost down?',
      'Girish: We changed how we buy parts. Suppliers bid online now.',
      'Me: What was the hardest part?',
      'Girish: The weight. Every gram we added had to be taken out again.',
      'That part we redid three times before the launch.',
      'Me: Will it sell?',
      'Girish: We think it has great potential.',
      'I left the stand convinced that the car will change the market.',
    ]);
    expect([...questions]).toEqual([1, 3, 6]);
    expect([...answers]).toEqual([
      [2, 'Girish Wagh'],
      [4, 'Girish Wagh'],
      [5, 'Girish Wagh'],
      [7, 'Girish Wagh'],
    ]);
  });

  it('reads "Q:" and "A:" in any language, and the interviewer\'s label of a Chinese transcript', () => {
    const letters = answersOf(
      [
        'P: ¿Cuándo empezó el proyecto?',
        'R: Hace dos años, con un equipo de cinco personas.',
        'P: ¿Y ahora?',
        'R: Somos cuarenta y trabajamos en tres países.',
      ],
      'es',
    );
    expect([...letters.answers]).toEqual([
      [1, null],
      [3, null],
    ]);
    const transcript = answersOf(
      [
        '记者：首先欢迎你来到这里，请你谈谈今年的情况。',
        '李金泽：今年我们的销售增长了三成，农民的收入也提高了。',
        '记者：你们下一步有什么打算？',
        '李金泽：我们要建一个培训学校，让农民学会使用新机器。',
      ],
      'zh',
    );
    expect([...transcript.answers.values()]).toEqual(['李金泽', '李金泽']);
  });

  it('finds no interview in a single exchange, a list of labelled lines or a programme of chairs', () => {
    expect(answersOf(['Me: Is it safe?', 'Girish: Completely safe.']).answers.size).toBe(0);
    const lineUps = [
      'Argentina: ESPN Argentina, Fox Sports Argentina y Star+.',
      'Chile: Fox Sports Chile, Star+ y ESPN Chile.',
      'Colombia: Star+, ESPN y Fox Sports.',
      'México: ESPN y Star+.',
    ];
    expect(answersOf(lineUps, 'es').answers.size).toBe(0);
    const programme = ['主持人：周立群教授', '地点：第一会议室', '主持人：马龙', '评论人：田国强'];
    expect(answersOf(programme, 'zh').answers.size).toBe(0);
  });

  it('counts the answers as reported and their "I" as the interviewee\'s, not the writer\'s', () => {
    const interview = [
      'Q: When did you start the company?',
      'A: I started it in my kitchen in 2009. I had no money and no plan.',
      'Q: What changed?',
      'A: I found two partners. We rented an office and I stopped cooking there.',
      'Q: What comes next?',
      'A: I want to open a second site next year. I think the market is ready for it.',
    ].join('\n\n');
    const features = storyFeatures(interview, 'en');
    expect(features.reported).toBeGreaterThanOrEqual(0.35);
    expect(features.firstPerson).toBe(0);
    expect(readsAsStory(interview, 'en')).toBe(true);
  });
});

describe('bareInterviewAnswers: an interview whose questions have no label', () => {
  const questionsAndAnswers = [
    'Dans votre travail, vous expliquez qu’il est difficile d’unifier ces politiques. Pourquoi ?',
    'Il y a d’abord le poids de la géographie. L’Europe est composée de pays insulaires.',
    'Vous évoquez la France et l’Allemagne. Pourquoi la France est-elle moins engagée ?',
    'Depuis les années 1990, une loi est promulguée tous les deux ans.',
    'Pour François Fillon il y avait trop de juridisme.',
    'Est-ce une solution pertinente selon vous ?',
    'Seul le Canada a une politique d’immigration choisie.',
  ];

  it('gives the paragraphs after each question to the person the lead says the conversation is with', () => {
    const { questions, answers } = bareInterviewAnswers(
      splitBlocks(questionsAndAnswers.join('\n\n')),
      lexiconFor('fr'),
      'Nous publions une conversation avec François Héran, titulaire de la chaire migrations.',
    );
    expect([...questions]).toEqual([0, 2, 5]);
    expect([...answers]).toEqual([
      [1, 'François Héran'],
      [3, 'François Héran'],
      [4, 'François Héran'],
      [6, 'François Héran'],
    ]);
  });

  it('reads no interview without a lead naming whom it is with, nor from questions that speak to no one', () => {
    const blocks = splitBlocks(questionsAndAnswers.join('\n\n'));
    expect(bareInterviewAnswers(blocks, lexiconFor('fr'), 'La politique migratoire en Europe.').answers.size).toBe(0);
    const rhetorical = splitBlocks(
      [
        'Que faire de la dette ?',
        'Le gouvernement hésite.',
        'Faut-il baisser les impôts ?',
        'Les économistes sont divisés.',
        'Et demain ?',
        'Personne ne le sait.',
      ].join('\n\n'),
    );
    expect(bareInterviewAnswers(rhetorical, lexiconFor('fr'), 'Un entretien avec François Héran.').answers.size).toBe(
      0,
    );
  });
});
