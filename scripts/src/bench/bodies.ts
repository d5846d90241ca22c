/**
 * Request bodies for the public-endpoint load benchmark: what real readers send, different on
 * every request (a server that caches or deduplicates identical bodies would otherwise look
 * faster than it is), and the same for the same request number on every run, so two runs load
 * the CMS with the same content. Every body passes the forms' own shared validation: a 400 in
 * the benchmark means a bug, never a generator that sent nonsense.
 */
import { CASE_TYPE_CODES, SENDER_KIND_CODES } from '@cong/shared/citizenCase'
import { LEGAL_FIELD_CODES } from '@cong/shared/legalVocabulary'
import { randomFrom } from '../seed/images'

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý']
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thu', 'Đức', 'Ngọc', 'Quang', 'Thanh', 'Hữu', 'Kim']
const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Hà', 'Hải', 'Hạnh', 'Hùng', 'Lan', 'Long', 'Mai', 'Nam', 'Phương', 'Quân', 'Sơn', 'Thảo', 'Trang', 'Tuấn', 'Yến']
const PROVINCES = ['Hà Nội', 'Hải Phòng', 'Nghệ An', 'Thừa Thiên Huế', 'Đà Nẵng', 'Quảng Nam', 'Đắk Lắk', 'TP. Hồ Chí Minh', 'Cần Thơ', 'An Giang', 'Thái Nguyên', 'Lào Cai']
const ORGANISATIONS = ['Công ty TNHH May Sông Hồng', 'Hợp tác xã Nông nghiệp Tân Phú', 'Hiệp hội Doanh nghiệp nhỏ và vừa', 'Trường Trung cấp nghề Kỹ thuật', 'Công ty Cổ phần Xây lắp Miền Trung']
const CLAUSES = ['Điều 3', 'Điều 5, khoản 2', 'Điều 7, khoản 1, điểm b', 'Điều 12', 'Điều 18, khoản 3', 'Chương II']
const TOPICS = [
  'mức đóng bảo hiểm xã hội tự nguyện',
  'trợ cấp thất nghiệp khi chấm dứt hợp đồng lao động',
  'thời giờ làm thêm của người lao động',
  'chế độ ưu đãi người có công với cách mạng',
  'hỗ trợ học nghề cho lao động nông thôn',
  'trợ cấp xã hội hằng tháng cho người cao tuổi',
  'an toàn, vệ sinh lao động trong xây dựng',
  'đưa người lao động đi làm việc ở nước ngoài',
  'tiền lương tối thiểu vùng',
  'chăm sóc trẻ em có hoàn cảnh đặc biệt',
]
const OPENINGS = [
  'Tôi đề nghị Ban soạn thảo làm rõ quy định về',
  'Doanh nghiệp chúng tôi gặp khó khăn khi áp dụng quy định về',
  'Xin góp ý bổ sung hướng dẫn chi tiết về',
  'Đề nghị cân nhắc lại thời hạn áp dụng quy định về',
]
const QUESTIONS = [
  'Xin hỏi điều kiện và thủ tục để được hưởng',
  'Tôi muốn biết cách tính',
  'Địa phương tôi chưa thực hiện đúng quy định về',
  'Kiến nghị Bộ hướng dẫn thống nhất việc thực hiện',
]
const DETAILS = [
  'vì hiện nay mỗi địa phương hướng dẫn một cách khác nhau.',
  'do người lao động ở khu công nghiệp chưa nắm được quyền lợi của mình.',
  'để tránh phải nộp lại hồ sơ nhiều lần.',
  'trong trường hợp người lao động làm việc cho nhiều đơn vị cùng lúc.',
  'khi hồ sơ đã nộp quá thời hạn ba mươi ngày.',
]

type Pick = <T>(list: readonly T[]) => T

function picker(key: string): { pick: Pick; int: (min: number, max: number) => number } {
  const next = randomFrom(key)
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  return { pick: (list) => list[int(0, list.length - 1)]!, int }
}

function person(pick: Pick): string {
  return `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`
}

/** A unique mailbox per request number: realistic, and no two bodies are the same. */
const mailbox = (kind: string, n: number) => `${kind}.${n}@example.com`

/** A Vietnamese mobile number that varies with `n` (10 digits, starting 09). */
const mobile = (n: number) => `09${String(n % 100_000_000).padStart(8, '0')}`

/** `POST /api/drafts/:id/comments` body number `n`. */
export function commentBody(n: number): Record<string, string> {
  const { pick, int } = picker(`bench-comment#${n}`)
  const body: Record<string, string> = {
    name: person(pick),
    clause: pick(CLAUSES),
    text: `${pick(OPENINGS)} ${pick(TOPICS)}, ${pick(DETAILS)} (góp ý số ${n})`,
  }
  // Readers leave an e-mail, a phone or both; some write for an organisation.
  const contacts = int(0, 2)
  if (contacts !== 1) body.email = mailbox('gopy', n)
  if (contacts !== 0) body.phone = mobile(n)
  if (int(0, 3) === 0) body.organisation = pick(ORGANISATIONS)
  return body
}

/** `POST /api/cases/submit` JSON body number `n` (the form without attachments). */
export function caseBody(n: number): Record<string, string | boolean> {
  const { pick, int } = picker(`bench-case#${n}`)
  const topic = pick(TOPICS)
  const body: Record<string, string | boolean> = {
    senderKind: pick(SENDER_KIND_CODES),
    type: pick(CASE_TYPE_CODES),
    name: person(pick),
    field: pick(LEGAL_FIELD_CODES),
    title: `Hỏi về ${topic}`,
    content: `${pick(QUESTIONS)} ${topic} ${pick(DETAILS)} Tôi đang cư trú tại ${pick(PROVINCES)}. (câu hỏi số ${n})`,
    address: `Số ${int(1, 300)}, phường ${int(1, 20)}, ${pick(PROVINCES)}`,
    consent: true,
  }
  const contacts = int(0, 2)
  if (contacts !== 1) body.email = mailbox('hoidap', n)
  if (contacts !== 0) body.phone = mobile(n)
  return body
}

/** A case the lookup benchmark may ask for: its code and a contact it was sent with. */
export interface KnownCase {
  code: string
  contact: string
}

/** `POST /api/cases/lookup` body number `n`: the known cases in turn, as people type codes back. */
export function lookupBody(n: number, cases: readonly KnownCase[]): { code: string; contact: string } {
  if (cases.length === 0) throw new Error('lookup bodies need at least one known case')
  const known = cases[n % cases.length]!
  // People type the code in lower case or without its dashes too; the endpoint normalises it.
  const code = n % 3 === 1 ? known.code.toLowerCase() : n % 3 === 2 ? known.code.replace(/-/g, '') : known.code
  return { code, contact: known.contact }
}

/**
 * The `X-Forwarded-For` of request `n` in the "many addresses" runs: a different private
 * address per request for the first 16 million, so a per-address allowance never refuses.
 */
export function forwardedFor(n: number): string {
  const k = n % 0x1000000
  return `10.${(k >> 16) & 255}.${(k >> 8) & 255}.${k & 255}`
}

/** The single address of the "one address" runs. */
export const ONE_ADDRESS = '203.0.113.7'
