/**
 * How much of the site has English (the coverage report, /admin/translation-coverage and
 * GET /api/reports/translations): per section, per month of Vietnamese publication and per kind.
 * Pure, from one row per translation record.
 */
import type { TranslatableCollection, TranslationState } from './translation'

export interface CoverageRow {
  collection: TranslatableCollection
  sectionIds: string[]
  /** Month the Vietnamese was first published ('YYYY-MM'), null when never. */
  sourceMonth: string | null
  state: TranslationState
  /** Whether a published English copy exists (a stale one still counts: it is on the site). */
  hasPublishedEnglish: boolean
}

export interface CoverageFigures {
  total: number
  notNeeded: number
  /** Items with published English, stale ones included. */
  translated: number
  stale: number
  /** translated / total; 0 when there is nothing. */
  share: number
  /** translated / (total − notNeeded): how much of what needs English has it; 0 when nothing needs it. */
  shareOfNeeded: number
}

export interface CoverageReport extends CoverageFigures {
  /** One row per section (items in several sections count in each), by section id. */
  perSection: (CoverageFigures & { sectionId: string })[]
  /** One row per month of Vietnamese publication, oldest first; `month` null for never published. */
  perMonth: (CoverageFigures & { month: string | null })[]
  perCollection: (CoverageFigures & { collection: TranslatableCollection })[]
}

function figures(rows: readonly CoverageRow[]): CoverageFigures {
  const total = rows.length
  const notNeeded = rows.filter((r) => r.state === 'not-needed').length
  const translated = rows.filter((r) => r.hasPublishedEnglish).length
  const stale = rows.filter((r) => r.state === 'stale').length
  return {
    total,
    notNeeded,
    translated,
    stale,
    share: total ? translated / total : 0,
    // capped: a record marked not needed keeps no English after a withdrawal, but data from before
    // the workflow (or a hand edit) must not show more than 100 %
    shareOfNeeded: total - notNeeded > 0 ? Math.min(1, translated / (total - notNeeded)) : 0,
  }
}

function groupBy<K>(rows: readonly CoverageRow[], keys: (row: CoverageRow) => K[]): Map<K, CoverageRow[]> {
  const groups = new Map<K, CoverageRow[]>()
  for (const row of rows)
    for (const key of keys(row)) {
      const group = groups.get(key)
      if (group) group.push(row)
      else groups.set(key, [row])
    }
  return groups
}

export function coverage(rows: readonly CoverageRow[]): CoverageReport {
  const sections = groupBy(rows, (r) => [...new Set(r.sectionIds)])
  const months = groupBy(rows, (r) => [r.sourceMonth])
  const collections = groupBy(rows, (r) => [r.collection])
  return {
    ...figures(rows),
    perSection: [...sections]
      .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
      .map(([sectionId, group]) => ({ sectionId, ...figures(group) })),
    // never-published items last: they are not in any month
    perMonth: [...months]
      .sort(([a], [b]) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1))
      .map(([month, group]) => ({ month, ...figures(group) })),
    perCollection: [...collections]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([collection, group]) => ({ collection, ...figures(group) })),
  }
}
