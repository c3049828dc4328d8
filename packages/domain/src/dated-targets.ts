import type { SectionEvaluation } from './region-evaluation';
import type { Section } from './types';

/**
 * A county's dated target (规划目标): no class of `minSize` (56 大班额, or 66 超大班额) or more by a date, or
 * the six-of-seven rule met by every judged section by a date. `by`: 'YYYY-MM' (the target holds at the
 * first September 1 on or after it: 2028-09 and 2028-06 mean the school years from 2028 and 2027) or a
 * school year.
 */
export type DatedTarget =
  | { kind: 'NO_OVERSIZED_CLASS'; minSize: number; by: string | number }
  | { kind: 'SIX_OF_SEVEN'; by: string | number };

export interface DatedTargetResult {
  target: DatedTarget;
  /** The school year the target is judged in. */
  year: number;
  /** Nothing remains in `year` after its plan. */
  met: boolean;
  /** Whether `year` is the target's own year (false: the plan ends earlier; judged in its last year). */
  inPlan: boolean;
  /** What remains in that year: classes of minSize or more, or judged sections failing six-of-seven. */
  remaining: number;
  unit: 'CLASSES' | 'SECTIONS';
}

export class DatedTargetError extends Error {
  readonly code = 'BAD_TARGET';
  constructor(message: string) {
    super(message);
  }
}

/** The school year a target's date falls in (see DatedTarget); throws DatedTargetError on a bad date. */
export function targetYear(by: string | number): number {
  if (typeof by === 'number') {
    if (!Number.isInteger(by) || by < 2000 || by > 2100) throw new DatedTargetError(`目标年份须为 2000 到 2100 的整数（收到 ${by}）`);
    return by;
  }
  const m = /^(\d{4})-(\d{2})$/.exec(by);
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12) throw new DatedTargetError(`目标日期须写作 YYYY-MM（收到 "${by}"）`);
  return month >= 9 ? Number(m[1]) : Number(m[1]) - 1;
}

/** Checks the targets' kinds, sizes and dates; throws DatedTargetError naming the target (1-based). */
export function validateDatedTargets(targets: readonly DatedTarget[]): void {
  targets.forEach((t, i) => {
    const where = `第 ${i + 1} 个目标`;
    if (t.kind !== 'NO_OVERSIZED_CLASS' && t.kind !== 'SIX_OF_SEVEN') throw new DatedTargetError(`${where}：未知的目标类型 ${String((t as { kind: unknown }).kind)}`);
    if (t.kind === 'NO_OVERSIZED_CLASS' && t.minSize !== 56 && t.minSize !== 66) throw new DatedTargetError(`${where}：班额目标只能是 56 人（大班额）或 66 人（超大班额）（收到 ${t.minSize}）`);
    try {
      targetYear(t.by);
    } catch (e) {
      throw new DatedTargetError(`${where}：${(e as Error).message}`);
    }
  });
}

/** One plan year after its plan: the sections (class counts) and their evaluation. */
export interface TargetYearState {
  year: number;
  sections: readonly Pick<Section, 'classes56Plus' | 'classes66Plus'>[];
  evaluations: readonly Pick<SectionEvaluation, 'sixOfSeven'>[];
}

/**
 * Each target judged in its year after that year's plan (a target due after the plan's last year is
 * judged in the last year, `inPlan` false; one due before the first, in the first). Pure.
 */
export function evaluateDatedTargets(targets: readonly DatedTarget[], years: readonly TargetYearState[]): DatedTargetResult[] {
  if (years.length === 0) return [];
  const first = years[0]!.year;
  const last = years[years.length - 1]!.year;
  return targets.map((target) => {
    const due = targetYear(target.by);
    const year = Math.min(Math.max(due, first), last);
    const state = years.find((y) => y.year === year)!;
    const remaining = target.kind === 'NO_OVERSIZED_CLASS'
      ? state.sections.reduce((a, s) => a + (target.minSize >= 66 ? s.classes66Plus : s.classes56Plus), 0)
      : state.evaluations.filter((e) => e.sixOfSeven.meets === false).length;
    return { target, year, met: remaining === 0, inPlan: due === year, remaining, unit: target.kind === 'NO_OVERSIZED_CLASS' ? 'CLASSES' : 'SECTIONS' };
  });
}
