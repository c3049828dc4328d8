import { describe, expect, it } from 'vitest';
import { devBypassApplies } from './dev-bypass';

const base = { nodeEnv: 'development', embeddedDatabase: true, remoteAddress: '127.0.0.1', forwarded: false };

describe('devBypassApplies', () => {
  it('applies only in development, on the embedded database, from loopback, without a proxy', () => {
    expect(devBypassApplies(base)).toBe(true);
    expect(devBypassApplies({ ...base, remoteAddress: '::1' })).toBe(true);
    expect(devBypassApplies({ ...base, remoteAddress: '::ffff:127.0.0.1' })).toBe(true);
    expect(devBypassApplies({ ...base, nodeEnv: 'production' })).toBe(false);
    expect(devBypassApplies({ ...base, nodeEnv: 'test' })).toBe(false);
    expect(devBypassApplies({ ...base, embeddedDatabase: false })).toBe(false);
    expect(devBypassApplies({ ...base, remoteAddress: '192.168.1.20' })).toBe(false);
    expect(devBypassApplies({ ...base, forwarded: true })).toBe(false);
  });
});
