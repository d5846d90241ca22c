import type { Locale, SnapshotUnit } from '@cong/shared/snapshot'
import type { SiteData } from './snapshot'

/**
 * Children of a unit as a reader of `locale` sees them: a unit without text in that language is
 * left out and its own children take its place, so the English tree has no holes.
 */
export function visibleUnitChildren(data: SiteData, parentId: string | undefined, locale: Locale): SnapshotUnit[] {
  return data
    .unitChildren(parentId)
    .flatMap((unit) => (unit[locale] ? [unit] : visibleUnitChildren(data, unit.id, locale)))
}

/** Ancestors of a unit that are readable in `locale`, root first (for breadcrumbs). */
export function unitAncestors(data: SiteData, unit: SnapshotUnit, locale: Locale): SnapshotUnit[] {
  const trail: SnapshotUnit[] = []
  const seen = new Set([unit.id])
  for (let cur = unit.parentId ? data.unit(unit.parentId) : undefined; cur && !seen.has(cur.id); ) {
    seen.add(cur.id)
    if (cur[locale]) trail.unshift(cur)
    cur = cur.parentId ? data.unit(cur.parentId) : undefined
  }
  return trail
}
