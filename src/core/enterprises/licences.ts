// Licences as registration exports write them in one cell: "食品生产许可证:SC10662290100012;
// 工业产品生产许可证:XK13-011-00012". A number without a type is typed by its prefix (SC → 食品
// 生产许可证, JY → 食品经营许可证, XK → 工业产品生产许可证). A food production licence number is
// SC + 14 digits (食品生产许可管理办法 第二十九条); a malformed one is an error, not a silent guess.

export interface Licence {
  type: string;
  number: string;
}

const BY_PREFIX: [RegExp, string][] = [
  [/^SC/, '食品生产许可证'],
  [/^JY/, '食品经营许可证'],
  [/^XK/, '工业产品生产许可证'],
  [/^TS/, '特种设备生产许可证'],
];

export const SC_NUMBER = /^SC\d{14}$/;

export type LicenceParse = { ok: true; licences: Licence[] } | { ok: false; message: string };

export function parseLicences(text: string): LicenceParse {
  const licences: Licence[] = [];
  const parts = text
    .normalize('NFKC')
    .split(/[;;\n,,、]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  for (const part of parts) {
    const m = part.match(/^(.*?)[::]\s*(.+)$/);
    const number = (m ? (m[2] ?? '') : part).replace(/\s+/g, '').toUpperCase();
    const type = m?.[1]?.trim() || BY_PREFIX.find(([re]) => re.test(number))?.[1] || '许可证';
    if (type === '食品生产许可证' && !SC_NUMBER.test(number)) {
      return { ok: false, message: `食品生产许可证编号「${number}」格式错误:应为 SC 加 14 位数字` };
    }
    licences.push({ type, number });
  }
  return { ok: true, licences };
}

export function formatLicences(list: readonly Licence[]): string {
  return list.map((l) => `${l.type}:${l.number}`).join(';');
}
