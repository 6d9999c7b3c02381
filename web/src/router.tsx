// Every page has its own URL. Pages are loaded on demand (React.lazy) so the first load carries
// only the frame and the current page; heavier future pages (ECharts) stay out of the entry chunk.
import { type ComponentType, lazy, Suspense } from 'react';
import { createBrowserRouter, Outlet } from 'react-router-dom';
import type { Role } from './api/types.ts';
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
const CockpitPage = lazyPage(() => import('./pages/cockpit-page.tsx'), 'CockpitPage');
const IndicatorBoardPage = lazyPage(() => import('./pages/indicator-board-page.tsx'), 'IndicatorBoardPage');
const IndicatorDetailPage = lazyPage(() => import('./pages/indicator-detail-page.tsx'), 'IndicatorDetailPage');
const AirQualityPage = lazyPage(() => import('./pages/air-quality-page.tsx'), 'AirQualityPage');
const WaterPage = lazyPage(() => import('./pages/water-page.tsx'), 'WaterPage');
const DataImportPage = lazyPage(() => import('./pages/data-import-page.tsx'), 'DataImportPage');
const ImportHistoryPage = lazyPage(() => import('./pages/import-history-page.tsx'), 'ImportHistoryPage');
const RecordsBrowserPage = lazyPage(() => import('./pages/records-browser-page.tsx'), 'RecordsBrowserPage');
const MyReportsPage = lazyPage(() => import('./pages/progress/my-reports-page.tsx'), 'MyReportsPage');
const ReportPage = lazyPage(() => import('./pages/progress/report-page.tsx'), 'ReportPage');
const ReviewPage = lazyPage(() => import('./pages/progress/review-page.tsx'), 'ReviewPage');
const SupervisionNoticesPage = lazyPage(() => import('./pages/progress/supervision-page.tsx'), 'SupervisionPage');
const OverduePage = lazyPage(() => import('./pages/progress/overdue-page.tsx'), 'OverduePage');
const TargetLinksPage = lazyPage(() => import('./pages/progress/target-links-page.tsx'), 'TargetLinksPage');
const TracePage = lazyPage(() => import('./pages/trace/trace-page.tsx'), 'TracePage');
const DisposalListPage = lazyPage(() => import('./pages/trace/disposal-list-page.tsx'), 'DisposalListPage');
const DisposalCasePage = lazyPage(() => import('./pages/trace/disposal-case-page.tsx'), 'DisposalCasePage');
const IncidentsPage = lazyPage(() => import('./pages/trace/incidents-page.tsx'), 'IncidentsPage');
const IncidentDetailPage = lazyPage(() => import('./pages/trace/incident-detail-page.tsx'), 'IncidentDetailPage');
const PublicIncidentReportPage = lazyPage(
  () => import('./pages/trace/public-incident-report-page.tsx'),
  'PublicIncidentReportPage',
);
const EnterprisesPage = lazyPage(() => import('./pages/supervision/enterprises-page.tsx'), 'EnterprisesPage');
const EnterpriseDetailPage = lazyPage(
  () => import('./pages/supervision/enterprise-detail-page.tsx'),
  'EnterpriseDetailPage',
);
const MatchQueuePage = lazyPage(() => import('./pages/supervision/match-queue-page.tsx'), 'MatchQueuePage');
const DrawsPage = lazyPage(() => import('./pages/supervision/draws-page.tsx'), 'DrawsPage');
const DrawDetailPage = lazyPage(() => import('./pages/supervision/draw-detail-page.tsx'), 'DrawDetailPage');
const RiskModelPage = lazyPage(() => import('./pages/supervision/risk-model-page.tsx'), 'RiskModelPage');
const PublicDrawPage = lazyPage(() => import('./pages/supervision/public-draw-page.tsx'), 'PublicDrawPage');
const PublicDrawListPage = lazyPage(() => import('./pages/supervision/public-draw-page.tsx'), 'PublicDrawListPage');
const NotFoundPage = lazyPage(() => import('./pages/not-found-page.tsx'), 'NotFoundPage');
const RoundsPage = lazyPage(() => import('./pages/assessment/rounds-page.tsx'), 'RoundsPage');
const RoundPage = lazyPage(() => import('./pages/assessment/round-page.tsx'), 'RoundPage');
const RuleSetsPage = lazyPage(() => import('./pages/assessment/rule-sets-page.tsx'), 'RuleSetsPage');
const ReportsPage = lazyPage(() => import('./pages/reports/reports-page.tsx'), 'ReportsPage');
const DisclosureAdminPage = lazyPage(() => import('./pages/public/disclosure-admin-page.tsx'), 'DisclosureAdminPage');
const PublicHomePage = lazyPage(() => import('./pages/public/public-home-page.tsx'), 'PublicHomePage');
const PublicIndicatorListPage = lazyPage(
  () => import('./pages/public/public-indicators-page.tsx'),
  'PublicIndicatorListPage',
);
const PublicIndicatorPage = lazyPage(() => import('./pages/public/public-indicators-page.tsx'), 'PublicIndicatorPage');
const PublicSamplingListPage = lazyPage(
  () => import('./pages/public/public-sampling-page.tsx'),
  'PublicSamplingListPage',
);
const PublicSamplingPage = lazyPage(() => import('./pages/public/public-sampling-page.tsx'), 'PublicSamplingPage');
const PublicAssessmentListPage = lazyPage(
  () => import('./pages/public/public-assessment-page.tsx'),
  'PublicAssessmentListPage',
);
const PublicAssessmentPage = lazyPage(
  () => import('./pages/public/public-assessment-page.tsx'),
  'PublicAssessmentPage',
);

// Enterprise data and risk classes are internal: staff of the 州 and the counties, not viewers.
const SUPERVISION_ROLES: Role[] = ['admin', 'office', 'department', 'county'];

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
      // Public: anyone may report a product quality incident without an account.
      { path: '/public/incident-report', element: <PublicIncidentReportPage /> },
      // Public: 双随机 draws, their hashes, seeds and results (never a risk class), no login.
      { path: '/public/draws', element: <PublicDrawListPage /> },
      { path: '/public/draws/:id', element: <PublicDrawPage /> },
      // Public: 信息公开 — published indicator snapshots, sampling lists and assessment results, no login.
      { path: '/public', element: <PublicHomePage /> },
      { path: '/public/indicators', element: <PublicIndicatorListPage /> },
      { path: '/public/indicators/:id', element: <PublicIndicatorPage /> },
      { path: '/public/sampling', element: <PublicSamplingListPage /> },
      { path: '/public/sampling/:id', element: <PublicSamplingPage /> },
      { path: '/public/assessment', element: <PublicAssessmentListPage /> },
      { path: '/public/assessment/:id', element: <PublicAssessmentPage /> },
      {
        path: '/',
        element: (
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        ),
        errorElement: <RouteError />,
        children: [
          { index: true, element: <CockpitPage /> },
          { path: 'indicators', element: <IndicatorBoardPage /> },
          // Static segments outrank :code, so these two are never read as indicator codes.
          { path: 'indicators/air', element: <AirQualityPage /> },
          { path: 'indicators/water', element: <WaterPage /> },
          { path: 'indicators/:code', element: <IndicatorDetailPage /> },
          { path: 'data/import', element: <DataImportPage /> },
          { path: 'data/imports', element: <ImportHistoryPage /> },
          { path: 'data/records', element: <RecordsBrowserPage /> },
          { path: 'plan', element: <PlanOverviewPage /> },
          { path: 'plan/versions', element: <PlanVersionsPage /> },
          { path: 'tasks', element: <TasksPage /> },
          { path: 'tasks/:id', element: <TaskDetailPage /> },
          { path: 'units', element: <UnitsPage /> },
          { path: 'units/:id', element: <UnitsPage /> },
          { path: 'trace', element: <TracePage /> },
          { path: 'disposal', element: <DisposalListPage /> },
          { path: 'disposal/:id', element: <DisposalCasePage /> },
          { path: 'incidents', element: <IncidentsPage /> },
          { path: 'incidents/:id', element: <IncidentDetailPage /> },
          {
            path: 'progress/my',
            element: (
              <RequireRole roles={['department', 'county']}>
                <MyReportsPage />
              </RequireRole>
            ),
          },
          { path: 'progress/reports/:id', element: <ReportPage /> },
          {
            path: 'progress/review',
            element: (
              <RequireRole roles={['office', 'admin']}>
                <ReviewPage />
              </RequireRole>
            ),
          },
          { path: 'progress/supervision', element: <SupervisionNoticesPage /> },
          {
            path: 'progress/overdue',
            element: (
              <RequireRole roles={['office', 'admin', 'viewer']}>
                <OverduePage />
              </RequireRole>
            ),
          },
          { path: 'progress/links', element: <TargetLinksPage /> },
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
          {
            path: 'supervision/enterprises',
            element: (
              <RequireRole roles={SUPERVISION_ROLES}>
                <EnterprisesPage />
              </RequireRole>
            ),
          },
          {
            path: 'supervision/enterprises/:id',
            element: (
              <RequireRole roles={SUPERVISION_ROLES}>
                <EnterpriseDetailPage />
              </RequireRole>
            ),
          },
          {
            path: 'supervision/matches',
            element: (
              <RequireRole roles={['admin', 'office']}>
                <MatchQueuePage />
              </RequireRole>
            ),
          },
          {
            path: 'supervision/draws',
            element: (
              <RequireRole roles={SUPERVISION_ROLES}>
                <DrawsPage />
              </RequireRole>
            ),
          },
          {
            path: 'supervision/draws/:id',
            element: (
              <RequireRole roles={SUPERVISION_ROLES}>
                <DrawDetailPage />
              </RequireRole>
            ),
          },
          {
            path: 'supervision/risk-model',
            element: (
              <RequireRole roles={SUPERVISION_ROLES}>
                <RiskModelPage />
              </RequireRole>
            ),
          },
          { path: 'assessment', element: <RoundsPage /> },
          { path: 'assessment/rules', element: <RuleSetsPage /> },
          { path: 'assessment/rounds/:id', element: <RoundPage /> },
          {
            path: 'reports',
            element: (
              <RequireRole roles={['office', 'admin']}>
                <ReportsPage />
              </RequireRole>
            ),
          },
          {
            path: 'disclosure',
            element: (
              <RequireRole roles={['office', 'admin']}>
                <DisclosureAdminPage />
              </RequireRole>
            ),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
