import type { AdminViewServerProps } from 'payload'
import { REPORT_ROLES } from '../../reports/monthly/roles'
import { AdminScreen } from '../AdminScreen'
import { TranslationCoverageContent } from './TranslationCoverageContent'

/** `/admin/translation-coverage`: how much of the public site has English, per section and month. */
export function TranslationCoverageView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const param = (name: string) => {
    const value = props.searchParams?.[name]
    return typeof value === 'string' && value ? value : undefined
  }
  return (
    <AdminScreen props={props} path="/translation-coverage" roles={REPORT_ROLES}>
      <TranslationCoverageContent
        payload={req.payload}
        language={req.i18n.language}
        from={param('from')}
        to={param('to')}
      />
    </AdminScreen>
  )
}
