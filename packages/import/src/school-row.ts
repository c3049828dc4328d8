import type { County, School } from '@junheng/domain';
import type { RowReader } from './row-reader';
import { AREA_VALUES, SCHOOL_KIND_VALUES, YES_NO_VALUES } from './value-maps';

export interface SchoolRow {
  school: School;
  county: County;
}

const CODE = /^[0-9A-Za-z]+$/;

/** One row of 学校 / schools.csv; undefined when a field is wrong (the problems are recorded). */
export function parseSchoolRow(r: RowReader): SchoolRow | undefined {
  const code = r.text('code', { maxLength: 20 });
  if (code !== '' && !CODE.test(code)) r.problem('code', '学校标识码只能由数字和字母组成');
  const name = r.text('name', { maxLength: 100 });
  const countyCode = r.text('county_code', { maxLength: 12 });
  const countyName = r.text('county_name', { maxLength: 100 });
  const township = r.text('township', { required: false, maxLength: 100 });
  const kind = r.choice('kind', SCHOOL_KIND_VALUES);
  const area = r.choice('area', AREA_VALUES);
  const weak = r.choice('weak', YES_NO_VALUES, { required: false });
  const lat = r.number('lat', { min: -90, max: 90 });
  const lon = r.number('lon', { min: -180, max: 180 });
  const quota = r.count('quota');
  const floorAreaM2 = r.amount('floor_area_m2');
  const sportsAreaM2 = r.amount('sports_area_m2');
  const equipmentYuan = r.amount('equipment_yuan');
  const multimediaRooms = r.count('multimedia_rooms');
  const educationGroup = r.text('education_group', { required: false, maxLength: 100 });
  const cityCode = r.text('city_code', { required: false, maxLength: 12 });
  const cityName = r.text('city_name', { required: false, maxLength: 100 });
  const classrooms = r.count('classrooms', { required: false });
  if (
    !r.ok || kind === undefined || area === undefined || lat === undefined || lon === undefined || quota === undefined ||
    floorAreaM2 === undefined || sportsAreaM2 === undefined || equipmentYuan === undefined || multimediaRooms === undefined
  ) {
    return undefined;
  }
  return {
    school: {
      code, name, countyCode, township, kind, area, weak: weak === 'YES', educationGroup: educationGroup || null,
      lat, lon, quota, facilities: { floorAreaM2, sportsAreaM2, equipmentYuan, multimediaRooms },
      ...(classrooms !== undefined ? { classrooms } : {}),
    },
    county: { code: countyCode, name: countyName, cityCode: cityCode || null, cityName: cityName || null },
  };
}
