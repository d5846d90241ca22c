import type { ValidityStatus } from '@cong/shared/legalValidity'
import type { Strings } from '../i18n'
import ValidityBadge from './ValidityBadge'

/** One document as the table shows it; built from the snapshot at build time or from a search result. */
export interface LegalRow {
  id: string
  href: string
  number: string
  /** Loại văn bản, in the page's language. */
  type: string
  /** yyyy-MM-dd, for `<time datetime>`. */
  issued: string
  issuedLabel: string
  summary: string
  status: ValidityStatus | null
  statusLabel: string
}

export type LegalTableStrings = Pick<Strings, 'colNumber' | 'colType' | 'colIssued' | 'colSummary' | 'colStatus'>

/**
 * The documents list: the static pages render it at build time (no script), the document finder
 * renders the same markup for its results, so both look and read alike. On narrow screens the
 * stylesheet turns each row into a card.
 */
export default function LegalDocumentTable({
  rows,
  caption,
  strings: t,
}: {
  rows: LegalRow[]
  /** What the rows are and in which order, for screen readers. */
  caption: string
  strings: LegalTableStrings
}) {
  return (
    <table className="legal-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.colNumber}</th>
          <th scope="col">{t.colType}</th>
          <th scope="col">{t.colIssued}</th>
          <th scope="col">{t.colSummary}</th>
          <th scope="col">{t.colStatus}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row" className="legal-table__number">
              <a href={row.href}>{row.number}</a>
            </th>
            <td>{row.type}</td>
            <td>
              <time dateTime={row.issued}>{row.issuedLabel}</time>
            </td>
            <td className="legal-table__summary">
              {row.summary}
            </td>
            <td>
              <ValidityBadge status={row.status} label={row.statusLabel} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
