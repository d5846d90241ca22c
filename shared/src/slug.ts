import { foldDiacritics } from './fold'

export const DEFAULT_SLUG_MAX_LENGTH = 96
const MAX_SUFFIX = 1000

/**
 * URL slug of a Vietnamese title: "Đề án đổi mới" → "de-an-doi-moi", "14/2017/NĐ-CP" →
 * "14-2017-nd-cp". Anything outside a–z and 0–9 separates words; the result is cut at a word
 * boundary so that a long title never ends in half a word.
 */
export function slugify(text: string, opts: { maxLength?: number } = {}): string {
  const maxLength = opts.maxLength ?? DEFAULT_SLUG_MAX_LENGTH
  if (!Number.isInteger(maxLength) || maxLength < 1) {
    throw new RangeError(`maxLength must be a positive integer, got ${maxLength}`)
  }
  const slug = foldDiacritics(text)
    .toLowerCase()
    // "Vietnam's" reads as one word, not "vietnam-s".
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  if (slug.length <= maxLength) return slug
  if (slug[maxLength] === '-') return slug.slice(0, maxLength)
  const lastBreak = slug.lastIndexOf('-', maxLength - 1)
  // A single word longer than the limit has no boundary to cut at.
  return lastBreak > 0 ? slug.slice(0, lastBreak) : slug.slice(0, maxLength)
}

/**
 * First of `base`, `base-2`, `base-3`… that `taken` does not claim. The caller's check is the
 * source of truth (usually a database query), so it may be asynchronous.
 */
export async function uniqueSlug(
  base: string,
  taken: (slug: string) => boolean | Promise<boolean>,
): Promise<string> {
  if (base === '') throw new RangeError('uniqueSlug needs a non-empty base')
  if (!(await taken(base))) return base
  for (let n = 2; n <= MAX_SUFFIX; n++) {
    const candidate = `${base}-${n}`
    if (!(await taken(candidate))) return candidate
  }
  // A broken `taken` that always answers true must not hang a save hook.
  throw new Error(`No free slug for "${base}" up to suffix ${MAX_SUFFIX}`)
}
