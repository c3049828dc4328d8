/** `431102199001011234` -> `4311**********1234`: region prefix and last four, the rest hidden. */
export function maskIdNumber(idNumber: string): string {
  const id = idNumber.trim();
  if (id.length <= 8) return '*'.repeat(id.length);
  return id.slice(0, 4) + '*'.repeat(id.length - 8) + id.slice(-4);
}
