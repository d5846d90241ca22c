import { describe, expect, it } from 'vitest'
import { checkWith, excerpts } from '../testing'
import { nfcRule } from './nfc'

// Decomposed text is spelled with escapes so that an editor cannot normalise this file.
describe('nfc', () => {
  it.each([
    ['one decomposed letter', 'Vie\u0323\u0302t Nam', [['e\u0323\u0302', 'ệ']]],
    [
      'a decomposed run on one line',
      'Vie\u0323\u0302t Nam ho\u0300a bi\u0300nh',
      [['e\u0323\u0302t Nam ho\u0300a bi\u0300', 'ệt Nam hòa bì']],
    ],
    [
      'one run per line',
      'ho\u0300a\nbi\u0300nh',
      [
        ['o\u0300', 'ò'],
        ['i\u0300', 'ì'],
      ],
    ],
    ['deprecated tone marks', 'ho\u0340a', [['o\u0340', 'ò']]],
    ['a singleton NFC replaces', '10 \u212B', [['\u212B', 'Å']]],
  ])('flags %s', (_case, text, expected) => {
    expect(excerpts(checkWith(nfcRule, text))).toEqual(expected)
  })

  it.each([
    ['composed Vietnamese', 'Việt Nam hòa bình'],
    ['emoji and other scripts', '🇻🇳 Việt Nam 👨‍👩‍👧 中文'],
    ['an empty text', ''],
  ])('leaves alone %s', (_case, text) => {
    expect(checkWith(nfcRule, text)).toEqual([])
  })

  it('checks every text field', () => {
    const findings = checkWith(nfcRule, { title: 'Vie\u0323\u0302t', sapo: 'Việt', body: 'Vie\u0323\u0302t' })
    expect(findings.map((finding) => finding.field)).toEqual(['title', 'body'])
  })
})
