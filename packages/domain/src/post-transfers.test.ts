import { describe, expect, it } from 'vitest';
import { postAccounts, postsNeededBySchool, postTransferReason, transferablePosts } from './post-transfers';
import { postsHeldBySchool } from './posts-held';
import { NATIONAL_STANDARD_SET } from './standard-set';
import { school, section, teachers } from './test-support/fixtures';

const RULES = NATIONAL_STANDARD_SET.postTransfer;

describe('postsNeededBySchool', () => {
  it('sums the staffing ratio of each section: a nine-year school of 200 primary and 135 junior pupils needs 11 + 10', () => {
    // ceil(200 / 19) = 11, ceil(135 / 13.5) = 10 (exactly: 135 / 13.5 = 10 passes); a section of 0 pupils needs none.
    const needed = postsNeededBySchool(
      [section('N', 'PRIMARY', 200, 5), section('N', 'JUNIOR', 135, 3), section('E', 'PRIMARY', 0, 0)],
      NATIONAL_STANDARD_SET,
    );
    expect(needed).toEqual(new Map([['N', 21]]));
  });
});

describe('transferablePosts', () => {
  const held = postsHeldBySchool(teachers(12, { schoolCode: 'T' }));

  it('moves vacant posts above the own need, within the yearly limit', () => {
    // Quota 17, 12 held: 5 vacant; need 11: 6 above need; limit 5 -> 5, every vacant post may go.
    expect(transferablePosts(school('T', { quota: 17 }), held, 11, RULES)).toEqual({ posts: 5, vacant: 5, heldBy: null });
    // Quota 20: 8 vacant, 9 above need, limit 5 -> 5, the yearly limit holds 3.
    expect(transferablePosts(school('T', { quota: 20 }), held, 11, RULES)).toEqual({ posts: 5, vacant: 8, heldBy: 'YEARLY_LIMIT' });
    // Quota 14 and a need of 13: 2 vacant, 1 above need -> 1, its own standards hold the other.
    expect(transferablePosts(school('T', { quota: 14 }), held, 13, RULES)).toEqual({ posts: 1, vacant: 2, heldBy: 'OWN_STANDARDS' });
    // Quota 12: nothing vacant.
    expect(transferablePosts(school('T', { quota: 12 }), held, 11, RULES)).toEqual({ posts: 0, vacant: 0, heldBy: 'NO_VACANCY' });
    // Earmarked posts (an applied plan's hires) are not vacant.
    expect(transferablePosts(school('T', { quota: 17, earmarkedPosts: 4 }), held, 11, RULES)).toEqual({ posts: 1, vacant: 1, heldBy: null });
  });
});

describe('postAccounts', () => {
  it('fills vacancies and posts moved in first; the rest is extra quota', () => {
    const region = { schools: [school('T', { quota: 17 }), school('V', { quota: 3 })], teachers: [...teachers(12, { schoolCode: 'T' }), ...teachers(3, { schoolCode: 'V' })] };
    const hire = (count: number) => ({ schoolCode: 'V', level: 'PRIMARY' as const, subjectGroup: 'CORE' as const, education: 'ASSOCIATE' as const, count, annualCost: 0 });
    const recall = { staffNo: 'L', schoolCode: 'V', level: 'PRIMARY' as const, reason: '', startDate: '2027-09-01' };
    const a = postAccounts(region, { hires: [hire(3)], recalls: [recall], postTransfers: [{ fromSchool: 'T', toSchool: 'V', posts: 3, reason: '' }] });
    // V: 0 vacant + 3 moved in = 3 open; 3 hires + 1 recall take 4: 1 post of extra quota.
    expect(a.get('V')).toEqual({ schoolCode: 'V', vacancies: 0, transferredIn: 3, transferredOut: 0, hires: 3, recalls: 1, open: 3, extraQuota: 1 });
    expect(a.get('T')).toMatchObject({ vacancies: 5, transferredOut: 3, open: 2, extraQuota: 0 });
  });
});

describe('postTransferReason', () => {
  it('says how many posts go where, for the 编制调剂表', () => {
    expect(postTransferReason(3, '东源村小学')).toBe('调入空编 3 个，用于补足教职工编制缺口：东源村小学');
  });
});
