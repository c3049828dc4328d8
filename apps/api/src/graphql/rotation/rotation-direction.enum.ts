import { registerEnumType } from 'type-graphql';

export const ROTATION_DIRECTIONS = ['IN', 'OUT'] as const;
export type RotationDirection = (typeof ROTATION_DIRECTIONS)[number];

export const RotationDirectionEnum = { IN: 'IN', OUT: 'OUT' } as const;

registerEnumType(RotationDirectionEnum, {
  name: 'RotationDirection',
  description: 'Seen from a school: IN 调入, a teacher of another school on loan into it; OUT 调出, a teacher of this school on loan to another (it keeps the post).',
});
