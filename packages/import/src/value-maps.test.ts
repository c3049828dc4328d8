import { describe, expect, it } from 'vitest';
import { BACKBONE_VALUES, EDUCATION_VALUES, LEVEL_VALUES, SCHOOL_KIND_VALUES, STATUS_VALUES, YES_NO_VALUES, labelList, parseValue } from './value-maps';

describe('value maps', () => {
  it('accept the Chinese labels and the English codes', () => {
    expect(parseValue(SCHOOL_KIND_VALUES, '九年一贯制学校')).toBe('NINE_YEAR');
    expect(parseValue(SCHOOL_KIND_VALUES, 'complete_secondary')).toBe('COMPLETE_SECONDARY');
    expect(parseValue(EDUCATION_VALUES, '硕士研究生')).toBe('MASTER');
    expect(parseValue(EDUCATION_VALUES, 'Bachelor')).toBe('BACHELOR');
    expect(parseValue(STATUS_VALUES, '借调')).toBe('ON_LOAN');
    expect(parseValue(BACKBONE_VALUES, ' 县级 ')).toBe('COUNTY');
    expect(parseValue(YES_NO_VALUES, '否')).toBe('NO');
  });

  it('reject anything else', () => {
    expect(parseValue(LEVEL_VALUES, '大学')).toBeUndefined();
    expect(parseValue(LEVEL_VALUES, '')).toBeUndefined();
  });

  it('list the labels for messages', () => {
    expect(labelList(LEVEL_VALUES)).toBe('小学/初中/高中');
  });
});
