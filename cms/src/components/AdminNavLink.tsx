'use client'

import { Link, useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { isRole, type Role } from '@cong/shared/roles'

/**
 * A navigation entry to one of Cổng's own admin screens, shown only to the roles the screen is
 * for (the screen itself checks again on the server).
 */
export function AdminNavLink({ path, roles, label }: { path: string; roles: Role[]; label: { vi: string; en: string } }) {
  const { user } = useAuth<{ role?: unknown }>()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  if (!(isRole(user?.role) && roles.includes(user.role))) return null
  return (
    <Link className="nav__link" href={`${config.routes.admin}${path}`} prefetch={false}>
      <span className="nav__link-label">{i18n.language === 'en' ? label.en : label.vi}</span>
    </Link>
  )
}
