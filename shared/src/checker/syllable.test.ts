import { describe, expect, it } from 'vitest'
import { isVietnameseSyllable } from './syllable'
import { wordList } from './text'

describe('isVietnameseSyllable accepts', () => {
  it.each([
    [
      'every onset',
      'ba ca cha da đa ga ghi gia ha ki kha la ma na nga nghe nha pin pha qua ra sa ta tha tra va xa an',
    ],
    ['open rhymes', 'a e ê i y o ô ơ u ư kỹ lý mỹ ty hy'],
    ['stop codas with sắc or nặng', 'các bạch cấp tốt mặt sách lịch kịp ước việc xiếc thuốc được'],
    ['nasal codas', 'làm năm tân đăng anh ênh inh ông ương uôn yên tiếng'],
    [
      'semivowel codas',
      'tài cáo máy cấy sau đầu theo nêu chịu cứu tuổi người rượu yêu hiếu ngoài xoay khuấy',
    ],
    ['diphthongs open and closed', 'mía nghĩa mùa của mưa cửa tiền muốn người yến ỉa'],
    ['medial o', 'hoa hoặc khoe hoàn hoạch khoảng ngoằn ngoèo toét xoay oái'],
    ['medial u', 'thuế huệ tuần xuân luật khuya tuyên thuyết nguyễn huy thuở huơ uy uyển khuỷu huỳnh huých'],
    [
      'qu',
      'qua quả quan quản quang quanh quay quen quét quê quên quy quý quỳnh quyết quyền quốc quân quận quấy quở quăng',
    ],
    [
      'gi',
      'gì gìn già gia giá giữa giữ giếng giêng giết gieo giẻ giễu giúp giục giỏi giờ giường giấy giặt giũa',
    ],
    ['k, gh, ngh before front vowels', 'kế kẻ kim kinh kiểm kia ghế ghép ghềnh nghề nghĩ nghiêng nghe'],
    ['both tone-mark styles', 'hòa hoà khỏe khoẻ thúy thuý ủy uỷ tùy tuỳ họa hoạ'],
    ['loan spellings long in use', 'xoong boong soóc tuýp buýt phuy vắc xin ô tô'],
    ['upper and mixed case', 'VIỆT Nam HÒA Quốc'],
    ['rare but well-formed', 'tuyền'],
  ])('%s', (_group, list) => {
    for (const word of wordList(list)) expect(isVietnameseSyllable(word), word).toBe(true)
  })

  it('accepts decomposed input', () => {
    expect(isVietnameseSyllable('Vie\u0323\u0302t')).toBe(true)
  })
})

describe('isVietnameseSyllable rejects', () => {
  it.each([
    ['the reported typos', 'quảu clilp tuyềnn'],
    ['impossible onsets', 'clip bla stress ngiệp nghành kan gen cy ka'],
    ['impossible codas', 'link ok mail lớpp anl'],
    ['ă and â without a coda', 'ă â bă tâ'],
    ['diphthongs in the wrong spelling', 'iên tyên tiê muô ươ'],
    ['medials that cannot meet their rhyme', 'coa cuân quoa huan quau hoau'],
    ['a stop without sắc or nặng', 'bat tàc hỏp mẽt kêt'],
    // The second mark is combining, spelled out so that an editor cannot compose it away.
    ['two tone marks', 'hòá vie\u0323\u0302\u0300t'],
    ['a misplaced tone mark', 'gìa hóan tóan mưá qúy thủơ ngừơi múôn'],
    ['several syllables', 'online viêtnam càphê'],
    ['letters outside the alphabet', 'zalo fanpage web ñu'],
    ['nothing', ''],
  ])('%s', (_group, list) => {
    for (const word of wordList(list)) expect(isVietnameseSyllable(word), word).toBe(false)
  })
})

describe('isVietnameseSyllable options', () => {
  it.each(['Krông', 'Đắk', 'Lắk', 'Prông', 'Plông', 'Đrắk', 'Tẻh'])(
    'accepts the Central Highlands name %s only as a proper name',
    (word) => {
      expect(isVietnameseSyllable(word, { properName: true })).toBe(true)
      expect(isVietnameseSyllable(word.toLowerCase())).toBe(false)
    },
  )

  it('still rejects the reported typos as proper names', () => {
    expect(isVietnameseSyllable('Quảu', { properName: true })).toBe(false)
  })

  it.each(['chat', 'top', 'hot', 'net'])('ignoreTone lets %s through without a sắc', (word) => {
    expect(isVietnameseSyllable(word)).toBe(false)
    expect(isVietnameseSyllable(word, { ignoreTone: true })).toBe(true)
  })

  it('answers the same when asked again (memoised)', () => {
    expect(isVietnameseSyllable('quảu')).toBe(false)
    expect(isVietnameseSyllable('quảu')).toBe(false)
    expect(isVietnameseSyllable('quản')).toBe(true)
  })
})
