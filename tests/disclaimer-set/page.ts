import type { DisclaimerCase } from './cases';

/** A neutral AI-news paragraph per language, so every page has an article around the case text. */
const FILLER: Record<string, { title: string; paragraph: string }> = {
  en: {
    title: 'Chipmaker unveils a new AI accelerator',
    paragraph:
      'The company said its new accelerator doubles training throughput for large language models while using less power than the previous generation.',
  },
  pt: {
    title: 'Fabricante apresenta novo acelerador de IA',
    paragraph:
      'A empresa afirmou que o novo acelerador dobra a velocidade de treinamento de grandes modelos de linguagem e consome menos energia que a geração anterior.',
  },
  es: {
    title: 'Un fabricante presenta un nuevo acelerador de IA',
    paragraph:
      'La empresa afirmó que su nuevo acelerador duplica la velocidad de entrenamiento de los grandes modelos de lenguaje con un menor consumo de energía.',
  },
  fr: {
    title: "Un fabricant dévoile un nouvel accélérateur d'IA",
    paragraph:
      "L'entreprise affirme que son nouvel accélérateur double la vitesse d'entraînement des grands modèles de langage tout en consommant moins d'énergie.",
  },
  'zh-Hans': {
    title: '芯片厂商发布新款人工智能加速器',
    paragraph: '该公司表示，新款加速器可将大语言模型的训练速度提高一倍，同时功耗低于上一代产品。',
  },
  'zh-Hant': {
    title: '晶片廠商發表新款人工智慧加速器',
    paragraph: '該公司表示，新款加速器可將大型語言模型的訓練速度提高一倍，同時功耗低於上一代產品。',
  },
  ja: {
    title: '半導体メーカーが新しいAIアクセラレーターを発表',
    paragraph:
      '同社によると、新しいアクセラレーターは大規模言語モデルの学習速度を2倍に高め、消費電力も前世代より少ないという。',
  },
  vi: {
    title: 'Hãng chip ra mắt bộ tăng tốc AI mới',
    paragraph:
      'Công ty cho biết bộ tăng tốc mới giúp tăng gấp đôi tốc độ huấn luyện các mô hình ngôn ngữ lớn trong khi tiêu thụ ít điện năng hơn thế hệ trước.',
  },
  ru: {
    title: 'Производитель чипов представил новый ускоритель ИИ',
    paragraph:
      'В компании заявили, что новый ускоритель вдвое ускоряет обучение больших языковых моделей и потребляет меньше энергии, чем предыдущее поколение.',
  },
  uk: {
    title: 'Виробник чипів представив новий прискорювач ШІ',
    paragraph:
      'У компанії заявили, що новий прискорювач удвічі пришвидшує навчання великих мовних моделей і споживає менше енергії, ніж попереднє покоління.',
  },
  id: {
    title: 'Produsen cip meluncurkan akselerator AI baru',
    paragraph:
      'Perusahaan menyatakan akselerator barunya menggandakan kecepatan pelatihan model bahasa besar dengan konsumsi daya lebih rendah dari generasi sebelumnya.',
  },
  ar: {
    title: 'شركة رقائق تكشف عن مسرّع جديد للذكاء الاصطناعي',
    paragraph:
      'قالت الشركة إن المسرّع الجديد يضاعف سرعة تدريب النماذج اللغوية الكبيرة مع استهلاك أقل للطاقة مقارنة بالجيل السابق.',
  },
  ko: {
    title: '반도체 업체, 새 AI 가속기 공개',
    paragraph:
      '회사 측은 새 가속기가 대규모 언어 모델의 학습 속도를 두 배로 높이면서도 이전 세대보다 전력을 적게 쓴다고 밝혔다.',
  },
  tr: {
    title: 'Çip üreticisi yeni yapay zekâ hızlandırıcısını tanıttı',
    paragraph:
      'Şirket, yeni hızlandırıcının büyük dil modellerinin eğitim hızını iki katına çıkardığını ve önceki nesilden daha az enerji tükettiğini açıkladı.',
  },
};

function fillerFor(lang: string): { title: string; paragraph: string } {
  const primary = lang.split('-')[0] ?? lang;
  return FILLER[lang] ?? FILLER[primary] ?? FILLER.en!;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The case's text embedded in a small news page at its placement. */
export function buildCasePage(item: DisclaimerCase): string {
  const { title, paragraph } = fillerFor(item.lang);
  const at = (placement: DisclaimerCase['placement'], element: string) =>
    item.placement === placement ? `<${element} class="case-text">${escapeHtml(item.text)}</${element}>` : '';
  const dir = item.lang === 'ar' ? ' dir="rtl"' : '';
  return `<!doctype html>
<html lang="${item.lang}"${dir}>
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body>
  ${item.placement === 'cookie-banner' ? `<div class="cookie-consent" role="dialog">${at('cookie-banner', 'p')}<button>OK</button></div>` : ''}
  ${at('top-banner', 'div')}
  <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/markets">Markets</a></nav></header>
  <main>
    <article>
      <h1>${escapeHtml(title)}</h1>
      <p>${escapeHtml(paragraph)}</p>
      ${at('article-body', 'p')}
      <p>${escapeHtml(paragraph)}</p>
      ${at('article-end', 'p')}
    </article>
    ${at('after-article', 'div')}
  </main>
  <aside><h3>Related</h3><ul><li><a href="/a">Markets today</a></li></ul>${at('aside', 'p')}</aside>
  <footer><ul><li><a href="/terms">Terms</a></li><li><a href="/privacy">Privacy</a></li></ul>${at('footer', 'p')}</footer>
</body>
</html>`;
}

/** The article's plain text as the extractor would give it (blocks joined by blank lines). */
export function caseArticleText(doc: Document): string {
  const article = doc.querySelector('article');
  if (!article) return '';
  return [...article.querySelectorAll('h1, p')].map((block) => (block.textContent ?? '').trim()).join('\n\n');
}
