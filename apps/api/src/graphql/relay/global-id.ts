/** Types that answer `node(id:)`. */
export const NODE_TYPES = ['County', 'School', 'Section', 'Teacher', 'BudgetLine', 'User'] as const;
export type NodeTypeName = (typeof NODE_TYPES)[number];

/** Opaque Relay id: base64url of `Type:key`. */
export function toGlobalId(type: NodeTypeName, key: string | number): string {
  return Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
}

/** The type and key of a global id, or null when it is not one of ours. */
export function fromGlobalId(id: string): { type: NodeTypeName; key: string } | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(id)) return null;
  const text = Buffer.from(id, 'base64url').toString('utf8');
  const colon = text.indexOf(':');
  if (colon <= 0) return null;
  const type = text.slice(0, colon);
  const key = text.slice(colon + 1);
  if (!(NODE_TYPES as readonly string[]).includes(type) || key === '') return null;
  return { type: type as NodeTypeName, key };
}
