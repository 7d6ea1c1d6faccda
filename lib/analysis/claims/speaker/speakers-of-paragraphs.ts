import { lexiconFor } from '../lexicon';
import { segmentSentences } from '../segment';
import { SpeakerTracker } from './index';

/**
 * The speaker the tracker gives each sentence of `paragraphs`, read in order as one article's paragraphs in `lang`:
 * what the speaker tests compare.
 */
export function speakersByParagraph(paragraphs: string[], lang: string): Array<string | null> {
  const tracker = new SpeakerTracker(lexiconFor(lang), lang, lang === 'zh' || lang === 'ja');
  return paragraphs.flatMap((paragraph, block) =>
    segmentSentences(paragraph, lang).map((sentence) => tracker.speakerOf(sentence.text, block)),
  );
}
