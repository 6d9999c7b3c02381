// Every table of a report (and of a ranking or a public list) as an .xlsx workbook: one sheet per
// table with its header row frozen, and a 说明 sheet saying what the numbers are and when they
// were read, so a table that leaves the platform still says where it came from.
import ExcelJS from 'exceljs';

export interface TableColumn {
  header: string;
  key: string;
  width?: number;
}

export interface Table {
  /** Sheet name (≤ 31 characters, no []:*?/\). */
  sheet: string;
  title: string;
  columns: TableColumn[];
  rows: Record<string, string | number | null>[];
}

const BAD_SHEET_CHARS = /[[\]:*?/\\]/g;

export async function tablesWorkbook(
  tables: readonly Table[],
  about: readonly [string, string | number][],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'zhiliang';
  const used = new Set<string>();
  for (const t of tables) {
    let name = t.sheet.replace(BAD_SHEET_CHARS, ' ').slice(0, 31);
    for (let i = 2; used.has(name); i++) name = `${t.sheet.slice(0, 28)}(${i})`;
    used.add(name);
    const sheet = wb.addWorksheet(name);
    sheet.addRow([t.title]).font = { bold: true, size: 14 };
    const header = sheet.addRow(t.columns.map((c) => c.header));
    header.font = { bold: true };
    t.columns.forEach((c, i) => {
      sheet.getColumn(i + 1).width = c.width ?? Math.max(10, c.header.length * 2 + 2);
    });
    for (const r of t.rows) {
      const row = sheet.addRow(t.columns.map((c) => r[c.key] ?? null));
      row.alignment = { wrapText: true, vertical: 'top' };
    }
    sheet.views = [{ state: 'frozen', ySplit: 2 }];
  }
  const info = wb.addWorksheet('说明');
  info.columns = [
    { header: '项目', key: 'k', width: 18 },
    { header: '内容', key: 'v', width: 80 },
  ];
  info.getRow(1).font = { bold: true };
  for (const [k, v] of about) info.addRow({ k, v });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
