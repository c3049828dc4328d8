import { DatedTargetError, DEFAULT_SCENARIO, LEVELS, multiYearCaps, MultiYearParameterError, validateDatedTargets, type RecallScope, type ScenarioParameters } from '@junheng/domain';
import type { DataSource } from 'typeorm';
import { badInput } from '../../errors/app-error';
import { parseOverrides } from '../../standards/parse-overrides';
import type { RecallScopeInput } from './recall-scope.type';
import { datedTargetsOf } from './dated-target.type';
import type { ScenarioParametersInput } from './scenario.input';

function cleanStaffNos(list: string[] | undefined): string[] | undefined {
  return list === undefined ? undefined : [...new Set(list.map((s) => s.trim()).filter((s) => s !== ''))];
}

/** The recall scope of the input: staff numbers only with LISTED, and at least one there. */
function recallScopeOf(input: RecallScopeInput): RecallScope {
  const staffNos = cleanStaffNos(input.staffNos ?? undefined) ?? [];
  if (input.kind !== 'LISTED') {
    if (staffNos.length) throw badInput('recalls.staffNos', `Staff numbers are for LISTED recalls only, not ${input.kind} (只有"指定教师"需要填写工号)`);
    return { kind: input.kind };
  }
  if (!staffNos.length) throw badInput('recalls.staffNos', 'LISTED recalls need at least one staff number (请至少选择一名借调教师)');
  return { kind: 'LISTED', staffNos };
}

/** Input fields over the current (or default) parameters; only what the input names changes. */
export function mergeParameters(current: ScenarioParameters | null, countyCode: string, year: number, input: ScenarioParametersInput): ScenarioParameters {
  const base: ScenarioParameters = current ?? { ...DEFAULT_SCENARIO, countyCodes: [countyCode], year };
  const pick = <K extends keyof ScenarioParameters>(key: K, value: ScenarioParameters[K] | undefined): ScenarioParameters[K] =>
    value === undefined ? base[key] : value;
  const merged: ScenarioParameters = {
    ...base,
    countyCodes: [countyCode],
    year,
    budgetCap: pick('budgetCap', input.budgetCap),
    mode: pick('mode', input.mode),
    target: pick('target', input.target),
    backend: pick('backend', input.backend),
    timeLimitSeconds: pick('timeLimitSeconds', input.timeLimitSeconds),
    mipGap: pick('mipGap', input.mipGap),
    distanceLimitKm: pick('distanceLimitKm', input.distanceLimitKm),
    directions: input.directions === undefined ? base.directions : { kind: input.directions },
    extraQuotaPerSchool: pick('extraQuotaPerSchool', input.extraQuotaPerSchool),
    lockedStaffNos: pick('lockedStaffNos', cleanStaffNos(input.lockedStaffNos)),
    excludedStaffNos: pick('excludedStaffNos', cleanStaffNos(input.excludedStaffNos)),
    exemptStaffNos: pick('exemptStaffNos', cleanStaffNos(input.exemptStaffNos)),
    overrides: input.overrides === undefined ? base.overrides : parseOverrides(input.overrides),
    allowBudgetOverrun: input.allowBudgetOverrun ?? base.allowBudgetOverrun ?? false,
    allowHiresBelowMinimum: pick('allowHiresBelowMinimum', input.allowHiresBelowMinimum),
    levels: input.levels === undefined ? (base.levels ?? null) : input.levels === null ? null : LEVELS.filter((l) => input.levels!.includes(l)),
    allowPostTransfers: input.allowPostTransfers ?? base.allowPostTransfers ?? true,
    recalls: input.recalls ? recallScopeOf(input.recalls) : (base.recalls ?? { kind: 'ALL' }),
    budgetCategories: input.budgetCategories === undefined ? (base.budgetCategories ?? null) : input.budgetCategories === null ? null : [...new Set(input.budgetCategories.map((c) => c.trim()))],
    years: input.years ?? base.years ?? 1,
    yearBudgetCaps: input.yearBudgetCaps === undefined ? (base.yearBudgetCaps ?? null) : input.yearBudgetCaps,
    targets: input.targets === undefined ? (base.targets ?? null) : input.targets === null ? null : datedTargetsOf(input.targets),
  };
  try {
    multiYearCaps(merged);
  } catch (e) {
    if (e instanceof MultiYearParameterError) throw badInput(/预算/.test(e.message) ? 'yearBudgetCaps' : 'years', e.message);
    throw e;
  }
  try {
    validateDatedTargets(merged.targets ?? []);
  } catch (e) {
    if (e instanceof DatedTargetError) throw badInput('targets', e.message);
    throw e;
  }
  return merged;
}

/** Every budget line a scenario draws on must be one of the county's lines for the plan year; names the unknown ones. */
export async function assertBudgetCategoriesExist(ds: DataSource, countyCode: string, parameters: ScenarioParameters): Promise<void> {
  const wanted = parameters.budgetCategories;
  if (!wanted || wanted.length === 0) return;
  const rows: Array<{ category: string }> = await ds.query(`SELECT DISTINCT category FROM budget_line WHERE county_code = $1 AND year = $2`, [countyCode, parameters.year]);
  const known = new Set(rows.map((r) => r.category));
  const unknown = wanted.filter((c) => !known.has(c));
  if (unknown.length > 0) {
    throw badInput('budgetCategories', `No such budget line in county ${countyCode} for ${parameters.year} (本县该年度无此经费科目): ${unknown.join(', ')}`);
  }
}

/** Listed recalls must name teachers of the county who are on loan (借调); names the unknown ones and the others. */
async function assertRecallsOnLoan(ds: DataSource, countyCode: string, scope: RecallScope | undefined): Promise<void> {
  if (scope?.kind !== 'LISTED') return;
  const rows: Array<{ staff_no: string; status: string }> = await ds.query(
    'SELECT staff_no, status FROM teacher WHERE county_code = $1 AND staff_no = ANY($2)', [countyCode, scope.staffNos]);
  const status = new Map(rows.map((r) => [r.staff_no, r.status]));
  const list = (xs: string[]) => `${xs.slice(0, 10).join(', ')}${xs.length > 10 ? ` … (${xs.length})` : ''}`;
  const unknown = scope.staffNos.filter((s) => !status.has(s));
  if (unknown.length) throw badInput('recalls.staffNos', `Unknown staff numbers in county ${countyCode} (本县无此工号): ${list(unknown)}`);
  const notOnLoan = scope.staffNos.filter((s) => status.get(s) !== 'ON_LOAN');
  if (notOnLoan.length) throw badInput('recalls.staffNos', `Not on loan, so nothing to recall (不是借调教师): ${list(notOnLoan)}`);
}

/** Every listed staff number must be a teacher of the county; names the unknown ones. */
export async function assertStaffNosExist(ds: DataSource, countyCode: string, parameters: ScenarioParameters): Promise<void> {
  const lists = { lockedStaffNos: parameters.lockedStaffNos, excludedStaffNos: parameters.excludedStaffNos, exemptStaffNos: parameters.exemptStaffNos };
  await assertRecallsOnLoan(ds, countyCode, parameters.recalls);
  const all = [...new Set(Object.values(lists).flat())];
  if (all.length === 0) return;
  const rows: Array<{ staff_no: string }> = await ds.query(`SELECT staff_no FROM teacher WHERE county_code = $1 AND staff_no = ANY($2)`, [countyCode, all]);
  const known = new Set(rows.map((r) => r.staff_no));
  for (const [field, list] of Object.entries(lists)) {
    const unknown = list.filter((s) => !known.has(s));
    if (unknown.length > 0) {
      throw badInput(field, `Unknown staff numbers in county ${countyCode} (本县无此工号): ${unknown.slice(0, 10).join(', ')}${unknown.length > 10 ? ` … (${unknown.length})` : ''}`);
    }
  }
}
