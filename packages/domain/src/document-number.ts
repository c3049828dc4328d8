/**
 * The issuing body (发文机关) and document number (发文字号, 文号) of a region's official documents
 * (GB/T 9704-2012 §7.2.4): an organ's short name and kind code, the year in 六角括号 〔〕 and the serial
 * number with 号, e.g. 道教发〔2027〕12号. A region keeps its own issuer name and number pattern; the
 * pattern holds `{year}` and `{n}`.
 */
export interface DocumentSettings {
  /** 发文机关全称, printed in red at the top, e.g. 道县教育局. */
  issuer: string;
  /** e.g. 道教发〔{year}〕{n}号 */
  numberPattern: string;
}

export class DocumentSettingsError extends Error {
  readonly code = 'BAD_DOCUMENT_SETTINGS';
  constructor(readonly field: 'issuer' | 'numberPattern' | 'number', message: string) {
    super(message);
  }
}

const MAX_ISSUER = 50;
const MAX_PATTERN = 40;
/** Characters no title or number of an official document uses; refused so nothing odd reaches a file. */
const CONTROL = /[\u0000-\u001f\u007f<>]/;

/** The region's name without the trailing 县/区/市/旗 ("道县" -> "道", "江华瑶族自治县" -> "江华瑶族自治"). */
function shortName(regionName: string): string {
  const trimmed = regionName.trim();
  const stem = trimmed.length > 1 ? trimmed.replace(/(自治县|县|区|市|旗)$/u, '') : trimmed;
  return stem || trimmed;
}

/**
 * Sensible defaults from the region's name: issuer "<name>教育局", number "<first character>教发〔{year}〕{n}号"
 * (道县 -> 道县教育局, 道教发〔{year}〕{n}号). An administrator changes both to what the bureau really uses.
 */
export function defaultDocumentSettings(regionName: string): DocumentSettings {
  const name = regionName.trim() || '本县';
  const first = Array.from(shortName(name))[0] ?? '县';
  return { issuer: `${name}教育局`, numberPattern: `${first}教发〔{year}〕{n}号` };
}

/** Checks an administrator's settings; throws a DocumentSettingsError naming the field in Chinese. */
export function validateDocumentSettings(settings: DocumentSettings): DocumentSettings {
  const issuer = settings.issuer.trim();
  const numberPattern = settings.numberPattern.trim();
  if (issuer === '') throw new DocumentSettingsError('issuer', '发文机关名称不能为空');
  if (Array.from(issuer).length > MAX_ISSUER) throw new DocumentSettingsError('issuer', `发文机关名称不能超过${MAX_ISSUER}个字`);
  if (CONTROL.test(issuer)) throw new DocumentSettingsError('issuer', '发文机关名称含有不允许的字符');
  if (Array.from(numberPattern).length > MAX_PATTERN) throw new DocumentSettingsError('numberPattern', `文号格式不能超过${MAX_PATTERN}个字`);
  if (CONTROL.test(numberPattern)) throw new DocumentSettingsError('numberPattern', '文号格式含有不允许的字符');
  if (!numberPattern.includes('{year}') || !numberPattern.includes('{n}')) {
    throw new DocumentSettingsError('numberPattern', '文号格式须包含 {year}（年份）和 {n}（序号），如 道教发〔{year}〕{n}号');
  }
  return { issuer, numberPattern };
}

/**
 * The document number for a year and serial number, e.g. 道教发〔2027〕12号. Without a serial number
 * (not yet assigned), the place of the number is left as a full-width blank for the office to fill in.
 */
export function formatDocumentNumber(pattern: string, year: number, serial: number | null): string {
  if (serial !== null && (!Number.isInteger(serial) || serial < 1 || serial > 99999)) {
    throw new DocumentSettingsError('number', `文号序号应为1至99999的整数，收到 ${serial}`);
  }
  // GB/T 9704 §7.2.4: the serial number has no leading zeros and no 第.
  return pattern.replaceAll('{year}', String(year)).replaceAll('{n}', serial === null ? '\u3000\u3000' : String(serial));
}
