import { describeRetirementSchedule, type RetirementSchedule as DomainRetirementSchedule } from '@junheng/domain';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  simpleResolvers: true,
  description: 'The statutory retirement age of one gender, rising by birth month (渐进式延迟法定退休年龄, 2024): born before `fromBirth`, `baseAge`; from then on one month more per `monthsPerStep` birth months, up to `maxAge`.',
})
export class RetirementSchedule {
  @Field(() => Int, { description: 'The original age in whole years (men 60, women teachers 55).' }) baseAge!: number;
  @Field(() => Int, { description: 'The age the rise stops at (63, 58); equal to baseAge when the age is flat.' }) maxAge!: number;
  @Field({ description: 'First birth month (YYYY-MM) whose age rises.' }) fromBirth!: string;
  @Field(() => Int, { description: 'Birth months per one month of delay (4).' }) monthsPerStep!: number;
  @Field({ description: 'True when the age rises (maxAge above baseAge).' }) gradual!: boolean;
  @Field({ description: 'The rule in words, e.g. "1965年1月以前出生的60周岁；此后出生的每4个月延迟1个月，1976年9月及以后出生的63周岁".' }) rule!: string;
}

export function toRetirementSchedule(s: DomainRetirementSchedule): RetirementSchedule {
  return Object.assign(new RetirementSchedule(), {
    baseAge: s.baseAge, maxAge: s.maxAge, fromBirth: s.fromBirth, monthsPerStep: s.monthsPerStep,
    gradual: s.maxAge > s.baseAge, rule: describeRetirementSchedule(s),
  });
}
