import { sectionKey } from './region-evaluation';
import type { Level, Teacher } from './types';

/**
 * Earmarks a roster releases (HR recorded the hires): per school and level, one earmark for each
 * teacher the new roster has there whose staff number the previous roster did not have, up to the
 * earmarks held there. Returns the count to release per `sectionKey(school, level)`.
 */
export function earmarksReleasedByRoster(
  earmarked: ReadonlyArray<{ schoolCode: string; level: Level; count: number }>,
  previousStaffNos: ReadonlySet<string>,
  roster: Iterable<Pick<Teacher, 'staffNo' | 'schoolCode' | 'level'>>,
): Map<string, number> {
  const held = new Map<string, number>();
  for (const e of earmarked) held.set(sectionKey(e.schoolCode, e.level), (held.get(sectionKey(e.schoolCode, e.level)) ?? 0) + e.count);
  const added = new Map<string, number>();
  for (const t of roster) {
    if (previousStaffNos.has(t.staffNo)) continue;
    const key = sectionKey(t.schoolCode, t.level);
    added.set(key, (added.get(key) ?? 0) + 1);
  }
  const out = new Map<string, number>();
  for (const [key, n] of added) {
    const release = Math.min(n, held.get(key) ?? 0);
    if (release > 0) out.set(key, release);
  }
  return out;
}
