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

/**
 * Views already built, by row: the memo's school rows are shared by every request, and so are their
 * views (plain values, the same for every role; nothing writes on them). A row read by SQL for one
 * request takes its view with it when it is collected.
 */
const views = new WeakMap<SchoolEntity, School>();

/** `toSchool`, built once per row object. */
export function toSchoolView(e: SchoolEntity): School {
  let view = views.get(e);
  if (!view) {
    view = toSchool(e);
    views.set(e, view);
  }
  return view;
}
