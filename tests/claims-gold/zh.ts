import type { GoldArticle } from './types';

export const chineseArticles: GoldArticle[] = [
  {
    id: 'zh-qingyun-model',
    lang: 'zh',
    text: [
      '青云智能发布新一代大模型',
      '记者 王磊',
      '北京人工智能公司青云智能周二发布了新一代大模型“青云三号”，参数规模达到3000亿。公司称，该模型在中文阅读理解测试中的得分比上一代提高了15%。',
      '青云智能首席执行官李明远表示，公司未来三年将投入50亿元建设自己的算力中心。他强调，算力不足是目前制约国内大模型发展的最大瓶颈。',
      '图片来源：青云智能官网',
      '李明远还坦言，公司去年在商业化方面走了弯路，过于依赖政府项目。他认为，企业客户才是大模型真正的市场。',
      '（注：参数规模是指模型中可训练数值的数量，通常被用来粗略衡量模型的大小。）',
      '清华大学教授陈静认为，单纯比拼参数规模的时代已经过去，未来的竞争将集中在推理成本上。',
      '据市场研究机构数观统计，2024年国内大模型市场规模约为210亿元。',
      '你会用国产大模型吗？',
      '本文首发于科技日报网。',
    ].join('\n\n'),
    gold: [
      { match: '参数规模达到3000亿', kind: 'figure', speaker: null },
      { match: '得分比上一代提高了15%', kind: 'figure', speaker: '青云智能' },
      { match: '将投入50亿元建设自己的算力中心', kind: 'plan', speaker: '李明远' },
      { match: '算力不足是目前制约', kind: 'opinion', speaker: '李明远' },
      { match: '在商业化方面走了弯路', kind: 'fact', speaker: '李明远' },
      { match: '企业客户才是大模型真正的市场', kind: 'opinion', speaker: '李明远' },
      { match: '单纯比拼参数规模的时代已经过去', kind: 'opinion', speaker: '陈静' },
      { match: '市场规模约为210亿元', kind: 'figure', speaker: '数观' },
    ],
  },
];
