import type { TokenService } from './auth/token.service';
import { BudgetService } from './graphql/budget/budget.service';
import { CountyService } from './graphql/county/county.service';
import { NodeService } from './graphql/node/node.service';
import { SchoolService } from './graphql/school/school.service';
import { TeacherService } from './graphql/teacher/teacher.service';
import { AuthService } from './graphql/user/auth.service';

/** Stateless services, created once per server; every method takes the request context first. */
export interface ApiServices {
  auth: AuthService;
  schools: SchoolService;
  teachers: TeacherService;
  counties: CountyService;
  budgets: BudgetService;
  nodes: NodeService;
}

export function createServices(tokens: TokenService): ApiServices {
  const base = {
    auth: new AuthService(tokens),
    schools: new SchoolService(),
    teachers: new TeacherService(),
    counties: new CountyService(),
    budgets: new BudgetService(),
  };
  return { ...base, nodes: new NodeService(base) };
}
