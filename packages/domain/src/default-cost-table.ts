import { educationRank } from './qualification';
import { AREA_TYPES, EDUCATIONS, type AreaType, type CostItem, type CostTable, type Education } from './types';

/**
 * The default costs: what a county is costed with when its roster gives no 成本 (cost) rows at all,
 * and, item by item, what a cost item the county's rows leave out stands for. Plain data, yuan per year.
 *
 * - HIRE, a new teacher: salary, social insurance and housing fund by education
 *   (`DEFAULT_HIRE_BY_EDUCATION`), plus the rural teacher and township allowances by the post's area
 *   (`DEFAULT_HIRE_AREA_EXTRA`). Recruitment asks for at least an associate degree (大专): lower
 *   educations have no hire cost (the solver hires none of them).
 * - ROTATION, the rotation allowance (交流补贴) per rotating teacher: 12,000.
 * - TRANSPORT, the transport allowance (交通补贴) by distance band: 1,200 from 0 km, then 1,200 more per
 *   10 km up to 6,000 from 40 km.
 * - EXTRA_QUOTA, extra quota (增编) on top of the hire itself: 15,000.
 * - CLASSROOM, a new ordinary classroom (新增教室), its construction written off over 20 years plus upkeep: 30,000.
 *
 * A county whose rows list some items but not others (`MISSING_COST_ITEM_DEFAULTS`): a missing HIRE or
 * ROTATION takes the figures above (no plan can be costed without them); a missing EXTRA_QUOTA costs
 * nothing beyond the hire (0); a missing TRANSPORT means no transport allowance; a missing CLASSROOM
 * means classrooms cannot be built.
 */
export const DEFAULT_HIRE_BY_EDUCATION: Readonly<Record<Education, number>> = {
  HIGH_SCHOOL: 68_000, SECONDARY_VOCATIONAL: 70_000, ASSOCIATE: 78_000, BACHELOR: 88_000, MASTER: 98_000, DOCTORATE: 112_000,
};

/** Every cost item, in the order of the 成本 sheet. */
export const COST_ITEMS: readonly CostItem[] = ['HIRE', 'ROTATION', 'TRANSPORT', 'EXTRA_QUOTA', 'CLASSROOM'];

/** Rural posts carry the rural teacher allowance (乡村教师生活补助) and the township allowance. */
export const DEFAULT_HIRE_AREA_EXTRA: Readonly<Record<AreaType, number>> = { URBAN: 0, TOWN: 4_800, RURAL: 14_400 };

/** The educations a county recruits (大专 and above): the hire rows of the default table. */
export const HIREABLE_EDUCATIONS: readonly Education[] = EDUCATIONS.filter((e) => educationRank(e) >= educationRank('ASSOCIATE'));

export const DEFAULT_ROTATION_ALLOWANCE = 12_000;
export const DEFAULT_TRANSPORT_BANDS: ReadonlyArray<{ readonly minKm: number; readonly amount: number }> = [
  { minKm: 0, amount: 1_200 }, { minKm: 10, amount: 2_400 }, { minKm: 20, amount: 3_600 },
  { minKm: 30, amount: 4_800 }, { minKm: 40, amount: 6_000 },
];
export const DEFAULT_EXTRA_QUOTA = 15_000;
export const DEFAULT_CLASSROOM = 30_000;

/** The default hire rows: every area by every hireable education. */
function defaultHire(): CostTable['hire'] {
  return AREA_TYPES.flatMap((area) => HIREABLE_EDUCATIONS.map((education) => ({ area, education, amount: DEFAULT_HIRE_BY_EDUCATION[education] + DEFAULT_HIRE_AREA_EXTRA[area] })));
}

/** The whole default table for a county (a fresh copy each call): for a county without any cost rows. */
export function defaultCostTable(countyCode: string): CostTable {
  return {
    countyCode,
    hire: defaultHire(),
    rotationAllowance: DEFAULT_ROTATION_ALLOWANCE,
    transport: DEFAULT_TRANSPORT_BANDS.map((t) => ({ ...t })),
    extraQuota: DEFAULT_EXTRA_QUOTA,
    classroom: DEFAULT_CLASSROOM,
  };
}

/**
 * What a cost item missing from a county's own rows stands for (the rows list some items, not this one).
 * Each entry sets the table's part for that item.
 */
export const MISSING_COST_ITEM_DEFAULTS: Readonly<Record<CostItem, (table: CostTable) => void>> = {
  HIRE: (t) => void (t.hire = defaultHire()),
  ROTATION: (t) => void (t.rotationAllowance = DEFAULT_ROTATION_ALLOWANCE),
  TRANSPORT: (t) => void (t.transport = []),
  EXTRA_QUOTA: (t) => void (t.extraQuota = 0),
  CLASSROOM: (t) => void delete t.classroom,
};

/**
 * A county's cost table from its own rows, each missing item set to its default
 * (`MISSING_COST_ITEM_DEFAULTS`): the completed table (a copy) and the items that took a default, in
 * `COST_ITEMS` order.
 */
export function withMissingCostItemDefaults(table: CostTable, present: ReadonlySet<CostItem>): { table: CostTable; defaulted: CostItem[] } {
  const completed: CostTable = { ...table, hire: table.hire.map((h) => ({ ...h })), transport: table.transport.map((t) => ({ ...t })) };
  const defaulted = COST_ITEMS.filter((item) => !present.has(item));
  for (const item of defaulted) MISSING_COST_ITEM_DEFAULTS[item](completed);
  return { table: completed, defaulted };
}
