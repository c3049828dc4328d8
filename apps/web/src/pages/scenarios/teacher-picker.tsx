import { useQuery } from '@apollo/client/react';
import { Select, Space } from 'antd';
import { useMemo, useState } from 'react';
import { useLocale } from '../../i18n/locale-context';
import { PickerTeachersQuery, SchoolNamesQuery } from './scenario.queries';

/**
 * Staff numbers picked from a searchable list: choose a school, then search its teachers by staff
 * number, subject (and name where the role may see it). Picks from several schools accumulate.
 */
export function TeacherPicker({ countyCode, value = [], onChange, id, label }: { countyCode: string; value?: string[]; onChange?: (v: string[]) => void; id?: string; label: string }) {
  const { t } = useLocale();
  const [school, setSchool] = useState<string | null>(null);
  const schools = useQuery(SchoolNamesQuery, { variables: { countyCode } });
  const teachers = useQuery(PickerTeachersQuery, { variables: { schoolCode: school ?? '' }, skip: !school });
  const options = useMemo(
    () =>
      (teachers.data?.teachers.nodes ?? []).map((x) => ({
        value: x.staffNo,
        label: [x.staffNo, x.name, x.subject, t(`level.${x.level}`)].filter(Boolean).join(' · '),
      })),
    [teachers.data, t],
  );
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Select
        aria-label={`${label}：${t('scenarios.pickSchool')}`}
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('scenarios.pickSchool')}
        style={{ width: 220 }}
        value={school}
        onChange={setSchool}
        loading={schools.loading}
        options={(schools.data?.schools.nodes ?? []).map((s) => ({ value: s.code, label: s.name }))}
      />
      <Select
        id={id}
        aria-label={label}
        mode="multiple"
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('scenarios.pickTeachers')}
        style={{ flex: 1, minWidth: 0 }}
        value={value}
        onChange={(v: string[]) => onChange?.(v)}
        loading={teachers.loading}
        options={options}
        maxTagCount="responsive"
      />
    </Space.Compact>
  );
}
