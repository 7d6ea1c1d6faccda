/**
 * The generated library the library benchmarks load (bench-library.ts, bench-library-upgrade.ts):
 * seeded, so every run loads the same pages, claims, terms and highlights, in the library
 * export format the background's own import reads.
 */
import { seededRandom } from './seeded-random';

export const CLAIMS_PER_PAGE = 10;
export const HIGHLIGHTS_PER_PAGE = 2;
export const CHUNK = 500;

const random = seededRandom(20261130);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const SITES = [
  'www.gate.com',
  'www.binance.com',
  'www.okx.com',
  'www.coindesk.com',
  'cointelegraph.com',
  'br.cointelegraph.com',
  'decrypt.co',
  'techcrunch.com',
  'www.theverge.com',
  'venturebeat.com',
  'www.wired.com',
  'arstechnica.com',
  'tecnoblog.net',
  'olhardigital.com.br',
  'www.xataka.com',
  'elpais.com',
];
const FIRST = [
  'Sam',
  'Dario',
  'Demis',
  'Satya',
  'Sundar',
  'Jensen',
  'Mira',
  'Ilya',
  'Yann',
  'Fei-Fei',
  'Andrew',
  'Lisa',
  'Mustafa',
  'Arthur',
  'Aidan',
];
const LAST = [
  'Altman',
  'Amodei',
  'Hassabis',
  'Nadella',
  'Pichai',
  'Huang',
  'Murati',
  'Sutskever',
  'LeCun',
  'Li',
  'Ng',
  'Su',
  'Suleyman',
  'Mensch',
  'Gomez',
];
const EXTRA_LAST = Array.from({ length: 200 }, (_, n) => `Person${n}`);
const WORDS_EN =
  'model compute scaling training inference agents benchmark reasoning data center chips revenue safety regulation open weights cost latency tokens context window research lab startup funding valuation partnership cloud energy'.split(
    ' ',
  );
const WORDS_PT =
  'modelo inteligência artificial treinamento agentes custo pesquisa empresa investimento energia regulação segurança dados mercado trabalho previsão crescimento'.split(
    ' ',
  );
const WORDS_ZH = [
  '模型',
  '算力',
  '训练',
  '推理',
  '智能体',
  '芯片',
  '数据中心',
  '成本',
  '监管',
  '安全',
  '开源',
  '阿尔特曼',
];
const KINDS = ['quote', 'figure', 'prediction', 'plan', 'opinion', 'fact'] as const;
const TERMS = [
  'scaling-laws',
  'ai-agent',
  'data-center',
  'inference',
  'fine-tuning',
  'open-weights',
  'benchmark',
  'agi',
];

function sentence(lang: string): string {
  if (lang === 'zh') return Array.from({ length: 8 }, () => pick(WORDS_ZH)).join('') + '。';
  const words = lang === 'pt' ? WORDS_PT : WORDS_EN;
  const text = Array.from({ length: 14 }, () => pick(words)).join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function uuid(n: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `urn:uuid:00000000-0000-4000-8000-${hex}`;
}

/** One chunk of the generated library, in the library export format. */
export function chunk(from: number, to: number) {
  const pages: unknown[] = [];
  const claims: unknown[] = [];
  const terms: unknown[] = [];
  const items: unknown[] = [];
  for (let n = from; n < to; n++) {
    const site = pick(SITES);
    const lang = random() < 0.6 ? 'en' : random() < 0.75 ? 'pt' : 'zh';
    const url = `https://${site}/news/${n}-story`;
    const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(random() * 1000) * 86_400_000).toISOString();
    const pageTerms = [pick(TERMS), pick(TERMS)].filter((term, i, all) => all.indexOf(term) === i);
    pages.push({
      url,
      title: sentence(lang).slice(0, 80),
      site: site.replace(/^www\./, ''),
      lang,
      byline: null,
      publishedAt: day,
      keptAt: day,
      updatedAt: day,
      originalPublisher: null,
      originalUrl: null,
      disclaimer: random() < 0.3,
      analyzed: true,
      claimCount: CLAIMS_PER_PAGE,
      termCount: pageTerms.length,
      highlightCount: HIGHLIGHTS_PER_PAGE,
    });
    for (let c = 0; c < CLAIMS_PER_PAGE; c++) {
      const last = random() < 0.5 ? pick(LAST) : pick(EXTRA_LAST);
      const speaker = random() < 0.7 ? `${pick(FIRST)} ${last}` : null;
      const text = `${sentence(lang)}${speaker ? ` ${speaker} said.` : ''}`;
      claims.push({
        id: `${url}#claim-${c}`,
        pageUrl: url,
        claimId: `claim-${c}`,
        kind: pick(KINDS),
        speaker,
        speakerKey: speaker ? last.toLowerCase() : null,
        text,
        anchor: { start: 0, end: text.length, exact: text, prefix: '', suffix: '' },
      });
    }
    for (const termId of pageTerms) {
      terms.push({
        id: `${url}#${termId}`,
        pageUrl: url,
        termId,
        label: termId.replace(/-/g, ' '),
        forms: [termId],
        count: 1,
      });
    }
    for (let h = 0; h < HIGHLIGHTS_PER_PAGE; h++) {
      items.push({
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: uuid(n * HIGHLIGHTS_PER_PAGE + h),
        type: 'Annotation',
        motivation: 'highlighting',
        created: day,
        modified: day,
        target: {
          source: url,
          selector: [{ type: 'TextQuoteSelector', exact: sentence(lang), prefix: '', suffix: '' }],
        },
        ...(random() < 0.3
          ? { body: { type: 'TextualBody', value: sentence(lang), format: 'text/plain', purpose: 'commenting' } }
          : {}),
        marginalia: { colour: 'yellow', pageTitle: '' },
      });
    }
  }
  return JSON.stringify({
    type: 'MarginaliaLibrary',
    version: 1,
    highlights: {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:uuid:00000000-0000-4000-8000-000000000000',
      type: 'AnnotationCollection',
      total: items.length,
      first: { type: 'AnnotationPage', startIndex: 0, items },
    },
    pages,
    claims,
    terms,
  });
}
