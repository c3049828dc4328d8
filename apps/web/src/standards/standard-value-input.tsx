import { Input, InputNumber, Select, Tooltip } from 'antd';
import { memo, type ReactElement } from 'react';
import type { Education } from '../gql/graphql';
import { useT } from '../i18n/locale-context';
import { isYearMonth, percentToShare, shareToPercent, type StandardField } from './standard-fields';

const QUALIFIED_EDUCATIONS: Education[] = ['ASSOCIATE', 'BACHELOR'];
const HIRE_EDUCATIONS: Education[] = ['SECONDARY_VOCATIONAL', 'HIGH_SCHOOL', 'ASSOCIATE', 'BACHELOR', 'MASTER', 'DOCTORATE'];
const CHANGED_STYLE = { background: '#fffbe6', borderColor: '#faad14' };

interface Props {
  field: StandardField;
  /** The value the base set has (placeholder, and what an emptied input goes back to). */
  baseValue: number | string | boolean | null;
  /** The override, or undefined when the base value applies. */
  value: number | string | boolean | null | undefined;
  /** Stable across renders, so that only the input whose value changed renders again. */
  onFieldChange: (field: StandardField, value: number | string | boolean | null | undefined) => void;
  ariaLabel: string;
}

/** One rule of a standard set: empty means "as the base set"; a changed value is highlighted. */
export const StandardValueInput = memo(function StandardValueInput({ field, baseValue, value, onFieldChange, ariaLabel }: Props) {
  const t = useT();
  const onChange = (v: number | string | boolean | null | undefined) => onFieldChange(field, v);
  const changed = value !== undefined;
  const baseText =
    baseValue === null
      ? t('common.notJudged')
      : field.kind === 'education' || field.kind === 'hireEducation'
        ? t(`education.${baseValue as Education}`)
        : field.kind === 'yesNo'
          ? t(baseValue ? 'common.yes' : 'common.no')
        : field.kind === 'share'
          ? `${shareToPercent(baseValue as number)}%`
          : String(baseValue);
  // Only changed values carry a tooltip: the editor shows about fifty inputs at once.
  const withTip = (input: ReactElement) => (changed ? <Tooltip title={t('standards.baseWas', { value: baseText })}>{input}</Tooltip> : input);

  if (field.kind === 'yesNo') {
    return withTip(
        <Select<'yes' | 'no'>
          aria-label={ariaLabel}
          allowClear
          placeholder={baseText}
          value={typeof value === 'boolean' ? (value ? 'yes' : 'no') : undefined}
          onChange={(v) => onChange(v === undefined ? undefined : v === 'yes')}
          options={[{ value: 'yes', label: t('common.yes') }, { value: 'no', label: t('common.no') }]}
          style={{ width: 110, ...(changed ? CHANGED_STYLE : {}) }}
        />,
    );
  }
  if (field.kind === 'education' || field.kind === 'hireEducation') {
    return withTip(
        <Select<Education>
          aria-label={ariaLabel}
          allowClear
          placeholder={baseText}
          value={(value ?? undefined) as Education | undefined}
          onChange={(v) => onChange(v ?? undefined)}
          options={(field.kind === 'education' ? QUALIFIED_EDUCATIONS : HIRE_EDUCATIONS).map((e) => ({ value: e, label: t(`education.${e}`) }))}
          style={{ width: 110, ...(changed ? CHANGED_STYLE : {}) }}
        />,
    );
  }
  if (field.kind === 'month') {
    // Typed as text; a month not in YYYY-MM shows red here, and the API refuses it naming the field.
    const text = typeof value === 'string' ? value : '';
    return withTip(
        <Input
          aria-label={ariaLabel}
          allowClear
          placeholder={baseText}
          value={text}
          status={text !== '' && !isYearMonth(text) ? 'error' : undefined}
          title={t('standards.monthFormat')}
          maxLength={7}
          onChange={(e) => onChange(e.target.value.trim() === '' ? undefined : e.target.value.trim())}
          style={{ width: 110, ...(changed ? CHANGED_STYLE : {}) }}
        />,
    );
  }
  const shown = typeof value === 'number' ? (field.kind === 'share' ? shareToPercent(value) : value) : null;
  return withTip(
      <InputNumber<number>
        aria-label={ariaLabel}
        min={0}
        max={field.kind === 'share' ? 100 : undefined}
        precision={field.kind === 'whole' ? 0 : undefined}
        placeholder={value === null || baseValue === null ? t('common.notJudged') : field.kind === 'share' ? String(shareToPercent(baseValue as number)) : baseText}
        suffix={field.kind === 'share' ? '%' : undefined}
        value={shown}
        onChange={(v) => onChange(v === null || v === undefined ? undefined : field.kind === 'share' ? percentToShare(v) : v)}
        style={{ width: 110, ...(changed ? CHANGED_STYLE : {}) }}
      />,
  );
});
