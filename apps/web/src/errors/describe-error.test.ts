import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import type { Translate } from '../i18n/locale-context';
import { en, formatMessage, zh } from '../i18n/messages';
import { classifyError, describeError, HttpApiError } from './describe-error';
import { ERROR_MESSAGE_KEYS } from './error-messages';

const t: Translate = (key, params) => formatMessage(zh, key, params);

function graphqlError(code: string | undefined, message = 'Scenario 42 is RUNNING; cancel it first', field?: string) {
  return new CombinedGraphQLErrors({ errors: [{ message, extensions: code ? { code, ...(field ? { field } : {}) } : {} }] });
}

describe('the error catalogue', () => {
  it('covers every code the API answers with', () => {
    for (const code of ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'STALE_PLAN', 'CONFLICT', 'SELF_LOCKOUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'INTERNAL_SERVER_ERROR']) {
      expect(ERROR_MESSAGE_KEYS).toHaveProperty(code);
    }
  });

  it('has a Chinese and an English text for every code', () => {
    for (const key of Object.values(ERROR_MESSAGE_KEYS)) {
      expect(zh[key]).toMatch(/[\u4e00-\u9fff]/);
      expect(en[key].length).toBeGreaterThan(5);
    }
  });
});

describe('describeError', () => {
  it('answers with the catalogue, never the server text', () => {
    const text = describeError(graphqlError('CONFLICT'), t);
    expect(text).toBe(zh['error.CONFLICT']);
    expect(text).not.toContain('RUNNING');
  });

  it('gives STALE_PLAN its own message', () => {
    expect(classifyError(graphqlError('STALE_PLAN')).code).toBe('STALE_PLAN');
    expect(describeError(graphqlError('STALE_PLAN'), t)).toContain('数据已发生变化');
  });

  it('names the field of bad input', () => {
    expect(describeError(graphqlError('BAD_USER_INPUT', 'budgetCap must not be negative', 'budgetCap'), t)).toBe('输入有误：预算上限');
    expect(describeError(graphqlError('BAD_USER_INPUT', 'x', 'input.somethingNew'), t)).toBe(zh['error.BAD_USER_INPUT']);
  });

  it('names the field of a refusal or a conflict caused by one field', () => {
    expect(describeError(graphqlError('CONFLICT', 'Username "x" is already taken', 'username'), t)).toBe('用户名已被使用，请换一个');
    expect(describeError(graphqlError('FORBIDDEN', 'Region 431102 is outside your region', 'regionCode'), t)).toBe('超出您的管辖范围：所属区域');
    expect(describeError(graphqlError('FORBIDDEN', 'Not allowed for your role'), t)).toBe(zh['error.FORBIDDEN']);
    expect(describeError(graphqlError('SELF_LOCKOUT', 'You cannot delete your own account'), t)).toBe(zh['error.SELF_LOCKOUT']);
  });

  it('maps unknown codes, missing codes and stacks to a generic message', () => {
    expect(describeError(graphqlError('SOMETHING_NEW', 'at Object.<anonymous> (server.ts:1:1)'), t)).toBe(zh['error.UNKNOWN']);
    expect(describeError(graphqlError(undefined), t)).toBe(zh['error.UNKNOWN']);
    expect(describeError(new Error('Cannot read properties of undefined'), t)).toBe(zh['error.UNKNOWN']);
  });

  it('reads the code of an HTTP export failure', () => {
    expect(describeError(new HttpApiError('FORBIDDEN', 403), t)).toBe(zh['error.FORBIDDEN']);
  });

  it('treats a failed fetch as a network error and a 5xx as a server error', () => {
    expect(classifyError(new TypeError('Failed to fetch')).code).toBe('NETWORK');
    const response = new Response('oops', { status: 502 });
    expect(classifyError(new ServerError('Response not successful', { response, bodyText: 'oops' })).code).toBe('INTERNAL_SERVER_ERROR');
    const bad = new Response('', { status: 400 });
    const body = JSON.stringify({ errors: [{ message: 'Cannot query field "x"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] });
    expect(classifyError(new ServerError('Response not successful', { response: bad, bodyText: body })).code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
