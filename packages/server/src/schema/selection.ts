import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/**
 * Which of `names` the query selects anywhere below the field being resolved — through nested
 * fields, inline fragments and named fragments, whatever their aliases — so a resolver can skip
 * computing what nobody asked for. A name counts wherever it stands below, which errs on the side
 * of computing.
 */
export function selectedFields(info: GraphQLResolveInfo, names: readonly string[]): Set<string> {
  const wanted = new Set(names);
  const found = new Set<string>();
  const visitedFragments = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined): void => {
    if (!selectionSet) return;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (wanted.has(selection.name.value)) found.add(selection.name.value);
        visit(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else if (!visitedFragments.has(selection.name.value)) {
        visitedFragments.add(selection.name.value);
        visit(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const fieldNode of info.fieldNodes) visit(fieldNode.selectionSet);
  return found;
}
