/**
 * The 文号 a pattern gives for a year and serial number, e.g. 道教发〔2027〕1号: the same rule as the
 * domain's `formatDocumentNumber`, which the API uses to print the documents (the web does not bundle
 * the domain package); here only to preview what an administrator types before saving.
 */
export function previewDocumentNumber(pattern: string, year: number, serial: number): string {
  return pattern.trim().replaceAll('{year}', String(year)).replaceAll('{n}', String(serial));
}

/** Whether a pattern has both places the API fills in: {year} and {n}. */
export function hasNumberPlaces(pattern: string): boolean {
  return pattern.includes('{year}') && pattern.includes('{n}');
}
