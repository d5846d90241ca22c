import type { CheckRule } from '../rule'
import type { CheckFinding } from '../types'

/**
 * An image without alternative text is invisible to screen readers, which public-sector sites
 * must serve. The finding's field is 'images' and its span is the image's index; the excerpt is
 * the image's label so the editor can tell which image it is.
 */
export const imageAltRule: CheckRule = {
  id: 'image-alt',
  severity: 'error',
  check({ input }) {
    const findings: CheckFinding[] = []
    input.images?.forEach((image, index) => {
      if (image.alt?.trim()) return
      const label = image.label ?? ''
      const name = label ? ` “${label}”` : ` ${index + 1}`
      findings.push({
        rule: imageAltRule.id,
        severity: imageAltRule.severity,
        field: 'images',
        start: index,
        end: index,
        excerpt: label,
        message: {
          vi: `Ảnh${name} chưa có văn bản thay thế (alt) cho người khiếm thị.`,
          en: `Image${name} has no alternative text for screen-reader users.`,
        },
      })
    })
    return findings
  },
}
