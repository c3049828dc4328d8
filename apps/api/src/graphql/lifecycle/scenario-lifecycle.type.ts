import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { ObjectionDecision } from '@junheng/db';
import { ScenarioStatusEnum } from '../scenario/scenario-enums';
import { ObjectionDecisionEnum, RotationChangeKindEnum } from './lifecycle-enums';

@ObjectType({ simpleResolvers: true, description: 'One step of a scenario\'s life (方案流转记录): who did what, when and why.' })
export class ScenarioHistoryEntry {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'create, edit, queue, claim, store, fail, cancel, submit, approve, reject, withdraw, publish, object, decide, close, apply, markStale.' })
  operation!: string;

  @Field(() => ScenarioStatusEnum, { nullable: true })
  fromStatus!: string | null;

  @Field(() => ScenarioStatusEnum)
  toStatus!: string;

  @Field(() => String, { nullable: true, description: 'The user; null for the system (the job worker, a window that ended).' })
  username!: string | null;

  @Field(() => String, { nullable: true, description: 'Why: a rejection\'s comment, a withdrawal\'s reason, an objection\'s decision.' })
  reason!: string | null;

  @Field()
  at!: string;
}

@ObjectType({ simpleResolvers: true, description: 'The public notice window (公示期) of a published scenario.' })
export class NoticeWindowInfo {
  @Field()
  publishedAt!: string;

  @Field({ description: 'When the window closes: 24:00 (China time) of its last working day.' })
  endsAt!: string;

  @Field(() => Int)
  workingDays!: number;

  @Field(() => Int, { description: 'Working days left, today included while the window is open; 0 once it has ended.' })
  remainingWorkingDays!: number;

  @Field({ description: 'The window is open now.' })
  open!: boolean;

  @Field(() => String, { nullable: true, description: 'The public page\'s path (/notice/<token>), for HR and ADMIN while the notice is published.' })
  publicPath!: string | null;
}

@ObjectType({ simpleResolvers: true })
export class RotationEnds {
  @Field()
  fromSchool!: string;

  @Field()
  fromSchoolName!: string;

  @Field()
  toSchool!: string;

  @Field()
  toSchoolName!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A line of a supplementary notice (补充公示): a published rotation dropped, added or changed by an upheld objection.' })
export class SupplementLine {
  @Field(() => ID, { description: 'The objection whose re-solve changed it.' })
  objectionId!: string;

  @Field(() => RotationChangeKindEnum)
  change!: string;

  @Field()
  staffNo!: string;

  @Field(() => String, { nullable: true, description: 'Name (HR and ADMIN).' })
  teacherName!: string | null;

  @Field(() => RotationEnds, { nullable: true })
  before!: RotationEnds | null;

  @Field(() => RotationEnds, { nullable: true })
  after!: RotationEnds | null;
}

@ObjectType({ simpleResolvers: true, description: 'An objection (异议) to a published notice.' })
export class ScenarioObjection {
  @Field(() => ID)
  id!: string;

  @Field()
  staffNo!: string;

  @Field(() => String, { nullable: true, description: 'Name (HR and ADMIN).' })
  teacherName!: string | null;

  @Field()
  text!: string;

  @Field(() => String, { nullable: true })
  evidenceFileName!: string | null;

  @Field({ description: 'YYYY-MM-DD.' })
  receivedOn!: string;

  @Field()
  recordedBy!: string;

  @Field()
  recordedAt!: string;

  @Field(() => ObjectionDecisionEnum, { nullable: true })
  decision!: ObjectionDecision | null;

  @Field(() => String, { nullable: true })
  decisionReason!: string | null;

  @Field(() => String, { nullable: true })
  decidedBy!: string | null;

  @Field(() => String, { nullable: true })
  decidedAt!: string | null;

  @Field(() => [SupplementLine], { description: 'The lines its re-solve changed (upheld objections).' })
  supplement!: SupplementLine[];
}
