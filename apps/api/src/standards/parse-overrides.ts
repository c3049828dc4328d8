import { applyStandardOverrides, NATIONAL_STANDARD_SET, StandardOverrideError, upgradeStandardOverrides, type StandardOverrides } from '@junheng/domain';
import { badInput } from '../errors/app-error';

/**
 * Changes to the standard set sent as JSON text (by a scenario or a regional set), checked against the
 * shape of the national set: an unknown field or a value of the wrong kind is a BAD_USER_INPUT on
 * `overrides`, with the dotted path in the message. Empty text means no changes. Flat retirement ages in
 * the shape before the gradual rise (`rotation.retirementAge`) are accepted and returned in today's shape.
 */
export function parseOverrides(text: string | null | undefined): StandardOverrides | null {
  if (text === undefined || text === null || text.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw badInput('overrides', 'overrides is not valid JSON (标准调整不是合法的 JSON)');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw badInput('overrides', 'overrides must be a JSON object');
  try {
    applyStandardOverrides(NATIONAL_STANDARD_SET, value as StandardOverrides);
    return upgradeStandardOverrides(value as StandardOverrides);
  } catch (error) {
    if (error instanceof StandardOverrideError) throw badInput('overrides', error.message);
    throw error;
  }
}
