'use client'

import { Link, useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { REBUILD_ROLES, isRole } from '@cong/shared/roles'
import { stringsFor } from './strings'

/** Navigation entry to `/admin/site-builds`, for the roles that may rebuild. */
export function SiteBuildsNavLink() {
  const { user } = useAuth<{ role?: unknown }>()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  if (!(isRole(user?.role) && REBUILD_ROLES.includes(user.role))) return null
  return (
    <Link className="nav__link" href={`${config.routes.admin}/site-builds`} prefetch={false}>
      <span className="nav__link-label">{stringsFor(i18n.language).title}</span>
    </Link>
  )
}
