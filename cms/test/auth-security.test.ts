import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { handleEndpoints, type Payload } from 'payload'
import { cmsSecurityHeaders } from '../src/auth/headers'
import { LOCK_MINUTES, MAX_LOGIN_ATTEMPTS, SESSION_SECONDS, secureCookies } from '../src/auth/sessions'
import { bootPayload } from './helpers/payload'

// The CMS as deployed: public over https, behind one reverse proxy that names the client.
process.env.CMS_PUBLIC_URL = 'https://cms.example.gov.vn'
process.env.CMS_TRUST_PROXY = '1'
process.env.LOGIN_RATE_LIMIT = '3'

const PASSWORD = 'mat-khau-dung-0123'
let payload: Payload
let close: () => Promise<void>
let lastIp = 0
const freshIp = () => `198.51.100.${++lastIp}`

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  for (const name of ['admin', 'editor', 'locked', 'other']) {
    await payload.create({
      collection: 'users',
      data: {
        email: `${name}@auth.example.vn`,
        password: PASSWORD,
        name,
        role: name === 'admin' ? 'admin' : 'editor',
      },
      overrideAccess: true,
    })
  }
})
afterAll(async () => close())
afterEach(() => {
  vi.useRealTimers()
})

/** The admin's sign-in form posts exactly this. */
async function login(email: string, password: string, ip: string): Promise<Response> {
  const { default: config } = await import('../src/payload.config')
  return handleEndpoints({
    config,
    request: new Request('http://localhost:3000/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
      body: JSON.stringify({ email, password }),
    }),
  })
}

const messageOf = async (res: Response) =>
  ((await res.json()) as { errors?: { message: string }[] }).errors?.[0]?.message ?? ''

describe('session cookie', () => {
  it('is HttpOnly, Secure, SameSite=Lax and lasts one working day', async () => {
    const before = Date.now()
    const res = await login('editor@auth.example.vn', PASSWORD, freshIp())
    expect(res.status).toBe(200)
    const cookie = res.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^payload-token=[^;]+;/)
    expect(cookie).toMatch(/;\s*HttpOnly/i)
    expect(cookie).toMatch(/;\s*Secure/i)
    expect(cookie).toMatch(/;\s*SameSite=Lax/i)
    const expires = Date.parse(/Expires=([^;]+)/i.exec(cookie)?.[1] ?? '')
    expect(Math.round((expires - before) / 3_600_000)).toBe(8)
    expect(SESSION_SECONDS).toBe(8 * 3600)
  })

  it.each([
    [{ CMS_PUBLIC_URL: 'https://cms.example.gov.vn' }, true],
    [{ CMS_PUBLIC_URL: 'https://cms.example.gov.vn', NODE_ENV: 'development' }, true],
    [{ NODE_ENV: 'production' }, true],
    [{ NODE_ENV: 'production', CMS_PUBLIC_URL: 'http://cms.internal.gov.vn:3000' }, true],
    [{ NODE_ENV: 'production', CMS_PUBLIC_URL: 'http://127.0.0.1:3000' }, false],
    [{ NODE_ENV: 'development', CMS_PUBLIC_URL: 'http://127.0.0.1:3000' }, false],
    [{ NODE_ENV: 'test' }, false],
  ])('Secure for %o: %s', (env, secure) => {
    expect(secureCookies(env)).toBe(secure)
  })
})

describe('sign-in limits', () => {
  it('refuses the fourth failed sign-in from one address with 429, a vi/en message and Retry-After, even with the right password', async () => {
    const ip = freshIp()
    for (const email of ['admin@auth.example.vn', 'editor@auth.example.vn', 'nobody@auth.example.vn']) {
      const wrong = await login(email, 'doan-mo-mat-khau', ip)
      expect(wrong.status).toBe(401)
    }
    const refused = await login('other@auth.example.vn', PASSWORD, ip)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await messageOf(refused)).toMatch(
      /^Đăng nhập sai quá nhiều lần từ địa chỉ này\. Vui lòng thử lại sau khoảng \d+ phút\. \/ Too many failed sign-ins from this address\./,
    )
    expect(refused.headers.get('set-cookie')).toBeNull()
    // Another address is not affected, and neither is the account.
    expect((await login('other@auth.example.vn', PASSWORD, freshIp())).status).toBe(200)
  })

  it('counts only failures: successful sign-ins from one address never run out', async () => {
    const ip = freshIp()
    for (let i = 0; i < 6; i++) expect((await login('admin@auth.example.vn', PASSWORD, ip)).status).toBe(200)
    expect((await login('admin@auth.example.vn', 'sai', ip)).status).toBe(401)
    expect((await login('admin@auth.example.vn', PASSWORD, ip)).status).toBe(200)
  })

  it(`locks an account after ${MAX_LOGIN_ATTEMPTS} wrong passwords, even against the right one, until ${LOCK_MINUTES} minutes pass`, async () => {
    // From a new address each time: the per-address limit must not be what stops the guesser.
    for (let i = 0; i < MAX_LOGIN_ATTEMPTS; i++) {
      expect((await login('locked@auth.example.vn', `doan-${i}`, freshIp())).status).toBe(401)
    }
    const locked = await login('locked@auth.example.vn', PASSWORD, freshIp())
    expect(locked.status).toBe(401)
    expect(await messageOf(locked)).toMatch(/locked|khóa|khoá/i)
    expect(locked.headers.get('set-cookie')).toBeNull()

    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.now() + (LOCK_MINUTES - 1) * 60_000)
    expect((await login('locked@auth.example.vn', PASSWORD, freshIp())).status).toBe(401)
    vi.setSystemTime(Date.now() + 2 * 60_000)
    const after = await login('locked@auth.example.vn', PASSWORD, freshIp())
    expect(after.status).toBe(200)
    expect(after.headers.get('set-cookie')).toMatch(/^payload-token=/)
  })

  it('leaves the server’s own local-API sign-ins out of the per-address count', async () => {
    for (let i = 0; i < 5; i++) {
      await expect(
        payload.login({ collection: 'users', data: { email: 'nobody@auth.example.vn', password: 'x' } }),
      ).rejects.toMatchObject({
        status: 401,
      })
    }
    expect((await login('editor@auth.example.vn', PASSWORD, freshIp())).status).toBe(200)
  })
})

describe('CMS response headers', () => {
  it('Next sends anti-framing, nosniff, Referrer-Policy and HSTS on every CMS route, and hides its version', async () => {
    const { default: nextConfig } = await import('../next.config')
    const rules = (await nextConfig.headers?.()) ?? []
    const all = rules.filter((rule) => rule.source === '/:path*').flatMap((rule) => rule.headers)
    const sent = new Map(all.map(({ key, value }) => [key.toLowerCase(), value]))
    expect(sent.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(sent.get('content-security-policy')).toBe("frame-ancestors 'self'")
    expect(sent.get('x-content-type-options')).toBe('nosniff')
    expect(sent.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    // This file's CMS is public over https.
    expect(sent.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains')
    expect(nextConfig.poweredByHeader).toBe(false)
    expect(sent.has('x-powered-by')).toBe(false)
  })

  it('sends no HSTS from a CMS reached over plain http on this machine', () => {
    const headers = cmsSecurityHeaders({ NODE_ENV: 'production', CMS_PUBLIC_URL: 'http://127.0.0.1:3000' })
    expect(headers.map((h) => h.key)).not.toContain('Strict-Transport-Security')
    expect(headers.map((h) => h.key)).toContain('X-Frame-Options')
  })
})
