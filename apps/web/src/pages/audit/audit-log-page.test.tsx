import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { RequireSession } from '../../app/require-session';
import { writeSession } from '../../auth/session-store';
import type { Role } from '../../gql/graphql';
import { renderWithProviders } from '../../test-support/render-with-providers';
import AuditLogPage from './audit-log-page';
import { AuditLogPageQuery } from './audit-log.query';

const entry = (id: string, action: string, username: string, target: string) => ({
  __typename: 'AuditLogEntry' as const, id, at: '2026-03-01T08:00:00.000Z', username, action, regionCode: '431124', target, details: '{"scenario":"方案甲"}',
});
const page = (nodes: ReturnType<typeof entry>[]) => ({
  data: { auditLog: { __typename: 'AuditLogEntryConnection', totalCount: nodes.length, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, nodes } },
});

const all: MockLink.MockedResponse = {
  request: { query: AuditLogPageQuery, variables: { first: 20, after: null, filter: {} } },
  result: page([entry('2', 'APPLY_REFUSED_CONFLICT', 'hr', 's-1'), entry('1', 'APPLY_PLAN', 'hr', 's-1')]),
  maxUsageCount: 5,
};
const byUser: MockLink.MockedResponse = {
  request: { query: AuditLogPageQuery, variables: { first: 20, after: null, filter: { username: 'admin' } } },
  result: page([entry('3', 'CREATE_USER', 'admin', 'new-user')]),
};

function renderPage(role: Role, mocks: MockLink.MockedResponse[] = [all]) {
  writeSession({ token: 't', expiresAt: '2099-01-01T00:00:00Z', user: { username: role.toLowerCase(), displayName: '用户', role, regionCode: '431100' } });
  return renderWithProviders(
    <MockedProvider mocks={mocks}>
      <Routes>
        <Route path="/admin/audit" element={<RequireSession need="manageUsers" denied="result"><AuditLogPage /></RequireSession>} />
      </Routes>
    </MockedProvider>,
    { path: '/admin/audit' },
  );
}

describe('AuditLogPage', () => {
  it('lists the region\'s audit rows with Chinese action names, refusals marked', async () => {
    renderPage('ADMIN');
    expect(await screen.findByText('执行被拒（状态冲突）')).toBeInTheDocument();
    expect(screen.getByText('执行方案')).toBeInTheDocument();
    expect(screen.getByText('审计日志', { selector: 'h2' })).toBeInTheDocument();
    expect(screen.getByText('共 2 条')).toBeInTheDocument();
  });

  it('filters by user on the server', async () => {
    renderPage('ADMIN', [all, byUser]);
    await screen.findByText('执行方案');
    const user = userEvent.setup();
    await user.type(screen.getByPlaceholderText('操作人'), 'admin{Enter}');
    expect(await screen.findByText('新建用户')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('执行方案')).not.toBeInTheDocument());
  });

  it('is refused to a planner', async () => {
    renderPage('PLANNER');
    expect(await screen.findByText(/无权|没有权限|403/)).toBeInTheDocument();
  });
});
