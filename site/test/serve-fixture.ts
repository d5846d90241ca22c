import { buildFixtureSite, serveSite } from './fixture-site'

// `pnpm --filter @cong/site fixture`: build the fixture site and serve it to look at it by hand.
const { outDir, summary } = await buildFixtureSite()
const server = await serveSite(outDir)
console.log(`${summary.pages} pages built into ${outDir}\nServing ${server.url}/ (Ctrl+C to stop)`)
