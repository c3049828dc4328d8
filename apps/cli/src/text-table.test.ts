import { describe, expect, it } from 'vitest';
import { displayWidth, renderTable } from './text-table';

describe('renderTable', () => {
  it('measures Chinese characters as two columns', () => {
    expect(displayWidth('小学')).toBe(4);
    expect(displayWidth('Q1')).toBe(2);
  });
  it('aligns columns', () => {
    expect(renderTable(['学段', 'n'], [['小学', '5'], ['JUNIOR', '12']], new Set([1]))).toBe(
      ['学段     n', '------  --', '小学     5', 'JUNIOR  12'].join('\n'),
    );
  });
});
