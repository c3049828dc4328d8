import { BudgetLineEntity } from '@junheng/db';
import { type RequestContext } from '../../context';
import { requireViewer } from '../../auth/require-viewer';
import { notFound } from '../../errors/app-error';
import { toGlobalId } from '../relay/global-id';
import { BudgetLine } from './budget-line.type';

export function toBudgetLine(e: BudgetLineEntity): BudgetLine {
  return Object.assign(new BudgetLine(), {
    id: toGlobalId('BudgetLine', e.id),
    year: e.year,
    countyCode: e.countyCode,
    category: e.category,
    amount: e.amount,
    committed: e.committed,
    remaining: e.amount - e.committed,
  });
}

/** Budget lines are aggregates: every role of the region may read them. */
export class BudgetService {
  async list(ctx: RequestContext, countyCode: string, year: number): Promise<BudgetLine[]> {
    requireViewer(ctx);
    const scope = await ctx.scope();
    if (!scope.includes(countyCode)) throw notFound(`County ${countyCode}`);
    const rows = await ctx.dataSource.getRepository(BudgetLineEntity).find({ where: { countyCode, year }, order: { category: 'ASC', id: 'ASC' } });
    return rows.map(toBudgetLine);
  }

  async findById(ctx: RequestContext, id: number): Promise<BudgetLine | null> {
    requireViewer(ctx);
    const [scope, row] = await Promise.all([ctx.scope(), ctx.dataSource.getRepository(BudgetLineEntity).findOne({ where: { id } })]);
    return row && scope.includes(row.countyCode) ? toBudgetLine(row) : null;
  }
}
