import { describe, expect, it } from 'vitest'
import { checkWith } from '../testing'
import { invalidSyllableRule } from './invalid-syllable'

const flagged = (text: string) => checkWith(invalidSyllableRule, text).map((finding) => finding.excerpt)

describe('invalid-syllable', () => {
  it.each([
    ['Bộ triển khai quảu lý hồ sơ', ['quảu']],
    ['Đoạn clilp giới thiệu', ['clilp']],
    ['Đẩy mạnh tuyềnn thông', ['tuyềnn']],
    ['Quảu lý nhà nước', ['Quảu']],
    ['thời kỳ gìa hóa dân số', ['gìa']],
    ['hỗ trợ nguoi lao động', ['nguoi']],
    ['Việtnam và càphê', ['Việtnam', 'càphê']],
    ['bảo hiểm thất ngiệp', ['ngiệp']],
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨAA', ['NGHĨAA']],
    ['kết qủa (đat chỉ tiêu)', ['qủa', 'đat']],
    ['vắc-xiin', ['xiin']],
    ['xem video clilp hướng dẫn', ['clilp']],
    ['ho tro nguoi lao dong', ['nguoi']],
  ])('flags %j', (text, expected) => {
    expect(flagged(text)).toEqual(expected)
  })

  it.each([
    ['correct Vietnamese', 'Bộ Lao động - Thương binh và Xã hội quyết định hỗ trợ người lao động khó khăn.'],
    ['both tone-mark styles', 'hòa hoà thủy thuỷ'],
    ['acronyms', 'UBND, BHXH, LĐTBXH, TP, NĐ-CP, HĐND, THPT, QĐ-TTg'],
    ['all-capital Vietnamese', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['chunks with digits', '14/2017/NĐ-CP Covid-19 5G H5N1 12abc'],
    [
      'addresses and file names',
      'https://molisa.gov.vn/van-ban hotro@molisa.gov.vn bao-cao.pdf molisa.gov.vn',
    ],
    ['capitalised names without marks', 'Facebook Zalo YouTube London Pleiku Geneva'],
    [
      'foreign words of several syllables',
      'online website email video hotline livestream chatbot smartphone',
    ],
    ['loanwords the list knows', 'clip link app test gen gel stress ok mail'],
    ['English phrases', 'Chỉ ban biên tập / Only admins and ops may roll back. Dự án Safe and Fair'],
    ['loanwords with a well-formed shape', 'chat top hot chip pin sim'],
    ['letters outside the alphabet', 'fanpage wifi zoom jazz'],
    ['camelCase brands', 'iPhone VNeID eTax VssID MoMo'],
    ['single letters and list labels', 'điểm a, điểm đ khoản 1; ông A; đ/c'],
    ['lower-case Roman numerals', 'mục ii, iii và iv'],
    ['units and abbreviations without a vowel', '25 km, 10 kg, 5 ml, sms'],
    ['transcribed names', 'Mát-xcơ-va, Ô-xtrây-li-a, Giê-su'],
    ['Central Highlands names', "Đắk Lắk, Krông Pắc, M'Đrắk, Chư Prông, Đạ Tẻh, ĐẮK LẮK"],
    ['minority names with an apostrophe', "H'Mông, Ia H'Drai"],
    ['lower-case transcriptions', 'vắc-xin, ô-tô, ki-lô-mét, xích-lô'],
  ])('leaves alone %s', (_case, text) => {
    expect(flagged(text)).toEqual([])
  })

  it('points into the text as given when it is decomposed', () => {
    const text = 'ba\u0309o qua\u0309u ly\u0301'
    const [finding] = checkWith(invalidSyllableRule, text)
    expect(finding.excerpt).toBe('qua\u0309u')
    expect(finding.start).toBe(5)
  })
})
