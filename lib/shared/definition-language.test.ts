import { describe, expect, it } from 'vitest';
import { chooseDefinitionLanguage, definitionLanguage } from './definition-language';

describe('definition language', () => {
  it('follows the UI locale where definitions are written in it, English otherwise', () => {
    expect(definitionLanguage('pt-BR')).toBe('pt');
    expect(definitionLanguage('pt_BR')).toBe('pt');
    expect(definitionLanguage('es-419')).toBe('es');
    expect(definitionLanguage('zh-CN')).toBe('zh');
    expect(definitionLanguage('zh-TW')).toBe('zh-Hant');
    expect(definitionLanguage('zh_HK')).toBe('zh-Hant');
    expect(definitionLanguage('zh-Hant-TW')).toBe('zh-Hant');
    expect(definitionLanguage('zh-Hans-CN')).toBe('zh');
    expect(definitionLanguage('ja')).toBe('ja');
    expect(definitionLanguage('fr-FR')).toBe('fr');
    expect(definitionLanguage('fr_CA')).toBe('fr');
    expect(definitionLanguage('de-DE')).toBe('en');
    expect(definitionLanguage('')).toBe('en');
  });

  it('uses the article language only when the reader chose it and definitions exist in it', () => {
    expect(chooseDefinitionLanguage('interface', 'pt-BR', 'ja')).toBe('pt');
    expect(chooseDefinitionLanguage('article', 'pt-BR', 'ja')).toBe('ja');
    expect(chooseDefinitionLanguage('article', 'pt-BR', 'fr')).toBe('fr');
    expect(chooseDefinitionLanguage('interface', 'fr', 'es')).toBe('fr');
    expect(chooseDefinitionLanguage('article', 'pt-BR', 'de')).toBe('pt');
    expect(chooseDefinitionLanguage('article', 'de', 'nl')).toBe('en');
    expect(chooseDefinitionLanguage('article', 'en-US', null)).toBe('en');
  });
});
