// A food-sampling 合格 list in the published column format (a 不合格 list adds the failed-items
// column and is far shorter), written with exceljs's
// streaming writer so a 100,000-row file costs little memory to make.
import ExcelJS from 'exceljs';

const COUNTIES = ['临夏市', '临夏县', '康乐县', '永靖县', '广河县', '和政县', '东乡县', '积石山县'];
const CATEGORIES = [
  '粮食加工品',
  '食用油、油脂及其制品',
  '肉制品',
  '乳制品',
  '酒类',
  '蔬菜制品',
  '餐饮食品',
  '食用农产品',
];
const HEADERS = [
  '序号',
  '抽样编号',
  '标称生产企业名称',
  '标称生产企业地址',
  '被抽样单位名称',
  '被抽样单位地址',
  '食品名称',
  '规格型号',
  '商标',
  '生产日期/批号',
  '分类',
  '公告号',
  '公告日期',
  '任务来源/项目名称',
  '检验机构',
];

export async function writeFoodWorkbook(file: string, rows: number, year: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
  const ws = wb.addWorksheet('抽检结果');
  ws.addRow(HEADERS).commit();
  for (let i = 1; i <= rows; i++) {
    const county = COUNTIES[i % COUNTIES.length] as string;
    const month = String((i % 12) + 1).padStart(2, '0');
    const day = String((i % 28) + 1).padStart(2, '0');
    ws.addRow([
      i,
      `DBJ${year}62${String(i).padStart(8, '0')}`,
      `甘肃某某食品有限公司${i % 500}`,
      `甘肃省临夏州${county}工业园区${i % 50}号`,
      `${county}某某超市${i % 900}店`,
      `甘肃省临夏回族自治州${county}某某路${i % 300}号`,
      ['小麦粉', '菜籽油', '牛肉干', '酸奶', '白酒', '酱腌菜', '手抓羊肉', '韭菜'][i % 8],
      '500g/袋',
      '某某牌',
      `${year}-${month}-${day}`,
      CATEGORIES[i % CATEGORIES.length],
      `${year}年第${(i % 12) + 1}期`,
      `${year}-${month}-${day}`,
      '临夏州市场监督管理局',
      '临夏州食品检验检测中心',
    ]).commit();
  }
  ws.commit();
  await wb.commit();
}

/** The baseline: exceljs's streaming reader, visiting every cell and doing nothing else. */
export async function bareStreamingRead(file: string): Promise<number> {
  let cells = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    styles: 'cache',
    worksheets: 'emit',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  for await (const ws of reader) {
    for await (const row of ws) {
      row.eachCell(() => {
        cells++;
      });
    }
  }
  return cells;
}
