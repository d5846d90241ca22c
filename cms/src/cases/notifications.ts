import type { PayloadRequest } from 'payload'
import type { CaseState } from '@cong/shared/caseWorkflow'
import { CASE_TYPES, REJECTION_REASON_LABELS } from '@cong/shared/citizenCase'
import type { Case, Unit } from '@cong/shared/payload-types'
import { absoluteUrl, routes } from '@cong/shared/routes'
import { formatVietnameseDate, toVietnamDate } from '@cong/shared/vnDate'
import { idOf } from '../access/roles'
import { richTextToPlainText } from '../richText/plainText'

/** The public site, as in the snapshot's canonical links; the demo portal's address otherwise. */
export const siteUrl = (): string => process.env.SITE_URL || 'http://127.0.0.1:4321'

export interface CaseEmail {
  to: string[]
  subject: string
  text: string
}

const day = (value: string | null | undefined) => (value ? formatVietnameseDate(toVietnamDate(value)) : '')
const SIGNATURE = ['', 'Cổng thông tin điện tử', '', '---']
const caseTitle = (doc: Case) => `«${doc.title}»`

/** Every message: Vietnamese first, English below the rule, for the sender and foreign staff alike. */
const message = (to: string[], subject: { vi: string; en: string }, vi: string[], en: string[]): CaseEmail => ({
  to,
  subject: `[Cổng] ${subject.vi} / ${subject.en}`,
  text: [...vi, ...SIGNATURE, ...en].join('\n'),
})

export function acknowledgment(doc: Case): CaseEmail {
  const code = doc.trackingCode
  const due = day(doc.dueAt)
  const type = CASE_TYPES[doc.type]
  return message(
    [doc.email as string],
    { vi: `Đã tiếp nhận câu hỏi ${code}`, en: `We received your case ${code}` },
    [
      `Kính gửi ông/bà ${doc.name},`,
      '',
      `Chúng tôi đã tiếp nhận ${caseTitle(doc)} (${type.vi}) của ông/bà.`,
      `Mã tra cứu: ${code}`,
      `Hạn trả lời: ${due}`,
      '',
      `Ông/bà có thể tra cứu tình trạng xử lý bằng mã trên và thư điện tử hoặc số điện thoại đã gửi tại: ${absoluteUrl(siteUrl(), routes.track('vi'))}`,
    ],
    [
      `Dear ${doc.name}, we received your case ${caseTitle(doc)} (${type.en}).`,
      `Tracking code: ${code}. Answer due by ${due}.`,
      `Look it up with the code and the e-mail or phone you gave at ${absoluteUrl(siteUrl(), routes.track('en'))}`,
    ],
  )
}

export function intakeNotice(doc: Case, to: string, adminUrl: string): CaseEmail {
  const link = `${adminUrl}/collections/cases/${doc.id}`
  return message(
    [to],
    { vi: `Câu hỏi mới ${doc.trackingCode}`, en: `New case ${doc.trackingCode}` },
    [`Có câu hỏi mới (${CASE_TYPES[doc.type].vi}) cần phân loại: ${caseTitle(doc)}.`, `Hạn trả lời: ${day(doc.dueAt)}`, `Mở: ${link}`],
    [`A new case (${CASE_TYPES[doc.type].en}) awaits triage: ${caseTitle(doc)}. Due ${day(doc.dueAt)}. Open: ${link}`],
  )
}

export function routedNotice(doc: Case, to: string[], unitName: string, adminUrl: string): CaseEmail {
  const link = `${adminUrl}/collections/cases/${doc.id}`
  return message(
    to,
    { vi: `Câu hỏi ${doc.trackingCode} được chuyển đến ${unitName}`, en: `Case ${doc.trackingCode} routed to your unit` },
    [`Câu hỏi ${caseTitle(doc)} được chuyển đến ${unitName} để trả lời.`, `Hạn trả lời: ${day(doc.dueAt)}`, `Mở: ${link}`],
    [`Case ${caseTitle(doc)} was routed to ${unitName} for an answer, due ${day(doc.dueAt)}. Open: ${link}`],
  )
}

export function returnedNotice(doc: Case, to: string[], reason: string | null, adminUrl: string): CaseEmail {
  const link = `${adminUrl}/collections/cases/${doc.id}`
  return message(
    to,
    { vi: `Trả lời câu hỏi ${doc.trackingCode} bị trả lại`, en: `Answer to ${doc.trackingCode} returned` },
    [`Ban Biên tập trả lại câu trả lời cho câu hỏi ${caseTitle(doc)}.`, `Lý do: ${reason ?? ''}`, `Hạn trả lời: ${day(doc.dueAt)}`, `Mở: ${link}`],
    [`The board returned the answer to ${caseTitle(doc)}. Reason: ${reason ?? ''}. Due ${day(doc.dueAt)}. Open: ${link}`],
  )
}

export function answeredNotice(doc: Case): CaseEmail {
  const answer = richTextToPlainText(doc.answer)
  const url = doc.visibility === 'public' && doc.publicSlug ? absoluteUrl(siteUrl(), routes.question('vi', doc.publicSlug)) : null
  return message(
    [doc.email as string],
    { vi: `Trả lời câu hỏi ${doc.trackingCode}`, en: `Answer to your case ${doc.trackingCode}` },
    [
      `Kính gửi ông/bà ${doc.name},`,
      '',
      `Về câu hỏi ${caseTitle(doc)} (mã ${doc.trackingCode}), chúng tôi trả lời như sau:`,
      '',
      answer,
      ...(url ? ['', `Câu trả lời được đăng công khai tại: ${url}`] : []),
    ],
    [
      `Dear ${doc.name}, the answer to your case ${caseTitle(doc)} (${doc.trackingCode}) is above, in Vietnamese.`,
      ...(url ? [`It is published at ${url}`] : []),
    ],
  )
}

export function rejectedNotice(doc: Case, originalCode: string | null): CaseEmail {
  const reason = doc.rejectionReason ? REJECTION_REASON_LABELS[doc.rejectionReason] : { vi: '', en: '' }
  return message(
    [doc.email as string],
    { vi: `Kết quả xử lý câu hỏi ${doc.trackingCode}`, en: `Your case ${doc.trackingCode} was not accepted` },
    [
      `Kính gửi ông/bà ${doc.name},`,
      '',
      `Câu hỏi ${caseTitle(doc)} (mã ${doc.trackingCode}) không được tiếp nhận xử lý.`,
      `Lý do: ${reason.vi}.`,
      ...(originalCode ? [`Nội dung này đang được xử lý cùng câu hỏi ${originalCode}; ông/bà tra cứu kết quả theo mã đó.`] : []),
    ],
    [
      `Dear ${doc.name}, your case ${caseTitle(doc)} (${doc.trackingCode}) was not accepted. Reason: ${reason.en}.`,
      ...(originalCode ? [`It is handled together with case ${originalCode}; look that code up for the answer.`] : []),
    ],
  )
}

/** The active case handlers of a unit, and the unit's own address when it has one. */
async function unitRecipients(req: PayloadRequest, unitRef: unknown): Promise<{ to: string[]; unitName: string }> {
  const unitId = idOf(unitRef)
  if (!unitId) return { to: [], unitName: '' }
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { and: [{ role: { equals: 'caseHandler' } }, { unit: { equals: unitId } }, { active: { not_equals: false } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const unit = (await req.payload.findByID({ collection: 'units', id: unitId, depth: 0, overrideAccess: true, req, disableErrors: true })) as Unit | null
  const to = [...new Set([...docs.map((u) => u.email), unit?.email].filter((a): a is string => Boolean(a)))]
  return { to, unitName: unit?.name ?? '' }
}

/**
 * The e-mails one save of a case sends: on creation to the sender and the intake office, on
 * routing to the unit, on the answer or a rejection to the sender, on a returned answer to the
 * unit. A failed send is logged and never undoes the save: the case is what matters.
 */
export async function notifyCase(
  req: PayloadRequest,
  doc: Case,
  previous: { state?: CaseState } | null,
  reason: string | null,
): Promise<void> {
  const from = previous?.state
  const to = doc.state
  if (from === to) return
  const adminUrl = `${req.payload.config.serverURL}${req.payload.config.routes.admin}`
  const emails: CaseEmail[] = []
  try {
    if (!previous) {
      if (doc.email) emails.push(acknowledgment(doc))
      const settings = await req.payload.findGlobal({ slug: 'case-settings', depth: 0, overrideAccess: true, req })
      if (settings.intakeEmail) emails.push(intakeNotice(doc, settings.intakeEmail, adminUrl))
    } else if (to === 'routed' || (to === 'inProgress' && from === 'awaitingApproval')) {
      const { to: recipients, unitName } = await unitRecipients(req, doc.unit)
      if (recipients.length > 0)
        emails.push(to === 'routed' ? routedNotice(doc, recipients, unitName, adminUrl) : returnedNotice(doc, recipients, reason, adminUrl))
    } else if (to === 'answered' && doc.email) {
      emails.push(answeredNotice(doc))
    } else if (to === 'rejected' && doc.email) {
      const original = doc.rejectionReason === 'duplicate' ? idOf(doc.duplicateOf) : null
      const originalCase = original
        ? await req.payload.findByID({ collection: 'cases', id: original, depth: 0, overrideAccess: true, req, disableErrors: true })
        : null
      emails.push(rejectedNotice(doc, originalCase?.trackingCode ?? null))
    }
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `Could not prepare the e-mails of case ${doc.trackingCode}` })
  }
  for (const email of emails) {
    try {
      await req.payload.sendEmail(email)
    } catch (error) {
      req.payload.logger.error({ err: error, msg: `E-mail about case ${doc.trackingCode} to ${email.to.join(', ')} failed` })
    }
  }
}
