import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { RegionScope } from '../auth/region-scope';
import type { CountyEvaluationMemo, CountySchools } from '../memo/county-evaluation-memo';
import { readMemoKeys } from '../memo/memo-keys';
import { createFacilitiesBySchoolLoader } from './facilities-by-school.loader';
import { createLoansBySchoolLoader } from './loans-by-school.loader';
import { createQuotaBySchoolLoader } from './quota-by-school.loader';
import { createQuotaChangesBySchoolLoader } from './quota-changes-by-school.loader';
import { createRegionByCodeLoader } from './region-by-code.loader';
import { createScenarioPlanByIdLoader } from './scenario-plan-by-id.loader';
import { createSchoolByCodeLoader } from './school-by-code.loader';
import { createSchoolCodesByCountyLoader } from './school-codes-by-county.loader';
import { createSchoolsByCountyLoader } from './schools-by-county.loader';
import { createSectionEvaluationsBySchoolLoader } from './section-evaluations-by-school.loader';
import { createSectionsBySchoolLoader } from './sections-by-school.loader';
import { createStaffLoaders } from './staff-by-school.loader';
import { createTeacherByIdLoader } from './teacher-by-id.loader';
import { createTeacherByStaffNoLoader } from './teacher-by-staff-no.loader';
import { createTeachersBySchoolLoader } from './teachers-by-school.loader';
import type { StandardSetTable } from '../standards/standard-set-table';

/**
 * One set per request: batching and caching never outlive the request, so no data crosses users. Only
 * the section evaluations may come from the process-wide memo (keyed by data version; they depend on
 * neither role nor region), and the counties' school rows for lists. `freshScope`: the scope read by this
 * request's session check, whose memo keys are as fresh as a statement of their own would be.
 */
export function createLoaders(ds: DataSource, standardSets: () => Promise<StandardSetTable>, memo?: CountyEvaluationMemo | null, freshScope?: RegionScope | null) {
  const sectionsBySchool = createSectionsBySchoolLoader(ds);
  const { staffBySchool, postHoldersBySchool } = createStaffLoaders(ds);
  const facilitiesBySchool = createFacilitiesBySchoolLoader(ds);
  const schoolByCode = createSchoolByCodeLoader(ds);
  const schoolCodesByCounty = createSchoolCodesByCountyLoader(ds);
  // A county's memo key (data and standard set versions), read once per request, before its data.
  const known = freshScope?.memoKeys ?? null;
  const memoKeyByCounty = new DataLoader<string, string | null>(async (counties) => {
    const missing = known ? counties.filter((c) => !known.has(c)) : counties;
    const keys = missing.length > 0 ? await readMemoKeys(ds, missing) : null;
    return counties.map((c) => known?.get(c) ?? keys?.get(c) ?? null);
  });
  const schoolsByCounty = createSchoolsByCountyLoader(ds);
  /** The county's school rows from the memo (read once per memo key); null without the memo or a key. */
  const countySchools = async (countyCode: string): Promise<CountySchools | null> => {
    if (!memo) return null;
    const key = await memoKeyByCounty.load(countyCode);
    if (key === null) return null;
    return memo.schools(countyCode, key, async () => {
      const rows = await schoolsByCounty.load(countyCode);
      return { rows, codesAreDigits: rows.every((r) => /^[0-9]+$/.test(r.code)) };
    });
  };
  return {
    /** Null without the memo; a list may start it early, beside its first statement. */
    memoKeyByCounty: memo ? memoKeyByCounty : null,
    countySchools,
    schoolByCode,
    schoolCodesByCounty,
    regionByCode: createRegionByCodeLoader(ds),
    teacherById: createTeacherByIdLoader(ds),
    teacherByStaffNo: createTeacherByStaffNoLoader(ds),
    teachersBySchool: createTeachersBySchoolLoader(ds),
    quotaBySchool: createQuotaBySchoolLoader(ds),
    quotaChangesBySchool: createQuotaChangesBySchoolLoader(ds),
    loansBySchool: createLoansBySchoolLoader(ds),
    scenarioPlanById: createScenarioPlanByIdLoader(ds),
    sectionsBySchool,
    staffBySchool,
    postHoldersBySchool,
    facilitiesBySchool,
    sectionEvaluationsBySchool: createSectionEvaluationsBySchoolLoader(
      { schoolByCode, schoolCodesByCounty, sectionsBySchool, staffBySchool, facilitiesBySchool }, standardSets,
      memo
        ? {
            memo,
            keys: async (counties) => {
              const keys = await memoKeyByCounty.loadMany(counties);
              return new Map(counties.flatMap((c, i) => (typeof keys[i] === 'string' ? [[c, keys[i] as string]] : [])));
            },
          }
        : undefined,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
