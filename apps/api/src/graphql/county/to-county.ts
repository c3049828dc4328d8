import type { RegionEntity } from '@junheng/db';
import { toGlobalId } from '../relay/global-id';
import { County } from './county.type';

export function toCounty(e: RegionEntity): County {
  return Object.assign(new County(), { id: toGlobalId('County', e.code), code: e.code, name: e.name, cityCode: e.parentCode, dataVersion: e.dataVersion });
}
