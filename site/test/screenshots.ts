import { routes } from '@cong/shared/routes'
import { DRAFT_IDS } from './fixtures/legal'
import { fixtureSnapshot } from './fixtures/snapshot'
import { screenshotRun } from './shots'

/**
 * `pnpm --filter @cong/site screenshots [dir] [base-url]`: full-page screenshots of the fixture
 * site's main pages, both languages, desktop and phone widths, for design review. Without a base
 * URL it builds and serves the fixture site first.
 */
const snapshot = fixtureSnapshot()
const lead = snapshot.articles.find((a) => a.id === 'a01')!
const decree = snapshot.legalDocuments.find((d) => d.id === 'nd-12-2024')!
const openDraft = snapshot.drafts.find((d) => d.id === DRAFT_IDS.open)!
const pages = {
  home: [routes.home('vi'), routes.home('en')],
  section: [routes.section('vi', 'tin-tuc-su-kien'), routes.section('en', 'tin-tuc-su-kien')],
  article: [routes.article('vi', lead.vi.slug), routes.article('en', lead.en!.slug)],
  organisation: [routes.organisation('vi'), routes.organisation('en')],
  unit: [routes.unit('vi', 'cuc-viec-lam'), routes.unit('en', 'cuc-viec-lam')],
  search: [`${routes.search('vi')}?q=bao%20hiem`, `${routes.search('en')}?q=insurance`],
  documents: [routes.legalDocuments('vi'), routes.legalDocuments('en')],
  'documents-filtered': [`${routes.legalDocuments('vi')}?doctype=nghi-dinh`, `${routes.legalDocuments('en')}?q=unemployment`],
  document: [routes.legalDocument('vi', decree.slug), routes.legalDocument('en', decree.slug)],
  drafts: [routes.drafts('vi'), routes.drafts('en')],
  draft: [routes.draft('vi', openDraft.slug), routes.draft('en', openDraft.slug)],
}

await screenshotRun(async ({ browser, base, device, viewport, shoot }) => {
  const page = await browser.newPage({ viewport })
  for (const [name, [vi, en]] of Object.entries(pages)) {
    for (const [locale, path] of [
      ['vi', vi],
      ['en', en],
    ] as const) {
      await page.goto(base + path, { waitUntil: 'networkidle' })
      if (name === 'search') await page.locator('.search__hit').first().waitFor()
      if (name === 'documents-filtered')
        await page.waitForFunction(() => /\d/.test(document.querySelector('.finder [role=status]')?.textContent ?? ''))
      await shoot(page, `${name}-${locale}-${device}`)
    }
  }
  await page.close()
})
