import type { Role } from '@cong/shared/roles'

/** Who may read and download the director's monthly report: the office that compiles it. */
export const REPORT_ROLES: readonly Role[] = ['editor', 'board', 'admin']
