import { existsSync } from 'node:fs'
import { mkdir, readdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { run } from './database'

/**
 * Copies files and folders into `intoDir` with GNU `cp -a` in one call, so symlinks stay symlinks
 * and hard links between the copied files stay hard links. `link`: hard-link the files instead of
 * copying them, which freezes the set of files in an instant without doubling the disk used
 * (uploads and releases are written once, never changed in place); across file systems it falls
 * back to a copy.
 */
export async function copyInto(sources: string[], intoDir: string, link = false): Promise<void> {
  if (sources.length === 0) return
  await mkdir(intoDir, { recursive: true })
  const targets = sources.map((source) => path.join(intoDir, path.basename(source)))
  if (link) {
    try {
      await run('cp', ['-al', '--', ...sources, intoDir])
      return
    } catch {
      for (const target of targets) await rm(target, { recursive: true, force: true })
    }
  }
  await run('cp', ['-a', '--', ...sources, intoDir])
}

/**
 * Makes `staged` the new `dest` (or removes `dest` when `staged` is null): the old one is moved
 * aside first and deleted last, so `dest` is never a half-copied mix.
 */
export async function replaceTree(staged: string | null, dest: string): Promise<void> {
  const old = `${dest}.restore-old-${process.pid}`
  if (existsSync(dest)) await rename(dest, old)
  try {
    if (staged) {
      try {
        await rename(staged, dest)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
        const moved = path.join(path.dirname(dest), path.basename(staged))
        await copyInto([staged], path.dirname(dest))
        await rename(moved, dest)
      }
    }
  } catch (error) {
    await rm(dest, { recursive: true, force: true })
    if (existsSync(old)) await rename(old, dest)
    throw error
  }
  await rm(old, { recursive: true, force: true })
}

/** True when `dir` holds at least one file (at any depth). */
export async function hasFiles(dir: string): Promise<boolean> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => [])
  return entries.some((entry) => !entry.isDirectory())
}
