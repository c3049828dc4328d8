import { Card, Col, Row, Typography } from 'antd';
import { useMemo } from 'react';
import { EChartsView } from '../../charts/echarts-view';
import { FAIL_COLOR, NEUTRAL_COLOR, PASS_COLOR } from '../../charts/chart-colors';
import { outlookBarOption } from '../../charts/outlook-bar-option';
import { schoolScatterOption } from '../../charts/school-scatter-option';
import type { CountyOutlookQuery } from '../../gql/graphql';
import { useT } from '../../i18n/locale-context';
import { firstShortYear, type OutlookSchool } from './outlook-schools-table';

type Totals = NonNullable<CountyOutlookQuery['county']>['outlook']['totals'];

/** Classes needed against classrooms, and teachers needed against present, by year. */
export function OutlookCharts({ totals }: { totals: Totals }) {
  const t = useT();
  const years = totals.map((y) => y.year);
  const places = useMemo(() => outlookBarOption(years, [
    { name: t('outlook.classesWhereRooms'), values: totals.map((y) => y.classesNeededWhereRoomsKnown), color: NEUTRAL_COLOR },
    { name: t('outlook.classrooms'), values: totals.map((y) => y.classroomsAvailable), color: PASS_COLOR },
  ]), [totals, years, t]);
  const teachers = useMemo(() => outlookBarOption(years, [
    { name: t('outlook.teachersNeeded'), values: totals.map((y) => y.teachersNeeded), color: FAIL_COLOR },
    { name: t('outlook.teachersPresent'), values: totals.map((y) => y.teachersPresent), color: PASS_COLOR },
  ]), [totals, years, t]);
  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} xl={12}>
        <Card size="small" title={t('outlook.places')}>
          <EChartsView option={places} height={280} label={t('outlook.places')} />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title={t('outlook.teachers')}>
          <EChartsView option={teachers} height={280} label={t('outlook.teachers')} />
        </Card>
      </Col>
    </Row>
  );
}

/** The schools on the county's map (the overview's scatter by latitude/longitude), red where they run short. */
export function OutlookMap({ schools }: { schools: readonly OutlookSchool[] }) {
  const t = useT();
  const option = useMemo(
    () => schoolScatterOption(
      schools.map((s) => ({ name: `${s.schoolName}${Number.isFinite(firstShortYear(s)) ? `（${firstShortYear(s)}）` : ''}`, lat: s.lat, lon: s.lon, compliant: !Number.isFinite(firstShortYear(s)), weak: false })),
      { compliant: t('outlook.mapFine'), failing: t('outlook.mapShort') },
    ),
    [schools, t],
  );
  return (
    <Card size="small" title={t('outlook.map')}>
      <EChartsView option={option} height={340} label={t('outlook.map')} />
      <Typography.Text type="secondary">{t('outlook.mapLegend')}</Typography.Text>
    </Card>
  );
}
