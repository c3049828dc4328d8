import {
  canTransition, decideObjection, encodeScenarioParameters, IllegalTransitionError, publishedPlanOf, recordObjection, ScenarioObjectionEntity,
  scenarioParametersOf, SCENARIO_TRANSITIONS, TeacherEntity, type ScenarioEntity, type SupplementLine as StoredLine, type UpheldResolution,
} from '@junheng/db';
import { cstDateOf, rotationChanges, type ScenarioParameters } from '@junheng/domain';
import { solveScenarioNow } from '@junheng/jobs';
import { In } from 'typeorm';
import { requireViewer } from '../../auth/require-viewer';
import { canSeePersonalData } from '../../auth/role';
import { type RequestContext } from '../../context';
import { badInput, conflict, notFound } from '../../errors/app-error';
import { requireRole, requireScenario } from '../scenario/scenario-access';
import { ACTIONS } from './scenario-lifecycle.service';
import { RotationEnds, ScenarioObjection, SupplementLine } from './scenario-lifecycle.type';
import type { DecideObjectionInput, RecordObjectionInput } from './scenario-lifecycle.input';
import { loadNoticeNames, type NoticeNames } from './notice-names';

/**
 * Objections to a published notice: HR records them, ADMIN decides. An upheld objection takes the
 * teacher off the plan and re-solves only around it: every teacher who neither rotates in the published
 * plan nor teaches at the objector's school is locked, so the re-solve can only keep, re-route or drop
 * the published moves and find a replacement at the school the objector was to leave. The lines that
 * differ from the published plan are its supplementary notice (补充公示).
 */
export class ScenarioObjectionService {
  async record(ctx: RequestContext, scenarioId: string, input: RecordObjectionInput): Promise<ScenarioObjection> {
    requireRole(ctx, ACTIONS.RECORD_OBJECTION.roles);
    const row = await requireScenario(ctx, scenarioId);
    // Received from the publishing day to the window's last day (checked by the lifecycle), and not in the future.
    if (input.receivedOn > cstDateOf(new Date())) throw badInput('receivedOn', `The date received ${input.receivedOn} is in the future (收到日期不能晚于今天)`);
    const saved = await recordObjection(ctx.dataSource, scenarioId, {
      staffNo: input.staffNo.trim(), text: input.text.trim(), evidenceFileName: input.evidenceFileName?.trim() || null, receivedOn: input.receivedOn,
    }, requireViewer(ctx));
    return (await this.toObjections(ctx, row, [saved]))[0]!;
  }

  async decide(ctx: RequestContext, scenarioId: string, objectionId: string, input: DecideObjectionInput): Promise<ScenarioObjection> {
    requireRole(ctx, ACTIONS.DECIDE_OBJECTION.roles);
    const row = await requireScenario(ctx, scenarioId);
    if (!canTransition(row.status, 'decide')) throw new IllegalTransitionError(row.status, 'decide', SCENARIO_TRANSITIONS.decide.from);
    const id = Number(objectionId);
    const objection = Number.isInteger(id) ? await ctx.dataSource.getRepository(ScenarioObjectionEntity).findOneBy({ id, scenarioId }) : null;
    if (!objection) throw notFound(`Objection ${objectionId}`);
    if (objection.decision) throw conflict(`Objection ${objectionId} was already decided: ${objection.decision} (该异议已处理)`);
    const reason = input.reason.trim();
    if (!reason) throw badInput('reason', 'A reason is required (请填写处理理由)');
    const upheld = input.decision === 'UPHELD' ? await this.resolveWithout(ctx, row, objection.staffNo) : null;
    const saved = await decideObjection(ctx.dataSource, scenarioId, id, input.decision, reason, requireViewer(ctx), upheld);
    return (await this.toObjections(ctx, row, [saved]))[0]!;
  }

  private async resolveWithout(ctx: RequestContext, row: ScenarioEntity, staffNo: string): Promise<UpheldResolution> {
    const parameters = scenarioParametersOf(row);
    const { stored } = await publishedPlanOf(ctx.dataSource, row.id);
    const kept: ScenarioParameters = { ...parameters, excludedStaffNos: [...new Set([...parameters.excludedStaffNos, staffNo])] };
    const objector = stored.plan.rotations.find((r) => r.staffNo === staffNo);
    const movers = new Set(stored.plan.rotations.map((r) => r.staffNo));
    const others = await ctx.dataSource.getRepository(TeacherEntity).find({ where: { countyCode: In(parameters.countyCodes) }, select: { staffNo: true, schoolCode: true } });
    const locked = others.filter((t) => !movers.has(t.staffNo) && t.schoolCode !== objector?.fromSchool).map((t) => t.staffNo);
    const solving: ScenarioParameters = { ...kept, lockedStaffNos: [...new Set([...kept.lockedStaffNos, ...locked])].filter((s) => !kept.excludedStaffNos.includes(s)) };
    // The narrow re-solve first; should it fail (a model the locks make unsolvable), the plan is re-solved
    // with the teacher excluded and nothing else locked, and the supplementary notice shows all it changed.
    const { outcome, fingerprint } = await solveScenarioNow(ctx.dataSource, row.countyCode, solving)
      .catch(() => solveScenarioNow(ctx.dataSource, row.countyCode, kept));
    return {
      body: outcome as unknown as UpheldResolution['body'],
      fingerprint,
      parameters: encodeScenarioParameters(kept),
      supplement: rotationChanges(stored.plan.rotations, outcome.plan.rotations),
      basedOn: row.parameters,
    };
  }

  async list(ctx: RequestContext, row: ScenarioEntity): Promise<ScenarioObjection[]> {
    const rows = await ctx.dataSource.getRepository(ScenarioObjectionEntity).find({ where: { scenarioId: row.id }, order: { id: 'ASC' } });
    return this.toObjections(ctx, row, rows);
  }

  /** Every changed line of the upheld objections, in the order they were decided. */
  async supplementaryNotice(ctx: RequestContext, row: ScenarioEntity): Promise<SupplementLine[]> {
    const objections = await this.list(ctx, row);
    return objections.filter((o) => o.decision === 'UPHELD').sort((a, b) => (a.decidedAt ?? '').localeCompare(b.decidedAt ?? '')).flatMap((o) => o.supplement);
  }

  private async toObjections(ctx: RequestContext, row: ScenarioEntity, rows: ScenarioObjectionEntity[]): Promise<ScenarioObjection[]> {
    const personal = canSeePersonalData(requireViewer(ctx).role);
    const staffNos = rows.flatMap((o) => [o.staffNo, ...(o.supplement ?? []).map((l) => l.staffNo)]);
    const names = await loadNoticeNames(ctx.dataSource, scenarioParametersOf(row).countyCodes, staffNos);
    return rows.map((o) => Object.assign(new ScenarioObjection(), {
      id: String(o.id), staffNo: o.staffNo, teacherName: personal ? names.teacher(o.staffNo)?.name ?? null : null, text: o.text,
      evidenceFileName: o.evidenceFileName, receivedOn: o.receivedOn, recordedBy: o.recordedBy, recordedAt: o.recordedAt.toISOString(),
      decision: o.decision, decisionReason: o.decisionReason, decidedBy: o.decidedBy, decidedAt: o.decidedAt?.toISOString() ?? null,
      supplement: (o.supplement ?? []).map((line) => toLine(String(o.id), line, names, personal)),
    }));
  }
}

function toLine(objectionId: string, line: StoredLine, names: NoticeNames, personal: boolean): SupplementLine {
  const ends = (e: StoredLine['before']) => e && Object.assign(new RotationEnds(), {
    fromSchool: e.fromSchool, fromSchoolName: names.school(e.fromSchool), toSchool: e.toSchool, toSchoolName: names.school(e.toSchool),
  });
  return Object.assign(new SupplementLine(), {
    objectionId, change: line.change, staffNo: line.staffNo, teacherName: personal ? names.teacher(line.staffNo)?.name ?? null : null,
    before: ends(line.before), after: ends(line.after),
  });
}
