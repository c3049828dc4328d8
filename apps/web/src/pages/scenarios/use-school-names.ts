import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { SchoolNamesQuery } from './scenario.queries';

/** School code -> name for the plan's lists that carry codes only (hires, class splits, comparisons). */
export function useSchoolNames(countyCode: string | null | undefined): (code: string | null | undefined) => string {
  const { data } = useQuery(SchoolNamesQuery, { variables: { countyCode: countyCode ?? '' }, skip: !countyCode });
  return useMemo(() => {
    const names = new Map((data?.schools.nodes ?? []).map((s) => [s.code, s.name]));
    return (code) => (code ? (names.get(code) ?? code) : '—');
  }, [data]);
}
