import type { RegionData, ScenarioParameters, StandardSet } from '@junheng/domain';
import type { AllocationModel, BuildContext, ModelOptions } from './allocation-model';
import { candidateArcs } from './candidate-arcs';
import { addBalanceTargets } from './constraints/balance';
import { addBudget } from './constraints/budget';
import { addClassSize } from './constraints/class-size';
import { addDonorLimits } from './constraints/donor-limits';
import { addReceiverSpread } from './constraints/receiver-spread';
import { addRotationQuota } from './constraints/rotation-quota';
import { addSectionStandards } from './constraints/section-standards';
import { addSupply } from './constraints/supply';
import { addVacancies } from './constraints/vacancies';
import { addPostTransferBalance } from './constraints/post-transfers';
import { LinearModelBuilder } from './model';
import { resolveWeights } from './objective-weights';
import { buildRegionIndex, type RegionIndex } from './region-index';
import { addFlowVariables } from './variables/flow-variables';
import { addHireVariables } from './variables/hire-variables';
import { addPostTransferVariables } from './variables/post-transfer-variables';
import { addRecallVariables } from './variables/recall-variables';

export const DEFAULT_MODEL_OPTIONS: ModelOptions = { arcsPerReceiver: null, integerFlows: false, hard: false };

/** Builds the aggregate model from a prepared region index: variables first, then one family of constraints at a time. */
export function buildModelFromIndex(index: RegionIndex, options: Partial<ModelOptions> = {}): AllocationModel {
  const opts: ModelOptions = { ...DEFAULT_MODEL_OPTIONS, hard: index.scenario.mode === 'CHEAPEST_FULL_COMPLIANCE', ...options };
  const ctx: BuildContext = {
    builder: new LinearModelBuilder(),
    index,
    options: opts,
    weights: resolveWeights(index.region, index.scenario),
    arcs: candidateArcs(index, opts.arcsPerReceiver),
    flows: [],
    hires: [],
    extraQuota: [],
    splits: [],
    classrooms: [],
    shortfalls: [],
    outFlows: new Map(),
    inFlows: new Map(),
    hiresBySection: new Map(),
    emptyInfeasible: [],
    postMoves: [],
    recalls: [],
    recallsBySection: new Map(),
  };
  addFlowVariables(ctx);
  // The county's own levers (issue 14): recalls first (their teachers need posts), then post transfers.
  addRecallVariables(ctx);
  addPostTransferVariables(ctx);
  addHireVariables(ctx);
  addSectionStandards(ctx);
  addClassSize(ctx);
  addSupply(ctx);
  addDonorLimits(ctx);
  addVacancies(ctx);
  addPostTransferBalance(ctx);
  addRotationQuota(ctx);
  addReceiverSpread(ctx);
  addBalanceTargets(ctx, opts.balanceTargets ?? []);
  addBudget(ctx);
  const linear = ctx.builder.build();
  return {
    ...linear,
    index,
    options: opts,
    weights: ctx.weights,
    arcs: ctx.arcs,
    flows: ctx.flows,
    hires: ctx.hires,
    extraQuota: ctx.extraQuota,
    splits: ctx.splits,
    classrooms: ctx.classrooms,
    shortfalls: ctx.shortfalls,
    emptyInfeasible: ctx.emptyInfeasible,
    postMoves: ctx.postMoves,
    recalls: ctx.recalls,
  };
}

/**
 * The solver-neutral aggregate model of a region under a scenario. `standardSet` is the base set; the
 * scenario's overrides are applied. Never mutates its inputs.
 */
export function buildModel(region: RegionData, standardSet: StandardSet, scenario: ScenarioParameters, options: Partial<ModelOptions> = {}): AllocationModel {
  return buildModelFromIndex(buildRegionIndex(region, standardSet, scenario), options);
}
