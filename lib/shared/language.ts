import { franc } from 'franc-min';

/** franc's ISO 639-3 codes → the BCP 47 primary subtags the rest of Marginalia uses. */
const ISO639_3_TO_1: Record<string, string> = {
  por: 'pt',
  eng: 'en',
  spa: 'es',
  fra: 'fr',
  deu: 'de',
  cmn: 'zh',
  jpn: 'ja',
  kor: 'ko',
  rus: 'ru',
  ukr: 'uk',
  vie: 'vi',
  ind: 'id',
  zlm: 'ms',
  arb: 'ar',
  tur: 'tr',
  ita: 'it',
  nld: 'nl',
  pol: 'pl',
  ces: 'cs',
  ron: 'ro',
  hun: 'hu',
  swe: 'sv',
  ell: 'el',
  heb: 'he',
  hin: 'hi',
  ben: 'bn',
  tha: 'th',
  fas: 'fa',
  pes: 'fa',
  urd: 'ur',
  tgl: 'tl',
  swh: 'sw',
};

/** Shorter than this, a text says too little about its language to overrule the page's `lang`. */
const MIN_TEXT_FOR_DETECTION = 40;
/** At least MIN_TEXT_FOR_DETECTION characters besides whitespace (tested without copying the text). */
const LONG_ENOUGH_FOR_DETECTION = new RegExp(`^(?:\\s*\\S){${MIN_TEXT_FOR_DETECTION}}`);

export function primarySubtag(tag: string | null | undefined): string | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

/** Letters (\p{L}) in `text`: counted only for the texts that hold kana. */
function countLetters(text: string): number {
  return (text.match(/\p{L}/gu) ?? []).length;
}

/**
 * The language of `text` as a BCP 47 primary subtag ("pt", "en", "zh", …). The text decides
 * when it is long enough to; otherwise `hint` (the page's declared language), then "und".
 */
export function detectLanguage(text: string, hint?: string | null): string {
  const fallback = primarySubtag(hint) ?? 'und';
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  if (!LONG_ENOUGH_FOR_DETECTION.test(sample)) return fallback;
  let kana = 0;
  let han = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code >= 0x3040 && code <= 0x30ff) kana++;
    else if (code >= 0x4e00 && code <= 0x9fff) han++;
  }
  // Japanese mixes kana into Han text; franc can call kana-light Japanese Chinese. A stray kana sign in Latin text
  // ("#COVIDー19" in a French article) makes no Japanese: Han and kana must be a good share of the letters.
  if (kana > 0 && kana >= han * 0.1 && kana + han >= countLetters(sample) * 0.3) return 'ja';
  const code = franc(sample, { minLength: MIN_TEXT_FOR_DETECTION });
  // Japanese prose is written with kana between its Han characters; Han text with next to none (two stray signs in
  // 1,300 characters) is Chinese, whatever franc's trigrams say, and is read with the Chinese word lists.
  if (code === 'jpn' && han > 0 && kana < han * 0.02) return 'zh';
  return ISO639_3_TO_1[code] ?? fallback;
}
