import type { SchoolEntity } from '@junheng/db';
import { toGlobalId } from '../relay/global-id';
import { School } from './school.type';

export function toSchool(e: SchoolEntity): School {
  return Object.assign(new School(), {
    id: toGlobalId('School', e.code),
    code: e.code,
    name: e.name,
    countyCode: e.countyCode,
    kind: e.kind,
    area: e.area,
    weak: e.weak,
    township: e.township,
    educationGroup: e.educationGroup,
    lat: e.lat,
    lon: e.lon,
  });
}
