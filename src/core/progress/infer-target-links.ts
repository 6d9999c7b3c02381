// Which task serves a target that the plan states outside any task (主要目标, 专栏 tables).
// A plan never says it, but its words do: 食品安全抽检合格率 belongs to 着力提升食品药品质量水平
// because that task speaks of 食品 and 抽检 and few other tasks do. Chinese has no spaces, so the
// target's indicator is cut into character pairs; each pair weighs by how rare it is among the
// plan's tasks (a pair every task uses, such as 质量, weighs nothing) and counts double in a
// task's title. The best-scoring task is linked, with any task nearly as good; a target whose
// words barely appear anywhere, or that shares a single word with a task, is left for a person. No word list: the plan itself sets
// the weights, so the rule carries over to other plans.

export interface InferTask {
  id: number;
  title: string;
  text: string;
}

export interface InferTarget {
  id: number;
  taskId: number | null;
  indicator: string;
}

/** Share of the indicator's weight the best task must reach to be linked at all. */
export const MIN_COVERAGE = 0.4;
/** A task scoring at least this share of the best one is linked too (a target two tasks serve). */
export const NEAR_BEST = 0.75;
/** One shared two-character word (生产, 安全) is too weak a sign; two are needed. */
export const MIN_PAIRS = 2;
const TITLE_WEIGHT = 2;

function pairsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.split(/[^\p{Script=Han}A-Za-z0-9]+/u)) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) out.add(`${chars[i]}${chars[i + 1]}`);
  }
  return out;
}

export interface InferredLink {
  targetId: number;
  taskId: number;
  /** The task's score over the indicator's total weight: how much of the name it covers. */
  coverage: number;
}

/** Links for the targets that stand outside any task, best task first per target. */
export function inferTargetTasks(targets: readonly InferTarget[], tasks: readonly InferTask[]): InferredLink[] {
  if (tasks.length === 0) return [];
  const docs = tasks.map((t) => ({ id: t.id, title: pairsOf(t.title), all: pairsOf(`${t.title}\n${t.text}`) }));
  const df = new Map<string, number>();
  for (const d of docs) for (const p of d.all) df.set(p, (df.get(p) ?? 0) + 1);
  // ln(N/df): a pair in one task of fifteen weighs 2.7; one in every task weighs 0.
  const weight = (p: string) => {
    const n = df.get(p) ?? 0;
    return n === 0 ? 0 : Math.log(tasks.length / n);
  };
  const out: InferredLink[] = [];
  for (const target of targets) {
    if (target.taskId !== null) continue;
    const pairs = [...pairsOf(target.indicator)].map((p) => [p, weight(p)] as const).filter(([, w]) => w > 0);
    const total = pairs.reduce((s, [, w]) => s + w, 0);
    if (total === 0) continue;
    const scored = docs
      .map((d) => {
        let score = 0;
        let matched = 0;
        for (const [p, w] of pairs) {
          if (!d.all.has(p)) continue;
          matched++;
          score += d.title.has(p) ? w * TITLE_WEIGHT : w;
        }
        return { taskId: d.id, score, matched };
      })
      .sort((a, b) => b.score - a.score);
    const best = scored[0]?.score ?? 0;
    if (best < MIN_COVERAGE * total) continue;
    for (const s of scored) {
      if (s.score < NEAR_BEST * best) break;
      if (s.matched < MIN_PAIRS) break;
      out.push({ targetId: target.id, taskId: s.taskId, coverage: s.score / total });
    }
  }
  return out;
}
