import { Select } from 'antd';
import { useT } from '../i18n/locale-context';
import { useCounty } from './county-context';

/** Shown to users whose region holds more than one county (a whole city). */
export function RegionSwitcher() {
  const t = useT();
  const { counties, county, setCountyCode } = useCounty();
  if (counties.length < 2) return county ? <span>{county.name}</span> : null;
  return (
    <Select
      aria-label={t('nav.region')}
      value={county?.code}
      onChange={setCountyCode}
      style={{ minWidth: 140 }}
      options={counties.map((c) => ({ value: c.code, label: c.name }))}
    />
  );
}
