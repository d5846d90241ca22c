import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import type { Case } from '@cong/shared/payload-types'
import { VIETNAM_HOLIDAYS } from '@cong/shared/workingDays'
import { bootPayload } from './helpers/payload'
import { lexical, sentCase, submitCase } from './helpers/citizenCases'
import { seedWorld, type ActingUser, type World } from './helpers/world'

let payload: Payload
let close: () => Promise<void>
let world: World

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  world = await seedWorld(payload, 'cwf')
  await payload.updateGlobal({ slug: 'case-settings', data: { holidays: VIETNAM_HOLIDAYS.map((h) => ({ ...h })) } })
})
afterAll(async () => close())

const as = (user: ActingUser, id: Case['id'], data: Partial<Case>) =>
  payload.update({ collection: 'cases', id, data, user, overrideAccess: false, depth: 0 })
const read = (id: Case['id']) => payload.findByID({ collection: 'cases', id, depth: 0 })
const refusedWith = (status: number, text: string) => ({ status, message: expect.stringContaining(text) })

/** A case already routed to `unit` by the editor, as triage leaves it. */
async function routedCase(unit = world.unitA, overrides: Partial<Case> = {}): Promise<Case> {
  const created = await submitCase(payload, overrides)
  return as(world.users.editor, created.id, { state: 'routed', unit: unit.id })
}

async function answerAwaitingApproval(): Promise<Case> {
  const routed = await routedCase()
  const handler = world.users.caseHandler
  await as(handler, routed.id, { state: 'inProgress' })
  return as(handler, routed.id, { answer: lexical('Ông làm hồ sơ tại trung tâm dịch vụ việc làm.'), state: 'awaitingApproval' })
}

describe('deadline', () => {
  it('counts 10 working days after receipt, skipping Tết and weekends', async () => {
    // Received Friday 13/02/2026, 10:00 in Ha Noi. Tết Bính Ngọ is 14–22/02 (Sat–Sun of the next
    // week). Working days after receipt: Mon 23 (1), Tue 24 (2), Wed 25 (3), Thu 26 (4), Fri 27 (5),
    // Mon 02/03 (6), Tue 03 (7), Wed 04 (8), Thu 05 (9), Fri 06/03 (10) → due at the end of
    // 06/03/2026 in Viet Nam, 16:59:59.999 UTC.
    const created = await submitCase(payload, { receivedAt: '2026-02-13T03:00:00.000Z' })
    expect(created.dueAt).toBe('2026-03-06T16:59:59.999Z')
  })

  it('ignores a deadline, state or stamp sent with a new case', async () => {
    const created = await submitCase(payload, {
      receivedAt: '2026-06-01T02:00:00.000Z',
      dueAt: '2030-01-01T00:00:00.000Z',
      state: 'answered',
      answeredAt: '2026-06-02T00:00:00.000Z',
      publicSlug: 'gia-mao',
    })
    // Mon 01/06/2026 + 10 working days = Mon 15/06.
    expect(created).toMatchObject({ state: 'received', dueAt: '2026-06-15T16:59:59.999Z', answeredAt: null, publicSlug: null })
  })
})

describe('case workflow', () => {
  it('editor routes, handler works and sends for approval, board approves: stamps set', async () => {
    const created = await submitCase(payload, { title: 'Trợ cấp thất nghiệp khi nghỉ việc' })
    const routed = await as(world.users.editor, created.id, { state: 'routed', unit: world.unitA.id })
    expect(routed.state).toBe('routed')
    expect(Date.parse(routed.routedAt ?? '')).toBeGreaterThan(Date.now() - 60_000)

    const handler = world.users.caseHandler
    await as(handler, created.id, { state: 'inProgress' })
    await as(handler, created.id, { answer: lexical('Ông được hưởng trợ cấp khi đóng đủ 12 tháng.'), visibility: 'public' })
    await as(handler, created.id, { state: 'awaitingApproval' })

    await expect(as(handler, created.id, { state: 'answered' })).rejects.toMatchObject(refusedWith(403, 'Cán bộ xử lý'))
    await expect(as(world.users.editor, created.id, { state: 'answered' })).rejects.toMatchObject(
      refusedWith(403, 'Biên tập viên'),
    )
    // Nothing goes public until the board has written the question as it may be published.
    await expect(as(world.users.board, created.id, { state: 'answered' })).rejects.toMatchObject(
      refusedWith(400, 'Câu hỏi công bố'),
    )
    const answered = await as(world.users.board, created.id, {
      state: 'answered',
      publicQuestion: 'Người lao động nghỉ việc được hưởng trợ cấp thất nghiệp khi nào?',
    })
    expect(answered).toMatchObject({
      state: 'answered',
      approvedBy: world.users.board.id,
      publicSlug: `tro-cap-that-nghiep-khi-nghi-viec-${created.id}`,
    })
    expect(Date.parse(answered.answeredAt ?? '')).toBeGreaterThan(Date.now() - 60_000)
  })

  it('the board returns an answer with a reason; the reason becomes a note and does not linger', async () => {
    const waiting = await answerAwaitingApproval()
    await expect(as(world.users.board, waiting.id, { state: 'inProgress' })).rejects.toMatchObject(
      refusedWith(400, 'Cần ghi lý do'),
    )
    const returned = await as(world.users.board, waiting.id, { state: 'inProgress', transitionNote: 'Thiếu căn cứ pháp lý' })
    expect(returned.transitionNote).toBeNull()
    expect(returned.notes?.at(-1)).toMatchObject({
      text: 'Chờ duyệt trả lời → Đang xử lý: Thiếu căn cứ pháp lý',
      author: world.users.board.id,
    })
    await as(world.users.caseHandler, waiting.id, { state: 'awaitingApproval' })
    // The earlier reason cannot serve a second return.
    await expect(as(world.users.board, waiting.id, { state: 'inProgress' })).rejects.toMatchObject({ status: 400 })
  })

  it('refuses moves the table does not have, and moves missing what they need, with their message', async () => {
    const created = await submitCase(payload)
    const { editor, board, caseHandler } = world.users
    await expect(as(editor, created.id, { state: 'answered' })).rejects.toMatchObject(
      refusedWith(403, 'Không thể chuyển câu hỏi từ «Mới tiếp nhận» sang «Đã trả lời»'),
    )
    await expect(as(editor, created.id, { state: 'routed' })).rejects.toMatchObject(refusedWith(400, 'Cần chọn đơn vị xử lý'))
    await expect(as(editor, created.id, { state: 'rejected' })).rejects.toMatchObject(refusedWith(400, 'Cần chọn lý do từ chối'))
    await expect(as(editor, created.id, { state: 'rejected', rejectionReason: 'duplicate' })).rejects.toMatchObject(
      refusedWith(400, 'cần chọn câu hỏi gốc'),
    )

    const routed = await as(editor, created.id, { state: 'routed', unit: world.unitA.id })
    await as(caseHandler, routed.id, { state: 'inProgress' })
    await expect(as(caseHandler, routed.id, { state: 'awaitingApproval' })).rejects.toMatchObject(
      refusedWith(400, 'Cần viết nội dung trả lời'),
    )
    await as(caseHandler, routed.id, { answer: lexical('Trả lời.'), state: 'awaitingApproval' })
    await expect(as(board, routed.id, { state: 'answered' })).rejects.toMatchObject(refusedWith(400, 'hình thức trả lời'))
    const answered = await as(board, routed.id, { state: 'answered', visibility: 'private' })
    expect(answered.publicSlug).toBeNull()
    await expect(as(board, routed.id, { state: 'inProgress', transitionNote: 'x' })).rejects.toMatchObject({ status: 403 })
  })

  it("a handler neither reads nor updates another unit's case", async () => {
    const other = await routedCase(world.unitB)
    const handler = world.users.caseHandler
    await expect(
      payload.findByID({ collection: 'cases', id: other.id, user: handler, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 404 })
    await expect(as(handler, other.id, { state: 'inProgress' })).rejects.toMatchObject({ status: expect.any(Number) })
    expect((await read(other.id)).state).toBe('routed')
    const { docs } = await payload.find({ collection: 'cases', user: handler, overrideAccess: false, depth: 0, pagination: false })
    expect(docs.length).toBeGreaterThan(0)
    expect(docs.every((d) => d.unit === world.unitA.id)).toBe(true)
  })

  it("a handler cannot move the case to another unit, edit the field or published texts, but can hand it back", async () => {
    const routed = await routedCase()
    const handler = world.users.caseHandler
    await expect(as(handler, routed.id, { unit: world.unitB.id })).rejects.toMatchObject(
      refusedWith(403, 'không được đổi đơn vị'),
    )
    await expect(as(handler, routed.id, { field: 'tre-em' })).rejects.toMatchObject(refusedWith(400, 'Lĩnh vực'))
    await expect(as(handler, routed.id, { publicTitle: 'Khác' })).rejects.toMatchObject(refusedWith(400, 'Tiêu đề công bố'))
    const triaged = await as(world.users.editor, routed.id, { field: 'tre-em', publicTitle: 'Trợ cấp' })
    expect(triaged).toMatchObject({ field: 'tre-em', publicTitle: 'Trợ cấp' })

    await expect(as(handler, routed.id, { state: 'received' })).rejects.toMatchObject(refusedWith(400, 'Cần ghi lý do'))
    const back = await as(handler, routed.id, { state: 'received', transitionNote: 'Thuộc thẩm quyền Cục Việc làm' })
    expect(back).toMatchObject({ state: 'received', unit: null })
  })

  it('the answer: a handler edits it only while routed or in progress; nobody after it is answered', async () => {
    const waiting = await answerAwaitingApproval()
    await expect(as(world.users.caseHandler, waiting.id, { answer: lexical('Sửa khi chờ duyệt') })).rejects.toMatchObject({
      status: expect.any(Number),
    })
    // The board may polish the text before approving it.
    await as(world.users.board, waiting.id, { answer: lexical('Bản đã biên tập.') })
    await as(world.users.board, waiting.id, { state: 'answered', visibility: 'public', publicQuestion: 'Câu hỏi đã biên tập.' })
    for (const user of [world.users.board, world.users.admin]) {
      await expect(as(user, waiting.id, { answer: lexical('Sửa sau khi gửi') })).rejects.toMatchObject(
        refusedWith(400, 'không ai được sửa nội dung trả lời'),
      )
      await expect(as(user, waiting.id, { visibility: 'private' })).rejects.toMatchObject({ status: 400 })
    }
    expect(JSON.stringify((await read(waiting.id)).answer)).toContain('Bản đã biên tập.')
  })
})

describe('notes', () => {
  it('stamps author and time on new notes; only an admin changes or removes stored ones', async () => {
    const routed = await routedCase()
    const withNote = await as(world.users.editor, routed.id, { notes: [{ text: 'Gọi lại cho người hỏi' }] })
    const [note] = withNote.notes ?? []
    expect(note).toMatchObject({ text: 'Gọi lại cho người hỏi', author: world.users.editor.id })
    expect(Date.parse(note.at ?? '')).toBeGreaterThan(Date.now() - 60_000)

    const handler = world.users.caseHandler
    const tampered = await as(handler, routed.id, {
      notes: [{ ...note, text: 'Đã sửa', author: handler.id }, { text: 'Ghi chú của đơn vị', author: world.users.admin.id, at: '2020-01-01T00:00:00.000Z' }],
    })
    expect(tampered.notes?.map((n) => [n.text, n.author])).toEqual([
      ['Gọi lại cho người hỏi', world.users.editor.id],
      ['Ghi chú của đơn vị', handler.id],
    ])
    expect(tampered.notes?.[1].at).not.toBe('2020-01-01T00:00:00.000Z')
    const removed = await as(handler, routed.id, { notes: [] })
    expect(removed.notes).toHaveLength(2)

    const corrected = await as(world.users.admin, routed.id, { notes: [{ ...removed.notes![1], text: 'Đã xoá số điện thoại' }] })
    expect(corrected.notes?.map((n) => [n.text, n.author])).toEqual([['Đã xoá số điện thoại', handler.id]])
  })
})

describe('duplicates', () => {
  it('merges a duplicate into its original; refuses itself and chains; reopening clears it', async () => {
    const original = await submitCase(payload)
    const copy = await submitCase(payload)
    const editor = world.users.editor
    await expect(
      as(editor, copy.id, { state: 'rejected', rejectionReason: 'duplicate', duplicateOf: copy.id }),
    ).rejects.toMatchObject(refusedWith(400, 'không thể trùng với chính nó'))
    const rejected = await as(editor, copy.id, { state: 'rejected', rejectionReason: 'duplicate', duplicateOf: original.id })
    expect(rejected).toMatchObject({ state: 'rejected', duplicateOf: original.id })
    expect((await read(original.id)).notes?.at(-1)).toMatchObject({
      text: `Câu hỏi ${copy.trackingCode} được gộp vào đây. / Case ${copy.trackingCode} was merged into this one.`,
      author: editor.id,
    })

    const third = await submitCase(payload)
    await expect(
      as(editor, third.id, { state: 'rejected', rejectionReason: 'duplicate', duplicateOf: copy.id }),
    ).rejects.toMatchObject(refusedWith(400, original.trackingCode))

    await expect(as(editor, copy.id, { state: 'received' })).rejects.toMatchObject({ status: 403 })
    const reopened = await as(world.users.board, copy.id, { state: 'received' })
    expect(reopened).toMatchObject({ state: 'received', rejectionReason: null, duplicateOf: null })
  })
})

describe('audit', () => {
  it('records creation and every move with who, from, to and the reason', async () => {
    const waiting = await answerAwaitingApproval()
    await as(world.users.board, waiting.id, { state: 'inProgress', transitionNote: 'Bổ sung số liệu' })
    const rejectedCase = await submitCase(payload)
    await as(world.users.editor, rejectedCase.id, { state: 'rejected', rejectionReason: 'spam' })
    const entries = async (id: Case['id']) =>
      (
        await payload.find({
          collection: 'audit-log',
          where: { and: [{ collection: { equals: 'cases' } }, { docId: { equals: String(id) } }] },
          sort: 'createdAt',
          depth: 0,
          pagination: false,
        })
      ).docs.map((e) => ({ action: e.action, from: e.from, to: e.to, reason: e.reason, user: e.user, userRole: e.userRole, docTitle: e.docTitle }))
    const { editor, caseHandler, board } = world.users
    const title = waiting.trackingCode
    expect(await entries(waiting.id)).toEqual([
      { action: 'create', from: null, to: 'received', reason: null, user: null, userRole: 'system', docTitle: title },
      { action: 'transition', from: 'received', to: 'routed', reason: null, user: editor.id, userRole: 'editor', docTitle: title },
      { action: 'transition', from: 'routed', to: 'inProgress', reason: null, user: caseHandler.id, userRole: 'caseHandler', docTitle: title },
      { action: 'transition', from: 'inProgress', to: 'awaitingApproval', reason: null, user: caseHandler.id, userRole: 'caseHandler', docTitle: title },
      { action: 'transition', from: 'awaitingApproval', to: 'inProgress', reason: 'Bổ sung số liệu', user: board.id, userRole: 'board', docTitle: title },
    ])
    expect((await entries(rejectedCase.id)).at(-1)).toMatchObject({ to: 'rejected', reason: 'Nội dung không phù hợp' })
  })
})

describe('import', () => {
  const importCase = (data: Partial<Case>) =>
    payload.create({ collection: 'cases', data: sentCase(data), context: { importedCase: true }, depth: 0 })

  it('keeps the given state and stamps, computes what is missing, and sends nothing', async () => {
    const imported = await importCase({
      state: 'answered',
      unit: world.unitA.id,
      answer: lexical('Đã trả lời trong hệ thống cũ.'),
      visibility: 'public',
      publicQuestion: 'Chế độ thai sản được hưởng thế nào?',
      receivedAt: '2025-03-03T02:00:00.000Z',
      routedAt: '2025-03-04T02:00:00.000Z',
      answeredAt: '2025-03-10T02:00:00.000Z',
      approvedBy: world.users.board.id,
      title: 'Chế độ thai sản',
    })
    expect(imported).toMatchObject({
      state: 'answered',
      routedAt: '2025-03-04T02:00:00.000Z',
      answeredAt: '2025-03-10T02:00:00.000Z',
      approvedBy: world.users.board.id,
      // Mon 03/03/2025 + 10 working days = Mon 17/03.
      dueAt: '2025-03-17T16:59:59.999Z',
    })
    expect((await read(imported.id)).publicSlug).toBe(`che-do-thai-san-${imported.id}`)
  })

  it('still refuses a state the case does not carry enough for', async () => {
    await expect(importCase({ state: 'answered', unit: world.unitA.id, answer: lexical('x') })).rejects.toMatchObject(
      refusedWith(400, 'chưa đủ dữ liệu'),
    )
    await expect(importCase({ state: 'routed' })).rejects.toMatchObject(refusedWith(400, 'Cần chọn đơn vị'))
    await expect(importCase({ state: 'rejected', rejectionReason: 'spam' })).resolves.toMatchObject({ state: 'rejected' })
  })
})
