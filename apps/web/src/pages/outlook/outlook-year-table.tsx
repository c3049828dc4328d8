import { Card, Table } from 'antd';
import type { CountyOutlookQuery } from '../../gql/graphql';
import { formatInteger } from '../../format/format-number';
import { useLocale } from '../../i18n/locale-context';

type Row = NonNullable<CountyOutlookQuery['county']>['outlook']['totals'][number];

const danger = (n: number) => (n > 0 ? { color: '#cf1322', fontWeight: 600 } : undefined);

/** The county by year: students, classes and classrooms, teachers needed against present. */
export function OutlookYearTable({ rows }: { rows: readonly Row[] }) {
  const { t, locale } = useLocale();
  const n = (v: number) => formatInteger(v, locale);
  return (
    <Card size="small" title={t('outlook.byYear')}>
      <Table<Row>
        size="small"
        pagination={false}
        rowKey="year"
        scroll={{ x: 'max-content' }}
        dataSource={[...rows]}
        columns={[
          { title: t('outlook.year'), dataIndex: 'year', fixed: 'left' },
          { title: t('outlook.students'), dataIndex: 'students', align: 'right', render: n },
          { title: t('outlook.intake'), dataIndex: 'intake', align: 'right', render: n },
          { title: t('outlook.graduates'), dataIndex: 'graduates', align: 'right', render: n },
          { title: t('outlook.classesNeeded'), dataIndex: 'classesNeeded', align: 'right', render: n },
          { title: t('outlook.roomsNeededHave'), dataIndex: 'classroomsAvailable', align: 'right', render: (v: number, r) => `${n(r.classesNeededWhereRoomsKnown)} / ${n(v)}` },
          { title: t('outlook.classroomShortfall'), dataIndex: 'classroomShortfall', align: 'right', render: (v: number) => <span style={danger(v)}>{n(v)}</span> },
          { title: t('outlook.teachersNeeded'), dataIndex: 'teachersNeeded', align: 'right', render: n },
          { title: t('outlook.teachersPresent'), dataIndex: 'teachersPresent', align: 'right', render: n },
          { title: t('outlook.teacherGap'), dataIndex: 'teacherGap', align: 'right', render: (v: number) => <span style={danger(v)}>{n(v)}</span> },
          { title: t('outlook.retiring'), dataIndex: 'retiring', align: 'right', render: n },
          { title: t('outlook.rotationLeaving'), dataIndex: 'rotationLeaving', align: 'right', render: n },
          { title: t('outlook.schoolsShort'), key: 'short', align: 'right', render: (_: unknown, r) => `${n(r.schoolsShortOfClassrooms)} / ${n(r.schoolsShortOfTeachers)}` },
        ]}
      />
    </Card>
  );
}
