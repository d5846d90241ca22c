/**
 * English versions as a translation workflow (docs/translation-and-multimedia.md). Vietnamese is
 * the source; each translatable item has one translation record whose state is independent of the
 * item's own (Vietnamese) workflow. The English text a translator works on lives in the item's `en`
 * locale; what the public sees is a frozen copy taken when the board publishes the English, so a
 * translator's work in progress, or a change to the Vietnamese, never changes the English site
 * until the board publishes again.
 *
 * Staleness: the Vietnamese texts the English was made from are kept (and fingerprinted) per
 * field; when one of them changes, the English is stale and the translator sees a field diff.
 */
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import { diffWords } from 'diff'
import type { Role } from './roles'

export const TRANSLATION_STATES = ['not-needed', 'needed', 'in-progress', 'in-review', 'published', 'stale'] as const
export type TranslationState = (typeof TRANSLATION_STATES)[number]

export const TRANSLATION_STATE_LABELS: Record<TranslationState, { vi: string; en: string }> = {
  'not-needed': { vi: 'Không cần dịch', en: 'Not needed' },
  needed: { vi: 'Cần dịch', en: 'Needed' },
  'in-progress': { vi: 'Đang dịch', en: 'In progress' },
  'in-review': { vi: 'Chờ duyệt bản dịch', en: 'In review' },
  published: { vi: 'Đã đăng tiếng Anh', en: 'Published' },
  stale: { vi: 'Bản gốc đã thay đổi', en: 'Stale' },
}

/** States a translator's queue shows: something is to be translated or reviewed. */
export const QUEUE_STATES: readonly TranslationState[] = ['needed', 'stale', 'in-progress', 'in-review']

/** Collections whose items have an English version through this workflow. */
export const TRANSLATABLE_COLLECTIONS = ['articles', 'pages', 'legal-documents', 'units', 'albums', 'cases'] as const
export type TranslatableCollection = (typeof TRANSLATABLE_COLLECTIONS)[number]

export const TRANSLATABLE_LABELS: Record<TranslatableCollection, { vi: string; en: string }> = {
  articles: { vi: 'Tin bài', en: 'Article' },
  pages: { vi: 'Trang', en: 'Page' },
  'legal-documents': { vi: 'Văn bản', en: 'Legal document' },
  units: { vi: 'Đơn vị', en: 'Unit' },
  albums: { vi: 'Đa phương tiện', en: 'Multimedia' },
  cases: { vi: 'Hỏi – Đáp', en: 'Q&A' },
}

export const isTranslatableCollection = (value: unknown): value is TranslatableCollection =>
  typeof value === 'string' && (TRANSLATABLE_COLLECTIONS as readonly string[]).includes(value)

/**
 * Source texts of one item, by field path: `title`, `body`, and for rows of an array the row's
 * id, `photos.<rowId>.caption`. Rich text arrives as plain text (the CMS flattens it), so a
 * formatting-only edit does not make a translation stale.
 */
export type SourceTexts = Record<string, string>
/** Per-field fingerprints of a `SourceTexts`. */
export type Fingerprint = Record<string, string>

/** Whitespace and Unicode form do not change what a translator translates. */
export function normalizeSource(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim()
}

/** Empty fields are left out: an empty caption and a missing one are the same source. */
export function fingerprint(texts: SourceTexts): Fingerprint {
  const out: Fingerprint = {}
  for (const field of Object.keys(texts).sort()) {
    const value = normalizeSource(texts[field] ?? '')
    if (value) out[field] = bytesToHex(sha256(utf8ToBytes(value))).slice(0, 32)
  }
  return out
}

/** Fields whose source differs between two fingerprints (added, removed or changed), sorted. */
export function changedFields(recorded: Fingerprint, current: Fingerprint): string[] {
  const fields = new Set([...Object.keys(recorded), ...Object.keys(current)])
  return [...fields].filter((f) => recorded[f] !== current[f]).sort()
}

/** One fingerprint for the whole item, for an XLIFF file to say which source it was made from. */
export function itemFingerprint(texts: SourceTexts): string {
  const fp = fingerprint(texts)
  const joined = Object.keys(fp)
    .map((f) => `${f}=${fp[f]}`)
    .join('\n')
  return bytesToHex(sha256(utf8ToBytes(joined))).slice(0, 32)
}

export interface DiffPart {
  text: string
  change?: 'added' | 'removed'
}

export interface FieldChange {
  field: string
  kind: 'added' | 'removed' | 'changed'
  before: string
  after: string
  /** Word-level diff of before → after, for the translator's view. */
  parts: DiffPart[]
}

/** What changed in the Vietnamese since the English was made, field by field. */
export function fieldDiff(before: SourceTexts, after: SourceTexts): FieldChange[] {
  return changedFields(fingerprint(before), fingerprint(after)).map((field) => {
    const a = normalizeSource(before[field] ?? '')
    const b = normalizeSource(after[field] ?? '')
    const kind = !a ? 'added' : !b ? 'removed' : 'changed'
    const parts = diffWords(a, b).map((p) => ({
      text: p.value,
      ...(p.added ? { change: 'added' as const } : p.removed ? { change: 'removed' as const } : {}),
    }))
    return { field, kind, before: a, after: b, parts }
  })
}

/**
 * The state a translation moves to when its item's Vietnamese is saved: stale when a source field
 * the English was made from has changed. Only translations that were made from a source (a
 * recorded fingerprint) can go stale; a record still `needed` has nothing to be stale against.
 */
export function stateAfterSourceChange(
  state: TranslationState,
  recorded: Fingerprint | null | undefined,
  current: Fingerprint,
): TranslationState {
  if (!recorded || state === 'not-needed' || state === 'needed' || state === 'stale') return state
  return changedFields(recorded, current).length > 0 ? 'stale' : state
}

/** Who may make each move: translators translate, the board publishes, editors decide what needs English. */
const MOVES: Record<TranslationState, Partial<Record<TranslationState, readonly Role[]>>> = {
  'not-needed': { needed: ['editor', 'board', 'admin'] },
  needed: { 'not-needed': ['editor', 'board', 'admin'], 'in-progress': ['translator', 'board', 'admin'] },
  'in-progress': { 'in-review': ['translator', 'board', 'admin'], needed: ['translator', 'board', 'admin'] },
  'in-review': { published: ['board', 'admin'], 'in-progress': ['translator', 'board', 'admin'] },
  published: { 'in-progress': ['translator', 'board', 'admin'], needed: ['board', 'admin'] },
  stale: {
    'in-progress': ['translator', 'board', 'admin'],
    'in-review': ['translator', 'board', 'admin'],
    published: ['board', 'admin'],
    needed: ['board', 'admin'],
  },
}

/** Moves that need a reason (returning a translation, taking English down). */
const NEEDS_REASON: readonly [TranslationState, TranslationState][] = [
  ['in-review', 'in-progress'],
  ['published', 'needed'],
  ['stale', 'needed'],
]

export type TranslationMoveCheck =
  | { ok: true }
  | { ok: false; code: 'unknown-transition' | 'forbidden' | 'reason-required' | 'english-required' }

export interface TranslationMove {
  from: TranslationState
  to: TranslationState
  role: Role
  reason?: string | null
  /** Whether the item has an English title (the least an English version must have). */
  hasEnglish: boolean
}

export function checkTranslationMove(move: TranslationMove): TranslationMoveCheck {
  const { from, to, role } = move
  const allowed = MOVES[from]?.[to]
  if (!allowed) return { ok: false, code: 'unknown-transition' }
  if (!allowed.includes(role)) return { ok: false, code: 'forbidden' }
  if (NEEDS_REASON.some(([a, b]) => a === from && b === to) && !move.reason?.trim() && role !== 'translator')
    return { ok: false, code: 'reason-required' }
  if ((to === 'in-review' || to === 'published') && !move.hasEnglish) return { ok: false, code: 'english-required' }
  return { ok: true }
}

/** The moves a role may offer from a state, in a stable order (for the admin's buttons). */
export function nextTranslationStates(from: TranslationState, role: Role): TranslationState[] {
  return TRANSLATION_STATES.filter((to) => MOVES[from]?.[to]?.includes(role))
}

/**
 * Whether the move records the current Vietnamese as the source of the English: submitting for
 * review, publishing, and starting over from `needed` (nothing was translated before).
 */
export function recordsSource(from: TranslationState, to: TranslationState): boolean {
  return to === 'in-review' || to === 'published' || (from === 'needed' && to === 'in-progress')
}

/** Whether a move replaces (`publish`) or removes (`withdraw`) the English the public sees. */
export function publicEffect(from: TranslationState, to: TranslationState): 'publish' | 'withdraw' | null {
  if (to === 'published') return 'publish'
  if (to === 'needed' || to === 'not-needed') return from === 'published' || from === 'stale' ? 'withdraw' : null
  return null
}
