import { Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useSignedIn } from '../../auth/session-context';
import type { RotationDirection, SchoolRotationFieldsFragment } from '../../gql/graphql';
import { useT } from '../../i18n/locale-context';
import { TONES } from '../../ui/tag-tones';

export type SchoolRotationRow = SchoolRotationFieldsFragment;

/**
 * Rotations that concern one school: direction (调入/调出), the teacher (names only for HR and admin),
 * the other school (a link to it) and the term.
 */
export function SchoolRotationsTable({ rows, loading = false, emptyText }: { rows: readonly SchoolRotationRow[]; loading?: boolean; emptyText: string }) {
  const t = useT();
  const { permissions } = useSignedIn();
  const term = (r: SchoolRotationRow) => {
    if (r.startDate && r.endDate) return t('rotation.termRange', { start: r.startDate, end: r.endDate });
    return r.endDate ? t('rotation.until', { end: r.endDate }) : '—';
  };
  return (
    <Table<SchoolRotationRow>
      size="small"
      rowKey={(r) => `${r.direction}-${r.staffNo}`}
      loading={loading}
      pagination={false}
      dataSource={[...rows]}
      // A plain string would be drawn in the disabled grey, below the AA contrast ratio.
      locale={{ emptyText: <Typography.Text type="secondary">{emptyText}</Typography.Text> }}
      scroll={{ x: 900 }}
      columns={[
        {
          title: t('rotation.direction'),
          dataIndex: 'direction',
          width: 70,
          render: (v: RotationDirection) => <Tag style={v === 'IN' ? TONES.processing : TONES.warning}>{t(`rotation.${v}`)}</Tag>,
        },
        { title: t('teacher.staffNo'), dataIndex: 'staffNo', width: 130 },
        ...(permissions.seePersonalData ? [{ title: t('teacher.name'), key: 'name', width: 90, render: (_: unknown, r: SchoolRotationRow) => r.teacher?.name ?? '—' }] : []),
        { title: t('teacher.subject'), key: 'subject', width: 80, render: (_: unknown, r: SchoolRotationRow) => r.teacher?.subject ?? '—' },
        { title: t('teacher.backbone'), key: 'backbone', width: 70, render: (_: unknown, r: SchoolRotationRow) => (r.teacher ? t(`backbone.${r.teacher.backbone}`) : '—') },
        { title: t('teacher.level'), dataIndex: 'level', width: 80, render: (v: SchoolRotationRow['level']) => t(`level.${v}`) },
        {
          title: t('rotation.otherSchool'),
          key: 'otherSchool',
          render: (_: unknown, r: SchoolRotationRow) => (r.otherSchool ? <Link to={`/schools/${r.otherSchool.code}`}>{r.otherSchool.name}</Link> : '—'),
        },
        { title: t('rotation.term'), key: 'term', width: 210, render: (_: unknown, r: SchoolRotationRow) => term(r) },
      ]}
    />
  );
}
