import { ApolloProvider } from '@apollo/client/react';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { createApolloClient } from '../api/apollo-client';
import { useSession } from '../auth/session-context';

/** One Apollo client for the page; it reads the current token and sends an expired session back to login. */
export function ApolloRoot({ children }: { children: ReactNode }) {
  const { session, signOut } = useSession();
  const token = useRef<string | null>(session?.token ?? null);
  token.current = session?.token ?? null;
  const signOutRef = useRef(signOut);
  signOutRef.current = signOut;
  const client = useMemo(
    () =>
      createApolloClient({
        getToken: () => token.current,
        onUnauthenticated: () => signOutRef.current('login.expired'),
      }),
    [],
  );
  // A new user must not see the previous user's cached answers.
  const user = session?.user.username ?? null;
  useEffect(() => {
    if (user === null) void client.clearStore();
  }, [client, user]);
  return <ApolloProvider client={client}>{children}</ApolloProvider>;
}
