// Branded units for concentrations. A brand costs nothing at run time and stops a μg/m³ value
// being passed where mg/m³ is meant; functions that average or rank values are generic in the
// unit, so branded input gives branded output and plain numbers keep working.

export type UgPerM3 = number & { readonly __unit: 'ug/m3' };
export type MgPerM3 = number & { readonly __unit: 'mg/m3' };
export type MgPerL = number & { readonly __unit: 'mg/L' };

export const ugPerM3 = (value: number): UgPerM3 => value as UgPerM3;
export const mgPerM3 = (value: number): MgPerM3 => value as MgPerM3;
export const mgPerL = (value: number): MgPerL => value as MgPerL;
