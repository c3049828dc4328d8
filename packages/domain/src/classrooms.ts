import type { CostTable, School, Section } from './types';

/**
 * A school's spare ordinary classrooms: its classrooms (普通教室数) minus the classes of all its sections,
 * never below 0. A school whose classrooms are not recorded has none spare.
 */
export function spareClassrooms(school: Pick<School, 'code' | 'classrooms'>, sections: readonly Pick<Section, 'schoolCode' | 'classes'>[]): number {
  if (school.classrooms === null || school.classrooms === undefined) return 0;
  let classes = 0;
  for (const s of sections) if (s.schoolCode === school.code) classes += s.classes;
  return Math.max(0, school.classrooms - classes);
}

/** Yearly cost of one new classroom (新增教室), or null when the cost table has none: classrooms cannot be built. */
export function classroomCost(table: Pick<CostTable, 'classroom'>): number | null {
  return table.classroom === null || table.classroom === undefined ? null : table.classroom;
}
