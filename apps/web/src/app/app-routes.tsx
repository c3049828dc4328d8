import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { AppLayout } from '../layout/app-layout';
import { PageLoading } from '../ui/page-loading';
import { RequireSession } from './require-session';

// Every page is its own chunk; charts (ECharts) load later still, inside the pages that draw them.
const LoginPage = lazy(() => import('../pages/login/login-page'));
const OverviewPage = lazy(() => import('../pages/overview/overview-page'));
const SchoolsPage = lazy(() => import('../pages/schools/schools-page'));
const SchoolDetailPage = lazy(() => import('../pages/schools/school-detail-page'));
const OutlookPage = lazy(() => import('../pages/outlook/outlook-page'));
const ScenariosPage = lazy(() => import('../pages/scenarios/scenarios-page'));
const ScenarioFormPage = lazy(() => import('../pages/scenarios/scenario-form-page'));
const ScenarioPage = lazy(() => import('../pages/scenarios/scenario-page'));
const ComparePage = lazy(() => import('../pages/scenarios/compare-page'));
const ImportPage = lazy(() => import('../pages/import/import-page'));
const StandardSetsPage = lazy(() => import('../pages/admin/standard-sets-page'));
const DocumentSettingsPage = lazy(() => import('../pages/documents/document-settings-page'));
const UsersPage = lazy(() => import('../pages/users/users-page'));
const AuditLogPage = lazy(() => import('../pages/audit/audit-log-page'));
const NotFoundPage = lazy(() => import('../pages/not-found-page'));
const PublicNoticePage = lazy(() => import('../pages/notice/public-notice-page'));
const NoticeSettingsPage = lazy(() => import('../pages/admin/notice-settings-page'));

export function AppRoutes() {
  return (
    <Suspense fallback={<PageLoading />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        {/* The one page without login: a public notice by its token (the API answers only while its window is open). */}
        <Route path="/notice/:token" element={<PublicNoticePage />} />
        <Route
          element={
            <RequireSession>
              <AppLayout />
            </RequireSession>
          }
        >
          <Route index element={<OverviewPage />} />
          <Route path="schools" element={<SchoolsPage />} />
          <Route path="schools/:code" element={<SchoolDetailPage />} />
          <Route path="outlook" element={<OutlookPage />} />
          <Route path="scenarios" element={<RequireSession need="seeScenarios"><ScenariosPage /></RequireSession>} />
          <Route path="scenarios/new" element={<RequireSession need="editScenarios"><ScenarioFormPage /></RequireSession>} />
          <Route path="scenarios/:id" element={<RequireSession need="seeScenarios"><ScenarioPage /></RequireSession>} />
          <Route path="scenarios/:id/edit" element={<RequireSession need="editScenarios"><ScenarioFormPage /></RequireSession>} />
          <Route path="compare" element={<RequireSession need="seeScenarios"><ComparePage /></RequireSession>} />
          <Route path="import" element={<RequireSession need="importRosters"><ImportPage /></RequireSession>} />
          <Route path="admin/standards" element={<RequireSession need="manageStandards" denied="result"><StandardSetsPage /></RequireSession>} />
          <Route path="admin/notice" element={<RequireSession need="manageUsers" denied="result"><NoticeSettingsPage /></RequireSession>} />
          <Route path="admin/documents" element={<RequireSession need="manageStandards" denied="result"><DocumentSettingsPage /></RequireSession>} />
          <Route path="admin/users" element={<RequireSession need="manageUsers" denied="result"><UsersPage /></RequireSession>} />
          <Route path="admin/audit" element={<RequireSession need="manageUsers" denied="result"><AuditLogPage /></RequireSession>} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
