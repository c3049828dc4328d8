import { graphql } from '../gql';

graphql(`
  fragment StandardSetValues on StandardSet {
    id
    version
    name
    ownerRegionCode
    overrides
    updatedAt
    updatedBy
    levels {
      level
      qualifiedPer100Min
      backbonePer100Min
      peArtsPer100Min
      studentsPerTeacherMax
      avgClassSizeMax
      classes56PlusMax
      floorAreaPerStudentMin
      sportsAreaPerStudentMin
      equipmentPerStudentMin
      multimediaPer100Min
      cvMax
      qualifiedEducationMin
      hireEducationMin
      hireCertificateRequired
      periodsPerClass
      periodsPerTeacher
    }
    rotation {
      minYearsAtSchool
      minYearsBeforeRetirement
      retirementMen {
        baseAge
        maxAge
        fromBirth
        monthsPerStep
      }
      retirementWomen {
        baseAge
        maxAge
        fromBirth
        monthsPerStep
      }
      quotaShareOfEligible
      backboneShareOfRotating
      donorMaxLossShare
      termYears
      distanceLimitKm
    }
    sizes {
      compulsorySchoolMaxStudents
      nineYearSchoolMaxStudents
      seniorSchoolMaxStudents
      largeClassMin
      oversizedClassMin
      extraLargeClassMin
    }
    sixOfSeven {
      minPassing
      floorShare
    }
  }
`);

export const RegionStandardSetQuery = graphql(`
  query RegionStandardSet($regionCode: String) {
    standardSet(regionCode: $regionCode) {
      ...StandardSetValues
    }
  }
`);

export const NationalStandardSetQuery = graphql(`
  query NationalStandardSet {
    nationalStandardSet {
      ...StandardSetValues
    }
  }
`);

export const SaveStandardSetMutation = graphql(`
  mutation SaveStandardSet($input: SaveStandardSetInput!) {
    saveStandardSet(input: $input) {
      ...StandardSetValues
    }
  }
`);

export const ResetStandardSetMutation = graphql(`
  mutation ResetStandardSet($regionCode: String!) {
    resetStandardSet(regionCode: $regionCode) {
      ...StandardSetValues
    }
  }
`);
