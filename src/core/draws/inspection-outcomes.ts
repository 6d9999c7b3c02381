// The results a 双随机 inspection is published with (国家企业信用信息公示系统 wording), and the
// risk points each feeds into the enterprise's credit record as an 'inspection' credit event.
export const INSPECTION_OUTCOMES = [
  { code: 'normal', label: '未发现问题', points: 0 },
  { code: 'corrected', label: '发现问题已责令改正', points: 10 },
  { code: 'pending', label: '发现问题待后续处理', points: 20 },
  { code: 'not_disclosed', label: '未按规定公示应当公示的信息', points: 15 },
  { code: 'false_disclosure', label: '公示信息隐瞒真实情况、弄虚作假', points: 40 },
  { code: 'unreachable', label: '通过登记的住所(经营场所)无法联系', points: 30 },
  { code: 'uncooperative', label: '不配合检查情节严重', points: 40 },
  { code: 'no_activity', label: '未发现开展本次抽查涉及的经营活动', points: 0 },
  { code: 'closed', label: '已关闭停业或正在组织清算', points: 0 },
] as const;

export type InspectionOutcome = (typeof INSPECTION_OUTCOMES)[number]['code'];

export const OUTCOME_CODES = INSPECTION_OUTCOMES.map((o) => o.code) as [InspectionOutcome, ...InspectionOutcome[]];

export function outcomeOf(code: InspectionOutcome): (typeof INSPECTION_OUTCOMES)[number] {
  return INSPECTION_OUTCOMES.find((o) => o.code === code) as (typeof INSPECTION_OUTCOMES)[number];
}
