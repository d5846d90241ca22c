import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { parse, type HTMLElement } from 'node-html-parser'
import { inject } from 'vitest'

/** The fixture site's built pages as files, for tests that read the HTML without a browser. */

const fileOf = (path: string) => join(inject('outDir'), `${path}index.html`)

/** The HTML of the page at a route path ("/hoi-dap/"). */
export const sourceOf = (path: string) => readFile(fileOf(path), 'utf8')

/** The page at a route path, parsed. */
export const htmlOf = async (path: string) => parse(await sourceOf(path))

export const pageExists = (path: string) =>
  stat(fileOf(path)).then(
    () => true,
    () => false,
  )

/** Text as read: block elements apart, runs of white space as one space. */
export const textOf = (el: HTMLElement | null | undefined) => (el?.structuredText ?? '').replace(/\s+/g, ' ').trim()
