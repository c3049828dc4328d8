import { describe, expect, it } from 'vitest';
import { referenceDate } from './plan-dates';
import { describeRotationPointsRule, publicRotationPoints, rankByRotationPoints, rotationPoints, type Hardship } from './rotation-points';
import { applyStandardOverrides, NATIONAL_STANDARD_SET, StandardOverrideError } from './standard-set';
import type { BackboneLevel } from './types';

const RULE = NATIONAL_STANDARD_SET.rotationPoints;
const REF = referenceDate(2027); // 2027-09-01

function t(staffNo: string, o: { started?: string; born?: string; backbone?: BackboneLevel; title?: string; hardships?: Hardship[] } = {}) {
  return { staffNo, startedAtSchool: o.started ?? '2017-09', birthDate: o.born ?? '1982-05-01', backbone: o.backbone ?? 'NONE', title: o.title ?? '二级', hardships: o.hardships };
}

describe('rotation points (积分) with the default rule', () => {
  it('adds every part and returns each one', () => {
    // 12 years at the school (2015-09 -> 2027-09): 12 - 6 = 6 points; city backbone +3; 高级 +1;
    // 38 years old (born 1989-03): under 40, +1. Total 6 + 3 + 1 + 1 = 11.
    const p = rotationPoints(t('A', { started: '2015-09', born: '1989-03-10', backbone: 'CITY', title: '高级' }), REF, RULE);
    expect(p.total).toBe(11);
    expect(p.parts.map((x) => [x.code, x.points])).toEqual([['YEARS_AT_SCHOOL', 6], ['BACKBONE', 3], ['TITLE', 1], ['AGE', 1]]);
    expect(p.parts[0]!.label).toBe('在校12年，超过6年的6年×1分');
    expect(p.parts[3]!.label).toBe('年龄38岁（未满40岁）');
  });

  it('documented hardship takes points off, one deduction per kind', () => {
    // 10 years: 4; no backbone 0; 一级 0; 45 years old: 0; illness -5 and spouse apart -5 -> -6
    const p = rotationPoints(t('B', { started: '2017-09', born: '1982-05-01', title: '一级', hardships: ['ILLNESS', 'SPOUSE_APART'] }), REF, RULE);
    expect(p.total).toBe(-6);
    expect(p.parts.map((x) => x.code)).toEqual(['YEARS_AT_SCHOOL', 'BACKBONE', 'TITLE', 'AGE', 'HARDSHIP_ILLNESS', 'HARDSHIP_SPOUSE_APART']);
    expect(p.parts.at(-1)).toEqual({ code: 'HARDSHIP_SPOUSE_APART', label: '困难情形：夫妻分居', points: -5 });
  });

  it('age bands: 50 on the reference date takes 2 off; 49 years 364 days does not', () => {
    expect(rotationPoints(t('C', { born: '1977-09-01' }), REF, RULE).parts[3]!.points).toBe(-2);
    expect(rotationPoints(t('C', { born: '1977-09-02' }), REF, RULE).parts[3]!.points).toBe(0);
  });

  it('ties: longer at the school, then older, then staff number', () => {
    // All score 4 + 0 + 0 + 0 = 4 except X (4 + 2 county backbone = 6). Y and Z tie on everything
    // but the start month; W and V tie on start and differ by birth; U and V are identical but for the staff number.
    const ranked = rankByRotationPoints([
      t('V', { started: '2017-09', born: '1980-01-01' }),
      t('U', { started: '2017-09', born: '1980-01-01' }),
      t('W', { started: '2017-09', born: '1979-01-01' }),
      t('Z', { started: '2017-03', born: '1985-01-01' }),
      t('X', { started: '2017-09', backbone: 'COUNTY' }),
    ], REF, RULE);
    expect(ranked.map((r) => r.teacher.staffNo)).toEqual(['X', 'Z', 'W', 'U', 'V']);
  });

  it('the rule lives in the standard set: a region may change it, and bad values are refused', () => {
    const set = applyStandardOverrides(NATIONAL_STANDARD_SET, { rotationPoints: { perYearAtSchool: 0.5, hardshipDeduction: { ILLNESS: 10 } } });
    // 12 years: 6 x 0.5 = 3; illness -10 -> -7 (45 years old, no backbone, 二级)
    expect(rotationPoints(t('D', { started: '2015-09', hardships: ['ILLNESS'] }), REF, set.rotationPoints).total).toBe(-7);
    expect(NATIONAL_STANDARD_SET.rotationPoints.perYearAtSchool).toBe(1);
    expect(() => applyStandardOverrides(NATIONAL_STANDARD_SET, { rotationPoints: { hardshipDeduction: { ILLNESS: -5 } } })).toThrow(StandardOverrideError);
    expect(() => applyStandardOverrides(NATIONAL_STANDARD_SET, { rotationPoints: { age: { fromAge: 49.5 } } })).toThrow(/whole number/);
  });
});

describe('the rule in words', () => {
  it('prints the numbers of the rule in force', () => {
    const text = describeRotationPointsRule(RULE);
    expect(text).toContain('在现学校任教超过6年的，每满1年计1分');
    expect(text).toContain('县级、市级、省级骨干教师分别计2、3、4分');
    expect(text).toContain('每项减5分');
    expect(text).toContain('积分相同时，在校年限长者优先，再按年龄大者优先，再按工号顺序');
  });
});

describe('points as the public sees them', () => {
  it('keeps the total and each part\'s points, names no age, title or kind of hardship', () => {
    const p = rotationPoints(t('B', { started: '2017-09', born: '1982-05-01', title: '一级', hardships: ['ILLNESS', 'SPOUSE_APART'] }), REF, RULE);
    expect(publicRotationPoints(p)).toEqual({
      total: -6,
      parts: [
        { code: 'YEARS_AT_SCHOOL', label: '在校年限', points: 4 }, { code: 'BACKBONE', label: '骨干教师', points: 0 },
        { code: 'TITLE', label: '职称', points: 0 }, { code: 'AGE', label: '年龄段', points: 0 }, { code: 'HARDSHIP', label: '困难情形', points: -10 },
      ],
    });
  });
});
