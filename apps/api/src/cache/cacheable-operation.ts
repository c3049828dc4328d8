import { Kind, type DocumentNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/** Root fields whose answers depend only on the data of the counties in scope, the role and the region. */
const CACHEABLE_ROOT_FIELDS = new Set(['node', 'counties', 'county', 'school', 'schools', 'teachers', 'budgets', 'standardSet', '__typename']);

function rootFields(selectionSet: SelectionSetNode, document: DocumentNode, seen = new Set<string>()): string[] {
  return selectionSet.selections.flatMap((s) => {
    if (s.kind === Kind.FIELD) return [s.name.value];
    if (s.kind === Kind.INLINE_FRAGMENT) return rootFields(s.selectionSet, document, seen);
    if (seen.has(s.name.value)) return [];
    seen.add(s.name.value);
    const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === s.name.value);
    return fragment && fragment.kind === Kind.FRAGMENT_DEFINITION ? rootFields(fragment.selectionSet, document, seen) : ['<unknown>'];
  });
}

/** A query reading region data only (not `me`, not mutations), with at least one data field. */
export function isCacheableOperation(operation: OperationDefinitionNode | undefined, document: DocumentNode): boolean {
  if (!operation || operation.operation !== 'query') return false;
  const fields = rootFields(operation.selectionSet, document);
  return fields.every((f) => CACHEABLE_ROOT_FIELDS.has(f)) && fields.some((f) => f !== '__typename');
}
