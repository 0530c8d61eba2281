/**
 * Partner types and agreements (PGM-1 … PGM-5): the transactional roles a partner tenant can hold
 * and the Microsoft Partner Agreement (MPA) they need.
 *
 * @module
 */
import { rule, S002, always, fromMpa, TYPES, MPA, type RuleEntry } from './rule.js'

/**
 * The partner-type and agreement rules PGM-1 … PGM-5, keyed by rule ID. Part of the rule catalog `RULES`.
 *
 * @category rules
 */
export const PROGRAM_RULES = {
  'PGM-1': rule(
    'effect',
    S002,
    TYPES,
    'There are three transactional roles (indirect provider, indirect reseller, direct bill partner) and one partner tenant can hold several of them.',
    always,
    'Roles are added by enrolling, not by registering again: registering a tenant that is already known reuses its ID (MOD-2).',
  ),
  'PGM-2': rule(
    'must',
    S002,
    TYPES,
    'An indirect reseller does not bill with Microsoft: it cannot buy or place orders itself; an indirect provider it works with orders for its customers.',
  ),
  'PGM-3': rule(
    'must',
    S002,
    MPA,
    'From 2020-02-01 a partner must have signed the Microsoft Partner Agreement before it transacts.',
    fromMpa,
    'The MPA gates new business (purchases, orders, new customers, invitations, partnerships), not enrolling as indirect reseller or applying for direct bill. A signature dated after the command is not counted.',
  ),
  'PGM-4': rule(
    'must',
    S002,
    MPA,
    'From 2020-02-01 a provider may not put a reseller on a new subscription or do new business with it until the reseller has signed the MPA.',
    fromMpa,
  ),
  'PGM-5': rule(
    'must',
    S002,
    MPA,
    'An indirect reseller needs a Partner Center account, an active indirect reseller enrollment and (from 2020-02-01) the MPA before any new business.',
  ),
} as const satisfies Record<string, RuleEntry>
