import DataLoader from 'dataloader';
import { TeacherEntity } from '@junheng/db';
import type { DataSource } from 'typeorm';
import { groupByKey } from './group-by-key';

/** SQL-expressible teacher filters (the domain-judged ones are applied after loading). */
export interface TeacherSqlFilter {
  subject?: string;
  education?: string;
  backboneLevels?: readonly string[];
  level?: string;
  status?: string;
}

export interface TeachersOfSchoolKey {
  schoolCode: string;
  filter: TeacherSqlFilter;
}

/** Adds the filter's conditions to a query over `teacher t`. */
export function applyTeacherFilter<Q extends { andWhere(sql: string, params?: Record<string, unknown>): Q }>(qb: Q, f: TeacherSqlFilter): Q {
  if (f.subject) qb.andWhere('t.subject = :subject', { subject: f.subject });
  if (f.education) qb.andWhere('t.education = :education', { education: f.education });
  if (f.backboneLevels) qb.andWhere('t.backbone = ANY(:backboneLevels)', { backboneLevels: [...f.backboneLevels] });
  if (f.level) qb.andWhere('t.level = :level', { level: f.level });
  if (f.status) qb.andWhere('t.status = :status', { status: f.status });
  return qb;
}

/**
 * All teachers (in id order) of each school matching a filter: one statement per distinct filter in
 * the batch, so `School.teachers` over a page of schools costs one query, not one per school.
 */
export function createTeachersBySchoolLoader(ds: DataSource): DataLoader<TeachersOfSchoolKey, TeacherEntity[], string> {
  return new DataLoader(
    async (keys) => {
      const byFilter = new Map<string, TeachersOfSchoolKey[]>();
      for (const k of keys) {
        const f = JSON.stringify(k.filter);
        byFilter.set(f, [...(byFilter.get(f) ?? []), k]);
      }
      const results = new Map<string, TeacherEntity[]>();
      await Promise.all(
        [...byFilter.entries()].map(async ([f, group]) => {
          const codes = group.map((k) => k.schoolCode);
          const qb = ds.getRepository(TeacherEntity).createQueryBuilder('t').where('t.school_code = ANY(:codes)', { codes });
          const rows = await applyTeacherFilter(qb, group[0]!.filter).orderBy('t.id', 'ASC').getMany();
          groupByKey(codes, rows, (r) => r.schoolCode).forEach((list, i) => results.set(`${codes[i]}|${f}`, list));
        }),
      );
      return keys.map((k) => results.get(`${k.schoolCode}|${JSON.stringify(k.filter)}`) ?? []);
    },
    { cacheKeyFn: (k) => `${k.schoolCode}|${JSON.stringify(k.filter)}` },
  );
}
