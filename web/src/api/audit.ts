// Audit log (admin only).
import { http } from './client.ts';
import type { AuditEntry, AuditQuery, Page } from './types.ts';

export function listAudit(query: AuditQuery, signal?: AbortSignal): Promise<Page<AuditEntry>> {
  return http.get<Page<AuditEntry>>('/audit', { ...query }, signal);
}
