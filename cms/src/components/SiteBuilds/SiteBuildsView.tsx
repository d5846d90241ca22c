import type { AdminViewServerProps } from 'payload'
import { REBUILD_ROLES } from '@cong/shared/roles'
import { AdminScreen } from '../AdminScreen'
import { SiteBuildsPanel } from './SiteBuildsPanel'

/** `/admin/site-builds`: the full build history inside the admin's usual frame. */
export function SiteBuildsView(props: AdminViewServerProps) {
  return (
    <AdminScreen props={props} path="/site-builds" roles={REBUILD_ROLES}>
      <SiteBuildsPanel />
    </AdminScreen>
  )
}
