import type { CollectionBeforeLoginHook } from 'payload'
import { refused } from '../../../hooks/errors'
import { MESSAGES } from '../../../i18n'

export const refuseInactiveLogin: CollectionBeforeLoginHook = ({ user }) => {
  if (user.active === false) throw refused(MESSAGES.accountInactive)
  return user
}
