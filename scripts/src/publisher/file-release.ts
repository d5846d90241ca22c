import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { createIdGenerator, type ReleaseManifest, type ReleaseStore } from './releases'

/**
 * Makes `files` (release-relative path → content) the live release of `store` without a site
 * build: the small fixed sites the soak and the static-server tests serve. Returns its id.
 */
export async function activateFileRelease(
  store: ReleaseStore,
  files: Record<string, string>,
  manifest: Omit<ReleaseManifest, 'id'>,
): Promise<string> {
  await store.init()
  const id = createIdGenerator()()
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(store.stagingDir(id), rel)
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, content)
  }
  await store.commit({ id, ...manifest })
  await store.activate(id)
  return id
}
