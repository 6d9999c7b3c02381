// The quarterly progress report and the annual assessment report, as .docx (GB/T 9704 layout)
// and every table as .xlsx. The indicator numbers come from ONE call of the indicator service
// made while the report is generated — the numbers the dashboard shows at that moment — and the
// report says when that was (the call's computedAt, in Beijing time).
import type { ReportFact } from '../../core/assessment/facts.ts';
import { SUBJECT_KIND_LABELS } from '../../core/assessment/rule-set.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { AssessmentResult, AssessmentService } from '../assessment/assessment-service.ts';
import type { ProgressFactsSource } from '../assessment/progress-facts.ts';
import type { IndicatorService } from '../indicators/indicator-service.ts';
import { type Ctx, requireActor } from '../shared/context.ts';
import type { Store } from '../store.ts';
import { type Block, type OfficialDocument, officialDocx } from './official-document.ts';
import {
  beijingTime,
  chineseDate,
  countyTable,
  indicatorSentence,
  indicatorTable,
  STATUS_ORDER,
} from './report-text.ts';
import { type Table, tablesWorkbook } from './tables-xlsx.ts';

export type ReportFormat = 'docx' | 'xlsx';

export interface GeneratedReport {
  fileName: string;
  bytes: Buffer;
  /** When the indicator values in it were computed (the indicator service's computedAt). */
  computedAt: string;
}

const QUARTER = ['一', '二', '三', '四'];
const ISSUER = '州质量强州工作领导小组办公室';

interface ReportModel {
  doc: OfficialDocument;
  about: [string, string | number][];
  computedAt: string;
  baseName: string;
}

export interface ReportsDeps {
  store: Store;
  indicators: IndicatorService;
  assessment: AssessmentService;
  progress: ProgressFactsSource;
  now: () => Date;
}

function checkYear(year: number) {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new AppError('REPORT_PERIOD_INVALID', `年度「${year}」不正确`);
}

/** Report counts per unit for the periods inside one quarter that were already due. */
function reportSummary(facts: ReportFact[]) {
  const delivered = (r: ReportFact) => r.status === 'submitted' || r.status === 'accepted';
  return {
    due: facts.length,
    onTime: facts.filter((r) => delivered(r) && !r.late).length,
    late: facts.filter((r) => delivered(r) && r.late).length,
    missing: facts.filter((r) => !delivered(r)).length,
  };
}

export function reportsService(deps: ReportsDeps) {
  const { store } = deps;

  async function prefectureName(): Promise<string> {
    const p = (await store.org.listRegions()).find((r) => r.level === 'prefecture');
    return p?.shortName ?? '';
  }

  async function render(m: ReportModel, format: ReportFormat): Promise<GeneratedReport> {
    if (format === 'docx')
      return { fileName: `${m.baseName}.docx`, bytes: await officialDocx(m.doc), computedAt: m.computedAt };
    return {
      fileName: `${m.baseName}(附表).xlsx`,
      bytes: await tablesWorkbook(m.doc.attachments, m.about),
      computedAt: m.computedAt,
    };
  }

  async function quarterlyModel(year: number, quarter: number): Promise<ReportModel> {
    checkYear(year);
    if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4)
      throw new AppError('REPORT_PERIOD_INVALID', `季度「${quarter}」不正确, 应为 1—4`);
    const period = `${year}-Q${quarter}`;
    // The one call: every indicator number below is from this answer.
    const list = await deps.indicators.list({ year, period });
    const [pref, plan, units] = await Promise.all([
      prefectureName(),
      deps.progress.forYear(year),
      store.org.listUnits(),
    ]);
    const qLabel = `第${QUARTER[quarter - 1]}季度`;
    const at = beijingTime(list.computedAt);
    const byStatus = (s: string) => list.items.filter((i) => i.status === s);

    // Reports of the periods of this quarter (a quarterly schedule's 2023-Q2, or a monthly one's 2023-04…06).
    const months = [0, 1, 2].map((k) => `${year}-${String((quarter - 1) * 3 + 1 + k).padStart(2, '0')}`);
    const inQuarter = (p: string) => p === period || months.includes(p);
    const unitIds = [...new Set((plan?.tasks ?? []).flatMap((t) => [...t.units.keys()]))];
    const perUnit = unitIds
      .map((id) => {
        const facts = (plan?.forUnits([id]).reports ?? []).filter((r) => inQuarter(r.period));
        const u = units.find((x) => x.id === id);
        return { id, name: u?.name ?? `单位 ${id}`, ...reportSummary(facts) };
      })
      .filter((u) => u.due > 0);
    const totals = perUnit.reduce(
      (t, u) => ({
        due: t.due + u.due,
        onTime: t.onTime + u.onTime,
        late: t.late + u.late,
        missing: t.missing + u.missing,
      }),
      { due: 0, onTime: 0, late: 0, missing: 0 },
    );
    const missingUnits = perUnit.filter((u) => u.missing > 0);

    const body: Block[] = [
      {
        kind: 'p',
        text: `按照${list.plan ? `《${list.plan.title}》` : '年度质量提升行动方案'}要求，现将${year}年${qLabel}全州质量提升行动推进情况报告如下。本报告的指标数据取自质量提升行动管理平台指标监测，数据截至${list.dataThrough ?? '本期'}，于${at}（北京时间）生成，与同一时刻平台目标看板显示的数值一致。`,
      },
      { kind: 'h1', text: '一、主要指标完成情况' },
      {
        kind: 'h2',
        text: `（一）总体情况。`,
      },
      {
        kind: 'p',
        text: `纳入监测的${list.items.length}项指标中，${STATUS_ORDER.map((s) => `${s}${byStatus(s).length}项`).join('，')}。`,
      },
    ];
    const met = byStatus('达标');
    if (met.length > 0) {
      body.push({ kind: 'h2', text: '（二）达到目标的指标。' });
      body.push({ kind: 'p', text: `${met.map(indicatorSentence).join('；')}。` });
    }
    const watch = [...byStatus('未达标'), ...byStatus('预警')];
    if (watch.length > 0) {
      body.push({ kind: 'h2', text: `（${met.length > 0 ? '三' : '二'}）需要关注的指标。` });
      for (const i of watch)
        body.push({ kind: 'p', text: `${indicatorSentence(i)}，${i.status}：${i.statusReason}。` });
    }
    body.push({ kind: 'h1', text: '二、重点任务推进情况' });
    body.push({
      kind: 'p',
      text:
        totals.due === 0
          ? `本季度${plan ? '暂无到期的进展报告' : '尚未导入本年度行动方案，无进展报告'}。`
          : `本季度各责任单位应报送进展报告${totals.due}份，按时报送${totals.onTime}份，逾期报送${totals.late}份，未报送或未提交${totals.missing}份。`,
    });
    body.push({ kind: 'h1', text: '三、存在的问题' });
    const problems: string[] = [];
    if (byStatus('未达标').length > 0)
      problems.push(
        `${byStatus('未达标')
          .map((i) => i.name)
          .join('、')}等${byStatus('未达标').length}项指标未达到目标`,
      );
    if (byStatus('预警').length > 0)
      problems.push(
        `${byStatus('预警')
          .map((i) => i.name)
          .join('、')}存在完不成目标的风险`,
      );
    if (missingUnits.length > 0) problems.push(`${missingUnits.map((u) => u.name).join('、')}有进展报告未按要求报送`);
    if (byStatus('数据不足').length > 0)
      problems.push(`${byStatus('数据不足').length}项指标数据不足，无法判定完成情况`);
    body.push({ kind: 'p', text: problems.length > 0 ? `${problems.join('；')}。` : '本季度未发现突出问题。' });
    body.push({ kind: 'h1', text: '四、下一步工作' });
    body.push({
      kind: 'p',
      text: '各县市、各有关部门要对照目标任务，聚焦未达标和预警指标，逐项分析原因、细化措施；按时报送进展情况并上传佐证材料；州质量办将对逾期未报和进展滞后的单位及时督办。',
    });

    const attachments: Table[] = [indicatorTable(list.items, `${pref}${year}年${qLabel}主要指标完成情况表`)];
    const counties = countyTable(list.items, `${pref}${year}年${qLabel}各县市主要指标情况表`);
    if (counties) attachments.push(counties);
    attachments.push({
      sheet: '进展报告报送情况',
      title: `${year}年${qLabel}进展报告报送情况表`,
      columns: [
        { header: '单位', key: 'name', width: 24 },
        { header: '应报', key: 'due', width: 6 },
        { header: '按时', key: 'onTime', width: 6 },
        { header: '逾期', key: 'late', width: 6 },
        { header: '未报', key: 'missing', width: 6 },
      ],
      rows: perUnit.map((u) => ({ name: u.name, due: u.due, onTime: u.onTime, late: u.late, missing: u.missing })),
    });
    const title = `${pref}${year}年${qLabel}质量提升行动\n进展情况报告`;
    return {
      doc: {
        title,
        recipients: '州人民政府：',
        body,
        attachments,
        issuer: `${pref.replace(/州$/, '')}${ISSUER}`,
        date: chineseDate(list.computedAt),
      },
      about: [
        ['报告', title.replace('\n', '')],
        ['期间', list.periodInfo.label],
        ['数据截至', list.dataThrough ?? '—'],
        ['指标计算时间(北京时间)', at],
        ['指标计算时间(UTC)', list.computedAt],
      ],
      computedAt: list.computedAt,
      baseName: `${pref}${year}年${qLabel}质量提升行动进展情况报告`,
    };
  }

  async function annualModel(year: number, roundId: number | undefined, ctx: Ctx): Promise<ReportModel> {
    checkYear(year);
    // The assessment: the given round, else the year's latest published one, else its latest scored one.
    let result: AssessmentResult | null = null;
    let status = '';
    let roundTitle = '';
    if (roundId !== undefined) {
      const r = await deps.assessment.rounds.result(roundId, ctx);
      result = r.result;
      status = r.round.status;
      roundTitle = r.round.title;
    } else {
      const rounds = await store.assessment.listRounds({ year });
      const pick = rounds.find((r) => r.status === 'published' && r.result) ?? rounds.find((r) => r.result);
      if (pick) {
        result = pick.result as AssessmentResult;
        status = pick.status;
        roundTitle = pick.title;
      }
    }
    const list = await deps.indicators.list({ year });
    const pref = await prefectureName();
    const at = beijingTime(list.computedAt);
    const kindLabel = result ? SUBJECT_KIND_LABELS[result.kind] : '县市';
    const body: Block[] = [];
    const attachments: Table[] = [];
    if (result) {
      body.push({
        kind: 'p',
        text: `根据《${result.ruleSet.name}》（第${result.ruleSet.version ?? 1}版），按照单位自评、州质量办评分、复核${status === 'published' ? '、公布' : ''}的程序，对${year}年度各${kindLabel}质量工作进行了考核。考核评分于${beijingTime(result.computedAt)}（北京时间）完成，所用指标数据于${beijingTime(result.indicators.computedAt)}取自平台指标监测。${status === 'published' ? '' : '本考核结果尚未发布，仅供内部审阅。'}现将考核结果通报如下。`,
      });
      body.push({ kind: 'h1', text: '一、考核结果' });
      const grades = result.grades.map((g) => g.grade);
      for (const g of grades) {
        const names = result.subjects.filter((s) => s.grade === g).map((s) => s.name);
        if (names.length > 0) body.push({ kind: 'p', text: `${g}等次（${names.length}个）：${names.join('、')}。` });
      }
      const vetoed = result.subjects.filter((s) => s.vetoed);
      if (vetoed.length > 0)
        body.push({ kind: 'p', text: `${vetoed.map((s) => s.name).join('、')}因发生重大质量安全事故，实行一票否决。` });
      body.push({
        kind: 'p',
        text: `按总分排名：${result.subjects.map((s) => `${s.rank}.${s.name}（${s.total}分）`).join('，')}。各项得分及依据见附件。`,
      });
      attachments.push({
        sheet: '考核结果排名',
        title: `${year}年度${kindLabel}质量工作考核结果排名表`,
        columns: [
          { header: '排名', key: 'rank', width: 5 },
          { header: '考核对象', key: 'name', width: 22 },
          { header: '基本分', key: 'base', width: 8 },
          { header: '扣分', key: 'deductions', width: 7 },
          { header: '加分', key: 'bonus', width: 7 },
          { header: '总分', key: 'total', width: 8 },
          { header: '等次', key: 'grade', width: 6 },
        ],
        rows: result.subjects.map((s) => ({
          rank: s.rank,
          name: s.name,
          base: s.base,
          deductions: s.deductions,
          bonus: s.bonus,
          total: s.total,
          grade: `${s.grade}${s.vetoed ? '（否决）' : ''}`,
        })),
      });
      attachments.push({
        sheet: '得分明细',
        title: `${year}年度${kindLabel}质量工作考核得分明细表`,
        columns: [
          { header: '考核对象', key: 'name', width: 12 },
          { header: '考核项目', key: 'label', width: 14 },
          { header: '分值', key: 'max', width: 6 },
          { header: '得分', key: 'points', width: 6 },
          { header: '计分依据', key: 'basis', width: 48 },
        ],
        rows: result.subjects.flatMap((s) =>
          s.items.map((i) => ({ name: s.name, label: i.label, max: i.max, points: i.points, basis: i.basis })),
        ),
      });
    } else {
      body.push({
        kind: 'p',
        text: `${year}年度考核尚未评分，本报告仅列出年度主要指标完成情况。指标数据于${at}（北京时间）取自平台指标监测。`,
      });
    }
    const byStatus = (s: string) => list.items.filter((i) => i.status === s);
    body.push({ kind: 'h1', text: `${result ? '二' : '一'}、年度主要指标完成情况` });
    body.push({
      kind: 'p',
      text: `截至${at}（北京时间），纳入监测的${list.items.length}项指标中，${STATUS_ORDER.map((s) => `${s}${byStatus(s).length}项`).join('，')}，与同一时刻平台目标看板显示的数值一致。${byStatus('达标').length > 0 ? `达到目标的有：${byStatus('达标').map(indicatorSentence).join('；')}。` : ''}`,
    });
    if (byStatus('未达标').length > 0)
      body.push({ kind: 'p', text: `未达到目标的有：${byStatus('未达标').map(indicatorSentence).join('；')}。` });
    body.push({ kind: 'h1', text: `${result ? '三' : '二'}、工作要求` });
    body.push({
      kind: 'p',
      text: '各县市、各有关部门要对照考核结果，认真查找差距，对未达标指标和扣分事项逐项制定整改措施，整改情况纳入下一年度考核。',
    });
    attachments.push(indicatorTable(list.items, `${pref}${year}年度主要指标完成情况表`));
    const title = result
      ? `关于${year}年度${kindLabel}质量工作\n考核结果的通报`
      : `${pref}${year}年度质量提升行动\n主要指标完成情况报告`;
    return {
      doc: {
        title,
        recipients: result?.kind === 'department' ? '州直各有关部门：' : '各县市人民政府，州直各有关部门：',
        body,
        attachments,
        issuer: `${pref.replace(/州$/, '')}${ISSUER}`,
        date: chineseDate(list.computedAt),
      },
      about: [
        ['报告', title.replace('\n', '')],
        ['考核', roundTitle || '—'],
        ['考核评分时间(北京时间)', result ? beijingTime(result.computedAt) : '—'],
        ['指标计算时间(北京时间)', at],
        ['指标计算时间(UTC)', list.computedAt],
      ],
      computedAt: list.computedAt,
      baseName: `${pref}${year}年度${result ? `${kindLabel}质量工作考核结果通报` : '主要指标完成情况报告'}`,
    };
  }

  return {
    async quarterly(q: { year: number; quarter: number }, format: ReportFormat, ctx: Ctx) {
      requireActor(ctx);
      return render(await quarterlyModel(q.year, q.quarter), format);
    },

    async annual(q: { year: number; roundId?: number }, format: ReportFormat, ctx: Ctx) {
      requireActor(ctx);
      return render(await annualModel(q.year, q.roundId, ctx), format);
    },
  };
}

export type ReportsService = ReturnType<typeof reportsService>;
