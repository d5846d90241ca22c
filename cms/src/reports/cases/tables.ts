import type { CaseStatsReport, LabelledRow } from './load'
import {
  COUNT_LABEL,
  figureKind,
  GROUP_COLUMNS,
  monthLabel,
  MONTH_COLUMNS,
  TABLES,
  TOTAL_LABELS,
  type FigureKind,
  type Language,
  type TotalKey,
} from './strings'

export type Figure = { n: number | null; kind: FigureKind }
export type Cell = string | Figure
export type TableId = keyof typeof TABLES

export interface StatsTable {
  id: TableId
  title: string
  /** Excel sheet name (Vietnamese in every language: the file is the office's record). */
  sheet: string
  header: string[]
  rows: Cell[][]
}

export const figure = (key: TotalKey, n: number | null): Figure => ({ n, kind: figureKind(key) })

/**
 * Every table of the statistics in one shape, so the screen, the workbook and the CSV show the
 * same rows under the same headings.
 */
export function statsTables(report: CaseStatsReport, language: Language): StatsTable[] {
  const head = (id: TableId, keys: readonly TotalKey[]) => [TABLES[id].key[language], ...keys.map((k) => TOTAL_LABELS[k][language])]
  const table = (id: TableId, header: string[], rows: Cell[][]): StatsTable => ({
    id,
    title: TABLES[id][language],
    sheet: TABLES[id].sheet,
    header,
    rows,
  })
  const groups = (id: TableId, rows: LabelledRow[]) =>
    table(id, head(id, GROUP_COLUMNS), rows.map((row) => [row.label[language], ...GROUP_COLUMNS.map((k) => figure(k, row[k]))]))
  const totals = report.totals
  const summaryKeys = Object.keys(TOTAL_LABELS) as TotalKey[]
  return [
    table(
      'summary',
      [TABLES.summary.key[language], COUNT_LABEL[language]],
      summaryKeys.map((key) => [TOTAL_LABELS[key][language], figure(key, totals[key])]),
    ),
    table(
      'byMonth',
      head('byMonth', MONTH_COLUMNS),
      report.byMonth.map((row) => [monthLabel(row.month), ...MONTH_COLUMNS.map((k) => figure(k, row[k]))]),
    ),
    groups('byUnit', report.byUnit),
    groups('byField', report.byField),
    groups('byType', report.byType),
    groups('bySenderKind', report.bySenderKind),
    table(
      'byState',
      [TABLES.byState.key[language], COUNT_LABEL[language]],
      report.byState.map((row) => [row.label[language], figure('received', row.count)]),
    ),
  ]
}
