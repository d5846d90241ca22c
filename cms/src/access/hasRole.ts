import type { Access, FieldAccess } from 'payload'
import type { Role } from '@cong/shared/roles'
import { requestRole } from './roles'

/** Allows the listed roles, everywhere. */
export function hasRole(...roles: Role[]): Access {
  return ({ req }) => {
    const role = requestRole(req)
    return role !== null && roles.includes(role)
  }
}

export function fieldHasRole(...roles: Role[]): FieldAccess {
  return ({ req }) => {
    const role = requestRole(req)
    return role !== null && roles.includes(role)
  }
}

export const anyone: Access = () => true
export const nobody: Access = () => false
/** For values only server code writes (view counts): the API can never set them. */
export const fieldNobody: FieldAccess = () => false

export const isAdmin = hasRole('admin')
export const isBoardOrAdmin = hasRole('board', 'admin')
export const isAuditReader = hasRole('admin', 'board', 'ops')
export const isArticleWriter = hasRole('contributor', 'editor', 'board', 'admin')
export const isEditorial = hasRole('editor', 'board', 'admin')
