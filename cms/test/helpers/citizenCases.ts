import type { Payload } from 'payload'
import type { Case } from '@cong/shared/payload-types'

let counter = 0

/** A tracking code that is unique in this process (the real ones come from makeTrackingCode). */
export const testTrackingCode = () => `HD-T${String(++counter).padStart(3, '0')}-${Date.now().toString(36).slice(-4).toUpperCase()}`

/** The fields the public form sends, as the submit endpoint stores them. */
export const sentCase = (overrides: Partial<Case> = {}): Omit<Case, 'id' | 'createdAt' | 'updatedAt'> => ({
  trackingCode: testTrackingCode(),
  state: 'received',
  receivedAt: new Date().toISOString(),
  senderKind: 'person',
  type: 'question',
  field: 'viec-lam',
  name: 'Nguyễn Văn An',
  email: 'nguyen.van.an@example.vn',
  phone: '0912345678',
  title: 'Điều kiện hưởng trợ cấp thất nghiệp',
  content: 'Tôi nghỉ việc tháng trước, xin hỏi điều kiện hưởng trợ cấp thất nghiệp là gì?',
  ...overrides,
})

/** A new case as the submit endpoint creates it: trusted server code, no user. */
export const submitCase = (payload: Payload, overrides: Partial<Case> = {}): Promise<Case> =>
  payload.create({ collection: 'cases', data: sentCase(overrides) })

/** A Lexical rich text of one paragraph per argument. */
export const lexical = (...paragraphs: string[]): NonNullable<Case['answer']> => ({
  root: {
    type: 'root',
    direction: null,
    format: '',
    indent: 0,
    version: 1,
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      version: 1,
      children: [{ type: 'text', text, version: 1, detail: 0, format: 0, mode: 'normal', style: '' }],
    })),
  },
})
