import { EDUCATIONS, hireCost, hireableEducations, MissingCostError, type PlanClassSplit, type PlanHire, type PlanRotation, type ShortfallCause, type SolveStatus } from '@junheng/domain';
import type { AllocationModel } from './allocation-model';
import type { SectionInfo } from './region-index';

interface Rows {
  rotations: readonly PlanRotation[];
  hires: readonly PlanHire[];
  classSplits: readonly PlanClassSplit[];
}

function cheapestHire(model: AllocationModel, section: SectionInfo): number | null {
  const table = model.index.schools.get(section.school.code)!.costTable;
  let best: number | null = null;
  for (const education of hireableEducations(section.section.level, model.index.standards, model.index.scenario)) {
    if (!EDUCATIONS.includes(education)) continue;
    try {
      const c = hireCost(table, section.school.area, education);
      if (best === null || c < best) best = c;
    } catch (e) {
      if (!(e instanceof MissingCostError)) throw e;
    }
  }
  return best;
}

/**
 * Why a section still fails C or B after the plan: the split it needs lacks a classroom (no spare room and
 * none can be built: NO_CLASSROOM, or no money for one: BUDGET) or teaching time (no hire room or rotation
 * to bring it: NO_TEACHING_TIME, or no money: BUDGET); and roughly what the missing classes would cost.
 */
export function splitShortfallCause(
  model: AllocationModel,
  section: SectionInfo,
  rows: Rows,
  budgetLeft: number,
  status: SolveStatus,
): { cause: ShortfallCause; costToClose: number | null } {
  const code = section.school.code;
  const level = section.section.level;
  const split = rows.classSplits.find((s) => s.schoolCode === code && s.level === level);
  const added = split ? split.classesAfter - split.classesBefore : 0;
  const missing = Math.max(1, section.classesNeeded - section.section.classes - added);
  const school = model.index.schools.get(code)!;
  const schoolSplits = rows.classSplits.filter((s) => s.schoolCode === code);
  const roomsUsed = schoolSplits.reduce((n, s) => n + (s.classesAfter - s.classesBefore) - (s.classroomsBuilt ?? 0), 0);
  const roomsLeft = Math.max(0, school.spareClassrooms - roomsUsed);
  const periods = model.index.standards.teachingPeriods[level];
  const hired = rows.hires.filter((h) => h.schoolCode === code && h.level === level).reduce((n, h) => n + h.count, 0);
  const net = rows.rotations.filter((r) => r.toSchool === code && r.level === level).length - rows.rotations.filter((r) => r.fromSchool === code && r.level === level).length;
  const timeLeft = section.sparePeriods + periods.perTeacher * (hired + net) - periods.perClass * added;
  const hireRoom = school.vacancies + model.index.scenario.extraQuotaPerSchool - rows.hires.filter((h) => h.schoolCode === code).reduce((n, h) => n + h.count, 0);
  const hireUnit = cheapestHire(model, section);
  const roomsToBuild = Math.max(0, missing - roomsLeft);
  const teachersToAdd = Math.max(0, Math.ceil((missing * periods.perClass - Math.max(0, timeLeft)) / periods.perTeacher));
  const costToClose =
    (roomsToBuild > 0 && school.classroomCost === null) || (teachersToAdd > 0 && (hireUnit === null || hireRoom < teachersToAdd))
      ? null
      : roomsToBuild * (school.classroomCost ?? 0) + teachersToAdd * (hireUnit ?? 0);
  if (status === 'TIME_LIMIT' || status === 'ERROR') return { cause: 'TIME_LIMIT', costToClose };
  if (roomsLeft < 1) {
    if (school.classroomCost === null) return { cause: 'NO_CLASSROOM', costToClose };
    if (budgetLeft < school.classroomCost) return { cause: 'BUDGET', costToClose };
  }
  if (timeLeft < periods.perClass) {
    if (hireUnit === null || hireRoom <= 0) return { cause: 'NO_TEACHING_TIME', costToClose };
    if (budgetLeft < hireUnit) return { cause: 'BUDGET', costToClose };
  }
  return { cause: 'OTHER', costToClose };
}
