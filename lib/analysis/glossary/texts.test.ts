import { describe, expect, it } from 'vitest';
import { DEFINITION_LANGS } from '../../shared/definition-language';
import { GLOSSARY_TERMS } from './terms';
import { TERM_TEXTS, termText } from './texts';

/** Characters found only in Simplified Chinese: none may appear in the Traditional texts. */
const SIMPLIFIED_ONLY = /[这个们为说数据网络训练识题际发务证门问时实现经过对应开关还进选从计设够图处]/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

describe('term texts', () => {
  it('name and define every concept of the term base in every definition language, and nothing else', () => {
    expect(Object.keys(TERM_TEXTS).sort()).toEqual(GLOSSARY_TERMS.map((concept) => concept.id).sort());
    for (const concept of GLOSSARY_TERMS)
      for (const lang of DEFINITION_LANGS) expect(termText(concept.id, lang), `${concept.id} ${lang}`).not.toBeNull();
  });

  it('writes Traditional Chinese apart from Simplified, and Japanese with kana', () => {
    for (const [id, texts] of Object.entries(TERM_TEXTS)) {
      expect(texts['zh-Hant'].definition, id).not.toBe(texts.zh.definition);
      expect(texts['zh-Hant'].definition, id).not.toMatch(SIMPLIFIED_ONLY);
      expect(texts['zh-Hant'].label, id).not.toMatch(SIMPLIFIED_ONLY);
      expect(texts.ja.definition, id).toMatch(KANA);
    }
  });

  it('writes French apart from English, with French typography: « » quotes, ’, a narrow no-break space before ; : ? !', () => {
    for (const [id, texts] of Object.entries(TERM_TEXTS)) {
      expect(texts.fr.definition, id).not.toBe(texts.en.definition);
      for (const text of [texts.fr.label, texts.fr.definition]) {
        expect(text, id).not.toMatch(/['"“”]/);
        expect(text, id).not.toMatch(/(^|[^\u202f])[;:?!](\s|$)/u);
        expect(text, id).not.toMatch(/«(?!\u202f)|(?<!\u202f)»/u);
      }
    }
  });

  it('answers null for an id it does not know, even an inherited property name', () => {
    expect(termText('not-a-term', 'en')).toBeNull();
    expect(termText('constructor', 'en')).toBeNull();
  });
});
