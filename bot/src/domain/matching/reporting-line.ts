import type { PersonProfile } from './profile';

/**
 * Everyone above a person in the management chain, nearest first, as far as the `managerId`
 * data reaches: a manager who is not a participant still counts, but their own manager is
 * then unknown. Stops at a cycle (bad HR data must not hang matching).
 */
export function managementChain(id: string, managerOf: ReadonlyMap<string, string | null>): string[] {
  const chain: string[] = [];
  const seen = new Set<string>([id]);
  let manager = managerOf.get(id) ?? null;
  while (manager !== null && !seen.has(manager)) {
    chain.push(manager);
    seen.add(manager);
    manager = managerOf.get(manager) ?? null;
  }
  return chain;
}

/** Each participant's manager; the first profile wins if an id appears twice. */
export function managerDirectory(people: readonly PersonProfile[]): Map<string, string | null> {
  const managerOf = new Map<string, string | null>();
  for (const person of people) if (!managerOf.has(person.id)) managerOf.set(person.id, person.managerId);
  return managerOf;
}
