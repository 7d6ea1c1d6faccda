import { ar } from './ar';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { id } from './id';
import { ja } from './ja';
import { ko } from './ko';
import { pt } from './pt';
import { ru } from './ru';
import { tr } from './tr';
import { buildLexicon, type DisclaimerLexicon } from './types';
import { uk } from './uk';
import { vi } from './vi';
import { zhHans } from './zh-hans';
import { zhHant } from './zh-hant';

export type { DisclaimerLexicon } from './types';

/** Every language the detector reads, in the order ties are broken. */
export const DISCLAIMER_LEXICONS: DisclaimerLexicon[] = [
  en,
  pt,
  es,
  fr,
  de,
  zhHans,
  zhHant,
  ja,
  vi,
  ru,
  uk,
  id,
  ar,
  ko,
  tr,
].map(buildLexicon);
