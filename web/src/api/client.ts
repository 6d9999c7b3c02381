// A small fetch wrapper for /api. It owns the CSRF token (the server binds it to the session and
// rotates it on login, so auth calls hand the fresh one back via setCsrfToken), turns error
// bodies into ApiError, and tells the app when the session is gone so it can show the login page.
import { ApiError } from './api-error.ts';
import type { ErrorBody, SessionResponse } from './types.ts';

type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** Multipart upload; the browser sets the content type with its boundary. */
  form?: FormData;
  signal?: AbortSignal;
  /**
   * Whether a 401 means "the session is gone, go to the login page". Off for the login call
   * itself, whose 401 is a wrong password that the form shows.
   */
  redirectOn401?: boolean;
}

let csrfToken: string | null = null;
const unauthorizedListeners = new Set<() => void>();

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Subscribe to "the server says we are not logged in"; returns the unsubscribe function. */
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return `/api${path}${qs ? `?${qs}` : ''}`;
}

async function toApiError(res: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // Not JSON: a proxy error page or an empty body. Fall through to a generic message.
  }
  const err = (body as ErrorBody | null)?.error;
  if (err && typeof err.message === 'string') {
    return new ApiError(res.status, err.code ?? 'UNKNOWN', err.message, err.details ?? []);
  }
  if (res.status === 502 || res.status === 503 || res.status === 504) {
    return new ApiError(res.status, 'UNAVAILABLE', '服务暂时不可用,请稍后重试');
  }
  return new ApiError(res.status, 'UNKNOWN', `服务器返回了无法识别的响应(HTTP ${res.status})`);
}

async function send(method: string, path: string, opts: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: BodyInit | undefined;
  if (opts.form) {
    body = opts.form;
  } else if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  try {
    return await fetch(buildUrl(path, opts.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: opts.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'NETWORK', '无法连接服务器,请检查网络后重试');
  }
}

/** Fetch a fresh CSRF token; used once to recover when the stored one was rejected. */
async function refreshCsrfToken(): Promise<void> {
  const res = await send('GET', '/auth/session', {});
  if (res.ok) setCsrfToken(((await res.json()) as SessionResponse).csrfToken);
}

export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  let res = await send(method, path, opts);
  if (res.status === 403 && method !== 'GET') {
    // The token may be stale (another tab logged in again); refresh once and retry.
    const err = await toApiError(res.clone());
    if (err.code === 'AUTH_CSRF') {
      await refreshCsrfToken();
      res = await send(method, path, opts);
    }
  }
  if (!res.ok) {
    const err = await toApiError(res);
    // AUTH_INVALID_CREDENTIALS is a wrong password (login, change password), not a lost session.
    if (res.status === 401 && opts.redirectOn401 !== false && err.code !== 'AUTH_INVALID_CREDENTIALS') {
      for (const listener of unauthorizedListeners) listener();
    }
    throw err;
  }
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

export const http = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown, opts: RequestOptions = {}) => request<T>('POST', path, { ...opts, body }),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, { body }),
  upload: <T>(path: string, form: FormData) => request<T>('POST', path, { form }),
};
