'use client'
import { useEffect, useState } from 'react'
import { usePathname, useRouter, useSearchParams } from 'next/navigation'
import {
  useAuth,
  useConfig,
  useDocumentInfo,
  useFormFields,
  useFormModified,
  useLocale,
  useTranslation,
} from '@payloadcms/ui'
import { isRole } from '@cong/shared/roles'
import { TRANSLATION_PANEL_STRINGS } from '../../i18n/translationsAdmin'
import { TRANSLATED_FIELDS } from '../../translations/fields'
import {
  adminLanguage,
  asTranslationState,
  checkBeforeSending,
  localeHref,
  panelMoves,
  peopleToName,
  refusalMessage,
  type PanelMove,
} from './panelModel'
import { TranslationPanelView } from './TranslationPanelView'
import { useTranslatedItem, useTranslationStatus } from './useTranslationStatus'

/**
 * The sidebar panel «Bản tiếng Anh». It reads the item's translation record through
 * `GET /api/translations/status` and sends moves to `POST /api/translations/move`; a move writes
 * the record only, never the item, so the form is not submitted (an unsaved edit stays in the
 * form, and a move that takes the saved English asks for a save first). After a move the panel
 * reads the status again and the page's server data is refreshed.
 */
export function TranslationPanel() {
  const { user } = useAuth<{ role?: unknown; active?: boolean | null }>()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const locale = useLocale()
  const router = useRouter()
  const pathname = usePathname()
  const search = useSearchParams()
  const lang = adminLanguage(i18n.language)
  const t = TRANSLATION_PANEL_STRINGS[lang]
  const { collection, id, stamp } = useTranslatedItem()
  const { collectionSlug } = useDocumentInfo()
  const modified = useFormModified()
  // The field an English version needs at the least, as the form holds it: the item's title field
  // (English while the view is), or the Q&A record's English title.
  const titlePath = !collection ? null : collectionSlug === 'translations' ? 'question.title' : TRANSLATED_FIELDS[collection].title
  const titleInForm = useFormFields(([f]) => (titlePath ? f[titlePath]?.value : undefined))
  const { result, reload } = useTranslationStatus(collection, id, stamp)
  // Only the array rows' ids, as one string: the panel re-renders when rows change, not on every keystroke.
  const rowIds = useFormFields(([f]) =>
    Object.keys(f)
      .filter((key) => /\.\d+\.id$/.test(key))
      .map((key) => `${key}=${String(f[key]?.value)}`)
      .join('|'),
  )

  const [pending, setPending] = useState<PanelMove | null>(null)
  const [reason, setReason] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [names, setNames] = useState<Record<string, string>>({})
  const [notice, setNotice] = useState<string | null>(null)

  const people = peopleToName(result?.ok ? result.status.translation : null).join(',')
  useEffect(() => {
    if (!people) return
    let live = true
    // Names only: staff may read each other's names, not their e-mails.
    const query = `where[id][in]=${encodeURIComponent(people)}&depth=0&limit=10&select[name]=true`
    fetch(`${config.serverURL}${config.routes.api}/users?${query}`, { credentials: 'include' })
      .then((res) => (res.ok ? res.json() : null))
      .then((body: { docs?: { id: string | number; name?: string | null }[] } | null) => {
        if (!live || !body?.docs) return
        setNames(Object.fromEntries(body.docs.filter((u) => u.name).map((u) => [String(u.id), String(u.name)])))
      })
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [config.serverURL, config.routes.api, people])

  if (!collection) return null
  const role = user && user.active !== false && isRole(user.role) ? user.role : null
  const record = result?.ok ? result.status.translation : null
  const state = asTranslationState(record?.state)
  const moves = state ? panelMoves(state, role, lang, result?.ok ? result.status.moves : null) : []
  const status = !id
    ? 'unsaved'
    : !result
      ? 'loading'
      : result.ok
        ? state
          ? 'ready'
          : 'missing'
        : result.httpStatus === 404
          ? 'missing'
          : 'failed'
  const loadProblem = result && !result.ok && result.httpStatus !== 404 ? `${t.loadFailed} ${refusalMessage(result.body, lang)}` : null

  // The translation record of a Q&A is not localized: it is English already, with no locale to switch.
  const ownLocales = collection !== 'cases'
  const onRecord = collectionSlug === 'translations'
  const english = !onRecord && locale?.code === 'en'
  const query = search?.toString() ?? ''
  // On a translation record the side-by-side view is the item's own edit view.
  const itemView = `${config.routes.admin}/collections/${collection}/${id ?? ''}`
  const sideBySideHref = !ownLocales ? null : onRecord ? localeHref(itemView, '', 'en') : localeHref(pathname, query, 'en')

  /** The row number of `array.<rowId>.field`, from the form's row ids, for the changed-field list. */
  const rowNumber = (path: string): number | null => {
    const [array, rowId] = path.split('.')
    if (!rowId) return null
    const match = rowIds.split('|').find((entry) => entry.startsWith(`${array}.`) && entry.endsWith(`.id=${rowId}`))
    const index = match ? Number(match.slice(array.length + 1).split('.')[0]) : NaN
    return Number.isInteger(index) ? index + 1 : null
  }

  const close = () => {
    setPending(null)
    setReason('')
    setProblem(null)
  }

  /** Sends a move with the reason typed for it (none for a move that asks none, whatever the box held before). */
  const send = async (move: PanelMove, typed: string) => {
    if (!collection || !id) return
    setNotice(null)
    const formIsEnglish = onRecord ? collection === 'cases' : english
    const check = checkBeforeSending(move, typed, lang, {
      unsavedChanges: modified,
      englishTitle: formIsEnglish ? (titleInForm ?? null) : undefined,
    })
    if (!check.ok) return setProblem(check.message)
    setBusy(true)
    setProblem(null)
    try {
      const res = await fetch(`${config.serverURL}${config.routes.api}/translations/move`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ collection, id, to: move.to, ...(check.reason ? { reason: check.reason } : {}) }),
      })
      if (!res.ok) return setProblem(refusalMessage(await res.json().catch(() => null), lang))
      close()
      setNotice(`${t.done}: ${move.label}.`)
      reload()
      router.refresh()
    } catch {
      setProblem(t.refused)
    } finally {
      setBusy(false)
    }
  }

  const start = (move: PanelMove) => {
    setProblem(null)
    setReason('')
    if (move.needsReason) return setPending(move)
    setPending(null)
    void send(move, '')
  }

  return (
    <TranslationPanelView
      lang={lang}
      collection={collection}
      status={status}
      record={record && state ? { ...record, state } : null}
      moves={moves}
      changes={result?.ok ? result.status.changes : []}
      names={names}
      rowNumber={rowNumber}
      sideBySideHref={sideBySideHref}
      backHref={ownLocales && !onRecord ? localeHref(pathname, query, 'vi') : null}
      english={english}
      pending={pending}
      reason={reason}
      problem={problem ?? loadProblem}
      notice={notice}
      busy={busy}
      onStart={start}
      onConfirm={() => pending && void send(pending, reason)}
      onCancel={close}
      onReason={setReason}
      onRetry={reload}
    />
  )
}
