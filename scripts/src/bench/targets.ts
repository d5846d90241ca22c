/**
 * What the endpoint benchmark and the soak aim at in the seeded demo content: a draft open for
 * comment today, cases a citizen can look up (code and contact), and the published articles whose
 * view counter they call. Reads only; importing it starts nothing.
 */
import type { Payload } from 'payload'
import { periodState } from '@cong/shared/commentPeriod'
import { dayOf } from '../../../cms/src/days'
import { PUBLISHED } from '../../../cms/src/publishing/snapshot'
import type { KnownCase } from './bodies'

export async function findBenchTargets(payload: Payload, now = new Date()) {
  const drafts = await payload.find({
    collection: 'drafts',
    where: { _status: { equals: 'published' } },
    // Latest closing first: among a generated dataset's hundreds of drafts only the newest are open.
    sort: '-closesOn',
    depth: 0,
    limit: 100,
    overrideAccess: true,
  })
  const openDraft = drafts.docs.find((d) => {
    const opensOn = dayOf(d.opensOn)
    const closesOn = dayOf(d.closesOn)
    return opensOn && closesOn && periodState({ opensOn, closesOn }, now) === 'open'
  })
  if (!openDraft) throw new Error('the demo content has no draft open for comment')
  const cases = await payload.find({
    collection: 'cases',
    depth: 0,
    limit: 500,
    select: { trackingCode: true, email: true, phone: true },
    overrideAccess: true,
  })
  const knownCases: KnownCase[] = cases.docs.flatMap((c) => {
    const contact = c.email || c.phone
    return contact ? [{ code: c.trackingCode, contact }] : []
  })
  if (knownCases.length === 0) throw new Error('the demo content has no cases to look up')
  const articles = await payload.find({
    collection: 'articles',
    where: PUBLISHED,
    depth: 0,
    limit: 500,
    select: { slug: true },
    overrideAccess: true,
  })
  const articleIds = articles.docs.map((a) => String(a.id))
  if (articleIds.length === 0) throw new Error('the demo content has no published articles')
  return { openDraft, knownCases, articleIds }
}
