/**
 * The people of domain.md, as roles. One user has one role; contributors and case handlers
 * also belong to a unit, and their rights are limited to it.
 */
export const ROLES = [
  'admin',
  'board',
  'editor',
  'contributor',
  'translator',
  'caseHandler',
  'ops',
] as const

export type Role = (typeof ROLES)[number]

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value)

/** Roles whose rights are scoped to their own unit. */
export const UNIT_SCOPED_ROLES: readonly Role[] = ['contributor', 'caseHandler']

/** Roles that may trigger, watch and roll back site rebuilds. */
export const REBUILD_ROLES: readonly Role[] = ['admin', 'board', 'ops']
