import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { SessionProvider } from '../auth/session-context';
import { LocaleProvider } from '../i18n/locale-context';
import type { Locale } from '../i18n/messages';
import { AntdRoot } from '../app/antd-root';

/** Locale, Ant Design and session around a component, at a given address. */
export function renderWithProviders(ui: ReactElement, { locale = 'zh', path = '/' }: { locale?: Locale; path?: string } = {}) {
  return render(
    <LocaleProvider locale={locale}>
      <AntdRoot>
        <SessionProvider>
          <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
        </SessionProvider>
      </AntdRoot>
    </LocaleProvider>,
  );
}
