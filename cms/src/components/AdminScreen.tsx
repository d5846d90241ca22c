import type { AdminViewServerProps } from 'payload'
import type { ReactNode } from 'react'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { Role } from '@cong/shared/roles'
import { roleOf } from '../access/roles'

/**
 * The frame of Cổng's own admin screens: the admin's usual navigation around `children`, the login
 * page for a signed-out visitor (custom views are not behind Payload's login by themselves), the
 * dashboard for a role the screen is not for.
 */
export function AdminScreen({
  props,
  path,
  roles,
  children,
}: {
  props: AdminViewServerProps
  /** The screen's path under the admin route, for the way back after login. */
  path: string
  roles: readonly Role[]
  children: ReactNode
}) {
  const { initPageResult, params, searchParams } = props
  const { req, permissions, visibleEntities, locale } = initPageResult
  const admin = req.payload.config.routes.admin
  if (!req.user) redirect(`${admin}/login?redirect=${encodeURIComponent(`${admin}${path}`)}`)
  const role = roleOf(req.user as Parameters<typeof roleOf>[0])
  if (!role || !roles.includes(role)) redirect(admin)
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
      <Gutter>{children}</Gutter>
    </DefaultTemplate>
  )
}
