import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { bootPayload } from './helpers/payload'
import { restClient } from './helpers/rest'
import { draftArticle, seedWorld, type World } from './helpers/world'

let payload: Payload
let close: () => Promise<void>
let world: World

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  world = await seedWorld(payload, 'audit')
})
afterAll(async () => close())

const entriesFor = async (docId: number | string) =>
  (
    await payload.find({
      collection: 'audit-log',
      where: { and: [{ collection: { equals: 'articles' } }, { docId: { equals: String(docId) } }] },
      sort: 'createdAt',
      depth: 0,
      pagination: false,
    })
  ).docs

describe('audit log', () => {
  it('records creation, every transition with who, role, from, to and reason, and deletion', async () => {
    const { contributor, editor, board } = world.users
    const article = await payload.create({
      collection: 'articles',
      data: { title: 'Thông báo tuyển sinh', sections: [world.section.id], unit: world.unitA.id },
      user: contributor,
      overrideAccess: false,
    })
    const move = (user: typeof board, data: Record<string, unknown>) =>
      payload.update({ collection: 'articles', id: article.id, data, user, overrideAccess: false })
    await move(contributor, { workflowStatus: 'submitted' })
    await move(editor, { workflowStatus: 'returned', workflowReason: 'Thiếu ảnh' })
    await move(contributor, { sapo: 'Có ảnh rồi' })
    await move(contributor, { workflowStatus: 'submitted' })
    await move(board, { workflowStatus: 'published' })
    await payload.delete({ collection: 'articles', id: article.id, user: board, overrideAccess: false })

    const entries = await entriesFor(article.id)
    expect(
      entries.map(({ action, from, to, reason, user, userRole, collection, docTitle }) => ({
        action,
        from,
        to,
        reason,
        user,
        userRole,
        collection,
        docTitle,
      })),
    ).toEqual([
      {
        action: 'create',
        from: null,
        to: 'draft',
        reason: null,
        user: contributor.id,
        userRole: 'contributor',
        collection: 'articles',
        docTitle: 'Thông báo tuyển sinh',
      },
      {
        action: 'transition',
        from: 'draft',
        to: 'submitted',
        reason: null,
        user: contributor.id,
        userRole: 'contributor',
        collection: 'articles',
        docTitle: 'Thông báo tuyển sinh',
      },
      {
        action: 'transition',
        from: 'submitted',
        to: 'returned',
        reason: 'Thiếu ảnh',
        user: editor.id,
        userRole: 'editor',
        collection: 'articles',
        docTitle: 'Thông báo tuyển sinh',
      },
      {
        action: 'transition',
        from: 'returned',
        to: 'submitted',
        reason: null,
        user: contributor.id,
        userRole: 'contributor',
        collection: 'articles',
        docTitle: 'Thông báo tuyển sinh',
      },
      {
        action: 'transition',
        from: 'submitted',
        to: 'published',
        reason: null,
        user: board.id,
        userRole: 'board',
        collection: 'articles',
        docTitle: 'Thông báo tuyển sinh',
      },
      {
        action: 'delete',
        from: 'published',
        to: null,
        reason: null,
        user: board.id,
        userRole: 'board',
        collection: 'articles',
        docTitle: 'Thông báo tuyển sinh',
      },
    ])
    for (const entry of entries) expect(Date.parse(entry.at)).toBeGreaterThan(Date.now() - 120_000)
  })

  it('writes nothing when a refused transition rolls back', async () => {
    const article = await draftArticle(payload, world, 'Bài bị từ chối')
    const before = await entriesFor(article.id)
    await expect(
      payload.update({
        collection: 'articles',
        id: article.id,
        data: { workflowStatus: 'submitted' },
        user: world.users.ops,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect(await entriesFor(article.id)).toEqual(before)
  })

  it('cannot be changed or deleted through the API, not even by an admin', async () => {
    const [entry] = (await payload.find({ collection: 'audit-log', limit: 1 })).docs
    const asAdmin = { user: world.users.admin, overrideAccess: false } as const
    await expect(
      payload.update({ collection: 'audit-log', id: entry.id, data: { reason: 'xoá dấu vết' }, ...asAdmin }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(payload.delete({ collection: 'audit-log', id: entry.id, ...asAdmin })).rejects.toMatchObject(
      { status: 403 },
    )
    await expect(
      payload.create({
        collection: 'audit-log',
        data: { action: 'create', collection: 'articles', docId: '0', at: new Date().toISOString() },
        ...asAdmin,
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect(await payload.findByID({ collection: 'audit-log', id: entry.id })).toEqual(entry)
  })

  it('refuses REST writes from every role, the admin included, one by one or in bulk', async () => {
    const call = restClient(payload)
    const all = async () =>
      (await payload.find({ collection: 'audit-log', depth: 0, pagination: false })).docs
    const before = await all()
    const [entry] = before
    const forged = JSON.stringify({
      action: 'delete',
      collection: 'articles',
      docId: '1',
      at: new Date().toISOString(),
    })
    const json = { 'content-type': 'application/json' }
    for (const user of Object.values(world.users)) {
      const attempts = [
        call('/audit-log', { user, method: 'POST', headers: json, body: forged }),
        call(`/audit-log/${entry.id}`, {
          user,
          method: 'PATCH',
          headers: json,
          body: JSON.stringify({ reason: 'xoá dấu vết' }),
        }),
        call(`/audit-log/${entry.id}`, { user, method: 'DELETE' }),
        call(`/audit-log?where[id][exists]=true`, {
          user,
          method: 'PATCH',
          headers: json,
          body: JSON.stringify({ reason: 'x' }),
        }),
        call(`/audit-log?where[id][exists]=true`, { user, method: 'DELETE' }),
      ]
      for (const res of await Promise.all(attempts)) {
        expect(res.status, `${user.role} ${res.url}`).toBe(403)
        expect(JSON.stringify(await res.json())).toMatch(/không có quyền/i)
      }
    }
    expect(await all()).toEqual(before)
  })
})
