import type { ServerProps } from 'payload'
import { roleOf } from '../../access/roles'
import { QUOTA_ROLES } from './roles'
import { QuotaTable } from './QuotaTable'

/** The dashboard's summary of units behind their quota, for the editorial side only. */
export async function QuotaPanel({ payload, user, i18n }: ServerProps) {
  const role = roleOf(user as Parameters<typeof roleOf>[0])
  if (!role || !QUOTA_ROLES.includes(role)) return null
  return <QuotaTable payload={payload} language={i18n.language} compact />
}
