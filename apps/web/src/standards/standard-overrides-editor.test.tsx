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
  rotation: { minYearsAtSchool: 6, minYearsBeforeRetirement: 5, retirementAgeMale: 60, retirementAgeFemale: 55, quotaShareOfEligible: 0.1, backboneShareOfRotating: 0.2, donorMaxLossShare: 0.15, termYears: 3, distanceLimitKm: 50 },
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
});
