import type { DefinitionLang, TermText } from '../../shared/definition-language';

/**
 * What the reader sees for each concept, per definition language (en, pt, es, fr, Simplified and
 * Traditional Chinese, ja): its name and a definition written for this glossary in that language
 * (not translated by machine). Kept apart from the term base so the analysis carries term ids
 * only and the reader's side picks the language.
 */
export const TERM_TEXTS: Readonly<Record<string, Readonly<Record<DefinitionLang, TermText>>>> = {
  'scaling-laws': {
    en: {
      label: 'Scaling laws',
      definition:
        'Empirical rule that an AI model’s error falls smoothly and predictably as its parameters, training data and compute grow. Kaplan et al. (2020) measured it; DeepMind’s Chinchilla study (2022) found that, for a fixed compute budget, parameters and training tokens should grow in equal proportion.',
    },
    pt: {
      label: 'Leis de escala (scaling laws)',
      definition:
        'Regra empírica segundo a qual o erro de um modelo de IA cai de forma suave e previsível à medida que crescem os parâmetros, os dados de treino e a computação. Kaplan et al. (2020) mediram-na; o estudo Chinchilla da DeepMind (2022) mostrou que, com orçamento de computação fixo, parâmetros e tokens de treino devem crescer na mesma proporção.',
    },
    es: {
      label: 'Leyes de escalado',
      definition:
        'Regla empírica según la cual el error de un modelo de IA baja de forma suave y predecible cuando crecen sus parámetros, sus datos de entrenamiento y el cómputo. La midieron Kaplan et al. (2020); el estudio Chinchilla de DeepMind (2022) halló que, con un presupuesto de cómputo fijo, parámetros y tokens de entrenamiento deben crecer en la misma proporción.',
    },
    fr: {
      label: 'Lois d’échelle',
      definition:
        'Règle empirique selon laquelle l’erreur d’un modèle d’IA diminue de façon régulière et prévisible à mesure que croissent ses paramètres, ses données d’entraînement et la puissance de calcul. Kaplan et al. (2020) l’ont mesurée ; l’étude Chinchilla de DeepMind (2022) a montré qu’à budget de calcul fixe, paramètres et tokens d’entraînement doivent croître dans la même proportion.',
    },
    zh: {
      label: '缩放定律（scaling laws）',
      definition:
        '一条经验规律：AI 模型的参数、训练数据和算力增加时，其误差会平稳且可预测地下降。Kaplan 等人于 2020 年测量了这一规律；DeepMind 的 Chinchilla 研究（2022）发现，在算力预算固定时，参数量与训练词元数应按相同比例增长。',
    },
    'zh-Hant': {
      label: '縮放定律（scaling laws）',
      definition:
        '一條經驗規律：AI 模型的參數、訓練資料和算力增加時，其誤差會平穩且可預測地下降。Kaplan 等人於 2020 年量測了這一規律；DeepMind 的 Chinchilla 研究（2022）發現，在算力預算固定時，參數量與訓練詞元數應按相同比例成長。',
    },
    ja: {
      label: 'スケーリング則',
      definition:
        'AI モデルのパラメータ数・学習データ量・計算量を増やすと、誤差が滑らかかつ予測可能な形で下がるという経験則。Kaplan らが 2020 年に測定し、DeepMind の Chinchilla 研究（2022 年）は、計算予算が一定ならパラメータ数と学習トークン数を同じ割合で増やすのがよいと示した。',
    },
  },
  agi: {
    en: {
      label: 'Artificial general intelligence (AGI)',
      definition:
        'A hypothetical AI able to match or beat people at most intellectual or economically valuable work, rather than at one narrow task. There is no agreed test for it; OpenAI’s Charter defines it as highly autonomous systems that outperform humans at most economically valuable work.',
    },
    pt: {
      label: 'Inteligência artificial geral (AGI)',
      definition:
        'IA hipotética capaz de igualar ou superar as pessoas na maior parte do trabalho intelectual ou economicamente valioso, e não só numa tarefa específica. Não existe um teste aceito; a Carta da OpenAI a define como sistemas muito autônomos que superam humanos na maior parte do trabalho de valor econômico.',
    },
    es: {
      label: 'Inteligencia artificial general (AGI)',
      definition:
        'IA hipotética capaz de igualar o superar a las personas en la mayor parte del trabajo intelectual o de valor económico, no solo en una tarea concreta. No hay una prueba aceptada; la Carta de OpenAI la define como sistemas muy autónomos que superan a los humanos en la mayoría del trabajo de valor económico.',
    },
    fr: {
      label: 'Intelligence artificielle générale (AGI)',
      definition:
        'IA hypothétique capable d’égaler ou de dépasser les humains dans la plupart des tâches intellectuelles ou économiquement utiles, et non dans une seule tâche précise. Aucun test ne fait consensus ; la Charte d’OpenAI la définit comme des systèmes très autonomes qui surpassent les humains dans la plupart des travaux à valeur économique.',
    },
    zh: {
      label: '通用人工智能（AGI）',
      definition:
        '一种假想中的 AI：在大多数智力工作或有经济价值的工作上能达到或超过人类，而不只擅长某一项任务。目前没有公认的判定标准；OpenAI 章程将其定义为在大多数有经济价值的工作中胜过人类的高度自主系统。',
    },
    'zh-Hant': {
      label: '通用人工智慧（AGI）',
      definition:
        '一種假想中的 AI：在大多數智力工作或有經濟價值的工作上能達到或超越人類，而不只擅長某一項任務。目前沒有公認的判定標準；OpenAI 章程將其定義為在大多數有經濟價值的工作中勝過人類的高度自主系統。',
    },
    ja: {
      label: '汎用人工知能（AGI）',
      definition:
        '特定の作業だけでなく、知的な仕事や経済的価値のある仕事の大半で人間と同等以上の能力を持つとされる仮想上の AI。合意された判定基準はなく、OpenAI の憲章は「経済的に価値のある仕事の大半で人間を上回る高度に自律的なシステム」と定義している。',
    },
  },
  llm: {
    en: {
      label: 'Large language model (LLM)',
      definition:
        'A neural network with billions of parameters trained on huge amounts of text to predict the next token; the same model can then answer questions, write, translate or summarise. GPT-3 (2020) showed such models can do new tasks from a few examples in the prompt.',
    },
    pt: {
      label: 'Grande modelo de linguagem (LLM)',
      definition:
        'Rede neural com bilhões de parâmetros treinada em enormes quantidades de texto para prever o próximo token; o mesmo modelo consegue depois responder perguntas, escrever, traduzir ou resumir. O GPT-3 (2020) mostrou que esses modelos fazem tarefas novas a partir de poucos exemplos no prompt.',
    },
    es: {
      label: 'Modelo de lenguaje grande (LLM)',
      definition:
        'Red neuronal con miles de millones de parámetros entrenada con enormes cantidades de texto para predecir el siguiente token; el mismo modelo puede luego responder preguntas, escribir, traducir o resumir. GPT-3 (2020) mostró que estos modelos hacen tareas nuevas con pocos ejemplos en el prompt.',
    },
    fr: {
      label: 'Grand modèle de langage (LLM)',
      definition:
        'Réseau de neurones de plusieurs milliards de paramètres, entraîné sur d’immenses quantités de texte à prédire le token suivant ; le même modèle peut ensuite répondre à des questions, rédiger, traduire ou résumer. GPT-3 (2020) a montré que ces modèles accomplissent des tâches nouvelles à partir de quelques exemples placés dans le prompt.',
    },
    zh: {
      label: '大语言模型（LLM）',
      definition:
        '拥有数十亿乃至更多参数的神经网络，用海量文本训练来预测下一个词元；训练好的同一个模型可以回答问题、写作、翻译或总结。GPT-3（2020）表明，这类模型只需提示中的几个示例就能完成新任务。',
    },
    'zh-Hant': {
      label: '大型語言模型（LLM）',
      definition:
        '擁有數十億乃至更多參數的神經網路，以海量文本訓練來預測下一個詞元；訓練好的同一個模型可以回答問題、寫作、翻譯或摘要。GPT-3（2020）顯示，這類模型只需提示中的幾個範例就能完成新任務。',
    },
    ja: {
      label: '大規模言語モデル（LLM）',
      definition:
        '数十億以上のパラメータを持ち、大量のテキストで次のトークンを予測するよう学習したニューラルネットワーク。同じモデルで質問への回答、文章作成、翻訳、要約ができる。GPT-3（2020 年）は、プロンプト中の少数の例だけで新しい課題をこなせることを示した。',
    },
  },
  'language-model': {
    en: {
      label: 'Language model',
      definition:
        'A statistical model of text that estimates how likely each next word (token) is given the words before it. Large language models are the current, very large neural-network version.',
    },
    pt: {
      label: 'Modelo de linguagem',
      definition:
        'Modelo estatístico de texto que estima a probabilidade de cada palavra (token) seguinte dadas as anteriores. Os grandes modelos de linguagem são a versão atual, com redes neurais muito grandes.',
    },
    es: {
      label: 'Modelo de lenguaje',
      definition:
        'Modelo estadístico del texto que estima la probabilidad de cada palabra (token) siguiente dadas las anteriores. Los modelos de lenguaje grandes son la versión actual, con redes neuronales muy grandes.',
    },
    fr: {
      label: 'Modèle de langage',
      definition:
        'Modèle statistique du texte qui estime la probabilité de chaque mot (token) suivant, compte tenu des mots qui le précèdent. Les grands modèles de langage en sont la version actuelle, fondée sur de très grands réseaux de neurones.',
    },
    zh: {
      label: '语言模型',
      definition:
        '一种文本的统计模型，根据前面的词估计下一个词（词元）出现的概率。大语言模型是它当今基于超大神经网络的形态。',
    },
    'zh-Hant': {
      label: '語言模型',
      definition:
        '一種文本的統計模型，根據前面的詞估計下一個詞（詞元）出現的機率。大型語言模型是它當今以超大神經網路實現的形態。',
    },
    ja: {
      label: '言語モデル',
      definition:
        '直前までの語をもとに、次に来る語（トークン）の確率を見積もる文章の統計モデル。大規模言語モデルは、それを巨大なニューラルネットワークで実現した現在の形である。',
    },
  },
  parameters: {
    en: {
      label: 'Parameters',
      definition:
        'The numbers (weights) inside a neural network that training adjusts; a model’s size is usually given as its parameter count, from millions to trillions.',
    },
    pt: {
      label: 'Parâmetros',
      definition:
        'Os números (pesos) dentro de uma rede neural que o treinamento ajusta; o tamanho de um modelo costuma ser dado pela quantidade de parâmetros, de milhões a trilhões.',
    },
    es: {
      label: 'Parámetros',
      definition:
        'Los números (pesos) dentro de una red neuronal que el entrenamiento ajusta; el tamaño de un modelo suele darse por su número de parámetros, de millones a billones.',
    },
    fr: {
      label: 'Paramètres',
      definition:
        'Les nombres (poids) d’un réseau de neurones que l’entraînement ajuste ; la taille d’un modèle s’exprime en général par son nombre de paramètres, de quelques millions à des milliers de milliards.',
    },
    zh: {
      label: '参数',
      definition: '神经网络内部由训练调整的数值（权重）。模型的规模通常用参数量表示，从数百万到数万亿不等。',
    },
    'zh-Hant': {
      label: '參數',
      definition: '神經網路內部由訓練調整的數值（權重）。模型的規模通常以參數量表示，從數百萬到數兆不等。',
    },
    ja: {
      label: 'パラメータ',
      definition:
        'ニューラルネットワークの内部にあり、学習によって調整される数値（重み）。モデルの規模はふつうパラメータ数で表され、数百万から数兆まである。',
    },
  },
  tokens: {
    en: {
      label: 'Tokens (AI)',
      definition:
        'The small pieces of text — whole words, parts of words or punctuation — that a language model reads and writes. Training data, context windows and API prices are all counted in tokens. (Not a crypto token.)',
    },
    pt: {
      label: 'Tokens (IA)',
      definition:
        'Os pedaços de texto — palavras, partes de palavras ou pontuação — que um modelo de linguagem lê e escreve. Dados de treino, janelas de contexto e preços de API são contados em tokens. (Não é um token de criptomoeda.)',
    },
    es: {
      label: 'Tokens (IA)',
      definition:
        'Los trozos de texto — palabras, partes de palabras o signos — que un modelo de lenguaje lee y escribe. Los datos de entrenamiento, las ventanas de contexto y los precios de las API se cuentan en tokens. (No es un token de criptomoneda.)',
    },
    fr: {
      label: 'Tokens (jetons, IA)',
      definition:
        'Les petits morceaux de texte — mots entiers, fragments de mots ou signes de ponctuation — qu’un modèle de langage lit et écrit. Données d’entraînement, fenêtres de contexte et tarifs des API se comptent tous en tokens. (Rien à voir avec les jetons des cryptomonnaies.)',
    },
    zh: {
      label: '词元（token）',
      definition:
        '语言模型读写文本时使用的小片段——整词、词的一部分或标点。训练数据、上下文窗口和 API 价格都按词元计算。（不是加密货币代币。）',
    },
    'zh-Hant': {
      label: '詞元（token）',
      definition:
        '語言模型讀寫文本時使用的小片段——整個詞、詞的一部分或標點。訓練資料、上下文視窗和 API 價格都以詞元計算。（不是加密貨幣代幣。）',
    },
    ja: {
      label: 'トークン（AI）',
      definition:
        '言語モデルが読み書きするテキストの小さな単位で、単語、単語の一部、句読点など。学習データ量、コンテキストウィンドウ、API 料金はトークン数で数える。（暗号資産のトークンとは別物。）',
    },
  },
  'training-data': {
    en: {
      label: 'Training data',
      definition:
        'The examples — text, images, code, video — a model learns from. Their amount and quality largely decide what it can do; who owns them is at the heart of AI copyright disputes.',
    },
    pt: {
      label: 'Dados de treinamento',
      definition:
        'Os exemplos — texto, imagens, código, vídeo — com que um modelo aprende. A quantidade e a qualidade deles decidem em grande parte o que o modelo consegue fazer; a quem pertencem está no centro das disputas de direitos autorais sobre IA.',
    },
    es: {
      label: 'Datos de entrenamiento',
      definition:
        'Los ejemplos — texto, imágenes, código, vídeo — con los que aprende un modelo. Su cantidad y calidad deciden en gran parte lo que puede hacer; a quién pertenecen está en el centro de las disputas de derechos de autor sobre la IA.',
    },
    fr: {
      label: 'Données d’entraînement',
      definition:
        'Les exemples — textes, images, code, vidéos — à partir desquels un modèle apprend. Leur quantité et leur qualité déterminent en grande partie ce qu’il sait faire ; la question de leur propriété est au cœur des litiges sur l’IA et le droit d’auteur.',
    },
    zh: {
      label: '训练数据',
      definition:
        '模型用来学习的样本，包括文本、图像、代码和视频。数据的数量和质量在很大程度上决定模型的能力；数据归谁所有，是 AI 版权纠纷的核心。',
    },
    'zh-Hant': {
      label: '訓練資料',
      definition:
        '模型用來學習的樣本，包括文字、圖像、程式碼和影片。資料的數量和品質在很大程度上決定模型的能力；資料歸誰所有，是 AI 著作權爭議的核心。',
    },
    ja: {
      label: '学習データ',
      definition:
        'モデルが学ぶための例（文章、画像、コード、動画など）。その量と質がモデルにできることを大きく左右し、誰のデータかという問題は AI の著作権をめぐる争いの中心にある。',
    },
  },
  compute: {
    en: {
      label: 'Compute (computing power)',
      definition:
        'The processing capacity of a computer or a cluster, counted in floating-point operations (FLOPs) or in numbers of chips. In AI it is the scarce input: the compute to train a model grows roughly as 6 × parameters × training tokens.',
    },
    pt: {
      label: 'Poder de computação',
      definition:
        'A capacidade de processamento de um computador ou de um conjunto deles, medida em operações de ponto flutuante (FLOPs) ou em número de chips. Na IA é o recurso escasso: a computação para treinar um modelo cresce aproximadamente como 6 × parâmetros × tokens de treino.',
    },
    es: {
      label: 'Poder de cómputo',
      definition:
        'La capacidad de procesamiento de un ordenador o de un conjunto de ellos, medida en operaciones de coma flotante (FLOPs) o en número de chips. En la IA es el recurso escaso: el cómputo para entrenar un modelo crece aproximadamente como 6 × parámetros × tokens de entrenamiento.',
    },
    fr: {
      label: 'Puissance de calcul',
      definition:
        'La capacité de traitement d’un ordinateur ou d’une grappe de machines, mesurée en opérations en virgule flottante (FLOP) ou en nombre de puces. En IA, c’est la ressource rare : le calcul nécessaire pour entraîner un modèle croît à peu près comme 6 × paramètres × tokens d’entraînement.',
    },
    zh: {
      label: '算力',
      definition:
        '一台计算机或一个计算集群的处理能力，以浮点运算次数（FLOPs）或芯片数量计。在 AI 领域它是稀缺资源：训练一个模型所需的算力大约等于 6 × 参数量 × 训练词元数。',
    },
    'zh-Hant': {
      label: '算力',
      definition:
        '一台電腦或一個運算叢集的處理能力，以浮點運算次數（FLOPs）或晶片數量計。在 AI 領域它是稀缺資源：訓練一個模型所需的算力大約等於 6 × 參數量 × 訓練詞元數。',
    },
    ja: {
      label: '計算資源（コンピュート）',
      definition:
        'コンピューターやその集まりの処理能力で、浮動小数点演算回数（FLOPs）やチップの数で測る。AI では希少な資源であり、モデルの学習に必要な計算量はおおよそ 6 × パラメータ数 × 学習トークン数になる。',
    },
  },
  gpu: {
    en: {
      label: 'GPU (graphics processing unit)',
      definition:
        'A chip with thousands of small cores that run many calculations in parallel. Built for graphics, it became the main hardware for training and running AI models; Nvidia dominates the market.',
    },
    pt: {
      label: 'GPU (unidade de processamento gráfico)',
      definition:
        'Chip com milhares de pequenos núcleos que fazem muitos cálculos em paralelo. Criado para gráficos, tornou-se o principal hardware para treinar e executar modelos de IA; a Nvidia domina o mercado.',
    },
    es: {
      label: 'GPU (unidad de procesamiento gráfico)',
      definition:
        'Chip con miles de pequeños núcleos que hacen muchos cálculos en paralelo. Creado para gráficos, se convirtió en el principal hardware para entrenar y ejecutar modelos de IA; Nvidia domina el mercado.',
    },
    fr: {
      label: 'GPU (processeur graphique)',
      definition:
        'Puce dotée de milliers de petits cœurs qui effectuent de nombreux calculs en parallèle. Conçue pour le graphisme, elle est devenue le principal matériel pour entraîner et faire tourner les modèles d’IA ; Nvidia domine le marché.',
    },
    zh: {
      label: 'GPU（图形处理器）',
      definition:
        '拥有数千个小核心、能并行完成大量计算的芯片。它原为图形处理而设计，后来成为训练和运行 AI 模型的主要硬件；英伟达在这一市场占主导地位。',
    },
    'zh-Hant': {
      label: 'GPU（圖形處理器）',
      definition:
        '擁有數千個小核心、能平行完成大量運算的晶片。它原為圖形處理而設計，後來成為訓練和執行 AI 模型的主要硬體；輝達在這個市場居主導地位。',
    },
    ja: {
      label: 'GPU（画像処理半導体）',
      definition:
        '数千個の小さなコアで大量の計算を並列に行うチップ。もとは画像処理用だったが、AI モデルの学習と実行の主力ハードウェアとなった。市場は Nvidia が握っている。',
    },
  },
  'data-center': {
    en: {
      label: 'Data centre',
      definition:
        'A building full of servers, storage and networking, with its own power and cooling. AI data centres pack tens of thousands of GPUs and can draw as much electricity as a small city.',
    },
    pt: {
      label: 'Centro de dados (data center)',
      definition:
        'Edifício cheio de servidores, armazenamento e rede, com energia e refrigeração próprias. Os centros de dados para IA reúnem dezenas de milhares de GPUs e podem consumir tanta eletricidade quanto uma cidade pequena.',
    },
    es: {
      label: 'Centro de datos',
      definition:
        'Edificio lleno de servidores, almacenamiento y red, con energía y refrigeración propias. Los centros de datos para IA reúnen decenas de miles de GPU y pueden consumir tanta electricidad como una ciudad pequeña.',
    },
    fr: {
      label: 'Centre de données',
      definition:
        'Bâtiment rempli de serveurs, de stockage et d’équipements réseau, avec sa propre alimentation électrique et son propre refroidissement. Les centres de données dédiés à l’IA rassemblent des dizaines de milliers de GPU et peuvent consommer autant d’électricité qu’une petite ville.',
    },
    zh: {
      label: '数据中心',
      definition:
        '集中放置服务器、存储和网络设备并自备供电与冷却的建筑。AI 数据中心可容纳数万块 GPU，耗电量可与一座小城市相当。',
    },
    'zh-Hant': {
      label: '資料中心',
      definition:
        '集中放置伺服器、儲存和網路設備並自備供電與冷卻的建築。AI 資料中心可容納數萬顆 GPU，耗電量可與一座小城市相當。',
    },
    ja: {
      label: 'データセンター',
      definition:
        'サーバー、ストレージ、ネットワーク機器を集め、専用の電源と冷却設備を備えた建物。AI 向けのものは数万基の GPU を抱え、小さな都市に匹敵する電力を使うこともある。',
    },
  },
  inference: {
    en: {
      label: 'Inference (AI)',
      definition:
        'Running an already-trained model to get an answer, as opposed to training it. Each chatbot reply is an inference; its cost in chips and electricity now rivals the cost of training.',
    },
    pt: {
      label: 'Inferência (IA)',
      definition:
        'Executar um modelo já treinado para obter uma resposta, em oposição a treiná-lo. Cada resposta de um chatbot é uma inferência; seu custo em chips e eletricidade já rivaliza com o do treinamento.',
    },
    es: {
      label: 'Inferencia (IA)',
      definition:
        'Ejecutar un modelo ya entrenado para obtener una respuesta, por oposición a entrenarlo. Cada respuesta de un chatbot es una inferencia; su coste en chips y electricidad ya rivaliza con el del entrenamiento.',
    },
    fr: {
      label: 'Inférence (IA)',
      definition:
        'Le fait d’exécuter un modèle déjà entraîné pour obtenir une réponse, par opposition à son entraînement. Chaque réponse d’un chatbot est une inférence ; son coût en puces et en électricité rivalise désormais avec celui de l’entraînement.',
    },
    zh: {
      label: '推理（AI）',
      definition:
        '运行一个已训练好的模型来得到结果，与训练相对。聊天机器人的每一次回答都是一次推理；其芯片与电力成本如今已可与训练成本相比。',
    },
    'zh-Hant': {
      label: '推論（AI）',
      definition:
        '執行一個已訓練好的模型來取得結果，與訓練相對。聊天機器人的每一次回覆都是一次推論；其晶片與電力成本如今已可與訓練成本相比。',
    },
    ja: {
      label: '推論（AI）',
      definition:
        '学習済みのモデルを動かして答えを得ること。学習と対になる言葉で、チャットボットの返答一つひとつが推論にあたる。そのチップと電力のコストは、いまや学習のコストに並ぶ。',
    },
  },
  'fine-tuning': {
    en: {
      label: 'Fine-tuning',
      definition:
        'Further training of an already pre-trained model on a smaller, targeted dataset so it does a particular task or follows a style, without training from scratch.',
    },
    pt: {
      label: 'Ajuste fino (fine-tuning)',
      definition:
        'Treinamento adicional de um modelo já pré-treinado com um conjunto de dados menor e específico, para que ele faça uma tarefa ou siga um estilo, sem treinar do zero.',
    },
    es: {
      label: 'Ajuste fino (fine-tuning)',
      definition:
        'Entrenamiento adicional de un modelo ya preentrenado con un conjunto de datos más pequeño y específico, para que haga una tarea concreta o siga un estilo, sin entrenar desde cero.',
    },
    fr: {
      label: 'Réglage fin (fine-tuning)',
      definition:
        'Entraînement supplémentaire d’un modèle déjà pré-entraîné sur un jeu de données plus petit et ciblé, pour qu’il accomplisse une tâche précise ou adopte un style, sans repartir de zéro.',
    },
    zh: {
      label: '微调',
      definition:
        '在已预训练的模型基础上，用规模较小、针对性强的数据继续训练，使其胜任特定任务或遵循某种风格，而无需从头训练。',
    },
    'zh-Hant': {
      label: '微調',
      definition:
        '在已預訓練的模型基礎上，用規模較小、針對性強的資料繼續訓練，使其勝任特定任務或遵循某種風格，而不必從頭訓練。',
    },
    ja: {
      label: 'ファインチューニング',
      definition:
        '事前学習済みのモデルを、小さく目的を絞ったデータでさらに学習させ、特定の作業や文体に合わせること。一から学習し直す必要がない。',
    },
  },
  rlhf: {
    en: {
      label: 'RLHF (reinforcement learning from human feedback)',
      definition:
        'A training step in which people rank a model’s answers, a reward model learns those preferences, and the language model is then optimised to score well on it. It is how InstructGPT and ChatGPT were made to follow instructions.',
    },
    pt: {
      label: 'RLHF (aprendizado por reforço com feedback humano)',
      definition:
        'Etapa de treinamento em que pessoas classificam as respostas de um modelo, um modelo de recompensa aprende essas preferências e o modelo de linguagem é então otimizado para pontuar bem nele. Foi assim que o InstructGPT e o ChatGPT passaram a seguir instruções.',
    },
    es: {
      label: 'RLHF (aprendizaje por refuerzo con retroalimentación humana)',
      definition:
        'Etapa de entrenamiento en la que personas ordenan las respuestas de un modelo, un modelo de recompensa aprende esas preferencias y luego se optimiza el modelo de lenguaje para puntuar bien en él. Así se logró que InstructGPT y ChatGPT siguieran instrucciones.',
    },
    fr: {
      label: 'RLHF (apprentissage par renforcement à partir de retours humains)',
      definition:
        'Étape d’entraînement où des personnes classent les réponses d’un modèle, un modèle de récompense apprend ces préférences, puis le modèle de langage est optimisé pour obtenir un bon score auprès de lui. C’est ainsi qu’InstructGPT et ChatGPT ont appris à suivre des instructions.',
    },
    zh: {
      label: '基于人类反馈的强化学习（RLHF）',
      definition:
        '一种训练步骤：由人对模型的回答排序，奖励模型学习这些偏好，再优化语言模型使其在奖励模型上得分更高。InstructGPT 和 ChatGPT 正是借此学会遵循指令的。',
    },
    'zh-Hant': {
      label: '基於人類回饋的強化學習（RLHF）',
      definition:
        '一種訓練步驟：由人對模型的回答排序，獎勵模型學習這些偏好，再最佳化語言模型使其在獎勵模型上得分更高。InstructGPT 和 ChatGPT 正是藉此學會遵循指令。',
    },
    ja: {
      label: '人間のフィードバックによる強化学習（RLHF）',
      definition:
        '人がモデルの回答に順位をつけ、その好みを報酬モデルに学ばせ、言語モデルをその報酬が高くなるよう最適化する学習段階。InstructGPT や ChatGPT はこの方法で指示に従うようになった。',
    },
  },
  'reinforcement-learning': {
    en: {
      label: 'Reinforcement learning',
      definition:
        'Machine learning by trial and error: an agent acts, receives rewards or penalties, and learns the behaviour that earns the most reward. Used for game-playing systems and for training reasoning models.',
    },
    pt: {
      label: 'Aprendizado por reforço',
      definition:
        'Aprendizado de máquina por tentativa e erro: um agente age, recebe recompensas ou penalidades e aprende o comportamento que rende mais recompensa. Usado em sistemas que jogam e no treinamento de modelos de raciocínio.',
    },
    es: {
      label: 'Aprendizaje por refuerzo',
      definition:
        'Aprendizaje automático por ensayo y error: un agente actúa, recibe recompensas o castigos y aprende la conducta que más recompensa obtiene. Se usa en sistemas que juegan y para entrenar modelos de razonamiento.',
    },
    fr: {
      label: 'Apprentissage par renforcement',
      definition:
        'Apprentissage automatique par essais et erreurs : un agent agit, reçoit des récompenses ou des pénalités et apprend le comportement qui rapporte le plus de récompenses. On l’utilise pour les systèmes qui jouent à des jeux et pour entraîner les modèles de raisonnement.',
    },
    zh: {
      label: '强化学习',
      definition:
        '一种机器学习方法：智能体通过试错学习，行动后获得奖励或惩罚，逐步学会获得最多奖励的策略。AlphaGo 和如今的推理模型都用到了它。',
    },
    'zh-Hant': {
      label: '強化學習',
      definition:
        '一種機器學習方法：代理透過試錯學習，行動後獲得獎勵或懲罰，逐步學會取得最多獎勵的策略。AlphaGo 和如今的推理模型都用到了它。',
    },
    ja: {
      label: '強化学習',
      definition:
        '行動の結果として報酬や罰を受け取りながら試行錯誤し、報酬が最大になるやり方を身につける機械学習の手法。AlphaGo や現在の推論モデルに使われている。',
    },
  },
  distillation: {
    en: {
      label: 'Distillation (AI)',
      definition:
        'Training a smaller “student” model to imitate the outputs of a larger “teacher” model, so it keeps much of the ability at a fraction of the cost. Using a rival’s model as the teacher is a source of disputes.',
    },
    pt: {
      label: 'Destilação (IA)',
      definition:
        'Treinar um modelo “aluno” menor para imitar as respostas de um modelo “professor” maior, mantendo boa parte da capacidade por uma fração do custo. Usar o modelo de um concorrente como professor gera disputas.',
    },
    es: {
      label: 'Destilación (IA)',
      definition:
        'Entrenar un modelo “alumno” más pequeño para imitar las respuestas de un modelo “profesor” mayor, conservando buena parte de la capacidad por una fracción del coste. Usar el modelo de un rival como profesor genera disputas.',
    },
    fr: {
      label: 'Distillation (IA)',
      definition:
        'Entraîner un petit modèle « élève » à imiter les réponses d’un grand modèle « enseignant », afin qu’il conserve une bonne part de ses capacités pour une fraction du coût. Prendre le modèle d’un concurrent comme enseignant est source de litiges.',
    },
    zh: {
      label: '蒸馏（模型蒸馏）',
      definition:
        '让一个较小的“学生”模型学习模仿一个较大的“教师”模型的输出，从而以更低的成本得到相近的能力。若未经许可用他人模型的输出做蒸馏，可能引发争议。',
    },
    'zh-Hant': {
      label: '蒸餾（模型蒸餾）',
      definition:
        '讓一個較小的「學生」模型學習模仿一個較大的「教師」模型的輸出，以更低的成本得到相近的能力。若未經許可用他人模型的輸出做蒸餾，可能引發爭議。',
    },
    ja: {
      label: '蒸留（モデル蒸留）',
      definition:
        '小さな「生徒」モデルに大きな「教師」モデルの出力をまねさせ、少ないコストで近い性能を得る手法。他社モデルの出力を無断で使う蒸留は争いの種になる。',
    },
  },
  'synthetic-data': {
    en: {
      label: 'Synthetic data',
      definition:
        'Training examples generated by software — often by another AI model — instead of collected from the real world. It fills gaps when real data runs short, but training repeatedly on model output can degrade quality (“model collapse”).',
    },
    pt: {
      label: 'Dados sintéticos',
      definition:
        'Exemplos de treino gerados por software — muitas vezes por outro modelo de IA — em vez de coletados no mundo real. Suprem a falta de dados reais, mas treinar repetidamente com saídas de modelos pode degradar a qualidade (“colapso do modelo”).',
    },
    es: {
      label: 'Datos sintéticos',
      definition:
        'Ejemplos de entrenamiento generados por software — a menudo por otro modelo de IA — en lugar de recogidos del mundo real. Suplen la falta de datos reales, pero entrenar una y otra vez con salidas de modelos puede degradar la calidad (“colapso del modelo”).',
    },
    fr: {
      label: 'Données synthétiques',
      definition:
        'Données d’entraînement générées par logiciel — souvent par un autre modèle d’IA — plutôt que recueillies dans le monde réel. Elles comblent le manque de données réelles, mais un entraînement répété sur des contenus produits par des modèles peut dégrader la qualité (« effondrement du modèle »).',
    },
    zh: {
      label: '合成数据',
      definition:
        '由 AI 模型或程序生成、而非从现实中收集的训练数据。它可以弥补真实数据的不足，但过度使用可能让模型质量下降。',
    },
    'zh-Hant': {
      label: '合成資料',
      definition:
        '由 AI 模型或程式產生、而非從現實中蒐集的訓練資料。它可以彌補真實資料的不足，但過度使用可能讓模型品質下降。',
    },
    ja: {
      label: '合成データ',
      definition:
        '現実から集めたのではなく、AI モデルやプログラムが作り出した学習用データ。実データの不足を補えるが、頼りすぎるとモデルの質が落ちるおそれがある。',
    },
  },
  'open-weights': {
    en: {
      label: 'Open weights',
      definition:
        'A model whose trained parameters (weights) are published for anyone to download and run, usually without the training data or full training code. That makes it “open weights” rather than open source under the OSI’s 2024 definition.',
    },
    pt: {
      label: 'Pesos abertos',
      definition:
        'Modelo cujos parâmetros treinados (pesos) são publicados para qualquer pessoa baixar e executar, em geral sem os dados nem todo o código de treino. Por isso é “de pesos abertos”, e não código aberto segundo a definição da OSI de 2024.',
    },
    es: {
      label: 'Pesos abiertos',
      definition:
        'Modelo cuyos parámetros entrenados (pesos) se publican para que cualquiera los descargue y ejecute, por lo general sin los datos ni todo el código de entrenamiento. Por eso es “de pesos abiertos” y no código abierto según la definición de la OSI de 2024.',
    },
    fr: {
      label: 'Poids ouverts (open weights)',
      definition:
        'Modèle dont les paramètres entraînés (poids) sont publiés pour que chacun puisse les télécharger et les exécuter, en général sans les données ni l’intégralité du code d’entraînement. On parle donc de modèle « à poids ouverts » et non d’open source au sens de la définition de l’OSI de 2024.',
    },
    zh: {
      label: '开放权重',
      definition:
        '模型训练得到的参数（权重）公开供任何人下载和运行，但通常不附带训练数据或完整训练代码。按照 OSI 2024 年的定义，这属于“开放权重”而非开源。',
    },
    'zh-Hant': {
      label: '開放權重',
      definition:
        '模型訓練得到的參數（權重）公開供任何人下載和執行，但通常不附訓練資料或完整訓練程式碼。依照 OSI 2024 年的定義，這屬於「開放權重」而非開源。',
    },
    ja: {
      label: 'オープンウェイト',
      definition:
        '学習済みのパラメータ（重み）を誰でもダウンロードして動かせるよう公開したモデル。学習データや学習コード一式は通常含まれないため、OSI の 2024 年の定義ではオープンソースではなく「オープンウェイト」となる。',
    },
  },
  'open-source-ai': {
    en: {
      label: 'Open source (AI)',
      definition:
        'Released under a licence that lets anyone use, study, change and share it. For AI, the Open Source Initiative’s definition (v1.0, 2024) also asks for the weights, the full training and inference code and detailed information about the training data.',
    },
    pt: {
      label: 'Código aberto (IA)',
      definition:
        'Publicado sob uma licença que permite a qualquer pessoa usar, estudar, modificar e compartilhar. Para IA, a definição da Open Source Initiative (v1.0, 2024) exige também os pesos, todo o código de treino e de inferência e informação detalhada sobre os dados de treino.',
    },
    es: {
      label: 'Código abierto (IA)',
      definition:
        'Publicado con una licencia que permite a cualquiera usarlo, estudiarlo, modificarlo y compartirlo. Para la IA, la definición de la Open Source Initiative (v1.0, 2024) exige además los pesos, todo el código de entrenamiento y de inferencia e información detallada sobre los datos de entrenamiento.',
    },
    fr: {
      label: 'Open source (IA)',
      definition:
        'Publié sous une licence qui permet à chacun de l’utiliser, de l’étudier, de le modifier et de le partager. Pour l’IA, la définition de l’Open Source Initiative (v1.0, 2024) exige en outre les poids, l’intégralité du code d’entraînement et d’inférence, et des informations détaillées sur les données d’entraînement.',
    },
    zh: {
      label: '开源（AI）',
      definition:
        '以允许任何人使用、研究、修改和分享的许可证发布。对于 AI，开放源代码促进会（OSI）2024 年的定义还要求公开权重、完整的训练与推理代码以及训练数据的详细信息。',
    },
    'zh-Hant': {
      label: '開源（AI）',
      definition:
        '以允許任何人使用、研究、修改和分享的授權釋出。對於 AI，開放原始碼促進會（OSI）2024 年的定義還要求公開權重、完整的訓練與推論程式碼，以及訓練資料的詳細資訊。',
    },
    ja: {
      label: 'オープンソース（AI）',
      definition:
        '誰でも利用、研究、改変、共有できるライセンスで公開されていること。AI については、OSI の定義（2024 年 v1.0）が重み、学習と推論のコード一式、学習データの詳しい情報の公開も求めている。',
    },
  },
  'foundation-model': {
    en: {
      label: 'Foundation model',
      definition:
        'A large model trained on broad data that can be adapted to many different tasks; chatbots, coding assistants and image tools are often built on the same one. The term was coined at Stanford in 2021.',
    },
    pt: {
      label: 'Modelo fundacional',
      definition:
        'Modelo grande treinado com dados amplos que pode ser adaptado a muitas tarefas diferentes; chatbots, assistentes de programação e ferramentas de imagem costumam ser construídos sobre o mesmo. O termo foi cunhado em Stanford em 2021.',
    },
    es: {
      label: 'Modelo fundacional',
      definition:
        'Modelo grande entrenado con datos amplios que puede adaptarse a muchas tareas distintas; chatbots, asistentes de programación y herramientas de imagen suelen construirse sobre el mismo. El término se acuñó en Stanford en 2021.',
    },
    fr: {
      label: 'Modèle de fondation',
      definition:
        'Grand modèle entraîné sur des données très variées, qui peut être adapté à de nombreuses tâches ; chatbots, assistants de programmation et outils d’image reposent souvent sur le même. Le terme a été forgé à Stanford en 2021.',
    },
    zh: {
      label: '基础模型',
      definition:
        '用广泛数据训练、可以适配许多不同任务的大型模型；聊天机器人、编程助手和图像工具常常建立在同一个基础模型之上。这个说法由斯坦福大学在 2021 年提出。',
    },
    'zh-Hant': {
      label: '基礎模型',
      definition:
        '以廣泛資料訓練、可以適配許多不同任務的大型模型；聊天機器人、程式設計助理和圖像工具常常建立在同一個基礎模型之上。這個說法由史丹佛大學在 2021 年提出。',
    },
    ja: {
      label: '基盤モデル',
      definition:
        '幅広いデータで学習し、さまざまな作業に転用できる大きなモデル。チャットボットやコーディング支援、画像ツールが同じ基盤モデルの上に作られることが多い。2021 年にスタンフォード大学が名付けた。',
    },
  },
  'frontier-model': {
    en: {
      label: 'Frontier model',
      definition:
        'One of the most capable general-purpose models of its time, at or beyond the state of the art. Regulators single such models out because new abilities — and risks — tend to appear there first.',
    },
    pt: {
      label: 'Modelo de fronteira',
      definition:
        'Um dos modelos de uso geral mais capazes de seu tempo, no estado da arte ou além dele. Os reguladores destacam esses modelos porque novas capacidades — e riscos — tendem a aparecer neles primeiro.',
    },
    es: {
      label: 'Modelo de frontera',
      definition:
        'Uno de los modelos de uso general más capaces de su época, en el estado del arte o más allá. Los reguladores los señalan porque las nuevas capacidades — y riesgos — suelen aparecer primero en ellos.',
    },
    fr: {
      label: 'Modèle de frontière',
      definition:
        'L’un des modèles généralistes les plus performants de son époque, au niveau de l’état de l’art ou au-delà. Les régulateurs les distinguent parce que les nouvelles capacités — et les nouveaux risques — tendent à y apparaître en premier.',
    },
    zh: {
      label: '前沿模型',
      definition:
        '同时代能力最强的通用模型之一，处于或超越当前最高水平。监管者特别关注这类模型，因为新的能力和风险往往最先出现在它们身上。',
    },
    'zh-Hant': {
      label: '前沿模型',
      definition:
        '同時代能力最強的通用模型之一，處於或超越目前最高水準。監管者特別關注這類模型，因為新的能力和風險往往最先出現在它們身上。',
    },
    ja: {
      label: 'フロンティアモデル',
      definition:
        'その時点で最も高性能な汎用モデルの一つで、最先端かそれを超える水準にあるもの。新しい能力とリスクがまずここに現れるため、規制当局はこうしたモデルを特に取り上げる。',
    },
  },
  multimodal: {
    en: {
      label: 'Multimodal',
      definition:
        'Able to take in or produce more than one kind of data — text, images, audio, video — within the same model, for example answering a question about a photo.',
    },
    pt: {
      label: 'Multimodal',
      definition:
        'Capaz de receber ou produzir mais de um tipo de dado — texto, imagem, áudio, vídeo — no mesmo modelo, por exemplo responder a uma pergunta sobre uma foto.',
    },
    es: {
      label: 'Multimodal',
      definition:
        'Capaz de recibir o producir más de un tipo de dato — texto, imagen, audio, vídeo — en el mismo modelo, por ejemplo responder a una pregunta sobre una foto.',
    },
    fr: {
      label: 'Multimodal',
      definition:
        'Capable de recevoir ou de produire plusieurs types de données — texte, image, son, vidéo — au sein d’un même modèle, par exemple pour répondre à une question sur une photo.',
    },
    zh: {
      label: '多模态',
      definition: '同一个模型能够接收或生成不止一种数据——文本、图像、音频、视频——例如回答关于一张照片的问题。',
    },
    'zh-Hant': {
      label: '多模態',
      definition: '同一個模型能夠接收或產生不只一種資料——文字、圖像、音訊、影片——例如回答關於一張照片的問題。',
    },
    ja: {
      label: 'マルチモーダル',
      definition:
        '一つのモデルで文章、画像、音声、動画など複数の種類のデータを受け取ったり生成したりできること。たとえば写真について質問に答える。',
    },
  },
  'world-model': {
    en: {
      label: 'World model',
      definition:
        'An AI system’s internal simulation of how its environment works, used to predict what happens next — for instance how objects move in a video. Some researchers see world models as the route past text-only language models.',
    },
    pt: {
      label: 'Modelo de mundo',
      definition:
        'Simulação interna que um sistema de IA faz de como o ambiente funciona, usada para prever o que acontece a seguir — por exemplo, como os objetos se movem num vídeo. Alguns pesquisadores veem os modelos de mundo como o caminho além dos modelos só de texto.',
    },
    es: {
      label: 'Modelo del mundo',
      definition:
        'Simulación interna que un sistema de IA hace de cómo funciona su entorno, usada para predecir lo que pasará después — por ejemplo, cómo se mueven los objetos en un vídeo. Algunos investigadores ven los modelos del mundo como el camino más allá de los modelos solo de texto.',
    },
    fr: {
      label: 'Modèle du monde (world model)',
      definition:
        'Simulation interne, par un système d’IA, du fonctionnement de son environnement, qui lui sert à prédire la suite — par exemple la façon dont les objets bougent dans une vidéo. Certains chercheurs y voient la voie pour dépasser les modèles de langage limités au texte.',
    },
    zh: {
      label: '世界模型',
      definition:
        'AI 系统内部对环境如何运作的模拟，用来预测接下来会发生什么，例如视频中物体如何运动。一些研究者认为，世界模型是超越纯文本语言模型的途径。',
    },
    'zh-Hant': {
      label: '世界模型',
      definition:
        'AI 系統內部對環境如何運作的模擬，用來預測接下來會發生什麼，例如影片中物體如何移動。一些研究者認為，世界模型是超越純文字語言模型的途徑。',
    },
    ja: {
      label: '世界モデル',
      definition:
        '環境がどう動くかを AI システムが内部でシミュレーションし、次に何が起こるか（動画の中の物体の動きなど）を予測する仕組み。テキストだけの言語モデルの先へ進む道と見る研究者もいる。',
    },
  },
  'text-to-video': {
    en: {
      label: 'Text-to-video',
      definition:
        'AI that generates a video clip from a written description (and sometimes an image), such as OpenAI’s Sora or Google’s Veo. These models are usually diffusion models working on patches of video.',
    },
    pt: {
      label: 'Texto para vídeo',
      definition:
        'IA que gera um clipe de vídeo a partir de uma descrição escrita (e às vezes de uma imagem), como o Sora da OpenAI ou o Veo do Google. Em geral são modelos de difusão que trabalham com pedaços de vídeo.',
    },
    es: {
      label: 'Texto a vídeo',
      definition:
        'IA que genera un clip de vídeo a partir de una descripción escrita (y a veces de una imagen), como Sora de OpenAI o Veo de Google. Suelen ser modelos de difusión que trabajan con fragmentos de vídeo.',
    },
    fr: {
      label: 'Texte vers vidéo (text-to-video)',
      definition:
        'IA qui génère un clip vidéo à partir d’une description écrite (et parfois d’une image), comme Sora d’OpenAI ou Veo de Google. Ce sont en général des modèles de diffusion qui travaillent sur des fragments de vidéo.',
    },
    zh: {
      label: '文生视频',
      definition:
        '根据一段文字描述（有时加上一张图片）生成视频片段的 AI，例如 OpenAI 的 Sora 或谷歌的 Veo。这类模型通常是在视频块上工作的扩散模型。',
    },
    'zh-Hant': {
      label: '文字生成影片',
      definition:
        '根據一段文字描述（有時加上一張圖片）生成影片片段的 AI，例如 OpenAI 的 Sora 或 Google 的 Veo。這類模型通常是在影片區塊上運作的擴散模型。',
    },
    ja: {
      label: 'テキストから動画（動画生成 AI）',
      definition:
        '文章による説明（ときに画像も）から動画を生成する AI。OpenAI の Sora や Google の Veo がその例で、多くは動画の小片を扱う拡散モデルである。',
    },
  },
  'diffusion-model': {
    en: {
      label: 'Diffusion model',
      definition:
        'A generative model that learns to turn random noise step by step into an image, sound or video by reversing a gradual noising process. Stable Diffusion, Midjourney and Sora are built this way.',
    },
    pt: {
      label: 'Modelo de difusão',
      definition:
        'Modelo generativo que aprende a transformar ruído aleatório, passo a passo, em imagem, som ou vídeo, invertendo um processo gradual de adição de ruído. Stable Diffusion, Midjourney e Sora funcionam assim.',
    },
    es: {
      label: 'Modelo de difusión',
      definition:
        'Modelo generativo que aprende a convertir ruido aleatorio, paso a paso, en una imagen, un sonido o un vídeo, invirtiendo un proceso gradual de adición de ruido. Stable Diffusion, Midjourney y Sora funcionan así.',
    },
    fr: {
      label: 'Modèle de diffusion',
      definition:
        'Modèle génératif qui apprend à transformer, étape par étape, un bruit aléatoire en image, en son ou en vidéo, en inversant un processus d’ajout progressif de bruit. Stable Diffusion, Midjourney et Sora fonctionnent ainsi.',
    },
    zh: {
      label: '扩散模型',
      definition:
        '一种生成模型：学习逆转逐步加噪的过程，把随机噪声一步步变成图像、声音或视频。Stable Diffusion、Midjourney 和 Sora 都基于这种方法。',
    },
    'zh-Hant': {
      label: '擴散模型',
      definition:
        '一種生成模型：學習逆轉逐步加入雜訊的過程，把隨機雜訊一步步變成圖像、聲音或影片。Stable Diffusion、Midjourney 和 Sora 都以這種方法打造。',
    },
    ja: {
      label: '拡散モデル',
      definition:
        'ノイズを少しずつ加える過程を逆にたどることを学び、ランダムなノイズから段階的に画像、音声、動画を作り出す生成モデル。Stable Diffusion、Midjourney、Sora はこの方式で作られている。',
    },
  },
  transformer: {
    en: {
      label: 'Transformer (architecture)',
      definition:
        'The neural-network architecture behind today’s language models, introduced by Google researchers in 2017. Its “attention” mechanism lets every token weigh every other token, and it trains efficiently on GPUs. The T in GPT.',
    },
    pt: {
      label: 'Transformer (arquitetura)',
      definition:
        'A arquitetura de rede neural por trás dos modelos de linguagem atuais, apresentada por pesquisadores do Google em 2017. Seu mecanismo de “atenção” deixa cada token ponderar todos os outros, e ela treina com eficiência em GPUs. É o T de GPT.',
    },
    es: {
      label: 'Transformer (arquitectura)',
      definition:
        'La arquitectura de red neuronal detrás de los modelos de lenguaje actuales, presentada por investigadores de Google en 2017. Su mecanismo de “atención” permite que cada token pondere todos los demás, y se entrena con eficiencia en GPU. Es la T de GPT.',
    },
    fr: {
      label: 'Transformer (architecture)',
      definition:
        'L’architecture de réseau de neurones des modèles de langage actuels, présentée par des chercheurs de Google en 2017. Son mécanisme d’« attention » permet à chaque token de pondérer tous les autres, et elle s’entraîne efficacement sur GPU. C’est le T de GPT.',
    },
    zh: {
      label: 'Transformer（架构）',
      definition:
        '当今语言模型背后的神经网络架构，由谷歌研究人员于 2017 年提出。其“注意力”机制让每个词元都能参考其他所有词元，并能在 GPU 上高效训练。GPT 中的 T 即指它。',
    },
    'zh-Hant': {
      label: 'Transformer（架構）',
      definition:
        '當今語言模型背後的神經網路架構，由 Google 研究人員於 2017 年提出。其「注意力」機制讓每個詞元都能參考其他所有詞元，並能在 GPU 上有效率地訓練。GPT 中的 T 即指它。',
    },
    ja: {
      label: 'トランスフォーマー（アーキテクチャ）',
      definition:
        '現在の言語モデルを支えるニューラルネットワークの構造で、2017 年に Google の研究者が発表した。「注意」の仕組みで各トークンが他のすべてのトークンを参照でき、GPU で効率よく学習できる。GPT の T はこれを指す。',
    },
  },
  'context-window': {
    en: {
      label: 'Context window',
      definition:
        'The maximum amount of text (counted in tokens) a language model can consider at once — the prompt, attached documents and its own reply. Anything beyond it is invisible to the model.',
    },
    pt: {
      label: 'Janela de contexto',
      definition:
        'A quantidade máxima de texto (contada em tokens) que um modelo de linguagem consegue considerar de uma vez — o prompt, os documentos anexados e a própria resposta. O que fica de fora é invisível para o modelo.',
    },
    es: {
      label: 'Ventana de contexto',
      definition:
        'La cantidad máxima de texto (contada en tokens) que un modelo de lenguaje puede considerar a la vez — el prompt, los documentos adjuntos y su propia respuesta. Lo que queda fuera es invisible para el modelo.',
    },
    fr: {
      label: 'Fenêtre de contexte',
      definition:
        'La quantité maximale de texte (comptée en tokens) qu’un modèle de langage peut prendre en compte à la fois — le prompt, les documents joints et sa propre réponse. Tout ce qui dépasse lui est invisible.',
    },
    zh: {
      label: '上下文窗口',
      definition:
        '语言模型一次能够考虑的最大文本量（以词元计），包括提示、附加的文档和它自己的回答。超出窗口的内容，模型就看不到了。',
    },
    'zh-Hant': {
      label: '上下文視窗',
      definition:
        '語言模型一次能夠考慮的最大文本量（以詞元計），包括提示、附加的文件和它自己的回答。超出視窗的內容，模型就看不到了。',
    },
    ja: {
      label: 'コンテキストウィンドウ',
      definition:
        '言語モデルが一度に扱える文章の最大量（トークン数）で、プロンプト、添付文書、モデル自身の返答を含む。これを超えた部分はモデルから見えなくなる。',
    },
  },
  'ai-agent': {
    en: {
      label: 'AI agent',
      definition:
        'An AI system that pursues a goal on its own over several steps — planning, calling tools, browsing, writing code — instead of giving a single answer to a single prompt.',
    },
    pt: {
      label: 'Agente de IA',
      definition:
        'Sistema de IA que persegue um objetivo por conta própria ao longo de várias etapas — planejando, usando ferramentas, navegando, escrevendo código — em vez de dar uma única resposta a um único prompt.',
    },
    es: {
      label: 'Agente de IA',
      definition:
        'Sistema de IA que persigue un objetivo por su cuenta a lo largo de varios pasos — planificando, usando herramientas, navegando, escribiendo código — en lugar de dar una única respuesta a una única instrucción.',
    },
    fr: {
      label: 'Agent IA',
      definition:
        'Système d’IA qui poursuit un objectif de lui-même sur plusieurs étapes — en planifiant, en utilisant des outils, en naviguant sur le Web, en écrivant du code — au lieu de donner une seule réponse à un seul prompt.',
    },
    zh: {
      label: 'AI 智能体（AI agent）',
      definition:
        '能够自行分多个步骤去完成目标的 AI 系统——制定计划、调用工具、浏览网页、编写代码——而不是针对一个提示只给出一个回答。',
    },
    'zh-Hant': {
      label: 'AI 智能體（AI agent）',
      definition:
        '能夠自行分多個步驟完成目標的 AI 系統——擬定計畫、呼叫工具、瀏覽網頁、撰寫程式碼——而不是針對一個提示只給出一個回答。',
    },
    ja: {
      label: 'AI エージェント',
      definition:
        '一つのプロンプトに一つの答えを返すのではなく、計画を立て、ツールを呼び出し、ウェブを閲覧し、コードを書くなど、複数の手順を自ら進めて目標を達成する AI システム。',
    },
  },
  benchmark: {
    en: {
      label: 'Benchmark (AI)',
      definition:
        'A fixed set of test questions or tasks used to score and compare AI models, such as MMLU for general knowledge. Scores can mislead when test items leak into training data or models are tuned to the test.',
    },
    pt: {
      label: 'Benchmark (IA)',
      definition:
        'Conjunto fixo de perguntas ou tarefas de teste usado para pontuar e comparar modelos de IA, como o MMLU para conhecimento geral. As notas podem enganar quando os itens vazam para os dados de treino ou os modelos são ajustados ao teste.',
    },
    es: {
      label: 'Benchmark (IA)',
      definition:
        'Conjunto fijo de preguntas o tareas de prueba usado para puntuar y comparar modelos de IA, como MMLU para conocimiento general. Las puntuaciones pueden engañar cuando las preguntas se filtran a los datos de entrenamiento o los modelos se ajustan a la prueba.',
    },
    fr: {
      label: 'Benchmark (IA)',
      definition:
        'Ensemble fixe de questions ou de tâches servant à noter et à comparer des modèles d’IA, comme MMLU pour les connaissances générales. Les scores peuvent tromper quand les questions fuitent dans les données d’entraînement ou que les modèles sont optimisés pour le test.',
    },
    zh: {
      label: '基准测试（AI）',
      definition:
        '一套固定的测试题或任务，用来给 AI 模型打分和相互比较，例如衡量综合知识的 MMLU。如果试题泄露进训练数据，或模型专门针对测试调优，分数就可能误导人。',
    },
    'zh-Hant': {
      label: '基準測試（AI）',
      definition:
        '一套固定的測試題或任務，用來為 AI 模型評分並相互比較，例如衡量綜合知識的 MMLU。如果試題外洩進訓練資料，或模型專門針對測試調校，分數就可能誤導人。',
    },
    ja: {
      label: 'ベンチマーク（AI）',
      definition:
        'AI モデルを採点し比べるための決まった問題や課題の集まりで、一般知識を測る MMLU などがある。問題が学習データに紛れ込んだり、モデルが試験向けに調整されたりすると、点数は実力を誤って示す。',
    },
  },
  hallucination: {
    en: {
      label: 'Hallucination (AI)',
      definition:
        'When an AI model states something false or invented — a fake quote, source or fact — fluently and with confidence. It comes from the model producing plausible text rather than checking facts.',
    },
    pt: {
      label: 'Alucinação (IA)',
      definition:
        'Quando um modelo de IA afirma algo falso ou inventado — uma citação, fonte ou fato que não existe — com fluência e confiança. Vem de o modelo produzir texto plausível em vez de verificar fatos.',
    },
    es: {
      label: 'Alucinación (IA)',
      definition:
        'Cuando un modelo de IA afirma algo falso o inventado — una cita, fuente o dato inexistente — con fluidez y seguridad. Se debe a que el modelo produce texto verosímil en lugar de comprobar hechos.',
    },
    fr: {
      label: 'Hallucination (IA)',
      definition:
        'Quand un modèle d’IA affirme quelque chose de faux ou d’inventé — une citation, une source ou un fait inexistant — avec aisance et assurance. Cela vient de ce que le modèle produit un texte plausible au lieu de vérifier les faits.',
    },
    zh: {
      label: '幻觉（AI）',
      definition:
        'AI 模型流畅而自信地说出虚假或编造的内容，例如假的引语、出处或事实。这是因为模型生成的是听起来合理的文字，而不是核实过的事实。',
    },
    'zh-Hant': {
      label: '幻覺（AI）',
      definition:
        'AI 模型流暢而自信地說出虛假或捏造的內容，例如假的引言、出處或事實。這是因為模型產生的是聽起來合理的文字，而不是查證過的事實。',
    },
    ja: {
      label: 'ハルシネーション（AI）',
      definition:
        'AI モデルが、偽の引用や出典、事実など、誤ったことやでっち上げを流暢かつ自信ありげに述べること。モデルが事実を確かめるのではなく、もっともらしい文章を作るために起こる。',
    },
  },
  alignment: {
    en: {
      label: 'Alignment (AI)',
      definition:
        'Making an AI system pursue the goals and values its designers and users intend, and not harmful or unintended ones. Techniques include RLHF and written rules (“constitutions”); how to align much more capable systems is an open problem.',
    },
    pt: {
      label: 'Alinhamento (IA)',
      definition:
        'Fazer um sistema de IA perseguir os objetivos e valores que seus criadores e usuários pretendem, e não objetivos nocivos ou não previstos. As técnicas incluem RLHF e regras escritas (“constituições”); como alinhar sistemas muito mais capazes é um problema em aberto.',
    },
    es: {
      label: 'Alineamiento (IA)',
      definition:
        'Lograr que un sistema de IA persiga los objetivos y valores que pretenden sus creadores y usuarios, y no otros dañinos o imprevistos. Las técnicas incluyen RLHF y reglas escritas (“constituciones”); cómo alinear sistemas mucho más capaces es un problema abierto.',
    },
    fr: {
      label: 'Alignement (IA)',
      definition:
        'Faire en sorte qu’un système d’IA poursuive les objectifs et les valeurs voulus par ses concepteurs et ses utilisateurs, et non des buts nuisibles ou imprévus. Les techniques incluent le RLHF et des règles écrites (« constitutions ») ; aligner des systèmes bien plus performants reste un problème ouvert.',
    },
    zh: {
      label: '对齐（AI）',
      definition:
        '让 AI 系统追求设计者和使用者希望的目标与价值，而不是有害或意料之外的目标。方法包括 RLHF 和成文的规则（“宪法”）；如何对齐能力强得多的系统仍是未解的问题。',
    },
    'zh-Hant': {
      label: '對齊（AI）',
      definition:
        '讓 AI 系統追求設計者和使用者希望的目標與價值，而不是有害或意料之外的目標。方法包括 RLHF 和成文的規則（「憲法」）；如何對齊能力強得多的系統仍是未解的問題。',
    },
    ja: {
      label: 'アライメント（AI）',
      definition:
        'AI システムが、有害なものや意図しないものではなく、設計者や利用者が意図した目標と価値に沿って動くようにすること。RLHF や明文化したルール（「憲法」）などの手法があるが、はるかに高性能なシステムをどう整合させるかは未解決の問題である。',
    },
  },
  'ai-safety': {
    en: {
      label: 'AI safety',
      definition:
        'The field that tries to prevent AI systems from causing accidents or harm — from misuse and unintended behaviour to loss of control over very capable systems — through research, testing and rules.',
    },
    pt: {
      label: 'Segurança da IA',
      definition:
        'Área que procura evitar que sistemas de IA causem acidentes ou danos — do mau uso e comportamentos não previstos à perda de controle sobre sistemas muito capazes — por meio de pesquisa, testes e regras.',
    },
    es: {
      label: 'Seguridad de la IA',
      definition:
        'Campo que intenta evitar que los sistemas de IA causen accidentes o daños — desde el mal uso y las conductas imprevistas hasta la pérdida de control sobre sistemas muy capaces — mediante investigación, pruebas y normas.',
    },
    fr: {
      label: 'Sécurité de l’IA',
      definition:
        'Domaine qui cherche à empêcher les systèmes d’IA de causer des accidents ou des dommages — du mauvais usage et des comportements imprévus jusqu’à la perte de contrôle de systèmes très performants — par la recherche, les tests et la réglementation.',
    },
    zh: {
      label: 'AI 安全',
      definition:
        '通过研究、测试和规则，防止 AI 系统造成事故或伤害的领域，涵盖从滥用、非预期行为到失去对强大系统的控制等各类风险。',
    },
    'zh-Hant': {
      label: 'AI 安全',
      definition:
        '透過研究、測試和規範，防止 AI 系統造成事故或傷害的領域，涵蓋從濫用、非預期行為到失去對強大系統的控制等各類風險。',
    },
    ja: {
      label: 'AI の安全性',
      definition:
        '悪用や意図しない振る舞いから、非常に高性能なシステムを制御できなくなる事態まで、AI による事故や被害を研究、テスト、ルールで防ごうとする分野。',
    },
  },
  'fair-use': {
    en: {
      label: 'Fair use (copyright)',
      definition:
        'A US copyright doctrine (17 U.S.C. § 107) that allows some use of protected works without permission, judged on purpose, nature, amount used and market effect. AI companies argue that training on copyrighted works is fair use; courts are still deciding.',
    },
    pt: {
      label: 'Uso justo / fair use (direitos autorais)',
      definition:
        'Doutrina do direito autoral dos EUA (17 U.S.C. § 107) que permite certos usos de obras protegidas sem autorização, avaliando finalidade, natureza, quantidade usada e efeito no mercado. Empresas de IA alegam que treinar com obras protegidas é fair use; os tribunais ainda estão decidindo. O Brasil não tem essa regra geral: a lei prevê limitações específicas.',
    },
    es: {
      label: 'Uso legítimo / fair use (derechos de autor)',
      definition:
        'Doctrina del derecho de autor de EE. UU. (17 U.S.C. § 107) que permite ciertos usos de obras protegidas sin permiso, según finalidad, naturaleza, cantidad usada y efecto en el mercado. Las empresas de IA sostienen que entrenar con obras protegidas es fair use; los tribunales aún lo están decidiendo.',
    },
    fr: {
      label: 'Fair use (droit d’auteur américain)',
      definition:
        'Doctrine du droit d’auteur des États-Unis (17 U.S.C. § 107) qui autorise certains usages d’œuvres protégées sans permission, selon leur but, la nature de l’œuvre, la part utilisée et l’effet sur le marché. Les entreprises d’IA soutiennent qu’entraîner des modèles sur des œuvres protégées relève du fair use ; les tribunaux n’ont pas encore tranché.',
    },
    zh: {
      label: '合理使用（版权）',
      definition:
        '美国版权法（《美国法典》第 17 编第 107 条）中的一项原则：在某些情况下无需许可即可使用受保护作品，需综合考虑使用目的、作品性质、使用数量和对市场的影响。AI 公司主张用受版权保护的作品训练属于合理使用，法院仍在审理中。',
    },
    'zh-Hant': {
      label: '合理使用（著作權）',
      definition:
        '美國著作權法（《美國法典》第 17 編第 107 條）中的一項原則：在某些情況下無須授權即可使用受保護的作品，需綜合考量使用目的、作品性質、使用數量和對市場的影響。AI 公司主張以受著作權保護的作品訓練屬於合理使用，法院仍在審理中。',
    },
    ja: {
      label: 'フェアユース（著作権）',
      definition:
        '米国著作権法（合衆国法典第 17 編第 107 条）の原則で、目的、作品の性質、利用量、市場への影響を考慮して、保護された著作物を許可なく一部利用することを認める。AI 企業は著作物での学習はフェアユースだと主張しているが、裁判所の判断はまだ定まっていない。',
    },
  },
  'vertical-integration': {
    en: {
      label: 'Vertical integration',
      definition:
        'When one company controls several stages of its supply chain — for an AI company, research, chips or data centres, models and consumer products — instead of buying them from others.',
    },
    pt: {
      label: 'Integração vertical',
      definition:
        'Quando uma empresa controla várias etapas de sua cadeia de produção — para uma empresa de IA, pesquisa, chips ou centros de dados, modelos e produtos ao consumidor — em vez de comprá-las de terceiros.',
    },
    es: {
      label: 'Integración vertical',
      definition:
        'Cuando una empresa controla varias etapas de su cadena de suministro — para una empresa de IA, investigación, chips o centros de datos, modelos y productos de consumo — en lugar de comprarlas a terceros.',
    },
    fr: {
      label: 'Intégration verticale',
      definition:
        'Quand une entreprise contrôle plusieurs étapes de sa chaîne d’approvisionnement — pour une entreprise d’IA, la recherche, les puces ou les centres de données, les modèles et les produits grand public — au lieu de les acheter à d’autres.',
    },
    zh: {
      label: '垂直整合',
      definition:
        '一家公司掌控其供应链的多个环节，而不是向他人采购。对于 AI 公司，这意味着同时做研究、芯片或数据中心、模型和面向用户的产品。',
    },
    'zh-Hant': {
      label: '垂直整合',
      definition:
        '一家公司掌控其供應鏈的多個環節，而不是向他人採購。對 AI 公司而言，這意味著同時做研究、晶片或資料中心、模型和面向使用者的產品。',
    },
    ja: {
      label: '垂直統合',
      definition:
        '一つの企業がサプライチェーンの複数の段階を自ら手がけること。AI 企業なら、研究、チップやデータセンター、モデル、消費者向け製品を他社から買わずに自社でそろえる。',
    },
  },
  'neural-network': {
    en: {
      label: 'Neural network',
      definition:
        'A computing system made of layers of simple connected units (artificial neurons) whose connection strengths are learned from data. Nearly all modern AI, language models included, is built from neural networks.',
    },
    pt: {
      label: 'Rede neural',
      definition:
        'Sistema computacional formado por camadas de unidades simples interligadas (neurônios artificiais) cujas conexões têm força aprendida a partir de dados. Quase toda a IA moderna, inclusive os modelos de linguagem, é feita de redes neurais.',
    },
    es: {
      label: 'Red neuronal',
      definition:
        'Sistema de cómputo formado por capas de unidades simples conectadas (neuronas artificiales) cuyas conexiones tienen una fuerza aprendida a partir de datos. Casi toda la IA moderna, incluidos los modelos de lenguaje, se basa en redes neuronales.',
    },
    fr: {
      label: 'Réseau de neurones',
      definition:
        'Système de calcul formé de couches d’unités simples reliées entre elles (neurones artificiels), dont la force des connexions est apprise à partir des données. Presque toute l’IA moderne, modèles de langage compris, repose sur des réseaux de neurones.',
    },
    zh: {
      label: '神经网络',
      definition:
        '由多层相互连接的简单单元（人工神经元）组成的计算系统，单元之间的连接强度从数据中学习得到。几乎所有现代 AI，包括语言模型，都是用神经网络构建的。',
    },
    'zh-Hant': {
      label: '神經網路',
      definition:
        '由多層相互連接的簡單單元（人工神經元）組成的運算系統，單元之間的連接強度從資料中學習而來。幾乎所有現代 AI，包括語言模型，都是以神經網路建構的。',
    },
    ja: {
      label: 'ニューラルネットワーク',
      definition:
        '単純な計算単位（人工ニューロン）を層状につないだ計算システムで、つながりの強さをデータから学ぶ。言語モデルを含め、現代の AI のほとんどはこれで作られている。',
    },
  },
  'machine-learning': {
    en: {
      label: 'Machine learning',
      definition:
        'Getting computers to improve at a task from examples and experience instead of following rules written by hand. Modern AI is mostly machine learning.',
    },
    pt: {
      label: 'Aprendizado de máquina',
      definition:
        'Fazer computadores melhorarem numa tarefa a partir de exemplos e experiência, em vez de seguirem regras escritas à mão. A IA moderna é, na maior parte, aprendizado de máquina.',
    },
    es: {
      label: 'Aprendizaje automático',
      definition:
        'Lograr que los ordenadores mejoren en una tarea a partir de ejemplos y experiencia, en lugar de seguir reglas escritas a mano. La IA moderna es, sobre todo, aprendizaje automático.',
    },
    fr: {
      label: 'Apprentissage automatique (machine learning)',
      definition:
        'Faire progresser un ordinateur dans une tâche à partir d’exemples et d’expérience plutôt qu’en lui faisant suivre des règles écrites à la main. L’IA moderne relève surtout de l’apprentissage automatique.',
    },
    zh: {
      label: '机器学习',
      definition: '让计算机从样本和经验中提高完成任务的能力，而不是遵循人工编写的规则。现代 AI 大多属于机器学习。',
    },
    'zh-Hant': {
      label: '機器學習',
      definition: '讓電腦從範例和經驗中提升完成任務的能力，而不是遵循人工撰寫的規則。現代 AI 大多屬於機器學習。',
    },
    ja: {
      label: '機械学習',
      definition:
        '人が書いたルールに従わせるのではなく、例や経験からコンピューターが課題の腕を上げていくようにする技術。現代の AI の大半は機械学習である。',
    },
  },
  'deep-learning': {
    en: {
      label: 'Deep learning',
      definition:
        'Machine learning with neural networks of many layers, each learning more abstract features from the one below. It drove the progress in image, speech and language AI since about 2012.',
    },
    pt: {
      label: 'Aprendizado profundo',
      definition:
        'Aprendizado de máquina com redes neurais de muitas camadas, cada uma aprendendo características mais abstratas que a anterior. Impulsionou o avanço da IA de imagem, voz e linguagem desde cerca de 2012.',
    },
    es: {
      label: 'Aprendizaje profundo',
      definition:
        'Aprendizaje automático con redes neuronales de muchas capas, cada una aprendiendo rasgos más abstractos que la anterior. Impulsó el avance de la IA de imagen, voz y lenguaje desde aproximadamente 2012.',
    },
    fr: {
      label: 'Apprentissage profond (deep learning)',
      definition:
        'Apprentissage automatique fondé sur des réseaux de neurones à nombreuses couches, chacune apprenant des caractéristiques plus abstraites que la précédente. Il porte les progrès de l’IA en image, en parole et en langage depuis 2012 environ.',
    },
    zh: {
      label: '深度学习',
      definition:
        '使用多层神经网络的机器学习，每一层都在下一层的基础上学习更抽象的特征。大约从 2012 年起，它推动了图像、语音和语言 AI 的进步。',
    },
    'zh-Hant': {
      label: '深度學習',
      definition:
        '使用多層神經網路的機器學習，每一層都在下一層的基礎上學習更抽象的特徵。大約從 2012 年起，它推動了圖像、語音和語言 AI 的進步。',
    },
    ja: {
      label: '深層学習（ディープラーニング）',
      definition:
        '多層のニューラルネットワークを使う機械学習で、各層が下の層よりも抽象的な特徴を学ぶ。2012 年ごろから画像、音声、言語の AI の進歩を牽引してきた。',
    },
  },
  'generative-ai': {
    en: {
      label: 'Generative AI',
      definition:
        'AI that produces new content — text, images, audio, video, code — in response to a prompt, rather than only classifying or predicting. Chatbots and image generators are examples.',
    },
    pt: {
      label: 'IA generativa',
      definition:
        'IA que produz conteúdo novo — texto, imagem, áudio, vídeo, código — em resposta a um prompt, em vez de apenas classificar ou prever. Chatbots e geradores de imagens são exemplos.',
    },
    es: {
      label: 'IA generativa',
      definition:
        'IA que produce contenido nuevo — texto, imagen, audio, vídeo, código — en respuesta a una instrucción, en lugar de solo clasificar o predecir. Los chatbots y los generadores de imágenes son ejemplos.',
    },
    fr: {
      label: 'IA générative',
      definition:
        'IA qui produit du contenu nouveau — texte, images, son, vidéo, code — en réponse à un prompt, au lieu de seulement classer ou prédire. Les chatbots et les générateurs d’images en sont des exemples.',
    },
    zh: {
      label: '生成式 AI',
      definition:
        '根据提示生成新内容——文本、图像、音频、视频、代码——而不只是分类或预测的 AI。聊天机器人和图像生成器都属于此类。',
    },
    'zh-Hant': {
      label: '生成式 AI',
      definition:
        '根據提示產生新內容——文字、圖像、音訊、影片、程式碼——而不只是分類或預測的 AI。聊天機器人和圖像生成器都屬於此類。',
    },
    ja: {
      label: '生成 AI',
      definition:
        '分類や予測だけでなく、プロンプトに応じて文章、画像、音声、動画、コードなどの新しいコンテンツを作り出す AI。チャットボットや画像生成ツールがその例である。',
    },
  },
  chatbot: {
    en: {
      label: 'Chatbot',
      definition:
        'A program you talk to in ordinary language by text or voice. Today’s chatbots, such as ChatGPT, are large language models tuned to hold a conversation; the first, ELIZA, dates from 1966.',
    },
    pt: {
      label: 'Chatbot',
      definition:
        'Programa com que se conversa em linguagem comum, por texto ou voz. Os chatbots atuais, como o ChatGPT, são grandes modelos de linguagem ajustados para conversar; o primeiro, ELIZA, é de 1966.',
    },
    es: {
      label: 'Chatbot',
      definition:
        'Programa con el que se conversa en lenguaje corriente, por texto o voz. Los chatbots actuales, como ChatGPT, son modelos de lenguaje grandes ajustados para conversar; el primero, ELIZA, es de 1966.',
    },
    fr: {
      label: 'Chatbot (agent conversationnel)',
      definition:
        'Programme avec lequel on converse en langage courant, par écrit ou à la voix. Les chatbots actuels, comme ChatGPT, sont de grands modèles de langage réglés pour tenir une conversation ; le premier, ELIZA, date de 1966.',
    },
    zh: {
      label: '聊天机器人',
      definition:
        '可以用日常语言通过文字或语音与之交谈的程序。如今的聊天机器人（如 ChatGPT）是经过对话调优的大语言模型；最早的 ELIZA 诞生于 1966 年。',
    },
    'zh-Hant': {
      label: '聊天機器人',
      definition:
        '可以用日常語言透過文字或語音與之交談的程式。如今的聊天機器人（如 ChatGPT）是經過對話調校的大型語言模型；最早的 ELIZA 誕生於 1966 年。',
    },
    ja: {
      label: 'チャットボット',
      definition:
        '文字や音声でふつうの言葉を使って会話できるプログラム。ChatGPT など今日のものは会話向けに調整された大規模言語モデルで、最初の ELIZA は 1966 年にさかのぼる。',
    },
  },
  prompt: {
    en: {
      label: 'Prompt',
      definition:
        'The instruction or question you give a generative AI model, including any examples or documents attached. Wording prompts to get better output is called prompt engineering.',
    },
    pt: {
      label: 'Prompt',
      definition:
        'A instrução ou pergunta que se dá a um modelo de IA generativa, incluindo exemplos ou documentos anexados. Redigir prompts para obter respostas melhores se chama engenharia de prompt.',
    },
    es: {
      label: 'Prompt (instrucción)',
      definition:
        'La instrucción o pregunta que se da a un modelo de IA generativa, incluidos ejemplos o documentos adjuntos. Redactar prompts para obtener mejores respuestas se llama ingeniería de prompts.',
    },
    fr: {
      label: 'Prompt (instruction)',
      definition:
        'L’instruction ou la question que l’on donne à un modèle d’IA générative, avec les exemples ou documents joints. L’art de formuler les prompts pour obtenir de meilleurs résultats s’appelle l’ingénierie de prompt (prompt engineering).',
    },
    zh: {
      label: '提示词（prompt）',
      definition:
        '给生成式 AI 模型的指令或问题，包括附带的示例或文档。为获得更好的输出而斟酌提示的写法，称为提示工程。',
    },
    'zh-Hant': {
      label: '提示詞（prompt）',
      definition:
        '給生成式 AI 模型的指令或問題，包括附帶的範例或文件。為取得更好的輸出而斟酌提示的寫法，稱為提示工程。',
    },
    ja: {
      label: 'プロンプト',
      definition:
        '生成 AI モデルに与える指示や質問で、添える例や文書も含む。よりよい出力を得るためにプロンプトの書き方を工夫することをプロンプトエンジニアリングという。',
    },
  },
  'reasoning-model': {
    en: {
      label: 'Reasoning model',
      definition:
        'A language model trained (largely with reinforcement learning) to work through a problem in many intermediate steps before answering, spending more computation at answer time; OpenAI’s o1 and DeepSeek-R1 are examples.',
    },
    pt: {
      label: 'Modelo de raciocínio',
      definition:
        'Modelo de linguagem treinado (em grande parte com aprendizado por reforço) para resolver um problema em muitos passos intermediários antes de responder, gastando mais computação na hora da resposta; o o1 da OpenAI e o DeepSeek-R1 são exemplos.',
    },
    es: {
      label: 'Modelo de razonamiento',
      definition:
        'Modelo de lenguaje entrenado (en buena parte con aprendizaje por refuerzo) para resolver un problema en muchos pasos intermedios antes de responder, gastando más cómputo al responder; o1 de OpenAI y DeepSeek-R1 son ejemplos.',
    },
    fr: {
      label: 'Modèle de raisonnement',
      definition:
        'Modèle de langage entraîné (en grande partie par apprentissage par renforcement) à résoudre un problème en de nombreuses étapes intermédiaires avant de répondre, en consacrant davantage de calcul au moment de la réponse ; o1 d’OpenAI et DeepSeek-R1 en sont des exemples.',
    },
    zh: {
      label: '推理模型',
      definition:
        '一种语言模型，主要通过强化学习训练，在回答前先分许多中间步骤思考问题，把更多算力花在作答阶段；OpenAI 的 o1 和 DeepSeek-R1 就是例子。',
    },
    'zh-Hant': {
      label: '推理模型',
      definition:
        '一種語言模型，主要透過強化學習訓練，在回答前先分許多中間步驟思考問題，把更多算力花在作答階段；OpenAI 的 o1 和 DeepSeek-R1 就是例子。',
    },
    ja: {
      label: '推論モデル',
      definition:
        '主に強化学習で訓練され、答える前に多くの途中段階を踏んで問題を考え、回答時により多くの計算を使う言語モデル。OpenAI の o1 や DeepSeek-R1 がその例である。',
    },
  },
  'chain-of-thought': {
    en: {
      label: 'Chain of thought',
      definition:
        'The step-by-step reasoning a language model writes out before its final answer; asking for it, or training for it, improves results on maths and logic problems.',
    },
    pt: {
      label: 'Cadeia de pensamento',
      definition:
        'O raciocínio passo a passo que um modelo de linguagem escreve antes da resposta final; pedi-lo, ou treinar para ele, melhora os resultados em problemas de matemática e lógica.',
    },
    es: {
      label: 'Cadena de pensamiento',
      definition:
        'El razonamiento paso a paso que un modelo de lenguaje escribe antes de su respuesta final; pedirlo, o entrenarlo, mejora los resultados en problemas de matemáticas y lógica.',
    },
    fr: {
      label: 'Chaîne de pensée (chain of thought)',
      definition:
        'Le raisonnement étape par étape qu’un modèle de langage rédige avant sa réponse finale ; le demander, ou entraîner le modèle à le produire, améliore les résultats en mathématiques et en logique.',
    },
    zh: {
      label: '思维链',
      definition:
        '语言模型在给出最终答案之前写出的逐步推理过程；要求模型这样做或专门为此训练，可以提高其在数学和逻辑题上的表现。',
    },
    'zh-Hant': {
      label: '思維鏈',
      definition:
        '語言模型在給出最終答案之前寫出的逐步推理過程；要求模型這麼做或專門為此訓練，可以提升它在數學和邏輯題上的表現。',
    },
    ja: {
      label: '思考の連鎖（チェーン・オブ・ソート）',
      definition:
        '言語モデルが最終的な答えの前に書き出す段階的な推論。それを求めたり、そのように訓練したりすると、数学や論理の問題の成績が上がる。',
    },
  },
  'mixture-of-experts': {
    en: {
      label: 'Mixture of experts (MoE)',
      definition:
        'A model design split into many sub-networks (“experts”) with a router that sends each token to only a few of them, so the model can have many parameters while using only part of them per step.',
    },
    pt: {
      label: 'Mistura de especialistas (MoE)',
      definition:
        'Arquitetura de modelo dividida em muitas sub-redes (“especialistas”) com um roteador que envia cada token a apenas algumas delas, de modo que o modelo pode ter muitos parâmetros e usar só uma parte a cada passo.',
    },
    es: {
      label: 'Mezcla de expertos (MoE)',
      definition:
        'Diseño de modelo dividido en muchas subredes (“expertos”) con un enrutador que envía cada token solo a unas pocas, de modo que el modelo puede tener muchos parámetros usando solo una parte en cada paso.',
    },
    fr: {
      label: 'Mélange d’experts (MoE)',
      definition:
        'Architecture de modèle divisée en nombreux sous-réseaux (« experts »), avec un routeur qui n’envoie chaque token qu’à quelques-uns d’entre eux ; le modèle peut ainsi compter beaucoup de paramètres tout en n’en utilisant qu’une partie à chaque étape.',
    },
    zh: {
      label: '混合专家（MoE）',
      definition:
        '一种模型设计：把模型分成许多子网络（“专家”），由路由器把每个词元只送给其中几个处理，因此模型参数总量很大，但每一步只用到其中一部分。',
    },
    'zh-Hant': {
      label: '混合專家（MoE）',
      definition:
        '一種模型設計：把模型分成許多子網路（「專家」），由路由器把每個詞元只送給其中幾個處理，因此模型參數總量很大，但每一步只用到其中一部分。',
    },
    ja: {
      label: '混合エキスパート（MoE）',
      definition:
        'モデルを多数の部分ネットワーク（「エキスパート」）に分け、ルーターが各トークンをそのうち少数にだけ送る設計。パラメータ総数は多くても、1 ステップで使うのはその一部で済む。',
    },
  },
  rag: {
    en: {
      label: 'Retrieval-augmented generation (RAG)',
      definition:
        'A technique in which the system first searches documents or a database for passages relevant to the question and gives them to the language model, so the answer can rely on up-to-date or private sources.',
    },
    pt: {
      label: 'Geração aumentada por recuperação (RAG)',
      definition:
        'Técnica em que o sistema primeiro busca, em documentos ou numa base de dados, trechos relevantes para a pergunta e os entrega ao modelo de linguagem, para que a resposta se apoie em fontes atualizadas ou privadas.',
    },
    es: {
      label: 'Generación aumentada por recuperación (RAG)',
      definition:
        'Técnica en la que el sistema primero busca en documentos o en una base de datos fragmentos relevantes para la pregunta y se los da al modelo de lenguaje, para que la respuesta se apoye en fuentes actualizadas o privadas.',
    },
    fr: {
      label: 'Génération augmentée par récupération (RAG)',
      definition:
        'Technique dans laquelle le système cherche d’abord, dans des documents ou une base de données, des passages utiles à la question et les fournit au modèle de langage, afin que la réponse s’appuie sur des sources à jour ou privées.',
    },
    zh: {
      label: '检索增强生成（RAG）',
      definition:
        '一种技术：系统先在文档或数据库中检索与问题相关的段落，再把它们交给语言模型，使回答能够依据最新的或私有的资料。',
    },
    'zh-Hant': {
      label: '檢索增強生成（RAG）',
      definition:
        '一種技術：系統先在文件或資料庫中檢索與問題相關的段落，再把它們交給語言模型，使回答能夠依據最新的或私有的資料。',
    },
    ja: {
      label: '検索拡張生成（RAG）',
      definition:
        'まず文書やデータベースから質問に関係する箇所を検索し、それを言語モデルに渡すことで、最新の情報や非公開の資料に基づいて答えられるようにする手法。',
    },
  },
  embedding: {
    en: {
      label: 'Embedding (AI)',
      definition:
        'A list of numbers (a vector) that represents a word, passage or image so that similar meanings sit close together; search and RAG systems compare embeddings to find related content.',
    },
    pt: {
      label: 'Embedding (vetor)',
      definition:
        'Lista de números (um vetor) que representa uma palavra, trecho ou imagem de modo que significados parecidos fiquem próximos; sistemas de busca e RAG comparam embeddings para achar conteúdo relacionado.',
    },
    es: {
      label: 'Embedding (vector)',
      definition:
        'Lista de números (un vector) que representa una palabra, fragmento o imagen de modo que los significados parecidos queden cerca; los sistemas de búsqueda y RAG comparan embeddings para encontrar contenido relacionado.',
    },
    fr: {
      label: 'Embedding (plongement vectoriel)',
      definition:
        'Liste de nombres (un vecteur) qui représente un mot, un passage ou une image de sorte que les sens proches se retrouvent voisins ; les moteurs de recherche et les systèmes RAG comparent les embeddings pour trouver des contenus apparentés.',
    },
    zh: {
      label: '嵌入向量（embedding）',
      definition:
        '用一串数字（向量）表示一个词、一段文字或一张图像，使意义相近的内容在向量空间中彼此靠近；搜索和 RAG 系统通过比较嵌入向量来找到相关内容。',
    },
    'zh-Hant': {
      label: '嵌入向量（embedding）',
      definition:
        '用一串數字（向量）表示一個詞、一段文字或一張圖像，使意義相近的內容在向量空間中彼此靠近；搜尋和 RAG 系統透過比較嵌入向量來找到相關內容。',
    },
    ja: {
      label: '埋め込み（エンベディング）',
      definition:
        '単語、文章、画像などを数値の並び（ベクトル）で表し、意味の近いものが近くに並ぶようにしたもの。検索や RAG のシステムは埋め込みを比べて関連する内容を探す。',
    },
  },
  'pre-training': {
    en: {
      label: 'Pre-training',
      definition:
        'The first and most expensive training phase, in which a model learns general patterns from a huge unlabelled dataset (for language models, predicting the next token); later stages such as fine-tuning and RLHF build on it.',
    },
    pt: {
      label: 'Pré-treinamento',
      definition:
        'A primeira e mais cara fase de treinamento, em que o modelo aprende padrões gerais a partir de um enorme conjunto de dados sem rótulos (nos modelos de linguagem, prevendo o próximo token); etapas posteriores, como ajuste fino e RLHF, partem dela.',
    },
    es: {
      label: 'Preentrenamiento',
      definition:
        'La primera y más costosa fase de entrenamiento, en la que el modelo aprende patrones generales a partir de un enorme conjunto de datos sin etiquetar (en los modelos de lenguaje, prediciendo el siguiente token); las etapas posteriores, como el ajuste fino y el RLHF, parten de ella.',
    },
    fr: {
      label: 'Pré-entraînement',
      definition:
        'La première phase d’entraînement, et la plus coûteuse, où un modèle apprend des régularités générales sur un immense jeu de données non annotées (pour les modèles de langage, en prédisant le token suivant) ; les étapes suivantes, comme le réglage fin et le RLHF, s’appuient sur elle.',
    },
    zh: {
      label: '预训练',
      definition:
        '第一个也是最昂贵的训练阶段：模型从海量无标注数据中学习一般规律（对语言模型而言就是预测下一个词元）；微调和 RLHF 等后续阶段都建立在它之上。',
    },
    'zh-Hant': {
      label: '預訓練',
      definition:
        '第一個也是最昂貴的訓練階段：模型從海量未標註資料中學習一般規律（對語言模型而言就是預測下一個詞元）；微調和 RLHF 等後續階段都建立在它之上。',
    },
    ja: {
      label: '事前学習',
      definition:
        '最初の、そして最も費用のかかる学習段階で、ラベルのない膨大なデータから一般的なパターンを学ぶ（言語モデルなら次のトークンの予測）。ファインチューニングや RLHF などの後の段階はこの上に積み重ねられる。',
    },
  },
  deepfake: {
    en: {
      label: 'Deepfake',
      definition:
        'Realistic fake video, image or audio of a real person made with AI, for example putting words in a politician’s mouth or cloning a voice for fraud.',
    },
    pt: {
      label: 'Deepfake',
      definition:
        'Vídeo, imagem ou áudio falso e realista de uma pessoa real, feito com IA — por exemplo, pôr palavras na boca de um político ou clonar uma voz para aplicar golpes.',
    },
    es: {
      label: 'Deepfake (ultrafalso)',
      definition:
        'Vídeo, imagen o audio falso y realista de una persona real hecho con IA, por ejemplo para poner palabras en boca de un político o clonar una voz para estafar.',
    },
    fr: {
      label: 'Deepfake (hypertrucage)',
      definition:
        'Fausse vidéo, image ou voix réaliste d’une personne réelle, fabriquée avec l’IA, par exemple pour mettre des mots dans la bouche d’un responsable politique ou cloner une voix à des fins d’escroquerie.',
    },
    zh: {
      label: '深度伪造（deepfake）',
      definition:
        '用 AI 制作的、以假乱真的真人视频、图像或音频，例如让政治人物“说”出从未说过的话，或克隆某人的声音实施诈骗。',
    },
    'zh-Hant': {
      label: '深度偽造（deepfake）',
      definition:
        '以 AI 製作、以假亂真的真人影片、圖像或音訊，例如讓政治人物「說」出從未說過的話，或複製某人的聲音進行詐騙。',
    },
    ja: {
      label: 'ディープフェイク',
      definition:
        'AI で作られた、実在の人物の本物そっくりの偽の動画、画像、音声。政治家に言っていないことを言わせたり、声を複製して詐欺に使ったりする。',
    },
  },
  superintelligence: {
    en: {
      label: 'Superintelligence',
      definition:
        'A hypothetical AI far smarter than the best humans in practically every field. Some AI labs name it as their goal; whether and when it could exist, and how to keep it under control, is disputed.',
    },
    pt: {
      label: 'Superinteligência',
      definition:
        'IA hipotética muito mais inteligente que os melhores humanos em praticamente todas as áreas. Alguns laboratórios de IA a colocam como meta; se e quando poderia existir, e como mantê-la sob controle, é controverso.',
    },
    es: {
      label: 'Superinteligencia',
      definition:
        'IA hipotética mucho más inteligente que los mejores humanos en prácticamente todos los campos. Algunos laboratorios de IA la tienen como meta; si podría existir, cuándo y cómo mantenerla bajo control es objeto de debate.',
    },
    fr: {
      label: 'Superintelligence',
      definition:
        'IA hypothétique bien plus intelligente que les meilleurs humains dans pratiquement tous les domaines. Certains laboratoires d’IA en font leur objectif ; savoir si et quand elle pourrait exister, et comment la garder sous contrôle, fait débat.',
    },
    zh: {
      label: '超级智能',
      definition:
        '一种假想中的 AI，几乎在所有领域都远比最聪明的人类更聪明。一些 AI 实验室把它作为目标；它能否出现、何时出现以及如何控制，都存在争议。',
    },
    'zh-Hant': {
      label: '超級智慧',
      definition:
        '一種假想中的 AI，幾乎在所有領域都遠比最聰明的人類更聰明。一些 AI 實驗室把它當作目標；它能否出現、何時出現以及如何控制，都存在爭議。',
    },
    ja: {
      label: '超知能',
      definition:
        'ほぼすべての分野で最も優れた人間をはるかに上回る、仮想上の AI。これを目標に掲げる AI 研究所もあるが、実現するのか、いつなのか、どう制御するのかには異論が多い。',
    },
  },
  'model-weights': {
    en: {
      label: 'Model weights',
      definition:
        'The file of learned numbers (parameters) that is the trained model itself; whoever holds the weights can run, copy or modify the model, which is why labs guard them or, for open-weight models, publish them.',
    },
    pt: {
      label: 'Pesos do modelo',
      definition:
        'O arquivo de números aprendidos (parâmetros) que é o próprio modelo treinado; quem tem os pesos pode executar, copiar ou modificar o modelo, por isso os laboratórios os protegem ou, nos modelos abertos, os publicam.',
    },
    es: {
      label: 'Pesos del modelo',
      definition:
        'El archivo de números aprendidos (parámetros) que es el propio modelo entrenado; quien tiene los pesos puede ejecutar, copiar o modificar el modelo, por eso los laboratorios los protegen o, en los modelos abiertos, los publican.',
    },
    fr: {
      label: 'Poids du modèle',
      definition:
        'Le fichier de nombres appris (paramètres) qui constitue le modèle entraîné lui-même ; qui détient les poids peut exécuter, copier ou modifier le modèle, d’où le soin que les laboratoires mettent à les protéger — ou, pour les modèles à poids ouverts, à les publier.',
    },
    zh: {
      label: '模型权重',
      definition:
        '保存学习所得数值（参数）的文件，它本身就是训练好的模型；谁持有权重，谁就能运行、复制或修改模型，因此实验室要么严加保护，要么（对开放权重模型）将其公开。',
    },
    'zh-Hant': {
      label: '模型權重',
      definition:
        '保存學習所得數值（參數）的檔案，它本身就是訓練好的模型；誰持有權重，誰就能執行、複製或修改模型，因此實驗室要麼嚴加保護，要麼（對開放權重模型）將其公開。',
    },
    ja: {
      label: 'モデルの重み',
      definition:
        '学習で得た数値（パラメータ）を収めたファイルで、学習済みモデルそのもの。重みを持つ者はモデルを動かし、複製し、改変できるため、研究所は厳重に守るか、オープンウェイトのモデルでは公開する。',
    },
  },
  gpt: {
    en: {
      label: 'GPT (generative pre-trained transformer)',
      definition:
        'OpenAI’s family of large language models (GPT-1 in 2018 to GPT-5), named for “generative pre-trained transformer”: a transformer pre-trained to generate text, the basis of ChatGPT.',
    },
    pt: {
      label: 'GPT (transformer generativo pré-treinado)',
      definition:
        'Família de grandes modelos de linguagem da OpenAI (do GPT-1, de 2018, ao GPT-5), cujo nome vem de “generative pre-trained transformer”: um transformer pré-treinado para gerar texto, a base do ChatGPT.',
    },
    es: {
      label: 'GPT (transformer generativo preentrenado)',
      definition:
        'Familia de modelos de lenguaje grandes de OpenAI (del GPT-1, de 2018, al GPT-5), cuyo nombre viene de “generative pre-trained transformer”: un transformer preentrenado para generar texto, la base de ChatGPT.',
    },
    fr: {
      label: 'GPT (transformer génératif pré-entraîné)',
      definition:
        'Famille de grands modèles de langage d’OpenAI (de GPT-1 en 2018 à GPT-5), dont le nom signifie « generative pre-trained transformer » : un transformer pré-entraîné pour générer du texte, à la base de ChatGPT.',
    },
    zh: {
      label: 'GPT（生成式预训练 Transformer）',
      definition:
        'OpenAI 的大语言模型系列（从 2018 年的 GPT-1 到 GPT-5），名称意为“生成式预训练 Transformer”：一种经过预训练、用于生成文本的 Transformer，也是 ChatGPT 的基础。',
    },
    'zh-Hant': {
      label: 'GPT（生成式預訓練 Transformer）',
      definition:
        'OpenAI 的大型語言模型系列（從 2018 年的 GPT-1 到 GPT-5），名稱意為「生成式預訓練 Transformer」：一種經過預訓練、用於產生文字的 Transformer，也是 ChatGPT 的基礎。',
    },
    ja: {
      label: 'GPT（生成的事前学習済みトランスフォーマー）',
      definition:
        'OpenAI の大規模言語モデルのシリーズ（2018 年の GPT-1 から GPT-5 まで）。名前は「生成的事前学習済みトランスフォーマー」の略で、文章を生成するよう事前学習されたトランスフォーマーを指し、ChatGPT の土台である。',
    },
  },
  'ai-accelerator': {
    en: {
      label: 'AI chip (accelerator)',
      definition:
        'A processor designed for the matrix arithmetic of neural networks — GPUs, Google’s TPUs, NPUs in phones and laptops — that trains or runs models far faster and more efficiently than a general-purpose CPU.',
    },
    pt: {
      label: 'Chip de IA (acelerador)',
      definition:
        'Processador projetado para as contas com matrizes das redes neurais — GPUs, as TPUs do Google, NPUs em celulares e notebooks — que treina ou executa modelos muito mais rápido e com mais eficiência que uma CPU comum.',
    },
    es: {
      label: 'Chip de IA (acelerador)',
      definition:
        'Procesador diseñado para la aritmética de matrices de las redes neuronales — GPU, las TPU de Google, NPU en móviles y portátiles — que entrena o ejecuta modelos mucho más rápido y con más eficiencia que una CPU corriente.',
    },
    fr: {
      label: 'Puce d’IA (accélérateur)',
      definition:
        'Processeur conçu pour le calcul matriciel des réseaux de neurones — GPU, TPU de Google, NPU des téléphones et ordinateurs portables — qui entraîne ou exécute les modèles bien plus vite et plus efficacement qu’un processeur (CPU) généraliste.',
    },
    zh: {
      label: 'AI 芯片（加速器）',
      definition:
        '专为神经网络的矩阵运算设计的处理器——GPU、谷歌的 TPU、手机和笔记本电脑中的 NPU——训练或运行模型的速度和能效远高于通用 CPU。',
    },
    'zh-Hant': {
      label: 'AI 晶片（加速器）',
      definition:
        '專為神經網路的矩陣運算設計的處理器——GPU、Google 的 TPU、手機和筆電中的 NPU——訓練或執行模型的速度和能源效率遠高於通用 CPU。',
    },
    ja: {
      label: 'AI チップ（アクセラレーター）',
      definition:
        'ニューラルネットワークの行列計算のために設計されたプロセッサー（GPU、Google の TPU、スマートフォンやノートパソコンの NPU など）。汎用 CPU よりはるかに速く効率よくモデルを学習・実行できる。',
    },
  },
  jailbreak: {
    en: {
      label: 'Jailbreak (AI)',
      definition:
        'A prompt or trick that gets a model to ignore its safety rules and produce output it was trained to refuse.',
    },
    pt: {
      label: 'Jailbreak (IA)',
      definition:
        'Prompt ou truque que faz um modelo ignorar suas regras de segurança e produzir respostas que foi treinado para recusar.',
    },
    es: {
      label: 'Jailbreak (IA)',
      definition:
        'Instrucción o truco que consigue que un modelo ignore sus reglas de seguridad y produzca respuestas que fue entrenado para rechazar.',
    },
    fr: {
      label: 'Jailbreak (IA)',
      definition:
        'Prompt ou astuce qui amène un modèle à ignorer ses règles de sécurité et à produire des réponses qu’il a été entraîné à refuser.',
    },
    zh: { label: '越狱（AI）', definition: '一种提示或技巧，让模型无视其安全规则，输出它本应拒绝的内容。' },
    'zh-Hant': { label: '越獄（AI）', definition: '一種提示或技巧，讓模型無視其安全規則，輸出它原本應該拒絕的內容。' },
    ja: {
      label: '脱獄（ジェイルブレイク）',
      definition: 'モデルに安全上のルールを無視させ、本来拒否するよう訓練された出力を引き出すプロンプトや手口。',
    },
  },
  'red-teaming': {
    en: {
      label: 'Red teaming',
      definition:
        'Deliberately attacking a system to find its weaknesses before others do; for AI models, testers try to make them produce harmful, biased or dangerous output so it can be fixed before release.',
    },
    pt: {
      label: 'Red teaming (testes adversariais)',
      definition:
        'Atacar deliberadamente um sistema para achar suas falhas antes de outros; em modelos de IA, os testadores tentam fazê-los produzir respostas nocivas, enviesadas ou perigosas para corrigi-las antes do lançamento.',
    },
    es: {
      label: 'Red teaming (pruebas adversarias)',
      definition:
        'Atacar deliberadamente un sistema para encontrar sus fallos antes que otros; en los modelos de IA, los evaluadores intentan que produzcan respuestas dañinas, sesgadas o peligrosas para corregirlas antes del lanzamiento.',
    },
    fr: {
      label: 'Red teaming (tests d’attaque)',
      definition:
        'Attaquer délibérément un système pour en trouver les failles avant que d’autres ne le fassent ; pour les modèles d’IA, des testeurs tentent de leur faire produire des contenus nuisibles, biaisés ou dangereux afin de corriger le problème avant la sortie.',
    },
    zh: {
      label: '红队测试',
      definition:
        '主动攻击一个系统，抢在别人之前找出它的弱点；对 AI 模型而言，测试人员设法让模型产生有害、带偏见或危险的输出，以便在发布前修复。',
    },
    'zh-Hant': {
      label: '紅隊測試',
      definition:
        '主動攻擊一個系統，搶在別人之前找出它的弱點；對 AI 模型而言，測試人員設法讓模型產生有害、帶偏見或危險的輸出，以便在發布前修正。',
    },
    ja: {
      label: 'レッドチーミング',
      definition:
        '他者より先に弱点を見つけるため、あえてシステムを攻撃すること。AI モデルでは、テスターが有害な出力や偏った出力、危険な出力を引き出そうと試み、公開前に修正できるようにする。',
    },
  },
  'eu-ai-act': {
    en: {
      label: 'EU AI Act',
      definition:
        'The European Union’s AI law, Regulation (EU) 2024/1689: rules scale with risk — some uses are banned, high-risk systems face strict duties, and general-purpose models must meet transparency and, for the largest, safety obligations.',
    },
    pt: {
      label: 'Lei de IA da UE (AI Act)',
      definition:
        'A lei de IA da União Europeia, Regulamento (UE) 2024/1689: as regras crescem com o risco — alguns usos são proibidos, sistemas de alto risco têm obrigações rígidas e modelos de uso geral devem cumprir regras de transparência e, os maiores, de segurança.',
    },
    es: {
      label: 'Ley de IA de la UE (AI Act)',
      definition:
        'La ley de IA de la Unión Europea, Reglamento (UE) 2024/1689: las normas crecen con el riesgo — algunos usos se prohíben, los sistemas de alto riesgo tienen obligaciones estrictas y los modelos de uso general deben cumplir normas de transparencia y, los mayores, de seguridad.',
    },
    fr: {
      label: 'AI Act (règlement européen sur l’IA)',
      definition:
        'La loi de l’Union européenne sur l’IA, le règlement (UE) 2024/1689 : les règles croissent avec le risque — certains usages sont interdits, les systèmes à haut risque sont soumis à des obligations strictes, et les modèles à usage général doivent respecter des obligations de transparence et, pour les plus grands, de sécurité.',
    },
    zh: {
      label: '欧盟《人工智能法》',
      definition:
        '欧盟的人工智能法律，即条例 (EU) 2024/1689：规则随风险递增——某些用途被禁止，高风险系统须承担严格义务，通用模型须满足透明度要求，规模最大的还须履行安全义务。',
    },
    'zh-Hant': {
      label: '歐盟《人工智慧法》',
      definition:
        '歐盟的人工智慧法律，即規則 (EU) 2024/1689：規範隨風險遞增——某些用途被禁止，高風險系統須承擔嚴格義務，通用模型須符合透明度要求，規模最大的還須履行安全義務。',
    },
    ja: {
      label: 'EU AI 法',
      definition:
        '欧州連合の AI に関する法律（規則 (EU) 2024/1689）。リスクに応じて規制が強まり、一部の用途は禁止、高リスクのシステムには厳しい義務が課され、汎用モデルには透明性の義務、最大規模のものには安全面の義務もある。',
    },
  },
  quantization: {
    en: {
      label: 'Quantization (AI)',
      definition:
        'Storing a model’s weights with fewer bits (say 4 or 8 instead of 16) so it needs less memory and runs faster on cheaper hardware, at some cost in accuracy.',
    },
    pt: {
      label: 'Quantização (IA)',
      definition:
        'Guardar os pesos de um modelo com menos bits (por exemplo 4 ou 8 em vez de 16) para que ocupe menos memória e rode mais rápido em hardware mais barato, com alguma perda de precisão.',
    },
    es: {
      label: 'Cuantización (IA)',
      definition:
        'Guardar los pesos de un modelo con menos bits (por ejemplo 4 u 8 en lugar de 16) para que ocupe menos memoria y funcione más rápido en hardware más barato, con cierta pérdida de precisión.',
    },
    fr: {
      label: 'Quantification (IA)',
      definition:
        'Stocker les poids d’un modèle sur moins de bits (par exemple 4 ou 8 au lieu de 16) pour qu’il occupe moins de mémoire et tourne plus vite sur du matériel moins cher, au prix d’une certaine perte de précision.',
    },
    zh: {
      label: '量化（AI）',
      definition:
        '用更少的比特（例如 4 位或 8 位，而不是 16 位）存储模型权重，使其占用更少内存、在更便宜的硬件上运行得更快，代价是精度略有下降。',
    },
    'zh-Hant': {
      label: '量化（AI）',
      definition:
        '用更少的位元（例如 4 位元或 8 位元，而不是 16 位元）儲存模型權重，使其佔用更少記憶體、在更便宜的硬體上跑得更快，代價是精確度略為下降。',
    },
    ja: {
      label: '量子化（AI）',
      definition:
        'モデルの重みを少ないビット数（16 ビットではなく 4 ビットや 8 ビットなど）で保存し、メモリを減らして安価なハードウェアでも速く動くようにすること。精度は多少落ちる。',
    },
  },
};

/** The concept's name and definition in `lang`, or null for an unknown term id. */
export function termText(termId: string, lang: DefinitionLang): TermText | null {
  return Object.hasOwn(TERM_TEXTS, termId) ? (TERM_TEXTS[termId]![lang] ?? null) : null;
}
