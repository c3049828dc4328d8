import { Card, Table, Tag } from 'antd';
import { Link } from 'react-router';
import type { CountyOutlookQuery } from '../../gql/graphql';
import { formatInteger } from '../../format/format-number';
import { useLocale } from '../../i18n/locale-context';
import { TONES } from '../../ui/tag-tones';

export type OutlookSchool = NonNullable<CountyOutlookQuery['county']>['outlook']['schools'][number];

/** The first year a school runs short of classrooms or teachers (Infinity when never). */
export function firstShortYear(s: Pick<OutlookSchool, 'firstYearShortOfClassrooms' | 'firstYearShortOfTeachers'>): number {
  return Math.min(s.firstYearShortOfClassrooms ?? Infinity, s.firstYearShortOfTeachers ?? Infinity);
}

/** Schools that run out of places or teachers first (the API orders them so). */
export function OutlookSchoolsTable({ schools, lastYear }: { schools: readonly OutlookSchool[]; lastYear: number }) {
  const { t, locale } = useLocale();
  const short = schools.filter((s) => Number.isFinite(firstShortYear(s)));
  const last = (s: OutlookSchool) => s.years[s.years.length - 1];
  const year = (v: number | null) => (v === null ? t('outlook.never') : String(v));
  return (
    <Card size="small" title={`${t('outlook.shortFirst')}（${formatInteger(short.length, locale)}）`}>
      <Table<OutlookSchool>
        size="small"
        rowKey="schoolCode"
        dataSource={short}
        locale={{ emptyText: t('outlook.noneShort') }}
        pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('outlook.school'), dataIndex: 'schoolName',
            render: (v: string, s) => (
              <>
                <Link to={`/schools/${s.schoolCode}`}>{v}</Link>
                {s.coarse && <Tag style={{ ...TONES.neutral, marginInlineStart: 8 }}>{t('outlook.coarseTag')}</Tag>}
              </>
            ),
          },
          { title: t('outlook.township'), dataIndex: 'township' },
          { title: t('outlook.firstShortOfRooms'), dataIndex: 'firstYearShortOfClassrooms', align: 'right', render: year },
          { title: t('outlook.firstShortOfTeachers'), dataIndex: 'firstYearShortOfTeachers', align: 'right', render: year },
          { title: t('outlook.lastRooms', { year: lastYear }), key: 'rooms', align: 'right', render: (_: unknown, s) => { const v = last(s)?.classroomShortfall; return v === null || v === undefined ? '—' : formatInteger(v, locale); } },
          { title: t('outlook.lastTeachers', { year: lastYear }), key: 'teachers', align: 'right', render: (_: unknown, s) => formatInteger(last(s)?.teacherGap ?? 0, locale) },
        ]}
      />
    </Card>
  );
}
