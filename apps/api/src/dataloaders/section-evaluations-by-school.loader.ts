import DataLoader from 'dataloader';
import type { SchoolEntity, SchoolFacilitiesEntity, SectionEntity } from '@junheng/db';
import {
  countSectionStaff, evaluateSection, sectionKey, studentsBySchool, teachersBySection,
  type Facilities, type SectionEvaluation,
} from '@junheng/domain';
import type { StandardSetTable } from '../standards/standard-set-table';
import type { StaffRow } from './staff-by-school.loader';

const NO_FACILITIES: Facilities = { floorAreaM2: 0, sportsAreaM2: 0, equipmentYuan: 0, multimediaRooms: 0 };

export interface EvaluatedSection {
  section: SectionEntity;
  evaluation: SectionEvaluation;
}

interface Sources {
  schoolByCode: DataLoader<string, SchoolEntity | null>;
  sectionsBySchool: DataLoader<string, SectionEntity[]>;
  staffBySchool: DataLoader<string, StaffRow[]>;
  facilitiesBySchool: DataLoader<string, SchoolFacilitiesEntity | null>;
}

function asFacilities(f: SchoolFacilitiesEntity | null | Error): Facilities {
  if (f === null || f instanceof Error) return NO_FACILITIES;
  return { floorAreaM2: f.floorAreaM2, sportsAreaM2: f.sportsAreaM2, equipmentYuan: f.equipmentYuan, multimediaRooms: f.multimediaRooms };
}

/**
 * Every section of the schools with its indicators, checks and verdict, computed by `@junheng/domain`
 * from one batch of sections, one of staff and one of facilities (plus the schools and the standard sets,
 * usually already loaded): a constant number of statements for any number of schools. Each school is
 * judged by its county's standard set.
 */
export function createSectionEvaluationsBySchoolLoader(sources: Sources, standardSets: () => Promise<StandardSetTable>): DataLoader<string, EvaluatedSection[]> {
  return new DataLoader(async (codes) => {
    const [schools, sections, staff, facilities, table] = await Promise.all([
      sources.schoolByCode.loadMany(codes),
      sources.sectionsBySchool.loadMany(codes),
      sources.staffBySchool.loadMany(codes),
      sources.facilitiesBySchool.loadMany(codes),
      standardSets(),
    ]);
    return codes.map((_code, i) => {
      const school = schools[i];
      if (school instanceof Error) return school;
      if (!school) return [];
      const standardSet = table.of(school.countyCode);
      const ofSchool = sections[i];
      const staffOfSchool = staff[i];
      if (ofSchool === undefined || ofSchool instanceof Error) return ofSchool ?? new Error('sections not loaded');
      if (staffOfSchool === undefined || staffOfSchool instanceof Error) return staffOfSchool ?? new Error('staff not loaded');
      const enrolment = studentsBySchool(ofSchool);
      const bySection = teachersBySection(staffOfSchool);
      const f = asFacilities(facilities[i] ?? null);
      return ofSchool.map((section) => {
        const standards = standardSet.levels[section.level];
        const counts = countSectionStaff(bySection.get(sectionKey(section.schoolCode, section.level)) ?? [], standards);
        const evaluation = evaluateSection(section, counts, f, enrolment.get(section.schoolCode) ?? 0, standardSet);
        return { section, evaluation };
      });
    });
  });
}
