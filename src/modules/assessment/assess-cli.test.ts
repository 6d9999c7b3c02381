// The commands end to end in a fresh data directory: `assess` with a bad rule set stops with the
// rule named and exit code 2; with the shipped default it ranks the eight counties as JSON;
// `report quarterly … -o out.docx` writes the .docx.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/bootstrap.ts';
import { ASSESSMENT_ASSETS } from './default-rule-sets.ts';

const dir = mkdtempSync(join(tmpdir(), 'zl-assess-cli-'));
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

describe('assess and report commands', { timeout: 180_000 }, () => {
  it('refuses a rule set whose points do not add up, naming the rule', () => {
    const bad = JSON.parse(readFileSync(join(ASSESSMENT_ASSETS, '2023-default.json'), 'utf8'));
    bad.tasks[0].points = 25;
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
    const r = cli('assess', '--year', '2023', '--rules', 'bad.json');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('错误 [ASSESSMENT_RULES_INVALID]');
    expect(r.stderr).toContain('当前为 110 分');
    expect(r.stderr).toContain('reports_on_time 25');
  });

  it('ranks the eight counties with the shipped default rule set (JSON)', () => {
    const r = cli('assess', '--year', '2023', '--json');
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.subjects).toHaveLength(8);
    expect(out.ruleSet.name).toBe('2023年度县市质量工作考核细则(默认)');
    expect(out.indicators.computedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(out.subjects[0].items.length).toBeGreaterThan(10);
  });

  it('writes the quarterly report', () => {
    const r = cli('report', 'quarterly', '--year', '2023', '--quarter', '2', '-o', 'out.docx');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('已生成 out.docx');
    expect(readFileSync(join(dir, 'out.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(cli('report', 'annual', '--year', '2023', '-o', 'out.pdf').stderr).toContain('须以 .docx 或 .xlsx 结尾');
  });
});
