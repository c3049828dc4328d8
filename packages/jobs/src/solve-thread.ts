import { parentPort, workerData } from 'node:worker_threads';
import { costCurve, solveCountyJob } from '@junheng/solver';
import { solveScenario } from './solve-scenario';
import type { SolveRequest } from './solve-in-thread';

// Entry of the solver thread started by solveInThread.
const port = parentPort;
if (!port) throw new Error('solve-thread must run in a worker thread');

const request = workerData as SolveRequest;
const work: Promise<unknown> =
  request.task === 'cost-curve'
    ? costCurve(request.region, request.standardSet, request.scenario, request.steps ?? 10)
    : request.task === 'county'
      ? solveCountyJob({ region: request.region, standardSet: request.standardSet, scenario: request.scenario, options: request.options })
      : solveScenario(request, (progress) => port.postMessage({ type: 'progress', progress }));

work
  .then((outcome) => port.postMessage({ type: 'done', outcome: JSON.parse(JSON.stringify(outcome)) }))
  .catch((error: unknown) => port.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) }));
