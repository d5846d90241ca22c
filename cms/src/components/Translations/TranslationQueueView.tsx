import type { AdminViewServerProps } from 'payload'
import type { User } from '@cong/shared/payload-types'
import { ROLES } from '@cong/shared/roles'
import { parseQueueQuery } from '../../translations/queue'
import { AdminScreen } from '../AdminScreen'
import { TranslationQueueContent } from './TranslationQueueContent'

/** `/admin/translation-queue`: what waits for English, with XLIFF export and import of the selection. */
export function TranslationQueueView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  // every signed-in role reaches the screen: the content tells one the queue is not for so
  return (
    <AdminScreen props={props} path="/translation-queue" roles={ROLES}>
      <TranslationQueueContent
        payload={req.payload}
        user={req.user as User}
        language={req.i18n.language}
        query={parseQueueQuery(props.searchParams)}
      />
    </AdminScreen>
  )
}
