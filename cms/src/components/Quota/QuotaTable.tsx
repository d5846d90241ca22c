import type { Payload } from 'payload'
import { formatVietnameseDate } from '@cong/shared/vnDate'
import { loadQuotaStanding } from '../../editorial/quota'
import { quotaStrings } from '../../editorial/strings'

const TREND_ARROW = { up: '↑', down: '↓', flat: '→' } as const

const cell = { padding: '0.4rem 0.6rem', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'left' as const }

/**
 * The board's view of the weekly quota: every unit with contributors, behind ones first, this week
 * against the quota and the four weeks before as small bars so a slipping unit shows at a glance.
 */
export async function QuotaTable({ payload, language, compact = false }: { payload: Payload; language: string; compact?: boolean }) {
  const t = quotaStrings(language)
  const standing = await loadQuotaStanding(payload)
  const behind = standing.rows.filter((r) => r.behind)
  const admin = payload.config.routes.admin

  if (compact) {
    return (
      <section className="cong-quota-panel" style={{ marginTop: '2rem' }}>
        <h2>{t.title}</h2>
        <p>{behind.length ? t.behindSummary(behind.length, standing.rows.length) : t.allOnTrack}</p>
        {behind.length > 0 && (
          <ul>
            {behind.map((r) => (
              <li key={r.unitId}>
                {r.unitName}: {r.thisWeek}/{r.quota}
              </li>
            ))}
          </ul>
        )}
        <a href={`${admin}/editorial-quota`}>{t.seeAll}</a>
      </section>
    )
  }

  const peak = Math.max(standing.quota, ...standing.rows.flatMap((r) => r.lastWeeks.map((w) => w.count)), 1)
  return (
    <section className="cong-quota">
      <h1>{t.title}</h1>
      <p>{t.intro(standing.quota, formatVietnameseDate(standing.week))}</p>
      <p>
        <strong>{behind.length ? t.behindSummary(behind.length, standing.rows.length) : t.allOnTrack}</strong>
      </p>
      {standing.rows.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <table style={{ borderCollapse: 'collapse', width: '100%', marginTop: '1rem' }}>
          <thead>
            <tr>
              <th style={cell} scope="col">{t.unit}</th>
              <th style={cell} scope="col">{t.thisWeek}</th>
              <th style={cell} scope="col">{t.lastWeeks}</th>
              <th style={cell} scope="col">{t.trend}</th>
              <th style={cell} scope="col">{t.status}</th>
            </tr>
          </thead>
          <tbody>
            {standing.rows.map((r) => (
              <tr key={r.unitId} data-unit={r.unitName} data-behind={r.behind}>
                <th style={cell} scope="row">{r.unitName}</th>
                <td style={cell}>
                  {r.thisWeek}/{r.quota}
                </td>
                <td style={cell}>
                  <span style={{ display: 'inline-flex', alignItems: 'flex-end', gap: 3, height: 28 }}>
                    {r.lastWeeks.map((w) => (
                      <span
                        key={w.week}
                        title={`${t.weekOf(formatVietnameseDate(w.week))}: ${w.count}`}
                        style={{
                          width: 12,
                          height: Math.max(2, Math.round((w.count / peak) * 28)),
                          background: w.count >= r.quota ? 'var(--theme-success-500)' : 'var(--theme-warning-500)',
                        }}
                      />
                    ))}
                  </span>{' '}
                  {r.lastWeeks.map((w) => w.count).join(' · ')}
                </td>
                <td style={cell}>
                  {TREND_ARROW[r.trend]} {t.trendLabel[r.trend]}
                </td>
                <td style={{ ...cell, color: r.behind ? 'var(--theme-error-500)' : 'var(--theme-success-500)', fontWeight: 600 }}>
                  {r.behind ? t.behind : t.onTrack}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
