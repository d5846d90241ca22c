import type { Payload } from 'payload'
import type { User } from '@cong/shared/payload-types'
import type { Role } from '@cong/shared/roles'
import {
  QUEUE_STATES,
  TRANSLATABLE_COLLECTIONS,
  TRANSLATABLE_LABELS,
  TRANSLATION_STATE_LABELS,
} from '@cong/shared/translation'
import { formatVietnameseDate, toVietnamDate } from '@cong/shared/vnDate'
import { roleOf } from '../../access/roles'
import { translationQueueStrings } from '../../i18n/translationQueue'
import { loadTranslationQueue, type QueueQuery } from '../../translations/queue'
import { TranslationQueueTable, type QueueTableRow } from './TranslationQueueTable'

/** Who works the queue: translators translate, the editorial side and the board follow and review. */
export const TRANSLATION_QUEUE_ROLES: readonly Role[] = ['translator', 'editor', 'board', 'admin']

const date = (iso: string | null) => {
  if (!iso) return '—'
  try {
    return formatVietnameseDate(toVietnamDate(iso))
  } catch {
    return '—'
  }
}

function Select({
  name,
  label,
  value,
  options,
  all,
}: {
  name: string
  label: string
  value: string | null | undefined
  options: { value: string; label: string }[]
  all: string
}) {
  return (
    <label style={{ display: 'flex', flexDirection: 'column', gap: '0.2rem' }}>
      {label}
      <select name={name} defaultValue={value ?? ''}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  )
}

/**
 * The screen's content apart from the admin frame (a test renders it with a real database). A role
 * the queue is not for is told so politely instead of being sent away without a word.
 */
export async function TranslationQueueContent({
  payload,
  user,
  language,
  query,
}: {
  payload: Payload
  user: User
  language: string
  query: QueueQuery
}) {
  const t = translationQueueStrings(language)
  const role = roleOf(user)
  if (!role || !TRANSLATION_QUEUE_ROLES.includes(role))
    return (
      <>
        <h1>{t.title}</h1>
        <p role="alert">{t.refusal}</p>
      </>
    )
  const lang = language === 'en' ? 'en' : 'vi'
  const admin = payload.config.routes.admin
  const queue = await loadTranslationQueue(payload, user, query)
  const { filter } = query
  const filtered = Boolean(filter.sectionId || filter.unitId || filter.collection || filter.state)
  const orderHref = (order: string) => {
    const params = new URLSearchParams()
    params.set('order', order)
    if (filter.sectionId) params.set('section', filter.sectionId)
    if (filter.unitId) params.set('unit', filter.unitId)
    if (filter.collection) params.set('kind', filter.collection)
    if (filter.state) params.set('state', filter.state)
    return `${admin}/translation-queue?${params}`
  }
  const rows: QueueTableRow[] = queue.rows.map((r) => ({
    key: `${r.collection}:${r.id}`,
    collection: r.collection,
    id: r.id,
    title: r.title,
    href: `${admin}${r.editPath}`,
    kind: TRANSLATABLE_LABELS[r.collection][lang],
    state: TRANSLATION_STATE_LABELS[r.state][lang],
    waitingSince: date(r.neededSince),
    views: r.viewCount,
    sections: r.sectionNames.join(', ') || t.none,
    unit: r.unitName ?? t.none,
  }))
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <nav aria-label={t.order} style={{ display: 'flex', gap: '1rem', margin: '0.5rem 0' }}>
        <strong>{t.order}:</strong>
        {(
          [
            ['oldest', t.oldest],
            ['most-read', t.mostRead],
          ] as const
        ).map(([order, label]) =>
          query.order === order ? (
            <span key={order} aria-current="true" style={{ fontWeight: 600 }}>
              {label}
            </span>
          ) : (
            <a key={order} href={orderHref(order)}>
              {label}
            </a>
          ),
        )}
      </nav>
      <form
        method="get"
        action={`${admin}/translation-queue`}
        style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', alignItems: 'flex-end' }}
      >
        <input type="hidden" name="order" value={query.order} />
        <Select
          name="section"
          label={t.section}
          value={filter.sectionId}
          all={t.all}
          options={queue.sections.map((s) => ({ value: s.id, label: s.name }))}
        />
        <Select
          name="unit"
          label={t.unit}
          value={filter.unitId}
          all={t.all}
          options={queue.units.map((u) => ({ value: u.id, label: u.name }))}
        />
        <Select
          name="kind"
          label={t.kind}
          value={filter.collection}
          all={t.all}
          options={TRANSLATABLE_COLLECTIONS.map((c) => ({ value: c, label: TRANSLATABLE_LABELS[c][lang] }))}
        />
        <Select
          name="state"
          label={t.state}
          value={filter.state}
          all={t.all}
          options={QUEUE_STATES.map((s) => ({ value: s, label: TRANSLATION_STATE_LABELS[s][lang] }))}
        />
        <button type="submit" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>
          {t.apply}
        </button>
        {filtered && <a href={`${admin}/translation-queue?order=${query.order}`}>{t.clear}</a>}
      </form>
      <p>{t.count(rows.length, queue.total)}</p>
      <TranslationQueueTable
        rows={rows}
        emptyText={filtered && queue.total > 0 ? t.emptyFiltered : t.empty}
        header={[t.kind, t.itemTitle, t.state, t.waitingSince, t.views, t.section, t.unit]}
        selectLabel={t.select}
        selectAllLabel={t.selectAll}
        selectedText={t.selected}
      />
    </>
  )
}
