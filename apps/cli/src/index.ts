export { runCli } from './run-cli';
export { buildProgram } from './program';
export { indicatorsReport } from './indicators-report';
export type { IndicatorsReport } from './indicators-report';
