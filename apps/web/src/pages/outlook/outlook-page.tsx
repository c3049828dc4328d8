import { useQuery } from '@apollo/client/react';
import { Alert, Col, Row, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useCounty } from '../../county/county-context';
import type { Level } from '../../gql/graphql';
import { useT } from '../../i18n/locale-context';
import { ErrorAlert } from '../../ui/error-alert';
import { PageLoading } from '../../ui/page-loading';
import { OutlookCharts, OutlookMap } from './outlook-charts';
import { OutlookSchoolsTable } from './outlook-schools-table';
import { OutlookYearTable } from './outlook-year-table';
import { CountyOutlookQuery } from './outlook.query';

const LEVELS: Level[] = ['PRIMARY', 'JUNIOR', 'SENIOR'];

/** 五年展望 (五三一): students, classes, classrooms and teachers by year, and the schools that run short first. */
export default function OutlookPage() {
  const t = useT();
  const { county, error: countyError } = useCounty();
  const [level, setLevel] = useState<Level | 'ALL'>('ALL');
  const code = county?.code ?? null;
  const { data, error } = useQuery(CountyOutlookQuery, { variables: { code: code ?? '', level: level === 'ALL' ? null : level, years: 5 }, skip: !code });
  if (countyError || error) return <ErrorAlert error={countyError ?? error} />;
  if (!data?.county) return <PageLoading />;
  const outlook = data.county.outlook;
  const b = outlook.basis;
  const lastYear = outlook.years[outlook.years.length - 1] ?? outlook.baseYear;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Space align="center" style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
          {data.county.name} · {t('outlook.title')} {outlook.years[0]}–{lastYear}
        </Typography.Title>
        <Select
          aria-label={t('outlook.level')}
          value={level}
          onChange={setLevel}
          options={[{ value: 'ALL' as const, label: t('outlook.allLevels') }, ...LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))]}
          style={{ width: 120 }}
        />
      </Space>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{t('outlook.intro')}</Typography.Paragraph>
      {outlook.coarse && <Alert type="warning" showIcon title={t('outlook.coarse', { n: b.coarseSections })} />}
      <OutlookCharts totals={outlook.totals} />
      <OutlookYearTable rows={outlook.totals} />
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={13}>
          <OutlookSchoolsTable schools={outlook.schools} lastYear={lastYear} />
        </Col>
        <Col xs={24} xl={11}>
          <OutlookMap schools={outlook.schools} />
        </Col>
      </Row>
      <Typography.Text type="secondary">
        {t('outlook.basis', { given: b.intakeGiven, township: b.intakeFromTownship, firstGrade: b.intakeFromFirstGrade, coarse: b.intakeCoarse, men: b.retirementAgeMen, menMax: b.retirementMen.maxAge, women: b.retirementAgeWomen, womenMax: b.retirementWomen.maxAge })}
        {' '}{t('outlook.note')}
      </Typography.Text>
    </Space>
  );
}
