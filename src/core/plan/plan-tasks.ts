// Turns the unit clauses into tasks. A task is the text that a unit clause closes, back to the
// previous clause or the start of its section's body.
//
// Title: when a section holds one clause, the task is the section and takes its title. When it
// holds several, each task opens with a short title sentence ("提升旅游产业质量水平。"); the
// first task may be preceded by the section's introduction, so the first title-like sentence
// among the first three of its block is taken. A block without one takes its first clause, cut to 30 characters.
//
// Sections under a tasks chapter (重点任务, 主要任务 …) that have no unit clause at all are
// tasks too, with no units and a warning: some plans state no units.
import { planWarning } from './plan-warnings.ts';
import type { PlanTask, PlanWarning } from './types.ts';
import type { UnitClause } from './unit-clause.ts';

export interface SectionSpan {
  path: string;
  title: string;
  level: number;
  /** Offset of the heading marker. */
  start: number;
  /** Offset where the section's body starts (after the title). */
  bodyStart: number;
  /** Offset where the section's own text ends (the next heading). */
  textEnd: number;
  /** Offset where the section (with its children) ends. */
  end: number;
}

export interface TaskSpan {
  task: PlanTask;
  /** From the task's title to the end of its clause. */
  start: number;
  end: number;
}

const TITLE_END_RE =
  /(水平|能力|建设|升级|体系|机制|产业|质量|发展|管理|服务|品牌|工程|行动|保障|治理|监管|环境|基础|标准|创新|改革|效能|安全|培育|引领|转型|融合|示范|攻关)$/;

function isTitleSentence(sentence: string): boolean {
  const s = sentence.trim();
  return s.length >= 4 && s.length <= 30 && !/[,;:、\d%]/.test(s) && TITLE_END_RE.test(s);
}

interface Sentence {
  text: string;
  start: number;
  /** Offset after the sentence and its terminator. */
  end: number;
}

function sentencesOf(text: string, base: number): Sentence[] {
  const out: Sentence[] = [];
  for (const m of text.matchAll(/[^。!?\n]+[。!?\n]?/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    out.push({
      text: m[0].replace(/[。!?\n]$/, '').trim(),
      start: base + m.index + lead,
      end: base + m.index + m[0].length,
    });
  }
  return out;
}

function deepestSection(sections: SectionSpan[], offset: number): SectionSpan | undefined {
  let found: SectionSpan | undefined;
  for (const s of sections) {
    if (s.start <= offset && offset < s.end && (!found || s.level >= found.level)) found = s;
  }
  return found;
}

const TASK_CHAPTER_RE = /任务|重点工作|主要举措|工作举措|主要措施|重点措施|工作措施|行动内容/;

export function buildTasks(
  text: string,
  sections: SectionSpan[],
  clauses: UnitClause[],
  warnings: PlanWarning[],
): TaskSpan[] {
  const spans: TaskSpan[] = [];
  const bySection = new Map<SectionSpan | undefined, UnitClause[]>();
  for (const c of clauses) {
    const s = deepestSection(sections, c.start);
    bySection.set(s, [...(bySection.get(s) ?? []), c]);
  }

  for (const [section, list] of bySection) {
    let blockStart = section ? section.bodyStart : 0;
    list.forEach((clause, index) => {
      const block = text.slice(blockStart, clause.start);
      const sentences = sentencesOf(block, blockStart);
      let title = '';
      let bodyStart = blockStart;
      let start = blockStart;
      let body = text.slice(bodyStart, clause.start);
      let end = clause.end;
      if (list.length === 1 && section) {
        // The task is the whole section, wherever its clause stands (some plans put it
        // right after the title).
        title = section.title;
        start = section.start;
        body = `${text.slice(section.bodyStart, clause.start).trim()}${text.slice(clause.end, section.textEnd).trim()}`;
        end = Math.max(clause.end, section.textEnd);
      } else {
        // The first block may open with the section's introduction: look a few sentences in.
        const candidates = sentences.slice(0, index === 0 ? 3 : 1);
        const titled = candidates.find((s) => isTitleSentence(s.text) && s.end < clause.start);
        if (titled) {
          title = titled.text;
          bodyStart = titled.end;
          start = titled.start;
          body = text.slice(bodyStart, clause.start);
        } else {
          const first = sentences[0]?.text ?? '';
          title = (first.split(/[,;:]/)[0] ?? '').slice(0, 30) || (section?.title ?? '');
          start = sentences[0]?.start ?? blockStart;
        }
      }
      const task: PlanTask = {
        section: section?.path ?? '',
        title,
        text: body.trim().replace(/^[。;,:]+/, ''),
        lead: clause.lead,
        responsible: clause.responsible,
      };
      if (clause.lead.length === 0) {
        warnings.push(planWarning('TASK_NO_LEAD', `任务「${title}」的单位说明中没有牵头单位`, clause.start));
      }
      spans.push({ task, start, end });
      blockStart = clause.end;
    });
  }

  // Leaf sections of a tasks chapter that no clause closes.
  const chapters = sections.filter((s) => s.level === 1 && TASK_CHAPTER_RE.test(s.title) && !/保障/.test(s.title));
  for (const chapter of chapters) {
    const inside = sections.filter((s) => s !== chapter && s.start >= chapter.start && s.end <= chapter.end);
    for (const leaf of inside) {
      const hasChild = inside.some((s) => s !== leaf && s.start > leaf.start && s.end <= leaf.end);
      const hasClause = clauses.some((c) => c.start >= leaf.start && c.start < leaf.end);
      if (hasChild || hasClause) continue;
      spans.push({
        task: {
          section: leaf.path,
          title: leaf.title,
          text: text.slice(leaf.bodyStart, leaf.end).trim(),
          lead: [],
          responsible: [],
        },
        start: leaf.start,
        end: leaf.end,
      });
      warnings.push(planWarning('TASK_NO_UNITS', `任务「${leaf.title}」没有注明牵头单位和责任单位`, leaf.start));
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
