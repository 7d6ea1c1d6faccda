/**
 * A small made-up news page the offscreen document analyzes once while idle, before any real page
 * (see warmAnalyzer in ./analyzer): the first analysis in a document compiles the article rules,
 * the claim lexicons' expressions and the term base's automaton, about 300 ms in Chromium that
 * otherwise fell between the reader's first page and its first claim. Its result is thrown away:
 * every cache it fills is a pure memo, so later analyses give the same output.
 */
const PARAGRAPHS = [
  'The company said on Tuesday that its new large language model was trained on 2 trillion tokens of text, twice as many as the version it released last year.',
  '“We expect inference costs to fall by about 40% within a year,” said Maria Lopez, the firm’s chief technology officer, in an interview.',
  'According to the report, the data center will hold 50,000 GPUs and draw up to 300 megawatts when it opens in 2027.',
  'Analysts warned that the scaling laws seen so far may not hold, and that fine-tuning with synthetic data can make hallucinations more common.',
  'The startup plans to release the open weights of a smaller model next month, while keeping its frontier model behind a paid API.',
  'Regulators in Brussels have asked three developers of foundation models to explain how they test for alignment before a release.',
  'Shares of the chip maker rose 6.2 percent after it raised its revenue forecast to $12 billion for the quarter.',
  'John Smith, a researcher at the university, told reporters that AI agents still fail on long tasks that need planning.',
];

export const WARM_UP_PAGE = {
  url: 'https://example.com/news/2026/warm-up',
  html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>New model trained on twice the data | Example News</title>
<meta property="og:site_name" content="Example News"><meta property="article:published_time" content="2026-01-05T09:00:00Z">
<link rel="canonical" href="https://example.com/news/2026/warm-up"></head><body>
<header><nav><a href="/">Home</a> <a href="/tech">Tech</a></nav></header>
<main><article><h1>New model trained on twice the data</h1><p class="byline">By Ana Chen</p>
${PARAGRAPHS.map((text) => `<p>${text}</p>`).join('\n')}
</article></main><footer><p>© 2026 Example News. All rights reserved.</p></footer></body></html>`,
};
