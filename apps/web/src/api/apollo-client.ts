import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';

export interface ApolloClientOptions {
  /** The current bearer token, or null (login page). */
  getToken: () => string | null;
  /** A request with a token was refused as UNAUTHENTICATED (expired or revoked): back to login. */
  onUnauthenticated: () => void;
  uri?: string;
}

/** Same origin as the page: the API serves the app at `/` and GraphQL at `/graphql`. */
export function createApolloClient(options: ApolloClientOptions): ApolloClient {
  const auth = new SetContextLink((prev) => {
    const token = options.getToken();
    return token ? { headers: { ...(prev.headers as Record<string, string> | undefined), authorization: `Bearer ${token}` } } : {};
  });
  const expired = new ErrorLink(({ error, operation }) => {
    if (operation.operationName === 'Login') return;
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED') && options.getToken()) {
      options.onUnauthenticated();
    }
  });
  return new ApolloClient({
    link: ApolloLink.from([expired, auth, new HttpLink({ uri: options.uri ?? '/graphql' })]),
    // Objects normalise by `id` (global ids and scenario UUIDs); the rest stays inside its parent.
    cache: new InMemoryCache({
      // A plan has no id: merge its fields (the cost-curve poll asks for plan.costCurve alone).
      typePolicies: { Scenario: { fields: { plan: { merge: true } } } },
    }),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', },
    },
  });
}
