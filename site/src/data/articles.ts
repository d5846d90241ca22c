import type { Locale, SnapshotArticle, SnapshotSection } from '@cong/shared/snapshot'
import type { SiteData } from './snapshot'

/** The section an article is shown under (breadcrumbs, card label): its first regular section. */
export function primarySection(data: SiteData, article: SnapshotArticle, locale: Locale): SnapshotSection | undefined {
  const sections = article.sectionIds.map((id) => data.section(id)).filter((s) => s?.[locale])
  return sections.find((s) => s!.kind === 'section') ?? sections[0]
}

/**
 * What "Tin liên quan" shows: the editors' picks first, then the article's neighbours in its
 * section (the ones published just before it, then just after when it is among the oldest), never
 * the article itself, only those readable in `locale`. Neighbours rather than the section's newest:
 * with the newest, every publish changed the related block of every article in the section, and an
 * incremental publish (shared/src/affectedPages.ts) had to re-render all of them.
 */
export function relatedArticles(data: SiteData, article: SnapshotArticle, locale: Locale, max = 4): SnapshotArticle[] {
  const picked = article.relatedIds.map((id) => data.article(id)).filter((a): a is SnapshotArticle => !!a?.[locale])
  const section = primarySection(data, article, locale)
  const list = section ? data.listing(section.id, locale) : []
  const at = list.findIndex((a) => a.id === article.id)
  const reach = max + picked.length
  const fill = at < 0 ? [] : [...list.slice(at + 1, at + 1 + reach), ...list.slice(Math.max(0, at - reach), at).reverse()]
  const seen = new Set([article.id])
  const result: SnapshotArticle[] = []
  for (const candidate of [...picked, ...fill]) {
    if (result.length === max) break
    if (seen.has(candidate.id)) continue
    seen.add(candidate.id)
    result.push(candidate)
  }
  return result
}
