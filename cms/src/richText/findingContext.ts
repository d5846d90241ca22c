/**
 * Where a checker finding sits, for a message: the finding with a few words either side, on one
 * line, so that a lone "." can be found in a long body. Import-free so the admin's live checker
 * and the submission gate show it the same way.
 */
const CONTEXT_CHARS = 20

export interface FindingContext {
  /** Text before the finding, with "…" when cut. */
  before: string
  excerpt: string
  after: string
}

export function findingContext(text: string, f: { start: number; end: number; excerpt: string }): FindingContext {
  let from = Math.max(0, f.start - CONTEXT_CHARS)
  let to = Math.min(text.length, f.end + CONTEXT_CHARS)
  // Cut at a space so no half word shows, unless the only space is inside the finding.
  if (from > 0) {
    const space = text.indexOf(' ', from)
    if (space !== -1 && space < f.start) from = space + 1
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to)
    if (space > f.end) to = space
  }
  const flat = (s: string) => s.replace(/\s+/g, ' ')
  return {
    before: (from > 0 ? '…' : '') + flat(text.slice(from, f.start)).trimStart(),
    excerpt: f.excerpt,
    after: flat(text.slice(f.end, to)).trimEnd() + (to < text.length ? '…' : ''),
  }
}

export const contextLine = (c: FindingContext): string => `${c.before}${c.excerpt}${c.after}`
