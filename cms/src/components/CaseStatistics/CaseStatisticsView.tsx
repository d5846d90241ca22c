import type { AdminViewServerProps } from 'payload'
import { AdminScreen } from '../AdminScreen'

/** Statistics of citizens' cases (being built). */
export function CaseStatisticsView(props: AdminViewServerProps) {
  return (
    <AdminScreen props={props} path="/case-statistics" roles={['editor', 'board', 'admin']}>
      <h1>Thống kê hỏi đáp</h1>
    </AdminScreen>
  )
}
