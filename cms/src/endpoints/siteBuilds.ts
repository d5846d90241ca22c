import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'
import { z } from 'zod'
import { REBUILD_ROLES, type Role } from '@cong/shared/roles'
import { roleOf } from '../access/roles'
import { callPublisher, PublisherUnavailableError, type PublisherAnswer } from '../publishing/publisherClient'
import { publisherStatusSchema, toSiteBuildsView, type SiteBuildsError } from '../publishing/siteBuilds'

/**
 * The admin's window on the publisher: `GET /api/site-builds` (live release and last builds),
 * `POST /api/site-builds/rebuild` and `POST /api/site-builds/rollback`. The browser never talks
 * to the publisher: only the CMS holds the signing secret, and it checks the user's role first.
 */

/** Rolling back replaces the public site with an older one: an operations decision. */
const ROLLBACK_ROLES: readonly Role[] = ['admin', 'ops']

const MESSAGES = {
  unauthenticated: 'Cần đăng nhập. / Please sign in.',
  forbidden: 'Chỉ Ban Biên tập, quản trị hệ thống và vận hành được xây dựng lại trang. / Only the board, admins and ops may rebuild the site.',
  rollbackForbidden: 'Chỉ quản trị hệ thống và vận hành được quay lại bản trước. / Only admins and ops may roll back.',
  unreachable:
    'Không kết nối được với dịch vụ xuất bản (publisher). Trang công khai vẫn hoạt động; hãy báo bộ phận vận hành. / The publisher cannot be reached. The public site still works; tell ops.',
  badAnswer: 'Dịch vụ xuất bản trả lời không đúng định dạng. / The publisher gave an unexpected answer.',
  badBody: 'Yêu cầu không hợp lệ. / Invalid request.',
}

const errorResponse = (status: number, error: string, message: string) =>
  Response.json({ error, message } satisfies SiteBuildsError, { status, headers: { 'cache-control': 'no-store' } })

function guard(req: PayloadRequest, roles: readonly Role[], forbidden: string): Response | null {
  if (!req.user) return errorResponse(401, 'unauthenticated', MESSAGES.unauthenticated)
  const role = roleOf(req.user as Parameters<typeof roleOf>[0])
  return role && roles.includes(role) ? null : errorResponse(403, 'forbidden', forbidden)
}

/** Runs a publisher call, turning "publisher down" into a 502 the admin screen can explain. */
async function relay(req: PayloadRequest, call: () => Promise<PublisherAnswer>): Promise<PublisherAnswer | Response> {
  try {
    return await call()
  } catch (error) {
    if (!(error instanceof PublisherUnavailableError)) throw error
    req.payload.logger.warn(`Publisher unreachable: ${error.message}`)
    return errorResponse(502, 'publisher-unreachable', MESSAGES.unreachable)
  }
}

/** A publisher refusal (a rollback with nothing to go back to, …) keeps its status and message. */
function passOn(answer: PublisherAnswer): Response {
  const body = answer.body as { message?: unknown; error?: unknown } | null
  const message = typeof body?.message === 'string' ? body.message : typeof body?.error === 'string' ? body.error : MESSAGES.badAnswer
  return answer.status >= 400
    ? errorResponse(answer.status >= 500 ? 502 : answer.status, 'publisher-refused', message)
    : Response.json(answer.body ?? {}, { status: answer.status, headers: { 'cache-control': 'no-store' } })
}

async function readJson(req: PayloadRequest): Promise<unknown> {
  try {
    return req.json ? await req.json() : {}
  } catch {
    return {}
  }
}

const rebuildBody = z.strictObject({ force: z.boolean().optional() })
const rollbackBody = z.strictObject({ to: z.string().max(40).optional() })

const status: PayloadHandler = async (req) => {
  const denied = guard(req, REBUILD_ROLES, MESSAGES.forbidden)
  if (denied) return denied
  const answer = await relay(req, () => callPublisher('/status', { method: 'GET' }))
  if (answer instanceof Response) return answer
  if (answer.status >= 400) return passOn(answer)
  const parsed = publisherStatusSchema.safeParse(answer.body)
  if (!parsed.success) return errorResponse(502, 'publisher-bad-answer', MESSAGES.badAnswer)
  const role = roleOf(req.user as Parameters<typeof roleOf>[0])
  return Response.json(toSiteBuildsView(parsed.data, role !== null && ROLLBACK_ROLES.includes(role)), {
    headers: { 'cache-control': 'no-store' },
  })
}

/** Says in the publisher's records who asked, by role and account id (no names or e-mails). */
const requestedBy = (req: PayloadRequest) =>
  `${roleOf(req.user as Parameters<typeof roleOf>[0])} #${String(req.user?.id)} qua trang quản trị`

const rebuild: PayloadHandler = async (req) => {
  const denied = guard(req, REBUILD_ROLES, MESSAGES.forbidden)
  if (denied) return denied
  const body = rebuildBody.safeParse(await readJson(req))
  if (!body.success) return errorResponse(400, 'bad-request', MESSAGES.badBody)
  const answer = await relay(req, () =>
    callPublisher('/rebuild', { method: 'POST', body: { ...body.data, reason: `Xây dựng lại: ${requestedBy(req)}` } }),
  )
  return answer instanceof Response ? answer : passOn(answer)
}

const rollback: PayloadHandler = async (req) => {
  const denied = guard(req, ROLLBACK_ROLES, MESSAGES.rollbackForbidden)
  if (denied) return denied
  const body = rollbackBody.safeParse(await readJson(req))
  if (!body.success) return errorResponse(400, 'bad-request', MESSAGES.badBody)
  const answer = await relay(req, () =>
    callPublisher('/rollback', { method: 'POST', body: { ...body.data, reason: `Quay lại bản trước: ${requestedBy(req)}` } }),
  )
  return answer instanceof Response ? answer : passOn(answer)
}

export const siteBuildEndpoints: Endpoint[] = [
  { path: '/site-builds', method: 'get', handler: status },
  { path: '/site-builds/rebuild', method: 'post', handler: rebuild },
  { path: '/site-builds/rollback', method: 'post', handler: rollback },
]
