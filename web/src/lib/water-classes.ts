// Water quality classes by 地表水环境质量评价办法(试行) 2011: I–II 优 blue, III 良好 green, IV 轻度污染
// yellow, V 中度污染 orange, 劣V 重度污染 red. The method names the colours but gives no RGB, so
// these are the usual renderings of those colour names.
import type { WaterClass } from '../api/indicator-types.ts';

export const WATER_CLASS_STYLE: Record<WaterClass, { grade: string; color: string; text: string }> = {
  I: { grade: '优', color: '#1677ff', text: '#fff' },
  II: { grade: '优', color: '#1677ff', text: '#fff' },
  III: { grade: '良好', color: '#52c41a', text: '#fff' },
  IV: { grade: '轻度污染', color: '#fadb14', text: '#000' },
  V: { grade: '中度污染', color: '#fa8c16', text: '#fff' },
  劣V: { grade: '重度污染', color: '#f5222d', text: '#fff' },
};

export const WATER_CLASSES: readonly WaterClass[] = ['I', 'II', 'III', 'IV', 'V', '劣V'];

/** Roman class with the "类" the reports write: "III类", "劣V类". */
export function waterClassLabel(c: WaterClass): string {
  return `${c}类`;
}
