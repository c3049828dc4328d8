import { Alert, Card, Space, Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useSignedIn } from '../../auth/session-context';
import { useT } from '../../i18n/locale-context';
import { CostBreakdown } from './cost-breakdown';
import { CostCurvePanel } from './cost-curve-panel';
import { ExportButtons } from './export-buttons';
import { PostTransfersTable, RecallsTable } from './plan-levers-tables';
import { BalanceChangeTable, ClassSplitsTable, HiresTable, RotationsTable, ShortfallsTable } from './plan-tables';
import type { Plan } from './plan-types';
import { RotationPointsRule } from './rotation-points-rule';
import { SpendingBreakdown } from './spending-breakdown';
import { useSchoolNames } from './use-school-names';

export interface PlanBodyProps {
  scenarioId: string;
  countyCode: string;
  plan: Plan;
  /** The scenario's budget cap (the cost curve marks it). */
  budgetCap: number | null;
  /** A year of a multi-year plan: the export buttons export that year's lists. */
  exportYear?: number;
  /** The official documents (公示名单, 交流轮岗文件) are of the plan's first year only. */
  documents?: boolean;
  /** The budget sweep is of the plan's first year only. */
  costCurve?: boolean;
  /** Shown first, above the export buttons (a year's summary). */
  header?: ReactNode;
  /** Lists shown after the plan's own (a year's retirements and returning teachers). */
  extraTabs?: Array<{ key: string; label: string; children: ReactNode }>;
}

/** One plan as the plan page shows it: exports, costs, spending, and its lists in tabs (a one-year plan, or one year of a multi-year plan). */
export function PlanBody({ scenarioId, countyCode, plan, budgetCap, exportYear, documents = true, costCurve = true, header, extraTabs = [] }: PlanBodyProps) {
  const t = useT();
  const { permissions } = useSignedIn();
  const names = useSchoolNames(countyCode);
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {header}
      {permissions.exportLists && (
        <Card size="small">
          <ExportButtons scenarioId={scenarioId} year={exportYear} documents={documents} />
        </Card>
      )}
      {!plan.check.passes && <Alert type="warning" showIcon title={t('plan.checkFailed', { n: plan.check.violations.length })} />}
      <CostBreakdown plan={plan} />
      <SpendingBreakdown plan={plan} />
      {plan.standardSetName && (
        <Typography.Text type="secondary">{t('scenarios.standardUsed', { name: plan.standardSetName, version: plan.standardSetVersion ?? 1 })}</Typography.Text>
      )}
      <Card size="small" title={t('plan.title')}>
        <Tabs
          items={[
            { key: 'rotations', label: `${t('plan.rotations')} (${plan.rotations.length})`, children: <><RotationPointsRule countyCode={countyCode} planRule={plan.rotationPointsRule} /><RotationsTable rows={plan.rotations} /></> },
            { key: 'hires', label: `${t('plan.hires')} (${plan.hires.reduce((n, h) => n + h.count, 0)})`, children: <HiresTable rows={plan.hires} names={names} /> },
            { key: 'postTransfers', label: `${t('levers.postTransfers')} (${plan.postTransfers.reduce((n, p) => n + p.posts, 0)})`, children: <PostTransfersTable rows={plan.postTransfers} /> },
            { key: 'recalls', label: `${t('levers.recallList')} (${plan.recalls.length})`, children: <RecallsTable rows={plan.recalls} /> },
            { key: 'shortfalls', label: `${t('plan.shortfalls')} (${plan.shortfalls.length})`, children: <ShortfallsTable rows={plan.shortfalls} /> },
            { key: 'splits', label: `${t('plan.classSplits')} (${plan.classSplits.length})`, children: <ClassSplitsTable rows={plan.classSplits} names={names} /> },
            ...extraTabs,
            { key: 'balance', label: t('plan.balance'), children: <BalanceChangeTable before={plan.balanceBefore} after={plan.balanceAfter} /> },
            ...(costCurve ? [{ key: 'curve', label: t('plan.costCurve'), children: <CostCurvePanel scenarioId={scenarioId} curve={plan.costCurve} budgetCap={budgetCap} /> }] : []),
          ]}
        />
      </Card>
    </Space>
  );
}
