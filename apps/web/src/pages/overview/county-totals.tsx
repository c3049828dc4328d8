import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { IndicatorCode, OverviewQuery } from '../../gql/graphql';
import { formatInteger, formatTenThousandYuan } from '../../format/format-number';
import { useLocale } from '../../i18n/locale-context';

type County = NonNullable<OverviewQuery['county']>;
type Budget = OverviewQuery['budgets'][number];

const GAP_INDICATORS: IndicatorCode[] = ['Q1', 'Q2', 'Q3', 'R'];

/** The head counts, the six-of-seven tally, the budget of the year and the teachers short per indicator. */
export function CountyTotals({ county, budgets, year, shortfall }: { county: County; budgets: readonly Budget[]; year: number; shortfall: Map<IndicatorCode, number> | null }) {
  const { t, locale } = useLocale();
  const summaries = [county.primary, county.junior, county.senior].filter((s) => s !== null && s !== undefined);
  const sixMeeting = summaries.reduce((n, s) => n + s.sixOfSevenMeeting, 0);
  const sixJudged = summaries.reduce((n, s) => n + s.sixOfSevenJudged, 0);
  const budgetTotal = budgets.reduce((n, b) => n + b.amount, 0);
  const budgetRemaining = budgets.reduce((n, b) => n + b.remaining, 0);
  const c = county.counts;
  const stat = (title: string, value: string, suffix?: string, note?: string) => (
    <Col xs={12} md={8} xl={4}>
      <Card size="small" style={{ height: '100%' }}>
        <Statistic title={title} value={value} suffix={suffix} />
        {note ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{note}</Typography.Text> : null}
      </Card>
    </Col>
  );
  return (
    <section aria-label={t('overview.totals')}>
      <Row gutter={[12, 12]}>
        {stat(t('overview.schools'), formatInteger(c.schools, locale))}
        {stat(t('overview.students'), formatInteger(c.students, locale))}
        {stat(t('overview.teachers'), formatInteger(c.teachers, locale))}
        {stat(t('overview.onLoan'), formatInteger(c.onLoanTeachers, locale))}
        {/* The two counters have different totals: every section is checked, only primary and junior ones are evaluated six-of-seven. */}
        {stat(t('overview.compliantSections'), formatInteger(c.compliantSections, locale), `/ ${formatInteger(c.sections, locale)}`, t('overview.compliantSectionsNote'))}
        {stat(t('overview.sixOfSeven'), formatInteger(sixMeeting, locale), `/ ${formatInteger(sixJudged, locale)}`, t('overview.sixOfSevenNote'))}
      </Row>
      <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
        <Col xs={24} xl={8}>
          <Card size="small" style={{ height: '100%' }}>
            <Statistic title={t('overview.budget', { year })} value={formatTenThousandYuan(budgetTotal, locale)} suffix={t('common.tenThousandYuan')} />
            <Typography.Text type="secondary">{t('overview.budgetRemaining', { amount: `${formatTenThousandYuan(budgetRemaining, locale)} ${t('common.tenThousandYuan')}` })}</Typography.Text>
            <ul style={{ margin: '8px 0 0', paddingInlineStart: 18 }}>
              {budgets.map((b) => (
                <li key={b.id}>
                  {b.category}：{formatTenThousandYuan(b.amount, locale)} {t('common.tenThousandYuan')}
                </li>
              ))}
            </ul>
          </Card>
        </Col>
        <Col xs={24} xl={16}>
          <Card size="small" title={t('overview.shortfall')} style={{ height: '100%' }}>
            <Row gutter={12}>
              {GAP_INDICATORS.map((code) => (
                <Col span={6} key={code}>
                  <Statistic title={t(`indicatorShort.${code}`)} value={shortfall ? formatInteger(shortfall.get(code) ?? 0, locale) : '…'} suffix={t('common.people')} />
                </Col>
              ))}
            </Row>
          </Card>
        </Col>
      </Row>
    </section>
  );
}
