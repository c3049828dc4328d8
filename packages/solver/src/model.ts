/**
 * The solver-neutral model: variables with bounds and integrality, named linear constraints
 * (lb <= a·x <= ub) and a linear objective to minimise. Backends translate it; `toLpFormat` writes it.
 */

export interface ModelVariable {
  name: string;
  lb: number;
  ub: number;
  integer: boolean;
  /** Objective coefficient (minimised). */
  cost: number;
  /** The upper bound also follows from the rows (backends without bounds may skip it). */
  ubImplied?: boolean;
}

export interface ModelConstraint {
  /** Systematic name, e.g. `q1_min[430001:PRIMARY]`. */
  name: string;
  /** Family the constraint belongs to (the part of the name before the bracket). */
  family: string;
  vars: number[];
  coefs: number[];
  lb: number;
  ub: number;
}

export interface LinearModel {
  variables: ModelVariable[];
  constraints: ModelConstraint[];
}

export interface ModelStats {
  variables: number;
  integerVariables: number;
  constraints: number;
  nonZeros: number;
}

export function modelStats(model: LinearModel): ModelStats {
  let nonZeros = 0;
  for (const c of model.constraints) nonZeros += c.vars.length;
  return {
    variables: model.variables.length,
    integerVariables: model.variables.filter((v) => v.integer).length,
    constraints: model.constraints.length,
    nonZeros,
  };
}

export class DuplicateNameError extends Error {
  readonly code = 'DUPLICATE_MODEL_NAME';
}

/** Collects variables and constraints, checking that names are unique. */
export class LinearModelBuilder {
  private readonly variables: ModelVariable[] = [];
  private readonly constraints: ModelConstraint[] = [];
  private readonly names = new Set<string>();

  addVariable(v: ModelVariable): number {
    this.claim(v.name);
    this.variables.push(v);
    return this.variables.length - 1;
  }

  /** Adds `lb <= Σ coef·var <= ub`; terms on the same variable are summed; an empty row is skipped. */
  addConstraint(family: string, key: string, terms: ReadonlyArray<readonly [number, number]>, lb: number, ub: number): number | null {
    const merged = new Map<number, number>();
    for (const [v, c] of terms) if (c !== 0) merged.set(v, (merged.get(v) ?? 0) + c);
    const vars: number[] = [];
    const coefs: number[] = [];
    for (const [v, c] of merged) {
      if (c === 0) continue;
      vars.push(v);
      coefs.push(c);
    }
    if (vars.length === 0) return null;
    const name = `${family}[${key}]`;
    this.claim(name);
    this.constraints.push({ name, family, vars, coefs, lb, ub });
    return this.constraints.length - 1;
  }

  variable(index: number): ModelVariable {
    const v = this.variables[index];
    if (!v) throw new RangeError(`No variable ${index}`);
    return v;
  }

  build(): LinearModel {
    return { variables: this.variables, constraints: this.constraints };
  }

  private claim(name: string): void {
    if (this.names.has(name)) throw new DuplicateNameError(`Duplicate model name ${name}`);
    this.names.add(name);
  }
}
