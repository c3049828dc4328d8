import { graphql } from '../../gql';

export const SchoolDetailQuery = graphql(`
  query SchoolDetail($code: String!) {
    school(code: $code) {
      id
      code
      name
      countyCode
      township
      area
      kind
      weak
      educationGroup
      quota
      vacancies
      onLoanTeachers
      students
      lat
      lon
      facilities {
        floorAreaM2
        sportsAreaM2
        equipmentYuan
        multimediaRooms
      }
      sections {
        id
        level
        students
        classes
        classes56Plus
        classes66Plus
        teacherCount
        compliant
        sixOfSeven {
          meets
          passing
          failing
        }
        checks {
          indicator
          value
          threshold
          passes
          gapTeachers
        }
      }
    }
  }
`);

export const SchoolTeachersQuery = graphql(`
  query SchoolTeachers($code: String!, $first: Int!, $after: String, $filter: TeacherFilter) {
    school(code: $code) {
      id
      teachers(first: $first, after: $after, filter: $filter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          staffNo
          name
          idNumber
          gender
          subject
          level
          education
          title
          backbone
          status
          yearsAtSchool
          eligibleForRotation
        }
      }
    }
  }
`);
