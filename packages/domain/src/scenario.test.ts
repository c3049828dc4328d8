import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, isAllowedDirection, type MoveDirections } from './scenario';
import type { AreaType } from './types';

const at = (area: AreaType, weak = false) => ({ area, weak });
const DEFAULT: MoveDirections = { kind: 'DEFAULT' };

describe('move directions', () => {
  it('DEFAULT: urban or town to rural', () => {
    expect(isAllowedDirection(at('URBAN'), at('RURAL'), DEFAULT)).toBe(true);
    expect(isAllowedDirection(at('TOWN'), at('RURAL'), DEFAULT)).toBe(true);
    // a weak urban school may still send to a rural school (the area direction holds)
    expect(isAllowedDirection(at('URBAN', true), at('RURAL'), DEFAULT)).toBe(true);
  });

  it('DEFAULT: strong to weak, whatever the areas', () => {
    expect(isAllowedDirection(at('URBAN'), at('URBAN', true), DEFAULT)).toBe(true);
    expect(isAllowedDirection(at('RURAL'), at('TOWN', true), DEFAULT)).toBe(true);
    expect(isAllowedDirection(at('RURAL'), at('URBAN', true), DEFAULT)).toBe(true);
  });

  it('DEFAULT: nothing else (domain.md: towards rural and weak schools)', () => {
    // rural to town or urban, rural to rural, equal areas between strong schools
    expect(isAllowedDirection(at('RURAL'), at('TOWN'), DEFAULT)).toBe(false);
    expect(isAllowedDirection(at('RURAL'), at('URBAN'), DEFAULT)).toBe(false);
    expect(isAllowedDirection(at('RURAL'), at('RURAL'), DEFAULT)).toBe(false);
    expect(isAllowedDirection(at('URBAN'), at('URBAN'), DEFAULT)).toBe(false);
    // urban to town is neither towards a rural nor towards a weak school
    expect(isAllowedDirection(at('URBAN'), at('TOWN'), DEFAULT)).toBe(false);
    // weak to weak, weak to strong: not by strength; town weak to urban weak not by area either
    expect(isAllowedDirection(at('TOWN', true), at('URBAN', true), DEFAULT)).toBe(false);
    expect(isAllowedDirection(at('URBAN', true), at('URBAN'), DEFAULT)).toBe(false);
  });

  it('ANY: every direction', () => {
    const any: MoveDirections = { kind: 'ANY' };
    expect(isAllowedDirection(at('RURAL', true), at('URBAN'), any)).toBe(true);
    expect(isAllowedDirection(at('URBAN'), at('TOWN'), any)).toBe(true);
  });

  it('PAIRS: only the listed area pairs, plus strong to weak when asked', () => {
    const pairs: MoveDirections = { kind: 'PAIRS', pairs: [{ from: 'URBAN', to: 'TOWN' }, { from: 'RURAL', to: 'RURAL' }], strongToWeak: false };
    expect(isAllowedDirection(at('URBAN'), at('TOWN'), pairs)).toBe(true);
    expect(isAllowedDirection(at('RURAL'), at('RURAL'), pairs)).toBe(true);
    // not listed: URBAN -> RURAL, TOWN -> URBAN
    expect(isAllowedDirection(at('URBAN'), at('RURAL'), pairs)).toBe(false);
    expect(isAllowedDirection(at('TOWN'), at('URBAN'), pairs)).toBe(false);
    // strong -> weak only counts with strongToWeak
    expect(isAllowedDirection(at('TOWN'), at('URBAN', true), pairs)).toBe(false);
    expect(isAllowedDirection(at('TOWN'), at('URBAN', true), { ...pairs, strongToWeak: true })).toBe(true);
    // weak -> weak is not strong -> weak
    expect(isAllowedDirection(at('TOWN', true), at('URBAN', true), { ...pairs, strongToWeak: true })).toBe(false);
  });
});

describe('DEFAULT_SCENARIO', () => {
  it('aims at every check with no cap and the default directions', () => {
    expect(DEFAULT_SCENARIO).toMatchObject({ budgetCap: null, overrides: null, directions: { kind: 'DEFAULT' }, target: 'ALL_CHECKS', extraQuotaPerSchool: 0 });
  });
});
