import { Button, Card, Space, Table, Typography } from 'antd';
import type { StandardSetValuesFragment } from '../gql/graphql';
import { useCallback, useRef } from 'react';
import { useT } from '../i18n/locale-context';
import { countOverrides, LEVEL_FIELD_ROWS, LEVELS, overrideAt, RULE_GROUPS, withOverride, type LevelRow, type Overrides, type StandardField } from './standard-fields';
import { StandardValueInput } from './standard-value-input';

interface Props {
  /** The set the changes apply to: its values are the placeholders. */
  base: StandardSetValuesFragment;
  value?: Overrides;
  onChange?: (value: Overrides) => void;
}

/**
 * Changes to a standard set, field by field: thresholds per level, rotation rules, school and class
 * sizes, the six-of-seven rule. Used by the administrators' set editor and by the scenario form (a
 * controlled Form.Item value).
 */
export function StandardOverridesEditor({ base, value = {}, onChange }: Props) {
  const t = useT();
  const changes = countOverrides(value);
  const latest = useRef({ value, onChange, base });
  latest.current = { value, onChange, base };
  const onFieldChange = useCallback((field: StandardField, v: number | string | boolean | null | undefined) => {
    const now = latest.current;
    now.onChange?.(withOverride(now.value, field.path, v, field.read(now.base)));
  }, []);
  const input = (field: StandardField, ariaLabel: string) => (
    <StandardValueInput field={field} baseValue={field.read(base)} value={overrideAt(value, field.path)} onFieldChange={onFieldChange} ariaLabel={ariaLabel} />
  );

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text>{t('standards.changedCount', { n: changes, base: base.name })}</Typography.Text>
        <Button size="small" disabled={changes === 0} onClick={() => onChange?.({})}>
          {t('standards.resetAll')}
        </Button>
      </Space>
      <Card size="small" title={t('standards.group.levels')}>
        <Table<LevelRow>
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={LEVEL_FIELD_ROWS}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('standards.rule'), dataIndex: 'label', render: (label: LevelRow['label']) => t(label) },
            ...LEVELS.map((level, i) => ({
              title: t(`level.${level}`),
              key: level,
              render: (_: unknown, row: LevelRow) => input(row.fields[i]!, `${t(`level.${level}`)} ${t(row.label)}`),
            })),
          ]}
        />
      </Card>
      {RULE_GROUPS.map((group) => (
        <Card key={group.title} size="small" title={t(group.title)}>
          <Table<StandardField>
            size="small"
            rowKey={(f) => f.path.join('.')}
            pagination={false}
            dataSource={group.fields}
            showHeader={false}
            columns={[
              { key: 'label', render: (_: unknown, f: StandardField) => t(f.label) },
              { key: 'value', width: 160, render: (_: unknown, f: StandardField) => input(f, t(f.label)) },
            ]}
          />
        </Card>
      ))}
    </Space>
  );
}
