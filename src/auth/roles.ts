import { AppError } from '../errors.js';

export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling: a named API key with a role, or nobody. */
export type Principal = { kind: 'anonymous' } | { kind: 'key'; keyId: string; name: string; role: Role };

const RANK: Record<Role, number> = { reader: 1, editor: 2, admin: 3 };

export class UnauthenticatedError extends AppError {
  constructor(message = 'This operation needs an API key (Authorization: Bearer <key>)') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends AppError {
  constructor(role: Role) {
    super('FORBIDDEN', `This operation needs the ${role} role`);
  }
}

/** Throws unless the caller holds at least `role`; returns the caller's name for audit records. */
export function requireRole(principal: Principal, role: Role): string {
  if (principal.kind === 'anonymous') throw new UnauthenticatedError();
  if (RANK[principal.role] < RANK[role]) throw new ForbiddenError(role);
  return principal.name;
}
