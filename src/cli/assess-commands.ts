// `zhiliang assess --year 2023 --rules FILE [--json]`: scores every subject of the rule set's kind
// from the data now, with the same service the web UI uses, and stores nothing. Without --rules
// the shipped county default (assets/assessment/2023-default.json) is used.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../core/errors/app-error.ts';
import type { AssessmentResult } from '../modules/assessment/assessment-service.ts';
import { ASSESSMENT_ASSETS, DEFAULT_RULE_FILES } from '../modules/assessment/default-rule-sets.ts';
import { beijingTime } from '../modules/reports/report-text.ts';
import { table } from './indicator-commands.ts';
import { CLI_CTX, withRuntime } from './run.ts';

function readRules(path: string): { name: string; content: string } {
  try {
    if (statSync(path).size > 256 * 1024)
      throw new AppError('FILE_TOO_LARGE', `考核规则文件「${basename(path)}」超过 256 KB`);
    return { name: basename(path), content: readFileSync(path, 'utf8') };
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('NOT_FOUND', `找不到考核规则文件「${path}」`);
  }
}

export function formatAssessment(r: AssessmentResult, verbose: boolean): string {
  const out = [
    `${r.year} 年度考核 — ${r.ruleSet.name}`,
    `评分时间 ${beijingTime(r.computedAt)}(北京时间); 指标数据 ${r.indicators.periodLabel}, 计算于 ${beijingTime(r.indicators.computedAt)}`,
    '',
    table(
      ['排名', '考核对象', '基本分', '扣分', '加分', '总分', '等次'],
      r.subjects.map((s) => [
        String(s.rank),
        s.name,
        String(s.base),
        String(s.deductions),
        String(s.bonus),
        String(s.total),
        `${s.grade}${s.vetoed ? '(否决)' : ''}`,
      ]),
    ),
  ];
  if (verbose) {
    for (const s of r.subjects) {
      out.push('', `${s.rank}. ${s.name}: ${s.summary}`);
      for (const i of s.items) out.push(`   - ${i.label}: ${i.basis}`);
    }
  }
  return out.join('\n');
}

export function registerAssessCommands(program: Command): void {
  program
    .command('assess')
    .description('按考核规则计算各县市(或州直部门)的得分、等次与排名(不保存)')
    .requiredOption('--year <year>', '考核年度, 如 2023')
    .option('--rules <file>', `考核规则文件(JSON), 默认 assets/assessment/${DEFAULT_RULE_FILES[0]}`)
    .option('--explain', '列出每一项得分的依据')
    .option('--json', '输出 JSON')
    .action(async (opts: { year: string; rules?: string; explain?: boolean; json?: boolean }) => {
      const year = Number(opts.year);
      if (!Number.isInteger(year) || year < 2000 || year > 2100)
        throw new AppError('PERIOD_INVALID', `年度「${opts.year}」不正确`);
      const file = readRules(opts.rules ?? `${ASSESSMENT_ASSETS}/${DEFAULT_RULE_FILES[0]}`);
      await withRuntime(async ({ services }) => {
        // Validated before anything is read: a bad rule set stops here with its rule named.
        const rules = services.assessment.parseRuleFile(file.content);
        const result = await services.assessment.compute(
          { year, rules, ruleSet: { id: null, name: rules.name, version: null }, bonuses: [] },
          CLI_CTX,
        );
        process.stdout.write(
          opts.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatAssessment(result, opts.explain ?? false)}\n`,
        );
      });
    });
}
