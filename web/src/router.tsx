// Every page has its own URL. Pages are loaded on demand (React.lazy) so the first load carries
// only the frame and the current page; heavier future pages (ECharts) stay out of the entry chunk.
import { type ComponentType, lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate, Outlet } from 'react-router-dom';
import { AppLayout } from './components/app-layout.tsx';
import { PageLoading } from './components/load-state.tsx';
import { RouteError } from './components/route-error.tsx';
import { RequireAuth, RequireRole } from './components/route-guards.tsx';

// Pages use named exports; React.lazy wants a default export.
function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const LoginPage = lazyPage(() => import('./pages/login-page.tsx'), 'LoginPage');
const PlanOverviewPage = lazyPage(() => import('./pages/plan-overview-page.tsx'), 'PlanOverviewPage');
const PlanVersionsPage = lazyPage(() => import('./pages/plan-versions-page.tsx'), 'PlanVersionsPage');
const TasksPage = lazyPage(() => import('./pages/tasks-page.tsx'), 'TasksPage');
const TaskDetailPage = lazyPage(() => import('./pages/task-detail-page.tsx'), 'TaskDetailPage');
const UnitsPage = lazyPage(() => import('./pages/units-page.tsx'), 'UnitsPage');
const UsersPage = lazyPage(() => import('./pages/users-page.tsx'), 'UsersPage');
const AuditPage = lazyPage(() => import('./pages/audit-page.tsx'), 'AuditPage');
const NotFoundPage = lazyPage(() => import('./pages/not-found-page.tsx'), 'NotFoundPage');

function RootSuspense() {
  return (
    <Suspense fallback={<PageLoading />}>
      <Outlet />
    </Suspense>
  );
}

export const router = createBrowserRouter([
  {
    element: <RootSuspense />,
    errorElement: <RouteError />,
    children: [
      { path: '/login', element: <LoginPage /> },
      {
        path: '/',
        element: (
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        ),
        errorElement: <RouteError />,
        children: [
          { index: true, element: <Navigate to="/plan" replace /> },
          { path: 'plan', element: <PlanOverviewPage /> },
          { path: 'plan/versions', element: <PlanVersionsPage /> },
          { path: 'tasks', element: <TasksPage /> },
          { path: 'tasks/:id', element: <TaskDetailPage /> },
          { path: 'units', element: <UnitsPage /> },
          { path: 'units/:id', element: <UnitsPage /> },
          {
            path: 'admin/users',
            element: (
              <RequireRole roles={['admin']}>
                <UsersPage />
              </RequireRole>
            ),
          },
          {
            path: 'admin/audit',
            element: (
              <RequireRole roles={['admin']}>
                <AuditPage />
              </RequireRole>
            ),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
