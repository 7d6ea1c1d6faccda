import type { GoldArticle } from './types';

export const germanArticles: GoldArticle[] = [
  {
    id: 'de-automobil-ki',
    lang: 'de',
    text: [
      'Autozulieferer setzt auf KI in der Fertigung',
      'Von Jonas Berger',
      'Der Stuttgarter Zulieferer Kessler Werke will bis 2027 rund 300 Millionen Euro in KI-gestützte Qualitätskontrolle investieren. Das kündigte das Unternehmen am Mittwoch an.',
      'Vorstandschefin Anna Kessler sagte, die Kameras und Modelle hätten in einem Pilotwerk die Ausschussquote um 30 Prozent gesenkt. „Wir prüfen jetzt jedes Bauteil. Früher war es nur jedes zwanzigste“, sagte sie.',
      'Bild: Ein Roboterarm prüft Bremsscheiben im Werk Esslingen',
      'Kessler räumte ein, dass das Unternehmen zu lange gezögert habe. Sie glaubt, dass deutsche Mittelständler ohne KI in der Produktion bald Aufträge an Konkurrenten aus Asien verlieren werden.',
      'Die IG Metall reagierte skeptisch. Betriebsrat Stefan Wolf warnte, dass durch die Automatisierung bis zu 400 Stellen wegfallen könnten.',
      'Laut Kessler Werke sollen betroffene Mitarbeiter umgeschult werden, Kündigungen seien nicht geplant.',
      'Hinweis: Die Ausschussquote bezeichnet den Anteil fehlerhafter Teile an der Gesamtproduktion.',
      'Was bedeutet das für die Beschäftigten?',
      'Dieser Artikel erschien zuerst im Schwäbischen Wirtschaftsblatt.',
    ].join('\n\n'),
    gold: [
      { match: 'rund 300 Millionen Euro', kind: 'plan', speaker: 'Kessler Werke' },
      { match: 'Ausschussquote um 30 Prozent gesenkt', kind: 'figure', speaker: 'Anna Kessler' },
      { match: 'Wir prüfen jetzt jedes Bauteil', kind: 'quote', speaker: 'Anna Kessler' },
      { match: 'zu lange gezögert habe', kind: 'opinion', speaker: 'Anna Kessler' },
      { match: 'bald Aufträge an Konkurrenten', kind: 'prediction', speaker: 'Anna Kessler' },
      { match: 'bis zu 400 Stellen wegfallen', kind: 'prediction', speaker: 'Stefan Wolf' },
      { match: 'Kündigungen seien nicht geplant', kind: 'plan', speaker: 'Kessler Werke' },
    ],
  },
];
