import { graphql } from '../../gql';

export const CountyOutlookQuery = graphql(`
  query CountyOutlook($code: String!, $level: Level, $years: Int!) {
    county(code: $code) {
      id
      code
      name
      outlook(level: $level, years: $years) {
        baseYear
        years
        coarse
        schoolCount
        basis {
          sectionsWithGrades
          coarseSections
          intakeGiven
          intakeFromTownship
          intakeFromFirstGrade
          intakeCoarse
          retirementAgeMen
          retirementAgeWomen
          retirementMen {
            maxAge
          }
          retirementWomen {
            maxAge
          }
        }
        totals {
          year
          students
          intake
          graduates
          classesNeeded
          classesNeededWhereRoomsKnown
          classroomsAvailable
          classroomShortfall
          teachersPresent
          teachersNeeded
          teacherGap
          retiring
          rotationLeaving
          schoolsShortOfClassrooms
          schoolsShortOfTeachers
        }
        schools(first: 500) {
          schoolCode
          schoolName
          township
          lat
          lon
          coarse
          firstYearShortOfClassrooms
          firstYearShortOfTeachers
          years {
            year
            classroomShortfall
            teacherGap
          }
        }
      }
    }
  }
`);
