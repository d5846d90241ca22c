/** The generator's summary as the terminal shows it (and the JSON `--json` prints). */
import pc from 'picocolors'
import { table } from '../lib/format'
import type { DatasetSummary } from './generate'
import { KIND_LABELS } from './plan'

const n = (value: number) => value.toLocaleString('en-US')

export function renderSummary(summary: DatasetSummary): string {
  const rows = summary.kinds.map((k) => [
    KIND_LABELS[k.kind],
    n(k.planned),
    n(k.created),
    n(k.existing),
    k.seconds.toFixed(1),
    k.created > 0 ? k.perSecond.toFixed(1) : '—',
    [k.comments ? `${n(k.comments)} góp ý/comments` : '', k.english ? `${n(k.english)} tiếng Anh/English` : ''].filter(Boolean).join(', '),
  ])
  const created = summary.kinds.reduce((sum, k) => sum + k.created, 0)
  const busy = summary.kinds.reduce((sum, k) => sum + (k.created > 0 ? k.seconds : 0), 0)
  return [
    table(['LOẠI / KIND', 'KẾ HOẠCH/PLANNED', 'TẠO MỚI/CREATED', 'ĐÃ CÓ/ALREADY THERE', 'GIÂY/SECONDS', 'MỤC/GIÂY ITEMS/S', 'GHI CHÚ / NOTE'], rows),
    '',
    `Seed ${summary.seed}: ${n(created)} mục tạo mới / items created in ${summary.seconds.toFixed(1)} s` +
      (busy > 0 ? ` (${(created / busy).toFixed(1)} mục/giây / items per second)` : ''),
    summary.interrupted
      ? pc.yellow('⚠ Đã dừng giữa chừng; chạy lại cùng lệnh để tiếp tục / Stopped early; run the same command again to continue')
      : pc.green('✓ Đủ số lượng theo kế hoạch / The plan is complete'),
  ].join('\n')
}
