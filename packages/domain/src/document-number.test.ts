import { describe, expect, it } from 'vitest';
import { defaultDocumentSettings, DocumentSettingsError, formatDocumentNumber, validateDocumentSettings } from './document-number';

describe('document number (文号)', () => {
  it('defaults from the region name', () => {
    expect(defaultDocumentSettings('道县')).toEqual({ issuer: '道县教育局', numberPattern: '道教发〔{year}〕{n}号' });
    expect(defaultDocumentSettings('江华瑶族自治县').numberPattern).toBe('江教发〔{year}〕{n}号');
    expect(defaultDocumentSettings('永州市').issuer).toBe('永州市教育局');
  });

  it('formats year and serial number as GB/T 9704 writes them, or leaves the number blank', () => {
    expect(formatDocumentNumber('道教发〔{year}〕{n}号', 2027, 12)).toBe('道教发〔2027〕12号');
    expect(formatDocumentNumber('道教发〔{year}〕{n}号', 2027, null)).toBe('道教发〔2027〕\u3000\u3000号');
    expect(() => formatDocumentNumber('道教发〔{year}〕{n}号', 2027, 0)).toThrow(DocumentSettingsError);
    expect(() => formatDocumentNumber('道教发〔{year}〕{n}号', 2027, 1.5)).toThrow(/1至99999/);
  });

  it('refuses empty names, patterns without {year} or {n}, and markup', () => {
    expect(validateDocumentSettings({ issuer: ' 道县教育局 ', numberPattern: '道教人〔{year}〕{n}号' })).toEqual({ issuer: '道县教育局', numberPattern: '道教人〔{year}〕{n}号' });
    expect(() => validateDocumentSettings({ issuer: '', numberPattern: '道教发〔{year}〕{n}号' })).toThrow(/发文机关名称不能为空/);
    expect(() => validateDocumentSettings({ issuer: '道县教育局', numberPattern: '道教发〔2027〕号' })).toThrow(/须包含 \{year\}/);
    expect(() => validateDocumentSettings({ issuer: '<w:r>', numberPattern: '道教发〔{year}〕{n}号' })).toThrow(/不允许的字符/);
  });
});
