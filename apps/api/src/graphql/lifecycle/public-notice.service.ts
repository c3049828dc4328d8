import { noticeSettingsOf, publishedPlanOf, RegionEntity, ScenarioEntity, ScenarioObjectionEntity, scenarioParametersOf } from '@junheng/db';
import { remainingWorkingDays, type PlanRotation } from '@junheng/domain';
import type { DataSource } from 'typeorm';
import { loadNoticeNames, type NoticeNames } from './notice-names';

/** A line of the public notice: what a 公示名单 prints, never an ID number or a staff number. */
export interface PublicNoticeLine {
  name: string;
  subject: string;
  fromSchool: string;
  toSchool: string;
  /** The teacher's rotation points (积分), once the plan carries them. */
  points: number | null;
}

export interface PublicSupplementLine {
  change: 'REMOVED' | 'ADDED' | 'CHANGED';
  name: string;
  subject: string;
  before: { fromSchool: string; toSchool: string } | null;
  after: { fromSchool: string; toSchool: string } | null;
}

export interface PublicNotice {
  title: string;
  county: string;
  year: number;
  publishedAt: string;
  endsAt: string;
  workingDays: number;
  remainingWorkingDays: number;
  lines: PublicNoticeLine[];
  supplement: PublicSupplementLine[];
}

/** The notice tokens publishNotice makes: 24 random bytes in base64url. */
const TOKEN = /^[A-Za-z0-9_-]{32}$/;

/** Points of a rotation where the plan carries them (a number, or an object with its total); else null. */
function pointsOf(rotation: PlanRotation): number | null {
  const points = (rotation as PlanRotation & { points?: number | { total?: unknown } | null }).points;
  if (typeof points === 'number') return points;
  return typeof points?.total === 'number' ? points.total : null;
}

/**
 * The public notice page's data (no login): one published notice by its unguessable token, only while
 * its window is open, only what the notice prints.
 */
export class PublicNoticeService {
  async byToken(ds: DataSource, token: string, now = new Date()): Promise<PublicNotice | null> {
    if (!TOKEN.test(token)) return null;
    const row = await ds.getRepository(ScenarioEntity).findOneBy({ noticeToken: token });
    if (!row || row.status !== 'PUBLISHED' || !row.publishedAt || !row.noticeEndsAt || row.noticeWorkingDays === null) return null;
    if (now.getTime() >= row.noticeEndsAt.getTime()) return null;
    const { stored } = await publishedPlanOf(ds, row.id);
    const objections = await ds.getRepository(ScenarioObjectionEntity).find({ where: { scenarioId: row.id, decision: 'UPHELD' }, order: { decidedAt: 'ASC' } });
    const changed = objections.flatMap((o) => o.supplement ?? []);
    const counties = scenarioParametersOf(row).countyCodes;
    const names = await loadNoticeNames(ds, counties, [...stored.plan.rotations.map((r) => r.staffNo), ...changed.map((l) => l.staffNo)]);
    const county = await ds.getRepository(RegionEntity).findOneBy({ code: row.countyCode });
    const { holidays } = await noticeSettingsOf(ds, row.countyCode);
    const person = (staffNo: string) => names.teacher(staffNo) ?? { name: '', subject: '' };
    const lines = stored.plan.rotations
      .map((r) => ({ ...person(r.staffNo), fromSchool: names.school(r.fromSchool), toSchool: names.school(r.toSchool), points: pointsOf(r) }))
      .sort((a, b) => a.fromSchool.localeCompare(b.fromSchool, 'zh-CN') || a.name.localeCompare(b.name, 'zh-CN'));
    return {
      title: `${county?.name ?? row.countyCode}${row.year}年教师交流轮岗人员名单公示`,
      county: county?.name ?? row.countyCode,
      year: row.year,
      publishedAt: row.publishedAt.toISOString(),
      endsAt: row.noticeEndsAt.toISOString(),
      workingDays: row.noticeWorkingDays,
      remainingWorkingDays: remainingWorkingDays({ publishedAt: row.publishedAt, endsAt: row.noticeEndsAt, workingDays: row.noticeWorkingDays }, now, holidays),
      lines,
      supplement: changed.map((l) => ({ change: l.change, ...person(l.staffNo), before: named(l.before, names), after: named(l.after, names) })),
    };
  }
}

function named(ends: { fromSchool: string; toSchool: string } | null, names: NoticeNames): { fromSchool: string; toSchool: string } | null {
  return ends && { fromSchool: names.school(ends.fromSchool), toSchool: names.school(ends.toSchool) };
}
