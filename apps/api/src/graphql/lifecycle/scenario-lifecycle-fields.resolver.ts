import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../auth/require-viewer';
import type { RequestContext } from '../../context';
import { requireScenario } from '../scenario/scenario-access';
import { Scenario } from '../scenario/scenario.type';
import { ScenarioActionEnum, type ScenarioAction } from './lifecycle-enums';
import { availableActions } from './scenario-lifecycle.service';
import { NoticeWindowInfo, ScenarioHistoryEntry, ScenarioObjection, SupplementLine } from './scenario-lifecycle.type';

@Resolver(() => Scenario)
export class ScenarioLifecycleFieldsResolver {
  @FieldResolver(() => [ScenarioHistoryEntry], { description: 'Every step of the scenario\'s life, oldest first.' })
  history(@Root() scenario: Scenario, @Ctx() ctx: RequestContext): Promise<ScenarioHistoryEntry[]> {
    return ctx.services.lifecycle.history(ctx, scenario.id);
  }

  @FieldResolver(() => [ScenarioActionEnum], { description: 'What the signed-in user may do to it now.' })
  availableActions(@Root() scenario: Scenario, @Ctx() ctx: RequestContext): ScenarioAction[] {
    return availableActions(requireViewer(ctx).role, scenario);
  }

  @FieldResolver(() => NoticeWindowInfo, { nullable: true, description: 'The public notice window, once published.' })
  noticeWindow(@Root() scenario: Scenario, @Ctx() ctx: RequestContext): Promise<NoticeWindowInfo | null> {
    return ctx.services.lifecycle.noticeWindow(ctx, scenario);
  }

  @FieldResolver(() => [ScenarioObjection], { description: 'Objections to its notice, with their decisions.' })
  async objections(@Root() scenario: Scenario, @Ctx() ctx: RequestContext): Promise<ScenarioObjection[]> {
    return ctx.services.objections.list(ctx, await requireScenario(ctx, scenario.id));
  }

  @FieldResolver(() => [SupplementLine], { description: 'The supplementary notice (补充公示): every line changed by an upheld objection.' })
  async supplementaryNotice(@Root() scenario: Scenario, @Ctx() ctx: RequestContext): Promise<SupplementLine[]> {
    return ctx.services.objections.supplementaryNotice(ctx, await requireScenario(ctx, scenario.id));
  }
}
