import { describe, expect, it } from 'vitest'
import { DEFAULT_SLUG_MAX_LENGTH, slugify, uniqueSlug } from './slug'

const LONG_TITLE =
  'Thông tư hướng dẫn thi hành một số điều của Nghị định số 14/2017/NĐ-CP ngày 17 tháng 02 năm 2017 ' +
  'của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Lao động – Thương binh và Xã hội'

describe('slugify', () => {
  it.each([
    ['Bảo hiểm thất nghiệp năm 2024', 'bao-hiem-that-nghiep-nam-2024'],
    ['Đề án đổi mới', 'de-an-doi-moi'],
    ['14/2017/NĐ-CP', '14-2017-nd-cp'],
    ['Đăng ký', 'dang-ky'],
    ['ĐỘC LẬP – TỰ DO – HẠNH PHÚC', 'doc-lap-tu-do-hanh-phuc'],
    ['Ưu tiên ứng dụng ở Ơ Đỏ', 'uu-tien-ung-dung-o-o-do'],
    ['Ăn uống, ấm no: Ê-đê, Ô Môn', 'an-uong-am-no-e-de-o-mon'],
    ['Hướng dẫn'.normalize('NFD'), 'huong-dan'],
    ['Vietnam’s Digital Transformation 2025', 'vietnams-digital-transformation-2025'],
    ['Hội nghị ASEAN Summit lần thứ 44', 'hoi-nghi-asean-summit-lan-thu-44'],
    ['🎉 Chúc mừng năm mới 2025! 🇻🇳', 'chuc-mung-nam-moi-2025'],
    ['  --Tin   tức///sự kiện__  ', 'tin-tuc-su-kien'],
    ['"Phở" & bánh mì (Hà Nội)?', 'pho-banh-mi-ha-noi'],
    ['Quyết định số 123/QĐ-BLĐTBXH', 'quyet-dinh-so-123-qd-bldtbxh'],
    ['ÐẢNG CỘNG SẢN', 'dang-cong-san'],
    ['Tab\there\r\nnewline', 'tab-here-newline'],
    ['', ''],
    ['   ', ''],
    ['!!! ??? …', ''],
    ['中文标题', ''],
  ])('%j → %j', (input, expected) => {
    expect(slugify(input)).toBe(expected)
  })

  it('cuts a very long title at a word boundary within the default limit', () => {
    const slug = slugify(LONG_TITLE)
    expect(slug).toBe(
      'thong-tu-huong-dan-thi-hanh-mot-so-dieu-cua-nghi-dinh-so-14-2017-nd-cp-ngay-17-thang-02-nam-2017',
    )
    expect(slug.length).toBeLessThanOrEqual(DEFAULT_SLUG_MAX_LENGTH)
  })

  it.each([
    // Cut falls inside "hiem": drop the partial word.
    ['Bảo hiểm thất nghiệp', 7, 'bao'],
    // Cut falls exactly before a separator: keep the whole word.
    ['Bảo hiểm thất nghiệp', 8, 'bao-hiem'],
    ['Bảo hiểm thất nghiệp', 9, 'bao-hiem'],
    ['Bảo hiểm thất nghiệp', 20, 'bao-hiem-that-nghiep'],
    // One word longer than the limit cannot be cut at a boundary.
    ['Supercalifragilistic', 5, 'super'],
    ['a b c', 1, 'a'],
  ])('slugify(%j, { maxLength: %i }) → %j', (input, maxLength, expected) => {
    expect(slugify(input, { maxLength })).toBe(expected)
  })

  it.each([0, -3, 2.5, Number.NaN])('refuses maxLength %s', (maxLength) => {
    expect(() => slugify('abc', { maxLength })).toThrow(RangeError)
  })
})

describe('uniqueSlug', () => {
  it.each([
    [[], 'tin-tuc'],
    [['tin-tuc'], 'tin-tuc-2'],
    [['tin-tuc', 'tin-tuc-2'], 'tin-tuc-3'],
    // A gap is reused: only what is taken now counts.
    [['tin-tuc', 'tin-tuc-3'], 'tin-tuc-2'],
    [['tin-tuc-2'], 'tin-tuc'],
  ])('with %j taken → %s', async (takenSlugs, expected) => {
    const taken = new Set<string>(takenSlugs)
    expect(await uniqueSlug('tin-tuc', (slug) => taken.has(slug))).toBe(expected)
    expect(await uniqueSlug('tin-tuc', async (slug) => taken.has(slug))).toBe(expected)
  })

  it('refuses an empty base', async () => {
    await expect(uniqueSlug('', () => false)).rejects.toThrow(RangeError)
  })

  it('gives up instead of looping forever when everything is taken', async () => {
    await expect(uniqueSlug('tin-tuc', () => true)).rejects.toThrow(/No free slug/)
  })
})
