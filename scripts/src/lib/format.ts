/** Small helpers for aligned, human-readable terminal output. */

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g

export function visibleLength(text: string): number {
  return text.replace(ANSI, '').normalize('NFC').length
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - visibleLength(text)))
}

/** Rows under a header, columns padded to the widest cell; the last column is never padded. */
export function table(header: string[], rows: string[][], indent = '  '): string {
  const widths = header.map((h, i) => Math.max(visibleLength(h), ...rows.map((r) => visibleLength(r[i] ?? ''))))
  const line = (cells: string[]) =>
    indent +
    cells
      .map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i])))
      .join('  ')
      .trimEnd()
  return [line(header), ...rows.map(line)].join('\n')
}

/** `label   value` lines with the labels aligned. */
export function fields(pairs: [string, string][], indent = ''): string {
  const width = Math.max(...pairs.map(([k]) => visibleLength(k)))
  return pairs.map(([k, v]) => `${indent}${pad(k, width)}  ${v}`).join('\n')
}

const localTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: process.env.TZ || 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
})

/** `2025-06-11 15:30:01` in Vietnam time (or TZ). */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '—'
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : localTime.format(date)
}

export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '—'
  if (ms < 1_000) return `${ms} ms`
  if (ms < 60_000) return `${(ms / 1_000).toFixed(1)} s`
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1_000)} s`
}
