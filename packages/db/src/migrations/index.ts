import { Initial1764201600000 } from './1764201600000-initial';

/** Every migration, oldest first. Add new ones here (never edit one that has shipped). */
export const MIGRATIONS = [Initial1764201600000];
