import type { Locale, SnapshotArticle, SnapshotSection } from '@cong/shared/snapshot'
import type { SiteData } from './snapshot'

/** The section an article is shown under (breadcrumbs, card label): its first regular section. */
export function primarySection(data: SiteData, article: SnapshotArticle, locale: Locale): SnapshotSection | undefined {
  const sections = article.sectionIds.map((id) => data.section(id)).filter((s) => s?.[locale])
  return sections.find((s) => s!.kind === 'section') ?? sections[0]
}

/**
 * What "Tin liên quan" shows: the editors' picks first, then the newest articles of the same
 * section, never the article itself, only those readable in `locale`.
 */
export function relatedArticles(data: SiteData, article: SnapshotArticle, locale: Locale, max = 4): SnapshotArticle[] {
  const picked = article.relatedIds.map((id) => data.article(id)).filter((a): a is SnapshotArticle => !!a?.[locale])
  const section = primarySection(data, article, locale)
  const fill = section ? data.listing(section.id, locale) : []
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
