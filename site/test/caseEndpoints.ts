import type { Page, Request, Route } from 'playwright-core'

export interface CmsAnswer {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

/**
 * Stand in for a public CMS endpoint (`/api/cases/submit`, `/api/cases/lookup`,
 * `/api/drafts/:id/comments`): answer each
 * request with the next of `answers` (the last one repeats), or drop the connection for
 * 'offline'. Returns the requests the page sent, preflights left out.
 */
export async function fakeCmsEndpoint(page: Page, url: string, ...answers: (CmsAnswer | 'offline')[]): Promise<Request[]> {
  const sent: Request[] = []
  await page.route(url, async (route: Route) => {
    const request = route.request()
    // The CMS must expose Retry-After for the form to read it across origins.
    const cors = {
      'access-control-allow-origin': '*',
      'access-control-allow-headers': 'content-type',
      'access-control-expose-headers': 'retry-after',
      'cache-control': 'no-store',
    }
    if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors })
    const answer = answers[Math.min(sent.length, answers.length - 1)]!
    sent.push(request)
    if (answer === 'offline') return route.abort('internetdisconnected')
    return route.fulfill({
      status: answer.status,
      headers: { ...cors, 'content-type': 'application/json', ...answer.headers },
      body: JSON.stringify(answer.body ?? {}),
    })
  })
  return sent
}

/** A lookup answer for an answered, published question. */
export const ANSWERED_LOOKUP = {
  trackingCode: 'HD-7KQ3-M8PD',
  status: 'answered',
  title: 'Điều kiện hưởng trợ cấp thất nghiệp khi nghỉ việc đúng luật',
  receivedAt: '2026-10-02T02:15:00.000Z',
  answeredAt: '2026-10-14T08:00:00.000Z',
  answerHtml:
    '<p>Theo Luật Việc làm, người lao động được hưởng trợ cấp thất nghiệp khi đã đóng <strong>đủ 12 tháng</strong> trở lên trong 24 tháng.</p><ul><li>Nộp hồ sơ trong 3 tháng.</li></ul>',
  publicUrl: '/hoi-dap/dieu-kien-huong-tro-cap-that-nghiep-khi-nghi-viec-dung-luat-101/',
}
