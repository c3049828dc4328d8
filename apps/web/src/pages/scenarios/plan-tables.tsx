import { Table, Tag } from 'antd';
import { useSignedIn } from '../../auth/session-context';
import { formatDecimal, formatYuan } from '../../format/format-number';
import { useLocale } from '../../i18n/locale-context';
import type { MessageKey } from '../../i18n/messages';
import { PassTag } from '../../ui/pass-tag';
import { RotationPointsCell } from './rotation-points-cell';
import type { Balance, ClassSplit, Hire, Rotation, Shortfall } from './plan-types';

type Names = (code: string | null | undefined) => string;

const CAUSES = new Set(['BUDGET', 'NO_ELIGIBLE_DONOR', 'QUOTA_EXHAUSTED', 'DONOR_LIMIT', 'FACILITIES', 'TIME_LIMIT', 'NO_CLASSROOM', 'NO_TEACHING_TIME', 'POSTS_HELD_BY_RULES', 'OTHER']);
const GROUPS = new Set(['CORE', 'PE_ARTS', 'OTHER']);
const INDICATOR_SHORT = new Set(['Q1', 'Q2', 'Q3', 'R', 'C', 'B', 'F1', 'F2', 'F3', 'F4', 'ROTATION_QUOTA', 'BACKBONE_SHARE']);

export const causeKey = (cause: string): MessageKey => (CAUSES.has(cause) ? `cause.${cause}` : 'cause.OTHER') as MessageKey;

export function RotationsTable({ rows }: { rows: readonly Rotation[] }) {
  const { t, locale } = useLocale();
  const { permissions } = useSignedIn();
  return (
    <Table<Rotation>
      size="small"
      rowKey="staffNo"
      dataSource={[...rows]}
      pagination={{ pageSize: 15, hideOnSinglePage: true, showSizeChanger: false }}
      scroll={{ x: 980 }}
      columns={[
        { title: t('teacher.staffNo'), dataIndex: 'staffNo', width: 130 },
        ...(permissions.seePersonalData ? [{ title: t('teacher.name'), key: 'name', width: 90, render: (_: unknown, r: Rotation) => r.teacher?.name ?? '—' }] : []),
        { title: t('teacher.subject'), key: 'subject', width: 80, render: (_: unknown, r: Rotation) => r.teacher?.subject ?? '—' },
        { title: t('plan.from'), key: 'from', render: (_: unknown, r: Rotation) => r.fromSchool?.name ?? '—' },
        { title: t('plan.to'), key: 'to', render: (_: unknown, r: Rotation) => r.toSchool?.name ?? '—' },
        { title: t('teacher.level'), dataIndex: 'level', width: 70, render: (v: Rotation['level']) => t(`level.${v}`) },
        // The API's `reason` is English prose; the words come from the catalogue, built from its parts.
        { title: t('plan.reason'), key: 'reason', render: (_: unknown, r: Rotation) => (r.indicator ? <><Tag>{r.indicator}</Tag>{t('plan.reasonIndicator', { indicator: t(`indicatorShort.${r.indicator}`) })}</> : t('plan.reasonQuota')) },
        { title: t('points.column'), key: 'points', width: 80, align: 'right', render: (_: unknown, r: Rotation) => <RotationPointsCell points={r.points} /> },
        { title: t('plan.distance'), dataIndex: 'distanceKm', width: 90, align: 'right', render: (v: number | null) => formatDecimal(v, locale, 1) },
        { title: t('plan.term'), dataIndex: 'termYears', width: 80, align: 'right' },
      ]}
    />
  );
}

export function HiresTable({ rows, names }: { rows: readonly Hire[]; names: Names }) {
  const { t, locale } = useLocale();
  return (
    <Table<Hire>
      size="small"
      rowKey={(r) => `${r.schoolCode}-${r.level}-${r.subjectGroup}-${r.education}`}
      dataSource={[...rows]}
      pagination={{ pageSize: 15, hideOnSinglePage: true, showSizeChanger: false }}
      columns={[
        { title: t('plan.school'), dataIndex: 'schoolCode', render: (v: string) => names(v) },
        { title: t('teacher.level'), dataIndex: 'level', width: 70, render: (v: Hire['level']) => t(`level.${v}`) },
        { title: t('plan.subjectGroup'), dataIndex: 'subjectGroup', width: 100, render: (v: string) => (GROUPS.has(v) ? t(`subjectGroup.${v}` as MessageKey) : v) },
        {
          title: t('teacher.education'), key: 'education', width: 150,
          render: (_: unknown, r: Hire) => (
            <>
              {t(`education.${r.education}`)}
              {r.certificateRequired && <Tag style={{ marginInlineStart: 4 }}>{t('plan.certificateRequired')}</Tag>}
              {r.belowMinimum && <Tag color="orange" style={{ marginInlineStart: 4 }}>{t('plan.belowMinimum')}</Tag>}
            </>
          ),
        },
        { title: t('plan.hireCount'), dataIndex: 'count', width: 70, align: 'right' },
        { title: t('plan.hireExtraQuota'), dataIndex: 'extraQuota', width: 90, align: 'right' },
        { title: t('plan.annualCost'), dataIndex: 'annualCost', width: 130, align: 'right', render: (v: number) => formatYuan(v, locale) },
        // Like rotations: the indicator served, in the catalogue's words, at the school in the first column.
        { title: t('plan.reason'), key: 'reason', render: (_: unknown, r: Hire) => (r.indicator ? <><Tag>{r.indicator}</Tag>{r.indicator === 'C' ? t('plan.reasonSplitTime') : t('plan.reasonIndicator', { indicator: t(`indicatorShort.${r.indicator}`) })}</> : '—') },
      ]}
    />
  );
}

export function ClassSplitsTable({ rows, names }: { rows: readonly ClassSplit[]; names: Names }) {
  const { t, locale } = useLocale();
  return (
    <Table<ClassSplit>
      size="small"
      rowKey={(r) => `${r.schoolCode}-${r.level}`}
      dataSource={[...rows]}
      pagination={{ pageSize: 15, hideOnSinglePage: true }}
      columns={[
        { title: t('plan.school'), dataIndex: 'schoolCode', render: (v: string) => names(v) },
        { title: t('teacher.level'), dataIndex: 'level', width: 70, render: (v: ClassSplit['level']) => t(`level.${v}`) },
        { title: t('plan.classesBefore'), dataIndex: 'classesBefore', width: 100, align: 'right' },
        { title: t('plan.classesAfter'), dataIndex: 'classesAfter', width: 100, align: 'right' },
        { title: t('plan.classroomsBuilt'), dataIndex: 'classroomsBuilt', width: 110, align: 'right' },
        { title: t('plan.teachersNeeded'), dataIndex: 'teachersNeeded', width: 120, align: 'right', render: (v: number | null) => formatDecimal(v, locale, 1) },
        { title: t('plan.annualCost'), dataIndex: 'annualCost', width: 130, align: 'right', render: (v: number) => formatYuan(v, locale) },
      ]}
    />
  );
}

export function ShortfallsTable({ rows }: { rows: readonly Shortfall[] }) {
  const { t, locale } = useLocale();
  return (
    <Table<Shortfall & { key: number }>
      size="small"
      rowKey="key"
      dataSource={rows.map((r, key) => ({ ...r, key }))}
      pagination={{ pageSize: 15, hideOnSinglePage: true, showSizeChanger: false }}
      scroll={{ x: 900 }}
      columns={[
        { title: t('plan.school'), key: 'school', render: (_: unknown, r: Shortfall & { key: number }) => r.schoolName ?? (r.schoolCode ? r.schoolCode : t('plan.countyRule')) },
        { title: t('teacher.level'), dataIndex: 'level', width: 70, render: (v: Shortfall['level']) => (v ? t(`level.${v}`) : '—') },
        { title: t('overview.balanceIndicator'), dataIndex: 'indicator', width: 140, render: (v: string) => (INDICATOR_SHORT.has(v) ? t(`indicatorShort.${v}` as MessageKey) : v) },
        { title: t('school.value'), dataIndex: 'value', width: 80, align: 'right', render: (v: number | null) => formatDecimal(v, locale) },
        { title: t('school.threshold'), dataIndex: 'threshold', width: 80, align: 'right', render: (v: number) => formatDecimal(v, locale) },
        { title: t('school.gap'), dataIndex: 'gapTeachers', width: 90, align: 'right', render: (v: number | null) => v ?? '—' },
        { title: t('plan.cause'), dataIndex: 'cause', width: 180, render: (v: string) => t(causeKey(v)) },
        { title: t('plan.costToClose'), dataIndex: 'costToClose', width: 130, align: 'right', render: (v: number | null) => formatYuan(v, locale) },
      ]}
    />
  );
}

interface BalanceRow {
  key: string;
  level: Balance['level'];
  indicator: Balance['indicator'];
  threshold: number | null;
  before: number | null;
  after: number | null;
  passes: boolean | null;
}

/** Before and after CV joined per level and indicator. */
export function balanceRows(before: readonly Balance[], after: readonly Balance[]): BalanceRow[] {
  const afterBy = new Map(after.map((b) => [`${b.level}-${b.indicator}`, b]));
  return before.map((b) => {
    const key = `${b.level}-${b.indicator}`;
    const a = afterBy.get(key);
    return { key, level: b.level, indicator: b.indicator, threshold: b.threshold ?? null, before: b.cv ?? null, after: a?.cv ?? null, passes: a && a.cv !== null && a.cv !== undefined ? a.passes : null };
  });
}

export function BalanceChangeTable({ before, after }: { before: readonly Balance[]; after: readonly Balance[] }) {
  const { t, locale } = useLocale();
  return (
    <Table<BalanceRow>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={balanceRows(before, after)}
      columns={[
        { title: t('overview.balanceLevel'), dataIndex: 'level', width: 70, render: (v: BalanceRow['level']) => t(`level.${v}`) },
        { title: t('overview.balanceIndicator'), dataIndex: 'indicator', render: (v: BalanceRow['indicator']) => t(`indicatorShort.${v}`) },
        { title: t('plan.before'), dataIndex: 'before', width: 90, align: 'right', render: (v: number | null) => formatDecimal(v, locale, 3) },
        { title: t('plan.after'), dataIndex: 'after', width: 90, align: 'right', render: (v: number | null) => formatDecimal(v, locale, 3) },
        { title: t('overview.threshold'), dataIndex: 'threshold', width: 80, align: 'right', render: (v: number | null) => (v === null ? '—' : `≤ ${formatDecimal(v, locale)}`) },
        { title: t('overview.result'), dataIndex: 'passes', width: 90, render: (v: boolean | null) => <PassTag passes={v} /> },
      ]}
    />
  );
}
