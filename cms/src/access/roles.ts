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
export function idOf(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return idOf((value as { id?: unknown }).id)
  return String(value)
}

export const unitOf = (req: PayloadRequest): string | null => idOf((req.user as UserLike)?.unit)
