import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectDisclaimer, evaluateDisclaimerText, isDisclaimerText } from './index';

const SEED_FIXTURE = resolve(__dirname, '../../../tests/fixtures/pages/gate-seed/page.html');

function page(body: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = body;
  return doc;
}

describe('detectDisclaimer on the seed page', () => {
  it('finds the Gate disclaimer with its kinds and host', () => {
    expect(existsSync(SEED_FIXTURE), `seed fixture missing at ${SEED_FIXTURE}`).toBe(true);
    const doc = new DOMParser().parseFromString(readFileSync(SEED_FIXTURE, 'utf8'), 'text/html');
    const flag = detectDisclaimer(doc);
    expect(flag).not.toBeNull();
    expect(flag!.kinds).toEqual(['third-party', 'no-endorsement', 'informational-only', 'not-advice']);
    expect(flag!.host).toBe('Gate');
    expect(flag!.lang).toBe('pt');
    expect(flag!.location).toBe('page');
    expect(flag!.text.startsWith('Esta página pode conter conteúdo de terceiros')).toBe(true);
    expect(flag!.text).not.toContain('Recompensa');
  });

  it('anchors the text in the collapsed body text', () => {
    const doc = new DOMParser().parseFromString(readFileSync(SEED_FIXTURE, 'utf8'), 'text/html');
    const flag = detectDisclaimer(doc)!;
    const bodyText = doc.body.textContent.replace(/\s+/g, ' ').trim();
    expect(bodyText.slice(flag.anchor.start, flag.anchor.end)).toBe(flag.text);
    expect(flag.anchor.exact).toBe(flag.text);
    expect(bodyText.slice(0, flag.anchor.start).endsWith(flag.anchor.prefix)).toBe(true);
    expect(flag.anchor.suffix.length).toBeGreaterThan(0);
  });
});

describe('detectDisclaimer', () => {
  it('reports location "article" when the article text holds the disclaimer', () => {
    const text = 'This article is for informational purposes only and does not constitute financial advice.';
    const doc = page(`<article><p>Models got bigger.</p><p>${text}</p></article>`);
    expect(detectDisclaimer(doc, `Models got bigger.\n\n${text}`)?.location).toBe('article');
    expect(detectDisclaimer(doc, 'Models got bigger.')?.location).toBe('page');
  });

  it('joins a "Disclaimer" heading with the paragraph under it', () => {
    // The paragraph alone names no subject; only the heading makes it a disclaimer.
    const doc = page('<div class="note"><h4>Disclaimer</h4><p>Opinions only, never trading advice.</p></div>');
    const flag = detectDisclaimer(doc);
    expect(flag?.kinds).toEqual(['not-advice']);
    // The reported text is textContent (what the live page's anchor matches), without the added space.
    expect(flag?.text).toBe('DisclaimerOpinions only, never trading advice.');
  });

  it('picks the block with most concepts, then the tightest', () => {
    const doc = page(
      '<aside><p>Opinions are the author’s own and not financial advice.</p></aside>' +
        '<footer><div><span>Content from third parties, not endorsed by Kraken, for information only and not investment advice.</span></div></footer>',
    );
    const flag = detectDisclaimer(doc)!;
    expect(flag.kinds).toEqual(['third-party', 'no-endorsement', 'informational-only', 'not-advice']);
    expect(flag.text.startsWith('Content from third parties')).toBe(true);
    expect(flag.host).toBe('Kraken');
  });

  it('ignores script and style text', () => {
    const doc = page(
      '<div><script>var s = "This content is from third parties and is not financial advice";</script><p>Hello</p></div>',
    );
    expect(detectDisclaimer(doc)).toBeNull();
  });

  it('returns null on a page without a disclaimer', () => {
    const doc = page(
      '<article><p>OpenAI said the model will ship next year.</p></article><footer>© 2025 News Co.</footer>',
    );
    expect(detectDisclaimer(doc)).toBeNull();
  });
});

describe('isDisclaimerText', () => {
  it.each([
    ['Esta página pode conter conteúdo de terceiros e não constitui aconselhamento financeiro.'],
    ['本文仅供参考，不构成投资建议。'],
    ['免責聲明：本文僅代表作者觀點。'],
    ['Disclaimer: sponsored content.'],
    ['Данный материал не является инвестиционной рекомендацией.'],
  ])('accepts %s', (text) => {
    expect(isDisclaimerText(text)).toBe(true);
  });

  it.each([
    ['He said he was not giving financial advice.'],
    ['We never share your email with third parties.'],
    ['We use third-party cookies for analytics and advertising.'],
    ['Investors could lose all their money, analysts warned.'],
    [
      'The opinions expressed in reader comments are those of the author only and do not reflect the opinions of The Times.',
    ],
  ])('rejects %s', (text) => {
    expect(isDisclaimerText(text)).toBe(false);
  });
});

describe('evaluateDisclaimerText', () => {
  it('keeps a multi-word host and drops trailing joiners', () => {
    const result = evaluateDisclaimerText(
      'As opiniões são de responsabilidade exclusiva do autor e não refletem a posição do Portal do Bitcoin.',
    );
    expect(result?.host).toBe('Portal do Bitcoin');
  });

  it('matches Arabic with or without diacritics the same way', () => {
    const plain = 'هذا المحتوى لأغراض إعلامية فقط ولا يمثل نصيحة مالية';
    const marked = 'هذا المحتوى لأغراضٍ إعلاميةٍ فقط ولا يُمثّل نصيحةً ماليةً';
    expect(evaluateDisclaimerText(marked)?.kinds).toEqual(evaluateDisclaimerText(plain)?.kinds);
    expect(evaluateDisclaimerText(plain)?.qualifies).toBe(true);
  });

  it('treats accented letters as part of words', () => {
    // "sé" must not match the Portuguese "é patrocinado" concept inside another word.
    expect(evaluateDisclaimerText('José patrocinado')?.kinds ?? []).not.toContain('sponsored');
    expect(evaluateDisclaimerText('O texto é patrocinado')?.kinds).toContain('sponsored');
  });
});
