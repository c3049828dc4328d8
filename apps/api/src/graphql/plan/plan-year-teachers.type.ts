import type { Level, PlanYearRetirement, RotationReturn } from '@junheng/domain';
import { Field, ObjectType } from 'type-graphql';
import { LevelEnum } from '../enums/register-enums';

@ObjectType({ simpleResolvers: true, description: '退休教师: a teacher who reached the statutory retirement age by the plan year\'s September 1 and leaves the roster.' })
export class PlanRetirement {
  @Field({ description: '工号 (staff number).' }) staffNo!: string;
  @Field(() => String, { nullable: true, description: '姓名 (name); personal data: HR and ADMIN only, null for other roles.' }) name!: string | null;
  @Field({ description: '学校标识码 (the school they leave).' }) schoolCode!: string;
  @Field(() => String, { nullable: true, description: '学校 (school name); null if the school is no longer in the county.' }) schoolName!: string | null;
  @Field(() => LevelEnum, { description: '学段 (level).' }) level!: Level;
}

@ObjectType({ simpleResolvers: true, description: '轮岗期满返校教师: a rotating teacher whose term ended by the plan year\'s September 1, back at the home school.' })
export class PlanReturningTeacher {
  @Field({ description: '工号 (staff number).' }) staffNo!: string;
  @Field(() => String, { nullable: true, description: '姓名 (name); personal data: HR and ADMIN only, null for other roles.' }) name!: string | null;
  @Field(() => LevelEnum, { description: '学段 (level).' }) level!: Level;
  @Field({ description: '学科 (subject).' }) subject!: string;
  @Field({ description: '轮岗学校标识码 (where they taught until the term ended).' }) fromSchoolCode!: string;
  @Field(() => String, { nullable: true, description: '轮岗学校 (name).' }) fromSchoolName!: string | null;
  @Field({ description: '原学校标识码 (the home school they return to).' }) schoolCode!: string;
  @Field(() => String, { nullable: true, description: '原学校 (home school name).' }) schoolName!: string | null;
  @Field({ description: '轮岗期满日期 (the term\'s end, YYYY-MM-DD).' }) rotationEnd!: string;
}

export function toPlanRetirements(rows: readonly PlanYearRetirement[], names: ReadonlyMap<string, string>, personal: boolean): PlanRetirement[] {
  return rows.map((r) => Object.assign(new PlanRetirement(), {
    staffNo: r.staffNo, name: personal ? r.name : null, schoolCode: r.schoolCode, schoolName: names.get(r.schoolCode) ?? null, level: r.level,
  }));
}

export function toPlanReturning(rows: readonly RotationReturn[], names: ReadonlyMap<string, string>, personal: boolean): PlanReturningTeacher[] {
  return rows.map((r) => Object.assign(new PlanReturningTeacher(), {
    staffNo: r.staffNo, name: personal ? r.name : null, level: r.level, subject: r.subject,
    fromSchoolCode: r.fromSchool, fromSchoolName: names.get(r.fromSchool) ?? null,
    schoolCode: r.toSchool, schoolName: names.get(r.toSchool) ?? null, rotationEnd: r.rotationEnd,
  }));
}
