// Key tasks (重点任务) and per-unit responsibilities (单位责任清单).
import { http } from './client.ts';
import type { Page, TaskDetail, TaskQuery, TaskSummary, UnitResponsibilities } from './types.ts';

export function listTasks(query: TaskQuery, signal?: AbortSignal): Promise<Page<TaskSummary>> {
  return http.get<Page<TaskSummary>>('/tasks', { ...query }, signal);
}

export function getTask(id: number, signal?: AbortSignal): Promise<TaskDetail> {
  return http.get<TaskDetail>(`/tasks/${id}`, undefined, signal);
}

export function getUnitResponsibilities(
  unitId: number,
  planId: number | null,
  signal?: AbortSignal,
): Promise<UnitResponsibilities> {
  return http.get<UnitResponsibilities>(`/units/${unitId}/responsibilities`, { planId }, signal);
}
