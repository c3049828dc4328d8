import { MockedProvider } from '@apollo/client/testing/react';
import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { writeSession } from '../auth/session-store';
import { CountiesQuery } from '../county/counties.query';
import type { Role } from '../gql/graphql';
import { renderWithProviders } from '../test-support/render-with-providers';
import { AppLayout } from './app-layout';

const counties = {
  request: { query: CountiesQuery },
  result: { data: { counties: [{ __typename: 'County', id: 'Q291bnR5OjQzMTEyNA==', code: '431124', name: '道县', cityCode: '431100' }] } },
};

function renderAs(role: Role) {
  writeSession({ token: 't', expiresAt: '2099-01-01T00:00:00Z', user: { username: role.toLowerCase(), displayName: '用户', role, regionCode: '431124' } });
  return renderWithProviders(
    <MockedProvider mocks={[counties]}>
      <Routes>
        <Route element={<AppLayout />}>
          <Route index element={<p>内容</p>} />
        </Route>
      </Routes>
    </MockedProvider>,
  );
}

describe('AppLayout', () => {
  it('shows a viewer no scenario pages', async () => {
    renderAs('VIEWER');
    expect(await screen.findByText('道县')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '县域概览' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '配置方案' })).toBeNull();
    expect(screen.getByText('查看者')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '用户管理' })).toBeNull();
  });

  it('shows a planner the scenario pages', async () => {
    renderAs('PLANNER');
    expect(await screen.findByText('道县')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '配置方案' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '方案对比' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '用户管理' })).toBeNull();
  });

  it('shows an admin the users page', async () => {
    renderAs('ADMIN');
    expect(await screen.findByText('道县')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '用户管理' })).toHaveAttribute('href', '/admin/users');
    expect(screen.getByRole('link', { name: '审计日志' })).toHaveAttribute('href', '/admin/audit');
  });
});
