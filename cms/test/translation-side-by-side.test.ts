import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handleEndpoints, type Field, type Payload } from 'payload'
import type { Article, Unit } from '@cong/shared/payload-types'
import type { TranslatableCollection } from '@cong/shared/translation'
import { Albums } from '../src/collections/Albums'
import { Articles } from '../src/collections/Articles'
import { LegalDocuments } from '../src/collections/LegalDocuments'
import { Pages } from '../src/collections/Pages'
import { translationsCollection } from '../src/collections/Translations'
import { Units } from '../src/collections/Units'
import type { VietnameseSourceProps } from '../src/collections/fields/translation'
import { sourceKey } from '../src/components/Translations/panelModel'
import { TRANSLATED_FIELDS } from '../src/translations/fields'
import { paragraph, richText, text } from './publishing/fixtures'
import { bootPayload } from './helpers/payload'
import { seedWorld, type World } from './helpers/world'

/** Every Vietnamese-source box of a field list, as `[array.]field` with the props it was given. */
function sourceBoxes(fields: Field[], array?: string): { path: string; props: VietnameseSourceProps }[] {
  return fields.flatMap((field) => {
    if (field.type === 'ui') {
      const component = field.admin?.components?.Field
      if (typeof component === 'object' && component && component.path.includes('VietnameseSource')) {
        const props = component.clientProps as VietnameseSourceProps
        return [{ path: array ? `${array}.${props.field}` : props.field, props }]
      }
      return []
    }
    if (field.type === 'row' || field.type === 'collapsible') return sourceBoxes(field.fields, array)
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => sourceBoxes(tab.fields, array))
    if (field.type === 'array') return sourceBoxes(field.fields, field.name)
    if (field.type === 'group') return sourceBoxes(field.fields, array)
    return []
  })
}

/** The data fields as Payload stores them: rows and collapsibles add no level. */
function dataShape(fields: Field[]): unknown[] {
  return fields.flatMap((field): unknown[] => {
    if (field.type === 'ui') return []
    if (field.type === 'row' || field.type === 'collapsible') return dataShape(field.fields)
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [{ [tab.name]: dataShape(tab.fields) }] : dataShape(tab.fields)))
    if (field.type === 'array' || field.type === 'group') return [{ [field.name]: dataShape(field.fields) }]
    // Payload adds an `id` to array rows when it sanitizes the configuration.
    if ('name' in field && field.name === 'id') return []
    return 'name' in field ? [`${field.name}${'localized' in field && field.localized ? ' (L)' : ''}`] : []
  })
}

const COLLECTIONS: [TranslatableCollection, Field[]][] = [
  ['articles', Articles.fields],
  ['pages', Pages.fields],
  ['legal-documents', LegalDocuments.fields],
  ['units', Units.fields],
  ['albums', Albums.fields],
]

describe('side-by-side wrapping (configuration)', () => {
  it.each(COLLECTIONS)('%s shows the Vietnamese beside exactly its translated fields', (collection, fields) => {
    const translated = TRANSLATED_FIELDS[collection].fields.map((f) => (f.array ? `${f.array}.${f.name}` : f.name))
    expect(sourceBoxes(fields).map((b) => b.path).sort()).toEqual([...translated].sort())
  })

  it('shows a Q&A record’s English beside the case’s public Vietnamese, whatever the admin locale', () => {
    const boxes = sourceBoxes(translationsCollection(['articles', 'cases']).fields)
    expect(boxes.map((b) => [b.path, b.props.sourceField, b.props.always])).toEqual(
      TRANSLATED_FIELDS.cases.fields.map((f) => [f.name, f.name, true]),
    )
  })

  it('keeps the article’s data shape: translated fields stay top-level and localized, beside the same neighbours', () => {
    const shape = dataShape(Articles.fields)
    // The translated fields, where they were, and nothing a row could have added.
    expect(shape.slice(0, 6)).toEqual(['title (L)', 'slug', 'slugEn', 'sapo (L)', 'body (L)', 'cover'])
    expect(shape[6]).toBe('coverCaption (L)')
    expect(shape.filter((f) => typeof f === 'string' && f.includes('ViSource'))).toEqual([])
  })

  it('keeps a unit’s leader rows flat: the translated fields are still fields of the row', () => {
    const leaders = dataShape(Units.fields).find((f) => typeof f === 'object' && f !== null && 'leaders' in f) as {
      leaders: string[]
    }
    expect(leaders.leaders).toEqual(['name', 'title (L)', 'isHead', 'photo', 'bio (L)', 'responsibilities (L)', 'email', 'phone'])
  })
})

let payload: Payload
let close: () => Promise<void>
let world: World
let translatorToken: string

async function status(collection: string, id: string | number) {
  const { default: config } = await import('../src/payload.config')
  const res = await handleEndpoints({
    config,
    request: new Request(`http://localhost:3000/api/translations/status?collection=${collection}&id=${id}`, {
      headers: { authorization: `JWT ${translatorToken}` },
    }),
  })
  return { status: res.status, body: (await res.json()) as { source: Record<string, string> } }
}

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  world = await seedWorld(payload, 'sbs')
  const login = await payload.login({
    collection: 'users',
    data: { email: world.users.translator.email, password: 'mat-khau-thu-nghiem' },
  })
  translatorToken = login.token!
})
afterAll(async () => close())

describe('side-by-side wrapping (stored documents)', () => {
  it('stores an article’s fields at the top level, and a translator’s English beside the untouched Vietnamese', async () => {
    const article = (await payload.create({
      collection: 'articles',
      data: {
        title: 'Hội nghị tổng kết công tác năm 2025',
        sapo: 'Bộ tổ chức hội nghị tổng kết.',
        body: richText(paragraph(text('Sáng nay, Bộ tổ chức hội nghị.'))) as Article['body'],
        coverCaption: 'Toàn cảnh hội nghị',
        author: 'Phòng Truyền thông',
        sections: [world.section.id],
        unit: world.unitA.id,
      },
    })) as Article
    expect(Object.keys(article).filter((k) => k.endsWith('ViSource'))).toEqual([])

    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      data: {
        title: 'Annual review conference 2025',
        sapo: 'The ministry held its annual review.',
        body: richText(paragraph(text('This morning the ministry met.'))) as Article['body'],
        coverCaption: 'The conference hall',
        author: 'Changed by the translator',
      },
      user: world.users.translator,
      overrideAccess: false,
    })

    const en = await payload.findByID({ collection: 'articles', id: article.id, locale: 'en', fallbackLocale: false })
    const vi = await payload.findByID({ collection: 'articles', id: article.id, locale: 'vi' })
    expect(en).toMatchObject({
      title: 'Annual review conference 2025',
      sapo: 'The ministry held its annual review.',
      coverCaption: 'The conference hall',
    })
    expect(JSON.stringify(en.body)).toContain('This morning the ministry met.')
    expect(vi).toMatchObject({
      title: 'Hội nghị tổng kết công tác năm 2025',
      sapo: 'Bộ tổ chức hội nghị tổng kết.',
      coverCaption: 'Toàn cảnh hội nghị',
      author: 'Phòng Truyền thông',
      workflowStatus: 'draft',
    })
    expect(JSON.stringify(vi.body)).toContain('Sáng nay, Bộ tổ chức hội nghị.')

    // Each box beside an article field finds its Vietnamese in the status endpoint's source.
    const { status: code, body } = await status('articles', article.id)
    expect([code, body]).toMatchObject([200, {}])
    const keys = sourceBoxes(Articles.fields).map((b) => sourceKey(`${b.props.field}ViSource`, b.props.field, () => null))
    expect(keys.map((k) => [k, body.source[k!]])).toEqual([
      ['title', 'Hội nghị tổng kết công tác năm 2025'],
      ['sapo', 'Bộ tổ chức hội nghị tổng kết.'],
      ['body', 'Sáng nay, Bộ tổ chức hội nghị.'],
      ['coverCaption', 'Toàn cảnh hội nghị'],
    ])
  })

  it('lets a translator write a leader’s English, and finds each row’s Vietnamese by the row id', async () => {
    const unit = (await payload.create({
      collection: 'units',
      data: {
        name: 'Vụ Tổ chức cán bộ',
        kind: 'department',
        leaders: [
          { name: 'Nguyễn Văn A', title: 'Vụ trưởng', isHead: true, bio: 'Tiến sĩ luật.' },
          { name: 'Lê Thị B', title: 'Phó Vụ trưởng', responsibilities: 'Công tác cán bộ.' },
        ],
      },
    })) as Unit
    const [a, b] = unit.leaders!
    await payload.update({
      collection: 'units',
      id: unit.id,
      locale: 'en',
      data: {
        name: 'Department of Personnel',
        leaders: [
          { id: a.id, name: 'Nguyễn Văn A', title: 'Director General', bio: 'Doctor of law.' },
          { id: b.id, name: 'Lê Thị B', title: 'Deputy Director General', responsibilities: 'Personnel.' },
        ],
      },
      user: world.users.translator,
      overrideAccess: false,
    })
    const en = await payload.findByID({ collection: 'units', id: unit.id, locale: 'en', fallbackLocale: false })
    expect(en.name).toBe('Department of Personnel')
    expect(en.leaders?.map((l) => [l.name, l.title, l.bio ?? null])).toEqual([
      ['Nguyễn Văn A', 'Director General', 'Doctor of law.'],
      ['Lê Thị B', 'Deputy Director General', null],
    ])
    const vi = await payload.findByID({ collection: 'units', id: unit.id, locale: 'vi' })
    expect(vi.leaders?.map((l) => l.title)).toEqual(['Vụ trưởng', 'Phó Vụ trưởng'])

    const { body } = await status('units', unit.id)
    const rowIds: Record<string, string> = { 'leaders.0': String(a.id), 'leaders.1': String(b.id) }
    const rowId = (path: string) => rowIds[path] ?? null
    expect(body.source[sourceKey('leaders.1.titleViSource', 'title', rowId)!]).toBe('Phó Vụ trưởng')
    expect(body.source[sourceKey('leaders.0.bioViSource', 'bio', rowId)!]).toBe('Tiến sĩ luật.')
    expect(body.source[sourceKey('leaders.1.responsibilitiesViSource', 'responsibilities', rowId)!]).toBe('Công tác cán bộ.')
    expect(body.source[sourceKey('nameViSource', 'name', rowId)!]).toBe('Vụ Tổ chức cán bộ')
  })
})
