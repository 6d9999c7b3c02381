// National standards used to compute a prefecture's quality targets: AQI (HJ 633—2012/2026), air
// data validity and limits (GB 3095—2012/2026), air-quality evaluation (HJ 663), surface water
// (GB 3838—2002), wastewater treatment plant effluent (GB 18918—2002), the unified social credit
// code (GB 32100—2015) and region codes (GB/T 2260). Pure code: no I/O.
export * from './exact-decimal.ts';
export * from './gb3095-data-validity.ts';
export * from './gb3095-limits.ts';
export * from './gb3838-evaluation.ts';
export * from './gb3838-limits.ts';
export * from './gb18918-compliance.ts';
export * from './gb18918-limits.ts';
export * from './gb32100-credit-code.ts';
export * from './gbt2260-region-code.ts';
export * from './gbt8170-rounding.ts';
export * from './hj633-aqi.ts';
export * from './hj633-tables.ts';
export * from './hj663-evaluation.ts';
export * from './hj663-percentile.ts';
export * from './measurement.ts';
export * from './standard-versions.ts';
export * from './units.ts';
