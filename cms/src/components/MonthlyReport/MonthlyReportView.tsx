import type { AdminViewServerProps, Payload } from 'payload'
import { isMonth, previousMonth, type Month } from '@cong/shared/monthlyReport'
import { addCalendarDays } from '@cong/shared/vnDate'
import { loadMonthlyReport } from '../../reports/monthly/load'
import { REPORT_ROLES } from '../../reports/monthly/roles'
import { REPORT_TEXT, summaryRows } from '../../reports/monthly/strings'
import { AdminScreen } from '../AdminScreen'
import { AdminTable, ReportDownloads, adminCell as cell } from '../AdminTable'
import { monthlyReportStrings } from './strings'

const MONTHS_OFFERED = 24

/** The last `count` months, newest first, starting with last month. */
function recentMonths(now: Date, count: number): Month[] {
  const months: Month[] = []
  let month = previousMonth(now)
  for (let i = 0; i < count; i++) {
    months.push(month)
    month = addCalendarDays(`${month}-01`, -1).slice(0, 7)
  }
  return months
}

function Table({ header, rows }: { header: string[]; rows: (string | number)[][] }) {
  return (
    <AdminTable header={header} maxWidth={900}>
      {rows.map((row, i) => (
        <tr key={i}>
          {row.map((value, j) => (
            <td key={j} style={{ ...cell, textAlign: j === row.length - 1 ? 'right' : 'left' }}>
              {value}
            </td>
          ))}
        </tr>
      ))}
    </AdminTable>
  )
}

/** `/admin/monthly-report`: pick a month, read the figures, download the XLSX or the PDF. */
export function MonthlyReportView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const asked = props.searchParams?.month
  return (
    <AdminScreen props={props} path="/monthly-report" roles={REPORT_ROLES}>
      <MonthlyReportContent payload={req.payload} language={req.i18n.language} asked={typeof asked === 'string' ? asked : ''} />
    </AdminScreen>
  )
}

/** Rendered only inside the frame, so only the people the report is for make the database read it. */
async function MonthlyReportContent({ payload, language, asked }: { payload: Payload; language: string; asked: string }) {
  const t = monthlyReportStrings(language)
  const months = recentMonths(new Date(), MONTHS_OFFERED)
  const month = isMonth(asked) && months.includes(asked) ? asked : months[0]!
  const report = await loadMonthlyReport(payload, month)
  const api = `${payload.config.routes.api}/reports/monthly?month=${month}`
  const r = REPORT_TEXT

  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <form method="get" style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', margin: '1rem 0' }}>
        <label htmlFor="report-month">{t.month}</label>
        <select id="report-month" name="month" defaultValue={month}>
          {months.map((m) => (
            <option key={m} value={m}>
              {m.slice(5, 7)}/{m.slice(0, 4)}
            </option>
          ))}
        </select>
        <button type="submit" className="btn btn--style-secondary btn--size-small">
          {t.show}
        </button>
      </form>
      <ReportDownloads label={t.download} api={api} files={{ xlsx: t.xlsx, pdf: t.pdf }} />
      <h2>{r.title(month)}</h2>
      <p>{r.period(report)}</p>
      <h3>{r.summary}</h3>
      <Table header={[r.item, r.value]} rows={summaryRows(report).map(([label, value]) => [label, value ?? r.notAvailable])} />
      <h3>{r.bySection}</h3>
      <Table header={[r.section, r.articles]} rows={report.bySection.map((row) => [row.name, row.count])} />
      <h3>{r.byUnit}</h3>
      <Table header={[r.unit, r.articles]} rows={report.byUnit.map((row) => [row.name, row.count])} />
      <h3>{r.topRead}</h3>
      <Table header={[r.order, r.title_, r.views]} rows={report.topRead.map((row, i) => [i + 1, row.title, row.views])} />
    </>
  )
}
