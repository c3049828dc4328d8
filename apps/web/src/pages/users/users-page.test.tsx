import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { RequireSession } from '../../app/require-session';
import { writeSession } from '../../auth/session-store';
import type { Role } from '../../gql/graphql';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { CreateUserMutation, UpdateUserMutation } from './user.mutations';
import { toUpdateInput } from './user-form-values';
import UsersPage from './users-page';
import { AssignableRegionsQuery } from '../../county/assignable-regions.query';
import { UsersPageQuery } from './users.query';

const admin = { __typename: 'User' as const, id: 'VXNlcjox', username: 'admin', displayName: '系统管理员', role: 'ADMIN' as const, regionCode: '431100' };
const planner = { __typename: 'User' as const, id: 'VXNlcjoy', username: 'planner', displayName: '王五', role: 'PLANNER' as const, regionCode: '431124' };

const regions: MockLink.MockedResponse = {
  request: { query: AssignableRegionsQuery },
  result: {
    data: {
      assignableRegions: [
        { __typename: 'Region', code: '431100', name: '永州市', kind: 'CITY', parentCode: null },
        { __typename: 'Region', code: '431124', name: '道县', kind: 'COUNTY', parentCode: '431100' },
      ],
    },
  },
  maxUsageCount: 10,
};

const users: MockLink.MockedResponse = {
  request: { query: UsersPageQuery, variables: { first: 20, after: null, search: null } },
  result: {
    data: {
      users: { __typename: 'UserConnection', totalCount: 2, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'Yzpw' }, nodes: [admin, planner] },
    },
  },
  maxUsageCount: 10,
};

function signIn(role: Role) {
  writeSession({ token: 't', expiresAt: '2099-01-01T00:00:00Z', user: { username: role === 'ADMIN' ? 'admin' : role.toLowerCase(), displayName: '用户', role, regionCode: '431100' } });
}

function renderPage(mocks: MockLink.MockedResponse[] = [], role: Role = 'ADMIN') {
  signIn(role);
  return renderWithProviders(
    <MockedProvider mocks={[regions, users, ...mocks]}>
      <Routes>
        <Route
          path="/admin/users"
          element={
            <RequireSession need="manageUsers" denied="result">
              <UsersPage />
            </RequireSession>
          }
        />
      </Routes>
    </MockedProvider>,
    { path: '/admin/users' },
  );
}

async function pick(user: ReturnType<typeof userEvent.setup>, label: string, option: string) {
  await user.click(within(screen.getByRole('dialog')).getByLabelText(label));
  const item = await waitFor(() => {
    const found = document.querySelector(`.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${option}"]`);
    if (!found) throw new Error(`no option ${option}`);
    return found as HTMLElement;
  });
  await user.click(item);
}

async function openCreate() {
  const user = userEvent.setup();
  await screen.findByText('planner');
  await user.click(screen.getByText('新建用户', { selector: 'button > span' }));
  const dialog = await screen.findByRole('dialog');
  return { user, dialog };
}

async function fillCreate(user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement, username: string) {
  await user.type(within(dialog).getByLabelText('用户名'), username);
  await user.type(within(dialog).getByLabelText('姓名'), '李四');
  await pick(user, '角色', '人事股');
  await pick(user, '所属区域', '道县');
  await user.type(within(dialog).getByLabelText('密码'), 'long-enough');
}

const createVariables = (username: string) => ({ input: { username, displayName: '李四', role: 'HR', regionCode: '431124', password: 'long-enough' } });

describe('UsersPage', () => {
  it('lists the users with Chinese role and region names; one\'s own account cannot be deleted', async () => {
    renderPage();
    expect(await screen.findByText('规划员', { selector: 'td' })).toBeInTheDocument();
    expect(screen.getByText('王五')).toBeInTheDocument();
    expect(screen.getByText('管理员', { selector: 'td' })).toBeInTheDocument();
    expect(screen.getByText('永州市（全市）')).toBeInTheDocument();
    expect(screen.getByText('道县')).toBeInTheDocument();
    expect(screen.getByText('共 2 条')).toBeInTheDocument();
    expect(screen.getByLabelText('删除 admin')).toBeDisabled();
    expect(screen.getByLabelText('删除 planner')).toBeEnabled();
  });

  it('checks the form before sending anything', async () => {
    renderPage();
    const { user, dialog } = await openCreate();
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('请输入用户名')).toBeInTheDocument();
    expect(within(dialog).getByText('请输入姓名')).toBeInTheDocument();
    expect(within(dialog).getByText('请选择角色')).toBeInTheDocument();
    expect(within(dialog).getByText('请选择所属区域')).toBeInTheDocument();
    expect(within(dialog).getByText('请输入密码')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('用户名'), 'Li Si');
    await user.type(within(dialog).getByLabelText('密码'), 'short');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText(/用户名为 2～64 位小写字母/)).toBeInTheDocument();
    expect(within(dialog).getByText('密码至少 8 位')).toBeInTheDocument();
    // Nothing was sent: a mutation without a mock would have shown an error.
    expect(within(dialog).queryByRole('alert')).toBeNull();
  });

  it('creates a user and says so', async () => {
    const created = { ...planner, id: 'VXNlcjoz', username: 'li.si', displayName: '李四', role: 'HR' as const };
    renderPage([{ request: { query: CreateUserMutation, variables: createVariables('li.si') }, result: { data: { createUser: created } } }]);
    const { user, dialog } = await openCreate();
    await fillCreate(user, dialog, 'li.si');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await screen.findByText('已创建用户 li.si')).toBeInTheDocument();
  });

  it('explains a taken username in Chinese, at the field', async () => {
    renderPage([
      {
        request: { query: CreateUserMutation, variables: createVariables('planner') },
        result: { errors: [new GraphQLError('Username "planner" is already taken', { extensions: { code: 'CONFLICT', field: 'username' } })] },
      },
    ]);
    const { user, dialog } = await openCreate();
    await fillCreate(user, dialog, 'planner');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('用户名已被使用，请换一个');
    expect(within(dialog).queryByText(/already taken/)).toBeNull();
  });

  it('edits only what changed, and keeps an admin from dropping their own role', async () => {
    renderPage([
      {
        request: { query: UpdateUserMutation, variables: { id: planner.id, input: { displayName: '王五甲' } } },
        result: { data: { updateUser: { ...planner, displayName: '王五甲' } } },
      },
    ]);
    const user = userEvent.setup();
    await screen.findByText('planner');
    await user.click(screen.getByLabelText('编辑 admin'));
    let dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText('角色')).toBeDisabled();
    expect(within(dialog).getByText('不能取消自己的管理员角色')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: '取消' }));

    await user.click(screen.getByLabelText('编辑 planner'));
    dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(within(dialog).getByLabelText('姓名')).toHaveValue('王五'));
    expect(within(dialog).getByLabelText('用户名')).toBeDisabled();
    await user.clear(within(dialog).getByLabelText('姓名'));
    await user.type(within(dialog).getByLabelText('姓名'), '王五甲');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await screen.findByText('已保存用户 planner')).toBeInTheDocument();
  });

  it('shows other roles a "no permission" page instead of the list', async () => {
    renderPage([], 'PLANNER');
    expect(await screen.findByText('无权访问此页面')).toBeInTheDocument();
    expect(screen.queryByText('新建用户')).toBeNull();
  });
});

describe('toUpdateInput', () => {
  it('sends changed fields only, and a password only when one is typed', () => {
    expect(toUpdateInput({ username: 'planner', displayName: ' 王五 ', role: 'PLANNER', regionCode: '431124', password: '' }, planner)).toEqual({});
    expect(toUpdateInput({ username: 'planner', displayName: '王五', role: 'HR', regionCode: '431100', password: 'new-password' }, planner)).toEqual({
      role: 'HR',
      regionCode: '431100',
      password: 'new-password',
    });
  });
});
