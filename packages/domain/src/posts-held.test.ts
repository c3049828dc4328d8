import { describe, expect, it } from 'vitest';
import { postSchoolCode, postsHeldBySchool, vacancies } from './posts-held';
import { school, teacher, teachers } from './test-support/fixtures';

describe('posts held (编制) and vacancies', () => {
  it('a teacher out on rotation keeps their post at home; the visitor takes none at the receiving school', () => {
    // Home school H: quota 10, 10 teachers, one of them teaching at R on rotation -> 10 posts held, 0 vacancies.
    // Receiving school R: quota 8, 6 own teachers -> 6 posts held, 2 vacancies, with or without the visitor.
    const home = school('H', { quota: 10 });
    const receiving = school('R', { quota: 8 });
    const roster = [
      ...teachers(9, { schoolCode: 'H' }),
      teacher({ schoolCode: 'R', homeSchoolCode: 'H', rotationEnd: '2030-09-01' }),
      ...teachers(6, { schoolCode: 'R' }),
    ];
    const held = postsHeldBySchool(roster);
    expect(held.get('H')).toBe(10);
    expect(held.get('R')).toBe(6);
    expect(vacancies(home, held)).toBe(0);
    expect(vacancies(receiving, held)).toBe(2);
    // Without the visitor R has the same 2 vacancies.
    expect(vacancies(receiving, postsHeldBySchool(roster.filter((t) => t.homeSchoolCode !== 'H')))).toBe(2);
  });

  it('counts ACTIVE and LEAVE teachers only, never below 0 vacancies', () => {
    // 3 ACTIVE + 1 LEAVE held at S, 1 ON_LOAN counts nowhere -> 4 posts; quota 3 -> 0 vacancies, not -1.
    const roster = [...teachers(3, { schoolCode: 'S' }), teacher({ schoolCode: 'S', status: 'LEAVE' }), teacher({ schoolCode: 'S', status: 'ON_LOAN' })];
    const held = postsHeldBySchool(roster);
    expect(held.get('S')).toBe(4);
    expect(vacancies(school('S', { quota: 3 }), held)).toBe(0);
    expect(vacancies(school('S', { quota: 6 }), held)).toBe(2);
    expect(vacancies(school('X', { quota: 5 }), held)).toBe(5);
  });

  it('the post is at the current school when no home school is recorded', () => {
    expect(postSchoolCode({ schoolCode: 'S', homeSchoolCode: null })).toBe('S');
    expect(postSchoolCode({ schoolCode: 'S' })).toBe('S');
    expect(postSchoolCode({ schoolCode: 'R', homeSchoolCode: 'H' })).toBe('H');
  });
});
