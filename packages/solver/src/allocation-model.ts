import type { Education, SubjectGroup, Teacher } from '@junheng/domain';
import type { CandidateArc } from './candidate-arcs';
import type { BalanceTarget } from './constraints/balance';
import type { LinearModel, LinearModelBuilder } from './model';
import type { ObjectiveWeightsResolved, ShortfallIndicator } from './objective-weights';
import type { RegionIndex, SchoolInfo, SectionInfo } from './region-index';
import type { TeacherType } from './teacher-types';

export interface FlowVar {
  v: number;
  arc: CandidateArc;
  type: TeacherType;
}

export interface HireVar {
  v: number;
  section: SectionInfo;
  group: Extract<SubjectGroup, 'CORE' | 'PE_ARTS'>;
  education: Education;
  qualified: boolean;
  unitCost: number;
}

export interface ExtraQuotaVar {
  v: number;
  school: SchoolInfo;
}

/**
 * post_out[school] / post_in[school]: vacant posts a school sends to / takes from the county's other
 * schools (县管校聘). A school is a sender (surplus vacant posts above its own staffing need) or a taker.
 */
export interface PostMoveVar {
  v: number;
  school: SchoolInfo;
  direction: 'IN' | 'OUT';
  /** The variable's upper bound: posts the sender may send, or posts the taker could use. */
  ub: number;
}

/** recall[section:type]: teachers of one type on loan from a section, recalled (借调返校). */
export interface RecallVar {
  v: number;
  section: SectionInfo;
  type: TeacherType;
  /** The recallable teachers of this type, in the order they are named. */
  teachers: Teacher[];
  unitCost: number;
}

export interface SplitVar {
  v: number;
  section: SectionInfo;
  /** Classes C and B need beyond the section's current classes (the variable's upper bound). */
  needed: number;
}

/** classrooms_built[school]: new classrooms at the cost table's 新增教室 cost. */
export interface ClassroomVar {
  v: number;
  school: SchoolInfo;
  unitCost: number;
}

export interface ShortfallVar {
  v: number;
  /** null for county rules. */
  section: SectionInfo | null;
  county: string;
  indicator: ShortfallIndicator;
}

export interface ModelOptions {
  /** Candidate donors kept per receiving section (nearest first); null: every allowed donor within the distance limit. */
  arcsPerReceiver: number | null;
  /** Flows as integers (exact) or continuous (LP, then rounding and repair). */
  integerFlows: boolean;
  /** Standards hard (no shortfall variables): CHEAPEST_FULL_COMPLIANCE. */
  hard: boolean;
  /** County balance targets the last exact check asked for (none on the first solve). */
  balanceTargets?: BalanceTarget[];
}

/** The aggregate model plus what is needed to read its solution. */
export interface AllocationModel extends LinearModel {
  index: RegionIndex;
  options: ModelOptions;
  weights: ObjectiveWeightsResolved;
  arcs: CandidateArc[];
  flows: FlowVar[];
  hires: HireVar[];
  extraQuota: ExtraQuotaVar[];
  splits: SplitVar[];
  classrooms: ClassroomVar[];
  shortfalls: ShortfallVar[];
  postMoves: PostMoveVar[];
  recalls: RecallVar[];
  /** Rows of the hard model with no variables and a positive right-hand side: infeasible before solving. */
  emptyInfeasible: string[];
}

/** The mutable state of a model under construction, passed to each variable and constraint family. */
export interface BuildContext {
  builder: LinearModelBuilder;
  index: RegionIndex;
  options: ModelOptions;
  weights: ObjectiveWeightsResolved;
  arcs: CandidateArc[];
  flows: FlowVar[];
  hires: HireVar[];
  extraQuota: ExtraQuotaVar[];
  splits: SplitVar[];
  classrooms: ClassroomVar[];
  shortfalls: ShortfallVar[];
  /** Flow variables leaving / entering each section key. */
  outFlows: Map<string, FlowVar[]>;
  inFlows: Map<string, FlowVar[]>;
  hiresBySection: Map<string, HireVar[]>;
  emptyInfeasible: string[];
  postMoves: PostMoveVar[];
  recalls: RecallVar[];
  recallsBySection: Map<string, RecallVar[]>;
}
