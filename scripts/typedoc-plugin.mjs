// A local TypeDoc plugin (no dependency; loaded by typedoc.json): the guides in docs/ are titled by
// their first heading instead of their file name (their pages keep the file name: documents/rules.html),
// and every rule ID in the rendered pages (`RST-2`,
// TRN-11, …) links to its rule in the "Program rules" guide (docs/rules.md, one `### ID` heading per
// rule). TypeDoc cannot link plain text itself: `{@link}` resolves declarations, not words.
//
// Only the text of a page is linked: never inside a tag, a link, a heading, a code block, the page
// head or a script; inline code is linked when it holds a rule ID and nothing else (`RST-2`).
import { Converter, Renderer } from 'typedoc'

/** A rule ID: two or three capitals, a dash, a number. Only IDs with a heading in the guide are linked. */
const RULE_ID = /\b[A-Z]{2,4}-\d{1,3}\b/g

/** Elements whose text is never linked. */
const SKIP = new Set(['a', 'pre', 'script', 'style', 'head', 'title', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'textarea'])

/** The rule IDs with a `### ID` heading in the markdown `text`. */
export const ruleIdsOf = (text) => new Set([...text.matchAll(/^### ([A-Z]{2,4}-\d{1,3})\s*$/gm)].map((m) => m[1]))

/** The first `# Title` of the markdown `text`, if any, without its inline code marks. */
export const titleOf = (text) => /^# (.+?)\s*$/m.exec(text)?.[1].replaceAll('`', '')

/**
 * Links the rule IDs in the text of `html`: each known ID (in `ids`) becomes `<a href="hrefOf(id)">`.
 * Inline code that holds one known ID and nothing else is wrapped in the link whole.
 */
export const linkRuleIds = (html, ids, hrefOf) => {
  const parts = html.split(/(<[^>]*>)/)
  const open = []
  const link = (id, inner) => `<a href="${hrefOf(id)}" class="rule-id">${inner}</a>`
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    if (part.startsWith('<')) {
      const tag = /^<(\/?)([a-zA-Z0-9]+)/.exec(part)
      if (tag === null || part.endsWith('/>')) continue
      const name = tag[2].toLowerCase()
      if (tag[1] === '/') {
        const at = open.lastIndexOf(name)
        if (at >= 0) open.length = at
      } else if (SKIP.has(name) || name === 'code') {
        // inline code with a rule ID alone: <code>RST-2</code> becomes a link around the code
        if (name === 'code' && part === '<code>' && ids.has(parts[i + 1]) && parts[i + 2] === '</code>' && open.length === 0) {
          parts[i] = link(parts[i + 1], `<code>${parts[i + 1]}</code>`)
          parts[i + 1] = ''
          parts[i + 2] = ''
          i += 2
        } else open.push(name)
      }
      continue
    }
    if (open.length > 0 || part === '') continue
    parts[i] = part.replace(RULE_ID, (id) => (ids.has(id) ? link(id, id) : id))
  }
  return parts.join('')
}

/** @param {import('typedoc').Application} app */
export const load = (app) => {
  /** @type {import('typedoc').DocumentReflection | undefined} */
  let rules
  /** @type {Set<string>} */
  let ids = new Set()
  /** @type {Map<import('typedoc').DocumentReflection, string>} */
  const titles = new Map()

  app.converter.on(Converter.EVENT_CREATE_DOCUMENT, (_context, document) => {
    const text = document.content.map((part) => part.text).join('')
    // the display name is the file name until now: `rules` is docs/rules.md
    if (document.name === 'rules' && document.parent === document.project) {
      rules = document
      ids = ruleIdsOf(text)
    }
    const title = titleOf(text)
    if (title !== undefined) titles.set(document, title)
  })

  // renamed once the pages have their file names, before the navigation and the pages are rendered
  app.renderer.on(
    Renderer.EVENT_BEGIN,
    () => {
      for (const [document, title] of titles) document.name = title
    },
    100,
  )

  app.renderer.on(Renderer.EVENT_END_PAGE, (page) => {
    if (rules === undefined || page.contents === undefined) return
    const target = rules
    const here = page.model === target ? '' : app.renderer.router.relativeUrl(page.model, target)
    page.contents = linkRuleIds(page.contents, ids, (id) => `${here}#${id.toLowerCase()}`)
  })
}
