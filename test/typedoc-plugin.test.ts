/**
 * The local TypeDoc plugin (scripts/typedoc-plugin.mjs): guides titled by their first heading, and
 * rule IDs in the rendered pages linked to their rule in the rules guide, in text only.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { linkRuleIds, ruleIdsOf, titleOf } from '../scripts/typedoc-plugin.mjs'
import { RULE_IDS } from '../src/index.js'

const rulesGuide = readFileSync(new URL('../docs/rules.md', import.meta.url), 'utf8')
const ids = ruleIdsOf(rulesGuide)
const link = (html: string) => linkRuleIds(html, ids, (id) => `rules.html#${id.toLowerCase()}`)

describe('the TypeDoc plugin', () => {
  it('finds a heading for every rule of the catalog in docs/rules.md', () => {
    expect([...ids].sort()).toEqual([...RULE_IDS].sort())
  })

  it('titles a guide by its first heading, without code marks', () => {
    expect(titleOf(rulesGuide)).toBe('Program rules')
    expect(titleOf('intro\n# Testing with `csp-channel/testing`\n## More')).toBe('Testing with csp-channel/testing')
    expect(titleOf('no heading')).toBeUndefined()
  })

  it('links rule IDs in text and inline code that holds one alone', () => {
    expect(link('<p>Places an order (CUS-2, seed 001)</p>')).toBe(
      '<p>Places an order (<a href="rules.html#cus-2" class="rule-id">CUS-2</a>, seed 001)</p>',
    )
    expect(link('<li><code>RST-2</code>: restricted</li>')).toBe(
      '<li><a href="rules.html#rst-2" class="rule-id"><code>RST-2</code></a>: restricted</li>',
    )
  })

  it('leaves headings, links, code blocks, other code, attributes and unknown IDs alone', () => {
    const untouched = [
      '<h3 id="rst-2">RST-2</h3>',
      '<a href="x">RST-2</a>',
      '<pre><code class="ts"><span>// RST-2 PartnerRestricted</span></code></pre>',
      '<code>RST-2 and TRN-4</code>',
      '<div title="RST-2">seed 000</div>',
      '<p>ABC-99 and UTF-8</p>',
      '<head><title>RST-2</title></head>',
    ]
    for (const html of untouched) expect(link(html)).toBe(html)
  })
})
