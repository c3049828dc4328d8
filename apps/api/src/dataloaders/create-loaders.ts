import type { StandardSet } from '@junheng/domain';
import type { DataSource } from 'typeorm';
import { createFacilitiesBySchoolLoader } from './facilities-by-school.loader';
import { createLoansBySchoolLoader } from './loans-by-school.loader';
import { createQuotaBySchoolLoader } from './quota-by-school.loader';
import { createRegionByCodeLoader } from './region-by-code.loader';
import { createScenarioPlanByIdLoader } from './scenario-plan-by-id.loader';
import { createSchoolByCodeLoader } from './school-by-code.loader';
import { createSchoolCodesByCountyLoader } from './school-codes-by-county.loader';
import { createSectionEvaluationsBySchoolLoader } from './section-evaluations-by-school.loader';
import { createSectionsBySchoolLoader } from './sections-by-school.loader';
import { createStaffBySchoolLoader } from './staff-by-school.loader';
import { createTeacherByIdLoader } from './teacher-by-id.loader';
import { createTeacherByStaffNoLoader } from './teacher-by-staff-no.loader';
import { createTeachersBySchoolLoader } from './teachers-by-school.loader';

/** One set per request: batching and caching never outlive the request, so no data crosses users. */
export function createLoaders(ds: DataSource, standardSet: StandardSet) {
  const sectionsBySchool = createSectionsBySchoolLoader(ds);
  const staffBySchool = createStaffBySchoolLoader(ds);
  const facilitiesBySchool = createFacilitiesBySchoolLoader(ds);
  return {
    schoolByCode: createSchoolByCodeLoader(ds),
    schoolCodesByCounty: createSchoolCodesByCountyLoader(ds),
    regionByCode: createRegionByCodeLoader(ds),
    teacherById: createTeacherByIdLoader(ds),
    teacherByStaffNo: createTeacherByStaffNoLoader(ds),
    teachersBySchool: createTeachersBySchoolLoader(ds),
    quotaBySchool: createQuotaBySchoolLoader(ds),
    loansBySchool: createLoansBySchoolLoader(ds),
    scenarioPlanById: createScenarioPlanByIdLoader(ds),
    sectionsBySchool,
    staffBySchool,
    facilitiesBySchool,
    sectionEvaluationsBySchool: createSectionEvaluationsBySchoolLoader({ sectionsBySchool, staffBySchool, facilitiesBySchool }, standardSet),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
