/**
 * Role names as the responsibility rules compare them: case, spacing and diacritics do not matter
 * (`it-chef`, `IT-chef`, `IT chef ` … `Kommundirektor` is `Kommundirektör`).
 */
import type { Role } from '../../model';

export function normalizeRole(text: string): string {
  // Plain ASCII needs no Unicode normalization (the common case, and the costly step).
  return (/^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFD'))
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s\u00a0\u2009\u202f]+/g, ' ')
    .trim();
}

/** Separators that join several roles in one cell (SPEC §2, R008); the group keeps them in split(). */
const SEPARATORS = /(\s*[,;/&]\s*|\s+och\s+|\s+and\s+)/i;

/**
 * The roles a responsibility cell names, split at the R008 separators (empty parts dropped). With an
 * index, consecutive parts that together spell a role in Roller stay one role (`Driftchef IT och
 * IS/IT-strateg` is `Driftchef IT` and `IS/IT-strateg`), the longest match first.
 */
export function splitRoles(text: string, index?: RoleIndex): string[] {
  const tokens = text.split(SEPARATORS);
  // tokens: part, separator, part, separator, …, part
  const parts: string[] = [];
  const count = (tokens.length + 1) / 2;
  let i = 0;
  while (i < count) {
    let taken = i;
    if (index !== undefined) {
      for (let j = count - 1; j > i; j--) {
        if (index.find(tokens.slice(2 * i, 2 * j + 1).join('')) !== undefined) {
          taken = j;
          break;
        }
      }
    }
    const part = tokens.slice(2 * i, 2 * taken + 1).join('').trim();
    if (part.length > 0) parts.push(part);
    i = taken + 1;
  }
  return parts;
}

/** Roller, looked up by normalized role name (the first row wins when a role is listed twice, R010). */
export class RoleIndex {
  private readonly byName = new Map<string, Role>();
  /** Responsibility cells repeat the same few texts: each is read once. */
  private readonly cells = new Map<string, RoleCell>();

  /** How a responsibility cell reads (memoized `readRoleCell`). */
  read(text: string): RoleCell {
    let cell = this.cells.get(text);
    if (cell === undefined) {
      cell = readRoleCell(text, this);
      this.cells.set(text, cell);
    }
    return cell;
  }

  constructor(roles: readonly Role[]) {
    for (const r of roles) {
      if (r.role.value === null) continue;
      const key = normalizeRole(r.role.value);
      if (key !== '' && !this.byName.has(key)) this.byName.set(key, r);
    }
  }

  find(text: string): Role | undefined {
    return this.byName.get(normalizeRole(text));
  }
}

/**
 * How a responsibility cell reads: one role (known or not), or several (R008). A cell whose whole text
 * is a role in Roller is that role even if the name contains a separator (`Kvalitets- och miljöchef`).
 */
export type RoleCell =
  | { readonly kind: 'single'; readonly text: string; readonly role: Role | undefined }
  | { readonly kind: 'several'; readonly parts: readonly string[] };

export function readRoleCell(text: string, index: RoleIndex): RoleCell {
  const whole = index.find(text);
  if (whole !== undefined) return { kind: 'single', text, role: whole };
  const parts = splitRoles(text, index);
  if (parts.length > 1) return { kind: 'several', parts };
  return { kind: 'single', text, role: undefined };
}

const indexes = new WeakMap<readonly Role[], RoleIndex>();

/** The RoleIndex of a Roller table, built once per model and shared by the R rules. */
export function roleIndexOf(roles: readonly Role[] | null): RoleIndex {
  if (roles === null) return new RoleIndex([]);
  let index = indexes.get(roles);
  if (index === undefined) {
    index = new RoleIndex(roles);
    indexes.set(roles, index);
  }
  return index;
}
