import type { ValidityStatus } from '@cong/shared/legalValidity'

/**
 * Tình trạng hiệu lực as a badge: the words carry the meaning, the colour only helps scanning.
 * React rather than Astro because the document finder draws the same badge in its results; on
 * Astro pages it renders to plain HTML and ships no script.
 */
export default function ValidityBadge({ status, label }: { status: ValidityStatus | null; label: string }) {
  return <span className={`badge badge--${status ?? 'none'}`}>{label}</span>
}
