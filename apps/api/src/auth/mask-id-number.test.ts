import { describe, expect, it } from 'vitest';
import { maskIdNumber } from './mask-id-number';

describe('maskIdNumber', () => {
  it('keeps the region prefix and the last four characters', () => {
    expect(maskIdNumber('431102199001011234')).toBe('4311**********1234');
    expect(maskIdNumber('43112419850304002X')).toBe('4311**********002X');
  });
  it('hides short values entirely', () => {
    expect(maskIdNumber('12345678')).toBe('********');
  });
});
