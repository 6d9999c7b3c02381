// Whether generated demo data is loaded (the layout shows a banner while it is).
import { http } from './client.ts';
import type { DemoStatus } from './import-types.ts';

export function getDemoStatus(signal?: AbortSignal): Promise<DemoStatus> {
  return http.get<DemoStatus>('/demo/status', undefined, signal);
}
