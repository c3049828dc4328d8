import {
  describeRetirementRules, describeRotationPointsRule, INDICATOR_CODES, INDICATOR_LABELS_ZH, LEVELS, upgradeStandardOverrides,
  type StandardOverrides, type StandardSet as DomainStandardSet,
} from '@junheng/domain';
import { toRetirementSchedule } from './retirement-schedule.type';
import { IndicatorInfo, LevelStandards, RotationRules, SixOfSevenRule, SizeRules, StandardSet } from './standard-set.type';

/** Who saved a regional set, and when (absent for the national defaults). */
export interface StandardSetOrigin {
  ownerRegionCode: string;
  overrides: unknown;
  updatedAt: Date | null;
  updatedBy: string | null;
}

export function toStandardSet(set: DomainStandardSet, origin: StandardSetOrigin | null = null): StandardSet {
  const { retirement, ...rotation } = set.rotation;
  return Object.assign(new StandardSet(), {
    id: set.id,
    version: set.version,
    name: set.name,
    levels: LEVELS.map((level) => Object.assign(new LevelStandards(), {
      level,
      ...set.levels[level],
      hireEducationMin: set.hireMinimum[level].education,
      hireCertificateRequired: set.hireMinimum[level].certificateRequired,
      periodsPerClass: set.teachingPeriods[level].perClass,
      periodsPerTeacher: set.teachingPeriods[level].perTeacher,
    })),
    rotation: Object.assign(new RotationRules(), {
      ...rotation,
      retirementAgeMale: retirement.M.baseAge, retirementAgeFemale: retirement.F.baseAge,
      retirementMen: toRetirementSchedule(retirement.M), retirementWomen: toRetirementSchedule(retirement.F),
      retirementRule: describeRetirementRules(retirement),
    }),
    sizes: Object.assign(new SizeRules(), set.sizes),
    sixOfSeven: Object.assign(new SixOfSevenRule(), set.sixOfSeven),
    rotationPointsRule: describeRotationPointsRule(set.rotationPoints),
    rotationPoints: JSON.stringify(set.rotationPoints),
    indicators: INDICATOR_CODES.map((code) => Object.assign(new IndicatorInfo(), { code, label: INDICATOR_LABELS_ZH[code] })),
    ownerRegionCode: origin?.ownerRegionCode ?? null,
    // A set saved before the gradual rise shows its flat ages in today's shape, as the editor names them.
    overrides: origin ? JSON.stringify(upgradeStandardOverrides(origin.overrides as StandardOverrides)) : null,
    updatedAt: origin?.updatedAt?.toISOString() ?? null,
    updatedBy: origin?.updatedBy ?? null,
  });
}
