// The registry's import template: the header row in Chinese and a sheet explaining each column.
import ExcelJS from 'exceljs';
import { ENTERPRISE_COLUMNS } from '../../core/enterprises/enterprise-columns.ts';

export async function registryTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const fields = ENTERPRISE_COLUMNS.fields;
  const data = wb.addWorksheet('企业名录');
  data.addRow(fields.map((f) => f.header));
  data.getRow(1).font = { bold: true };
  // Codes and licence numbers are text: stored as numbers, 18 digits would lose precision.
  fields.forEach((f, i) => {
    data.getColumn(i + 1).width = f.key === 'name' || f.key === 'address' ? 36 : 20;
    data.getColumn(i + 1).numFmt = '@';
  });
  const help = wb.addWorksheet('填写说明');
  help.addRow(['列名', '必填', '说明', '也可使用的列名']);
  help.getRow(1).font = { bold: true };
  for (const f of fields) help.addRow([f.header, f.required ? '是' : '', f.description, (f.synonyms ?? []).join('、')]);
  help.getColumn(3).width = 60;
  help.getColumn(4).width = 40;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
