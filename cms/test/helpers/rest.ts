import { handleEndpoints, type Payload } from 'payload'
import type { ActingUser } from './world'

export interface RestInit {
  /** Who calls: signed in with their own session token, or nobody. */
  user?: ActingUser | null
  method?: string
  body?: BodyInit
  headers?: Record<string, string>
}

/**
 * Calls the CMS's REST API (collections, globals and custom endpoints) the way the Next route does,
 * as a signed-in user or as the public, so tests see the status and body a browser would get.
 * Session tokens come from a real login and are kept per user.
 */
export function restClient(payload: Payload, password = 'mat-khau-thu-nghiem') {
  const tokens = new Map<string, string>()
  async function tokenOf(user: ActingUser): Promise<string> {
    const known = tokens.get(user.email)
    if (known) return known
    const { token } = await payload.login({ collection: 'users', data: { email: user.email, password } })
    tokens.set(user.email, token!)
    return token!
  }
  return async function call(path: string, init: RestInit = {}): Promise<Response> {
    const headers: Record<string, string> = { ...init.headers }
    if (init.user) headers.authorization = `JWT ${await tokenOf(init.user)}`
    const request = new Request(`http://localhost:3000/api${path}`, {
      method: init.method ?? 'GET',
      headers,
      body: init.body,
    })
    const { default: config } = await import('../../src/payload.config')
    return handleEndpoints({ config, request })
  }
}
