import type { ScenarioParameters } from './scenario';
import type { Level } from './types';

/**
 * Whether a scenario plans this level: every level unless it lists some (`levels`). Sections of other
 * levels get no hires, no class splits and no incoming rotations, and are not judged by the plan.
 */
export function isLevelInScope(scenario: Pick<ScenarioParameters, 'levels'>, level: Level): boolean {
  return !scenario.levels || scenario.levels.length === 0 || scenario.levels.includes(level);
}
