import { describe, expect, it } from 'vitest';
import { rotationReason } from './rotation-reason';

describe('rotation reason', () => {
  it('names the indicator served and the receiving school, in Chinese', () => {
    expect(rotationReason('Q3', '东源村小学')).toBe('补足体育艺术教师（Q3）：东源村小学');
    expect(rotationReason('R', '上溪村小学')).toBe('改善生师比（R）：上溪村小学');
  });

  it('falls back to the county rotation quota when no indicator is served', () => {
    expect(rotationReason(null, '龙村镇九年一贯制学校')).toBe('完成县域交流轮岗比例：交流至龙村镇九年一贯制学校');
  });
});
