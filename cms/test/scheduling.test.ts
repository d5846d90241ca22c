import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { runDuePublications } from '../src/jobs/publishDue'
import { PUBLISHING_QUEUE } from '../src/jobs'
import { bootPayload } from './helpers/payload'
import { draftArticle, seedWorld, type World } from './helpers/world'

let payload: Payload
let close: () => Promise<void>
let world: World

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  world = await seedWorld(payload, 'sched')
})
afterAll(async () => close())

const HOUR = 60 * 60 * 1000

async function scheduledArticle(title: string, publishAt: Date) {
  const article = await draftArticle(payload, world, title)
  const board = { user: world.users.board, overrideAccess: false } as const
  await payload.update({
    collection: 'articles',
    id: article.id,
    data: { workflowStatus: 'submitted' },
    ...board,
  })
  await payload.update({
    collection: 'articles',
    id: article.id,
    data: { workflowStatus: 'approved' },
    ...board,
  })
  return payload.update({
    collection: 'articles',
    id: article.id,
    data: { workflowStatus: 'scheduled', publishAt: publishAt.toISOString() },
    ...board,
  })
}

const stateOf = async (id: number | string) => {
  const doc = await payload.findByID({ collection: 'articles', id, depth: 0 })
  return { workflowStatus: doc.workflowStatus, _status: doc._status }
}

describe('scheduled publishing', () => {
  it('publishes a scheduled article when its time comes, not before, as the scheduler', async () => {
    const publishAt = new Date(Date.now() + 2 * HOUR)
    const article = await scheduledArticle('Lễ kỷ niệm ngày thành lập ngành', publishAt)
    expect(await stateOf(article.id)).toEqual({ workflowStatus: 'scheduled', _status: 'draft' })

    expect(await runDuePublications(payload, new Date(publishAt.getTime() - 1000))).toEqual([])
    expect(await stateOf(article.id)).toEqual({ workflowStatus: 'scheduled', _status: 'draft' })

    expect(await runDuePublications(payload, publishAt)).toEqual([
      { collection: 'articles', id: String(article.id) },
    ])
    expect(await stateOf(article.id)).toEqual({ workflowStatus: 'published', _status: 'published' })

    const { docs } = await payload.find({
      collection: 'audit-log',
      where: {
        and: [
          { collection: { equals: 'articles' } },
          { docId: { equals: String(article.id) } },
          { to: { equals: 'published' } },
        ],
      },
      depth: 0,
    })
    expect(docs).toMatchObject([
      { action: 'transition', from: 'scheduled', userRole: 'scheduler', user: null },
    ])
  })

  it('runs through the Payload job queue', async () => {
    const article = await scheduledArticle('Tin hẹn giờ qua hàng đợi', new Date(Date.now() + 1500))
    await new Promise((resolve) => setTimeout(resolve, 2000))
    await payload.jobs.queue({ task: 'publishDue', input: {}, queue: PUBLISHING_QUEUE })
    await payload.jobs.run({ queue: PUBLISHING_QUEUE })
    expect(await stateOf(article.id)).toEqual({ workflowStatus: 'published', _status: 'published' })
  })

  it('leaves an item the board took back from the schedule alone', async () => {
    const publishAt = new Date(Date.now() + HOUR)
    const article = await scheduledArticle('Tin bị huỷ hẹn giờ', publishAt)
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { workflowStatus: 'approved' },
      user: world.users.board,
      overrideAccess: false,
    })
    await runDuePublications(payload, new Date(publishAt.getTime() + HOUR))
    expect(await stateOf(article.id)).toEqual({ workflowStatus: 'approved', _status: 'draft' })
  })
})
