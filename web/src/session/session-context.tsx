// Who is logged in. Loaded once at start (which also fetches the CSRF token), updated by
// login/logout, and cleared when any request reports the session is gone (401), at which point
// the route guard sends the user to the login page.
import { Button, Result, Spin } from 'antd';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { errorMessage } from '../api/api-error.ts';
import * as authApi from '../api/auth.ts';
import { onUnauthorized } from '../api/client.ts';
import type { User } from '../api/types.ts';

export interface SessionValue {
  user: User | null;
  login: (username: string, password: string) => Promise<User>;
  logout: () => Promise<void>;
  /** Re-read the session from the server (e.g. after changing the password). */
  refresh: () => Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [ready, setReady] = useState(false);
  const [loadError, setLoadError] = useState<unknown>(null);

  const refresh = useCallback(async () => {
    const session = await authApi.fetchSession();
    setUser(session.user);
  }, []);

  const load = useCallback(() => {
    setLoadError(null);
    refresh().then(
      () => setReady(true),
      (err: unknown) => setLoadError(err),
    );
  }, [refresh]);

  useEffect(load, [load]);
  useEffect(() => onUnauthorized(() => setUser(null)), []);

  const value = useMemo<SessionValue>(
    () => ({
      user,
      refresh,
      login: async (username, password) => {
        const res = await authApi.login(username, password);
        setUser(res.user);
        return res.user;
      },
      logout: async () => {
        try {
          await authApi.logout();
        } finally {
          setUser(null);
        }
      },
    }),
    [user, refresh],
  );

  if (loadError) {
    return (
      <Result
        status="error"
        title="无法连接平台服务"
        subTitle={errorMessage(loadError)}
        extra={
          <Button type="primary" onClick={load}>
            重试
          </Button>
        }
      />
    );
  }
  if (!ready) {
    return (
      <div style={{ display: 'flex', justifyContent: 'center', alignItems: 'center', height: '100vh' }}>
        <Spin size="large" />
      </div>
    );
  }
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside SessionProvider');
  return value;
}
