/**
 * A candidate command: an input an actor could submit and the subjects it names. Each command has
 * an enumerator that lists its candidates from a {@link Scope}; `capabilities` judges each with
 * `explain`.
 *
 * @module
 */
import type { TenantId } from '../../kernel/ids.js'
import type { CommandInput, CommandName } from '../table.js'
import type { Scope } from './scope.js'

/** One input the actor could submit for command `N`, and the IDs of what it names. @internal */
export interface Candidate<N extends CommandName> {
  readonly subjects: ReadonlyArray<string>
  readonly input: CommandInput<N>
}

/** Lists the candidates of command `N` in a scope, lazily. @internal */
export type Enumerator<N extends CommandName> = (scope: Scope) => Iterable<Candidate<N>>

/** The fields of an input besides who acts and when. @internal */
export type Fields<N extends CommandName> = Omit<CommandInput<N>, 'actor' | 'at' | 'ruleSet'>

/** A candidate of command `N`: the scope's actor and instant, and `fields`. @internal */
export const candidate = <N extends CommandName>(
  scope: Scope,
  subjects: ReadonlyArray<string>,
  fields: Fields<N>,
): Candidate<N> => ({ subjects, input: { actor: scope.actor, at: scope.at, ...fields } as CommandInput<N> })

/** One candidate per partner in scope, naming it: for the commands a partner runs on itself. @internal */
export const perPartner = <N extends CommandName>(
  fields: (partner: TenantId, scope: Scope) => Fields<N>,
): Enumerator<N> =>
  function* (scope) {
    for (const partner of scope.partners) yield candidate<N>(scope, [partner], fields(partner, scope))
  }
