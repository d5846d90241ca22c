import type { SnapshotSection } from '@cong/shared/snapshot'
import type { SiteData } from './snapshot'

/** Ancestors of a section, root first, then the section itself. */
export function sectionTrail(data: SiteData, section: SnapshotSection): SnapshotSection[] {
  const trail = [section]
  const seen = new Set([section.id])
  for (let cur = section.parentId ? data.section(section.parentId) : undefined; cur && !seen.has(cur.id); ) {
    seen.add(cur.id)
    trail.unshift(cur)
    cur = cur.parentId ? data.section(cur.parentId) : undefined
  }
  return trail
}
