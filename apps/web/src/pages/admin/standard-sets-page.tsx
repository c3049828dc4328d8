import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Form, Input, Popconfirm, Select, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { AssignableRegionsQuery } from '../../county/assignable-regions.query';
import { classifyError, describeError } from '../../errors/describe-error';
import { formatDateTime } from '../../format/format-number';
import type { StandardSetValuesFragment } from '../../gql/graphql';
import { useLocale } from '../../i18n/locale-context';
import { NationalStandardSetQuery, RegionStandardSetQuery, ResetStandardSetMutation, SaveStandardSetMutation } from '../../standards/standard-set.queries';
import { parseOverridesText, type Overrides } from '../../standards/standard-fields';
import { StandardOverridesEditor } from '../../standards/standard-overrides-editor';
import { ErrorAlert } from '../../ui/error-alert';
import { useNotifiedAction } from '../../ui/use-notified-action';
import { PageLoading } from '../../ui/page-loading';
import { editableRegions, type RegionOption } from './standard-set-regions';

interface Draft {
  name: string;
  overrides: Overrides;
  /** The version the edit started from: 0 when the region has no set of its own yet. */
  expectedVersion: number;
}

/** A new draft starts from the set in force, whoever owns it, so that editing changes only what is typed. */
function draftOf(set: StandardSetValuesFragment, region: RegionOption, defaultName: string): Draft {
  const own = set.ownerRegionCode === region.code;
  return { name: own ? set.name : defaultName, overrides: parseOverridesText(set.overrides), expectedVersion: own ? set.version : 0 };
}

/** Administrators' editor of the city's and counties' standard sets (评估标准管理). */
export default function StandardSetsPage() {
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const run = useNotifiedAction();
  const assignable = useQuery(AssignableRegionsQuery);
  const regions = useMemo(() => editableRegions(assignable.data?.assignableRegions ?? []), [assignable.data]);
  const [regionCode, setRegionCode] = useState<string | null>(null);
  const region = regions.find((r) => r.code === regionCode) ?? regions[0] ?? null;
  const current = useQuery(RegionStandardSetQuery, { variables: { regionCode: region?.code ?? null }, skip: !region, fetchPolicy: 'network-only' });
  const national = useQuery(NationalStandardSetQuery);
  const [save, saving] = useMutation(SaveStandardSetMutation);
  const [reset, resetting] = useMutation(ResetStandardSetMutation);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [conflict, setConflict] = useState(false);
  const set = current.data?.standardSet;
  const defaultName = region ? t('standards.defaultName', { region: region.name }) : '';

  // A new draft only when another set arrives (another region, a save, a reload): a language switch keeps the edits.
  useEffect(() => {
    if (set && region) setDraft(draftOf(set, region, t('standards.defaultName', { region: region.name })));
    setConflict(false);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [set, region?.code]);

  if (assignable.error) return <ErrorAlert error={assignable.error} />;
  if (current.error) return <ErrorAlert error={current.error} />;
  if (national.error) return <ErrorAlert error={national.error} />;
  if (assignable.loading || !region || !set || !draft || !national.data) return <PageLoading />;

  const regionName = (code: string | null) => regions.find((r) => r.code === code)?.name ?? code ?? '';
  const source =
    set.ownerRegionCode === region.code
      ? t('standards.source.own', { name: set.name, version: set.version, by: set.updatedBy ?? '—', at: set.updatedAt ? formatDateTime(set.updatedAt, locale) : '—' })
      : set.ownerRegionCode
        ? t('standards.source.inherited', { owner: regionName(set.ownerRegionCode), name: set.name, version: set.version })
        : t('standards.source.national', { name: set.name });

  const onSave = async () => {
    if (draft.name.trim() === '') {
      void message.error(t('standards.nameRequired'));
      return;
    }
    try {
      const { data } = await save({
        variables: { input: { regionCode: region.code, name: draft.name.trim(), overrides: JSON.stringify(draft.overrides), expectedVersion: draft.expectedVersion } },
      });
      if (data) {
        void message.success(t('standards.saved', { version: data.saveStandardSet.version }));
        await current.refetch();
      }
    } catch (error) {
      if (classifyError(error).code === 'CONFLICT') setConflict(true);
      else void message.error(describeError(error, t));
    }
  };

  const onReset = async () => {
    if (await run(() => reset({ variables: { regionCode: region.code } }), t('standards.resetDone'))) await current.refetch().catch(() => undefined);
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%', maxWidth: 1100 }}>
      <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
        {t('standards.title')}
      </Typography.Title>
      <Card size="small">
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          <Space wrap>
            <label htmlFor="standards-region">{t('standards.region')}</label>
            <Select
              id="standards-region"
              value={region.code}
              onChange={setRegionCode}
              style={{ width: 220 }}
              options={regions.map((r) => ({ value: r.code, label: r.isCity ? t('standards.cityOption', { name: r.name }) : r.name }))}
            />
          </Space>
          <Alert type={set.ownerRegionCode === region.code ? 'success' : 'info'} showIcon title={source} />
          <Typography.Text type="secondary">{t('standards.effectNote')}</Typography.Text>
        </Space>
      </Card>
      {conflict && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t('error.CONFLICT')}
          action={<Button onClick={() => void current.refetch()}>{t('standards.reload')}</Button>}
        />
      )}
      <Card size="small">
        <Form layout="vertical" onFinish={() => void onSave()}>
          <Form.Item label={t('standards.name')} htmlFor="standards-name" required>
            <Input id="standards-name" value={draft.name} maxLength={100} placeholder={defaultName} onChange={(e) => setDraft({ ...draft, name: e.target.value })} style={{ maxWidth: 480 }} />
          </Form.Item>
          <Typography.Paragraph type="secondary">{t('standards.baseNational')}</Typography.Paragraph>
          <StandardOverridesEditor base={national.data.nationalStandardSet} value={draft.overrides} onChange={(overrides) => setDraft({ ...draft, overrides })} />
          <Space style={{ marginTop: 16 }}>
            <Button type="primary" htmlType="submit" loading={saving.loading}>
              {t('standards.save')}
            </Button>
            {set.ownerRegionCode === region.code && (
              <Popconfirm title={t('standards.resetConfirm')} okText={t('common.confirm')} cancelText={t('common.cancel')} onConfirm={() => void onReset()}>
                <Button danger loading={resetting.loading}>
                  {t('standards.reset')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        </Form>
      </Card>
    </Space>
  );
}
