'use client'

import { useMemo, useState } from 'react'
import type { CSSProperties } from 'react'
import { XliffPanel } from './XliffPanel'

/** One row as the server prepared it: every text already in the admin's language. */
export interface QueueTableRow {
  key: string
  collection: string
  id: string
  title: string
  href: string
  kind: string
  state: string
  waitingSince: string
  views: number
  sections: string
  unit: string
}

const cell: CSSProperties = {
  padding: '0.35rem 0.6rem',
  borderBottom: '1px solid var(--theme-elevation-100)',
  textAlign: 'left',
  verticalAlign: 'top',
}

/**
 * The queue's table with a checkbox per row; the checked rows go to the XLIFF export. Client-side
 * only for the selection: the rows, order and filters come from the server and the URL.
 */
export function TranslationQueueTable({
  rows,
  emptyText,
  header,
  selectLabel,
  selectAllLabel,
  selectedText,
}: {
  rows: QueueTableRow[]
  /** Said instead of the table when there are no rows (the import stays: a file may come back later). */
  emptyText: string
  /** Headings after the checkbox column: kind, title, state, waiting since, views, section, unit. */
  header: string[]
  selectLabel: string
  selectAllLabel: string
  /** "n selected", with {n} replaced. */
  selectedText: string
}) {
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set())
  const selected = useMemo(
    () => rows.filter((r) => checked.has(r.key)).map((r) => ({ collection: r.collection, id: r.id })),
    [rows, checked],
  )
  const all = rows.length > 0 && rows.every((r) => checked.has(r.key))
  const toggle = (key: string) =>
    setChecked((prev) => {
      const next = new Set(prev)
      if (next.has(key)) next.delete(key)
      else next.add(key)
      return next
    })
  return (
    <>
      {rows.length === 0 ? (
        <p data-empty>{emptyText}</p>
      ) : (
        <table
          style={{ borderCollapse: 'collapse', width: '100%', margin: '0.5rem 0 1rem' }}
          data-translation-queue
        >
          <thead>
            <tr>
              <th scope="col" style={cell}>
                <input
                  type="checkbox"
                  aria-label={selectAllLabel}
                  checked={all}
                  onChange={() => setChecked(all ? new Set() : new Set(rows.map((r) => r.key)))}
                />
              </th>
              {header.map((h) => (
                <th key={h} scope="col" style={cell}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} data-item={r.key}>
                <td style={cell}>
                  <input
                    type="checkbox"
                    aria-label={`${selectLabel}: ${r.title}`}
                    checked={checked.has(r.key)}
                    onChange={() => toggle(r.key)}
                  />
                </td>
                <td style={cell}>{r.kind}</td>
                <td style={cell}>
                  <a href={r.href}>{r.title}</a>
                </td>
                <td style={cell}>{r.state}</td>
                <td style={{ ...cell, whiteSpace: 'nowrap' }}>{r.waitingSince}</td>
                <td style={{ ...cell, textAlign: 'right' }}>{r.views.toLocaleString('vi-VN')}</td>
                <td style={cell}>{r.sections}</td>
                <td style={cell}>{r.unit}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p aria-live="polite">{selectedText.replace('{n}', String(selected.length))}</p>
      <XliffPanel selected={selected} />
    </>
  )
}
