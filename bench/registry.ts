import type { Benchmark } from './harness.ts';
import { planBenchmarks } from './plan.bench.ts';

export const BENCHMARKS: Benchmark[] = [...planBenchmarks];
