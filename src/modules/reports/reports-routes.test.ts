// Reports over HTTP on both engines: the quarterly and annual .docx in the GB/T 9704 layout with
// the dashboard's numbers and the moment they were computed, every table as .xlsx, and the
// .docx opened by LibreOffice (headless conversion to PDF) where LibreOffice is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/support/engines.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/support/test-app.ts';
import { SYSTEM_CTX } from '../shared/context.ts';
import { docxText, zipParts } from './docx-parts.test-support.ts';
import { beijingTime, valueText } from './report-text.ts';

const NOW = new Date('2023-07-10T02:00:00Z');
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p)) ?? null;
// CI installs LibreOffice (.ci/run); there a missing one fails the run rather than skipping.
if (!SOFFICE && process.env.CI === 'true') throw new Error('CI=true 但未找到 LibreOffice(soffice)');

describe.each(testEngines())('reports (%s)', (engine) => {
  let t: TestApp;
  let office: TestClient;
  let county: TestClient;
  const dir = mkdtempSync(join(tmpdir(), 'zl-reports-'));

  beforeAll(async () => {
    t = await createTestApp(engine, {}, undefined, { now: NOW });
    await t.services.demo.generate({ year: 2023, scale: 0.02 }, SYSTEM_CTX);
    await t.addUser('office1', 'office');
    await t.addUser('county1', 'county', { regionCode: '622922' });
    office = t.client();
    await office.login('office1');
    county = t.client();
    await county.login('county1');
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the quarterly report is an official document whose numbers are the dashboard numbers', async () => {
    const res = await office.get('/api/reports/quarterly.docx?year=2023&quarter=2');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const computedAt = String(res.headers['x-data-computed-at']);
    const bytes = res.rawPayload;
    // The same service call the dashboard makes, right after: the data have not changed.
    const board = await t.services.indicators.list({ year: 2023, period: '2023-Q2' });
    const text = (await docxText(bytes)).replace(/\s+/g, '');
    expect(text.length).toBeGreaterThan(500);
    expect(text).toContain('临夏州2023年第二季度质量提升行动进展情况报告');
    expect(text).toContain('州人民政府：');
    expect(text).toContain(`于${beijingTime(computedAt)}（北京时间）生成`.replace(/\s+/g, ''));
    let checked = 0;
    for (const i of board.items) {
      if (i.value === null) continue;
      // In the attached table: name, then the value as the board gives it.
      expect(text, i.name).toContain(`${i.name.replace(/\s+/g, '')}`);
      expect(text, i.name).toContain(valueText(i.value, i.unit).replace(/\s+/g, ''));
      if (i.status === '达标' || i.status === '未达标') {
        expect(text, i.name).toContain(`${i.name}${valueText(i.value, i.unit)}（目标`.replace(/\s+/g, ''));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5);
    const counts = ['达标', '预警', '未达标', '数据不足'].map(
      (s) => `${s}${board.items.filter((i) => i.status === s).length}项`,
    );
    expect(text).toContain(counts.join('，'));

    const parts = await zipParts(bytes);
    const doc = parts.get('word/document.xml') ?? '';
    // Short assertions on the XML: a failing toContain would print the whole document.
    const has = (s: string) => doc.includes(s);
    expect(doc.match(/<w:pgSz [^>]*>/)?.[0]).toContain('w:w="11906" w:h="16838"');
    const margins = doc.match(/<w:pgMar [^>]*>/)?.[0] ?? '';
    for (const m of ['w:top="2098"', 'w:right="1474"', 'w:bottom="1984"', 'w:left="1587"'])
      expect(margins).toContain(m);
    for (const font of ['方正小标宋简体', '仿宋_GB2312', '黑体', '楷体_GB2312'])
      expect(has(`w:eastAsia="${font}"`), font).toBe(true);
    expect(has('w:line="560" w:lineRule="exact"')).toBe(true);
    expect(has('<w:sz w:val="44"/>')).toBe(true); // 2号 title
    expect(has('<w:sz w:val="32"/>')).toBe(true); // 3号 body
    expect(parts.get('word/settings.xml')?.includes('<w:evenAndOddHeaders/>')).toBe(true);
    const footers = [...parts].filter(([k]) => /word\/footer\d+\.xml/.test(k)).map(([, v]) => v);
    expect(footers).toHaveLength(2);
    for (const f of footers) {
      expect(f.includes('PAGE') && f.includes('— ') && f.includes('<w:sz w:val="28"/>')).toBe(true); // 4号
    }
    expect(footers.some((f) => f.includes('w:val="right"'))).toBe(true);
    expect(footers.some((f) => f.includes('w:val="left"'))).toBe(true);
    writeFileSync(join(dir, `quarterly-${engine}.docx`), bytes);
  });

  it('every table of a report as .xlsx, and the annual report', async () => {
    const x = await office.get('/api/reports/quarterly.xlsx?year=2023&quarter=2');
    expect(x.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '主要指标完成情况',
      '各县市指标情况',
      '进展报告报送情况',
      '说明',
    ]);
    const board = await t.services.indicators.list({ year: 2023, period: '2023-Q2' });
    const sheet = wb.getWorksheet('主要指标完成情况');
    expect(sheet?.getRow(3).getCell(2).value).toBe(board.items[0]?.name);
    expect(sheet?.getRow(3).getCell(4).value).toBe(
      valueText(board.items[0]?.value ?? null, board.items[0]?.unit ?? ''),
    );

    const annual = await office.get('/api/reports/annual.docx?year=2023');
    expect(annual.statusCode).toBe(200);
    const text = (await docxText(annual.rawPayload)).replace(/\s+/g, '');
    expect(text).toContain('2023年度质量提升行动主要指标完成情况报告'); // no assessment scored yet
    writeFileSync(join(dir, `annual-${engine}.docx`), annual.rawPayload);
  });

  it('only the office generates reports; bad periods are refused in Chinese', async () => {
    expect((await county.get('/api/reports/quarterly.docx?year=2023&quarter=2')).statusCode).toBe(403);
    const bad = await office.get('/api/reports/quarterly.docx?year=2023&quarter=5');
    expect(bad.statusCode).toBe(400);
    expect((await office.get('/api/reports/quarterly.pdf?year=2023&quarter=2')).statusCode).toBe(400);
  });

  // The files are the same on both engines: the conversion (slow) is defined for the SQLite pass only,
  // not skipped on the other, so a CI run reports no skipped test.
  if (engine === 'sqlite')
    it.runIf(SOFFICE !== null)(
      'LibreOffice opens the reports (headless conversion to PDF)',
      { timeout: 180_000 },
      () => {
        const files = readdirSync(dir).filter((f) => f.endsWith('.docx'));
        expect(files.length).toBeGreaterThan(0);
        const r = spawnSync(
          SOFFICE as string,
          [
            '--headless',
            `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
            '--convert-to',
            'pdf',
            '--outdir',
            dir,
            ...files.map((f) => join(dir, f)),
          ],
          { encoding: 'utf8', timeout: 170_000 },
        );
        expect(r.status, r.stderr).toBe(0);
        for (const f of files) {
          const pdf = readFileSync(join(dir, f.replace(/\.docx$/, '.pdf')));
          expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
          // More than the first page: the attachments start on pages of their own.
          expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThan(2);
        }
      },
    );
});
