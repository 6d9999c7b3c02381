// Session endpoints. Login and logout rotate the CSRF token, so each call stores the new one.
import { http, setCsrfToken } from './client.ts';
import type { LoginResponse, Ok, PasswordChangeResponse, SessionResponse } from './types.ts';

export async function fetchSession(signal?: AbortSignal): Promise<SessionResponse> {
  const session = await http.get<SessionResponse>('/auth/session', undefined, signal);
  setCsrfToken(session.csrfToken);
  return session;
}

export async function login(username: string, password: string): Promise<LoginResponse> {
  const res = await http.post<LoginResponse>('/auth/login', { username, password }, { redirectOn401: false });
  setCsrfToken(res.csrfToken);
  return res;
}

export async function logout(): Promise<SessionResponse> {
  await http.post<Ok>('/auth/logout', {});
  // The old token died with the session; fetch the anonymous session's token.
  return fetchSession();
}

export async function changePassword(oldPassword: string, newPassword: string): Promise<PasswordChangeResponse> {
  const res = await http.post<PasswordChangeResponse>('/auth/password', { oldPassword, newPassword });
  if (res.csrfToken) setCsrfToken(res.csrfToken);
  return res;
}
