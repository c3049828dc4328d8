import { Table } from 'antd';
import { useSignedIn } from '../../auth/session-context';
import { useT } from '../../i18n/locale-context';
import type { Retirement, ReturningTeacher } from './plan-types';

/** The teachers who retire at a plan year's September 1 (names for HR and administrators only). */
export function RetirementsTable({ rows }: { rows: readonly Retirement[] }) {
  const t = useT();
  const { permissions } = useSignedIn();
  return (
    <Table<Retirement>
      size="small"
      rowKey="staffNo"
      dataSource={[...rows]}
      pagination={{ pageSize: 15, hideOnSinglePage: true, showSizeChanger: false }}
      locale={{ emptyText: t('years.noRetirements') }}
      columns={[
        { title: t('teacher.staffNo'), dataIndex: 'staffNo', width: 140 },
        ...(permissions.seePersonalData ? [{ title: t('teacher.name'), key: 'name', width: 100, render: (_: unknown, r: Retirement) => r.name ?? '—' }] : []),
        { title: t('years.leavesSchool'), key: 'school', render: (_: unknown, r: Retirement) => r.schoolName ?? r.schoolCode },
        { title: t('teacher.level'), dataIndex: 'level', width: 80, render: (v: Retirement['level']) => t(`level.${v}`) },
      ]}
    />
  );
}

/** The rotating teachers whose term ended by a plan year's September 1, back at their home school. */
export function ReturningTable({ rows }: { rows: readonly ReturningTeacher[] }) {
  const t = useT();
  const { permissions } = useSignedIn();
  return (
    <Table<ReturningTeacher>
      size="small"
      rowKey="staffNo"
      dataSource={[...rows]}
      pagination={{ pageSize: 15, hideOnSinglePage: true, showSizeChanger: false }}
      locale={{ emptyText: t('years.noReturning') }}
      columns={[
        { title: t('teacher.staffNo'), dataIndex: 'staffNo', width: 140 },
        ...(permissions.seePersonalData ? [{ title: t('teacher.name'), key: 'name', width: 100, render: (_: unknown, r: ReturningTeacher) => r.name ?? '—' }] : []),
        { title: t('teacher.subject'), dataIndex: 'subject', width: 80 },
        { title: t('teacher.level'), dataIndex: 'level', width: 80, render: (v: ReturningTeacher['level']) => t(`level.${v}`) },
        { title: t('years.fromSchool'), key: 'from', render: (_: unknown, r: ReturningTeacher) => r.fromSchoolName ?? r.fromSchoolCode },
        { title: t('years.homeSchool'), key: 'home', render: (_: unknown, r: ReturningTeacher) => r.schoolName ?? r.schoolCode },
        { title: t('years.rotationEnd'), dataIndex: 'rotationEnd', width: 110 },
      ]}
    />
  );
}
