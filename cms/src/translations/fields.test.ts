import { describe, expect, it } from 'vitest'
import { englishValues, hasEnglishTitle, sourceTexts, sourceTitle } from './fields'

const lexical = (...paragraphs: string[]) => ({
  root: {
    type: 'root',
    children: paragraphs.map((p) => ({ type: 'paragraph', children: [{ type: 'text', text: p }] })),
  },
})

describe('sourceTexts', () => {
  it('flattens rich text, leaves out empty fields and keys array rows by id', () => {
    expect(
      sourceTexts('units', {
        name: 'Vụ Pháp chế',
        functions: lexical('Tham mưu pháp chế.', 'Kiểm tra văn bản.'),
        leaders: [
          { id: 'r2', title: 'Vụ trưởng', bio: '  ', responsibilities: 'Phụ trách chung' },
          { id: 'r1', title: 'Phó Vụ trưởng' },
          { title: 'Dòng chưa có mã' },
        ],
      }),
    ).toEqual({
      name: 'Vụ Pháp chế',
      functions: 'Tham mưu pháp chế.\n\nKiểm tra văn bản.',
      'leaders.r2.title': 'Vụ trưởng',
      'leaders.r2.responsibilities': 'Phụ trách chung',
      'leaders.r1.title': 'Phó Vụ trưởng',
    })
  })

  it("reads a case as Hỏi – Đáp shows it: the board's wording, never the sender's own question", () => {
    const sent = { title: 'Hỏi về lương', content: 'Tôi là Nguyễn Văn A…', answer: lexical('Trả lời.') }
    expect(sourceTexts('cases', sent)).toEqual({ title: 'Hỏi về lương', answer: 'Trả lời.' })
    expect(sourceTexts('cases', { ...sent, publicTitle: 'Lương tối thiểu', publicQuestion: 'Lương tối thiểu vùng là bao nhiêu?' })).toEqual({
      title: 'Lương tối thiểu',
      question: 'Lương tối thiểu vùng là bao nhiêu?',
      answer: 'Trả lời.',
    })
  })

  it('names a legal document by its number and summary', () => {
    expect(sourceTitle('legal-documents', { number: '145/2020/NĐ-CP', summary: 'Quy định chi tiết Bộ luật Lao động' })).toBe(
      '145/2020/NĐ-CP – Quy định chi tiết Bộ luật Lao động',
    )
  })
})

describe('englishValues', () => {
  it("keeps the item's own shape, rich text as Lexical, and the English slug of articles", () => {
    const body = lexical('English body')
    expect(englishValues('articles', { title: 'Title', sapo: '', body, coverCaption: null, slugEn: 'title', slug: 'tieu-de' })).toEqual({
      title: 'Title',
      body,
      slug: 'title',
    })
    expect(englishValues('pages', { title: 'About', slugEn: 'about' })).toEqual({ title: 'About' })
  })

  it('drops a row text equal to its Vietnamese (Payload copies required row fields into English)', () => {
    const en = { name: 'Legal Department', leaders: [{ id: 'r1', title: 'Director' }, { id: 'r2', title: 'Phó Vụ trưởng' }] }
    const vi = { name: 'Vụ Pháp chế', leaders: [{ id: 'r1', title: 'Vụ trưởng' }, { id: 'r2', title: 'Phó Vụ trưởng' }] }
    expect(englishValues('units', en, vi)).toEqual({ name: 'Legal Department', leaders: [{ id: 'r1', title: 'Director' }] })
  })

  it('needs an English title, not just any English', () => {
    expect(hasEnglishTitle('articles', { sapo: 'Lead only' })).toBe(false)
    expect(hasEnglishTitle('articles', { title: '  ' })).toBe(false)
    expect(hasEnglishTitle('legal-documents', { summary: 'Detailing the Labour Code' })).toBe(true)
    expect(hasEnglishTitle('cases', { title: 'Minimum wage' })).toBe(true)
  })
})
