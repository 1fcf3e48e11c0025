import type { Actor } from '../../domain/claim.types';

/** API key roles (DESIGN.md §6). A supplier key is bound to one supplier id. */
export const ROLES = ['agent', 'supervisor', 'supplier', 'auditor', 'integration', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Who is calling: the API key's id, name and role; a supplier key also carries its supplier. */
export interface AuthenticatedActor extends Actor {
  role: Role;
  /** set for (and only for) role `supplier` */
  supplierId?: string;
}

/** The actor recorded in workflow commands and audit events: who, never the key's supplier binding. */
export function actorOf(user: AuthenticatedActor): Actor {
  return { id: user.id, name: user.name, role: user.role };
}
