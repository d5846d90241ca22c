import type { Access, FieldAccess, PayloadRequest } from 'payload'
import type { Role } from '@cong/shared/roles'
import { requestRole, unitOf } from './roles'

/** Roles that reach every case, whatever its unit; case handlers reach their own unit's only. */
const unitCases =
  (roles: readonly Role[]): Access =>
  ({ req }) => {
    const role = requestRole(req)
    if (role && roles.includes(role)) return true
    if (role !== 'caseHandler') return false
    const unit = unitOf(req)
    return unit ? { unit: { equals: unit } } : false
  }

/**
 * Citizens' cases hold personal data: only the people who handle them read them. Case handlers
 * see the cases routed to their own unit; editors (who triage), the board (who approves) and
 * admins see all. Nobody else, and never the public: senders look their case up through the
 * lookup endpoint, which shows them their own case only.
 */
export const caseReaders = unitCases(['editor', 'board', 'admin'])

/**
 * Who may read what a citizen sent about themselves: the handlers of the case's unit (the
 * collection rule above keeps them to it), the board and admins. Editors triage on the question
 * alone and never see the sender's name, contacts, address or attachments.
 */
const SENDER_DATA_READERS: readonly Role[] = ['caseHandler', 'board', 'admin']

export const readsCaseSenderData = (req: PayloadRequest): boolean => {
  const role = requestRole(req)
  return role !== null && SENDER_DATA_READERS.includes(role)
}

export const caseSenderDataField: FieldAccess = ({ req }) => readsCaseSenderData(req)

/** A case's attachments are sender data too: as readable as its name and contacts. */
export const caseFileReaders = unitCases(['board', 'admin'])
