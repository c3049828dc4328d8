import { describe, expect, it } from 'vitest';
import { countOverrides, isYearMonth, LEVEL_FIELD_ROWS, overrideAt, parseOverridesText, percentToShare, RULE_GROUPS, shareToPercent, withOverride } from './standard-fields';

describe('standard-set overrides in the editor', () => {
  it('set, read and remove a value, dropping emptied branches', () => {
    let o = withOverride({}, ['levels', 'PRIMARY', 'avgClassSizeMax'], 40);
    o = withOverride(o, ['rotation', 'retirement', 'F', 'maxAge'], 57);
    expect(o).toEqual({ levels: { PRIMARY: { avgClassSizeMax: 40 } }, rotation: { retirement: { F: { maxAge: 57 } } } });
    expect(overrideAt(o, ['levels', 'PRIMARY', 'avgClassSizeMax'])).toBe(40);
    expect(overrideAt(o, ['levels', 'JUNIOR', 'avgClassSizeMax'])).toBeUndefined();
    expect(countOverrides(o)).toBe(2);
    o = withOverride(o, ['rotation', 'retirement', 'F', 'maxAge'], undefined);
    expect(o).toEqual({ levels: { PRIMARY: { avgClassSizeMax: 40 } } });
  });

  it('keep no override equal to the base value, and keep null (not judged) as a change', () => {
    const o = withOverride({}, ['levels', 'PRIMARY', 'avgClassSizeMax'], 45, 45);
    expect(o).toEqual({});
    expect(withOverride({}, ['levels', 'SENIOR', 'cvMax'], null, 0.5)).toEqual({ levels: { SENIOR: { cvMax: null } } });
  });

  it('never change the object they were given', () => {
    const o = { levels: { PRIMARY: { avgClassSizeMax: 40 } } };
    withOverride(o, ['levels', 'PRIMARY', 'avgClassSizeMax'], undefined);
    expect(o).toEqual({ levels: { PRIMARY: { avgClassSizeMax: 40 } } });
  });

  it('read the JSON the API sends, and survive text that is not an object', () => {
    expect(parseOverridesText('{"rotation":{"termYears":2}}')).toEqual({ rotation: { termYears: 2 } });
    expect(parseOverridesText(null)).toEqual({});
    expect(parseOverridesText('[1]')).toEqual({});
    expect(parseOverridesText('{oops')).toEqual({});
  });

  it('show shares as percentages without binary noise', () => {
    expect(shareToPercent(0.15)).toBe(15);
    expect(shareToPercent(0.085)).toBe(8.5);
    expect(percentToShare(15)).toBe(0.15);
    expect(percentToShare(shareToPercent(0.2))).toBe(0.2);
  });

  it('name every field by a distinct path', () => {
    const paths = [...LEVEL_FIELD_ROWS.flatMap((r) => r.fields), ...RULE_GROUPS.flatMap((g) => g.fields)].map((f) => f.path.join('.'));
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.filter((p) => p.startsWith('rotation.retirement.'))).toEqual([
      'rotation.retirement.M.baseAge', 'rotation.retirement.M.maxAge', 'rotation.retirement.M.fromBirth', 'rotation.retirement.M.monthsPerStep',
      'rotation.retirement.F.baseAge', 'rotation.retirement.F.maxAge', 'rotation.retirement.F.fromBirth', 'rotation.retirement.F.monthsPerStep',
    ]);
    expect(paths.filter((p) => p.startsWith('levels.'))).toHaveLength(12 * 3);
  });

  it('know a birth month as the standard set writes it', () => {
    expect(isYearMonth('1965-01')).toBe(true);
    expect(isYearMonth('1981-12')).toBe(true);
    expect(isYearMonth('1965-1')).toBe(false);
    expect(isYearMonth('1965-13')).toBe(false);
    expect(isYearMonth('1965/01')).toBe(false);
    expect(isYearMonth('')).toBe(false);
  });
});
