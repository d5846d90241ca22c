import type { AdminViewServerProps } from 'payload'
import { AdminScreen } from '../AdminScreen'

/** Overdue and due-soon cases (being built). */
export function CasesDueView(props: AdminViewServerProps) {
  return (
    <AdminScreen props={props} path="/cases-due" roles={['caseHandler', 'editor', 'board', 'admin']}>
      <h1>Hạn xử lý câu hỏi</h1>
    </AdminScreen>
  )
}
