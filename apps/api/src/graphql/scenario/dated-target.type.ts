import { IsEnum, IsInt, IsOptional, Length } from 'class-validator';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { DatedTarget, DatedTargetResult } from '@junheng/domain';

export const DatedTargetKindEnum = { NO_OVERSIZED_CLASS: 'NO_OVERSIZED_CLASS', SIX_OF_SEVEN: 'SIX_OF_SEVEN' } as const;
registerEnumType(DatedTargetKindEnum, {
  name: 'DatedTargetKind',
  description: 'NO_OVERSIZED_CLASS: no class of minSize (56 大班额 or 66 超大班额) or more; SIX_OF_SEVEN: every judged section meets six of seven.',
});

@InputType({ description: 'A dated target (规划目标) the multi-year plan reports on.' })
export class DatedTargetInput {
  @Field(() => DatedTargetKindEnum)
  @IsEnum(DatedTargetKindEnum)
  kind!: keyof typeof DatedTargetKindEnum;

  @Field(() => Int, { nullable: true, description: 'NO_OVERSIZED_CLASS: 56 or 66 (default 56).' })
  @IsOptional()
  @IsInt()
  minSize?: number | null;

  @Field({ description: 'YYYY-MM (the school year starting on or after it) or a school year, e.g. "2028-09" or "2029".' })
  @Length(4, 7)
  by!: string;
}

@ObjectType({ description: 'A dated target of the scenario.' })
export class DatedTargetType {
  @Field(() => DatedTargetKindEnum) kind!: keyof typeof DatedTargetKindEnum;
  @Field(() => Int, { nullable: true }) minSize!: number | null;
  @Field() by!: string;
}

@ObjectType({ description: 'A dated target judged in its year after that year\'s plan.' })
export class PlanTargetResult {
  @Field(() => DatedTargetType) target!: DatedTargetType;
  @Field(() => Int, { description: 'The school year judged (the plan\'s last year when the target is due later).' }) year!: number;
  @Field({ description: 'Whether `year` is the target\'s own year.' }) inPlan!: boolean;
  @Field() met!: boolean;
  @Field(() => Int, { description: 'What remains that year: classes of minSize or more, or sections failing six of seven.' }) remaining!: number;
  @Field({ description: 'CLASSES or SECTIONS.' }) unit!: string;
}

/** The input's targets as domain targets ("2029" is a school year). */
export function datedTargetsOf(input: DatedTargetInput[]): DatedTarget[] {
  return input.map((t) => {
    const by = /^\d{4}$/.test(t.by) ? Number(t.by) : t.by;
    return t.kind === 'SIX_OF_SEVEN' ? { kind: 'SIX_OF_SEVEN', by } : { kind: 'NO_OVERSIZED_CLASS', minSize: t.minSize ?? 56, by };
  });
}

export function toDatedTargetType(t: DatedTarget): DatedTargetType {
  return Object.assign(new DatedTargetType(), { kind: t.kind, minSize: t.kind === 'NO_OVERSIZED_CLASS' ? t.minSize : null, by: String(t.by) });
}

export function toTargetResults(results: readonly DatedTargetResult[] | undefined): PlanTargetResult[] {
  return (results ?? []).map((r) => Object.assign(new PlanTargetResult(), {
    target: toDatedTargetType(r.target), year: r.year, inPlan: r.inPlan, met: r.met, remaining: r.remaining, unit: r.unit,
  }));
}
