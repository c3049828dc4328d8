import DataLoader from 'dataloader';
import type { SchoolEntity, SchoolFacilitiesEntity, SectionEntity } from '@junheng/db';
import {
  countSectionStaff, evaluateSection, sectionKey, studentsBySchool, teachersBySection,
  type Facilities, type SectionEvaluation, type StandardSet,
} from '@junheng/domain';
import type { CountyEvaluationMemo, CountyEvaluations } from '../memo/county-evaluation-memo';
import type { StandardSetTable } from '../standards/standard-set-table';
import type { StaffRow } from './staff-by-school.loader';

const NO_FACILITIES: Facilities = { floorAreaM2: 0, sportsAreaM2: 0, equipmentYuan: 0, multimediaRooms: 0 };

export interface EvaluatedSection {
  section: SectionEntity;
  evaluation: SectionEvaluation;
}

interface Sources {
  schoolByCode: DataLoader<string, SchoolEntity | null>;
  schoolCodesByCounty: DataLoader<string, string[]>;
  sectionsBySchool: DataLoader<string, SectionEntity[]>;
  staffBySchool: DataLoader<string, StaffRow[]>;
  facilitiesBySchool: DataLoader<string, SchoolFacilitiesEntity | null>;
}

/** The process-wide memo, and how to read counties' memo keys now (before any of their data). */
export interface EvaluationMemoAccess {
  memo: CountyEvaluationMemo;
  /** By county: its data version and the versions of the standard sets that may apply to it. */
  keys(countyCodes: readonly string[]): Promise<ReadonlyMap<string, string>>;
}

function asFacilities(f: SchoolFacilitiesEntity | null | Error | undefined): Facilities {
  if (f === null || f === undefined || f instanceof Error) return NO_FACILITIES;
  return { floorAreaM2: f.floorAreaM2, sportsAreaM2: f.sportsAreaM2, equipmentYuan: f.equipmentYuan, multimediaRooms: f.multimediaRooms };
}

function present<T>(v: T | Error | undefined, what: string): T {
  if (v === undefined) throw new Error(`${what} not loaded`);
  if (v instanceof Error) throw v;
  return v;
}

/** Every section of one school, judged by the domain under `standardSet`. */
function evaluateSchool(sections: SectionEntity[], staff: StaffRow[], facilities: Facilities, standardSet: StandardSet): EvaluatedSection[] {
  const enrolment = studentsBySchool(sections);
  const bySection = teachersBySection(staff);
  return sections.map((section) => {
    const standards = standardSet.levels[section.level];
    const counts = countSectionStaff(bySection.get(sectionKey(section.schoolCode, section.level)) ?? [], standards);
    const evaluation = evaluateSection(section, counts, facilities, enrolment.get(section.schoolCode) ?? 0, standardSet);
    return { section, evaluation };
  });
}

/** The schools of `codes`, evaluated from one batch of sections, one of staff and one of facilities. */
async function evaluateSchools(sources: Sources, codes: readonly string[], standardSetOf: (index: number) => StandardSet): Promise<Array<EvaluatedSection[] | Error>> {
  const [sections, staff, facilities] = await Promise.all([
    sources.sectionsBySchool.loadMany(codes),
    sources.staffBySchool.loadMany(codes),
    sources.facilitiesBySchool.loadMany(codes),
  ]);
  return codes.map((_code, i) => {
    try {
      return evaluateSchool(present(sections[i], 'sections'), present(staff[i], 'staff'), asFacilities(facilities[i]), standardSetOf(i));
    } catch (e) {
      return e instanceof Error ? e : new Error(String(e));
    }
  });
}

/** Every school of a county, evaluated (what the memo keeps). */
async function evaluateCounty(sources: Sources, countyCode: string, standardSet: StandardSet): Promise<CountyEvaluations> {
  const codes = await sources.schoolCodesByCounty.load(countyCode);
  const evaluated = await evaluateSchools(sources, codes, () => standardSet);
  const bySchool = new Map<string, readonly EvaluatedSection[]>();
  codes.forEach((code, i) => {
    const e = evaluated[i]!;
    if (e instanceof Error) throw e;
    bySchool.set(code, e);
  });
  return bySchool;
}

/**
 * Every section of the schools with its indicators, checks and verdict, computed by `@junheng/domain`.
 * With the memo, the keys of the schools' counties (data version, standard set versions) are read in
 * one statement and each school is taken from its county's evaluation, computed once per key for every
 * request (a hit reads neither the data nor the standard sets): on a miss, the county's school codes, then one batch of sections, staff and
 * facilities for all missing counties. Without it, the asked schools are evaluated from one batch each.
 * Either way a constant number of statements for any number of schools. Each school is judged by its
 * county's standard set.
 */
export function createSectionEvaluationsBySchoolLoader(
  sources: Sources,
  standardSets: () => Promise<StandardSetTable>,
  memo?: EvaluationMemoAccess,
): DataLoader<string, EvaluatedSection[]> {
  return new DataLoader(async (codes) => {
    const schools = await sources.schoolByCode.loadMany(codes);
    const countyCodes = [...new Set(schools.flatMap((s) => (s && !(s instanceof Error) ? [s.countyCode] : [])))];
    // Read now, not from the request's kept scope: an answer right after this process's own import, apply
    // or standard-set save reflects it even before the region-change notice arrives.
    const keys = memo && countyCodes.length > 0 ? await memo.keys(countyCodes) : null;
    const results: Array<EvaluatedSection[] | Error | undefined> = new Array(codes.length);
    const byCounty = new Map<string, Promise<CountyEvaluations>>();
    const fresh: number[] = [];
    const judgedApart = new Set<number>();
    schools.forEach((school, i) => {
      if (school instanceof Error) results[i] = school;
      else if (!school) results[i] = [];
      else {
        const county = school.countyCode;
        const key = keys?.get(county);
        if (memo && key !== undefined && !byCounty.has(county)) {
          byCounty.set(county, memo.memo.get(county, key, async () => evaluateCounty(sources, county, (await standardSets()).of(county))));
        }
        if (key === undefined) {
          fresh.push(i);
          judgedApart.add(i);
        }
      }
    });
    const counties = new Map<string, CountyEvaluations | Error>();
    await Promise.all(
      [...byCounty].map(async ([county, pending]) => {
        counties.set(county, await pending.catch((e: unknown) => (e instanceof Error ? e : new Error(String(e)))));
      }),
    );
    schools.forEach((school, i) => {
      if (results[i] !== undefined || !school || school instanceof Error || judgedApart.has(i)) return;
      const evaluations = counties.get(school.countyCode)!;
      if (evaluations instanceof Error) results[i] = evaluations;
      else {
        const found = evaluations.get(school.code);
        // Shared with other requests: a copy of the list, the same (never mutated) evaluations.
        if (found) results[i] = [...found];
        else fresh.push(i); // not in the county when it was evaluated: judge it from the data
      }
    });
    if (fresh.length > 0) {
      const table = await standardSets();
      const evaluated = await evaluateSchools(sources, fresh.map((i) => codes[i]!), (j) => table.of((schools[fresh[j]!] as SchoolEntity).countyCode));
      fresh.forEach((at, j) => (results[at] = evaluated[j]!));
    }
    return results as Array<EvaluatedSection[] | Error>;
  });
}
