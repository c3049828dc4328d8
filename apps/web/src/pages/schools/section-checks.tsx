import { Card, Descriptions, Table, Tag } from 'antd';
import type { SchoolDetailQuery } from '../../gql/graphql';
import { formatDecimal, formatInteger } from '../../format/format-number';
import { useLocale } from '../../i18n/locale-context';
import { PassTag } from '../../ui/pass-tag';

type Section = NonNullable<SchoolDetailQuery['school']>['sections'][number];
type Check = Section['checks'][number];

/** One section (学段): its head counts and every check with value, threshold and the gap in teachers. */
export function SectionChecks({ section }: { section: Section }) {
  const { t, locale } = useLocale();
  return (
    <Card size="small" title={`${t(`level.${section.level}`)} · ${section.compliant ? t('common.pass') : t('common.fail')}`}>
      <Descriptions size="small" column={{ xs: 2, md: 3, xl: 6 }}>
        <Descriptions.Item label={t('schools.students')}>{formatInteger(section.students, locale)}</Descriptions.Item>
        <Descriptions.Item label={t('school.classes')}>{section.classes}</Descriptions.Item>
        <Descriptions.Item label={t('school.classes56')}>{section.classes56Plus}</Descriptions.Item>
        <Descriptions.Item label={t('school.classes66')}>{section.classes66Plus}</Descriptions.Item>
        <Descriptions.Item label={t('school.teacherCount')}>{section.teacherCount}</Descriptions.Item>
        <Descriptions.Item label={t('school.sixOfSeven')}>
          <PassTag passes={section.sixOfSeven.meets ?? null} /> {section.sixOfSeven.failing.map((i) => <Tag key={i}>{i}</Tag>)}
        </Descriptions.Item>
      </Descriptions>
      <Table<Check>
        size="small"
        pagination={false}
        rowKey="indicator"
        dataSource={section.checks}
        columns={[
          { title: t('overview.balanceIndicator'), dataIndex: 'indicator', render: (v: Check['indicator']) => `${v} ${t(`indicator.${v}`)}` },
          { title: t('school.value'), dataIndex: 'value', align: 'right', width: 100, render: (v: number | null) => formatDecimal(v, locale) },
          { title: t('school.threshold'), dataIndex: 'threshold', align: 'right', width: 100, render: (v: number) => formatDecimal(v, locale) },
          { title: t('overview.result'), dataIndex: 'passes', width: 90, render: (v: boolean) => <PassTag passes={v} /> },
          { title: t('school.gap'), dataIndex: 'gapTeachers', align: 'right', width: 100, render: (v: number | null) => (v === null || v === undefined ? '—' : v) },
        ]}
      />
    </Card>
  );
}
