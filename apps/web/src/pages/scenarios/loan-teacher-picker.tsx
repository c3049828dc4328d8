import { useQuery } from '@apollo/client/react';
import { Select } from 'antd';
import { useMemo } from 'react';
import { useLocale } from '../../i18n/locale-context';
import { OnLoanTeachersQuery } from './scenario.queries';

/**
 * Staff numbers of the county's teachers on loan (借调), searchable by staff number, school, subject
 * (and name where the role may see it): the teachers a scenario may recall.
 */
export function LoanTeacherPicker({ countyCode, value = [], onChange, id, label }: { countyCode: string; value?: string[]; onChange?: (v: string[]) => void; id?: string; label: string }) {
  const { t } = useLocale();
  const teachers = useQuery(OnLoanTeachersQuery, { variables: { countyCode } });
  const options = useMemo(
    () =>
      (teachers.data?.teachers.nodes ?? []).map((x) => ({
        value: x.staffNo,
        label: [x.staffNo, x.name, x.school.name, x.subject, t(`level.${x.level}`)].filter(Boolean).join(' · '),
      })),
    [teachers.data, t],
  );
  return (
    <Select
      id={id}
      aria-label={label}
      mode="multiple"
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('levers.recallPick')}
      style={{ width: '100%' }}
      value={value}
      onChange={(v: string[]) => onChange?.(v)}
      loading={teachers.loading}
      options={options}
      maxTagCount="responsive"
    />
  );
}
