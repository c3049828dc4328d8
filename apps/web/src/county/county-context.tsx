import { useQuery } from '@apollo/client/react';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { CountiesQuery as CountiesResult } from '../gql/graphql';
import { CountiesQuery } from './counties.query';

type County = CountiesResult['counties'][number];

interface CountyState {
  counties: readonly County[];
  /** The county the pages show (the region switcher picks it for city users). */
  county: County | null;
  setCountyCode: (code: string) => void;
  loading: boolean;
  error: unknown;
}

const KEY = 'junheng.county';
const CountyContext = createContext<CountyState | null>(null);

export function CountyProvider({ children }: { children: ReactNode }) {
  const { data, loading, error } = useQuery(CountiesQuery);
  const [chosen, setChosen] = useState<string | null>(() => {
    try {
      return localStorage.getItem(KEY);
    } catch {
      return null;
    }
  });
  const setCountyCode = useCallback((code: string) => {
    setChosen(code);
    try {
      localStorage.setItem(KEY, code);
    } catch {
      /* remembered for this page only */
    }
  }, []);
  const value = useMemo<CountyState>(() => {
    const counties = data?.counties ?? [];
    const county = counties.find((c) => c.code === chosen) ?? counties[0] ?? null;
    return { counties, county, setCountyCode, loading, error };
  }, [data, chosen, setCountyCode, loading, error]);
  return <CountyContext.Provider value={value}>{children}</CountyContext.Provider>;
}

export function useCounty(): CountyState {
  const state = useContext(CountyContext);
  if (!state) throw new Error('useCounty outside CountyProvider');
  return state;
}
