import { describe, expect, it } from 'vitest';
import { matchGlossary } from './index';

const ids = (text: string, lang: string) => matchGlossary(text, lang).map((entry) => entry.termId);

describe('words decided by their use', () => {
  it('en: "compute" as a noun after a determiner or quantifier is the concept, as a verb it is not', () => {
    expect(ids('The model was trained with four times the compute of its predecessor.', 'en')).toContain('compute');
    expect(ids('The lab now has more GPU compute than anyone, and its models keep improving.', 'en')).toContain(
      'compute',
    );
    expect(ids('Returns still grow with compute, the lab says, as models get bigger.', 'en')).toContain('compute');
    expect(ids('To compute the total, add the figures; the app will compute the rest.', 'en')).toEqual([]);
    expect(ids('AI models can compute the answer quickly and compute it again.', 'en')).not.toContain('compute');
    expect(ids('The dealer replaced the compute module of the car.', 'en')).toEqual([]);
  });

  it('es/pt/fr: cómputo, computación and calcul count as computing power only in AI context', () => {
    expect(ids('El nuevo modelo se entrenó con cuatro veces más cómputo.', 'es')).toContain('compute');
    expect(ids('La junta electoral terminó el cómputo total de votos.', 'es')).toEqual([]);
    expect(ids('El cómputo de los plazos del modelo de contrato se suspende en agosto.', 'es')).toEqual([]);
    expect(ids('La computación cuántica promete mucho, dicen los expertos en IA.', 'es')).not.toContain('compute');
    expect(ids('Os modelos de IA precisam de mais computação a cada geração.', 'pt')).toContain('compute');
    expect(ids('Ela estudou ciência da computação e hoje treina modelos de IA.', 'pt')).not.toContain('compute');
    expect(ids("Les modèles d'IA s'améliorent avec davantage de calcul.", 'fr')).toContain('compute');
    expect(ids("Le calcul de l'impôt a changé, et le modèle de déclaration aussi.", 'fr')).toEqual([]);
  });

  it('en: "prompt" counts as a noun near model words, not as an adjective or a verb', () => {
    expect(ids('Type a prompt and the chatbot answers in seconds.', 'en')).toContain('prompt');
    expect(ids('The news prompts fears among investors.', 'en')).toEqual([]);
    expect(ids('The model got a prompt response from the team.', 'en')).not.toContain('prompt');
  });
});

describe('Chinese and Japanese running text', () => {
  it('finds acronyms inside CJK text without AI words around them', () => {
    expect(ids('这款国产LLM的参数规模达到七百亿。', 'zh')).toEqual(expect.arrayContaining(['llm', 'parameters']));
    expect(ids('実現にはAGIが必要だと彼は言う。', 'ja')).toContain('agi');
    expect(ids('需要大量GPU。', 'zh')).toContain('gpu');
  });

  it('reads Traditional Chinese cue words as well as Simplified ones', () => {
    expect(ids('輝達推出新一代推理晶片，號稱速度提升三倍。', 'zh')).toContain('inference');
    expect(ids('該模型的參數規模達到七百億。', 'zh')).toContain('parameters');
  });

  it('does not read a form across a word boundary or inside an idiom', () => {
    expect(ids('我国人工智能体系建设取得进展，人工智能体验馆开放。', 'zh')).not.toContain('ai-agent');
    expect(ids('公司提出开源节流，压缩成本，人工智能业务收缩。', 'zh')).not.toContain('open-source-ai');
    expect(ids('多家厂商推出智能体，人工智能应用加速落地。', 'zh')).toContain('ai-agent');
  });

  it('ja: katakana forms count whole, not inside longer katakana words', () => {
    expect(ids('スケーリング則によれば性能は向上する。', 'ja')).toContain('scaling-laws');
    expect(ids('大規模言語モデルのパラメータ数が増えた。', 'ja')).toEqual(
      expect.arrayContaining(['llm', 'parameters']),
    );
    expect(ids('ファインチューニングしたモデルはベンチマークで上位に入った。', 'ja')).toEqual(
      expect.arrayContaining(['fine-tuning', 'benchmark']),
    );
  });

  it('finds nothing in non-AI Chinese and Japanese news', () => {
    expect(ids('小区的变压器昨晚突发故障，三栋楼停电了六个小时。', 'zh')).toEqual([]);
    expect(ids('这部侦探小说的推理过程环环相扣。', 'zh')).toEqual([]);
    expect(ids('推理小説の名探偵は、わずかな手がかりから犯人を推論した。', 'ja')).toEqual([]);
    expect(ids('エアコンの設定パラメータを見直したところ、電気代が下がった。', 'ja')).toEqual([]);
  });
});
