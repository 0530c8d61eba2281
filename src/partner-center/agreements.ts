/**
 * The customer agreements of a Partner Center import (MCA-1): each `GET /v1/customers/{id}/agreements`
 * body gives the customer the agreements it lists, read into the customer's `agreements`. A customer
 * without an agreements body keeps what the state knows (absent: unknown).
 *
 * @module
 */
import { IsoDate, type TenantId } from '../kernel/ids.js'
import {
  AgreementContact,
  sameContact,
  type AgreementAcceptance,
  type CustomerAgreement,
} from '../model/customerAgreement.js'
import type { CustomerAgreementKind } from '../rules/ruleSets.js'
import { count, instant, note, value, type ImportContext } from './context.js'
import { ensureOwnCustomer, heldCustomer, putCustomer } from './entities.js'
import type { PcCustomerAgreement } from './payloads.js'

/** The agreement kinds by Partner Center's `type`, in lower case. */
const KINDS: Readonly<Record<string, CustomerAgreementKind>> = {
  microsoftcustomeragreement: 'microsoftCustomerAgreement',
  microsoftcloudagreement: 'microsoftCloudAgreement',
}

/** The agreement kinds by the template IDs the documented agreement bodies carry. */
const TEMPLATES: Readonly<Record<string, CustomerAgreementKind>> = {
  '117a77b0-9360-443b-8795-c6dedc750cf9': 'microsoftCustomerAgreement',
  '998b88de-aa99-4388-a42c-1b3517d49490': 'microsoftCloudAgreement',
}

/** The value of `table` at own key `key`, `undefined` for none (`"constructor"` is no key). */
const lookUp = <A>(table: Readonly<Record<string, A>>, key: string | undefined): A | undefined =>
  key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined

/** Adds a note of `kind` about the agreement being read. */
type Say = (kind: 'inferred' | 'unknown' | 'leftOut', text: string) => void

/**
 * One listed agreement, or `undefined` (with a note) when it cannot be held:
 * - `kind` from `type` (`MicrosoftCustomerAgreement`, `MicrosoftCloudAgreement`), else from a known
 *   `templateId`;
 * - `dateAgreed`: the calendar day (UTC) of `dateAgreed`;
 * - `acceptedBy`: `partnerAttestation` when the item names a `primaryContact` (what a partner's
 *   attestation, `POST …/agreements`, records), else `customer` (accepted directly, no contact);
 * - `attestedBy`: `null`: the body does not say which partner attested (noted as unknown);
 * - `contact`: the `primaryContact` when it has a first and last name, an email address and a phone
 *   number, else `null` (noted).
 */
const readAgreement = (a: PcCustomerAgreement, say: Say): CustomerAgreement | undefined => {
  const byType = lookUp(KINDS, a.type.toLowerCase())
  const kind = byType ?? lookUp(TEMPLATES, a.templateId?.toLowerCase())
  const what = `Agreement type ${JSON.stringify(a.type)}`
  if (kind === undefined) {
    say('leftOut', `${what} is not a customer agreement the model knows: not read.`)
    return undefined
  }
  if (byType === undefined) say('inferred', `${what} read as ${kind} from its template ID ${a.templateId}.`)
  const dateAgreed = value(IsoDate, instant(a.dateAgreed)?.slice(0, 10))
  if (dateAgreed === undefined) {
    say('leftOut', `The ${kind} has no readable dateAgreed (${JSON.stringify(a.dateAgreed ?? null)}): not read.`)
    return undefined
  }
  const attested = a.primaryContact !== undefined && a.primaryContact !== null
  const acceptedBy: AgreementAcceptance = attested ? 'partnerAttestation' : 'customer'
  const contact = attested ? readContact(a.primaryContact) : null
  if (attested)
    say(
      'unknown',
      `The ${kind} of ${dateAgreed} was attested by a partner the body does not name: attesting partner unknown.`,
    )
  if (contact === undefined)
    say(
      'leftOut',
      `The contact of the ${kind} of ${dateAgreed} lacks a name, a valid email or a phone number: not kept.`,
    )
  return { kind, dateAgreed, acceptedBy, attestedBy: null, contact: contact ?? null }
}

/** The contact of an agreement body, as the model holds it, `undefined` when it does not decode. */
const readContact = (raw: unknown): AgreementContact | undefined => {
  const decoded = AgreementContact.decode(raw)
  return decoded._tag === 'Right'
    ? {
        firstName: decoded.right.firstName,
        lastName: decoded.right.lastName,
        email: decoded.right.email,
        phoneNumber: decoded.right.phoneNumber,
      }
    : undefined
}

/** Whether two agreement records say the same acceptance. */
const same = (a: CustomerAgreement, b: CustomerAgreement): boolean =>
  a.kind === b.kind &&
  a.dateAgreed === b.dateAgreed &&
  a.acceptedBy === b.acceptedBy &&
  a.attestedBy === b.attestedBy &&
  (a.contact === null || b.contact === null ? a.contact === b.contact : sameContact(a.contact, b.contact))

/** `known` with each agreement of `read` it does not already hold, in order. */
const union = (known: ReadonlyArray<CustomerAgreement>, read: ReadonlyArray<CustomerAgreement>) =>
  read.reduce<ReadonlyArray<CustomerAgreement>>((all, a) => (all.some((b) => same(a, b)) ? all : [...all, a]), known)

/**
 * Reads `input.customerAgreements`: each `{ customerTenantId, body }` gives that customer the
 * agreements its body lists, added to those the customer already holds (an import adds, never
 * removes; an empty list records that none is on record: `[]`). A customer the state does not hold
 * is created, with the importing partner's reseller relationship (Partner Center returns a
 * customer's agreements only to its partners).
 */
export const importCustomerAgreements = (c: ImportContext): void => {
  ;(c.input.customerAgreements ?? []).forEach(({ customerTenantId, body }, i) => {
    const path = `customerAgreements[${i}]`
    count(c, 'customerAgreements', body.items.length)
    const why = "Partner Center returns a customer's agreements only to its partners"
    if (!ensureOwnCustomer(c, customerTenantId, path, why)) return
    const read = body.items.flatMap((a, j) => {
      const say: Say = (kind, text) => note(c, kind, `${path}.body.items[${j}]`, customerTenantId, text)
      const agreement = readAgreement(a, say)
      return agreement === undefined ? [] : [agreement]
    })
    putAgreements(c, customerTenantId, read)
  })
}

/** Gives the customer `id` (held) the agreements `read` besides those it holds. */
const putAgreements = (c: ImportContext, id: TenantId, read: ReadonlyArray<CustomerAgreement>): void => {
  const known = heldCustomer(c, id)
  if (known === undefined) return
  putCustomer(
    c,
    {
      tenantId: id,
      companyName: known.companyName,
      domain: known.domain,
      agreements: union(known.agreements ?? [], read),
    },
    false,
  )
}
