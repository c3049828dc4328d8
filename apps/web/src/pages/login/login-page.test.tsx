import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { readSession } from '../../auth/session-store';
import { renderWithProviders } from '../../test-support/render-with-providers';
import LoginPage from './login-page';
import { LoginMutation } from './login.mutation';

const payload = {
  token: 'signed-token',
  expiresAt: '2099-01-01T00:00:00.000Z',
  user: { __typename: 'User', id: 'VXNlcjoy', username: 'planner', displayName: '规划员', role: 'PLANNER', regionCode: '431124' },
  __typename: 'AuthPayload',
};

function renderLogin(mocks: MockLink.MockedResponse[]) {
  return renderWithProviders(
    <MockedProvider mocks={mocks}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/" element={<p>概览页</p>} />
      </Routes>
    </MockedProvider>,
    { path: '/login' },
  );
}

async function submit(username: string, password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('用户名'), username);
  await user.type(screen.getByLabelText('密码'), password);
  await user.click(screen.getByRole('button', { name: /登\s*录/ }));
}

describe('LoginPage', () => {
  it('is labelled in Chinese and asks for both fields', async () => {
    renderLogin([]);
    expect(screen.getByLabelText('用户名')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: /登\s*录/ }));
    expect(await screen.findByText('请输入用户名')).toBeInTheDocument();
    expect(screen.getByText('请输入密码')).toBeInTheDocument();
  });

  it('signs in, keeps the session and opens the overview', async () => {
    renderLogin([{ request: { query: LoginMutation, variables: { username: 'planner', password: 'junheng-demo' } }, result: { data: { login: payload } } }]);
    await submit('planner', 'junheng-demo');
    expect(await screen.findByText('概览页')).toBeInTheDocument();
    expect(readSession()?.user.role).toBe('PLANNER');
  });

  it('says the username or password is wrong, in Chinese, without the server text', async () => {
    renderLogin([
      {
        request: { query: LoginMutation, variables: { username: 'planner', password: 'nope' } },
        result: { errors: [new GraphQLError('Wrong username or password', { extensions: { code: 'UNAUTHENTICATED' } })] },
      },
    ]);
    await submit('planner', 'nope');
    expect(await screen.findByText('用户名或密码错误')).toBeInTheDocument();
    expect(screen.queryByText(/Wrong username/)).toBeNull();
    await waitFor(() => expect(readSession()).toBeNull());
  });
});
