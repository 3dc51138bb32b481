/** The Roller row of an action's decision maker, when the cell names exactly one known role. */
import type { Action, Role } from '../../model';
import type { RoleIndex } from './role-names';

export function decisionMakerRole(a: Action, index: RoleIndex): Role | undefined {
  const text = a.decisionMaker.value;
  if (text === null) return undefined;
  const read = index.read(text);
  return read.kind === 'single' ? read.role : undefined;
}
