import { graphql } from '../../gql';

export const CreateScenarioMutation = graphql(`
  mutation CreateScenario($input: CreateScenarioInput!) {
    createScenario(input: $input) {
      id
      status
    }
  }
`);

export const UpdateScenarioMutation = graphql(`
  mutation UpdateScenario($id: ID!, $input: ScenarioParametersInput!) {
    updateScenario(id: $id, input: $input) {
      id
      status
      name
    }
  }
`);

export const DuplicateScenarioMutation = graphql(`
  mutation DuplicateScenario($id: ID!, $name: String) {
    duplicateScenario(id: $id, name: $name) {
      id
      name
      status
    }
  }
`);

export const DeleteScenarioMutation = graphql(`
  mutation DeleteScenario($id: ID!) {
    deleteScenario(id: $id)
  }
`);

export const RunScenarioMutation = graphql(`
  mutation RunScenario($id: ID!) {
    runScenario(id: $id) {
      id
      status
      progress {
        stage
        fraction
      }
    }
  }
`);

export const CancelScenarioMutation = graphql(`
  mutation CancelScenario($id: ID!) {
    cancelScenario(id: $id) {
      id
      status
    }
  }
`);

export const ApplyScenarioMutation = graphql(`
  mutation ApplyScenario($id: ID!) {
    applyScenario(id: $id) {
      id
      status
    }
  }
`);

export const CostCurveMutation = graphql(`
  mutation CostCurve($scenarioId: ID!, $steps: Int!) {
    costCurve(scenarioId: $scenarioId, steps: $steps) {
      ...CostCurveFields
    }
  }
`);
