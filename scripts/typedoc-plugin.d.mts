// Types of the local TypeDoc plugin (typedoc-plugin.mjs), for its tests.
import type { Application } from 'typedoc'

/** The rule IDs with a `### ID` heading in the markdown `text`. */
export declare const ruleIdsOf: (text: string) => Set<string>
/** The first `# Title` of the markdown `text`, if any, without its inline code marks. */
export declare const titleOf: (text: string) => string | undefined
/** Links the known rule IDs in the text of `html` to `hrefOf(id)`. */
export declare const linkRuleIds: (html: string, ids: ReadonlySet<string>, hrefOf: (id: string) => string) => string
/** The plugin's entry point. */
export declare const load: (app: Application) => void
