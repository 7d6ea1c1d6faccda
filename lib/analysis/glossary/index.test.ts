import { describe, expect, it } from 'vitest';
import { fixturePageText } from '../../../tests/fixtures/load';
import { matchGlossary } from './index';

const ids = (text: string, lang: string) => matchGlossary(text, lang).map((entry) => entry.termId);
const entry = (text: string, lang: string, id: string) => matchGlossary(text, lang).find((e) => e.termId === id);

describe('matchGlossary per language', () => {
  it('pt: both seed spellings of scaling law map to scaling-laws, listed first', () => {
    const text =
      'A OpenAI dominou a "lei de escalabilidade" dos grandes modelos de linguagem.\n\n' +
      '(Nota: a Lei de Escalonamento significa que basta aumentar o número de parâmetros do modelo de IA e a escala de dados.)';
    const entries = matchGlossary(text, 'pt');
    expect(entries[0]?.termId).toBe('scaling-laws');
    expect(entries[0]?.forms).toEqual(['lei de escalabilidade', 'Lei de Escalonamento']);
    for (const { start, end, form } of entries[0]!.occurrences) expect(text.slice(start, end)).toBe(form);
    expect(ids(text, 'pt')).toContain('llm');
  });

  it('pt: the seed article gets scaling laws first and the key concepts, "escala de dados" is not a scaling law', () => {
    const text = fixturePageText('gate-seed');
    const entries = matchGlossary(text, 'pt');
    expect(entries[0]?.termId).toBe('scaling-laws');
    expect(entries[0]?.count).toBe(2);
    expect(entries.map((e) => e.termId)).toEqual(
      expect.arrayContaining([
        'vertical-integration',
        'compute',
        'gpu',
        'data-center',
        'agi',
        'open-weights',
        'fair-use',
        'world-model',
        'text-to-video',
      ]),
    );
    expect(entries.find((e) => e.termId === 'fair-use')?.forms).toEqual(['uso razoável']);
  });

  it('en: forms, plurals and acronyms', () => {
    const text =
      'OpenAI trained the LLM on synthetic data with RLHF. Its context window holds 128k tokens, and scaling laws predict its loss.';
    expect(ids(text, 'en')).toEqual(
      expect.arrayContaining(['scaling-laws', 'llm', 'synthetic-data', 'rlhf', 'context-window', 'tokens']),
    );
    expect(ids(text, 'en')[0]).toBe('scaling-laws');
  });

  it('es: Spanish forms, including peso abierto and leyes de escalado', () => {
    const text =
      'OpenAI lanzó un modelo de peso abierto. Según las leyes de escalado, más parámetros y más cómputo reducen el error del modelo de IA; el modelo sufre alucinaciones.';
    expect(ids(text, 'es')).toEqual(
      expect.arrayContaining(['open-weights', 'scaling-laws', 'parameters', 'hallucination']),
    );
  });

  it('fr and de forms', () => {
    expect(
      ids(
        "Les grands modèles de langage et l'apprentissage par renforcement dominent l'intelligence artificielle.",
        'fr',
      ),
    ).toEqual(expect.arrayContaining(['llm', 'reinforcement-learning']));
    expect(
      ids('Große Sprachmodelle brauchen Rechenzentren und viel Rechenleistung; KI-Agenten handeln selbständig.', 'de'),
    ).toEqual(expect.arrayContaining(['llm', 'data-center', 'compute', 'ai-agent']));
  });

  it('zh and ja match without spaces, next to Latin acronyms', () => {
    const zh = 'OpenAI认为缩放定律仍然有效，大语言模型需要更多GPU和数据中心。';
    expect(ids(zh, 'zh')).toEqual(expect.arrayContaining(['scaling-laws', 'llm', 'gpu', 'data-center']));
    const ja = '生成AIの大規模言語モデルはスケーリング則に従い、データセンターでトークンを処理する。';
    const jaIds = ids(ja, 'ja');
    expect(jaIds).toEqual(expect.arrayContaining(['generative-ai', 'llm', 'scaling-laws', 'data-center', 'tokens']));
    expect(jaIds[0]).toBe('scaling-laws');
  });

  it('folds case, accents, hyphens and full-width letters but reports the form as written', () => {
    const text = 'A INTELIGENCIA ARTIFICIAL GERAL e o fine‑tuning (ajuste fino) de ＧＰＵ.';
    const entries = matchGlossary(text, 'pt');
    const agi = entries.find((e) => e.termId === 'agi');
    expect(agi?.forms).toEqual(['INTELIGENCIA ARTIFICIAL GERAL']);
    expect(entries.find((e) => e.termId === 'gpu')?.forms).toEqual(['ＧＰＵ']);
    for (const e of entries) for (const o of e.occurrences) expect(text.slice(o.start, o.end)).toBe(o.form);
  });

  it('keeps offsets right after decomposed accents and astral characters', () => {
    const text = '😀 A inteligência artificial geral e\u0301 o objetivo. A lei de escalabilidade\u0301s não.';
    const agi = entry(text, 'pt', 'agi');
    expect(agi?.occurrences[0]?.form).toBe('inteligência artificial geral');
    // "escalabilidade" glued to a combining accent is not a whole word.
    expect(entry(text, 'pt', 'scaling-laws')).toBeUndefined();
  });

  it('needs whole words in spaced scripts', () => {
    expect(ids('Tokenless tokenism and agentic-ish agentes', 'en')).not.toContain('tokens');
    expect(ids('The chatbotter is not a chatbot-like thing', 'en')).toEqual(['chatbot']);
  });

  it('carries term ids and positions in no reader language: no names or definitions in the analysis', () => {
    const [found] = matchGlossary('Researchers studied scaling laws for neural language models.', 'en');
    expect(Object.keys(found!).sort()).toEqual(['count', 'forms', 'occurrences', 'relevance', 'source', 'termId']);
  });
});

describe('ambiguous forms need AI context', () => {
  it('token: crypto token no, LLM token yes', () => {
    expect(
      ids('The token rallied 20% after the exchange listed it; holders moved coins to cold wallets.', 'en'),
    ).not.toContain('tokens');
    expect(
      ids('The new AI token surged on the crypto exchange as traders bet on the AI narrative.', 'en'),
    ).not.toContain('tokens');
    expect(ids('O token subiu 20% na corretora depois do anúncio de IA.', 'pt')).not.toContain('tokens');
    expect(ids('The language model reads about 750 words per 1,000 tokens of its prompt.', 'en')).toContain('tokens');
  });

  it('agent: sales or police agent no, AI agent yes', () => {
    expect(
      ids('The real estate agent showed the house; the agent said the AI-generated listing photos were fine.', 'en'),
    ).not.toContain('ai-agent');
    expect(ids('O agente da Polícia Federal prendeu o suspeito.', 'pt')).not.toContain('ai-agent');
    expect(ids('Os tokens de IA sobem no mercado cripto; agentes de mercado esperam mais alta.', 'pt')).toEqual([]);
    expect(ids('OpenAI launched an agent that books flights using an LLM.', 'en')).toContain('ai-agent');
    expect(ids('A empresa lançou agentes de IA para atendimento.', 'pt')).toContain('ai-agent');
  });

  it('escala: economies of scale and "escala de dados" are not scaling laws; lei de escala needs AI nearby', () => {
    expect(
      ids('A empresa ganhou escala e economia de escala no varejo; a escala de produção dobrou.', 'pt'),
    ).not.toContain('scaling-laws');
    expect(ids('A lei de escala de Kleiber relaciona o metabolismo à massa dos animais.', 'pt')).not.toContain(
      'scaling-laws',
    );
    expect(ids('A lei de escala dos modelos de IA prevê que mais parâmetros reduzem o erro.', 'pt')).toContain(
      'scaling-laws',
    );
  });

  it('GPT: partition table no, OpenAI model yes', () => {
    expect(ids('Convert the disk from MBR to GPT before installing Windows with UEFI boot.', 'en')).not.toContain(
      'gpt',
    );
    expect(ids('Converta o disco de MBR para GPT antes de instalar o sistema.', 'pt')).not.toContain('gpt');
    expect(ids('OpenAI said its AI model GPT now answers faster.', 'en')).toContain('gpt');
    expect(ids('Benchmarks of GPT-4o were published.', 'en')).toContain('gpt');
  });

  it('transformer: electrical or toy no, neural architecture yes', () => {
    expect(ids('A transformer exploded at the substation, cutting electricity to 3,000 homes.', 'en')).not.toContain(
      'transformer',
    );
    expect(ids('The Transformers movie toys sold out.', 'en')).not.toContain('transformer');
    expect(ids('The transformer reads the whole prompt at once; this AI design powers every LLM.', 'en')).toContain(
      'transformer',
    );
  });

  it('inference: statistical no, running a model yes', () => {
    expect(ids('Statistical inference from a small sample can mislead.', 'en')).not.toContain('inference');
    expect(ids('Running AI models at scale, inference now costs more than training.', 'en')).toContain('inference');
  });

  it('alignment: wheels and politics no, AI alignment yes', () => {
    expect(ids('Get a wheel alignment when your tires wear unevenly.', 'en')).not.toContain('alignment');
    expect(ids('O alinhamento político do partido mudou.', 'pt')).not.toContain('alignment');
    expect(ids('Anthropic works on AI alignment so models follow human values.', 'en')).toContain('alignment');
  });

  it('hallucination: medical no, model output yes', () => {
    expect(ids('Patients with dementia may have visual hallucinations as a symptom.', 'en')).not.toContain(
      'hallucination',
    );
    expect(ids('ChatGPT still produces hallucinations, inventing sources.', 'en')).toContain('hallucination');
  });

  it('benchmark: interest rates no, AI evaluation yes', () => {
    expect(ids('The benchmark interest rate was left at 5%.', 'en')).not.toContain('benchmark');
    expect(ids('The AI lab topped a reasoning benchmark for language models.', 'en')).toContain('benchmark');
  });

  it('fair use: "uso razoável" of anything no, AI training on copyrighted works yes', () => {
    expect(ids('Peça o uso razoável da água durante a seca.', 'pt')).not.toContain('fair-use');
    expect(ids('O uso razoável da IA nas escolas preocupa os pais.', 'pt')).not.toContain('fair-use');
    expect(ids('Treinar IA com obras protegidas por direitos autorais seria uso razoável.', 'pt')).toContain(
      'fair-use',
    );
  });

  it('world model: "o maior modelo do mundo" is not a world model', () => {
    expect(ids('A OpenAI lançou o maior modelo do mundo de IA, com mais parâmetros.', 'pt')).not.toContain(
      'world-model',
    );
    expect(ids('O Sora ajuda a equipe de IA a aprender a capacidade dos modelos do mundo.', 'pt')).toContain(
      'world-model',
    );
  });

  it('ordinary-word senses next to AI news do not count: generic AI words are not enough for these forms', () => {
    const text =
      'The move prompts fears at the AI startup. The inference is that OpenAI rushed. ' +
      'Alignment between AI firms and regulators improved. As a token of goodwill, the AI lab distilled its pitch. ' +
      'The deal sets a benchmark for AI regulation, and the parameters of the AI deal are secret.';
    expect(ids(text, 'en')).toEqual([]);
  });

  it('IA as an acronym is case-sensitive: the verb "ia" is no AI cue', () => {
    expect(ids('Ele ia ao mercado quando o agente chegou.', 'pt')).not.toContain('ai-agent');
  });

  it('an article with several unambiguous AI hits lets weakly ambiguous forms count without a local cue', () => {
    const aiParagraph =
      'Large language models need GPUs in data centres. Machine learning and deep learning drive generative AI.';
    const far = `${aiParagraph}\n\n${'Other news. '.repeat(40)}\n\nThe company is now fine-tuning its product.`;
    expect(ids(far, 'en')).toContain('fine-tuning');
    expect(ids('The orchestra is fine-tuning its sound.', 'en')).not.toContain('fine-tuning');
  });
});

describe('ordering', () => {
  it('puts scaling-laws first even when another term is more frequent', () => {
    const text = 'GPU GPU GPU GPU GPU data centers. Later, one mention of scaling laws for AI models.';
    const entries = matchGlossary(text, 'en');
    expect(entries[0]?.termId).toBe('scaling-laws');
    expect(entries[1]?.termId).toBe('gpu');
    expect(entries[1]?.count).toBe(5);
  });

  it('returns nothing for text without AI terms', () => {
    expect(matchGlossary('Tite diz que errou ao levar taça da Libertadores a Lula em 2012.', 'pt')).toEqual([]);
    expect(matchGlossary('', 'en')).toEqual([]);
  });
});
