import { lowerCaseSameLength, normalizeForMatching } from './text';

/** A text as the pattern matchers read it: through `normalizeForMatching`, and that lower-cased. */
export interface MatchingText {
  text: string;
  lower: string;
}

/**
 * Matching texts remembered by their raw text. One analysis asks the disclaimer reader and the
 * provenance finder about the same blocks (the article's, then the page's): each raw text is
 * normalized and lower-cased once for both.
 */
export class MatchingTexts {
  private readonly byRawText = new Map<string, MatchingText>();

  of(rawText: string): MatchingText {
    let matching = this.byRawText.get(rawText);
    if (!matching) {
      const text = normalizeForMatching(rawText);
      matching = { text, lower: lowerCaseSameLength(text) };
      this.byRawText.set(rawText, matching);
    }
    return matching;
  }
}
