import { describe, expect, it } from 'vitest';
import { evaluateDisclaimerText } from './index';

/** Kinds and host of a text that must qualify as a disclaimer. */
function disclaimer(text: string) {
  const result = evaluateDisclaimerText(text);
  expect(result?.qualifies, text).toBe(true);
  return { kinds: result!.kinds, host: result!.host, lang: result!.lang };
}

describe('disclaimers stated in words no list had', () => {
  it('reads "solely reflects the author\'s opinion and does not represent the platform"', () => {
    expect(disclaimer("The content solely reflects the author's opinion and does not represent the platform.")).toEqual(
      { kinds: ['no-endorsement', 'author-views-only'], host: null, lang: 'en' },
    );
  });

  it('reads "represents only the views of the researcher and does not constitute any investment suggestions"', () => {
    expect(
      disclaimer(
        'This article represents only the views of the researcher and does not constitute any investment suggestions.',
      ).kinds,
    ).toEqual(['author-views-only', 'not-advice']);
  });

  it('reads "<site> holds no liability for any investments made based on the information on this page"', () => {
    expect(
      disclaimer('CoinHub holds no liability for any investments made based on the information on this page.'),
    ).toEqual({ kinds: ['not-advice'], host: 'CoinHub', lang: 'en' });
  });

  it.each([
    [
      'Este artículo puede contener contenido de terceros. Gate no garantiza su exactitud y no constituye asesoramiento financiero.',
      'Gate',
    ],
    [
      'Este artigo pode conter conteúdo de terceiros. O Portal não garante sua exatidão e não constitui aconselhamento financeiro.',
      'Portal',
    ],
    [
      '本記事には第三者のコンテンツが含まれる場合があります。Binanceは内容を保証せず、投資助言を構成するものではありません。',
      'Binance',
    ],
  ])('names the host that does not guarantee: %s', (text, host) => {
    expect(disclaimer(text).host).toBe(host);
  });

  it('names a lower-case domain as host', () => {
    expect(disclaimer('The views expressed here are not necessarily those of earthtimes.org.').host).toBe(
      'earthtimes.org',
    );
  });

  it('reads German, which had no patterns', () => {
    expect(disclaimer('Haftungsausschluss: Dieser Beitrag stellt keine Anlageberatung dar.').kinds).toEqual([
      'not-advice',
    ]);
    expect(
      disclaimer('Die Beiträge geben die Meinung des Autors wieder, nicht zwingend die Meinung der Redaktion.').kinds,
    ).toEqual(['no-endorsement', 'author-views-only']);
  });
});

describe('hosts taken by Chinese and Japanese grammar', () => {
  it('不代表X的观点或意见 gives X, not the words after it', () => {
    expect(disclaimer('免责声明：本文转载自其他媒体，不代表Gate的观点或意见，不构成任何投资建议。')).toEqual({
      kinds: ['third-party', 'no-endorsement', 'not-advice'],
      host: 'Gate',
      lang: 'zh',
    });
  });

  it('不代表X立場 (Traditional, no 的)', () => {
    expect(disclaimer('免責聲明：本文僅代表作者觀點，不代表OKX立場，亦不構成投資建議。')).toEqual({
      kinds: ['no-endorsement', 'author-views-only', 'not-advice'],
      host: 'OKX',
      lang: 'zh',
    });
  });

  it('X不对…负责', () => {
    expect(disclaimer('Gate不对任何投资损失负责。')).toEqual({ kinds: ['not-advice'], host: 'Gate', lang: 'zh' });
  });

  it('is not fooled by 本站/本网 as a name', () => {
    expect(disclaimer('本文仅代表作者个人观点，不代表本站立场。').host).toBeNull();
    expect(disclaimer('凡注明来源的作品均转载自其它媒体，并不代表本网赞同其观点。').host).toBeNull();
  });

  it('Xは…推奨するものではありません gives X', () => {
    expect(disclaimer('Binanceは本コンテンツを推奨するものではありません。')).toEqual({
      kinds: ['no-endorsement'],
      host: 'Binance',
      lang: 'ja',
    });
  });

  it('reads a Japanese not-advice notice without a host', () => {
    expect(disclaimer('免責事項：本記事は情報提供を目的としたものであり、投資助言ではありません。')).toEqual({
      kinds: ['informational-only', 'not-advice'],
      host: null,
      lang: 'ja',
    });
  });
});

describe('look-alikes stay out', () => {
  it.each([
    ['He said he was not giving financial advice.'],
    ['You can give trade ideas, but always add disclaimers like "Not financial advice".'],
    [
      'The opinions expressed in reader comments are those of the author only and do not reflect the opinions of The Times.',
    ],
    ['spiked is not responsible for the content of any third-party websites.'],
    ['Los comentarios publicados son de exclusiva responsabilidad de sus autores.'],
    ['Os comentários não representam a opinião do jornal; a responsabilidade é do autor da mensagem.'],
    ['Bei den verlinkten Webseiten handelt es sich um Inhalte Dritter, für die wir nicht verantwortlich sind.'],
    ['※コメントは個人の見解であり、記事提供社と関係はありません。'],
    ['※このページはプロモーションを含みます'],
    ['This article is sponsored.'],
    ['Investments involve risk. This is not a public offer.'],
  ])('%s', (text) => {
    expect(evaluateDisclaimerText(text)?.qualifies ?? false).toBe(false);
  });
});
