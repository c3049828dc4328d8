import type { ValueTransformer } from 'typeorm';

/** PostgreSQL returns numeric columns as strings to keep precision; amounts here fit a double. */
export const numericTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
