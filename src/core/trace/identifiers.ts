// Identifiers a trace event can carry, and the one canonical lot id each maps to. EPCIS keys a
// lot by a class-level identifier (quantityList epcClass); in China the same goods are also known
// by codes from national platforms. Every identifier becomes one lot id string so the graph
// tables index a single column:
//   urn:epc:class:lgtin:…            GS1 lot (GTIN + batch), as EPCIS writes it
//   urn:epc:id:sgtin:… / sscc:…      GS1 instance ids (an item, a pallet) — kept as given
//   https://id.gs1.org/01/…/10/…     GS1 Digital Link — kept as given
//   urn:zl:lot:<信用代码>:<批号>       a producer's batch (生产日期/批号) when no GTIN exists
//   urn:zl:drug:<20 digits>           药品追溯码
//   urn:zl:agri:<digits>              农产品质量安全追溯码
//   urn:zl:hgz:<number>               食用农产品承诺达标合格证编号
import { validateCreditCode } from '../standards/index.ts';

export type LotKind = 'lot' | 'gs1' | 'drug' | 'agri' | 'hgz';

export const LOT_KIND_LABELS: Record<LotKind, string> = {
  lot: '批号',
  gs1: 'GS1 编码',
  drug: '药品追溯码',
  agri: '农产品追溯码',
  hgz: '承诺达标合格证',
};

export interface LotIdentity {
  id: string;
  kind: LotKind;
  /** The code as people write it: the batch number, the 20 digits, the certificate number. */
  code: string;
  producerCreditCode: string | null;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

// 药品追溯码 (码上放心 and its predecessor 电子监管码): 20 digits — 7-digit 药品标识码, 9-digit 单品
// 序列号, 4 check digits. The check digits are computed by the code platform with a private key,
// so only the shape can be verified here.
const DRUG_CODE = /^\d{20}$/;
// 国家农产品质量安全追溯管理信息平台 issues numeric trace codes; their length has varied by
// platform version, so any 16–32 digits is accepted, but not exactly 20 (that is a drug code).
const AGRI_CODE = /^\d{16,32}$/;
// 承诺达标合格证 numbers are issued by provincial platforms in their own formats: letters, digits
// and hyphens, 6–40 characters.
const HGZ_CODE = /^[0-9A-Z][0-9A-Z-]{4,38}[0-9A-Z]$/;
// A batch as printed on a package: 批号 or 生产日期, 1–64 visible characters, no separators that
// would make the URN ambiguous.
const BATCH = /^[^\s:;；,，]{1,64}$/;

export function validateDrugCode(code: string): Parsed<string> {
  return DRUG_CODE.test(code) ? ok(code) : fail(`药品追溯码「${code}」应为 20 位数字`);
}

export function validateAgriCode(code: string): Parsed<string> {
  if (DRUG_CODE.test(code)) return fail(`农产品追溯码「${code}」为 20 位数字,与药品追溯码格式相同,请核对编码类型`);
  return AGRI_CODE.test(code) ? ok(code) : fail(`农产品追溯码「${code}」应为 16–32 位数字`);
}

export function validateHgzNumber(code: string): Parsed<string> {
  return HGZ_CODE.test(code) ? ok(code) : fail(`承诺达标合格证编号「${code}」应为 6–40 位大写字母、数字或连字符`);
}

/** Full-width digits and letters (common in hand-typed spreadsheets) to ASCII; trims. */
export function normalizeCode(text: string): string {
  return text
    .trim()
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/** A batch number as compared between a sampling record and a trace lot. */
export function normalizeBatch(batch: string): string {
  return normalizeCode(batch).replace(/\s+/g, '').toUpperCase();
}

export function batchLotId(producerCreditCode: string, batch: string): string {
  return `urn:zl:lot:${producerCreditCode}:${normalizeBatch(batch)}`;
}

/** Builds a producer-batch lot, checking the credit code (GB 32100) and the batch. */
export function makeBatchLot(producerCreditCode: string, batch: string): Parsed<LotIdentity> {
  const cc = normalizeCode(producerCreditCode).toUpperCase();
  const v = validateCreditCode(cc);
  if (!v.valid) return fail(`生产者统一社会信用代码「${producerCreditCode}」无效:${v.reason}`);
  const b = normalizeBatch(batch);
  if (!BATCH.test(b)) return fail(`批号「${batch}」应为 1–64 个字符,且不含空格、冒号、分号或逗号`);
  return ok({ id: batchLotId(cc, b), kind: 'lot', code: b, producerCreditCode: cc });
}

const GS1_URN = /^urn:epc:(class:lgtin|id:sgtin|id:sscc|id:giai|idpat:sgtin):[0-9A-Za-z.*%_\-!'()+,;:=/?]+$/;
const GS1_LINK = /^https?:\/\/[^\s/]+\/(01|00|8004)\/[0-9A-Za-z%._\-/]+$/;

/** Parses an identifier as written in an EPCIS document (epcClass, an EPC, parentID). */
export function parseLotId(raw: string): Parsed<LotIdentity> {
  const id = raw.trim();
  if (id.startsWith('urn:zl:lot:')) {
    const rest = id.slice('urn:zl:lot:'.length);
    const sep = rest.indexOf(':');
    if (sep < 0) return fail(`批次标识「${id}」应为 urn:zl:lot:<统一社会信用代码>:<批号>`);
    return makeBatchLot(rest.slice(0, sep), rest.slice(sep + 1));
  }
  if (id.startsWith('urn:zl:drug:')) {
    const r = validateDrugCode(id.slice(12));
    return r.ok ? ok({ id, kind: 'drug', code: r.value, producerCreditCode: null }) : r;
  }
  if (id.startsWith('urn:zl:agri:')) {
    const r = validateAgriCode(id.slice(12));
    return r.ok ? ok({ id, kind: 'agri', code: r.value, producerCreditCode: null }) : r;
  }
  if (id.startsWith('urn:zl:hgz:')) {
    const r = validateHgzNumber(id.slice(11));
    return r.ok ? ok({ id, kind: 'hgz', code: r.value, producerCreditCode: null }) : r;
  }
  if (GS1_URN.test(id) || GS1_LINK.test(id)) {
    const lot = id.match(/(?:lgtin:[^.]+\.[^.]+\.|\/10\/)([^/?]+)/)?.[1];
    return ok({ id, kind: 'gs1', code: lot ? decodeURIComponent(lot) : id, producerCreditCode: null });
  }
  return fail(
    `无法识别的批次或追溯码「${id}」:应为 GS1 标识(urn:epc:… 或 https://id.gs1.org/…)或 urn:zl:lot / urn:zl:drug / urn:zl:agri / urn:zl:hgz`,
  );
}

export type CodeType = '批号' | '药品追溯码' | '农产品追溯码' | '合格证编号';

/**
 * A lot as typed into a spreadsheet cell: a URN is taken as is; otherwise the code type (when
 * given) decides, and without one 20 digits are a drug code and anything else a batch number,
 * which needs the producer's credit code.
 */
export function lotFromCell(
  text: string,
  type: CodeType | null,
  producerCreditCode: string | null,
): Parsed<LotIdentity> {
  const code = normalizeCode(text);
  if (/^(urn:|https?:\/\/)/i.test(code)) return parseLotId(code);
  const kind = type ?? (DRUG_CODE.test(code) ? '药品追溯码' : '批号');
  switch (kind) {
    case '药品追溯码':
      return parseLotId(`urn:zl:drug:${code}`);
    case '农产品追溯码':
      return parseLotId(`urn:zl:agri:${code}`);
    case '合格证编号':
      return parseLotId(`urn:zl:hgz:${code.toUpperCase()}`);
    case '批号':
      if (!producerCreditCode) return fail(`批号「${code}」须同时填写生产者信用代码,才能唯一确定批次`);
      return makeBatchLot(producerCreditCode, code);
  }
}

/** A party is named by its unified social credit code, plainly or as urn:zl:party:<code>. */
export function parseParty(raw: string): Parsed<string> {
  const code = normalizeCode(raw.startsWith('urn:zl:party:') ? raw.slice('urn:zl:party:'.length) : raw).toUpperCase();
  const v = validateCreditCode(code);
  return v.valid ? ok(code) : fail(`当事方统一社会信用代码「${raw}」无效:${v.reason}`);
}

/** GB 32100 positions 3–8 are the registering authority's GB/T 2260 region code. */
export function regionOfCreditCode(code: string): string | null {
  const r = code.slice(2, 8);
  return /^\d{6}$/.test(r) ? r : null;
}
