import { Button, Layout, Menu, Space, Tag, Typography } from 'antd';
import { Suspense } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useSession, useSignedIn } from '../auth/session-context';
import { CountyProvider } from '../county/county-context';
import { RegionSwitcher } from '../county/region-switcher';
import { useT } from '../i18n/locale-context';
import { PageLoading } from '../ui/page-loading';
import { LanguageSwitch } from './language-switch';

/** Header with the pages the role may open, the region switcher, language and logout. */
export function AppLayout() {
  const t = useT();
  const { session, permissions } = useSignedIn();
  const { signOut } = useSession();
  const location = useLocation();
  const items = [
    { key: '/', label: <Link to="/">{t('nav.overview')}</Link> },
    { key: '/schools', label: <Link to="/schools">{t('nav.schools')}</Link> },
    { key: '/outlook', label: <Link to="/outlook">{t('nav.outlook')}</Link> },
    ...(permissions.seeScenarios
      ? [
          { key: '/scenarios', label: <Link to="/scenarios">{t('nav.scenarios')}</Link> },
          { key: '/compare', label: <Link to="/compare">{t('nav.compare')}</Link> },
        ]
      : []),
    ...(permissions.importRosters ? [{ key: '/import', label: <Link to="/import">{t('nav.import')}</Link> }] : []),
    ...(permissions.manageStandards
      ? [
          { key: '/admin/standards', label: <Link to="/admin/standards">{t('nav.standards')}</Link> },
          { key: '/admin/documents', label: <Link to="/admin/documents">{t('nav.documents')}</Link> },
        ]
      : []),
    ...(permissions.manageUsers
      ? [
          { key: '/admin/notice', label: <Link to="/admin/notice">{t('lifecycle.settings')}</Link> },
          { key: '/admin/users', label: <Link to="/admin/users">{t('nav.users')}</Link> },
          { key: '/admin/audit', label: <Link to="/admin/audit">{t('nav.audit')}</Link> },
        ]
      : []),
  ];
  const selected = items.map((i) => i.key).filter((k) => (k === '/' ? location.pathname === '/' : location.pathname.startsWith(k)));
  return (
    <CountyProvider>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, paddingInline: 16, height: 'auto', minHeight: 64, background: '#fff', borderBottom: '1px solid #f0f0f0' }}>
          <Typography.Text strong style={{ fontSize: 18, whiteSpace: 'nowrap' }}>
            {t('app.shortTitle')}
          </Typography.Text>
          <nav aria-label={t('app.title')} style={{ flex: 1, minWidth: 0 }}>
            {/* Every page stays a visible link: antd's overflow menu hides items as aria-hidden yet focusable. */}
            <Menu mode="horizontal" disabledOverflow selectedKeys={selected} items={items} style={{ borderBottom: 'none', flexWrap: 'wrap', lineHeight: '46px' }} />
          </nav>
          <Space size="middle" wrap={false}>
            <RegionSwitcher />
            <LanguageSwitch />
            <span style={{ whiteSpace: 'nowrap' }}>
              {session.user.displayName} <Tag>{t(`role.${session.user.role}`)}</Tag>
            </span>
            <Button onClick={() => signOut('login.loggedOut')}>{t('nav.logout')}</Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 16 }}>
          <main>
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </main>
        </Layout.Content>
      </Layout>
    </CountyProvider>
  );
}
