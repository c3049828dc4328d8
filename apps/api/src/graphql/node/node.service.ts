import { LEVELS, type Level } from '@junheng/domain';
import { type RequestContext } from '../../context';
import { requireViewer } from '../../auth/require-viewer';
import { badInput } from '../../errors/app-error';
import type { RequestServices } from '../../request-services';
import type { Node } from '../relay/node.interface';
import { fromGlobalId } from '../relay/global-id';
import { toSection } from '../section/to-section';
import { viewerAsUser } from '../user/to-user';

function integerKey(key: string): number | null {
  const n = Number(key);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

/** `node(id:)`: the object behind a global id, within the viewer's region and role, or null. */
export class NodeService {
  constructor(private readonly services: Pick<RequestServices, 'auth' | 'schools' | 'teachers' | 'counties' | 'budgets'>) {}

  async resolve(ctx: RequestContext, id: string): Promise<Node | null> {
    const viewer = requireViewer(ctx);
    const decoded = fromGlobalId(id);
    if (!decoded) throw badInput('id', 'Not a valid node id');
    const { type, key } = decoded;
    switch (type) {
      case 'County':
        return this.services.counties.findByCode(ctx, key);
      case 'School':
        return this.services.schools.findByCode(ctx, key);
      case 'Section': {
        const [schoolCode, level] = key.split(':') as [string, string | undefined];
        if (!level || !(LEVELS as readonly string[]).includes(level)) return null;
        const school = await this.services.schools.findByCode(ctx, schoolCode);
        if (!school) return null;
        const evaluated = await ctx.loaders.sectionEvaluationsBySchool.load(school.code);
        const found = evaluated.find((s) => s.section.level === (level as Level));
        return found ? toSection(found) : null;
      }
      case 'Teacher': {
        const n = integerKey(key);
        return n === null ? null : this.services.teachers.findById(ctx, n);
      }
      case 'BudgetLine': {
        const n = integerKey(key);
        return n === null ? null : this.services.budgets.findById(ctx, n);
      }
      case 'User':
        // Users see themselves only.
        return (viewer.userId !== null && key === String(viewer.userId)) || key === `dev:${viewer.username}` ? viewerAsUser(viewer) : null;
      default: {
        const exhaustive: never = type;
        return exhaustive;
      }
    }
  }
}
