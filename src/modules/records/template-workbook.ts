// The Excel template of a kind: the first sheet is the header row in Chinese (for food, air and
// water the published column names, in the published order), the second, 「填写说明」, explains
// every column. The importer skips the 填写说明 sheet, so a filled template imports as it is.
import ExcelJS from 'exceljs';
import type { KindSpec } from '../../core/records/kind-spec.ts';

export const INSTRUCTIONS_SHEET = '填写说明';

const GENERAL_NOTES = [
  '表头须保留在数据之上(表头上方可以有标题行);列的顺序不限,可增加备注等其他列(将被忽略)。',
  '日期可写作 2023-05-06、2023/5/6、2023年5月6日、20230506,或使用 Excel 日期格式。',
  '同一文件中同一记录只能出现一次;再次导入同一记录时更新原记录,不会重复。',
  '文件中任何一行有错误时整个文件不导入,请按提示的行号和列名改正后重新导入。',
];

const KIND_NOTES: Partial<Record<KindSpec['id'], string[]>> = {
  food: [
    '合格产品信息表不含“不合格项目║检验结果║标准值”列;不合格产品信息表每个不合格项目占一行(单元格内换行),格式为“项目║检验结果║标准值”。',
    '抽检类型不填时:任务来源或文件名含“风险监测”的记为风险监测,其余记为监督抽检;风险监测不计入食品安全抽检合格率。',
    '所属县市按“被抽样单位地址”中的县市名称(含简称,如 东乡县、积石山县)确定;无法确定的行照常导入并给出提示。',
    '再次公布时请保留说明:以下信息仅指本次抽检标称的生产企业相关产品的生产日期/批号和所检项目。',
  ],
  'air-hourly': ['缺测值可留空,或填写 —、NA、-99。CO 单位为 mg/m³,其余为 μg/m³。'],
  'air-daily': [
    '缺测值可留空,或填写 —、NA、-99。CO 单位为 mg/m³,其余为 μg/m³;O3_8h 为日最大 8 小时滑动平均。',
    'AQI、首要污染物、质量级别由系统按 HJ 633 计算,报送值仅作核对。',
  ],
  water: ['低于检出限的结果照原样填写,如 <0.01、0.01L、ND、未检出,系统不会把它当作 0。未监测的项目留空。'],
  effluent: ['低于检出限的结果照原样填写,如 <0.01、ND、未检出。未监测的项目留空。'],
  survey: ['除行业、地区、日期、受访者编号、权重、序号、备注外,每一列为一个题项,填写 0–100 的得分。'],
};

export async function buildTemplate(spec: KindSpec): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'zhiliang';
  const fields = spec.fields.filter((f) => f.template !== false);
  const data = wb.addWorksheet(spec.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  data.columns = fields.map((f) => ({
    header: f.header,
    key: f.key,
    width: Math.max(10, Math.min(40, f.header.length * 2.4 + 4)),
  }));
  const header = data.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  fields.forEach((f, i) => {
    if (f.required) header.getCell(i + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  });

  const help = wb.addWorksheet(INSTRUCTIONS_SHEET);
  help.columns = [
    { header: '列名', key: 'header', width: 30 },
    { header: '是否必填', key: 'required', width: 10 },
    { header: '说明', key: 'description', width: 70 },
    { header: '也可识别的列名', key: 'synonyms', width: 50 },
  ];
  help.getRow(1).font = { bold: true };
  for (const f of fields) {
    help.addRow({
      header: f.header,
      required: f.required ? '必填' : '选填',
      description: f.description,
      synonyms: (f.synonyms ?? []).join('、'),
    });
  }
  help.addRow([]);
  help.addRow([`${spec.name}:${spec.description}`]);
  help.addRow([`记录的唯一标识:${spec.naturalKey}`]);
  for (const note of [...(KIND_NOTES[spec.id] ?? []), ...GENERAL_NOTES]) help.addRow([note]);
  help.getColumn(3).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The template's download name: 食品安全抽检-导入模板.xlsx. */
export function templateFileName(spec: KindSpec): string {
  return `${spec.name}-导入模板.xlsx`;
}
