import { Card, Typography } from 'antd';
import { useMemo } from 'react';
import { EChartsView } from '../../charts/echarts-view';
import { schoolScatterOption } from '../../charts/school-scatter-option';
import type { CountySchool } from '../../county/use-all-schools';
import { useT } from '../../i18n/locale-context';

/** Schools by latitude/longitude, coloured by status (no tiles: offline machines). */
export function SchoolMap({ schools }: { schools: readonly CountySchool[] }) {
  const t = useT();
  const option = useMemo(
    () => schoolScatterOption(schools.map((s) => ({ name: s.name, lat: s.lat, lon: s.lon, compliant: s.compliant, weak: s.weak })), { compliant: t('overview.mapCompliant'), failing: t('overview.mapFailing') }),
    [schools, t],
  );
  return (
    <Card size="small" title={t('overview.map')}>
      <EChartsView option={option} height={360} label={t('overview.map')} />
      <Typography.Text type="secondary" data-testid="map-legend">
        {t('overview.mapLegend')}
      </Typography.Text>
    </Card>
  );
}
