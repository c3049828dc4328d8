import { Button } from 'antd';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useSession } from '../auth/session-context';
import { writeSession } from '../auth/session-store';
import type { MessageKey } from '../i18n/messages';
import { renderWithProviders } from '../test-support/render-with-providers';
import { RequireSession } from './require-session';

function LoginProbe() {
  const from = (useLocation().state as { from?: string } | null)?.from;
  return <p>{`login, back to ${from ?? 'the overview'}`}</p>;
}

function SignOut({ why }: { why: MessageKey }) {
  const { signOut } = useSession();
  return <Button onClick={() => signOut(why)}>sign out</Button>;
}

function renderAt(why: MessageKey) {
  writeSession({ token: 't', expiresAt: '2099-01-01T00:00:00Z', user: { username: 'admin', displayName: '管理员', role: 'ADMIN', regionCode: '431124' } });
  renderWithProviders(
    <Routes>
      <Route path="/login" element={<LoginProbe />} />
      <Route path="/admin/users" element={<RequireSession need="manageUsers"><SignOut why={why} /></RequireSession>} />
    </Routes>,
    { path: '/admin/users' },
  );
}

describe('RequireSession', () => {
  it('brings a user whose session expired back to the page they were on', async () => {
    renderAt('login.expired');
    await userEvent.setup().click(screen.getByText('sign out'));
    expect(await screen.findByText('login, back to /admin/users')).toBeInTheDocument();
  });

  it('starts the next user at the overview after a logout', async () => {
    renderAt('login.loggedOut');
    await userEvent.setup().click(screen.getByText('sign out'));
    expect(await screen.findByText('login, back to the overview')).toBeInTheDocument();
  });
});
