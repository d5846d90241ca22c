import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { bootPayload } from './helpers/payload'

let payload: Payload
let close: () => Promise<void>

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
})
afterAll(async () => close())

describe('CMS boot', () => {
  it('creates a user through the local API', async () => {
    const user = await payload.create({
      collection: 'users',
      data: { email: 'a@example.gov.vn', password: 'x-password-1', name: 'A', role: 'admin' },
    })
    expect(user.id).toBeTruthy()
  })
})
