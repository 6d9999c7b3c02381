import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { xlsxOf } from '../modules/records/fixtures.test-support.ts';
import type { ImportReport } from '../modules/records/import-report.ts';
import { PROJECT_ROOT } from '../server/bootstrap.ts';
import { formatProblem, formatReport } from './import-commands.ts';

const dir = mkdtempSync(join(tmpdir(), 'zl-import-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  // The embedded SQLite database in a temporary directory, whatever the caller's environment says.
  const { DATABASE_URL: _ignored, ...env } = process.env;
  return spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin', 'zhiliang.js'), ...args], {
    cwd: dir,
    env: { ...env, DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent' },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

const report: ImportReport = {
  kind: 'air-daily',
  file: 'a.xlsx',
  dryRun: false,
  stored: false,
  importId: null,
  rows: 2,
  inserted: 0,
  updated: 0,
  warnings: [{ file: 'a.xlsx', row: 3, column: '城市', message: '无法确定所属地区' }],
  warningCount: 1,
  errors: [
    { file: 'a.xlsx', row: 2, column: 'CO', message: 'CO 应以 mg/m³ 填报' },
    { file: 'a.xlsx', message: '另有 3 个问题未列出' },
  ],
  errorCount: 5,
};

describe('import command output', () => {
  it('prints each problem as 文件 第N行 列「X」: message', () => {
    expect(formatProblem({ file: 'a.xlsx', row: 2, column: 'CO', message: '太大' })).toBe(
      'a.xlsx 第2行 列「CO」: 太大',
    );
    expect(formatProblem({ file: 'a.xlsx', message: '没有表头' })).toBe('a.xlsx: 没有表头');
    expect(formatReport(report).split('\n')).toEqual([
      '「a.xlsx」有 5 个问题,未导入任何数据:',
      '  a.xlsx 第2行 列「CO」: CO 应以 mg/m³ 填报',
      '  a.xlsx: 另有 3 个问题未列出',
      '提示 1 条:',
      '  a.xlsx 第3行 列「城市」: 无法确定所属地区',
    ]);
    expect(
      formatReport({
        ...report,
        errors: [],
        errorCount: 0,
        warnings: [],
        warningCount: 0,
        stored: true,
        importId: 4,
        inserted: 2,
      }),
    ).toBe('已导入「a.xlsx」:2 行,新增 2 条、更新 0 条(导入编号 4)');
  });

  it('runs end to end: exit 2 with row problems, then imports and writes a template', {
    timeout: 240_000,
  }, async () => {
    const bad = join(dir, 'bad.xlsx');
    writeFileSync(
      bad,
      await xlsxOf([
        ['县城', '月份', '处理量', '污水总量'],
        ['康乐县', '2023-05', -1, 40],
        ['永靖县', '2022-05', 10, 40],
      ]),
    );
    const failed = cli('import', 'sewage', bad, '--year', '2023');
    expect(failed.status, failed.stderr).toBe(2);
    expect(failed.stderr).toContain('bad.xlsx 第2行 列「处理量」: 不能为负数(-1)');
    expect(failed.stderr).toContain('bad.xlsx 第3行 列「月份」: 月份 2022-05 不在 2023 年内');

    const good = join(dir, 'good.csv');
    writeFileSync(good, '县城,月份,处理量,污水总量\n康乐县,2023-05,38,40\n');
    const ok = cli('import', 'sewage', good, '--json');
    expect(ok.status, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ stored: true, rows: 1, inserted: 1 });

    const out = join(dir, 'tpl.xlsx');
    const tpl = cli('template', 'water', '-o', out);
    expect(tpl.status, tpl.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    expect(wb.worksheets[0]?.getRow(1).getCell(1).value).toBe('断面/水源地名称');
  });
});
