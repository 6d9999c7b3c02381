// Parses the text of a 质量提升行动方案 into sections, tasks, targets and units. Pure: the
// caller reads the file (see src/modules/plan-file) and passes its text.
import { AppError } from '../errors/app-error.ts';
import { blankRanges } from './blank-ranges.ts';
import { splitHeadingTitle } from './heading-title.ts';
import { findIndicatorTables } from './indicator-table.ts';
import { normalizeText } from './normalize-text.ts';
import { findHeadings } from './plan-headings.ts';
import { buildTasks, type SectionSpan } from './plan-tasks.ts';
import { findPlanTitle } from './plan-title.ts';
import { planWarning } from './plan-warnings.ts';
import { findProseTargets } from './prose-targets.ts';
import type { ParsedPlan, PlanSection, PlanTarget, PlanUnit } from './types.ts';
import { findUnitClauses } from './unit-clause.ts';
import { classifyUnit } from './unit-kind.ts';

/**
 * Parses a plan's text. Throws AppError PLAN_NOT_A_PLAN when the text has fewer than two
 * level-1/level-2 headings and no task: one stray "一、" does not make a plan.
 */
export function parsePlan(input: string): ParsedPlan {
  const { text, warnings } = normalizeText(input);
  const head = findPlanTitle(text);
  const tables = findIndicatorTables(text);
  // The title line and the tables are read on their own; blanking them (offsets kept) keeps
  // their numbers out of the heading and prose readers.
  const body = blankRanges(text, [[0, head.bodyStart], ...tables.map((t): [number, number] => [t.start, t.end])]);

  const headings = findHeadings(body, warnings);
  const clauses = findUnitClauses(body);
  // Titles are read with the unit clauses blanked out: a clause right after a title
  // ("1.加强食品安全监管(牵头单位:…)。") then ends the title like a line break.
  const titleView = blankRanges(
    body,
    clauses.map((c): [number, number] => [c.start, c.end]),
  );
  const spans: SectionSpan[] = [];
  const sections: PlanSection[] = [];
  const pathAt: string[] = [];
  headings.forEach((h, i) => {
    const contentEnd = headings[i + 1]?.start ?? text.length;
    const split = splitHeadingTitle(titleView.slice(h.end, contentEnd));
    const bodyStart = h.end + split.bodyOffset;
    pathAt[h.level] = h.number;
    pathAt.length = h.level + 1;
    const path = pathAt.filter(Boolean).join('/');
    const end = headings.slice(i + 1).find((n) => n.level <= h.level)?.start ?? text.length;
    if (split.guessed) {
      warnings.push(
        planWarning('SECTION_TITLE_GUESSED', `「${h.number}」的标题无法确定,暂取「${split.title}」`, h.start),
      );
    }
    spans.push({ path, title: split.title, level: h.level, start: h.start, bodyStart, textEnd: contentEnd, end });
    sections.push({
      number: h.number,
      title: split.title,
      level: h.level,
      path,
      text: text.slice(Math.min(bodyStart, contentEnd), contentEnd).trim(),
    });
  });

  const taskSpans = buildTasks(text, spans, clauses, warnings);
  const tasks = taskSpans.map((t) => t.task);

  if (headings.filter((h) => h.level <= 2).length < 2 && tasks.length === 0) {
    throw new AppError('PLAN_NOT_A_PLAN');
  }

  const found = [
    ...findProseTargets(
      body,
      [
        ...clauses.map((c): [number, number] => [c.start, c.end]),
        ...headings.map((h): [number, number] => [h.start, h.end]),
      ],
      spans.map((s) => s.bodyStart),
    ),
    ...tables.flatMap((t) => t.targets),
  ].sort((a, b) => a.offset - b.offset);
  const sectionAt = (offset: number): string => {
    let path = '';
    for (const s of spans) if (s.start <= offset) path = s.path;
    return path;
  };
  const targets: PlanTarget[] = found.map((f) => {
    const task = taskSpans.findIndex((t) => t.start <= f.offset && f.offset < t.end);
    return {
      text: f.text,
      indicator: f.indicator,
      comparator: f.comparator,
      value: f.value,
      unit: f.unit,
      year: f.year,
      section: sectionAt(f.offset),
      task: task < 0 ? null : task,
    };
  });

  const units: PlanUnit[] = [];
  const seen = new Set<string>();
  for (const t of tasks) {
    for (const name of [...t.lead, ...t.responsible]) {
      if (seen.has(name)) continue;
      seen.add(name);
      units.push({ name, kind: classifyUnit(name) });
    }
  }

  return { title: head.title, year: head.year, sections, tasks, targets, units, warnings };
}
