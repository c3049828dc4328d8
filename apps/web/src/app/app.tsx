import { BrowserRouter } from 'react-router';
import { SessionProvider } from '../auth/session-context';
import { LocaleProvider } from '../i18n/locale-context';
import { AntdRoot } from './antd-root';
import { ApolloRoot } from './apollo-root';
import { AppRoutes } from './app-routes';

export function App() {
  return (
    <LocaleProvider>
      <AntdRoot>
        <SessionProvider>
          <ApolloRoot>
            <BrowserRouter>
              <AppRoutes />
            </BrowserRouter>
          </ApolloRoot>
        </SessionProvider>
      </AntdRoot>
    </LocaleProvider>
  );
}
