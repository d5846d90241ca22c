import type { AdminViewServerProps, Payload } from 'payload'
import type { User } from '@cong/shared/payload-types'
import { CASE_STATE_LABELS } from '@cong/shared/citizenCase'
import { formatVietnameseDate, toVietnamDate } from '@cong/shared/vnDate'
import { loadCaseCalendar } from '../../cases/calendar'
import { loadCasesDue, type DueCaseRow } from '../../cases/due'
import { STANDING_COLOR, adminLanguage, deadlineText } from '../../collections/Cases/components/strings'
import { AdminScreen } from '../AdminScreen'
import { AdminTable, adminCell as cell } from '../AdminTable'
import { casesDueStrings } from './strings'

/** `/admin/cases-due`: what must be answered first, for the people who answer it. */
export function CasesDueView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  return (
    <AdminScreen props={props} path="/cases-due" roles={['caseHandler', 'editor', 'board', 'admin']}>
      <CasesDueContent payload={req.payload} user={req.user as User} language={req.i18n.language} />
    </AdminScreen>
  )
}

function CaseTable({ rows, caption, language, admin }: { rows: DueCaseRow[]; caption: string; language: string; admin: string }) {
  const t = casesDueStrings(language)
  const lang = adminLanguage(language)
  return (
    <section data-list={caption}>
      <h2>
        {caption} ({rows.length})
      </h2>
      {rows.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <AdminTable header={[t.code, t.caseTitle, t.unit, t.state, t.received, t.due, t.standing]}>
          {rows.map((r) => (
            <tr key={r.id} data-code={r.trackingCode}>
              <td style={{ ...cell, whiteSpace: 'nowrap' }}>
                <a href={`${admin}/collections/cases/${r.id}`}>{r.trackingCode}</a>
              </td>
              <td style={cell}>{r.title}</td>
              <td style={cell}>{r.unitName ?? t.unassigned}</td>
              <td style={cell}>{CASE_STATE_LABELS[r.state][lang]}</td>
              <td style={cell}>{formatVietnameseDate(toVietnamDate(r.receivedAt))}</td>
              <td style={cell}>{formatVietnameseDate(r.dueDate)}</td>
              <td style={{ ...cell, color: STANDING_COLOR[r.standing], fontWeight: 600 }}>{deadlineText(r, lang)}</td>
            </tr>
          ))}
        </AdminTable>
      )}
    </section>
  )
}

/** Rendered only inside the frame, so only the roles the list is for make the database read it. */
async function CasesDueContent({ payload, user, language }: { payload: Payload; user: User; language: string }) {
  const t = casesDueStrings(language)
  const admin = payload.config.routes.admin
  const due = await loadCasesDue(payload, user, await loadCaseCalendar(payload))
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro(due.dueSoonWorkingDays)}</p>
      <CaseTable rows={due.overdue} caption={t.overdue} language={language} admin={admin} />
      <CaseTable rows={due.dueSoon} caption={t.dueSoon} language={language} admin={admin} />
      {due.byUnit && (
        <section>
          <h2>{t.byUnit}</h2>
          <AdminTable header={[t.unit, t.overdue, t.dueSoon, t.open]} maxWidth={720}>
            {due.byUnit.map((u) => (
              <tr key={u.unitId ?? ''}>
                <th scope="row" style={cell}>
                  {u.unitName ?? t.unassigned}
                </th>
                <td style={{ ...cell, color: u.overdue ? STANDING_COLOR.overdue : undefined }}>{u.overdue}</td>
                <td style={cell}>{u.dueSoon}</td>
                <td style={cell}>{u.open}</td>
              </tr>
            ))}
          </AdminTable>
        </section>
      )}
    </>
  )
}
