import { drawBenchmarks } from './draw.bench.ts';
import type { Benchmark } from './harness.ts';
import { importBenchmarks } from './import.bench.ts';
import { indicatorBenchmarks } from './indicators.bench.ts';
import { planBenchmarks } from './plan.bench.ts';
import { traceBenchmarks } from './trace.bench.ts';

export const BENCHMARKS: Benchmark[] = [
  ...planBenchmarks,
  ...importBenchmarks,
  ...indicatorBenchmarks,
  ...traceBenchmarks,
  ...drawBenchmarks,
];
