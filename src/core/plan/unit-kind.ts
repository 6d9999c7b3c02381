// Classifies the name of a unit (单位) named in a task's unit clause.
import type { UnitKind } from './types.ts';

// A collective name ("各县市人民政府", "州直各有关部门") stands for many units.
const GROUP_RE = /^各|^州直各|^州直有关|各有关|有关部门$|有关单位$|各部门$|成员单位$/;
const ZONE_RE = /(开发区|园区|新区|高新区|试验区|合作区|管委会|管理委员会)$/;
// A county-level government, as opposed to the prefecture's (州/市 人民政府 at the top).
const COUNTY_RE = /[县市区旗](人民)?政府$/;
const HIGHER_GOV_RE = /^(省|州|自治州|市)(人民)?政府$|^[^县区旗]{0,6}州(人民)?政府$/;
const DEPARTMENT_RE =
  /(局|委|委员会|办|办公室|厅|部|院|会|中心|署|处|所|站|队|联|社|团委|海关|分行|支行|银行|公司|集团|馆|台|司)$/;

export function classifyUnit(name: string): UnitKind {
  if (GROUP_RE.test(name)) return 'group';
  if (ZONE_RE.test(name)) return 'development_zone';
  if (COUNTY_RE.test(name) && !HIGHER_GOV_RE.test(name)) return 'county_government';
  if (DEPARTMENT_RE.test(name)) return 'department';
  return 'other';
}

/** Whether a string reads as the name of a unit, as a unit clause would list it. */
export function looksLikeUnit(name: string): boolean {
  if (name.length < 2 || name.length > 30 || /[。,;:!?]/.test(name)) return false;
  return classifyUnit(name) !== 'other' || /(政府|单位|部门|机构|企业|学校)$/.test(name);
}
