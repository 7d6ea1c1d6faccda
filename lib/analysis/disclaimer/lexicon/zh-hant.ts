import type { ConceptSource, DisclaimerLexiconSource } from './types';
import { zhHans } from './zh-hans';

/** Simplified → Traditional for the characters the Chinese patterns use. */
const TRADITIONAL: Record<string, string> = {
  责: '責',
  声: '聲',
  条: '條',
  险: '險',
  别: '別',
  网: '網',
  页: '頁',
  内: '內',
  资: '資',
  讯: '訊',
  报: '報',
  号: '號',
  观: '觀',
  点: '點',
  读: '讀',
  户: '戶',
  评: '評',
  论: '論',
  发: '發',
  区: '區',
  链: '鏈',
  来: '來',
  转: '轉',
  载: '載',
  体: '體',
  台: '臺',
  储: '儲',
  间: '間',
  并: '並',
  着: '著',
  场: '場',
  见: '見',
  态: '態',
  赞: '贊',
  认: '認',
  书: '書',
  无: '無',
  对: '對',
  为: '為',
  担: '擔',
  与: '與',
  关: '關',
  实: '實',
  准: '準',
  确: '確',
  负: '負',
  仅: '僅',
  于: '於',
  学: '學',
  习: '習',
  鉴: '鑑',
  纯: '純',
  属: '屬',
  系: '係',
  宾: '賓',
  员: '員',
  归: '歸',
  应: '應',
  财: '財',
  务: '務',
  税: '稅',
  专: '專',
  业: '業',
  买: '買',
  卖: '賣',
  议: '議',
  导: '導',
  据: '據',
  荐: '薦',
  约: '約',
  劝: '勸',
  诱: '誘',
  须: '須',
  独: '獨',
  决: '決',
  断: '斷',
  费: '費',
  广: '廣',
  软: '軟',
  该: '該',
  络: '絡',
  风: '風',
  样: '樣',
};

/**
 * Both spellings of every converted character (台/臺, 着/著 are both in use), as a class outside
 * a character class and side by side inside one.
 */
function toTraditional(pattern: RegExp): RegExp {
  let source = '';
  let inClass = false;
  for (let i = 0; i < pattern.source.length; i++) {
    const char = pattern.source[i]!;
    if (char === '\\') {
      source += pattern.source.slice(i, i + 2);
      i++;
      continue;
    }
    if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    const traditional = TRADITIONAL[char];
    if (!traditional) source += char;
    else source += inClass ? `${char}${traditional}` : `[${char}${traditional}]`;
  }
  return new RegExp(source, pattern.flags);
}

const convert = (concept: ConceptSource): ConceptSource => ({
  ...concept,
  relation: toTraditional(concept.relation),
  object: concept.object && toTraditional(concept.object),
});

/** Traditional Chinese: the Simplified parts converted, plus Taiwan/Hong Kong wording. */
export const zhHant: DisclaimerLexiconSource = {
  ...zhHans,
  variant: 'zh-Hant',
  cue: toTraditional(zhHans.cue),
  subject: toTraditional(zhHans.subject),
  foreign: toTraditional(zhHans.foreign),
  concepts: [
    ...zhHans.concepts.map(convert),
    { kind: 'informational-only', relation: /僅供(?:讀者)?(?:參考|參閱)/u },
    { kind: 'not-advice', relation: /(?:不|非)/u, object: /(?:投資|理財)(?:建議|意見|勸誘|邀約)/u, gap: 12 },
  ],
  host: zhHans.host.map(toTraditional),
};
