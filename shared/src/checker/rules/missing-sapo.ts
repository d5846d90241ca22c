import type { CheckRule } from '../rule'

/**
 * An article with a body but no sapo: listings, search results and social previews fall back
 * to the first lines of the body. A check of other fields alone (no body) does not ask for one.
 */
export const missingSapoRule: CheckRule = {
  id: 'missing-sapo',
  severity: 'warning',
  check({ input }) {
    if (!input.body?.trim() || input.sapo?.trim()) return []
    return [
      {
        rule: missingSapoRule.id,
        severity: missingSapoRule.severity,
        field: 'sapo',
        start: 0,
        end: 0,
        excerpt: '',
        message: {
          vi: 'Bài viết chưa có sapo (đoạn tóm tắt).',
          en: 'The article has no sapo (lead summary).',
        },
      },
    ]
  },
}
