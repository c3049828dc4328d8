import { useQuery } from '@apollo/client/react';
import { Select, Space, Typography } from 'antd';
import { useState } from 'react';
import type { ScenarioStatus } from '../../gql/graphql';
import { useT } from '../../i18n/locale-context';
import { ConnectionPager } from '../../ui/cursor-pager';
import { currentAfter, firstPage } from '../../ui/cursor-pages';
import { ErrorAlert } from '../../ui/error-alert';
import { SchoolPlannedRotationsQuery, SchoolScenarioOptionsQuery } from './school-rotations.query';
import { SchoolRotationsTable } from './school-rotations-table';

/** Statuses whose scenario has a stored plan. */
const WITH_PLAN: ReadonlySet<ScenarioStatus> = new Set(['SOLVED', 'SUBMITTED', 'APPROVED', 'PUBLISHED', 'CLOSED', 'APPLIED', 'STALE']);

/** A scenario picker and the rotations its plan proposes into or out of the school. */
export function PlannedRotations({ code, countyCode }: { code: string; countyCode: string }) {
  const t = useT();
  const [scenarioId, setScenarioId] = useState<string | null>(null);
  const [pages, setPages] = useState(firstPage);
  const options = useQuery(SchoolScenarioOptionsQuery, { variables: { countyCode } });
  const planned = useQuery(SchoolPlannedRotationsQuery, {
    variables: { code, scenarioId: scenarioId ?? '', first: 20, after: currentAfter(pages) },
    skip: !scenarioId,
  });
  const scenarios = (options.data?.scenarios ?? []).filter((s) => WITH_PLAN.has(s.status));
  const shown = (planned.data ?? planned.previousData)?.school?.plannedRotations;
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }}>
      <Space size={8} wrap>
        <span>{t('rotation.scenario')}</span>
        <Select<string>
          aria-label={t('rotation.scenario')}
          style={{ width: 320 }}
          placeholder={t('rotation.pickScenario')}
          loading={options.loading}
          value={scenarioId ?? undefined}
          onChange={(id) => {
            setScenarioId(id);
            setPages(firstPage);
          }}
          options={scenarios.map((s) => ({ value: s.id, label: `${s.name}（${s.year}，${t(`status.${s.status}`)}）` }))}
        />
      </Space>
      <ErrorAlert error={options.error ?? planned.error} />
      {scenarioId ? (
        <>
          <SchoolRotationsTable rows={shown?.nodes ?? []} loading={planned.loading} emptyText={t('rotation.nonePlanned')} />
          <ConnectionPager connection={shown} pages={pages} setPages={setPages} />
        </>
      ) : (
        <Typography.Text type="secondary">{t('rotation.pickScenario')}</Typography.Text>
      )}
    </Space>
  );
}
