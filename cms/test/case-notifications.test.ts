import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import type { Case } from '@cong/shared/payload-types'
import { sentMessages } from '../src/email/outbox'
import { bootPayload } from './helpers/payload'
import { lexical, sentCase, submitCase } from './helpers/citizenCases'
import { seedWorld, type ActingUser, type World } from './helpers/world'

let payload: Payload
let close: () => Promise<void>
let world: World

beforeAll(async () => {
  process.env.SITE_URL = 'https://cong.example.gov.vn'
  ;({ payload, close } = await bootPayload())
  world = await seedWorld(payload, 'cnot')
  await payload.updateGlobal({ slug: 'case-settings', data: { intakeEmail: 'tiep.nhan@example.gov.vn' } })
  await payload.update({ collection: 'units', id: world.unitA.id, data: { email: 'phapche@example.gov.vn' } })
})
afterAll(async () => close())
beforeEach(() => {
  sentMessages.length = 0
})

const as = (user: ActingUser, id: Case['id'], data: Partial<Case>) =>
  payload.update({ collection: 'cases', id, data, user, overrideAccess: false, depth: 0 })
const to = (address: string) => sentMessages.filter((m) => m.to.includes(address))

describe('case e-mails', () => {
  it('acknowledges a new case to the sender and announces it to the intake office', async () => {
    const created = await submitCase(payload, { receivedAt: '2026-06-01T02:00:00.000Z' })
    const [ack] = to('nguyen.van.an@example.vn')
    expect(ack.subject).toMatch(new RegExp(`^\\[Cổng\\] Đã tiếp nhận câu hỏi ${created.trackingCode} / We received`))
    expect(ack.text).toContain(`Mã tra cứu: ${created.trackingCode}`)
    expect(ack.text).toContain('Hạn trả lời: 15/06/2026')
    expect(ack.text).toContain('https://cong.example.gov.vn/tra-cuu-cau-hoi/')
    expect(ack.text.indexOf('Kính gửi')).toBeLessThan(ack.text.indexOf('Dear'))
    expect(to('tiep.nhan@example.gov.vn')).toHaveLength(1)
  })

  it('writes nothing to a sender who gave only a phone number', async () => {
    await submitCase(payload, { email: null })
    expect(sentMessages.map((m) => m.to)).toEqual([['tiep.nhan@example.gov.vn']])
  })

  it("tells the unit's active handlers and the unit's address when a case is routed, and when the board returns an answer", async () => {
    const inactive = await payload.create({
      collection: 'users',
      data: { email: 'nghi.viec@example.gov.vn', password: 'mat-khau-thu-nghiem', name: 'Đã nghỉ', role: 'caseHandler', unit: world.unitA.id, active: false },
    })
    const created = await submitCase(payload)
    sentMessages.length = 0
    await as(world.users.editor, created.id, { state: 'routed', unit: world.unitA.id })
    expect(sentMessages).toHaveLength(1)
    expect(sentMessages[0].to.sort()).toEqual([world.users.caseHandler.email, 'phapche@example.gov.vn'].sort())
    expect(sentMessages[0].to).not.toContain(inactive.email)

    await as(world.users.caseHandler, created.id, { state: 'inProgress' })
    await as(world.users.caseHandler, created.id, { answer: lexical('Trả lời.'), state: 'awaitingApproval' })
    sentMessages.length = 0
    await as(world.users.board, created.id, { state: 'inProgress', transitionNote: 'Trích dẫn sai điều luật' })
    expect(sentMessages).toHaveLength(1)
    expect(sentMessages[0].text).toContain('Lý do: Trích dẫn sai điều luật')
  })

  it('sends the sender the answer, with the Q&A link when it is public', async () => {
    const created = await submitCase(payload, { title: 'Mức đóng bảo hiểm xã hội tự nguyện' })
    await as(world.users.editor, created.id, { state: 'routed', unit: world.unitA.id })
    await as(world.users.caseHandler, created.id, { state: 'inProgress' })
    await as(world.users.caseHandler, created.id, { answer: lexical('Mức đóng bằng 22% thu nhập.'), visibility: 'public', state: 'awaitingApproval' })
    sentMessages.length = 0
    await as(world.users.board, created.id, { state: 'answered', publicQuestion: 'Mức đóng bảo hiểm xã hội tự nguyện là bao nhiêu?' })
    const [answer] = to('nguyen.van.an@example.vn')
    expect(answer.subject).toContain(`Trả lời câu hỏi ${created.trackingCode}`)
    expect(answer.text).toContain('Mức đóng bằng 22% thu nhập.')
    expect(answer.text).toContain(`https://cong.example.gov.vn/hoi-dap/muc-dong-bao-hiem-xa-hoi-tu-nguyen-${created.id}/`)
  })

  it("names the reason of a rejection and, for a duplicate, the original's code", async () => {
    const original = await submitCase(payload)
    const copy = await submitCase(payload)
    sentMessages.length = 0
    await as(world.users.editor, copy.id, { state: 'rejected', rejectionReason: 'duplicate', duplicateOf: original.id })
    const [rejection] = to('nguyen.van.an@example.vn')
    expect(rejection.text).toContain('Lý do: Trùng với câu hỏi đã gửi.')
    expect(rejection.text).toContain(original.trackingCode)
  })

  it('sends nothing for an imported case', async () => {
    await payload.create({ collection: 'cases', data: sentCase({ state: 'received' }), context: { importedCase: true } })
    expect(sentMessages).toHaveLength(0)
  })

  it('keeps the save when the mail server fails', async () => {
    const original = payload.sendEmail
    payload.sendEmail = () => Promise.reject(new Error('SMTP down'))
    try {
      const created = await submitCase(payload)
      expect(created.state).toBe('received')
    } finally {
      payload.sendEmail = original
    }
  })
})
