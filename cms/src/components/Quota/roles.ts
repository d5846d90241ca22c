import type { Role } from '@cong/shared/roles'

/** Who watches the units' weekly quota: the people who receive the articles. */
export const QUOTA_ROLES: readonly Role[] = ['editor', 'board', 'admin']
