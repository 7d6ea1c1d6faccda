import { HAN, type DisclaimerLexiconSource } from './types';

/** An unspaced name run before a particle or noun: shortest first, so "Gate的观点" gives "Gate". */
export const ZH_NAME = '([^\\s，。、；：:！？“”"\'（）()【】《》．·]{1,24}?)';

export const zhHans: DisclaimerLexiconSource = {
  variant: 'zh-Hans',
  lang: 'zh',
  script: HAN,
  cue: /^\W{0,3}(?:免责声明|免责条款|风险提示|特别声明|重要提示|声明)/u,
  // The page's content, or the platform disowning liability for it (X不对…负责).
  subject:
    /(?:本文|本篇|此文|该文|文章|原文|以上|上文|上述|本站|本网|本网站|本平台|本页|本页面|本内容|本资讯|资讯内容|内容|信息|本报告|本号|文中|观点|言论)|(?:不|并不|概不)(?:对|为)[^。]{0,30}?(?:负(?:任何)?责|承担)/u,
  foreign: /(?:读者|网友|用户)(?:评论|留言|发表)|评论区|外部链接|第三方链接|链接网站|cookie/u,
  concepts: [
    { kind: 'third-party', relation: /第三方(?:的)?(?:内容|信息|资讯|来源|观点|作者|撰稿|投稿|提供|发布|平台)/u },
    { kind: 'third-party', relation: /(?:内容|信息|资讯|文章|观点)(?:可能)?(?:来自|来源于|源自|由)第三方/u },
    {
      kind: 'third-party',
      relation: /(?:转载|转自|摘自|来源于|来自)自?(?:网络|其他媒体|其它媒体|第三方|其他网站|其它网站)/u,
    },
    { kind: 'third-party', relation: /信息发布平台|信息存储空间/u },
    {
      kind: 'no-endorsement',
      relation: /(?:不|并不|并非|不一定)(?:代表|反映|意味着)/u,
      object: /(?:立场|观点|意见|看法|态度|赞同|认可|背书|同意)/u,
      gap: 20,
    },
    {
      kind: 'no-endorsement',
      relation:
        /(?:不|并不|未|亦不|也不|无意)(?:对|为)?(?:其|该|此|任何)?(?:内容|观点|文章|信息)?(?:作出|做出)?(?:认可|赞同|背书|担保)/u,
    },
    { kind: 'no-endorsement', relation: /与本(?:站|平台|网|网站)(?:立场)?无关/u },
    {
      kind: 'no-endorsement',
      relation: /(?:不|并不|概不|不会)(?:对|为)/u,
      object: /(?:真实性|准确性|完整性|可靠性)[^。]{0,6}?(?:负责|承担)/u,
      gap: 10,
    },
    {
      kind: 'informational-only',
      relation: /仅(?:供|作为?|用于|为)(?:读者)?(?:参考|学习|交流|信息|资讯|教育|分享|借鉴)/u,
    },
    { kind: 'informational-only', relation: /(?:以|作为)?(?:信息|资讯)(?:分享|参考)之?(?:用|目的)/u },
    {
      kind: 'author-views-only',
      relation: /(?:(?:仅|只|均|纯属|皆)(?:代表|属于|为|系|反映|是)?|代表|反映|属于)/u,
      object: /(?:作者|笔者|撰稿人|原作者|嘉宾|研究员|研究者|发布者|博主)[^。，]{0,8}?(?:观点|意见|立场|看法|见解)/u,
      gap: 4,
    },
    {
      kind: 'author-views-only',
      relation: /(?:观点|意见|看法|见解)(?:仅|只|均)?(?:代表|属于|为|系|归|来自)(?:作者|笔者|撰稿人|原作者)/u,
    },
    {
      kind: 'not-advice',
      relation: /(?:不|非|并非|并不|亦不|也不|不应|无意)/u,
      object: /(?:投资|理财|财务|金融|法律|税务|专业|交易|买卖)(?:上的)?(?:建议|意见|指导|依据|推荐|邀约|要约|劝诱)/u,
      gap: 12,
    },
    { kind: 'not-advice', relation: /(?:投资者|读者|用户)(?:应|须|需)?(?:独立|自行)(?:决策|判断)/u },
    {
      // "X不对任何投资损失负责": whoever reads the page decides alone.
      kind: 'not-advice',
      relation: /(?:不|并不|概不|不会)(?:对|为)/u,
      object: /(?:投资|交易|买卖)?(?:损失|亏损|损害|决策|后果|风险|行为)[^。]{0,6}?(?:负(?:任何)?责|承担)/u,
      gap: 20,
    },
    { kind: 'sponsored', relation: /(?:赞助|付费|推广|商业合作|广告)(?:内容|文章|稿件|软文|信息)/u },
    { kind: 'sponsored', relation: /本文(?:为|系|是)(?:赞助|付费|推广|广告|商业)/u },
  ],
  host: [
    new RegExp(`不(?:代表|反映)${ZH_NAME}(?:的|之)?(?:观点|立场|意见|看法)`, 'u'),
    new RegExp(`(?:^|[，。；：:．·\\s])${ZH_NAME}(?:不|并不|概不)(?:对|为)[^。]{0,30}?(?:负(?:任何)?责|承担)`, 'u'),
    new RegExp(`与${ZH_NAME}(?:立场)?无关`, 'u'),
    new RegExp(`(?:^|[，。；：:．·\\s])${ZH_NAME}(?:仅|只)提供信息(?:存储空间|发布平台)`, 'u'),
    new RegExp(`(?:^|[，。；：:．·\\s])${ZH_NAME}(?:不|并不)(?:认可|赞同|背书)`, 'u'),
  ],
  names: 'cjk',
};
