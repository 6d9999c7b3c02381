// Chinese names of the import kinds (src/core/records/kinds/*.ts), for empty states and history
// rows that must name a kind before /api/imports/kinds has answered.
export const KIND_NAMES: Record<string, string> = {
  food: '食品安全抽检',
  agri: '农产品例行监测',
  product: '产品质量监督抽查',
  drug: '药品抽检',
  'essential-drugs': '基本药物品种目录',
  'drug-manufacturers': '药品制剂生产企业',
  construction: '工程竣工验收',
  'water-projects': '水利工程项目',
  'water-project-checks': '水利工程质量评定与检测抽检',
  'air-hourly': '环境空气质量小时数据',
  'air-daily': '环境空气质量日数据',
  water: '地表水与饮用水水源地水质',
  effluent: '污水处理厂出水水质',
  sewage: '县城污水处理量',
  survey: '服务业顾客满意度调查',
  reported: '填报指标值',
};
