import { describe, expect, it } from 'vitest'
import { foldDiacritics, foldForSearch } from './fold'

// Each row: a vowel without tone, then huyền, sắc, hỏi, ngã, nặng (precomposed, as typed).
const VOWEL_ROWS: [string, string][] = [
  ['aàáảãạ', 'aaaaaa'],
  ['AÀÁẢÃẠ', 'AAAAAA'],
  ['ăằắẳẵặ', 'aaaaaa'],
  ['ĂẰẮẲẴẶ', 'AAAAAA'],
  ['âầấẩẫậ', 'aaaaaa'],
  ['ÂẦẤẨẪẬ', 'AAAAAA'],
  ['eèéẻẽẹ', 'eeeeee'],
  ['EÈÉẺẼẸ', 'EEEEEE'],
  ['êềếểễệ', 'eeeeee'],
  ['ÊỀẾỂỄỆ', 'EEEEEE'],
  ['iìíỉĩị', 'iiiiii'],
  ['IÌÍỈĨỊ', 'IIIIII'],
  ['oòóỏõọ', 'oooooo'],
  ['OÒÓỎÕỌ', 'OOOOOO'],
  ['ôồốổỗộ', 'oooooo'],
  ['ÔỒỐỔỖỘ', 'OOOOOO'],
  ['ơờớởỡợ', 'oooooo'],
  ['ƠỜỚỞỠỢ', 'OOOOOO'],
  ['uùúủũụ', 'uuuuuu'],
  ['UÙÚỦŨỤ', 'UUUUUU'],
  ['ưừứửữự', 'uuuuuu'],
  ['ƯỪỨỬỮỰ', 'UUUUUU'],
  ['yỳýỷỹỵ', 'yyyyyy'],
  ['YỲÝỶỸỴ', 'YYYYYY'],
]

describe('foldDiacritics', () => {
  it.each(VOWEL_ROWS)('folds every tone of %s', (input, expected) => {
    expect(foldDiacritics(input)).toBe(expected)
  })

  it.each(VOWEL_ROWS)('folds every tone of %s when decomposed (NFD)', (input, expected) => {
    expect(foldDiacritics(input.normalize('NFD'))).toBe(expected)
  })

  it.each([
    ['Bảo hiểm thất nghiệp', 'Bao hiem that nghiep'],
    ['Đăng ký', 'Dang ky'],
    ['đường Điện Biên Phủ', 'duong Dien Bien Phu'],
    ['ĐỘC LẬP – TỰ DO – HẠNH PHÚC', 'DOC LAP – TU DO – HANH PHUC'],
    ['Nghị định 14/2017/NĐ-CP', 'Nghi dinh 14/2017/ND-CP'],
    // Windows-1258 text read as Latin-1 turns Đ into Ð.
    ['ÐẢNG CỘNG SẢN', 'DANG CONG SAN'],
    // Tone mark typed before the hat, and the deprecated Vietnamese tone marks U+0340/U+0341.
    ['Vie\u0323\u0302t Nam', 'Viet Nam'],
    ['ho\u0340a bie\u0302\u0341n', 'hoa bien'],
    ['Hội nghị ASEAN Summit 2024', 'Hoi nghi ASEAN Summit 2024'],
    ['Café 🇻🇳 “Phở” & bánh mì!', 'Cafe 🇻🇳 “Pho” & banh mi!'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(foldDiacritics(input)).toBe(expected)
  })

  it.each([
    ['한국어', '한국어'],
    ['हिन्दी', 'हिन्दी'],
    ['ภาษาไทย', 'ภาษาไทย'],
    ['中文', '中文'],
  ])('leaves the marks of other scripts: %s', (input, expected) => {
    expect(foldDiacritics(input)).toBe(expected)
  })
})

describe('foldForSearch', () => {
  it.each([
    ['Bảo hiểm thất nghiệp', 'bao hiem that nghiep'],
    ['  ĐĂNG   KÝ\tkinh\n doanh ', 'dang ky kinh doanh'],
    ['Quyết định'.normalize('NFD'), 'quyet dinh'],
    ['hoà bình', 'hoa binh'],
    ['hòa bình', 'hoa binh'],
    ['COVID-19', 'covid-19'],
    ['   ', ''],
  ])('%j → %j', (input, expected) => {
    expect(foldForSearch(input)).toBe(expected)
  })
})
