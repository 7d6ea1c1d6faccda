import type { DisclaimerKind } from '../../lib/shared/types';

/** Where the text sits in its small page. */
export type Placement =
  'article-end' | 'article-body' | 'after-article' | 'footer' | 'aside' | 'top-banner' | 'cookie-banner';

export type LookAlike =
  | 'cookie-banner'
  | 'privacy-newsletter'
  | 'ai-use'
  | 'fraud-warning'
  | 'regional-availability'
  | 'risk-in-article'
  | 'terms-of-service'
  | 'copyright-reposting'
  | 'quoted-not-advice';

interface BaseCase {
  id: string;
  /** BCP 47 tag of the text (with region or script where it matters). */
  lang: string;
  text: string;
  placement: Placement;
}

export interface PositiveCase extends BaseCase {
  expect: 'disclaimer';
  kinds: DisclaimerKind[];
  host?: string;
}

export interface NegativeCase extends BaseCase {
  expect: 'none';
  lookAlike: LookAlike;
}

export type DisclaimerCase = PositiveCase | NegativeCase;

/**
 * Hand-written set: disclaimers worded the way different exchanges and news sites word them (none
 * copies the seed page's sentence), and look-alikes that share their vocabulary but are not
 * third-party-content disclaimers.
 */
export const CASES: DisclaimerCase[] = [
  // ── Positives ────────────────────────────────────────────────────────────────────────────
  {
    id: 'en-contributor',
    lang: 'en',
    expect: 'disclaimer',
    placement: 'after-article',
    text: 'Disclaimer: The content above is provided by a third-party contributor and does not represent the views of Binance. It is not financial advice; always do your own research.',
    kinds: ['third-party', 'no-endorsement', 'not-advice'],
    host: 'Binance',
  },
  {
    id: 'en-opinion-column',
    lang: 'en',
    expect: 'disclaimer',
    placement: 'article-end',
    text: 'The views and opinions expressed in this article are those of the author and do not necessarily reflect the official position of CryptoDaily.',
    kinds: ['no-endorsement', 'author-views-only'],
    host: 'CryptoDaily',
  },
  {
    id: 'en-press-release',
    lang: 'en',
    expect: 'disclaimer',
    placement: 'article-end',
    text: 'This is a sponsored post. Information in this press release is provided for informational purposes only and should not be taken as investment advice.',
    kinds: ['informational-only', 'not-advice', 'sponsored'],
  },
  {
    id: 'en-nothing-on-page',
    lang: 'en',
    expect: 'disclaimer',
    placement: 'footer',
    text: 'Nothing on this page constitutes investment advice.',
    kinds: ['not-advice'],
  },
  {
    id: 'en-sources',
    lang: 'en',
    expect: 'disclaimer',
    placement: 'aside',
    text: 'Some of the information on this page comes from third-party sources. Bybit does not endorse or verify it, and it should not be relied upon as trading advice.',
    kinds: ['third-party', 'no-endorsement', 'not-advice'],
    host: 'Bybit',
  },
  {
    id: 'en-label-short',
    lang: 'en',
    expect: 'disclaimer',
    placement: 'article-end',
    text: 'Disclaimer: Not investment advice.',
    kinds: ['not-advice'],
  },
  {
    id: 'pt-BR-columnist',
    lang: 'pt-BR',
    expect: 'disclaimer',
    placement: 'article-end',
    text: 'Aviso: as opiniões expressas neste texto são de responsabilidade exclusiva do autor e não refletem necessariamente a posição do Portal do Bitcoin. O conteúdo tem caráter meramente informativo e não constitui recomendação de investimento.',
    kinds: ['no-endorsement', 'informational-only', 'author-views-only', 'not-advice'],
    host: 'Portal do Bitcoin',
  },
  {
    id: 'pt-BR-sponsored',
    lang: 'pt-BR',
    expect: 'disclaimer',
    placement: 'after-article',
    text: 'O conteúdo desta página é patrocinado e produzido por terceiros. As informações não representam recomendação de compra ou venda de ativos.',
    kinds: ['third-party', 'not-advice', 'sponsored'],
  },
  {
    id: 'pt-PT-information',
    lang: 'pt-PT',
    expect: 'disclaimer',
    placement: 'footer',
    text: 'Este artigo contém informação de terceiros e destina-se apenas a fins informativos; não deve ser entendido como aconselhamento financeiro.',
    kinds: ['third-party', 'informational-only', 'not-advice'],
  },
  {
    id: 'es-legal-notice',
    lang: 'es',
    expect: 'disclaimer',
    placement: 'after-article',
    text: 'Aviso legal: Este contenido procede de terceros y no refleja necesariamente la opinión de Bit2Me. No constituye asesoramiento financiero ni de inversión.',
    kinds: ['third-party', 'no-endorsement', 'not-advice'],
    host: 'Bit2Me',
  },
  {
    id: 'es-column',
    lang: 'es',
    expect: 'disclaimer',
    placement: 'article-end',
    text: 'Las opiniones vertidas en esta columna son responsabilidad exclusiva de su autor. La información se ofrece con fines educativos y no debe considerarse una recomendación de inversión.',
    kinds: ['informational-only', 'author-views-only', 'not-advice'],
  },
  {
    id: 'fr-warning',
    lang: 'fr',
    expect: 'disclaimer',
    placement: 'article-end',
    text: "Avertissement : cet article est publié à titre informatif uniquement. Les propos tenus n'engagent que leur auteur et ne constituent en aucun cas un conseil en investissement.",
    kinds: ['informational-only', 'author-views-only', 'not-advice'],
  },
  {
    id: 'zh-Hans-full',
    lang: 'zh-Hans',
    expect: 'disclaimer',
    placement: 'after-article',
    text: '免责声明：本文内容来源于第三方，仅代表作者个人观点，不代表本平台立场，亦不构成任何投资建议。',
    kinds: ['third-party', 'no-endorsement', 'author-views-only', 'not-advice'],
  },
  {
    id: 'zh-Hans-risk-note',
    lang: 'zh-Hans',
    expect: 'disclaimer',
    placement: 'footer',
    text: '风险提示：本文仅供参考，不构成投资建议，平台不对其内容背书。',
    kinds: ['no-endorsement', 'informational-only', 'not-advice'],
  },
  {
    id: 'zh-Hans-one-line',
    lang: 'zh-Hans',
    expect: 'disclaimer',
    placement: 'article-end',
    text: '本文不构成投资建议。',
    kinds: ['not-advice'],
  },
  {
    id: 'zh-Hant-contribution',
    lang: 'zh-Hant',
    expect: 'disclaimer',
    placement: 'after-article',
    text: '免責聲明：本文為第三方投稿，僅代表作者觀點，不代表本站立場，不構成投資建議。',
    kinds: ['third-party', 'no-endorsement', 'author-views-only', 'not-advice'],
  },
  {
    id: 'ja-notice',
    lang: 'ja',
    expect: 'disclaimer',
    placement: 'after-article',
    text: '免責事項：本記事は情報提供のみを目的としており、投資助言ではありません。記事内の見解は筆者個人のものであり、当社の見解を代表するものではありません。',
    kinds: ['no-endorsement', 'informational-only', 'author-views-only', 'not-advice'],
  },
  {
    id: 'vi-notice',
    lang: 'vi',
    expect: 'disclaimer',
    placement: 'article-end',
    text: 'Tuyên bố miễn trừ trách nhiệm: Nội dung bài viết chỉ mang tính chất tham khảo, thể hiện quan điểm riêng của tác giả và không phải là lời khuyên đầu tư.',
    kinds: ['informational-only', 'author-views-only', 'not-advice'],
  },
  {
    id: 'ru-notice',
    lang: 'ru',
    expect: 'disclaimer',
    placement: 'footer',
    text: 'Отказ от ответственности: материал носит исключительно информационный характер, отражает личное мнение автора и не является инвестиционной рекомендацией.',
    kinds: ['informational-only', 'author-views-only', 'not-advice'],
  },
  {
    id: 'uk-notice',
    lang: 'uk',
    expect: 'disclaimer',
    placement: 'article-end',
    text: 'Застереження: ця публікація має виключно інформаційний характер і не є фінансовою порадою. Думка автора може не збігатися з позицією редакції.',
    kinds: ['no-endorsement', 'informational-only', 'author-views-only', 'not-advice'],
  },
  {
    id: 'id-notice',
    lang: 'id',
    expect: 'disclaimer',
    placement: 'after-article',
    text: 'Penafian: Artikel ini hanya bersifat informatif dan bukan merupakan nasihat keuangan. Pendapat yang disampaikan adalah milik penulis dan tidak mencerminkan pandangan Indodax.',
    kinds: ['no-endorsement', 'informational-only', 'author-views-only', 'not-advice'],
    host: 'Indodax',
  },
  {
    id: 'ar-notice',
    lang: 'ar',
    expect: 'disclaimer',
    placement: 'after-article',
    text: 'إخلاء المسؤولية: هذا المحتوى مقدم من طرف ثالث ولأغراض إعلامية فقط، ولا يمثل نصيحة مالية أو استثمارية، ولا يعكس بالضرورة رأي المنصة.',
    kinds: ['third-party', 'no-endorsement', 'informational-only', 'not-advice'],
  },
  {
    id: 'ko-notice',
    lang: 'ko',
    expect: 'disclaimer',
    placement: 'article-end',
    text: '면책 조항: 본 기사는 정보 제공 목적으로 작성되었으며 투자 권유가 아닙니다. 기사 내용은 필자의 개인적인 견해로, 당사의 입장과 다를 수 있습니다.',
    kinds: ['no-endorsement', 'informational-only', 'author-views-only', 'not-advice'],
  },
  {
    id: 'tr-notice',
    lang: 'tr',
    expect: 'disclaimer',
    placement: 'after-article',
    text: "Yasal uyarı: Bu içerik yalnızca bilgilendirme amaçlıdır ve yatırım tavsiyesi değildir. Yazıda yer alan görüşler yazara aittir ve BtcTurk'ün görüşlerini yansıtmaz.",
    kinds: ['no-endorsement', 'informational-only', 'author-views-only', 'not-advice'],
    host: 'BtcTurk',
  },

  // ── Look-alikes ──────────────────────────────────────────────────────────────────────────
  {
    id: 'neg-cookie-en',
    lang: 'en',
    expect: 'none',
    lookAlike: 'cookie-banner',
    placement: 'cookie-banner',
    text: 'We use cookies and similar technologies, including third-party cookies, to personalise content and ads, provide social media features and analyse our traffic. We also share information about your use of our site with our advertising and analytics partners. Accept all · Manage preferences',
  },
  {
    id: 'neg-cookie-pt',
    lang: 'pt-BR',
    expect: 'none',
    lookAlike: 'cookie-banner',
    placement: 'cookie-banner',
    text: 'Utilizamos cookies próprios e de terceiros para melhorar sua experiência e exibir publicidade personalizada. Ao continuar navegando, você concorda com a nossa Política de Cookies.',
  },
  {
    id: 'neg-cookie-fr',
    lang: 'fr',
    expect: 'none',
    lookAlike: 'cookie-banner',
    placement: 'cookie-banner',
    text: "Ce site utilise des cookies, y compris des cookies de tiers, à des fins de mesure d'audience et de publicité. Vous pouvez modifier vos choix à tout moment.",
  },
  {
    id: 'neg-privacy-en',
    lang: 'en',
    expect: 'none',
    lookAlike: 'privacy-newsletter',
    placement: 'footer',
    text: 'Subscribe to our newsletter. We respect your privacy and will never share your email address with third parties. You can unsubscribe at any time.',
  },
  {
    id: 'neg-privacy-es',
    lang: 'es',
    expect: 'none',
    lookAlike: 'privacy-newsletter',
    placement: 'footer',
    text: 'Suscríbete a nuestro boletín. Nunca compartiremos tu correo electrónico ni tu información con terceros y puedes darte de baja cuando quieras.',
  },
  {
    id: 'neg-privacy-zh',
    lang: 'zh-Hans',
    expect: 'none',
    lookAlike: 'privacy-newsletter',
    placement: 'aside',
    text: '订阅我们的新闻简报。我们承诺不会将您的电子邮件地址出售或分享给任何第三方。',
  },
  {
    id: 'neg-ai-en',
    lang: 'en',
    expect: 'none',
    lookAlike: 'ai-use',
    placement: 'article-end',
    text: 'This article was produced with the assistance of AI tools and was reviewed and edited by our editorial team for accuracy before publication.',
  },
  {
    id: 'neg-ai-pt',
    lang: 'pt-BR',
    expect: 'none',
    lookAlike: 'ai-use',
    placement: 'article-end',
    text: 'Este texto foi gerado com auxílio de inteligência artificial e revisado por um editor humano antes da publicação.',
  },
  {
    id: 'neg-ai-ja',
    lang: 'ja',
    expect: 'none',
    lookAlike: 'ai-use',
    placement: 'article-end',
    text: 'この記事はAIを活用して作成され、編集部が内容を確認しています。',
  },
  {
    id: 'neg-fraud-en',
    lang: 'en',
    expect: 'none',
    lookAlike: 'fraud-warning',
    placement: 'top-banner',
    text: 'Security notice: our staff will never ask for your password, 2FA codes or private keys. Beware of phishing sites and scams impersonating the exchange.',
  },
  {
    id: 'neg-fraud-zh',
    lang: 'zh-Hans',
    expect: 'none',
    lookAlike: 'fraud-warning',
    placement: 'top-banner',
    text: '安全提醒：谨防诈骗！官方工作人员不会以任何理由向您索要密码或验证码，请勿向陌生人转账。',
  },
  {
    id: 'neg-fraud-ru',
    lang: 'ru',
    expect: 'none',
    lookAlike: 'fraud-warning',
    placement: 'top-banner',
    text: 'Внимание: остерегайтесь мошенников! Сотрудники биржи никогда не просят сообщить пароль или код подтверждения.',
  },
  {
    id: 'neg-region-en',
    lang: 'en',
    expect: 'none',
    lookAlike: 'regional-availability',
    placement: 'top-banner',
    text: 'Our services are not available to residents of the United States, Canada and certain other jurisdictions. Please check local regulations before signing up.',
  },
  {
    id: 'neg-region-fr',
    lang: 'fr',
    expect: 'none',
    lookAlike: 'regional-availability',
    placement: 'top-banner',
    text: "Ce service n'est pas disponible dans votre pays ou votre région en raison de restrictions réglementaires.",
  },
  {
    id: 'neg-region-tr',
    lang: 'tr',
    expect: 'none',
    lookAlike: 'regional-availability',
    placement: 'top-banner',
    text: 'Bu hizmet bulunduğunuz bölgede kullanılamamaktadır. Daha fazla bilgi için destek ekibimizle iletişime geçin.',
  },
  {
    id: 'neg-risk-en',
    lang: 'en',
    expect: 'none',
    lookAlike: 'risk-in-article',
    placement: 'article-body',
    text: 'Cryptocurrency prices are highly volatile, and analysts warn that investors could lose their entire investment if the market turns. Regulators have repeatedly urged retail traders to be cautious.',
  },
  {
    id: 'neg-risk-pt',
    lang: 'pt-BR',
    expect: 'none',
    lookAlike: 'risk-in-article',
    placement: 'article-body',
    text: 'Especialistas alertam que o mercado de criptomoedas é volátil e que os investidores podem perder todo o capital investido em poucas horas, sem qualquer garantia de recuperação.',
  },
  {
    id: 'neg-risk-ko',
    lang: 'ko',
    expect: 'none',
    lookAlike: 'risk-in-article',
    placement: 'article-body',
    text: '전문가들은 가상자산 시장의 변동성이 매우 커 투자자들이 큰 손실을 입을 수 있다고 경고했다.',
  },
  {
    id: 'neg-tos-en',
    lang: 'en',
    expect: 'none',
    lookAlike: 'terms-of-service',
    placement: 'footer',
    text: 'By accessing or using the Services, you agree to be bound by these Terms of Service. We may suspend or terminate your account at any time if you violate these Terms, which are governed by the laws of Singapore.',
  },
  {
    id: 'neg-tos-id',
    lang: 'id',
    expect: 'none',
    lookAlike: 'terms-of-service',
    placement: 'footer',
    text: 'Dengan menggunakan layanan ini, Anda setuju untuk terikat oleh Syarat dan Ketentuan kami. Kami berhak menangguhkan akun Anda apabila terjadi pelanggaran.',
  },
  {
    id: 'neg-tos-vi',
    lang: 'vi',
    expect: 'none',
    lookAlike: 'terms-of-service',
    placement: 'footer',
    text: 'Bằng việc sử dụng dịch vụ, bạn đồng ý với Điều khoản sử dụng của chúng tôi. Chúng tôi có quyền tạm khóa tài khoản nếu phát hiện vi phạm.',
  },
  {
    id: 'neg-copyright-en',
    lang: 'en',
    expect: 'none',
    lookAlike: 'copyright-reposting',
    placement: 'footer',
    text: '© 2025 Example Media. All rights reserved. This article may not be republished, rewritten or redistributed without written permission.',
  },
  {
    id: 'neg-copyright-zh',
    lang: 'zh-Hans',
    expect: 'none',
    lookAlike: 'copyright-reposting',
    placement: 'article-end',
    text: '版权声明：本文为链新闻原创，转载请注明出处并附上原文链接，未经授权禁止转载。',
  },
  {
    id: 'neg-copyright-zh-Hant',
    lang: 'zh-Hant',
    expect: 'none',
    lookAlike: 'copyright-reposting',
    placement: 'article-end',
    text: '本文版權歸原作者所有，如需轉載請聯繫授權。',
  },
  {
    id: 'neg-copyright-ar',
    lang: 'ar',
    expect: 'none',
    lookAlike: 'copyright-reposting',
    placement: 'footer',
    text: 'جميع الحقوق محفوظة. لا يجوز إعادة نشر هذا المقال أو نسخه دون إذن كتابي مسبق.',
  },
  {
    id: 'neg-quote-en',
    lang: 'en',
    expect: 'none',
    lookAlike: 'quoted-not-advice',
    placement: 'article-body',
    text: 'The analyst stressed that he was not giving financial advice and that his forecast for bitcoin could easily be wrong.',
  },
  {
    id: 'neg-quote-pt',
    lang: 'pt-BR',
    expect: 'none',
    lookAlike: 'quoted-not-advice',
    placement: 'article-body',
    text: 'O influenciador disse que "não estava dando conselho financeiro" e que cada seguidor deve fazer sua própria pesquisa.',
  },
  {
    id: 'neg-quote-es',
    lang: 'es',
    expect: 'none',
    lookAlike: 'quoted-not-advice',
    placement: 'article-body',
    text: 'El analista aclaró que no se trataba de una recomendación de inversión, sino de su lectura personal del mercado.',
  },
];
