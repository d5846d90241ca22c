import type { Payload } from 'payload'
import type { CoverageFigures } from '@cong/shared/translationCoverage'
import { TRANSLATABLE_LABELS } from '@cong/shared/translation'
import { translationCoverageStrings } from '../../i18n/translationQueue'
import { loadTranslationCoverage, parseCoveragePeriod, PERIOD_ERRORS } from '../../translations/coverage'
import { AdminTable, ReportDownloads, adminCell as cell } from '../AdminTable'

const percent = (share: number, language: 'vi' | 'en') =>
  new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN', {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(share)

const monthLabel = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`

/** A bar beside the share, so a long table reads at a glance; the figure is the text. */
function ShareBar({ share }: { share: number }) {
  return (
    <span
      aria-hidden
      style={{
        display: 'inline-block',
        width: '6rem',
        height: '0.6rem',
        marginLeft: '0.5rem',
        background: 'var(--theme-elevation-100)',
        verticalAlign: 'middle',
      }}
    >
      <span
        style={{
          display: 'block',
          width: `${Math.round(share * 100)}%`,
          height: '100%',
          background: 'var(--theme-success-500)',
        }}
      />
    </span>
  )
}

function FigureTable({
  id,
  caption,
  first,
  rows,
  language,
}: {
  id: string
  caption: string
  first: string
  rows: (CoverageFigures & { label: string })[]
  language: 'vi' | 'en'
}) {
  const t = translationCoverageStrings(language)
  return (
    <AdminTable
      id={id}
      caption={caption}
      header={[first, t.total, t.translated, t.notNeeded, t.stale, t.share, t.shareOfNeeded]}
      headerAlign={(i) => (i === 0 ? 'left' : 'right')}
      maxWidth={1000}
    >
      {rows.map((r) => (
        <tr key={r.label}>
          <th scope="row" style={{ ...cell, fontWeight: 'normal' }}>
            {r.label}
          </th>
          <td style={{ ...cell, textAlign: 'right' }}>{r.total}</td>
          <td style={{ ...cell, textAlign: 'right' }}>{r.translated}</td>
          <td style={{ ...cell, textAlign: 'right' }}>{r.notNeeded}</td>
          <td style={{ ...cell, textAlign: 'right' }}>{r.stale}</td>
          <td style={{ ...cell, textAlign: 'right', whiteSpace: 'nowrap' }}>
            {percent(r.share, language)}
            <ShareBar share={r.share} />
          </td>
          <td style={{ ...cell, textAlign: 'right' }}>{percent(r.shareOfNeeded, language)}</td>
        </tr>
      ))}
    </AdminTable>
  )
}

/** The screen's content apart from the admin frame, so a test can render it with a real database. */
export async function TranslationCoverageContent({
  payload,
  language: adminLanguage,
  from,
  to,
}: {
  payload: Payload
  language: string
  from?: string
  to?: string
}) {
  const language = adminLanguage === 'en' ? 'en' : 'vi'
  const t = translationCoverageStrings(language)
  const admin = payload.config.routes.admin
  const parsed = parseCoveragePeriod(from, to, new Date())
  const form = (
    <form
      method="get"
      action={`${admin}/translation-coverage`}
      style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', alignItems: 'flex-end' }}
    >
      <strong>{t.period}:</strong>
      <label style={{ display: 'flex', flexDirection: 'column' }}>
        {t.from}
        <input type="month" name="from" defaultValue={from ?? ''} />
      </label>
      <label style={{ display: 'flex', flexDirection: 'column' }}>
        {t.to}
        <input type="month" name="to" defaultValue={to ?? ''} />
      </label>
      <button type="submit" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>
        {t.show}
      </button>
      <a href={`${admin}/translation-coverage`}>{t.allTime}</a>
    </form>
  )
  if ('error' in parsed)
    return (
      <>
        <h1>{t.title}</h1>
        {form}
        <p role="alert">{PERIOD_ERRORS[parsed.error][language]}</p>
      </>
    )
  const report = await loadTranslationCoverage(payload, parsed.period)
  const query = parsed.period ? `from=${parsed.period.from}&to=${parsed.period.to}` : ''
  const api = `${payload.config.routes.api}/reports/translations?${query}`
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      {form}
      {report.total === 0 ? (
        <p data-empty>{t.empty}</p>
      ) : (
        <>
          <dl data-headline style={{ display: 'flex', gap: '2rem', flexWrap: 'wrap', margin: '1rem 0' }}>
            {(
              [
                [t.share, `${percent(report.share, language)} (${report.translated}/${report.total})`],
                [t.shareOfNeeded, percent(report.shareOfNeeded, language)],
                [t.staleCount, String(report.stale)],
              ] as const
            ).map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd style={{ fontSize: '1.6rem', fontWeight: 600, margin: 0 }}>{value}</dd>
              </div>
            ))}
          </dl>
          <h2>{t.bySection}</h2>
          <FigureTable
            id="coverage-sections"
            caption={t.bySection}
            first={t.section}
            language={language}
            rows={report.perSection.map((s) => ({ ...s, label: s.name }))}
          />
          <h2>{t.byMonth}</h2>
          <FigureTable
            id="coverage-months"
            caption={t.byMonth}
            first={t.month}
            language={language}
            rows={report.perMonth.map((m) => ({
              ...m,
              label: m.month ? monthLabel(m.month) : t.neverPublished,
            }))}
          />
          <h2>{t.byKind}</h2>
          <FigureTable
            id="coverage-kinds"
            caption={t.byKind}
            first={t.kind}
            language={language}
            rows={report.perCollection.map((c) => ({
              ...c,
              label: TRANSLATABLE_LABELS[c.collection][language],
            }))}
          />
          <ReportDownloads label={t.downloads} api={api} files={{ csv: t.csv, json: t.json }} />
        </>
      )}
    </>
  )
}
