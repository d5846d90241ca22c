import type { PayloadRequest } from 'payload'
import type { User } from '@cong/shared/payload-types'
import { isRole, type Role } from '@cong/shared/roles'

type UserLike = Pick<User, 'role' | 'active' | 'unit'> | null | undefined

/** The role a request acts with; a deactivated account keeps its session token but loses every right. */
export function roleOf(user: UserLike): Role | null {
  if (!user || user.active === false) return null
  return isRole(user.role) ? user.role : null
}

export const requestRole = (req: PayloadRequest): Role | null => roleOf(req.user as UserLike)

/** A relationship value may arrive as an id or as the populated document. */
export function relationId(value: unknown): string | number | null {
  if (typeof value === 'object' && value !== null) return relationId((value as { id?: unknown }).id)
  return typeof value === 'string' || typeof value === 'number' ? value : null
}

/** Ids compare as strings: SQLite and PostgreSQL use numbers, MongoDB strings. */
export function idOf(value: unknown): string | null {
  const id = relationId(value)
  return id === null || id === '' ? null : String(id)
}

/** The unit of the signed-in user, as stored (number or string id). */
export const userUnit = (req: PayloadRequest): string | number | null =>
  relationId((req.user as UserLike)?.unit)

export const unitOf = (req: PayloadRequest): string | null => idOf(userUnit(req))
