import type { UIFieldServerProps } from 'payload'
import { moderatesDraft } from '../../../access/commentModerators'
import { COMMENTS_PANEL, MODERATION_LABELS, MODERATION_STATES } from '../../../i18n/legal'

/**
 * On a draft's edit view, for those who moderate its comments: how many there are in each
 * moderation state, each linking to the comment list filtered on this draft and state, and the
 * exports for the summary report.
 */
export async function CommentsPanel({ id, data, payload, req, i18n }: UIFieldServerProps) {
  const lang = i18n.language === 'en' ? 'en' : 'vi'
  if (!id) return <p style={{ color: 'var(--theme-elevation-500)' }}>{COMMENTS_PANEL.notSaved[lang]}</p>
  if (!moderatesDraft(req, data ?? {})) return null
  const counts = await Promise.all(
    MODERATION_STATES.map(async (state) => {
      const { totalDocs } = await payload.count({
        collection: 'draft-comments',
        where: { and: [{ draft: { equals: id } }, { moderation: { equals: state } }] },
        overrideAccess: true,
        req,
      })
      return { state, totalDocs }
    }),
  )
  const total = counts.reduce((sum, c) => sum + c.totalDocs, 0)
  const list = (extra: Record<string, string> = {}) =>
    `${payload.config.routes.admin}/collections/draft-comments?${new URLSearchParams({ 'where[draft][equals]': String(id), ...extra })}`
  const exportUrl = (format: 'csv' | 'xlsx') =>
    `${payload.config.routes.api}/drafts/${id}/comments/export?format=${format}`

  return (
    <section className="cong-comments-panel" style={{ marginBottom: '1.5rem' }}>
      <h4>{COMMENTS_PANEL.title[lang]}</h4>
      <ul style={{ listStyle: 'none', padding: 0 }}>
        {counts.map(({ state, totalDocs }) => (
          <li key={state}>
            <a href={list({ 'where[moderation][equals]': state })}>{MODERATION_LABELS[state][lang]}</a>:{' '}
            {totalDocs}
          </li>
        ))}
        <li>
          <a href={list()}>{COMMENTS_PANEL.total[lang]}</a>: {total}
        </li>
      </ul>
      <p>
        <a href={exportUrl('csv')}>{COMMENTS_PANEL.exportCsv[lang]}</a> ·{' '}
        <a href={exportUrl('xlsx')}>{COMMENTS_PANEL.exportXlsx[lang]}</a>
      </p>
    </section>
  )
}
