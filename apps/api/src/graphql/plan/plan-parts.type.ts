import type { Education, IndicatorCode, Level, RotationPoints as DomainRotationPoints, SubjectGroup } from '@junheng/domain';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { EducationEnum, IndicatorCodeEnum, LevelEnum } from '../enums/register-enums';

@ObjectType({ simpleResolvers: true, description: 'Yearly cost of a plan by kind, yuan.' })
export class PlanCost {
  @Field(() => Float) total!: number;
  @Field(() => Float) hires!: number;
  @Field(() => Float, { description: 'Rotation allowances.' }) rotation!: number;
  @Field(() => Float, { description: 'Transport allowances.' }) transport!: number;
  @Field(() => Float) extraQuota!: number;
  @Field(() => Float, { description: 'New classrooms (新增教室) for class splits; 0 in plans made before classrooms were costed.' }) classrooms!: number;
  @Field(() => Float, { description: 'Administrative cost of post transfers (统筹编制); 0 in plans without them.' }) postTransfers!: number;
  @Field(() => Float, { description: 'Cost of recalls from loan (借调返校); 0 in plans without them.' }) recalls!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Yearly spending of a plan on one level.' })
export class PlanLevelSpending {
  @Field(() => LevelEnum) level!: Level;
  @Field(() => Float) amount!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Yearly spending of a plan on one budget line (科目).' })
export class PlanLineSpending {
  @Field({ description: 'The budget line\'s category, e.g. 新增教师经费, 交流轮岗补贴, 基建.' }) category!: string;
  @Field(() => Float) amount!: number;
}

@ObjectType({ simpleResolvers: true, description: 'One part of a teacher\'s rotation points (积分).' })
export class RotationPointsPart {
  @Field({ description: 'YEARS_AT_SCHOOL, BACKBONE, TITLE, AGE, HARDSHIP_ILLNESS, HARDSHIP_FAMILY_CARE, HARDSHIP_SPOUSE_APART; HARDSHIP (all hardships together) for roles without personal data.' })
  code!: string;
  @Field({ description: 'What the part counts, e.g. "在校10年，超过6年的4年×1分" (generic labels for roles without personal data).' }) label!: string;
  @Field(() => Float) points!: number;
}

@ObjectType({ simpleResolvers: true, description: 'A teacher\'s published rotation points (积分): who rotates among the eligible goes by them, highest first.' })
export class RotationPoints {
  @Field(() => Float) total!: number;
  @Field(() => [RotationPointsPart]) parts!: RotationPointsPart[];
}

@ObjectType({ description: 'One teacher who rotates (交流轮岗).' })
export class PlanRotation {
  /** Not in the schema: resolved to objects by the plan field resolvers. */
  fromSchoolCode!: string;
  toSchoolCode!: string;
  countyCode!: string;

  @Field() staffNo!: string;
  @Field(() => LevelEnum) level!: Level;
  @Field({ description: 'Which indicator of which receiving school it serves.' }) reason!: string;
  @Field(() => IndicatorCodeEnum, { nullable: true }) indicator!: IndicatorCode | null;
  @Field() startDate!: string;
  @Field(() => Int) termYears!: number;
  @Field(() => Float, { nullable: true }) distanceKm!: number | null;
  /** Not in the schema as is: the points field resolver masks it per role. */
  points?: DomainRotationPoints;
}

@ObjectType({ simpleResolvers: true, description: 'New posts to fill at a school.' })
export class PlanHire {
  @Field() schoolCode!: string;
  @Field(() => LevelEnum) level!: Level;
  @Field(() => String, { description: 'CORE, PE_ARTS or OTHER.' }) subjectGroup!: SubjectGroup;
  @Field(() => EducationEnum) education!: Education;
  @Field(() => Int) count!: number;
  @Field(() => Float) annualCost!: number;
  @Field(() => Int, { description: 'Of `count`, posts that use extra quota (有需增编).' }) extraQuota!: number;
  @Field({ description: 'Education below the level\'s hire minimum (only when the scenario allows it).' }) belowMinimum!: boolean;
  @Field(() => String, { nullable: true, description: 'Which indicator of which school it serves, e.g. "补足高于规定学历教师（Q1）：某某村小学"; null in older plans.' }) reason!: string | null;
  @Field(() => IndicatorCodeEnum, { nullable: true }) indicator!: IndicatorCode | null;
  @Field({ description: 'The post requires the teacher certificate of its level (e.g. 高级中学教师资格).' }) certificateRequired!: boolean;
}

@ObjectType({ simpleResolvers: true })
export class PlanClassSplit {
  @Field() schoolCode!: string;
  @Field(() => LevelEnum) level!: Level;
  @Field(() => Int) classesBefore!: number;
  @Field(() => Int) classesAfter!: number;
  @Field(() => Int, { description: 'New classrooms built for it (the others are the school\'s spare rooms).' }) classroomsBuilt!: number;
  @Field(() => Int, { nullable: true, description: 'Weekly teaching periods the new classes need; null in older plans.' }) teachingPeriods!: number | null;
  @Field(() => Float, { nullable: true, description: 'Teachers those periods take (periods / periods per teacher).' }) teachersNeeded!: number | null;
  @Field(() => Float, { description: 'Yearly cost of the classrooms built, yuan.' }) annualCost!: number;
}

@ObjectType({ simpleResolvers: true, description: 'A standard the plan does not meet, by how much, and why.' })
export class PlanShortfall {
  @Field(() => String, { nullable: true, description: 'null for county-level rules.' }) schoolCode!: string | null;
  @Field(() => String, { nullable: true }) schoolName!: string | null;
  @Field(() => LevelEnum, { nullable: true }) level!: Level | null;
  @Field({ description: 'An indicator code, ROTATION_QUOTA or BACKBONE_SHARE.' }) indicator!: string;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => Float) threshold!: number;
  @Field(() => Int, { nullable: true }) gapTeachers!: number | null;
  @Field({ description: 'BUDGET, NO_ELIGIBLE_DONOR, QUOTA_EXHAUSTED, DONOR_LIMIT, FACILITIES, TIME_LIMIT, NO_CLASSROOM, NO_TEACHING_TIME, POSTS_HELD_BY_RULES (posts exist elsewhere in the county but the post-transfer rules kept them: a donor school needs them for its own standards, or its yearly transfer limit is used up; `note` names rule and school; QUOTA_EXHAUSTED then means no movable post anywhere in the county) or OTHER.' }) cause!: string;
  @Field(() => Float, { nullable: true, description: 'Yearly cost that would close this gap, when known.' }) costToClose!: number | null;
  @Field(() => String, { nullable: true, description: 'County rules: the donor limits that held eligible teachers back.' }) note?: string | null;
}

@ObjectType({ simpleResolvers: true })
export class PlanViolation {
  @Field() rule!: string;
  @Field() message!: string;
  @Field(() => String, { nullable: true }) schoolCode!: string | null;
  @Field(() => String, { nullable: true }) staffNo!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'The independent plan checker\'s verdict.' })
export class PlanCheck {
  @Field() passes!: boolean;
  @Field(() => [PlanViolation]) violations!: PlanViolation[];
}

@ObjectType({ simpleResolvers: true, description: 'Total shortfall for one budget.' })
export class CostCurvePoint {
  @Field(() => Float) budget!: number;
  @Field(() => Float) cost!: number;
  @Field(() => Float, { description: 'Teachers still missing, summed over every check.' }) shortfallTeachers!: number;
  @Field({ description: 'Solver status of this budget\'s plan.' }) status!: string;
}

@ObjectType({ simpleResolvers: true, description: 'What stays short however much money there is, by indicator and cause.' })
export class CostCurveStillShort {
  @Field() indicator!: string;
  @Field() cause!: string;
  @Field(() => Int) teachers!: number;
  @Field(() => Int, { description: 'Sections (or counties, for county rules) concerned.' }) places!: number;
}

@ObjectType({ simpleResolvers: true, description: 'The cheapest full-compliance cost when reachable, otherwise what stays short and why.' })
export class CostCurveHeadline {
  @Field() reachable!: boolean;
  @Field(() => Float, { nullable: true }) cheapestFullComplianceCost!: number | null;
  @Field(() => [CostCurveStillShort]) stillShort!: CostCurveStillShort[];
  @Field({ description: 'One sentence for the planner (Chinese).' }) text!: string;
}

@ObjectType({ simpleResolvers: true, description: 'What each extra yuan buys: shortfall against budget.' })
export class CostCurve {
  @Field(() => Float, { description: 'Cost of the best plan without a cap (the last point); see headline for full compliance.' }) fullComplianceCost!: number;
  @Field(() => Float) floorShortfallTeachers!: number;
  @Field(() => [CostCurvePoint]) points!: CostCurvePoint[];
  @Field(() => CostCurveHeadline, { nullable: true, description: 'null for curves computed before it existed.' }) headline?: CostCurveHeadline | null;
}
