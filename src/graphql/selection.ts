import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/** The fields of these selection sets, through fragments. */
function fieldsIn(info: GraphQLResolveInfo, sets: readonly (SelectionSetNode | undefined)[]): FieldNode[] {
  const fields: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else visit(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const set of sets) visit(set);
  return fields;
}

const selectionSets = (info: GraphQLResolveInfo) => info.fieldNodes.map((node) => node.selectionSet);

/**
 * The names of the fields an operation selects right under the field being resolved, through
 * fragments too. @skip and @include are not evaluated, so the set may hold more than is asked: use it
 * to leave out work, never to decide an answer.
 */
export function selectedFieldNames(info: GraphQLResolveInfo): Set<string> {
  return new Set(fieldsIn(info, selectionSets(info)).map((field) => field.name.value));
}

/**
 * Whether the operation selects a field along `steps` below the field being resolved, each step
 * naming the fields it may go through: `selects(info, ['opposed'], ['positions'], ['sources'])`.
 * The same caveat as selectedFieldNames: for leaving out work, or fetching ahead.
 */
export function selects(info: GraphQLResolveInfo, ...steps: readonly string[][]): boolean {
  let sets = selectionSets(info);
  for (const step of steps) {
    const fields = fieldsIn(info, sets).filter((field) => step.includes(field.name.value));
    if (!fields.length) return false;
    sets = fields.map((field) => field.selectionSet);
  }
  return true;
}
