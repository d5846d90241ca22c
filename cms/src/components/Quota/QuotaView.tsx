import type { AdminViewServerProps } from 'payload'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import { roleOf } from '../../access/roles'
import { QUOTA_ROLES } from './roles'
import { QuotaTable } from './QuotaTable'

/** `/admin/editorial-quota`: the weekly quota of every unit, for the editorial side. */
export function QuotaView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const admin = req.payload.config.routes.admin
  if (!req.user) redirect(`${admin}/login?redirect=${encodeURIComponent(`${admin}/editorial-quota`)}`)
  const role = roleOf(req.user as Parameters<typeof roleOf>[0])
  if (!role || !QUOTA_ROLES.includes(role)) redirect(admin)
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <QuotaTable payload={req.payload} language={req.i18n.language} />
      </Gutter>
    </DefaultTemplate>
  )
}
