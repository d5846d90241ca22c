'use client'

import { Link, useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { isRole } from '@cong/shared/roles'
import { QUOTA_STRINGS } from '../../editorial/strings'
import { QUOTA_ROLES } from './roles'

/** Navigation entry to `/admin/editorial-quota`. */
export function QuotaNavLink() {
  const { user } = useAuth<{ role?: unknown }>()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  if (!(isRole(user?.role) && QUOTA_ROLES.includes(user.role))) return null
  return (
    <Link className="nav__link" href={`${config.routes.admin}/editorial-quota`} prefetch={false}>
      <span className="nav__link-label">{(i18n.language === 'en' ? QUOTA_STRINGS.en : QUOTA_STRINGS.vi).title}</span>
    </Link>
  )
}
