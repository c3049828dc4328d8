import { Card, Col, Row, Statistic } from 'antd';
import { formatDecimal, formatYuan } from '../../format/format-number';
import { useLocale } from '../../i18n/locale-context';
import type { Plan } from './plan-types';

/** What the plan costs per year, by kind, and what it achieves. */
export function CostBreakdown({ plan }: { plan: Plan }) {
  const { t, locale } = useLocale();
  const c = plan.cost;
  const item = (title: string, value: string) => (
    <Col xs={12} md={8} xl={3}>
      <Statistic title={title} value={value} />
    </Col>
  );
  return (
    <Card size="small" title={t('plan.cost')}>
      <Row gutter={[12, 12]}>
        {item(t('plan.costRotation'), formatYuan(c.rotation, locale))}
        {item(t('plan.costTransport'), formatYuan(c.transport, locale))}
        {item(t('plan.costHires'), formatYuan(c.hires, locale))}
        {item(t('plan.costExtraQuota'), formatYuan(c.extraQuota, locale))}
        {item(t('plan.costClassrooms'), formatYuan(c.classrooms, locale))}
        {item(t('levers.costPostTransfers'), formatYuan(c.postTransfers, locale))}
        {item(t('levers.costRecalls'), formatYuan(c.recalls, locale))}
        {item(t('plan.costTotal'), formatYuan(c.total, locale))}
        {item(t('plan.compliantBefore'), String(plan.compliantSectionsBefore))}
        {item(t('plan.compliantAfter'), String(plan.compliantSectionsAfter))}
        {item(t('plan.shortfallAfter'), formatDecimal(plan.shortfallTeachers, locale, 1))}
      </Row>
    </Card>
  );
}
