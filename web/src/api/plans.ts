// Plan versions, plan detail, import, and confirming unmatched unit names.
import { http } from './client.ts';
import type { ItemList, Ok, PlanDetail, PlanImportResponse, PlanListItem } from './types.ts';

export function listPlans(signal?: AbortSignal): Promise<ItemList<PlanListItem>> {
  return http.get<ItemList<PlanListItem>>('/plans', undefined, signal);
}

/** The given version, or the current plan when planId is absent. */
export function getPlan(planId: number | null, signal?: AbortSignal): Promise<PlanDetail> {
  return http.get<PlanDetail>(planId ? `/plans/${planId}` : '/plans/current', undefined, signal);
}

export function importPlan(file: File): Promise<PlanImportResponse> {
  const form = new FormData();
  form.append('file', file, file.name);
  return http.upload<PlanImportResponse>('/plans/import', form);
}

export function confirmUnitMatch(planId: number, name: string, unitId: number): Promise<Ok> {
  return http.post<Ok>(`/plans/${planId}/unit-matches`, { name, unitId });
}
