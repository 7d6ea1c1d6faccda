import type { GoldArticle } from './types';

export const frenchArticles: GoldArticle[] = [
  {
    id: 'fr-mistral-like-startup',
    lang: 'fr',
    text: [
      "La start-up parisienne Azurine lève 600 millions d'euros",
      'Par Camille Roussel',
      "La start-up française Azurine, qui développe des modèles de langage ouverts, a annoncé lundi une levée de fonds de 600 millions d'euros, ce qui porte sa valorisation à 5 milliards d'euros.",
      "Son président, Thomas Lefèvre, a déclaré que cet argent servira d'abord à acheter des puces et à doubler les effectifs. « Nous voulons prouver qu'un laboratoire européen peut rivaliser avec les géants américains », a-t-il ajouté.",
      "Photo : les locaux d'Azurine dans le 10e arrondissement de Paris",
      "Azurine prévoit de lancer un modèle spécialisé pour le droit et la santé avant la fin de l'année.",
      "Lefèvre estime que la réglementation européenne sur l'IA est une chance plutôt qu'un frein, car elle rassure les entreprises clientes.",
      "Selon le cabinet Datavue, les start-up européennes de l'IA ont levé 11 milliards d'euros en 2024, deux fois plus qu'en 2022.",
      "Mais tout le monde n'est pas convaincu. La chercheuse Sophie Marchand pense que la concurrence sur les prix va réduire les marges de tous les acteurs.",
      "Faut-il s'en réjouir ?",
      'Cet article a été publié pour la première fois sur Tech Hexagone.',
    ].join('\n\n'),
    gold: [
      { match: 'levée de fonds de 600 millions', kind: 'figure', speaker: null },
      { match: "servira d'abord à acheter des puces", kind: 'plan', speaker: 'Thomas Lefèvre' },
      { match: 'Nous voulons prouver', kind: 'quote', speaker: 'Thomas Lefèvre' },
      { match: 'lancer un modèle spécialisé', kind: 'plan', speaker: null },
      { match: "une chance plutôt qu'un frein", kind: 'opinion', speaker: 'Thomas Lefèvre' },
      { match: 'ont levé 11 milliards', kind: 'figure', speaker: 'Datavue' },
      { match: 'va réduire les marges', kind: 'prediction', speaker: 'Sophie Marchand' },
    ],
  },
];
