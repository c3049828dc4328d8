import type { Level, StandardSetValuesFragment } from '../gql/graphql';
import type { MessageKey } from '../i18n/messages';

/**
 * The editable rules of a standard set, as the API's `overrides` JSON names them, with how the editor
 * shows them. Overrides are sparse: only the values that differ from the base are sent.
 */
export type Overrides = { [key: string]: Overrides | number | string | boolean | null };

/** `share`: stored as 0-1, edited as a percentage; `hireEducation`: any education; `yesNo`: true or false; `month`: YYYY-MM text. */
export type FieldKind = 'number' | 'whole' | 'share' | 'education' | 'hireEducation' | 'yesNo' | 'month';

export interface StandardField {
  /** Path in the overrides JSON, e.g. ['levels', 'PRIMARY', 'avgClassSizeMax']. */
  path: string[];
  label: MessageKey;
  kind: FieldKind;
  /** The value in a standard set as the API answers it. */
  read: (set: StandardSetValuesFragment) => number | string | boolean | null;
}

export const LEVELS: Level[] = ['PRIMARY', 'JUNIOR', 'SENIOR'];

type LevelValues = StandardSetValuesFragment['levels'][number];
type LevelKey = Exclude<keyof LevelValues, 'level'>;

/** `path`: where the override lives when not under `levels` (the hire minimum and teaching periods). */
const LEVEL_ROWS: Array<{ key: LevelKey; label: MessageKey; kind: FieldKind; path?: (level: Level) => string[] }> = [
  { key: 'qualifiedPer100Min', label: 'indicator.Q1', kind: 'number' },
  { key: 'backbonePer100Min', label: 'indicator.Q2', kind: 'number' },
  { key: 'peArtsPer100Min', label: 'indicator.Q3', kind: 'number' },
  { key: 'studentsPerTeacherMax', label: 'indicator.R', kind: 'number' },
  { key: 'avgClassSizeMax', label: 'indicator.C', kind: 'number' },
  { key: 'classes56PlusMax', label: 'indicator.B', kind: 'whole' },
  { key: 'floorAreaPerStudentMin', label: 'indicator.F1', kind: 'number' },
  { key: 'sportsAreaPerStudentMin', label: 'indicator.F2', kind: 'number' },
  { key: 'equipmentPerStudentMin', label: 'indicator.F3', kind: 'number' },
  { key: 'multimediaPer100Min', label: 'indicator.F4', kind: 'number' },
  { key: 'cvMax', label: 'standards.cvMax', kind: 'number' },
  { key: 'qualifiedEducationMin', label: 'standards.qualifiedEducationMin', kind: 'education' },
  { key: 'hireEducationMin', label: 'standards.hireEducationMin', kind: 'hireEducation', path: (level) => ['hireMinimum', level, 'education'] },
  { key: 'hireCertificateRequired', label: 'standards.hireCertificateRequired', kind: 'yesNo', path: (level) => ['hireMinimum', level, 'certificateRequired'] },
  { key: 'periodsPerClass', label: 'standards.periodsPerClass', kind: 'number', path: (level) => ['teachingPeriods', level, 'perClass'] },
  { key: 'periodsPerTeacher', label: 'standards.periodsPerTeacher', kind: 'number', path: (level) => ['teachingPeriods', level, 'perTeacher'] },
];

export interface LevelRow {
  key: LevelKey;
  label: MessageKey;
  kind: FieldKind;
  /** One field per level, in LEVELS order. */
  fields: StandardField[];
}

export const LEVEL_FIELD_ROWS: LevelRow[] = LEVEL_ROWS.map(({ path, ...row }) => ({
  ...row,
  fields: LEVELS.map((level) => ({
    path: path ? path(level) : ['levels', level, row.key],
    label: row.label,
    kind: row.kind,
    read: (set) => set.levels.find((l) => l.level === level)?.[row.key] ?? null,
  })),
}));

/**
 * The statutory retirement age of each gender, rising by birth month (2024 decision): base and highest
 * age, the first birth month that retires later, and the birth months per month of delay. A flat age is
 * the highest equal to the base.
 */
const RETIREMENT_FIELDS: StandardField[] = (['M', 'F'] as const).flatMap((gender) => {
  const key = gender === 'M' ? 'Male' : 'Female';
  const of = (s: StandardSetValuesFragment) => (gender === 'M' ? s.rotation.retirementMen : s.rotation.retirementWomen);
  const at = (field: string) => ['rotation', 'retirement', gender, field];
  return [
    { path: at('baseAge'), label: `standards.retirementBaseAge${key}`, kind: 'whole', read: (s) => of(s).baseAge },
    { path: at('maxAge'), label: `standards.retirementMaxAge${key}`, kind: 'whole', read: (s) => of(s).maxAge },
    { path: at('fromBirth'), label: `standards.retirementFromBirth${key}`, kind: 'month', read: (s) => of(s).fromBirth },
    { path: at('monthsPerStep'), label: `standards.retirementMonthsPerStep${key}`, kind: 'whole', read: (s) => of(s).monthsPerStep },
  ] satisfies StandardField[];
});

/** Whether `text` is a month as the standard set writes it (YYYY-MM). */
export function isYearMonth(text: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(text);
}

export interface RuleGroup {
  title: MessageKey;
  fields: StandardField[];
}

export const RULE_GROUPS: RuleGroup[] = [
  {
    title: 'standards.group.rotation',
    fields: [
      { path: ['rotation', 'minYearsAtSchool'], label: 'standards.minYearsAtSchool', kind: 'whole', read: (s) => s.rotation.minYearsAtSchool },
      { path: ['rotation', 'minYearsBeforeRetirement'], label: 'standards.minYearsBeforeRetirement', kind: 'whole', read: (s) => s.rotation.minYearsBeforeRetirement },
      ...RETIREMENT_FIELDS,
      { path: ['rotation', 'quotaShareOfEligible'], label: 'standards.quotaShareOfEligible', kind: 'share', read: (s) => s.rotation.quotaShareOfEligible },
      { path: ['rotation', 'backboneShareOfRotating'], label: 'standards.backboneShareOfRotating', kind: 'share', read: (s) => s.rotation.backboneShareOfRotating },
      { path: ['rotation', 'donorMaxLossShare'], label: 'standards.donorMaxLossShare', kind: 'share', read: (s) => s.rotation.donorMaxLossShare },
      { path: ['rotation', 'termYears'], label: 'standards.termYears', kind: 'whole', read: (s) => s.rotation.termYears },
      { path: ['rotation', 'distanceLimitKm'], label: 'standards.distanceLimitKm', kind: 'number', read: (s) => s.rotation.distanceLimitKm },
    ],
  },
  {
    title: 'standards.group.sizes',
    fields: [
      { path: ['sizes', 'compulsorySchoolMaxStudents'], label: 'standards.compulsorySchoolMaxStudents', kind: 'whole', read: (s) => s.sizes.compulsorySchoolMaxStudents },
      { path: ['sizes', 'nineYearSchoolMaxStudents'], label: 'standards.nineYearSchoolMaxStudents', kind: 'whole', read: (s) => s.sizes.nineYearSchoolMaxStudents },
      { path: ['sizes', 'seniorSchoolMaxStudents'], label: 'standards.seniorSchoolMaxStudents', kind: 'whole', read: (s) => s.sizes.seniorSchoolMaxStudents },
      { path: ['sizes', 'largeClassMin'], label: 'standards.largeClassMin', kind: 'whole', read: (s) => s.sizes.largeClassMin },
      { path: ['sizes', 'oversizedClassMin'], label: 'standards.oversizedClassMin', kind: 'whole', read: (s) => s.sizes.oversizedClassMin },
      { path: ['sizes', 'extraLargeClassMin'], label: 'standards.extraLargeClassMin', kind: 'whole', read: (s) => s.sizes.extraLargeClassMin },
    ],
  },
  {
    title: 'standards.group.sixOfSeven',
    fields: [
      { path: ['sixOfSeven', 'minPassing'], label: 'standards.minPassing', kind: 'whole', read: (s) => s.sixOfSeven.minPassing },
      { path: ['sixOfSeven', 'floorShare'], label: 'standards.floorShare', kind: 'share', read: (s) => s.sixOfSeven.floorShare },
    ],
  },
];

function isObject(v: unknown): v is Overrides {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The override at `path`; undefined when the base value applies. */
export function overrideAt(overrides: Overrides, path: readonly string[]): number | string | boolean | null | undefined {
  let at: unknown = overrides;
  for (const key of path) {
    if (!isObject(at) || !Object.hasOwn(at, key)) return undefined;
    at = at[key];
  }
  return isObject(at) ? undefined : (at as number | string | boolean | null);
}

/**
 * A copy with `path` set to `value`, or removed when `value` is undefined or equals the base value (so
 * the JSON carries only real changes); emptied branches are dropped.
 */
export function withOverride(overrides: Overrides, path: readonly string[], value: number | string | boolean | null | undefined, baseValue?: number | string | boolean | null): Overrides {
  const [key, ...rest] = path;
  if (key === undefined) return overrides;
  const out: Overrides = { ...overrides };
  if (rest.length === 0) {
    if (value === undefined || value === baseValue) delete out[key];
    else out[key] = value;
    return out;
  }
  const child = withOverride(isObject(out[key]) ? (out[key] as Overrides) : {}, rest, value, baseValue);
  if (Object.keys(child).length === 0) delete out[key];
  else out[key] = child;
  return out;
}

/** How many values the overrides change. */
export function countOverrides(overrides: Overrides): number {
  return Object.values(overrides).reduce<number>((n, v) => n + (isObject(v) ? countOverrides(v) : 1), 0);
}

/** Overrides from the API's JSON text; an empty object for none or for text that is not an object. */
export function parseOverridesText(text: string | null | undefined): Overrides {
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? value : {};
  } catch {
    return {};
  }
}

/** Percent as shown for a share (0.15 -> 15), without binary noise. */
export function shareToPercent(share: number): number {
  return Math.round(share * 1e6) / 1e4;
}

export function percentToShare(percent: number): number {
  return Math.round(percent * 1e4) / 1e6;
}
