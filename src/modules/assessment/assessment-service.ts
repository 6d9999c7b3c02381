// Assessment (考核): rule sets (validated files, versioned), rounds that go self-evaluation →
// scoring by the 州质量办 → review (by another office user than the scorer) → publication,
// bonuses with evidence, and the computation itself, which the CLI also runs without storing
// anything. Every write and its audit entry commit together; round changes name the version
// they were based on.
import { createHash } from 'node:crypto';
import type { Actor } from '../../core/access/roles.ts';
import type { BonusEntry } from '../../core/assessment/facts.ts';
import {
  ROUND_STATUS_LABELS,
  type RoundAction,
  type RoundActors,
  type RoundStatus,
  roundTransition,
} from '../../core/assessment/round-workflow.ts';
import { parseRuleSet, type RuleSet, type SubjectKind } from '../../core/assessment/rule-set.ts';
import { rankScores, type SubjectScore, scoreSubject } from '../../core/assessment/score-subject.ts';
import { isOffice, seesSubject, selfEvaluates } from '../../core/assessment/subject-access.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { CATALOGUE, indicatorByCode } from '../../core/indicators/catalogue.ts';
import { nowIso } from '../shared/clock.ts';
import { auditActor, type Ctx, requireActor } from '../shared/context.ts';
import type { EvidenceFiles } from '../shared/evidence-files.ts';
import { fileView } from '../shared/stored-file.ts';
import type { Repos, Store } from '../store.ts';
import { type FactsDeps, type GatheredFacts, gatherFacts, type SubjectInfo, subjectsOf } from './assessment-facts.ts';
import type {
  BonusFileRecord,
  BonusRow,
  RoundRow,
  RuleSetRow,
  SelfEvaluationRow,
  SelfItem,
} from './assessment-repository.ts';
import { bonusEvidence } from './bonus-evidence.ts';
import { DEFAULT_RULE_FILES, readDefaultRuleFile } from './default-rule-sets.ts';

const KNOWN_INDICATORS = new Set(CATALOGUE.map((d) => d.code));
const MAX_RULE_FILE = 256 * 1024;

export interface ScoredSubject extends SubjectScore {
  selfScore: number | null;
}

/** A scored result, frozen into the round: the scores and exactly which data they were read from. */
export interface AssessmentResult {
  year: number;
  kind: SubjectKind;
  computedAt: string;
  ruleSet: { id: number | null; name: string; version: number | null };
  scale: number;
  grades: RuleSet['grades'];
  indicators: GatheredFacts['indicators'];
  plan: GatheredFacts['plan'];
  progressAsOf: string | null;
  subjects: ScoredSubject[];
}

export interface SelfInput {
  /** The self-evaluation version the edit is based on (absent for the first save). */
  version?: number;
  selfScore: number | null;
  text: string;
  items: SelfItem[];
  submit: boolean;
}

export interface BonusInput {
  version: number;
  subjectKey: string;
  ruleId: string;
  title: string;
  count: number;
  evidence: string;
}

export interface AssessmentDeps extends FactsDeps {
  now: () => Date;
}

/** The indicator period a rule set asks for, moved to the assessed year (2023-YTD → 2024-YTD). */
export function indicatorPeriodFor(rules: RuleSet, year: number): string {
  const p = rules.indicatorPeriod?.trim();
  return p ? `${year}${p.slice(4)}` : String(year);
}

function invalidRules(problems: { message: string }[]): AppError {
  const first = problems[0]?.message ?? '';
  return new AppError(
    'ASSESSMENT_RULES_INVALID',
    `考核规则不符合要求,未保存: ${first}${problems.length > 1 ? ` 等 ${problems.length} 处问题` : ''}`,
    problems.map((p) => ({ message: p.message })),
  );
}

/** Parses rule-set text (JSON) and validates it; every problem names its rule. */
export function parseRuleFile(content: string): RuleSet {
  let json: unknown;
  try {
    json = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new AppError('ASSESSMENT_RULES_INVALID', `考核规则文件不是有效的 JSON: ${(e as Error).message}`);
  }
  const r = parseRuleSet(json, KNOWN_INDICATORS);
  if (!r.ok) throw invalidRules(r.problems);
  return r.rules;
}

const indicatorName = (code: string) => indicatorByCode(code)?.name ?? code;

export function assessmentService(store: Store, deps: AssessmentDeps) {
  const now = () => nowIso(deps.now());

  async function ruleSetOf(id: number): Promise<{ row: RuleSetRow; rules: RuleSet }> {
    const row = await store.assessment.findRuleSet(id);
    if (!row) throw new AppError('ASSESSMENT_RULE_SET_NOT_FOUND');
    // Stored sets were valid when uploaded; re-validating catches a catalogue that lost an indicator.
    const r = parseRuleSet(row.body, KNOWN_INDICATORS);
    if (!r.ok) throw invalidRules(r.problems);
    return { row, rules: r.rules };
  }

  async function roundOf(id: number): Promise<RoundRow> {
    const round = await store.assessment.findRound(id);
    if (!round) throw new AppError('ASSESSMENT_ROUND_NOT_FOUND');
    return round;
  }

  function requireOffice(ctx: Ctx): Actor {
    const actor = requireActor(ctx);
    if (!isOffice(actor)) throw new AppError('FORBIDDEN', '只有州质量办可以执行此操作');
    return actor;
  }

  function allow(status: RoundStatus, action: RoundAction, actors?: RoundActors): RoundStatus {
    const t = roundTransition(status, action, actors);
    if (!t.ok)
      throw new AppError(t.refusal === 'same_person' ? 'ASSESSMENT_REVIEWER_IS_SCORER' : 'ASSESSMENT_STATE', t.message);
    return t.next;
  }

  /** Who acts on a round and who last scored it, for the rules that depend on the person. */
  function actorsOf(ctx: Ctx, round: RoundRow): RoundActors {
    const who = auditActor(ctx);
    const scored = round.scoredById !== null || round.scoredBy !== null;
    return {
      actor: { id: who.actorId, name: who.actorName },
      scorer: scored ? { id: round.scoredById, name: round.scoredBy } : null,
    };
  }

  /**
   * Re-reads the round inside the transaction; the caller's version must still be current. With
   * the caller's ctx the person rules apply too, judged on this same fresh row (who scored it).
   */
  async function fresh(r: Repos, id: number, version: number, action: RoundAction, ctx?: Ctx) {
    const cur = await r.assessment.findRound(id);
    if (!cur) throw new AppError('ASSESSMENT_ROUND_NOT_FOUND');
    if (cur.version !== version)
      throw new AppError(
        'ASSESSMENT_VERSION_CONFLICT',
        `该考核已被他人修改(当前状态: ${ROUND_STATUS_LABELS[cur.status]}),请刷新后再操作`,
      );
    return { cur, next: allow(cur.status, action, ctx ? actorsOf(ctx, cur) : undefined) };
  }

  /** A stored result and who computed it: whoever scores a round may not review it. */
  function scoredBy(result: AssessmentResult, who: ReturnType<typeof auditActor>) {
    return { result, scoredAt: result.computedAt, scoredBy: who.actorName, scoredById: who.actorId };
  }

  async function cas(r: Repos, cur: RoundRow, patch: Parameters<Repos['assessment']['updateRound']>[2]) {
    if (!(await r.assessment.updateRound(cur.id, cur.version, patch)))
      throw new AppError('ASSESSMENT_VERSION_CONFLICT');
  }

  async function compute(
    q: {
      year: number;
      rules: RuleSet;
      ruleSet: AssessmentResult['ruleSet'];
      bonuses: (BonusEntry & { subjectKey: string })[];
      selfScores?: Map<string, number | null>;
    },
    ctx: Ctx,
  ): Promise<AssessmentResult> {
    const facts = await gatherFacts(
      deps,
      { kind: q.rules.kind, year: q.year, period: indicatorPeriodFor(q.rules, q.year), bonuses: q.bonuses },
      ctx,
    );
    const scores = facts.subjects.map((f) => scoreSubject(q.rules, f, { year: q.year, indicatorName }));
    return {
      year: q.year,
      kind: q.rules.kind,
      computedAt: now(),
      ruleSet: q.ruleSet,
      scale: q.rules.scale,
      grades: q.rules.grades,
      indicators: facts.indicators,
      plan: facts.plan,
      progressAsOf: facts.progressAsOf,
      subjects: rankScores(scores).map((s) => ({ ...s, selfScore: q.selfScores?.get(s.key) ?? null })),
    };
  }

  /**
   * Scores a round from the data now. Runs outside any transaction (the indicator, incident and
   * disposal services read through their own connections); the caller then writes the result
   * with the version it read, so a change in between makes the write fail instead of going stale.
   */
  async function scoreRound(round: RoundRow, ctx: Ctx, bonusRows?: BonusRow[]): Promise<AssessmentResult> {
    const { row, rules } = await ruleSetOf(round.ruleSetId);
    const [bonuses, selfs] = await Promise.all([
      bonusRows ?? store.assessment.bonuses(round.id),
      store.assessment.selfEvaluations(round.id),
    ]);
    return compute(
      {
        year: round.year,
        rules,
        ruleSet: { id: row.id, name: row.name, version: row.version },
        bonuses: bonuses.map(toEntry),
        selfScores: new Map(selfs.filter((s) => s.status === 'submitted').map((s) => [s.subjectKey, s.selfScore])),
      },
      ctx,
    );
  }

  const toEntry = (b: BonusRow): BonusEntry & { subjectKey: string } => ({
    id: b.id,
    ruleId: b.ruleId,
    title: b.title,
    count: b.count,
    evidence: b.evidence,
    subjectKey: b.subjectKey,
  });

  async function subjectOf(round: RoundRow, key: string): Promise<SubjectInfo> {
    const s = (await subjectsOf(deps, round.kind, round.year)).find((x) => x.key === key);
    if (!s) throw new AppError('ASSESSMENT_SUBJECT_NOT_FOUND', `考核对象「${key}」不在本次考核范围内`);
    return s;
  }

  async function view(id: number, ctx: Ctx) {
    const actor = requireActor(ctx);
    const round = await roundOf(id);
    const office = isOffice(actor);
    const [row, subjects, selfs, bonuses, bonusFiles] = await Promise.all([
      store.assessment.findRuleSet(round.ruleSetId),
      subjectsOf(deps, round.kind, round.year),
      store.assessment.selfEvaluations(id),
      store.assessment.bonuses(id),
      // Bonus files are the office's working papers: listed (and downloadable) for the office only,
      // never for units or viewers, even once the round is published.
      office ? store.assessment.bonusFiles(id) : Promise.resolve([] as BonusFileRecord[]),
    ]);
    const published = round.status === 'published';
    const visible = subjects.filter((s) => published || seesSubject(actor, s));
    const result = round.result as AssessmentResult | null;
    const scoreOf = new Map((result?.subjects ?? []).map((s) => [s.key, s]));
    // Before publication a unit sees its own score only once the office has reviewed it.
    const showScores = office || actor.role === 'viewer' || round.status === 'reviewed' || published;
    return {
      id: round.id,
      year: round.year,
      kind: round.kind,
      title: round.title,
      status: round.status,
      statusLabel: ROUND_STATUS_LABELS[round.status],
      version: round.version,
      ruleSet: row ? { id: row.id, name: row.name, version: row.version } : null,
      returnReason: round.returnReason,
      createdAt: round.createdAt,
      createdBy: round.createdBy,
      scoredAt: round.scoredAt,
      scoredBy: round.scoredBy,
      scoredById: round.scoredById,
      reviewedAt: round.reviewedAt,
      reviewedBy: round.reviewedBy,
      publishedAt: round.publishedAt,
      publishedBy: round.publishedBy,
      result:
        result && showScores
          ? {
              computedAt: result.computedAt,
              indicators: result.indicators,
              plan: result.plan,
              progressAsOf: result.progressAsOf,
              scale: result.scale,
              grades: result.grades,
            }
          : null,
      subjects: visible.map((s) => ({
        key: s.key,
        name: s.name,
        regionCode: s.regionCode,
        unitIds: s.unitIds,
        self:
          selfs.find(
            (x) => x.subjectKey === s.key && (office || x.status === 'submitted' || selfEvaluates(actor, s)),
          ) ?? null,
        bonuses:
          office || published
            ? bonuses
                .filter((b) => b.subjectKey === s.key)
                .map((b) => ({ ...b, files: bonusFiles.filter((f) => f.bonusId === b.id).map(fileView) }))
            : [],
        score: showScores ? (scoreOf.get(s.key) ?? null) : null,
        canSelfEvaluate: round.status === 'self_evaluation' && selfEvaluates(actor, s),
      })),
      ranking: showScores && result ? result.subjects.filter((s) => visible.some((v) => v.key === s.key)) : [],
      can: {
        score: office && roundTransition(round.status, 'score').ok,
        bonus: office && roundTransition(round.status, 'bonus').ok,
        review: office && roundTransition(round.status, 'review').ok,
        return: office && roundTransition(round.status, 'return').ok,
        publish: office && roundTransition(round.status, 'publish').ok,
      },
    };
  }

  return {
    /** Computes scores from the data now, storing nothing (the CLI, previews). */
    compute,
    parseRuleFile,

    /** Evidence files of bonuses, stored in `files` (<dataDir>/evidence), on this service's clock. */
    bonusEvidence: (files: EvidenceFiles, maxBytes: number) => bonusEvidence(store, files, maxBytes, deps.now),

    ruleSets: {
      list: () => store.assessment.listRuleSets(),

      async get(id: number) {
        const { row, rules } = await ruleSetOf(id);
        return { ...row, rules };
      },

      /** Validates and stores a rule-set file; the same content twice is the same rule set. */
      async upload(file: { fileName: string; content: string }, ctx: Ctx): Promise<RuleSetRow & { created: boolean }> {
        requireOffice(ctx);
        if (file.content.length > MAX_RULE_FILE) throw new AppError('FILE_TOO_LARGE', '考核规则文件超过 256 KB');
        const rules = parseRuleFile(file.content);
        const body = JSON.parse(file.content.replace(/^\uFEFF/, '')) as unknown;
        const sha256 = createHash('sha256').update(JSON.stringify(body)).digest('hex');
        const same = await store.assessment.findRuleSetBySha(sha256);
        if (same) return { ...same, created: false };
        const actor = auditActor(ctx);
        return store.transaction(async (r) => {
          const version = await r.assessment.nextRuleSetVersion(rules.name);
          const row: Omit<RuleSetRow, 'id'> = {
            name: rules.name,
            version,
            kind: rules.kind,
            year: rules.year,
            fileName: file.fileName,
            sha256,
            body,
            uploadedAt: now(),
            uploadedByName: actor.actorName,
          };
          const id = await r.assessment.insertRuleSet({ ...row, uploadedBy: actor.actorId });
          await r.audit.record({
            ...actor,
            action: 'assessment.rules.uploaded',
            entity: 'assessment_rule_set',
            entityId: id,
            after: { name: rules.name, version, kind: rules.kind, year: rules.year, fileName: file.fileName, sha256 },
          });
          return { id, ...row, created: true };
        });
      },

      /** Loads the shipped default rule sets (counties and departments). */
      async loadDefaults(ctx: Ctx) {
        const out = [];
        for (const name of DEFAULT_RULE_FILES) out.push(await this.upload(readDefaultRuleFile(name), ctx));
        return out;
      },
    },

    rounds: {
      async list(q: { year?: number }, ctx: Ctx) {
        requireActor(ctx);
        const [rounds, sets] = await Promise.all([store.assessment.listRounds(q), store.assessment.listRuleSets()]);
        return rounds.map((r) => {
          const set = sets.find((s) => s.id === r.ruleSetId);
          return {
            id: r.id,
            year: r.year,
            kind: r.kind,
            title: r.title,
            status: r.status,
            statusLabel: ROUND_STATUS_LABELS[r.status],
            version: r.version,
            ruleSet: set ? { id: set.id, name: set.name, version: set.version } : null,
            createdAt: r.createdAt,
            scoredAt: r.scoredAt,
            publishedAt: r.publishedAt,
          };
        });
      },

      get: view,

      async create(input: { year: number; ruleSetId: number; title?: string }, ctx: Ctx) {
        requireOffice(ctx);
        const { row, rules } = await ruleSetOf(input.ruleSetId);
        const title =
          input.title?.trim() || `${input.year}年度${rules.kind === 'county' ? '县市' : '州直部门'}质量工作考核`;
        const actor = auditActor(ctx);
        const id = await store.transaction(async (r) => {
          const id = await r.assessment.insertRound({
            year: input.year,
            kind: rules.kind,
            title,
            ruleSetId: row.id,
            status: 'self_evaluation',
            createdAt: now(),
            createdBy: actor.actorName,
          });
          await r.audit.record({
            ...actor,
            action: 'assessment.round.created',
            entity: 'assessment_round',
            entityId: id,
            after: { year: input.year, kind: rules.kind, title, ruleSetId: row.id, ruleSetVersion: row.version },
          });
          return id;
        });
        return view(id, ctx);
      },

      async saveSelf(id: number, subjectKey: string, input: SelfInput, ctx: Ctx) {
        const actor = requireActor(ctx);
        const round = await roundOf(id);
        allow(round.status, 'self_evaluate');
        const subject = await subjectOf(round, subjectKey);
        if (!selfEvaluates(actor, subject)) throw new AppError('FORBIDDEN_SCOPE', '只能填写本县市或本部门的自评');
        const { rules } = await ruleSetOf(round.ruleSetId);
        const ruleIds = new Set([
          ...rules.indicators.map((x) => x.id),
          ...(rules.linkedIndicators ? [rules.linkedIndicators.id] : []),
          ...rules.tasks.map((x) => x.id),
          ...rules.deductions.map((x) => x.id),
          ...rules.bonuses.rules.map((x) => x.id),
        ]);
        for (const item of input.items)
          if (!ruleIds.has(item.ruleId))
            throw new AppError('VALIDATION_FAILED', `自评项「${item.ruleId}」不是本考核规则中的规则`);
        const at = now();
        const who = auditActor(ctx);
        await store.transaction(async (r) => {
          const cur = await r.assessment.findSelfEvaluation(id, subjectKey);
          const next = {
            status: input.submit ? ('submitted' as const) : ('draft' as const),
            selfScore: input.selfScore,
            text: input.text,
            items: input.items,
            updatedAt: at,
            updatedBy: who.actorName,
            submittedAt: input.submit ? at : null,
            submittedBy: input.submit ? who.actorName : null,
          };
          if (!cur) {
            await r.assessment.insertSelfEvaluation({ roundId: id, subjectKey, ...next });
          } else {
            if (input.version !== undefined && input.version !== cur.version)
              throw new AppError(
                'ASSESSMENT_VERSION_CONFLICT',
                '自评已被他人修改,请刷新后再填写;您填写的内容仍保留在页面上',
              );
            if (!(await r.assessment.updateSelfEvaluation(cur.id, cur.version, next)))
              throw new AppError('ASSESSMENT_VERSION_CONFLICT');
          }
          // The round must still be open for self-evaluation when this commits.
          const latest = await r.assessment.findRound(id);
          if (latest?.status !== 'self_evaluation') allow(latest?.status ?? 'published', 'self_evaluate');
          await r.audit.record({
            ...who,
            action: input.submit ? 'assessment.self.submitted' : 'assessment.self.saved',
            entity: 'assessment_self_evaluation',
            entityId: `${id}/${subjectKey}`,
            before: cur ? { status: cur.status, selfScore: cur.selfScore } : undefined,
            after: { status: next.status, selfScore: next.selfScore, items: next.items.length },
          });
        });
        return (await store.assessment.findSelfEvaluation(id, subjectKey)) as SelfEvaluationRow;
      },

      async addBonus(id: number, input: BonusInput, ctx: Ctx) {
        requireOffice(ctx);
        const round = await roundOf(id);
        if (round.version !== input.version) throw new AppError('ASSESSMENT_VERSION_CONFLICT');
        allow(round.status, 'bonus');
        await subjectOf(round, input.subjectKey);
        const { rules } = await ruleSetOf(round.ruleSetId);
        const rule = rules.bonuses.rules.find((b) => b.id === input.ruleId);
        if (!rule)
          throw new AppError(
            'VALIDATION_FAILED',
            `加分项「${input.ruleId}」不在考核规则中, 可选: ${rules.bonuses.rules.map((b) => `${b.id}(${b.label})`).join('、') || '无'}`,
          );
        if (!input.title.trim()) throw new AppError('VALIDATION_FAILED', '加分须填写事项名称');
        if (!input.evidence.trim()) throw new AppError('VALIDATION_FAILED', '加分须填写佐证材料(文件名称、文号等)');
        const who = auditActor(ctx);
        const bonus: Omit<BonusRow, 'id'> = {
          roundId: id,
          subjectKey: input.subjectKey,
          ruleId: input.ruleId,
          title: input.title.trim(),
          count: input.count,
          evidence: input.evidence.trim(),
          createdAt: now(),
          createdBy: who.actorName,
        };
        // A scored round is re-scored with the new bonus, so the stored result never misses one.
        const rescored =
          round.status === 'scored'
            ? await scoreRound(round, ctx, [...(await store.assessment.bonuses(id)), { id: 0, ...bonus }])
            : null;
        await store.transaction(async (r) => {
          const { cur } = await fresh(r, id, input.version, 'bonus');
          const bonusId = await r.assessment.insertBonus(bonus);
          await cas(r, cur, rescored ? scoredBy(rescored, who) : {});
          await r.audit.record({
            ...who,
            action: 'assessment.bonus.added',
            entity: 'assessment_round',
            entityId: id,
            after: { bonusId, ...bonus },
          });
        });
        return view(id, ctx);
      },

      async removeBonus(id: number, bonusId: number, input: { version: number }, ctx: Ctx) {
        requireOffice(ctx);
        const round = await roundOf(id);
        if (round.version !== input.version) throw new AppError('ASSESSMENT_VERSION_CONFLICT');
        allow(round.status, 'bonus');
        const remaining = await store.assessment.bonuses(id);
        if (!remaining.some((b) => b.id === bonusId)) throw new AppError('NOT_FOUND', '加分项不存在');
        const who = auditActor(ctx);
        const rescored =
          round.status === 'scored'
            ? await scoreRound(
                round,
                ctx,
                remaining.filter((b) => b.id !== bonusId),
              )
            : null;
        await store.transaction(async (r) => {
          const { cur } = await fresh(r, id, input.version, 'bonus');
          // Its files go with it (their rows reference it); the audit entry names them.
          const removed = await r.assessment.deleteBonus(id, bonusId);
          if (!removed) throw new AppError('NOT_FOUND', '加分项不存在');
          await cas(r, cur, rescored ? scoredBy(rescored, who) : {});
          await r.audit.record({
            ...who,
            action: 'assessment.bonus.removed',
            entity: 'assessment_round',
            entityId: id,
            before: {
              ...removed.bonus,
              files: removed.files.map((f) => ({ evidenceId: f.id, fileName: f.fileName, sha256: f.sha256 })),
            },
          });
        });
        return view(id, ctx);
      },

      async score(id: number, input: { version: number }, ctx: Ctx) {
        requireOffice(ctx);
        const round = await roundOf(id);
        if (round.version !== input.version) throw new AppError('ASSESSMENT_VERSION_CONFLICT');
        allow(round.status, 'score');
        const result = await scoreRound(round, ctx);
        const who = auditActor(ctx);
        await store.transaction(async (r) => {
          const { cur, next } = await fresh(r, id, input.version, 'score');
          await cas(r, cur, { status: next, ...scoredBy(result, who), returnReason: null });
          await r.audit.record({
            ...who,
            action: 'assessment.round.scored',
            entity: 'assessment_round',
            entityId: id,
            before: { status: cur.status },
            after: {
              status: next,
              indicatorsComputedAt: result.indicators.computedAt,
              totals: result.subjects.map((s) => ({ key: s.key, total: s.total, grade: s.grade, rank: s.rank })),
            },
          });
        });
        return view(id, ctx);
      },

      async review(id: number, input: { version: number }, ctx: Ctx) {
        requireOffice(ctx);
        const who = auditActor(ctx);
        await store.transaction(async (r) => {
          // 四眼原则: refused (and nothing written) when the reviewer is who last scored the round.
          const { cur, next } = await fresh(r, id, input.version, 'review', ctx);
          await cas(r, cur, { status: next, reviewedAt: now(), reviewedBy: who.actorName, reviewedById: who.actorId });
          await r.audit.record({
            ...who,
            action: 'assessment.round.reviewed',
            entity: 'assessment_round',
            entityId: id,
            before: { status: cur.status },
            after: { status: next },
          });
        });
        return view(id, ctx);
      },

      async returnRound(id: number, input: { version: number; reason: string }, ctx: Ctx) {
        requireOffice(ctx);
        const reason = input.reason.trim();
        if (!reason) throw new AppError('VALIDATION_FAILED', '退回须说明原因');
        const who = auditActor(ctx);
        await store.transaction(async (r) => {
          const { cur, next } = await fresh(r, id, input.version, 'return');
          await cas(r, cur, {
            status: next,
            returnReason: reason,
            reviewedAt: null,
            reviewedBy: null,
            reviewedById: null,
          });
          await r.audit.record({
            ...who,
            action: 'assessment.round.returned',
            entity: 'assessment_round',
            entityId: id,
            before: { status: cur.status },
            after: { status: next, reason },
          });
        });
        return view(id, ctx);
      },

      async publish(id: number, input: { version: number }, ctx: Ctx) {
        requireOffice(ctx);
        const who = auditActor(ctx);
        await store.transaction(async (r) => {
          const { cur, next } = await fresh(r, id, input.version, 'publish');
          await cas(r, cur, { status: next, publishedAt: now(), publishedBy: who.actorName });
          await r.audit.record({
            ...who,
            action: 'assessment.round.published',
            entity: 'assessment_round',
            entityId: id,
            before: { status: cur.status },
            after: { status: next },
          });
        });
        return view(id, ctx);
      },

      /** The stored result of a round, for reports and exports (office, or anyone once published). */
      async result(id: number, ctx: Ctx): Promise<{ round: RoundRow; result: AssessmentResult }> {
        const actor = requireActor(ctx);
        const round = await roundOf(id);
        if (round.status !== 'published' && !isOffice(actor) && actor.role !== 'viewer')
          throw new AppError('FORBIDDEN', '考核结果发布前仅州质量办可以查看');
        if (!round.result) throw new AppError('ASSESSMENT_STATE', '该考核尚未评分');
        return { round, result: round.result as AssessmentResult };
      },

      subjects: (kind: SubjectKind, year: number) => subjectsOf(deps, kind, year),
    },

    /** Published rounds only, without evidence (text or files): what the public may read. */
    published: {
      async list() {
        const rounds = await store.assessment.listRounds({ status: 'published' });
        return rounds.map((r) => ({
          id: r.id,
          year: r.year,
          kind: r.kind,
          title: r.title,
          publishedAt: r.publishedAt as string,
        }));
      },

      async get(id: number) {
        const round = await store.assessment.findRound(id);
        if (round?.status !== 'published' || !round.result) throw new AppError('PUBLIC_RELEASE_NOT_FOUND');
        const result = round.result as AssessmentResult;
        return {
          id: round.id,
          year: round.year,
          kind: round.kind,
          title: round.title,
          publishedAt: round.publishedAt as string,
          computedAt: result.computedAt,
          indicatorsComputedAt: result.indicators.computedAt,
          periodLabel: result.indicators.periodLabel,
          ruleSet: { name: result.ruleSet.name, version: result.ruleSet.version },
          scale: result.scale,
          grades: result.grades,
          subjects: result.subjects.map((s) => ({
            key: s.key,
            name: s.name,
            rank: s.rank,
            base: s.base,
            deductions: s.deductions,
            bonus: s.bonus,
            total: s.total,
            grade: s.grade,
            vetoed: s.vetoed,
            summary: s.summary,
            // Evidence and internal links stay inside; the public reads the rule and its basis.
            items: s.items.map((i) => ({
              ruleId: i.ruleId,
              category: i.category,
              label: i.label,
              max: i.max,
              points: i.points,
              basis: i.basis,
            })),
          })),
        };
      },
    },
  };
}

export type AssessmentService = ReturnType<typeof assessmentService>;
