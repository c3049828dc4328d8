import type { AreaType, BudgetLine, CostTable, Education, Teacher } from '@junheng/domain';
import { AREA_TYPES, EDUCATIONS, educationRank } from '@junheng/domain';

/** Yearly cost of a new teacher by education (salary, social insurance, housing fund). */
const HIRE_BY_EDUCATION: Record<Education, number> = {
  HIGH_SCHOOL: 68_000, SECONDARY_VOCATIONAL: 70_000, ASSOCIATE: 78_000, BACHELOR: 88_000, MASTER: 98_000, DOCTORATE: 112_000,
};
/** Rural posts carry the rural teacher allowance (乡村教师生活补助) and the township allowance. */
const HIRE_AREA_EXTRA: Record<AreaType, number> = { URBAN: 0, TOWN: 4_800, RURAL: 14_400 };

/** Recruitment asks for at least an associate degree (大专): lower educations have no hire cost. */
const HIREABLE = EDUCATIONS.filter((e) => educationRank(e) >= educationRank('ASSOCIATE'));

/** The demo cost table: hires by area and education, rotation allowance, transport bands, extra quota, a new classroom. */
export function demoCostTable(countyCode: string): CostTable {
  return {
    countyCode,
    hire: AREA_TYPES.flatMap((area) => HIREABLE.map((education) => ({ area, education, amount: HIRE_BY_EDUCATION[education] + HIRE_AREA_EXTRA[area] }))),
    rotationAllowance: 12_000,
    transport: [
      { minKm: 0, amount: 1_200 }, { minKm: 10, amount: 2_400 }, { minKm: 20, amount: 3_600 },
      { minKm: 30, amount: 4_800 }, { minKm: 40, amount: 6_000 },
    ],
    extraQuota: 15_000,
    // 新增教室: a new or rebuilt ordinary classroom, its construction written off over 20 years plus upkeep.
    classroom: 30_000,
  };
}

/**
 * The county's budget lines for the year. The money for new teachers and rotations is far below what
 * closing every gap would cost, so a plan has to choose.
 */
export function demoBudgets(countyCode: string, year: number, teachers: readonly Teacher[]): BudgetLine[] {
  const salaries = Math.round(teachers.reduce((sum, t) => sum + t.annualCost, 0) / 10_000) * 10_000;
  return [
    { year, countyCode, category: '人员经费', amount: salaries },
    { year, countyCode, category: '交流轮岗补贴', amount: 1_500_000 },
    { year, countyCode, category: '新增教师经费', amount: 6_000_000 },
    { year, countyCode, category: '奖励基金', amount: 10_000_000 },
    { year, countyCode, category: '基建', amount: 35_000_000 },
  ];
}
