import type { Payload } from 'payload'
import type { Case } from '@cong/shared/payload-types'
import { paragraph, richText, text } from '../publishing/fixtures'

/** What a historical case needs beyond the sender's form: its state and the dates it went through. */
export type CaseHistory = Pick<Case, 'receivedAt' | 'state'> &
  Partial<Pick<Case, 'type' | 'senderKind' | 'field' | 'dueAt' | 'answeredAt' | 'visibility' | 'rejectionReason'>> & {
    unit?: number | string | null
  }

const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'

/**
 * Creates cases the way the migration from an old feedback system does (the `importedCase`
 * context), with an answer wherever the state needs one. `tag` keeps tracking codes apart
 * between test files sharing nothing else.
 */
export function caseImporter(payload: Payload, tag: string) {
  let seq = 0
  return async (history: CaseHistory): Promise<Case> => {
    seq++
    const code = `${tag}${ALPHABET[Math.floor(seq / ALPHABET.length)]}${ALPHABET[seq % ALPHABET.length]}`
    const answered = history.state === 'answered' || history.state === 'awaitingApproval'
    return payload.create({
      collection: 'cases',
      context: { importedCase: true },
      data: {
        trackingCode: `HD-${code.slice(0, 4)}-${code.slice(4).padEnd(4, 'A')}`,
        senderKind: 'person',
        type: 'question',
        field: 'viec-lam',
        name: 'Nguyễn Thị Bình',
        email: 'binh@example.vn',
        title: `Câu hỏi ${seq} về trợ cấp thất nghiệp`,
        content: 'Tôi nghỉ việc từ tháng trước, xin hỏi điều kiện hưởng trợ cấp thất nghiệp.',
        ...(answered
          ? {
              answer: richText(paragraph(text('Trả lời: bà làm hồ sơ tại trung tâm dịch vụ việc làm.'))) as Case['answer'],
              publicQuestion: 'Điều kiện hưởng trợ cấp thất nghiệp là gì?',
            }
          : {}),
        ...history,
        unit: history.unit ?? undefined,
      },
    })
  }
}
