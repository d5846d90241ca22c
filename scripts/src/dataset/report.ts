/** The generator's summary as the terminal shows it (and the JSON `--json` prints). */
import pc from 'picocolors'
import { table } from '../lib/format'
import type { DatasetSummary } from './generate'
import { countOf, KIND_LABELS, REFERENCE } from './plan'

const n = (value: number) => value.toLocaleString('en-US')

/**
 * Minutes the reference scale would take at this run's rates, or null when a kind was not
 * measured (nothing created) or the run was the reference itself.
 */
export function referenceEstimateMinutes(summary: DatasetSummary): number | null {
  if (summary.scale.articles >= REFERENCE.articles) return null
  if (summary.kinds.length === 0 || summary.kinds.some((k) => k.created === 0 || k.perSecond <= 0))
    return null
  return summary.kinds.reduce((sum, k) => sum + countOf(REFERENCE, k.kind) / k.perSecond, 0) / 60
}

export function renderSummary(summary: DatasetSummary): string {
  const estimate = referenceEstimateMinutes(summary)
  const rows = summary.kinds.map((k) => [
    KIND_LABELS[k.kind],
    n(k.planned),
    n(k.created),
    n(k.existing),
    k.seconds.toFixed(1),
    k.created > 0 ? k.perSecond.toFixed(1) : '—',
    [
      k.comments ? `${n(k.comments)} góp ý/comments` : '',
      k.english ? `${n(k.english)} tiếng Anh/English` : '',
    ]
      .filter(Boolean)
      .join(', '),
  ])
  const created = summary.kinds.reduce((sum, k) => sum + k.created, 0)
  const busy = summary.kinds.reduce((sum, k) => sum + (k.created > 0 ? k.seconds : 0), 0)
  return [
    table(
      [
        'LOẠI / KIND',
        'KẾ HOẠCH/PLANNED',
        'TẠO MỚI/CREATED',
        'ĐÃ CÓ/ALREADY THERE',
        'GIÂY/SECONDS',
        'MỤC/GIÂY ITEMS/S',
        'GHI CHÚ / NOTE',
      ],
      rows,
    ),
    '',
    `Seed ${summary.seed}: ${n(created)} mục tạo mới / items created in ${summary.seconds.toFixed(1)} s` +
      (busy > 0 ? ` (${(created / busy).toFixed(1)} mục/giây / items per second)` : ''),
    ...(estimate === null
      ? []
      : [
          pc.dim(
            `Ở tốc độ này, quy mô reference mất khoảng / at these rates the reference scale would take about ${Math.round(estimate)} min` +
              ' (các loại đã chạy / for the kinds run; chèn chậm dần khi bảng lớn lên / inserts slow down as tables grow)',
          ),
        ]),
    summary.interrupted
      ? pc.yellow(
          '⚠ Đã dừng giữa chừng; chạy lại cùng lệnh để tiếp tục / Stopped early; run the same command again to continue',
        )
      : pc.green('✓ Đủ số lượng theo kế hoạch / The plan is complete'),
  ].join('\n')
}
