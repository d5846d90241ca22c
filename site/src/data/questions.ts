import { CASE_ATTACHMENTS, CASE_LIMITS, CASE_TYPES } from '@cong/shared/citizenCase'
import { LEGAL_FIELDS, LEGAL_FIELD_CODES } from '@cong/shared/legalVocabulary'
import { routes } from '@cong/shared/routes'
import type { Locale, SnapshotQuestion, SnapshotUnit } from '@cong/shared/snapshot'
import type { QuestionItem } from '../components/QuestionItems'
import { fmt, strings, type AskErrorCode } from '../i18n'
import { formatDate, isoDay } from '../lib/dates'
import { formatFileSize } from '../lib/files'
import type { SiteData } from './snapshot'

const ordered = new WeakMap<SiteData, Record<Locale, SnapshotQuestion[]>>()

/** Published questions with text in `locale`, most recently answered first. */
export function questionsOf(data: SiteData, locale: Locale): SnapshotQuestion[] {
  let lists = ordered.get(data)
  if (!lists) {
    const newest = [...data.snapshot.questions].sort(
      (a, b) => b.answeredAt.localeCompare(a.answeredAt) || b.id.localeCompare(a.id),
    )
    lists = { vi: newest, en: newest.filter((q) => q.en) }
    ordered.set(data, lists)
  }
  return lists[locale]
}

export const question = (data: SiteData, id: string): SnapshotQuestion | undefined =>
  data.snapshot.questions.find((q) => q.id === id)

/** The answering unit as a page in `locale` links to it: its own language, else the Vietnamese page. */
export function answeringUnit(
  data: SiteData,
  q: SnapshotQuestion,
  locale: Locale,
): { unit: SnapshotUnit; name: string; href: string; lang?: 'vi' } | undefined {
  const unit = q.unitId ? data.unit(q.unitId) : undefined
  if (!unit) return undefined
  const own = unit[locale]
  return own
    ? { unit, name: own.name, href: routes.unit(locale, unit.slug) }
    : { unit, name: unit.vi.name, href: routes.unit('vi', unit.slug), lang: locale === 'vi' ? undefined : 'vi' }
}

/** The first words of a question for a list: whole words, at most `max` characters. */
export function excerpt(text: string, max = 180): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,.;:–-]+$/, '')}…`
}

/** A question as lists show it, at build time and in the finder's results alike. */
export function questionItem(data: SiteData, q: SnapshotQuestion, locale: Locale): QuestionItem {
  const text = q[locale]!
  return {
    href: routes.question(locale, q.slug),
    title: text.title,
    field: LEGAL_FIELDS[q.field][locale],
    unit: answeringUnit(data, q, locale)?.name ?? '',
    answered: isoDay(q.answeredAt),
    answeredLabel: formatDate(q.answeredAt, locale),
    excerpt: excerpt(text.question),
  }
}

export interface QuestionFacet {
  key: 'field' | 'unit'
  label: string
  values: { value: string; label: string; count: number }[]
}

/**
 * The finder's two filters with every value at build time: fields by code in the vocabulary's
 * order, units by name, most answers first. The question pages carry the same values as
 * Pagefind filters (QuestionView.astro).
 */
export function questionFacets(data: SiteData, locale: Locale): QuestionFacet[] {
  const t = strings(locale).qa
  const list = questionsOf(data, locale)
  const count = (values: string[]) => {
    const counts = new Map<string, number>()
    for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1)
    return counts
  }
  const fields = count(list.map((q) => q.field))
  const units = count(list.map((q) => answeringUnit(data, q, locale)?.name ?? ''))
  return [
    {
      key: 'field',
      label: t.field,
      values: LEGAL_FIELD_CODES.filter((code) => fields.has(code)).map((code) => ({
        value: code,
        label: LEGAL_FIELDS[code][locale],
        count: fields.get(code)!,
      })),
    },
    {
      key: 'unit',
      label: t.unit,
      values: [...units]
        .sort(([a, x], [b, y]) => y - x || a.localeCompare(b, 'vi'))
        .map(([value, n]) => ({ value, label: value, count: n })),
    },
  ]
}

export const caseTypeLabel = (q: SnapshotQuestion, locale: Locale): string => CASE_TYPES[q.type][locale]

/**
 * The question form's refusals in `locale` with the schema's limits filled in ("{min}" of
 * `title-too-short` is CASE_LIMITS.titleMin). `{name}` stays for the form to fill per file.
 */
export function askErrorMessages(locale: Locale): Record<AskErrorCode, string> {
  const limits: Record<string, number> = CASE_LIMITS
  const number = (n: number | undefined) => (n === undefined ? '' : n.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB'))
  const errors = strings(locale).ask.errors
  return Object.fromEntries(
    Object.entries(errors).map(([code, template]) => {
      const field = code.slice(0, code.indexOf('-'))
      const values: Record<string, string> = { size: formatFileSize(CASE_ATTACHMENTS.maxBytes, locale) }
      if (code.endsWith('attachments')) values.max = number(CASE_ATTACHMENTS.maxFiles)
      else {
        values.min = number(limits[`${field}Min`])
        values.max = number(limits[`${field}Max`])
      }
      return [code, fmt(template, values)]
    }),
  ) as Record<AskErrorCode, string>
}

/**
 * Where the "Hỏi – Đáp" menu entry leads: the list, or the form on an English site with no
 * translated answer yet (asking is open in both languages).
 */
export const questionsNavHref = (data: SiteData, locale: Locale): string =>
  data.hasPage(routes.questions(locale)) ? routes.questions(locale) : routes.ask(locale)
