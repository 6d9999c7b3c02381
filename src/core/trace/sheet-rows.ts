// One spreadsheet row per trace event, as people in a 市场监管 office keep them, mapped to and
// from an EPCIS 2.0 event so a spreadsheet import goes through exactly the same rules as an API
// capture. Times in a sheet carry no zone: Excel has none, so a time without an offset is taken
// as China Standard Time (+08:00), the only zone the bureau's records are kept in.
import { type Cell, isBlankCell, isCellError } from '../records/cell.ts';
import type { EpcisEvent } from './epcis-document.ts';
import { BIZ_STEP_LABELS, EVENT_TYPES, type EventType } from './event-model.ts';
import { type CodeType, lotFromCell, normalizeCode, parseParty } from './identifiers.ts';

export const SHEET_COLUMNS = [
  '事件类型',
  '时间',
  '业务步骤',
  '批次/追溯码',
  '编码类型',
  '生产者信用代码',
  '产品名称',
  '数量',
  '单位',
  '发货方信用代码',
  '发货方名称',
  '收货方信用代码',
  '收货方名称',
  '地点',
  '所在县',
  '输入批次',
  '输出批次',
  '事件ID',
] as const;
export type SheetColumn = (typeof SHEET_COLUMNS)[number];

export const REQUIRED_COLUMNS: readonly SheetColumn[] = ['事件类型', '时间', '批次/追溯码'];

export const COLUMN_NOTES: Record<SheetColumn, string> = {
  事件类型: '对象事件 / 聚合事件 / 交易事件 / 转换事件(或 ObjectEvent 等英文名)',
  时间: '事件发生时间,如 2024-05-01 08:30;不写时区时按北京时间(+08:00)',
  业务步骤: '生产赋码、发货、收货、加工转换、抽样、扣押封存、召回、销毁(或 CBV 英文名)',
  '批次/追溯码': '批号或生产日期、20 位药品追溯码、农产品追溯码、合格证编号,或 urn: 标识;聚合事件填容器(托盘/箱)编码',
  编码类型: '批号 / 药品追溯码 / 农产品追溯码 / 合格证编号;不填时 20 位数字按药品追溯码,其余按批号',
  生产者信用代码: '批号所属生产者的统一社会信用代码(编码类型为批号时必填)',
  产品名称: '可选',
  数量: '数量(转换事件为输出数量)',
  单位: '计量单位,如 KGM(千克)、箱、件;同一批次的发货与收货须使用相同单位',
  发货方信用代码: '发货方统一社会信用代码;非发货/收货事件填事件发生的企业',
  发货方名称: '可选',
  收货方信用代码: '收货方统一社会信用代码',
  收货方名称: '可选',
  地点: '事件发生地址',
  所在县: '县市名称或六位行政区划代码',
  输入批次:
    '转换事件的原料批次,聚合事件的装入批次;多个用分号分隔,数量(及与本行不同的单位)写在括号内,如 A01(50) 或 urn:zl:lot:…:A01(600 KGM)',
  输出批次: '转换事件的产出批次(不填时为“批次/追溯码”);格式同输入批次',
  事件ID: '可选;相同事件ID的事件重复导入时跳过',
};

const TYPE_NAMES: Record<string, EventType> = {
  对象事件: 'ObjectEvent',
  物品事件: 'ObjectEvent',
  聚合事件: 'AggregationEvent',
  交易事件: 'TransactionEvent',
  转换事件: 'TransformationEvent',
  加工事件: 'TransformationEvent',
};

const STEP_NAMES: Record<string, string> = {
  ...Object.fromEntries(Object.entries(BIZ_STEP_LABELS).map(([k, v]) => [v, k])),
  生产: 'commissioning',
  赋码: 'commissioning',
  出库: 'shipping',
  销售: 'shipping',
  入库: 'receiving',
  进货: 'receiving',
  加工: 'transforming',
  转换: 'transforming',
  抽检: 'sampling',
  扣押: 'holding',
  封存: 'holding',
};

const CODE_TYPES: readonly CodeType[] = ['批号', '药品追溯码', '农产品追溯码', '合格证编号'];

export interface RegionRef {
  code: string;
  name: string;
  shortName: string;
}

export interface RowParty {
  creditCode: string;
  name: string | null;
}

export interface MappedRow {
  event: EpcisEvent;
  productNames: Map<string, string>;
  parties: RowParty[];
}

export type SheetRow = Partial<Record<SheetColumn, Cell>>;

function text(c: Cell | undefined): string | null {
  if (c === undefined || c === null || isCellError(c)) return null;
  if (c instanceof Date) return null;
  const s = String(c).trim();
  return s === '' ? null : s;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A sheet time as ISO 8601 with offset; Excel dates hold the wall clock in their UTC fields. */
export function sheetTime(c: Cell | undefined): { time: string; offset: string } | null {
  if (c instanceof Date) return { time: `${c.toISOString().slice(0, 19)}+08:00`, offset: '+08:00' };
  const s = text(c);
  if (!s) return null;
  const m = normalizeCode(s).match(
    /^(\d{4})[-/年.](\d{1,2})[-/月.](\d{1,2})日?(?:[T\s]+(\d{1,2})[:时](\d{1,2})(?:[:分](\d{1,2}))?秒?)?\s*(Z|[+-]\d{2}:\d{2})?$/,
  );
  if (!m) return null;
  const offset = m[7] === 'Z' ? '+00:00' : (m[7] ?? '+08:00');
  const time = `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}T${pad(Number(m[4] ?? 0))}:${pad(Number(m[5] ?? 0))}:${pad(Number(m[6] ?? 0))}${offset}`;
  return { time, offset };
}

function number(c: Cell | undefined): number | null | 'bad' {
  if (c === undefined || isBlankCell(c as Cell)) return null;
  if (typeof c === 'number') return Number.isFinite(c) && c >= 0 ? c : 'bad';
  const s = text(c);
  if (!s) return null;
  const n = Number(normalizeCode(s).replace(/,/g, ''));
  return Number.isFinite(n) && n >= 0 ? n : 'bad';
}

function region(c: Cell | undefined, regions: readonly RegionRef[]): string | null | 'bad' {
  const s = text(c);
  if (!s) return null;
  const hit = regions.find((r) => r.code === s || r.name === s || r.shortName === s);
  return hit ? hit.code : 'bad';
}

/** Maps one row, or says everything wrong with it (the messages name the column). */
export function rowToEvent(
  row: SheetRow,
  regions: readonly RegionRef[],
): MappedRow | { problems: { column: string; message: string }[] } {
  const problems: { column: string; message: string }[] = [];
  const bad = (column: SheetColumn, message: string) => problems.push({ column, message });

  const typeText = text(row.事件类型);
  const type = typeText
    ? (TYPE_NAMES[typeText] ?? EVENT_TYPES.find((t) => t.toLowerCase() === typeText.toLowerCase()))
    : undefined;
  if (!type) bad('事件类型', typeText ? `无法识别的事件类型「${typeText}」` : '事件类型不能为空');

  const time = sheetTime(row.时间);
  if (!time)
    bad('时间', row.时间 === undefined || isBlankCell(row.时间) ? '时间不能为空' : '时间格式应为 2024-05-01 08:30');

  const stepText = text(row.业务步骤);
  const bizStep = stepText
    ? (STEP_NAMES[stepText] ?? stepText)
    : type === 'TransformationEvent'
      ? 'transforming'
      : undefined;
  if (!bizStep && type !== 'AggregationEvent') bad('业务步骤', '业务步骤不能为空');

  const codeTypeText = text(row.编码类型);
  const codeType = codeTypeText ? CODE_TYPES.find((t) => t === codeTypeText) : null;
  if (codeTypeText && !codeType) bad('编码类型', `编码类型应为 ${CODE_TYPES.join('、')}`);
  const producer = text(row.生产者信用代码);
  if (producer) {
    const p = parseParty(producer);
    if (!p.ok) bad('生产者信用代码', p.reason);
  }

  const lotText = text(row['批次/追溯码']);
  let lotId: string | null = null;
  if (!lotText) bad('批次/追溯码', '批次/追溯码不能为空');
  else {
    const r = lotFromCell(lotText, codeType ?? null, producer);
    if (r.ok) lotId = r.value.id;
    else bad('批次/追溯码', r.reason);
  }

  const quantity = number(row.数量);
  if (quantity === 'bad') bad('数量', '数量应为不小于 0 的数字');
  const uom = text(row.单位);
  if (uom && uom.length > 8) bad('单位', '计量单位不超过 8 个字符');

  const party = (col: '发货方信用代码' | '收货方信用代码', nameCol: '发货方名称' | '收货方名称'): RowParty | null => {
    const s = text(row[col]);
    if (!s) return null;
    const p = parseParty(s);
    if (!p.ok) {
      bad(col, p.reason);
      return null;
    }
    return { creditCode: p.value, name: text(row[nameCol]) };
  };
  const from = party('发货方信用代码', '发货方名称');
  const to = party('收货方信用代码', '收货方名称');

  const regionCode = region(row.所在县, regions);
  if (regionCode === 'bad') bad('所在县', `无法识别的县市「${text(row.所在县)}」:请填写本州县市名称或六位行政区划代码`);
  const address = text(row.地点);

  const list = (col: '输入批次' | '输出批次') => {
    const s = text(row[col]);
    if (!s) return [];
    return s
      .split(/[;；、\n]+/)
      .map((x) => x.trim())
      .filter(Boolean)
      .flatMap((entry) => {
        // "lot(50)" or, when an input's unit differs from the row's, "lot(600 KGM)".
        const m = entry.match(/^(.*?)\s*[(（]\s*([\d.]+)\s*([^)）\s]*)\s*[)）]$/);
        const r = lotFromCell(m?.[1] ?? entry, null, producer);
        if (!r.ok) {
          bad(col, r.reason);
          return [];
        }
        const unit = m?.[3] || uom;
        return [{ epcClass: r.value.id, ...(m ? { quantity: Number(m[2]) } : {}), ...(unit ? { uom: unit } : {}) }];
      });
  };
  const inputs = list('输入批次');
  const outputs = list('输出批次');

  if (problems.length > 0 || !type || !time || !lotId) return { problems };

  const q = { epcClass: lotId, ...(typeof quantity === 'number' ? { quantity } : {}), ...(uom ? { uom } : {}) };
  const common = {
    eventTime: time.time,
    eventTimeZoneOffset: time.offset,
    ...(text(row.事件ID) ? { eventID: text(row.事件ID) as string } : {}),
    ...(bizStep ? { bizStep } : {}),
    ...(from ? { sourceList: [{ type: 'owning_party', source: from.creditCode }] } : {}),
    ...(to ? { destinationList: [{ type: 'owning_party', destination: to.creditCode }] } : {}),
    ...(address || regionCode
      ? {
          bizLocation: {
            id: `urn:zl:loc:${regionCode ?? ''}:${address ?? ''}`,
            ...(address ? { 'zl:address': address } : {}),
            ...(regionCode ? { 'zl:regionCode': regionCode } : {}),
          },
        }
      : {}),
  };
  let event: EpcisEvent;
  switch (type) {
    case 'ObjectEvent':
    case 'TransactionEvent': {
      const action = bizStep === 'commissioning' ? 'ADD' : bizStep === 'destroying' ? 'DELETE' : 'OBSERVE';
      event =
        type === 'ObjectEvent'
          ? { type, action, quantityList: [q], ...common }
          : { type, action: 'ADD', quantityList: [q], ...common };
      break;
    }
    case 'AggregationEvent':
      event = {
        type,
        action: bizStep === 'unpacking' ? 'DELETE' : 'ADD',
        parentID: lotId,
        childQuantityList: inputs,
        ...common,
      };
      break;
    case 'TransformationEvent':
      event = { type, inputQuantityList: inputs, outputQuantityList: outputs.length > 0 ? outputs : [q], ...common };
      break;
  }
  const productName = text(row.产品名称);
  return {
    event,
    productNames: new Map(productName ? [[lotId, productName]] : []),
    parties: [from, to].filter((p): p is RowParty => p !== null),
  };
}

const TYPE_LABELS: Record<EventType, string> = {
  ObjectEvent: '对象事件',
  AggregationEvent: '聚合事件',
  TransactionEvent: '交易事件',
  TransformationEvent: '转换事件',
};

export interface StoredEventForSheet {
  eventId: string;
  type: string;
  bizStep: string | null;
  localTime: string;
  lots: { lotId: string; role: string; quantity: number | null; uom: string | null }[];
  sourceParty: string | null;
  destParty: string | null;
  address: string | null;
  regionCode: string | null;
}

const listText = (xs: { lotId: string; quantity: number | null; uom: string | null }[]) =>
  xs.map((x) => (x.quantity === null ? x.lotId : `${x.lotId}(${x.quantity}${x.uom ? ` ${x.uom}` : ''})`)).join('; ');

/** A stored event as a sheet row (lots written as URNs, so a re-import needs no 生产者信用代码). */
export function eventToRow(
  e: StoredEventForSheet,
  names: { product: (lotId: string) => string | null; party: (code: string) => string | null },
): Record<SheetColumn, string | number | null> {
  const objects = e.lots.filter((l) => l.role === 'object');
  const inputs = e.lots.filter((l) => l.role === 'input' || l.role === 'child');
  const outputs = e.lots.filter((l) => l.role === 'output');
  const main = e.type === 'AggregationEvent' ? e.lots.find((l) => l.role === 'parent') : (objects[0] ?? outputs[0]);
  return {
    事件类型: TYPE_LABELS[e.type as EventType] ?? e.type,
    时间: e.localTime,
    业务步骤: e.bizStep ? (BIZ_STEP_LABELS[e.bizStep] ?? e.bizStep) : null,
    '批次/追溯码': main?.lotId ?? null,
    编码类型: null,
    生产者信用代码: null,
    产品名称: main ? names.product(main.lotId) : null,
    数量: e.type === 'AggregationEvent' ? null : (main?.quantity ?? null),
    单位: main?.uom ?? inputs[0]?.uom ?? null,
    发货方信用代码: e.sourceParty,
    发货方名称: e.sourceParty ? names.party(e.sourceParty) : null,
    收货方信用代码: e.destParty,
    收货方名称: e.destParty ? names.party(e.destParty) : null,
    地点: e.address,
    所在县: e.regionCode,
    输入批次: inputs.length > 0 ? listText(inputs) : null,
    输出批次: outputs.length > 0 ? listText(outputs) : null,
    事件ID: e.eventId,
  };
}
