import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { StandardSetValuesFragment } from '../gql/graphql';
import { renderWithProviders } from '../test-support/render-with-providers';
import type { Overrides } from './standard-fields';
import { StandardOverridesEditor } from './standard-overrides-editor';

const level = (l: 'PRIMARY' | 'JUNIOR' | 'SENIOR', classSize: number, cv: number | null) => ({
  level: l, qualifiedPer100Min: 4.2, backbonePer100Min: 1, peArtsPer100Min: 0.9, studentsPerTeacherMax: 19, avgClassSizeMax: classSize,
  classes56PlusMax: 0, floorAreaPerStudentMin: 4.5, sportsAreaPerStudentMin: 7.5, equipmentPerStudentMin: 2000, multimediaPer100Min: 2.3,
  cvMax: cv, qualifiedEducationMin: 'ASSOCIATE' as const,
  hireEducationMin: l === 'PRIMARY' ? ('ASSOCIATE' as const) : ('BACHELOR' as const), hireCertificateRequired: l === 'SENIOR',
  periodsPerClass: l === 'PRIMARY' ? 28 : l === 'JUNIOR' ? 34 : 36, periodsPerTeacher: l === 'PRIMARY' ? 15 : l === 'JUNIOR' ? 13 : 12,
});

const BASE: StandardSetValuesFragment = {
  id: 'region-431124', version: 2, name: '道县标准', ownerRegionCode: '431124', overrides: null, updatedAt: null, updatedBy: null,
  levels: [level('PRIMARY', 45, 0.5), level('JUNIOR', 50, 0.45), level('SENIOR', 50, null)],
  rotation: { minYearsAtSchool: 6, minYearsBeforeRetirement: 5, quotaShareOfEligible: 0.1, backboneShareOfRotating: 0.2, donorMaxLossShare: 0.15, termYears: 3, distanceLimitKm: 50,
    retirementMen: { baseAge: 60, maxAge: 63, fromBirth: '1965-01', monthsPerStep: 4 },
    retirementWomen: { baseAge: 55, maxAge: 58, fromBirth: '1970-01', monthsPerStep: 4 },
  },
  sizes: { compulsorySchoolMaxStudents: 2000, nineYearSchoolMaxStudents: 2500, seniorSchoolMaxStudents: 3000, largeClassMin: 46, oversizedClassMin: 56, extraLargeClassMin: 66 },
  sixOfSeven: { minPassing: 6, floorShare: 0.85 },
};

function Harness({ onValue }: { onValue: (o: Overrides) => void }) {
  const [value, setValue] = useState<Overrides>({});
  return (
    <StandardOverridesEditor
      base={BASE}
      value={value}
      onChange={(o) => {
        setValue(o);
        onValue(o);
      }}
    />
  );
}

describe('StandardOverridesEditor', () => {
  it('shows the base values as placeholders, with "not judged" for switched-off thresholds', () => {
    renderWithProviders(<Harness onValue={() => undefined} />);
    expect(screen.getByLabelText('小学 平均班额')).toHaveAttribute('placeholder', '45');
    expect(screen.getByLabelText('高中 县域差异系数上限')).toHaveAttribute('placeholder', '不评估');
    expect(screen.getByLabelText('骨干教师占交流人数比例下限')).toHaveAttribute('placeholder', '20');
  });

  it('records only what changed, shares as fractions, and resets all', () => {
    let last: Overrides = {};
    renderWithProviders(<Harness onValue={(o) => (last = o)} />);
    fireEvent.change(screen.getByLabelText('小学 平均班额'), { target: { value: '40' } });
    fireEvent.change(screen.getByLabelText('骨干教师占交流人数比例下限'), { target: { value: '25' } });
    expect(last).toEqual({ levels: { PRIMARY: { avgClassSizeMax: 40 } }, rotation: { backboneShareOfRotating: 0.25 } });
    expect(screen.getByText('已调整 2 项（基准：道县标准）')).toBeInTheDocument();

    // Typing the base value back is no change at all.
    fireEvent.change(screen.getByLabelText('小学 平均班额'), { target: { value: '45' } });
    expect(last).toEqual({ rotation: { backboneShareOfRotating: 0.25 } });

    fireEvent.click(screen.getByRole('button', { name: '全部恢复基准值' }));
    expect(last).toEqual({});
    expect(screen.getByText('已调整 0 项（基准：道县标准）')).toBeInTheDocument();
  });

  it('edits the hire minimum and teaching periods of a level at their own paths', () => {
    let last: Overrides = {};
    renderWithProviders(<Harness onValue={(o) => (last = o)} />);
    expect(screen.getByLabelText('高中 每名教师周课时')).toHaveAttribute('placeholder', '12');
    fireEvent.change(screen.getByLabelText('初中 每班周课时'), { target: { value: '35' } });
    expect(last).toEqual({ teachingPeriods: { JUNIOR: { perClass: 35 } } });
  });

  it('shows the gradual retirement schedule of each gender and records changes at rotation.retirement', () => {
    let last: Overrides = {};
    renderWithProviders(<Harness onValue={(o) => (last = o)} />);
    expect(screen.getByLabelText('退休年龄（男）基准')).toHaveAttribute('placeholder', '60');
    expect(screen.getByLabelText('退休年龄（男）最高')).toHaveAttribute('placeholder', '63');
    expect(screen.getByLabelText('起始出生年月（女）')).toHaveAttribute('placeholder', '1970-01');
    expect(screen.getByLabelText('每N个月延迟1个月（女），N')).toHaveAttribute('placeholder', '4');
    // A flat 60 for men: the highest age equal to the base.
    fireEvent.change(screen.getByLabelText('退休年龄（男）最高'), { target: { value: '60' } });
    fireEvent.change(screen.getByLabelText('起始出生年月（女）'), { target: { value: '1971-01' } });
    expect(last).toEqual({ rotation: { retirement: { M: { maxAge: 60 }, F: { fromBirth: '1971-01' } } } });
    // The base month typed back is no change; a month not in YYYY-MM is kept but shown in red.
    fireEvent.change(screen.getByLabelText('起始出生年月（女）'), { target: { value: '1970-01' } });
    expect(last).toEqual({ rotation: { retirement: { M: { maxAge: 60 } } } });
    fireEvent.change(screen.getByLabelText('起始出生年月（男）'), { target: { value: '1965/01' } });
    expect(last).toEqual({ rotation: { retirement: { M: { maxAge: 60, fromBirth: '1965/01' } } } });
    // (the changed input is a new element: it now carries the "base was" tooltip)
    const month = screen.getByLabelText('起始出生年月（男）');
    expect(month).toHaveValue('1965/01');
    expect(month.closest('.ant-input-affix-wrapper')?.className).toMatch(/ant-input-status-error/);
    fireEvent.change(month, { target: { value: '1966-01' } });
    expect(screen.getByLabelText('起始出生年月（男）').closest('.ant-input-affix-wrapper')?.className).not.toMatch(/status-error/);
  });
});
