import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Popconfirm, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useSignedIn } from '../../auth/session-context';
import { useCounty } from '../../county/county-context';
import { formatDateTime, formatYuan } from '../../format/format-number';
import type { ScenariosListQuery } from '../../gql/graphql';
import { useLocale } from '../../i18n/locale-context';
import { ErrorAlert } from '../../ui/error-alert';
import { useNotifiedAction } from '../../ui/use-notified-action';
import { DeleteScenarioMutation, DuplicateScenarioMutation } from './scenario.mutations';
import { ScenariosListQuery as Query } from './scenario.queries';
import { hasPlan } from './scenario-status';
import { ScenarioStatusTag } from './status-tag';
import { RolloverButton } from './rollover-button';

type Row = ScenariosListQuery['scenarios'][number];

/** The county's scenarios, newest first; tick two or three solved ones to compare them. */
export default function ScenariosPage() {
  const { t, locale } = useLocale();
  const run = useNotifiedAction();
  const navigate = useNavigate();
  const { county } = useCounty();
  const { permissions } = useSignedIn();
  const { data, loading, error, refetch } = useQuery(Query, { variables: { countyCode: county?.code ?? null }, skip: !county });
  const [duplicate] = useMutation(DuplicateScenarioMutation);
  const [remove] = useMutation(DeleteScenarioMutation);
  const [selected, setSelected] = useState<string[]>([]);
  // A failed refetch shows through the query's error.
  const act = async (work: () => Promise<unknown>, done: string) => {
    if (await run(work, done)) await refetch().catch(() => undefined);
  };
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
          {t('scenarios.title')}
        </Typography.Title>
        <Space>
          {permissions.applyPlans && county && <RolloverButton countyCode={county.code} onDone={() => void refetch().catch(() => undefined)} />}
          <Button disabled={selected.length < 2 || selected.length > 3} onClick={() => void navigate(`/compare?ids=${selected.join(',')}`)}>
            {t('scenarios.compareSelected')}
          </Button>
          {permissions.editScenarios && (
            <Button type="primary" onClick={() => void navigate('/scenarios/new')}>
              {t('scenarios.new')}
            </Button>
          )}
        </Space>
      </Space>
      <Typography.Text type="secondary">{permissions.editScenarios ? t('scenarios.compareHint') : t('scenarios.readOnly')}</Typography.Text>
      <ErrorAlert error={error} />
      <Table<Row>
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={data?.scenarios ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setSelected(keys.map(String)),
          getCheckboxProps: (r) => ({ disabled: !hasPlan(r.status), 'aria-label': r.name }),
          columnTitle: ' ',
        }}
        columns={[
          { title: t('scenarios.name'), dataIndex: 'name', render: (v: string, r) => <Link to={`/scenarios/${r.id}`}>{v}</Link> },
          { title: t('scenarios.year'), dataIndex: 'year', width: 100, render: (v: number, r) => (r.years > 1 ? `${v}–${v + r.years - 1}` : v) },
          { title: t('scenarios.status'), dataIndex: 'status', width: 100, render: (v: Row['status']) => <ScenarioStatusTag status={v} /> },
          {
            title: t('scenarios.budgetCap'), dataIndex: 'budgetCap', align: 'right', width: 140,
            // A multi-year scenario with a cap per year: each year's, in order.
            render: (v: number | null, r) => (r.yearBudgetCaps ? r.yearBudgetCaps.map((c) => (c === null || c === undefined ? t('scenarios.noCap') : formatYuan(c, locale))).join(' / ') : v === null ? t('scenarios.noCap') : formatYuan(v, locale)),
          },
          { title: t('scenarios.mode'), dataIndex: 'mode', width: 150, render: (v: Row['mode']) => t(`mode.${v}`) },
          { title: t('scenarios.createdBy'), dataIndex: 'createdBy', width: 100 },
          { title: t('scenarios.updatedAt'), dataIndex: 'updatedAt', width: 150, render: (v: string) => formatDateTime(v, locale) },
          ...(permissions.editScenarios
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 150,
                  render: (_: unknown, r: Row) => (
                    <Space size={4}>
                      <Button size="small" onClick={() => void act(() => duplicate({ variables: { id: r.id } }), t('scenarios.duplicated'))}>
                        {t('scenarios.duplicate')}
                      </Button>
                      <Popconfirm title={t('scenarios.deleteConfirm')} okText={t('common.delete')} cancelText={t('common.cancel')} onConfirm={() => act(() => remove({ variables: { id: r.id } }), t('scenarios.deleted'))}>
                        <Button size="small" danger>
                          {t('common.delete')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Space>
  );
}
