import { describe, expect, it } from 'vitest';
import { detectLanguage, primarySubtag } from './language';

describe('detectLanguage', () => {
  it('lets a long text overrule the page language', () => {
    const pt =
      'O CEO da OpenAI revelou em uma entrevista que a empresa está se transformando de uma instituição de pesquisa em uma organização verticalmente integrada.';
    expect(detectLanguage(pt, 'en')).toBe('pt');
  });

  it('recognises the languages the exchange news sites serve', () => {
    expect(
      detectLanguage(
        'The company said on Tuesday that it would build the largest data centre in the world, according to people familiar with the plan.',
      ),
    ).toBe('en');
    expect(
      detectLanguage(
        'La empresa afirmó el martes que construirá el mayor centro de datos del mundo, según personas familiarizadas con el plan.',
      ),
    ).toBe('es');
    expect(
      detectLanguage(
        "L'entreprise a déclaré mardi qu'elle construirait le plus grand centre de données du monde, selon des personnes proches du dossier.",
      ),
    ).toBe('fr');
    expect(
      detectLanguage(
        'Das Unternehmen erklärte am Dienstag, es werde das größte Rechenzentrum der Welt bauen, wie mit dem Plan vertraute Personen berichten.',
      ),
    ).toBe('de');
    expect(
      detectLanguage('该公司周二表示，将建造世界上最大的数据中心，知情人士透露了这一计划的细节和时间表以及投资规模。'),
    ).toBe('zh');
    expect(
      detectLanguage(
        '同社は火曜日、世界最大のデータセンターを建設すると発表した。計画に詳しい関係者によると、投資額は過去最大となる見通しだ。',
      ),
    ).toBe('ja');
  });

  it('falls back to the hint for short or empty text', () => {
    expect(detectLanguage('OK', 'pt-BR')).toBe('pt');
    expect(detectLanguage('', null)).toBe('und');
  });
});

describe('primarySubtag', () => {
  it('normalises tags and rejects junk', () => {
    expect(primarySubtag('pt_BR')).toBe('pt');
    expect(primarySubtag('zh-Hant-TW')).toBe('zh');
    expect(primarySubtag('<script>')).toBeNull();
    expect(primarySubtag(undefined)).toBeNull();
  });

  it('does not call a Latin-script text Japanese for a stray kana sign ("#COVIDー19")', () => {
    const french =
      "⚠️ #COVIDー19 | La prise d'anti-inflammatoires pourrait être un facteur d'aggravation de l'infection. " +
      'En cas de fièvre, prenez du paracétamol et demandez conseil à votre médecin avant toute chose.';
    expect(detectLanguage(french, 'fr')).toBe('fr');
    expect(
      detectLanguage('東京都は２日、新たに１２人の感染を確認したと発表した。都内の累計は５０００人を超えた。', 'en'),
    ).toBe('ja');
  });
});
