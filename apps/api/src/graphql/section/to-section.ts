import { INDICATOR_LABELS_ZH } from '@junheng/domain';
import type { EvaluatedSection } from '../../dataloaders/section-evaluations-by-school.loader';
import { toGlobalId } from '../relay/global-id';
import { Check } from './check.type';
import { IndicatorValues } from './indicator-values.type';
import { Section } from './section.type';
import { SixOfSevenVerdict } from './six-of-seven.type';

/**
 * Views already built, by evaluation: evaluations from the memo are shared by every request, and so are
 * their views (plain values, the same for every role; nothing resolves or writes on them).
 */
const views = new WeakMap<EvaluatedSection, Section>();

/** The GraphQL view of an evaluated section: values straight from the domain evaluation. */
export function toSection(evaluated: EvaluatedSection): Section {
  let view = views.get(evaluated);
  if (!view) {
    view = buildSection(evaluated);
    views.set(evaluated, view);
  }
  return view;
}

function buildSection({ section, evaluation }: EvaluatedSection): Section {
  return Object.assign(new Section(), {
    id: toGlobalId('Section', `${section.schoolCode}:${section.level}`),
    schoolCode: section.schoolCode,
    level: section.level,
    students: section.students,
    classes: section.classes,
    classes56Plus: section.classes56Plus,
    classes66Plus: section.classes66Plus,
    teacherCount: evaluation.teachers,
    indicators: Object.assign(new IndicatorValues(), evaluation.indicators),
    checks: evaluation.checks.map((c) => {
      const check = Object.assign(new Check(), c);
      check.label = INDICATOR_LABELS_ZH[c.indicator];
      return check;
    }),
    compliant: evaluation.compliant,
    sixOfSeven: Object.assign(new SixOfSevenVerdict(), evaluation.sixOfSeven),
  });
}
