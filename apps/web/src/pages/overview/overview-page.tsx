import { useQuery } from '@apollo/client/react';
import { Col, Row, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useCounty } from '../../county/county-context';
import { teacherShortfall } from '../../county/teacher-shortfall';
import { useAllSchools } from '../../county/use-all-schools';
import { defaultPlanYear } from '../../format/plan-year';
import { useT } from '../../i18n/locale-context';
import { ErrorAlert } from '../../ui/error-alert';
import { PageLoading } from '../../ui/page-loading';
import { BalanceTable } from './balance-table';
import { CountyTotals } from './county-totals';
import { IndicatorChart } from './indicator-chart';
import { OverviewQuery } from './overview.query';
import { SchoolMap } from './school-map';

const PLAN_YEAR = defaultPlanYear();

/** The planner's start page: totals, balance, indicators across schools and the schools' map. */
export default function OverviewPage() {
  const t = useT();
  const { county, error: countyError } = useCounty();
  const [year, setYear] = useState(PLAN_YEAR);
  const code = county?.code ?? null;
  const { data, error } = useQuery(OverviewQuery, { variables: { code: code ?? '', year }, skip: !code });
  const { schools, error: schoolsError } = useAllSchools(code);
  const shortfall = useMemo(() => (schools ? teacherShortfall(schools) : null), [schools]);
  const balance = useMemo(() => {
    const c = data?.county;
    return c ? [c.primary, c.junior, c.senior].flatMap((s) => s?.balance ?? []) : [];
  }, [data]);
  if (countyError || error) return <ErrorAlert error={countyError ?? error} />;
  if (!data?.county) return <PageLoading />;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Space align="center" style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
          {data.county.name} · {t('overview.title')}
        </Typography.Title>
        <Select
          aria-label={t('overview.year')}
          value={year}
          onChange={setYear}
          options={[PLAN_YEAR - 1, PLAN_YEAR, PLAN_YEAR + 1].map((y) => ({ value: y, label: `${y}` }))}
          style={{ width: 100 }}
        />
      </Space>
      <CountyTotals county={data.county} budgets={data.budgets} year={year} shortfall={shortfall} />
      <ErrorAlert error={schoolsError} />
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={10}>
          <BalanceTable rows={balance} />
        </Col>
        <Col xs={24} xl={14}>
          {schools ? <IndicatorChart schools={schools} /> : <PageLoading />}
        </Col>
      </Row>
      {schools && <SchoolMap schools={schools} />}
    </Space>
  );
}
