import pino, { type DestinationStream, type Logger } from 'pino';
import type { ObservabilityConfig } from '../config';

export type { Logger };

/**
 * The server's log: one JSON object per line on stdout (pino), with `time`, `level`, `msg` and, for
 * requests, `reqId`. What goes in is chosen field by field (see `request-log.ts`): operation names,
 * codes, durations and ids, never names, ID numbers, passwords, tokens, variables or client addresses.
 */
export function createLogger(config: Pick<ObservabilityConfig, 'logLevel'>, destination?: DestinationStream): Logger {
  return pino(
    {
      level: config.logLevel,
      base: { service: 'junheng-api', pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      // A safety net: should a header object ever reach the log, these keys are masked.
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', 'password', 'token'], censor: '[redacted]' },
    },
    destination,
  );
}
