import type { Locale, SnapshotArticle, SnapshotSection } from '@cong/shared/snapshot'
import type { SiteData } from './snapshot'

/** The leadership's direction section gets its own band on the home page when it exists. */
export const DIRECTION_SECTION_SLUG = 'chi-dao-dieu-hanh'

const HEADLINES = 4
const PER_BLOCK = 4

export interface HomeContent {
  lead?: SnapshotArticle
  headlines: SnapshotArticle[]
  direction?: { section: SnapshotSection; articles: SnapshotArticle[] }
  blocks: { section: SnapshotSection; articles: SnapshotArticle[] }[]
  topics: SnapshotSection[]
}

/**
 * What the home page shows: the newest featured article as the lead (the newest article when none
 * is featured), then the next featured and newest articles, then the newest of each top-level
 * section marked `showOnHome`.
 */
export function homeContent(data: SiteData, locale: Locale): HomeContent {
  const latest = data.latest(locale)
  const featured = latest.filter((a) => a.featured)
  const lead = featured[0] ?? latest[0]
  const headlines = [...new Set([...featured, ...latest])].filter((a) => a !== lead).slice(0, HEADLINES)
  const top = data.sectionChildren(undefined).filter((s) => s.kind === 'section' && s[locale])
  const directionSection = top.find((s) => s.slug === DIRECTION_SECTION_SLUG)
  const newestOf = (section: SnapshotSection) => ({ section, articles: data.listing(section.id, locale).slice(0, PER_BLOCK) })
  return {
    lead,
    headlines,
    direction: directionSection ? newestOf(directionSection) : undefined,
    blocks: top
      .filter((s) => s.showOnHome && s !== directionSection)
      .map(newestOf)
      .filter((b) => b.articles.length > 0),
    topics: data.snapshot.sections.filter((s) => s.kind === 'topic' && s[locale]).sort((a, b) => a.order - b.order),
  }
}
