import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Checkbox, Collapse, Form, Input, InputNumber, Radio, Select, Space, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useCounty } from '../../county/county-context';
import { describeError } from '../../errors/describe-error';
import { defaultPlanYear } from '../../format/plan-year';
import type { ComplianceTarget, Level, MoveDirections, RecallScopeKind, SolveMode } from '../../gql/graphql';
import { formatYuan } from '../../format/format-number';
import { useLocale } from '../../i18n/locale-context';
import { ErrorAlert } from '../../ui/error-alert';
import { PageLoading } from '../../ui/page-loading';
import { CreateScenarioMutation, UpdateScenarioMutation } from './scenario.mutations';
import { ScenarioBudgetLinesQuery, ScenarioParamsQuery } from './scenario.queries';
import { RegionStandardSetQuery } from '../../standards/standard-set.queries';
import { countOverrides, parseOverridesText } from '../../standards/standard-fields';
import { StandardOverridesEditor } from '../../standards/standard-overrides-editor';
import { newScenarioValues, toParameters, type ScenarioFormValues } from './scenario-form-values';
import { LoanTeacherPicker } from './loan-teacher-picker';
import { TeacherPicker } from './teacher-picker';

const MODES: SolveMode[] = ['BEST_WITHIN_BUDGET', 'CHEAPEST_FULL_COMPLIANCE'];
const TARGETS: ComplianceTarget[] = ['ALL_CHECKS', 'SIX_OF_SEVEN'];
const DIRECTIONS: MoveDirections[] = ['DEFAULT', 'ANY'];
const LEVELS: Level[] = ['PRIMARY', 'JUNIOR', 'SENIOR'];
const RECALL_KINDS: RecallScopeKind[] = ['ALL', 'NONE', 'LISTED'];

/** Create a scenario (/scenarios/new) or change one (/scenarios/:id/edit). */
export default function ScenarioFormPage() {
  const { t, locale } = useLocale();
  const navigate = useNavigate();
  const { id } = useParams();
  const { county } = useCounty();
  const [form] = Form.useForm<ScenarioFormValues>();
  const existing = useQuery(ScenarioParamsQuery, { variables: { id: id ?? '' }, skip: !id, fetchPolicy: 'network-only' });
  const [create, creating] = useMutation(CreateScenarioMutation);
  const [update, updating] = useMutation(UpdateScenarioMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const scenario = existing.data?.scenario;
  const countyCode = scenario?.countyCode ?? county?.code;
  // The county's set in force: the scenario's changes apply to it, and its values are the placeholders.
  const standard = useQuery(RegionStandardSetQuery, { variables: { regionCode: countyCode ?? null }, skip: !countyCode });
  const overrideCount = countOverrides(Form.useWatch('overrides', form) ?? {});
  const year = Form.useWatch('year', form) ?? scenario?.year ?? defaultPlanYear();
  const years = Form.useWatch('years', form) ?? scenario?.years ?? 1;
  const recallKind = Form.useWatch('recallKind', form) ?? scenario?.recalls.kind ?? 'ALL';
  const lines = useQuery(ScenarioBudgetLinesQuery, { variables: { code: countyCode ?? '', year }, skip: !countyCode });

  useEffect(() => {
    if (!scenario) return;
    form.setFieldsValue({
      name: scenario.name,
      year: scenario.year,
      budgetCap: scenario.budgetCap ?? null,
      years: scenario.years,
      yearBudgetCaps: scenario.yearBudgetCaps ?? [],
      mode: scenario.mode,
      target: scenario.target,
      directions: scenario.directions,
      distanceLimitKm: scenario.distanceLimitKm ?? null,
      extraQuotaPerSchool: scenario.extraQuotaPerSchool,
      allowBudgetOverrun: scenario.allowBudgetOverrun,
      lockedStaffNos: scenario.lockedStaffNos,
      excludedStaffNos: scenario.excludedStaffNos,
      overrides: parseOverridesText(scenario.overrides),
      allowHiresBelowMinimum: scenario.allowHiresBelowMinimum,
      levels: scenario.levels ?? [],
      budgetCategories: scenario.budgetCategories ?? [],
      allowPostTransfers: scenario.allowPostTransfers,
      recallKind: scenario.recalls.kind,
      recallStaffNos: scenario.recalls.staffNos,
    });
  }, [scenario, form]);

  if (existing.error) return <ErrorAlert error={existing.error} />;
  if (standard.error) return <ErrorAlert error={standard.error} />;
  if (id && !scenario) return <PageLoading />;
  if (!countyCode) return <PageLoading />;

  const submit = async (values: ScenarioFormValues) => {
    setFailure(null);
    try {
      const input = toParameters(values);
      if (id) {
        await update({ variables: { id, input } });
        void navigate(`/scenarios/${id}`);
      } else {
        const { data } = await create({ variables: { input: { ...input, countyCode } } });
        if (data) void navigate(`/scenarios/${data.createScenario.id}`);
      }
    } catch (error) {
      setFailure(describeError(error, t));
    }
  };

  const base = standard.data?.standardSet;
  const km = base?.rotation.distanceLimitKm;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%', maxWidth: 960 }}>
      <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
        {id ? t('scenarios.edit') : t('scenarios.new')}
      </Typography.Title>
      {failure && <Alert type="error" showIcon title={failure} role="alert" />}
      <Card size="small">
        <Form<ScenarioFormValues>
          form={form}
          layout="horizontal"
          labelCol={{ flex: '220px' }}
          labelWrap
          onFinish={(v) => void submit(v)}
          initialValues={newScenarioValues(defaultPlanYear())}
        >
          <Form.Item label={t('scenarios.name')} name="name" rules={[{ required: true, whitespace: true, message: t('field.name') }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item label={t('scenarios.year')} name="year" rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} precision={0} />
          </Form.Item>
          <Form.Item label={t('scenarios.budgetCap')} name="budgetCap" extra={t('scenarios.noCapHint')}>
            <InputNumber min={0} step={100000} precision={0} style={{ width: 220 }} />
          </Form.Item>
          <Form.Item label={t('scenarios.years')} name="years" extra={t('scenarios.yearsHint')}>
            <InputNumber min={1} max={5} precision={0} />
          </Form.Item>
          {years > 1 &&
            Array.from({ length: Math.min(years, 5) }, (_, i) => (
              <Form.Item key={i} label={t('scenarios.yearCap', { year: year + i })} name={['yearBudgetCaps', i]} extra={i === 0 ? t('scenarios.yearCapsHint') : undefined}>
                <InputNumber min={0} step={100000} precision={0} style={{ width: 220 }} />
              </Form.Item>
            ))}
          <Form.Item label={t('scenarios.mode')} name="mode">
            <Select options={MODES.map((m) => ({ value: m, label: t(`mode.${m}`) }))} style={{ width: 260 }} />
          </Form.Item>
          <Form.Item label={t('scenarios.target')} name="target">
            <Select options={TARGETS.map((m) => ({ value: m, label: t(`target.${m}`) }))} style={{ width: 260 }} />
          </Form.Item>
          <Form.Item label={t('scenarios.directions')} name="directions">
            <Radio.Group options={DIRECTIONS.map((d) => ({ value: d, label: t(`directions.${d}`) }))} />
          </Form.Item>
          <Form.Item label={t('scenarios.distance')} name="distanceLimitKm" extra={km === undefined ? undefined : t('scenarios.distanceDefault', { km })}>
            <InputNumber min={0} max={500} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item label={t('scenarios.extraQuota')} name="extraQuotaPerSchool">
            <InputNumber min={0} max={100} precision={0} />
          </Form.Item>
          <Form.Item name="allowBudgetOverrun" valuePropName="checked">
            <Checkbox>{t('scenarios.allowBudgetOverrun')}</Checkbox>
          </Form.Item>
          <Form.Item label={t('scenarios.levels')} name="levels" extra={t('scenarios.levelsHint')}>
            <Checkbox.Group options={LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))} />
          </Form.Item>
          <Form.Item label={t('scenarios.budgetLines')} name="budgetCategories" extra={t('scenarios.budgetLinesHint')}>
            <Select
              mode="multiple"
              allowClear
              style={{ maxWidth: 520 }}
              placeholder={t('scenarios.budgetLinesNone')}
              loading={lines.loading}
              options={(lines.data?.budgets ?? []).map((b) => ({ value: b.category, label: t('scenarios.budgetLineOption', { category: b.category, remaining: formatYuan(b.remaining, locale) }) }))}
            />
          </Form.Item>
          <Form.Item label={t('scenarios.allowBelowMinimum')} name="allowHiresBelowMinimum" valuePropName="checked" extra={t('scenarios.allowBelowMinimumHint')}>
            <Switch />
          </Form.Item>
          <Form.Item label={t('scenarios.locked')} name="lockedStaffNos">
            <TeacherPicker countyCode={countyCode} label={t('scenarios.locked')} />
          </Form.Item>
          <Form.Item label={t('scenarios.excluded')} name="excludedStaffNos">
            <TeacherPicker countyCode={countyCode} label={t('scenarios.excluded')} />
          </Form.Item>
          <Form.Item label={t('levers.allowPostTransfers')} name="allowPostTransfers" valuePropName="checked" extra={t('levers.allowPostTransfersHint')}>
            <Switch />
          </Form.Item>
          <Form.Item label={t('levers.recalls')} name="recallKind" extra={t('levers.recallsHint')}>
            <Radio.Group options={RECALL_KINDS.map((k) => ({ value: k, label: t(`levers.recallScope.${k}`) }))} />
          </Form.Item>
          {recallKind === 'LISTED' && (
            <Form.Item label={t('levers.recallPick')} name="recallStaffNos" rules={[{ required: true, type: 'array', min: 1, message: t('levers.recallPickRequired') }]}>
              <LoanTeacherPicker countyCode={countyCode} label={t('levers.recallPick')} />
            </Form.Item>
          )}
          <Collapse
            style={{ marginBottom: 16 }}
            items={[
              {
                key: 'overrides',
                forceRender: true,
                label: overrideCount > 0 ? `${t('scenarios.overrides')} · ${t('standards.changedCount', { n: overrideCount, base: base?.name ?? '' })}` : t('scenarios.overrides'),
                children: base ? (
                  <>
                    <Typography.Paragraph type="secondary">{t('scenarios.overridesHint', { name: base.name })}</Typography.Paragraph>
                    <Form.Item name="overrides" noStyle>
                      <StandardOverridesEditor base={base} />
                    </Form.Item>
                  </>
                ) : (
                  <PageLoading />
                ),
              },
            ]}
          />
          <Space>
            <Button type="primary" htmlType="submit" loading={creating.loading || updating.loading}>
              {id ? t('common.save') : t('scenarios.create')}
            </Button>
            <Button onClick={() => void navigate(id ? `/scenarios/${id}` : '/scenarios')}>{t('common.cancel')}</Button>
          </Space>
        </Form>
      </Card>
    </Space>
  );
}
