import DataLoader from 'dataloader';
import type { SchoolFacilitiesEntity, SectionEntity } from '@junheng/db';
import {
  countSectionStaff, evaluateSection, sectionKey, studentsBySchool, teachersBySection,
  type Facilities, type SectionEvaluation, type StandardSet,
} from '@junheng/domain';
import type { StaffRow } from './staff-by-school.loader';

const NO_FACILITIES: Facilities = { floorAreaM2: 0, sportsAreaM2: 0, equipmentYuan: 0, multimediaRooms: 0 };

export interface EvaluatedSection {
  section: SectionEntity;
  evaluation: SectionEvaluation;
}

interface Sources {
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
 * from one batch of sections, one of staff and one of facilities: three statements for any number of schools.
 */
export function createSectionEvaluationsBySchoolLoader(sources: Sources, standardSet: StandardSet): DataLoader<string, EvaluatedSection[]> {
  return new DataLoader(async (codes) => {
    const [sections, staff, facilities] = await Promise.all([
      sources.sectionsBySchool.loadMany(codes),
      sources.staffBySchool.loadMany(codes),
      sources.facilitiesBySchool.loadMany(codes),
    ]);
    return codes.map((_code, i) => {
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
