/**
 * The decisions of the «Bản tiếng Anh» panel, apart from React so a table test can hold them:
 * which buttons a role sees in a state, which of them ask for a reason, what each is called, and
 * how a field diff is shown. The server checks every move again (`checkTranslationMove`); the
 * panel only avoids offering what would be refused.
 */
import type { Role } from '@cong/shared/roles'
import { formatVietnamDateTime } from '@cong/shared/vnDate'
import {
  TRANSLATION_STATES,
  checkTranslationMove,
  nextTranslationStates,
  type FieldChange,
  type TranslatableCollection,
  type TranslationState,
} from '@cong/shared/translation'
import { TRANSLATION_MESSAGES } from '../../i18n/translations'
import {
  TRANSLATED_FIELD_LABELS,
  TRANSLATION_MOVE_LABELS,
  TRANSLATION_PANEL_STRINGS,
  TRANSLATION_REASON_PROMPTS,
} from '../../i18n/translationsAdmin'

export type AdminLanguage = 'vi' | 'en'

export const adminLanguage = (language: string | undefined): AdminLanguage => (language === 'en' ? 'en' : 'vi')

export const asTranslationState = (value: unknown): TranslationState | null =>
  (TRANSLATION_STATES as readonly unknown[]).includes(value) ? (value as TranslationState) : null

export function moveLabel(from: TranslationState, to: TranslationState, role: Role, lang: AdminLanguage): string {
  const label = TRANSLATION_MOVE_LABELS[`${from}>${to}:${role}`] ?? TRANSLATION_MOVE_LABELS[`${from}>${to}`]
  return label ? label[lang] : to
}

/** Whether the role must give a reason for the move (the rule the server applies, asked of the shared table). */
export function moveNeedsReason(from: TranslationState, to: TranslationState, role: Role): boolean {
  const check = checkTranslationMove({ from, to, role, reason: null, hasEnglish: true })
  return !check.ok && check.code === 'reason-required'
}

export interface PanelMove {
  to: TranslationState
  label: string
  needsReason: boolean
  /** The prompt above the reason box, when one is needed. */
  reasonPrompt: string | null
  /** Taking the English off the site is marked apart from the other steps. */
  withdraws: boolean
}

/**
 * The buttons of the panel: the moves the role may make from the state, in the shared table's
 * order. When the server listed the moves it allows this user (`allowed`), only those are shown,
 * so the panel never offers a step the server has already said no to.
 */
export function panelMoves(
  state: TranslationState,
  role: Role | null,
  lang: AdminLanguage,
  allowed?: readonly TranslationState[] | null,
): PanelMove[] {
  if (!role) return []
  return nextTranslationStates(state, role)
    .filter((to) => !allowed || allowed.includes(to))
    .map((to) => {
      const needsReason = moveNeedsReason(state, to, role)
      return {
        to,
        label: moveLabel(state, to, role, lang),
        needsReason,
        reasonPrompt: needsReason ? (TRANSLATION_REASON_PROMPTS[to]?.[lang] ?? null) : null,
        withdraws: (state === 'published' || state === 'stale') && (to === 'needed' || to === 'not-needed'),
      }
    })
}

export type MoveCheck = { ok: true; reason: string | null } | { ok: false; message: string }

/**
 * Moves that take the saved English (submitting it, publishing a copy of it): a move is sent
 * apart from the form, so an edit typed but not saved would silently not be part of it.
 */
export const usesSavedText = (to: TranslationState): boolean => to === 'in-review' || to === 'published'

/**
 * Checks a move before it is sent: a required reason must be written, a move that takes the saved
 * text waits until the form's changes are saved, and one that needs an English title is stopped
 * when the form in view (the English) has none. Refusals the server also makes are worded like
 * the server's, so the person reads the same thing whichever side stops them.
 */
export function checkBeforeSending(
  move: PanelMove,
  reason: string,
  lang: AdminLanguage,
  {
    unsavedChanges = false,
    englishTitle,
  }: {
    unsavedChanges?: boolean
    /** The English title in the form, when the form holds the English; undefined when it cannot tell. */
    englishTitle?: unknown
  } = {},
): MoveCheck {
  const text = reason.trim()
  if (move.needsReason && !text) return { ok: false, message: TRANSLATION_MESSAGES.reasonRequired(move.to)[lang] }
  if (unsavedChanges && usesSavedText(move.to)) return { ok: false, message: TRANSLATION_PANEL_STRINGS[lang].saveFirst }
  const titled = typeof englishTitle === 'string' && englishTitle.trim() !== ''
  if (englishTitle !== undefined && !titled && usesSavedText(move.to))
    return { ok: false, message: TRANSLATION_MESSAGES.englishRequired[lang] }
  return { ok: true, reason: text || null }
}

/** A refusal from `POST /api/translations/move`, in the admin's language, whatever shape the body has. */
export function refusalMessage(body: unknown, lang: AdminLanguage): string {
  const b = (body ?? {}) as { message?: unknown; messageEn?: unknown; errors?: { message?: unknown }[] }
  const pick = lang === 'en' ? (b.messageEn ?? b.message) : b.message
  if (typeof pick === 'string' && pick.trim()) return pick
  const first = Array.isArray(b.errors) ? b.errors[0]?.message : null
  return typeof first === 'string' && first.trim() ? first : TRANSLATION_PANEL_STRINGS[lang].refused
}

/** Whether the panel lists what changed: the record is stale, or the server found changes anyway. */
export const showsChanges = (state: TranslationState, changes: readonly FieldChange[]): boolean =>
  state === 'stale' || changes.length > 0

export type DiffSegment = { kind: 'same' | 'del' | 'ins'; text: string }

/**
 * A field's word diff as segments to render: removed words as <del>, added as <ins> (so the
 * change reads without colour too). Neighbouring parts of the same kind are merged.
 */
export function diffSegments(change: FieldChange): DiffSegment[] {
  const out: DiffSegment[] = []
  for (const part of change.parts) {
    if (!part.text) continue
    const kind = part.change === 'removed' ? 'del' : part.change === 'added' ? 'ins' : 'same'
    const last = out[out.length - 1]
    if (last && last.kind === kind) last.text += part.text
    else out.push({ kind, text: part.text })
  }
  return out
}

/**
 * A source field path as the editor knows it: `title` → «Tiêu đề», `leaders.<rowId>.title` →
 * «Lãnh đạo – Chức vụ» (with the row's number when the caller knows the row order).
 */
export function fieldLabel(
  collection: TranslatableCollection,
  path: string,
  lang: AdminLanguage,
  rowNumber?: number | null,
): string {
  const labels = TRANSLATED_FIELD_LABELS[collection] ?? {}
  const parts = path.split('.')
  const name = (key: string) => labels[key]?.[lang] ?? key
  if (parts.length >= 3) {
    const row = rowNumber ? ` ${rowNumber}` : ''
    return `${name(parts[0])}${row} – ${name(parts[parts.length - 1])}`
  }
  return name(parts[parts.length - 1])
}

/** Day and time in the portal's time zone, the way the admin writes dates (dd/MM/yyyy HH:mm). */
export function formatWhen(value: unknown): string | null {
  if (typeof value !== 'string' || !value) return null
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return null
  return formatVietnamDateTime(date)
}

/**
 * A user relationship as it may arrive: populated (their name, else their e-mail) or an id, looked
 * up in `names` (the panel reads the names the record only points at).
 */
export function personName(value: unknown, names: Readonly<Record<string, string>> = {}): string | null {
  if (value && typeof value === 'object') {
    const u = value as { id?: unknown; name?: unknown; email?: unknown }
    if (typeof u.name === 'string' && u.name.trim()) return u.name
    if (typeof u.email === 'string' && u.email) return u.email
    return u.id != null ? (names[String(u.id)] ?? null) : null
  }
  if (typeof value === 'string' || typeof value === 'number') return names[String(value)] ?? null
  return null
}

/** Ids of the people a record points at without their names, to look up. */
export function peopleToName(record: { translator?: unknown; reviewer?: unknown } | null): string[] {
  if (!record) return []
  const ids = [record.translator, record.reviewer]
    .filter((v) => typeof v === 'string' || typeof v === 'number')
    .map(String)
  return [...new Set(ids)]
}

/** Badge colours by state; the label is always written out, colour only helps. */
export const STATE_COLORS: Record<TranslationState, string> = {
  'not-needed': 'var(--theme-elevation-500)',
  needed: 'var(--theme-warning-600, #b26a00)',
  'in-progress': 'var(--theme-elevation-800)',
  'in-review': 'var(--theme-warning-600, #b26a00)',
  published: 'var(--theme-success-600, #2e7d32)',
  stale: 'var(--theme-error-600, #c62828)',
}

/**
 * Where the «Dịch song song» link goes: the same edit view with the locale switched, other query
 * parameters kept.
 */
export function localeHref(pathname: string, search: string, locale: 'vi' | 'en'): string {
  const params = new URLSearchParams(search)
  params.set('locale', locale)
  return `${pathname}?${params.toString()}`
}

/**
 * The key of a field's Vietnamese in the status endpoint's `source`: the field's path with each
 * array index replaced by that row's id (`leaders.2.title` → `leaders.<rowId>.title`), because
 * the source is keyed by row id so that reordering rows changes nothing.
 */
export function sourceKey(uiPath: string, field: string, rowId: (rowPath: string) => string | null): string | null {
  const parent = uiPath.split('.').slice(0, -1)
  const out: string[] = []
  for (let i = 0; i < parent.length; i++) {
    if (/^\d+$/.test(parent[i])) {
      const id = rowId(parent.slice(0, i + 1).join('.'))
      if (!id) return null
      out.push(id)
    } else out.push(parent[i])
  }
  return [...out, field].join('.')
}
