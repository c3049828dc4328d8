import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import type { CountySchoolsQuery as Result } from '../gql/graphql';
import { CountySchoolsQuery } from './all-schools.query';

export type CountySchool = Result['schools']['nodes'][number];

/** All schools of a county, page after page (500 a page). */
export function useAllSchools(countyCode: string | null): { schools: CountySchool[] | null; error: unknown } {
  const client = useApolloClient();
  const [state, setState] = useState<{ code: string | null; schools: CountySchool[] | null; error: unknown }>({ code: null, schools: null, error: null });
  useEffect(() => {
    if (!countyCode) return;
    let cancelled = false;
    void (async () => {
      try {
        const all: CountySchool[] = [];
        let after: string | null = null;
        for (;;) {
          const result: { data?: Result } = await client.query({ query: CountySchoolsQuery, variables: { countyCode, after } });
          if (!result.data) break;
          all.push(...result.data.schools.nodes);
          const page = result.data.schools.pageInfo;
          if (!page.hasNextPage || !page.endCursor) break;
          after = page.endCursor;
        }
        if (!cancelled) setState({ code: countyCode, schools: all, error: null });
      } catch (error) {
        if (!cancelled) setState({ code: countyCode, schools: null, error });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [client, countyCode]);
  return state.code === countyCode ? { schools: state.schools, error: state.error } : { schools: null, error: null };
}
