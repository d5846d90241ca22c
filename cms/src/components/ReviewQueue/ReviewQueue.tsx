import type { ServerProps, Where } from 'payload'
import { nextStates, type WorkflowState } from '@cong/shared/workflow'
import { roleOf, unitOf } from '../../access/roles'
import { WORKFLOW_STATE_LABELS, type Label } from '../../i18n'

type Slug = 'articles' | 'pages'
type Queue = { title: Label; empty: Label; collections: Slug[]; states: WorkflowState[]; unit?: string }

const LIMIT = 20

const COLLECTION_LABELS: Record<Slug, Label> = {
  articles: { vi: 'Tin bài', en: 'Articles' },
  pages: { vi: 'Trang', en: 'Pages' },
}

const TITLES = {
  review: { vi: 'Chờ duyệt', en: 'Waiting for review' },
  reviewEmpty: { vi: 'Không có bài nào chờ duyệt.', en: 'Nothing is waiting for review.' },
  mine: { vi: 'Bài của đơn vị tôi', en: "My unit's items" },
  mineEmpty: { vi: 'Đơn vị chưa có bài nháp hay bài bị trả lại.', en: 'Your unit has no drafts or returned items.' },
  more: { vi: 'Xem tất cả', en: 'See all' },
} satisfies Record<string, Label>

/**
 * Who sees which queue: whoever the workflow lets act on a submitted item gets the review queue;
 * a contributor gets the unit's drafts and returned items, i.e. what still needs their work.
 */
function queueFor(user: ServerProps['user']): Queue | null {
  const role = roleOf(user)
  if (!role) return null
  if (nextStates('submitted', role).length > 0) {
    return {
      title: TITLES.review,
      empty: TITLES.reviewEmpty,
      collections: ['articles', 'pages'],
      states: ['submitted'],
    }
  }
  const unit = unitOf({ user } as Parameters<typeof unitOf>[0])
  if (role === 'contributor' && unit) {
    return {
      title: TITLES.mine,
      empty: TITLES.mineEmpty,
      collections: ['articles'],
      states: ['draft', 'returned'],
      unit,
    }
  }
  return null
}

/** The dashboard's work list: what waits for the signed-in person, with links to open it. */
export async function ReviewQueue({ payload, user, i18n }: ServerProps) {
  const queue = queueFor(user)
  if (!queue || !user) return null
  const lang = i18n.language === 'en' ? 'en' : 'vi'
  const admin = payload.config.routes.admin
  const byState: Where = { workflowStatus: { in: queue.states } }
  const where: Where = queue.unit ? { and: [{ unit: { equals: queue.unit } }, byState] } : byState
  // The list view reads the same filter from its query string (an `in` takes a comma list).
  const listFilter = new URLSearchParams({ 'where[workflowStatus][in]': queue.states.join(',') })
  const results = await Promise.all(
    queue.collections.map(async (collection) => ({
      collection,
      ...(await payload.find({
        collection,
        where,
        user,
        overrideAccess: false,
        depth: 0,
        limit: LIMIT,
        sort: '-updatedAt',
        select: { title: true, workflowStatus: true, workflowReason: true, updatedAt: true },
      })),
    })),
  )
  const total = results.reduce((sum, result) => sum + result.totalDocs, 0)

  return (
    <section className="cong-review-queue" style={{ marginTop: '2rem' }}>
      <h2>
        {queue.title[lang]} ({total})
      </h2>
      {total === 0 && <p>{queue.empty[lang]}</p>}
      {results.map(({ collection, docs, totalDocs }) =>
        docs.length === 0 ? null : (
          <div key={collection}>
            <h3 style={{ marginTop: '1rem' }}>
              {COLLECTION_LABELS[collection][lang]} ({totalDocs})
            </h3>
            <ul>
              {docs.map((doc) => {
                const state = doc.workflowStatus as WorkflowState
                return (
                  <li key={doc.id}>
                    <a href={`${admin}/collections/${collection}/${doc.id}`}>{doc.title}</a> —{' '}
                    {WORKFLOW_STATE_LABELS[state][lang]}
                    {state === 'returned' && doc.workflowReason ? `: ${doc.workflowReason}` : ''}
                  </li>
                )
              })}
            </ul>
            {totalDocs > docs.length && <a href={`${admin}/collections/${collection}?${listFilter}`}>{TITLES.more[lang]}</a>}
          </div>
        ),
      )}
    </section>
  )
}
