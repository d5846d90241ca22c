import type { Access } from 'payload'
import { requestRole, unitOf } from './roles'

/**
 * Citizens' cases hold personal data: only the people who handle them read them. Case handlers
 * see the cases routed to their own unit; editors (who triage), the board (who approves) and
 * admins see all. Nobody else, and never the public: senders look their case up through the
 * lookup endpoint, which shows them their own case only.
 */
export const caseReaders: Access = ({ req }) => {
  const role = requestRole(req)
  if (role === 'editor' || role === 'board' || role === 'admin') return true
  if (role !== 'caseHandler') return false
  const unit = unitOf(req)
  return unit ? { unit: { equals: unit } } : false
}
