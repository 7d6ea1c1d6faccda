/**
 * One key per person across pages and languages. Articles name the same person as "Sam Altman",
 * "Altman", "OpenAI CEO Sam Altman" or "o CEO da OpenAI, Sam Altman"; all become "altman": the
 * family name, folded. Job titles, organisations (acronyms, inner capitals: "CEO", "OpenAI") and
 * lowercase words around the name are dropped. Names in Han or kana script are looked up in a
 * short table of people AI news quotes often ("阿尔特曼", "アルトマン" → "altman"); other
 * unspaced names keep their own script as the key.
 *
 * The price of keying on the family name: two people who share one ("Sam Altman", "Jack
 * Altman") share a key. The full name stays on each claim, so the reader sees who it was.
 */
import { foldText } from './tokenize';

/** Job titles and honorifics that can stand before or after a name, in the languages Marginalia reads. */
const TITLES = new Set([
  'ceo',
  'cto',
  'cfo',
  'coo',
  'president',
  'presidente',
  'chairman',
  'chair',
  'founder',
  'cofounder',
  'co-founder',
  'fundador',
  'cofundador',
  'director',
  'diretor',
  'directora',
  'diretora',
  'professor',
  'professora',
  'prof',
  'dr',
  'mr',
  'mrs',
  'ms',
  'sr',
  'sra',
  'senator',
  'senador',
  'minister',
  'ministro',
  'chief',
  'executive',
  'head',
  'analyst',
  'analista',
  'researcher',
  'pesquisador',
  'investigador',
  'secretary',
  'secretario',
  'secretária',
  'governor',
  'governador',
  'jr',
]);

/** Well-known names written in Han or kana, mapped to the Latin family-name key. */
const UNSPACED_NAMES: Record<string, string> = {
  奥尔特曼: 'altman',
  阿尔特曼: 'altman',
  奧特曼: 'altman',
  奥特曼: 'altman',
  アルトマン: 'altman',
  马斯克: 'musk',
  馬斯克: 'musk',
  マスク: 'musk',
  黄仁勋: 'huang',
  黃仁勳: 'huang',
  フアン: 'huang',
  扎克伯格: 'zuckerberg',
  ザッカーバーグ: 'zuckerberg',
  纳德拉: 'nadella',
  ナデラ: 'nadella',
  皮查伊: 'pichai',
  ピチャイ: 'pichai',
  哈萨比斯: 'hassabis',
  ハサビス: 'hassabis',
  阿莫迪: 'amodei',
  阿莫代: 'amodei',
  アモデイ: 'amodei',
  苏茨克维: 'sutskever',
  苏茨克弗: 'sutskever',
  サツケバー: 'sutskever',
  辛顿: 'hinton',
  ヒントン: 'hinton',
  杨立昆: 'lecun',
  ルカン: 'lecun',
  李飞飞: 'li',
  吴恩达: 'ng',
  孙正义: 'son',
  孫正義: 'son',
  库克: 'cook',
  クック: 'cook',
  // Chinese founders are written family name first in Latin script too ("Liang Wenfeng"), so
  // the Latin key is their given name.
  梁文锋: 'wenfeng',
  梁文鋒: 'wenfeng',
  杨植麟: 'zhilin',
  楊植麟: 'zhilin',
  张一鸣: 'yiming',
  張一鳴: 'yiming',
  雷军: 'jun',
  雷軍: 'jun',
  马化腾: 'ma',
  馬化騰: 'ma',
  李彦宏: 'li',
  李开复: 'lee',
  李開復: 'lee',
  苏姿丰: 'su',
  蘇姿丰: 'su',
  贝索斯: 'bezos',
  ベゾス: 'bezos',
  苏莱曼: 'suleyman',
  スレイマン: 'suleyman',
  穆拉蒂: 'murati',
  ムラティ: 'murati',
  卡帕西: 'karpathy',
  カルパシー: 'karpathy',
  布罗克曼: 'brockman',
  ブロックマン: 'brockman',
  本吉奥: 'bengio',
  ベンジオ: 'bengio',
};

const UNSPACED_TAIL = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}ー·・•]+$/u;
/** Honorifics and titles written after a name in Chinese or Japanese. */
const UNSPACED_SUFFIXES = /(先生|女士|博士|教授|总裁|總裁|首席执行官|首席執行官|氏|さん|様|社長|会長|代表|CEO)+$/u;
/** Titles written before a name in Chinese ("OpenAI首席执行官阿尔特曼"). */
const UNSPACED_PREFIXES = /^.*(首席执行官|首席執行官|执行长|執行長|总裁|總裁|创始人|創始人|CEO|社長|会長)/u;

function unspacedKey(name: string): string {
  let core = name.replace(UNSPACED_SUFFIXES, '').replace(UNSPACED_PREFIXES, '');
  // "萨姆·奥尔特曼", "サム・アルトマン": the family name comes last.
  const parts = core.split(/[·・•]/u).filter(Boolean);
  core = parts.at(-1) ?? core;
  return UNSPACED_NAMES[core] ?? UNSPACED_NAMES[name] ?? foldText(core);
}

/** A word that can be part of a person's name: capitalized, not a title, not an acronym or brand ("OpenAI"). */
function isNameWord(word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  if (/\p{Lu}{2}|\p{Ll}\p{Lu}|\d/u.test(word)) return false;
  return !TITLES.has(foldText(word).replace(/\.$/, ''));
}

/** The family-name key of a speaker as an article wrote it; null when nothing name-like is left. */
export function speakerKey(speaker: string | null | undefined): string | null {
  if (!speaker) return null;
  const cleaned = speaker
    .replace(/["“”„«»「」『』]/gu, ' ')
    .replace(/['’]s\b/gu, '')
    .trim();
  if (!cleaned) return null;
  // A name written in Han or kana ends the phrase: "OpenAI首席执行官阿尔特曼" → "阿尔特曼".
  const unspacedTail = cleaned.replace(UNSPACED_SUFFIXES, '').match(UNSPACED_TAIL);
  if (unspacedTail) return unspacedKey(unspacedTail[0]);
  // The apposition that holds the name: "o CEO da OpenAI, Sam Altman" → "Sam Altman".
  const segments = cleaned.split(/[,;()–—]|\s-\s/u);
  for (const segment of segments) {
    const words = segment.split(/\s+/).map((word) => word.replace(/[.:!?]+$/u, ''));
    const nameWords = words.filter(isNameWord);
    if (nameWords.length) return foldText(nameWords.at(-1)!);
  }
  // Only an organisation or acronym ("OpenAI", "IBM"): it is its own key.
  const folded = foldText(cleaned)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return folded || null;
}
