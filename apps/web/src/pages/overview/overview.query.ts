import { graphql } from '../../gql';

export const LevelSummaryFields = graphql(`
  fragment LevelSummaryFields on LevelSummary {
    level
    schools
    compliantSchools
    sixOfSevenJudged
    sixOfSevenMeeting
    balance {
      indicator
      level
      cv
      mean
      threshold
      passes
      schools
    }
  }
`);

export const OverviewQuery = graphql(`
  query Overview($code: String!, $year: Int!) {
    county(code: $code) {
      id
      code
      name
      dataVersion
      counts {
        schools
        sections
        students
        teachers
        onLoanTeachers
        compliantSections
      }
      primary: summary(level: PRIMARY) {
        ...LevelSummaryFields
      }
      junior: summary(level: JUNIOR) {
        ...LevelSummaryFields
      }
      senior: summary(level: SENIOR) {
        ...LevelSummaryFields
      }
    }
    budgets(countyCode: $code, year: $year) {
      id
      category
      amount
      committed
      remaining
    }
  }
`);
