import type { AdminViewServerProps } from 'payload'
import { languageOf } from '../../reports/cases/strings'
import { REPORT_ROLES } from '../../reports/monthly/roles'
import { AdminScreen } from '../AdminScreen'
import { CaseStatisticsContent } from './CaseStatisticsContent'

/** `/admin/case-statistics`: the figures of citizens' cases over a range of months, charted and downloadable. */
export function CaseStatisticsView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const param = (name: string) => {
    const value = props.searchParams?.[name]
    return typeof value === 'string' ? value : undefined
  }
  return (
    <AdminScreen props={props} path="/case-statistics" roles={REPORT_ROLES}>
      <CaseStatisticsContent payload={req.payload} language={languageOf(req.i18n.language)} from={param('from')} to={param('to')} />
    </AdminScreen>
  )
}
