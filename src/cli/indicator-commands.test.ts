import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerIndicatorCommands } from './indicator-commands.ts';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zl-indicator-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs one command line and returns what it printed. */
async function run(...args: string[]): Promise<string> {
  const program = new Command().exitOverride();
  registerIndicatorCommands(program);
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    await program.parseAsync(['node', 'zhiliang', ...args]);
  } finally {
    spy.mockRestore();
  }
  return out;
}

/** Two stations of 临夏市 for 24 hours of one day, hours labelled by their end (00:00 = hour 24). */
function hourlyCsv(): string {
  const lines = ['城市,站点,时间,SO2,NO2,PM10,CO,O3,PM2.5'];
  for (let h = 1; h <= 24; h++) {
    const time = h === 24 ? '2023-05-11 00:00' : `2023-05-10 ${String(h).padStart(2, '0')}:00`;
    // The stations average to SO2 10, NO2 30, PM10 60, CO 0.8, O3 120, PM2.5 75.
    lines.push(`临夏市,A,${time},8,30,50,0.8,110,70`);
    lines.push(`临夏市,B,${time},12,30,70,0.8,130,80`);
  }
  // A second city with PM2.5 missing for 5 hours (19 valid < 20): no valid daily PM2.5.
  for (let h = 1; h <= 24; h++)
    lines.push(`永靖县,C,2023-05-10 ${String(h % 24).padStart(2, '0')}:00,10,30,60,0.8,120,${h <= 5 ? '—' : 40}`);
  return `${lines.join('\n')}\n`;
}

describe('zhiliang air daily FILE', () => {
  it('computes each city-day from hourly data (station means, GB 3095 validity, HJ 633 AQI)', async () => {
    const file = join(dir, 'air.csv');
    writeFileSync(file, hourlyCsv());
    const r = JSON.parse(await run('air', 'daily', file, '--json'));
    expect(r.kind).toBe('hourly');
    const lx = r.days.find((d: { city: string; date: string }) => d.city === '临夏市' && d.date === '2023-05-10');
    expect(lx.concentrations).toMatchObject({
      SO2: 10,
      NO2: 30,
      PM10: 60,
      CO: 0.8,
      O3_1h: 120,
      O3_8h: 120,
      'PM2.5': 75,
    });
    // City O3 is the station mean, 120 every hour: 8h max (100−50)/(160−100)×20+50 = 66.7 → 67; 1h max 50/160×120 = 37.5 → 38.
    expect(lx.iaqi).toEqual({ SO2: 10, NO2: 38, PM10: 55, CO: 20, O3_1h: 38, O3_8h: 67, 'PM2.5': 100 });
    expect(lx).toMatchObject({
      aqi: 100,
      level: '二级',
      category: '良',
      primaryPollutants: ['PM2.5'],
      standard: 'HJ 633-2012',
      valid: true,
    });
    expect(lx.validity['PM2.5']).toEqual({ count: 24, required: 20, valid: true });
    const yj = r.days.find((d: { city: string; date: string }) => d.city === '永靖县' && d.date === '2023-05-10');
    // Hour "00:00" belongs to the day before, so 2023-05-10 has 23 hours of 永靖县, 5 without PM2.5.
    expect(yj.validity['PM2.5']).toEqual({ count: 18, required: 20, valid: false });
    expect(yj).toMatchObject({ aqi: null, valid: false, missing: ['PM2.5'] });
  });

  it('prints a readable table without --json', async () => {
    const file = join(dir, 'air2.csv');
    writeFileSync(file, hourlyCsv());
    const text = await run('air', 'daily', file);
    expect(text).toContain('小时数据');
    expect(text).toMatch(/临夏市\s+2023-05-10\s+100\s+良\s+PM2\.5/);
    expect(text).toContain('无效: 缺 PM2.5');
  });

  it('reads daily tables too', async () => {
    const file = join(dir, 'daily.csv');
    writeFileSync(file, '城市,日期,AQI,SO2,NO2,PM10,CO,O3_8h,PM2.5\n临夏市,2023/5/10,57,10,30,60,0.8,100,40\n');
    const r = JSON.parse(await run('air', 'daily', file, '--json'));
    expect(r.kind).toBe('daily');
    expect(r.days[0]).toMatchObject({
      date: '2023-05-10',
      aqi: 57,
      reportedAqi: 57,
      aqiMismatch: false,
      source: 'daily',
    });
  });
});

describe('zhiliang water class FILE', () => {
  it('classifies each sample by GB 3838 and judges drinking-water sources', async () => {
    const file = join(dir, 'water.csv');
    writeFileSync(
      file,
      [
        '断面名称,类型,采样日期,pH,溶解氧,高锰酸盐指数,化学需氧量,五日生化需氧量,氨氮,总磷,总氮,粪大肠菌群,硫酸盐,铁',
        '大夏河折桥,国控断面,2023-05-06,7.0,5.5,5.0,18,3.5,1.2,0.15,,,,',
        '刘家峡水源地,集中式饮用水水源地,2023-05-06,7.5,7.6,1.8,,,<0.025,0.015,3.0,50000,40,0.1',
        '刘家峡水源地,集中式饮用水水源地,2023-06-06,7.5,7.6,1.8,,,0.1,0.015,,,40,0.5',
      ].join('\n'),
    );
    const r = JSON.parse(await run('water', 'class', file, '--json'));
    const [section, good, iron] = r.samples;
    // worked_examples W04: NH3-N 1.2 → IV, the deciding item.
    expect(section).toMatchObject({
      site: '大夏河折桥',
      class: 'IV',
      grade: '轻度污染',
      mainPollutants: ['氨氮(NH3-N)(0.2)'],
    });
    expect(section.decidingItems.map((i: { item: string }) => i.item)).toEqual(['NH3-N']);
    expect(section.drinkingWaterSource.applies).toBe(false);
    // TN and fecal coliform do not decide the class; "<0.025" meets every NH3-N limit.
    expect(good).toMatchObject({ class: 'I', drinkingWaterSource: { applies: true, meets: true } });
    expect(good.referenceItems).toMatchObject({ TN: 'not evaluated' });
    expect(iron.drinkingWaterSource).toMatchObject({
      meets: false,
      table2Exceedances: [{ item: 'Fe', value: '0.5', limit: 0.3 }],
    });
    const text = await run('water', 'class', file);
    expect(text).toMatch(/大夏河折桥\s+2023-05-06\s+IV/);
    expect(text).toContain('不达标');
  });

  it('names a file without GB 3838 columns', async () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(file, '名称,数值\nA,1\n');
    await expect(run('water', 'class', file)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});

describe('zhiliang indicators', () => {
  it('computes every indicator from the configured database', async () => {
    const saved = {
      DATA_DIR: process.env.DATA_DIR,
      DATABASE_URL: process.env.DATABASE_URL,
      LOG_LEVEL: process.env.LOG_LEVEL,
    };
    process.env.DATA_DIR = join(dir, 'data');
    delete process.env.DATABASE_URL;
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const r = JSON.parse(await run('indicators', '--year', '2023', '--period', '2023-Q1', '--json'));
      expect(r).toMatchObject({ year: 2023, region: '622900', period: '2023-Q1' });
      expect(r.items.find((i: { code: string }) => i.code === 'food_pass_rate')).toMatchObject({
        status: '数据不足',
        target: { value: 97 },
      });
      const text = await run('indicators', '--year', '2023', '--region', '622901');
      expect(text).toContain('临夏市 2023年');
      expect(text).toMatch(/食品安全抽检合格率\s+≥97%/);
      expect(text).toContain('药品评价性抽检覆盖率');
    } finally {
      err.mockRestore();
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });
});
