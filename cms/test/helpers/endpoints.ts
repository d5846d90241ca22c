import { afterEach } from 'vitest'
import { handleEndpoints, type Payload } from 'payload'
import type { Article, Draft } from '@cong/shared/payload-types'
import { clock } from '../../src/clock'
import type { World } from './world'

/**
 * One request to the CMS's REST API through `handleEndpoints`, the code path of the Next route,
 * so a test sees the status and body a browser or a public form gets. `init` is sent as given.
 */
export async function apiRequest(apiPath: string, init: RequestInit = {}): Promise<Response> {
  const { default: config } = await import('../../src/payload.config')
  return handleEndpoints({ config, request: new Request(`http://localhost:3000/api${apiPath}`, init) })
}

/** A published draft of unit A, taking comments from `opensOn` to `closesOn` (YYYY-MM-DD). */
export function publishedDraft(
  payload: Payload,
  world: World,
  data: { title: string; type: string; opensOn: string; closesOn: string },
): Promise<Draft> {
  return payload.create({
    collection: 'drafts',
    data: { ...data, draftingUnit: world.unitA.id, _status: 'published' } as Draft,
  })
}

/** A published article of unit A in the world's section. */
export function publishedArticle(payload: Payload, world: World, title: string): Promise<Article> {
  return payload.create({
    collection: 'articles',
    data: { title, sections: [world.section.id], unit: world.unitA.id, workflowStatus: 'published' },
  })
}

/** For tests that set `clock.now`: puts the real clock back after each test, and returns it. */
export function restoreClockAfterEach(): () => Date {
  const realNow = clock.now
  afterEach(() => {
    clock.now = realNow
  })
  return realNow
}

/** A valid question from a citizen, as the public form sends it. */
export const SAMPLE_QUESTION = {
  senderKind: 'person',
  type: 'question',
  name: 'Trần Thị Hoa',
  email: 'hoa.tran@example.vn',
  phone: '0912 345 678',
  address: 'Số 12 phố Huế, Hà Nội',
  field: 'viec-lam',
  title: 'Điều kiện hưởng trợ cấp thất nghiệp',
  content:
    'Tôi đóng bảo hiểm thất nghiệp được 14 tháng thì nghỉ việc. Xin hỏi tôi có được hưởng trợ cấp không?',
  consent: 'on',
}
