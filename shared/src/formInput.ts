import { z } from 'zod'
import { cleanText } from './normalize'

/**
 * What every public form (draft comments, citizen questions) does to what people type, and how
 * it reports refusals: one code per field, in form order, never prose. Each side words the codes
 * in its own translation table, so the reader sees the same refusal before and after sending.
 */

/**
 * Characters nobody types on purpose in a form but attackers do: bidirectional overrides and
 * isolates (U+202E makes "gpj.exe" read as "exe.jpg" to a case handler), zero-width spaces and
 * word joiners that split a word past a filter, and the byte-order mark. Joiners (U+200C/D)
 * stay: emoji and some scripts need them.
 */
const INVISIBLE = /[\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g
/** Half of a UTF-16 pair without its other half: no encoding can store it (PostgreSQL refuses it). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Public text as stored: `cleanText`, without invisible format characters or broken UTF-16. */
export const publicText = (text: string): string =>
  cleanText(text.replace(LONE_SURROGATE, '\uFFFD').replace(INVISIBLE, ''))

/** A single-line field as stored: NFC, no control characters, inner runs of spaces collapsed. */
export const line = (value: unknown): unknown =>
  typeof value === 'string' ? publicText(value).replace(/\s+/g, ' ').trim() : value

/**
 * A multi-line field keeps its paragraphs (at most one blank line between them). Any horizontal
 * space counts as a space, including the no-break spaces text pasted from a word processor carries.
 */
export const paragraphs = (value: unknown): unknown =>
  typeof value === 'string'
    ? publicText(value)
        .replace(/[^\S\n]+/g, ' ')
        .replace(/ ?\n ?/g, '\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim()
    : value

/** An optional single-line field: blank means absent. */
export const optionalLine = (value: unknown): unknown => {
  const cleaned = line(value)
  return cleaned === '' || cleaned === null ? undefined : cleaned
}

/** Vietnamese numbers as people type them: 0912 345 678, 024.3826.9556, +84 912345678. */
export const PHONE = /^(?:\+?84|0)\d{8,10}$/
export const normalizePhone = (phone: string): string => phone.replace(/[\s.()-]/g, '')

/** An optional phone number, stored without its separators. */
export const optionalPhone = (value: unknown): unknown => {
  const cleaned = optionalLine(value)
  return typeof cleaned === 'string' ? normalizePhone(cleaned) : cleaned
}

/** A required string of `min`..`max` characters; a missing or short value is refused with `codes.min`. */
export function boundedString<C extends string>(codes: { min?: C; max: C }, min: number, max: number) {
  const short = codes.min ?? codes.max
  return z.string({ error: short }).min(min, { error: short }).max(max, { error: codes.max })
}

export interface FieldError<F extends string, C extends string> {
  field: F
  code: C
}

export type FormResult<T, F extends string, C extends string> =
  { ok: true; value: T } | { ok: false; errors: FieldError<F, C>[] }

/**
 * Validate `input` with `schema`, reporting the first refusal of each field in `order`. A value
 * of the wrong type (a number for a name) has no code of its own and is reported with
 * `fallback(field)`, like a missing value.
 */
export function parseForm<S extends z.ZodType, F extends string, C extends string>(
  schema: S,
  input: unknown,
  codes: readonly C[],
  order: readonly F[],
  fallback: (field: F) => C,
): FormResult<z.output<S>, F, C> {
  const result = schema.safeParse(input)
  if (result.success) return { ok: true, value: result.data }
  const seen = new Set<string>()
  const errors: FieldError<F, C>[] = []
  for (const issue of result.error.issues) {
    const raw = String(issue.path[0] ?? order[order.length - 1])
    const field = ((order as readonly string[]).includes(raw) ? raw : order[order.length - 1]) as F
    if (seen.has(field)) continue
    seen.add(field)
    const code = (codes as readonly string[]).includes(issue.message) ? (issue.message as C) : fallback(field)
    errors.push({ field, code })
  }
  return { ok: false, errors: errors.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field)) }
}
