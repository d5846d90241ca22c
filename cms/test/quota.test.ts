import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { loadQuotaStanding } from '../src/editorial/quota'
import { sendQuotaReminders } from '../src/editorial/quotaReminders'
import { sentMessages } from '../src/email/outbox'
import { bootPayload } from './helpers/payload'
import { draftArticle, seedWorld, type ActingUser, type World } from './helpers/world'

let payload: Payload
let close: () => Promise<void>
let world: World

// Thursday 26/11/2026, 09:00 in Ha Noi.
const THURSDAY = new Date('2026-11-26T02:00:00.000Z')
const WEDNESDAY = new Date('2026-11-25T02:00:00.000Z')

/** Submits a new article of `unit` as `user`, then dates the audit entry to `at`. */
async function submitted(user: ActingUser, unit: World['unitA'], at: string, title: string) {
  const article = await draftArticle(payload, world, title, unit)
  await payload.update({ collection: 'articles', id: article.id, data: { workflowStatus: 'submitted' }, user, overrideAccess: false })
  const { docs } = await payload.find({
    collection: 'audit-log',
    where: { and: [{ docId: { equals: String(article.id) } }, { to: { equals: 'submitted' } }] },
    overrideAccess: true,
  })
  expect(docs).toHaveLength(1)
  await payload.update({ collection: 'audit-log', id: docs[0]!.id, data: { at }, overrideAccess: true })
}

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  world = await seedWorld(payload, 'qt')
  await payload.updateGlobal({ slug: 'site-settings', data: { siteName: 'Cổng', weeklyQuotaPerUnit: 2 } })
  const { contributor, contributorB } = world.users
  // Unit A: two this week (one at 00:30 on Monday in Ha Noi, still Sunday in UTC), one last week.
  await submitted(contributor, world.unitA, '2026-11-22T17:30:00.000Z', 'Bài A1')
  await submitted(contributor, world.unitA, '2026-11-24T03:00:00.000Z', 'Bài A2')
  await submitted(contributor, world.unitA, '2026-11-17T03:00:00.000Z', 'Bài A3')
  // Unit B: one at 23:30 on Sunday in Ha Noi (last week), one three weeks back.
  await submitted(contributorB, world.unitB, '2026-11-22T16:30:00.000Z', 'Bài B1')
  await submitted(contributorB, world.unitB, '2026-11-03T03:00:00.000Z', 'Bài B2')
})
afterAll(async () => close())

describe('weekly quota', () => {
  it('counts what each unit sent to the board, by Vietnamese week, units behind first', async () => {
    const standing = await loadQuotaStanding(payload, THURSDAY)
    expect(standing).toMatchObject({ week: '2026-11-23', quota: 2 })
    expect(standing.rows.map((r) => [r.unitName, r.thisWeek, r.behind, r.lastWeeks.map((w) => w.count), r.trend])).toEqual([
      [world.unitB.name, 0, true, [0, 1, 0, 1], 'flat'],
      [world.unitA.name, 2, false, [0, 0, 0, 1], 'up'],
    ])
  })

  it('counts a resubmitted article once', async () => {
    const { contributor, editor } = world.users
    const article = await draftArticle(payload, world, 'Bài gửi lại', world.unitA)
    const move = (user: ActingUser, data: Record<string, unknown>) =>
      payload.update({ collection: 'articles', id: article.id, data, user, overrideAccess: false })
    await move(contributor, { workflowStatus: 'submitted' })
    await move(editor, { workflowStatus: 'returned', workflowReason: 'Thiếu ảnh' })
    await move(contributor, { workflowStatus: 'submitted' })
    const { docs } = await payload.find({
      collection: 'audit-log',
      where: { and: [{ docId: { equals: String(article.id) } }, { to: { equals: 'submitted' } }] },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(2)
    for (const [i, entry] of docs.entries()) {
      await payload.update({ collection: 'audit-log', id: entry.id, data: { at: `2026-11-2${4 + i}T03:00:00.000Z` }, overrideAccess: true })
    }
    const standing = await loadQuotaStanding(payload, THURSDAY)
    expect(standing.rows.find((r) => r.unitName === world.unitA.name)?.thisWeek).toBe(3)
  })
})

describe('quota reminders', () => {
  it('are not sent before Thursday', async () => {
    expect(await sendQuotaReminders(payload, WEDNESDAY)).toEqual([])
  })

  it("e-mail a behind unit's contributors on Thursday, once a week", async () => {
    const before = sentMessages.length
    const sent = await sendQuotaReminders(payload, THURSDAY)
    expect(sent).toEqual([{ unitId: String(world.unitB.id), recipients: [world.users.contributorB.email] }])
    const mail = sentMessages.slice(before)
    expect(mail).toHaveLength(1)
    expect(mail[0]).toMatchObject({ to: [world.users.contributorB.email] })
    expect(mail[0]!.subject).toContain(`${world.unitB.name}: tuần này mới gửi 0/2 bài`)
    expect(mail[0]!.text).toContain('từ 23/11/2026 đến 29/11/2026')
    expect(mail[0]!.text).toContain('/collections/articles/create')

    expect(await sendQuotaReminders(payload, new Date('2026-11-27T02:00:00.000Z'))).toEqual([])
    const { docs } = await payload.find({ collection: 'quota-reminders', overrideAccess: true })
    expect(docs).toMatchObject([{ week: '2026-11-23', count: 0, quota: 2, recipients: [world.users.contributorB.email] }])
  })

  it('is something the board can read and nobody can forge', async () => {
    const read = await payload.find({ collection: 'quota-reminders', user: world.users.board, overrideAccess: false })
    expect(read.totalDocs).toBe(1)
    await expect(
      payload.create({ collection: 'quota-reminders', data: { unit: world.unitA.id, week: '2026-11-23' }, user: world.users.admin, overrideAccess: false }),
    ).rejects.toThrow()
    await expect(payload.find({ collection: 'quota-reminders', user: world.users.contributor, overrideAccess: false })).rejects.toThrow()
  })
})
