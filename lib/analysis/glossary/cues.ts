import { acronym, type FormInput, type PerLang } from './schema';

/**
 * Words that say a passage is about AI. They let nearby ambiguous forms count; they are not glossary
 * terms themselves. Unambiguous glossary forms count as cues too (see matcher).
 */
const PRODUCT_NAMES: FormInput[] = [
  'OpenAI',
  'ChatGPT',
  'Anthropic',
  'DeepMind',
  'Hugging Face',
  'Midjourney',
  'DeepSeek',
];

export const AI_CUES: PerLang<FormInput[]> = {
  en: [
    acronym('AI'),
    'A.I.',
    'artificial intelligence',
    'machine learning',
    'deep learning',
    'language model',
    'language models',
    'chatbot',
    'chatbots',
    ...PRODUCT_NAMES,
  ],
  pt: [
    acronym('IA'),
    'inteligência artificial',
    'aprendizado de máquina',
    'aprendizagem automática',
    'aprendizado profundo',
    'modelo de linguagem',
    'modelos de linguagem',
  ],
  es: [
    acronym('IA'),
    'inteligencia artificial',
    'aprendizaje automático',
    'aprendizaje profundo',
    'modelo de lenguaje',
    'modelos de lenguaje',
  ],
  fr: [
    acronym('IA'),
    'intelligence artificielle',
    'apprentissage automatique',
    'apprentissage profond',
    'modèle de langage',
    'modèles de langage',
  ],
  de: [
    acronym('KI'),
    'künstliche Intelligenz',
    'künstlichen Intelligenz',
    'maschinelles Lernen',
    'Sprachmodell',
    'Sprachmodelle',
  ],
  zh: ['人工智能', '人工智慧', '机器学习', '機器學習', '深度学习', '大模型', '语言模型', '語言模型'],
  ja: ['人工知能', '機械学習', '深層学習', '言語モデル', '生成AI'],
};
