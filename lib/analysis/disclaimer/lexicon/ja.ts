import { JAPANESE, type DisclaimerLexiconSource } from './types';

/** An unspaced name run before は/が: shortest first ("Binanceは…" gives "Binance"). */
const JA_NAME = '([^\\s。、，：:「」『』（）()]{1,20}?)';

/** "… ではありません" and its variants, after the object it denies. */
const DENIAL =
  /(?:する|した)?(?:もの|目的と(?:した|する)もの)?(?:では|で)(?:ありません|ない|はない|はありません|はなく|ございません)|(?:を)?目的としていません|(?:いた)?しません/u;

export const ja: DisclaimerLexiconSource = {
  variant: 'ja',
  lang: 'ja',
  script: JAPANESE,
  cue: /^\W{0,3}(?:免責事項|ディスクレーマー|ディスクレイマー|注意事項|ご注意|お断り)/u,
  subject:
    /(?:本記事|この記事|本稿|本ページ|このページ|本サイト|当サイト|当ウェブサイト|本ウェブサイト|当ブログ|本ブログ|本コンテンツ|このコンテンツ|本資料|本レポート|記事内|掲載(?:されている|している)?(?:情報|内容)|(?:いかなる|全ての|すべての)情報|上記|以上の内容)/u,
  foreign: /(?:コメント|読者の|投稿された|リンク先|外部サイト|クッキー|cookie)/u,
  concepts: [
    {
      kind: 'third-party',
      relation:
        /第三者(?:が|の|による|から)?(?:提供|作成|執筆|発信|配信)?(?:する|した|された|している)?(?:コンテンツ|情報|記事|見解|意見)/u,
    },
    {
      kind: 'third-party',
      relation:
        /(?:コンテンツ|情報|記事)(?:は|が|には)?(?:第三者|外部の?執筆者|外部寄稿者)(?:によって|により|から|が|の)/u,
    },
    {
      kind: 'no-endorsement',
      object: /(?:コンテンツ|記事|内容|見解|意見|情報|見方)を(?:推奨|支持|承認|是認|推薦|賛同|保証)/u,
      relation: DENIAL,
      order: 'object-relation',
      gap: 6,
    },
    {
      kind: 'no-endorsement',
      object: /(?:見解|立場|意見|考え)を(?:代表|反映)/u,
      relation: DENIAL,
      order: 'object-relation',
      gap: 6,
    },
    { kind: 'informational-only', relation: /(?:情報提供|参考|教育)(?:のみ)?を(?:目的|意図)/u },
    { kind: 'informational-only', relation: /(?:参考|情報提供)(?:のため|として|目的)(?:のみ|だけ)/u },
    { kind: 'informational-only', relation: /情報提供のみ/u },
    {
      kind: 'author-views-only',
      relation:
        /(?:筆者|著者|執筆者|寄稿者)(?:個人|自身)?の(?:個人的な)?(?:見解|意見|考え|私見)(?:であり|です|に基づ|を反映|によるもの)/u,
    },
    {
      kind: 'author-views-only',
      relation: /(?:見解|意見)は(?:筆者|著者|執筆者|寄稿者)(?:個人|自身)?の(?:もの|見解|意見)/u,
    },
    {
      kind: 'not-advice',
      object:
        /(?:投資|金融|財務|法律|税務|専門)[^。]{0,8}?(?:助言|アドバイス|勧誘|推奨|推薦)|(?:購入|売却|売買|取引)[^。]{0,8}?(?:勧誘|推奨|勧め)/u,
      relation: DENIAL,
      order: 'object-relation',
      gap: 20,
    },
    {
      kind: 'not-advice',
      relation:
        /(?:投資|売買)(?:に関する)?(?:判断|決定)は[^。]{0,20}?(?:ご自身|自己|利用者|お客様)(?:の)?(?:判断|責任)/u,
    },
    { kind: 'sponsored', relation: /(?:スポンサー|広告|PR|タイアップ|提供)(?:記事|コンテンツ)/u },
    { kind: 'sponsored', relation: /(?:本記事|この記事)は(?:広告|PR|スポンサー|プロモーション)/u },
  ],
  host: [
    new RegExp(
      `(?:^|[。、\\s：:])${JA_NAME}(?:は|が)[^。]{0,20}?(?:推奨|支持|承認|保証|代表|反映)(?:する|した)?(?:もの)?(?:では|で)(?:ありません|ない|はない)`,
      'u',
    ),
    new RegExp(`${JA_NAME}の(?:見解|立場|意見)を(?:代表|反映)`, 'u'),
    new RegExp(`(?:^|[。、\\s：:])${JA_NAME}(?:は|が)[^。]{0,20}?(?:保証|推奨)(?:せず|しません|しない)`, 'u'),
  ],
  names: 'cjk',
};
