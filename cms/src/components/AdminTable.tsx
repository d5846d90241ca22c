import type { CSSProperties, ReactNode } from 'react'

/** The cell look of Cổng's own admin tables: Payload's list spacing, a hairline between rows. */
export const adminCell: CSSProperties = {
  padding: '0.35rem 0.6rem',
  borderBottom: '1px solid var(--theme-elevation-100)',
  textAlign: 'left',
}

/**
 * A table of an admin screen: full width up to `maxWidth`, a header row of column headings, and
 * the body rows the screen renders itself (each screen says its figures differently).
 */
export function AdminTable({
  header,
  headerAlign,
  caption,
  id,
  maxWidth,
  spaceAfter = '1.5rem',
  children,
}: {
  header: string[]
  /** Where each column heading sits; left unless said, so figures can be headed over their side. */
  headerAlign?: (column: number) => 'left' | 'right'
  caption?: ReactNode
  id?: string
  maxWidth?: number
  spaceAfter?: string
  children: ReactNode
}) {
  return (
    <table
      id={id}
      style={{ borderCollapse: 'collapse', width: '100%', maxWidth, margin: `0.5rem 0 ${spaceAfter}` }}
    >
      {caption !== undefined && (
        <caption style={{ textAlign: 'left', fontWeight: 600, padding: '0.25rem 0' }}>{caption}</caption>
      )}
      <thead>
        <tr>
          {header.map((h, i) => (
            <th key={h} scope="col" style={{ ...adminCell, textAlign: headerAlign?.(i) ?? 'left' }}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  )
}

/** The download links of a report screen: `api` with each format, for the figures the screen shows. */
export function ReportDownloads({
  label,
  api,
  files,
}: {
  label: string
  api: string
  files: Record<string, string>
}) {
  return (
    <p style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap' }}>
      <strong>{label}:</strong>
      {Object.entries(files).map(([format, text]) => (
        <a key={format} href={`${api}&format=${format}`} download>
          {text}
        </a>
      ))}
    </p>
  )
}
