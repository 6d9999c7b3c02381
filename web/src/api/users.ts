// User administration (admin only).
import { http } from './client.ts';
import type { Page, User, UserCreateInput, UserCreateResponse, UserPatchInput } from './types.ts';

export function listUsers(page: number, pageSize: number, signal?: AbortSignal): Promise<Page<User>> {
  return http.get<Page<User>>('/users', { page, pageSize }, signal);
}

export function createUser(input: UserCreateInput): Promise<UserCreateResponse> {
  return http.post<UserCreateResponse>('/users', input);
}

export function updateUser(id: number, patch: UserPatchInput): Promise<{ user: User }> {
  return http.patch<{ user: User }>(`/users/${id}`, patch);
}

export function resetPassword(id: number): Promise<{ initialPassword: string }> {
  return http.post<{ initialPassword: string }>(`/users/${id}/reset-password`, {});
}
