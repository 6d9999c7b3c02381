// Splits a heading's content into its title and body. In documents without line breaks
// nothing separates "(一)指导思想" from "以习近平…", so the split is a heuristic. The rule,
// in order:
//   1. A line break within the first 60 characters, before any "。", ends the title.
//   2. A short content (≤ 30 characters, no punctuation) is all title: "总体要求" directly
//      followed by the first child heading.
//   3. The shortest prefix that ends in a title word (水平, 原则, 建设 …) and is followed by
//      a sentence end or by a word that typically opens a body sentence (以, 坚持, 深入,
//      推动, a digit …) that goes on for at least 5 characters. Requiring the body opener is what keeps "着力提升建设工程质量水平"
//      from being cut after "建设": "建设" is followed by "工程", not by a body opener.
//   4. A first sentence of at most 30 characters with no comma: "加强组织领导。".
//   5. The shortest prefix ending in a strong title word (水平, 能力, 目标 …), then in any
//      title word, within the first clause.
//   6. Otherwise the first clause cut to 20 characters, flagged as a guess.

/** Words that end a title and rarely do anything else. */
const STRONG_TITLE_WORDS = [
  '要求',
  '思想',
  '原则',
  '目标',
  '任务',
  '措施',
  '水平',
  '能力',
  '领导',
  '保障',
  '机制',
  '意义',
  '举措',
  '分工',
  '步骤',
  '安排',
];

/** Words that often end a title but also occur inside one. */
const TITLE_WORDS = [
  ...STRONG_TITLE_WORDS,
  '建设',
  '升级',
  '评价',
  '引导',
  '体系',
  '工程',
  '行动',
  '质量',
  '产业',
  '发展',
  '考核',
  '宣传',
  '监管',
  '管理',
  '服务',
  '环境',
  '基础',
  '品牌',
  '督查',
  '督导',
  '协调',
  '合作',
  '标准',
  '安全',
  '氛围',
  '支撑',
  '治理',
  '效能',
  '提升',
  '工作',
  '作用',
  '责任',
  '意识',
  '投入',
  '人才',
  '队伍',
  '激励',
  '计划',
  '保护',
  '整治',
  '示范',
  '活动',
  '成效',
  '攻关',
  '基地',
  '平台',
  '认证',
  '计量',
  '检测',
  '法治',
  '执法',
  '共治',
  '文化',
  '结构',
  '转型',
  '振兴',
  '布局',
  '供给',
  '消费',
  '产品',
  '企业',
];

/** Words that typically open the first sentence of a section body. */
const BODY_OPENERS = [
  '以',
  '在',
  '把',
  '将',
  '对',
  '为',
  '按照',
  '坚持',
  '深入',
  '全面',
  '推动',
  '推进',
  '围绕',
  '重点',
  '统筹',
  '改革',
  '实施',
  '加快',
  '健全',
  '强化',
  '加强',
  '持续',
  '积极',
  '大力',
  '进一步',
  '立足',
  '聚焦',
  '结合',
  '依托',
  '牢固',
  '认真',
  '完善',
  '建立',
  '着力',
  '严格',
  '做好',
  '鼓励',
  '支持',
  '引导',
  '到',
  '力争',
  '全州',
  '全市',
  '全省',
  '全县',
  '全区',
  '各县',
  '各地',
  '各级',
  '各有关',
  '州直',
  '充分',
  '切实',
  '不断',
  '发挥',
  '紧盯',
  '紧紧',
  '瞄准',
  '通过',
  '针对',
  '贯彻',
  '突出',
  '坚决',
  '扎实',
  '加大',
  '开展',
  '组织',
  '我州',
  '我市',
  '我省',
  '我县',
  '构建',
  '打造',
  '培育',
  '实行',
  '落实',
  '提高',
  '优化',
  '创新',
  '规范',
  '着眼',
  '抓好',
];

const TITLE_WORD_RE = new RegExp(`(?:${TITLE_WORDS.join('|')})$`);
const STRONG_WORD_RE = new RegExp(`(?:${STRONG_TITLE_WORDS.join('|')})$`);
const BODY_OPENER_RE = new RegExp(`^(?:${BODY_OPENERS.join('|')}|\\d|[“"《])`);

export interface HeadingTitle {
  title: string;
  /** Offset in the content where the body starts (after the title and its delimiter). */
  bodyOffset: number;
  guessed: boolean;
}

function cleanTitle(title: string): string {
  return title.replace(/^[\s.、:]+/, '').replace(/[\s。;:,、.]+$/, '');
}

/** Skips the delimiter after a title: the "。" or ":" that closes it, and spaces. */
function skipDelimiter(content: string, at: number): number {
  let i = at;
  while (i < content.length && /[\s。:;.]/.test(content[i] ?? '')) i++;
  return i;
}

function shortestPrefix(window: string, accept: (prefix: string, rest: string) => boolean): number {
  for (let p = 2; p <= window.length; p++) {
    if (accept(window.slice(0, p), window.slice(p))) return p;
  }
  return -1;
}

export function splitHeadingTitle(content: string): HeadingTitle {
  const lead = content.length - content.trimStart().length;
  const text = content.slice(lead);
  const at = (p: number, guessed = false): HeadingTitle => ({
    title: cleanTitle(text.slice(0, p)),
    bodyOffset: lead + skipDelimiter(text, p),
    guessed,
  });

  const newline = text.indexOf('\n');
  const period = text.indexOf('。');
  if (newline >= 0 && newline <= 60 && (period < 0 || newline < period)) return at(newline);
  if (text.length <= 30 && !/[。;!?,、]/.test(text.replace(/[。:]$/, ''))) return at(text.length);

  const sentenceEnd = text.search(/[。;!?\n]/);
  const sentence = sentenceEnd < 0 ? text : text.slice(0, sentenceEnd);
  const clauseEnd = sentence.search(/[,、:]/);
  const clause = (clauseEnd < 0 ? sentence : sentence.slice(0, clauseEnd)).slice(0, 40);

  const byOpener = shortestPrefix(clause, (prefix) => {
    if (!TITLE_WORD_RE.test(prefix)) return false;
    const rest = sentence.slice(prefix.length);
    // A body sentence has some length: "强化宣传引导。" is all title, "引导" opens no body.
    if (rest === '') return sentenceEnd >= 0;
    return BODY_OPENER_RE.test(rest) && rest.length >= 5;
  });
  if (byOpener > 0) return at(byOpener);
  if (sentenceEnd >= 0 && sentenceEnd <= 30 && clauseEnd < 0) return at(sentenceEnd);
  const strong = shortestPrefix(clause, (prefix) => STRONG_WORD_RE.test(prefix));
  if (strong > 0) return at(strong);
  const any = shortestPrefix(clause, (prefix, rest) => TITLE_WORD_RE.test(prefix) && rest.length > 0);
  if (any > 0) return at(any, true);
  return at(Math.min(clause.length, 20), true);
}
