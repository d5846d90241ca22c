'use client'

import { Link, useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { isRole } from '@cong/shared/roles'
import { REPORT_ROLES } from '../../reports/monthly/roles'
import { monthlyReportStrings } from './strings'

/** Navigation entry to `/admin/monthly-report`. */
export function MonthlyReportNavLink() {
  const { user } = useAuth<{ role?: unknown }>()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  if (!(isRole(user?.role) && REPORT_ROLES.includes(user.role))) return null
  return (
    <Link className="nav__link" href={`${config.routes.admin}/monthly-report`} prefetch={false}>
      <span className="nav__link-label">{monthlyReportStrings(i18n.language).title}</span>
    </Link>
  )
}
