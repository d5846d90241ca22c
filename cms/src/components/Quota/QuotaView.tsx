import type { AdminViewServerProps } from 'payload'
import { AdminScreen } from '../AdminScreen'
import { QUOTA_ROLES } from './roles'
import { QuotaTable } from './QuotaTable'

/** `/admin/editorial-quota`: the weekly quota of every unit, for the editorial side. */
export function QuotaView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  return (
    <AdminScreen props={props} path="/editorial-quota" roles={QUOTA_ROLES}>
      <QuotaTable payload={req.payload} language={req.i18n.language} />
    </AdminScreen>
  )
}
