import type { Payload } from 'payload'
import type { ReactNode } from 'react'
import type { Month } from '@cong/shared/monthlyReport'
import { loadCaseStats, type CaseStatsReport } from '../../reports/cases/load'
import { lastTwelveMonths, monthsBefore, parsePeriod, PERIOD_ERRORS } from '../../reports/cases/period'
import {
  ANSWERED_LATE_LABEL,
  CASE_STATS_TEXT,
  figureKind,
  formatFigure,
  monthLabel,
  TOTAL_LABELS,
  type Language,
  type TotalKey,
} from '../../reports/cases/strings'
import { statsTables, type Cell, type StatsTable, type TableId } from '../../reports/cases/tables'
import { AdminTable, ReportDownloads, adminCell as cell } from '../AdminTable'
import { CountBars, MonthChart, SharePie, UnitChart } from './CaseCharts'

/** Three years to pick from: the yearly report and the two before it. */
const MONTHS_OFFERED = 36
const HEADLINE: TotalKey[] = ['received', 'answered', 'onTimeRate', 'medianDaysToAnswer', 'open', 'overdue', 'answeredPublic']

const show = (value: Cell, language: Language) =>
  typeof value === 'string' ? value : formatFigure(value.kind, value.n, language)

function Table({ table, caption, language }: { table: StatsTable; caption: string; language: Language }) {
  return (
    <AdminTable
      id={`case-table-${table.id}`}
      header={table.header}
      headerAlign={(i) => (i === 0 ? 'left' : 'right')}
      caption={caption}
      maxWidth={1000}
      spaceAfter="2rem"
    >
      {table.rows.map((row, i) => (
        <tr key={i}>
          {row.map((value, j) =>
            j === 0 ? (
              <th key={j} scope="row" style={{ ...cell, textAlign: 'left', fontWeight: 'normal' }}>
                {show(value, language)}
              </th>
            ) : (
              <td key={j} style={{ ...cell, textAlign: 'right' }}>
                {show(value, language)}
              </td>
            ),
          )}
        </tr>
      ))}
    </AdminTable>
  )
}

/** A chart for sighted readers, the same figures as a table under it for everyone else. */
function Section({ table, language, chart }: { table: StatsTable; language: Language; chart?: ReactNode }) {
  return (
    <section>
      <h2>{table.title}</h2>
      {chart && (
        <figure aria-hidden="true" style={{ margin: '0.5rem 0', maxWidth: 1000 }}>
          {chart}
        </figure>
      )}
      <Table table={table} language={language} caption={chart ? `${CASE_STATS_TEXT[language].chartTableNote}: ${table.title}` : table.title} />
    </section>
  )
}

/** Rendered only inside the frame, so only the people the figures are for make the database read them. */
export async function CaseStatisticsContent({ payload, language, from, to }: { payload: Payload; language: Language; from?: string; to?: string }) {
  const t = CASE_STATS_TEXT[language]
  const now = new Date()
  const asked = parsePeriod(from, to, now)
  const period = 'error' in asked ? lastTwelveMonths(now) : asked
  const report = await loadCaseStats(payload, period.from, period.to, now)
  const tables = Object.fromEntries(statsTables(report, language).map((table) => [table.id, table])) as Record<TableId, StatsTable>
  const api = `${payload.config.routes.api}/reports/cases?from=${period.from}&to=${period.to}`
  const months = Array.from({ length: MONTHS_OFFERED }, (_, i) => monthsBefore(lastTwelveMonths(now).to, i))

  return (
    <>
      <h1>{t.screenTitle}</h1>
      <p>{t.intro}</p>
      <form method="get" style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', flexWrap: 'wrap', margin: '1rem 0' }}>
        <MonthSelect id="case-stats-from" name="from" label={t.from} months={months} value={period.from} />
        <MonthSelect id="case-stats-to" name="to" label={t.to} months={months} value={period.to} />
        <button type="submit" className="btn btn--style-secondary btn--size-small">
          {t.show}
        </button>
      </form>
      {'error' in asked && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {PERIOD_ERRORS[asked.error][language]}
        </p>
      )}
      <ReportDownloads label={t.download} api={api} files={{ xlsx: t.xlsx, csv: t.csv }} />
      <h2>{t.title(period.from, period.to)}</h2>
      <Headline report={report} language={language} />
      {report.totals.received === 0 && <p>{t.noCases}</p>}
      <Charts report={report} tables={tables} language={language} />
    </>
  )
}

function MonthSelect({ id, name, label, months, value }: { id: string; name: string; label: string; months: Month[]; value: Month }) {
  // A period chosen by URL before the offered years still shows as chosen.
  const options = months.includes(value) ? months : [value, ...months]
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value}>
        {options.map((m) => (
          <option key={m} value={m}>
            {monthLabel(m)}
          </option>
        ))}
      </select>
    </>
  )
}

function Headline({ report, language }: { report: CaseStatsReport; language: Language }) {
  return (
    <dl style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(10rem, 1fr))', gap: '0.75rem', maxWidth: 1000, margin: '1rem 0 2rem' }}>
      {HEADLINE.map((key) => (
        <div key={key} style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '0.6rem 0.8rem' }}>
          <dt style={{ fontSize: '0.85rem', opacity: 0.8 }}>{TOTAL_LABELS[key][language]}</dt>
          <dd style={{ margin: 0, fontSize: '1.6rem', fontWeight: 600 }}>{formatFigure(figureKind(key), report.totals[key], language)}</dd>
        </div>
      ))}
    </dl>
  )
}

function Charts({ report, tables, language }: { report: CaseStatsReport; tables: Record<TableId, StatsTable>; language: Language }) {
  const name = (key: TotalKey) => TOTAL_LABELS[key][language]
  const counts = (rows: { label: { vi: string; en: string }; received?: number; count?: number }[]) =>
    rows.map((row) => ({ label: row.label[language], count: row.count ?? row.received ?? 0 }))
  return (
    <>
      <Section
        table={tables.byMonth}
        language={language}
        chart={
          <MonthChart
            data={report.byMonth.map((row) => ({
              label: monthLabel(row.month),
              received: row.received,
              answeredOnTime: row.answeredOnTime,
              answeredLate: row.answered - row.answeredOnTime,
            }))}
            names={{ received: name('received'), answeredOnTime: name('answeredOnTime'), answeredLate: ANSWERED_LATE_LABEL[language] }}
          />
        }
      />
      <Section
        table={tables.byUnit}
        language={language}
        chart={
          <UnitChart
            data={report.byUnit.map((row) => ({
              label: row.label[language],
              received: row.received,
              answered: row.answered,
              onTimeRate: row.onTimeRate === null ? null : Math.round(row.onTimeRate * 1000) / 10,
            }))}
            names={{ received: name('received'), answered: name('answered'), onTimeRate: name('onTimeRate') }}
          />
        }
      />
      <Section table={tables.byField} language={language} chart={<CountBars data={counts(report.byField)} name={name('received')} />} />
      <Section table={tables.byType} language={language} chart={<SharePie data={counts(report.byType)} name={name('received')} />} />
      <Section table={tables.bySenderKind} language={language} chart={<CountBars data={counts(report.bySenderKind)} name={name('received')} />} />
      <Section table={tables.byState} language={language} chart={<CountBars data={counts(report.byState)} name={name('received')} />} />
      <Section table={tables.summary} language={language} />
    </>
  )
}
