import { Initial1764201600000 } from './1764201600000-initial';
import { PlanApply1764300000000 } from './1764300000000-plan-apply';

/** Every migration, oldest first. Add new ones here (never edit one that has shipped). */
export const MIGRATIONS = [Initial1764201600000, PlanApply1764300000000];
