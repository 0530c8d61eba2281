/**
 * io-ts codecs for the Microsoft Graph bodies of granular delegated admin privileges (GDAP) and for
 * Partner Center webhook event bodies. Lenient, as the other Partner Center payloads: only the
 * fields the importer reads are declared, every other field is ignored, and a field whose value
 * the importer cannot read (a date that is not one, an unknown status) is decoded as text and
 * reported by the importer, never refused. Only the IDs an entry cannot be held without are
 * required.
 *
 * @module
 */
import * as t from 'io-ts'
import { byKey } from './payloads.js'

/** Text, or `null` (Graph writes `null` or `""` for a date not reached yet). */
const maybeText = t.union([t.string, t.null])

/** `accessDetails`: the Entra roles, each by its role definition ID (a GUID). */
const AccessDetails = t.partial({ unifiedRoles: t.array(t.partial({ roleDefinitionId: maybeText })) })

/**
 * A Graph `delegatedAdminRelationship` or `resellerDelegatedAdminRelationship`: `GET`, `POST` and
 * `PATCH …/tenantRelationships/delegatedAdminRelationships[/{id}]`, or an item of their list. The
 * reseller kind (GDAP-15) carries `indirectProviderTenantId` and `isPartnerConsentPending`.
 * Durations are ISO-8601 (`P730D`, `P2Y`, `PT0S`); instants ISO-8601.
 *
 * @category codecs
 * @since 0.2.0
 */
export const GraphGdapRelationship = t.intersection(
  [
    t.type({ id: t.string }),
    t.partial({
      '@odata.type': t.string,
      displayName: maybeText,
      duration: maybeText,
      autoExtendDuration: maybeText,
      status: maybeText,
      createdDateTime: maybeText,
      lastModifiedDateTime: maybeText,
      activatedDateTime: maybeText,
      endDateTime: maybeText,
      customer: t.union([t.partial({ tenantId: maybeText, displayName: maybeText }), t.null]),
      accessDetails: t.union([AccessDetails, t.null]),
      isPartnerConsentPending: t.union([t.boolean, t.null]),
      indirectProviderTenantId: maybeText,
    }),
  ],
  'GraphGdapRelationship',
)
/** @category models */
export type GraphGdapRelationship = t.TypeOf<typeof GraphGdapRelationship>

/**
 * A Graph `delegatedAdminAccessAssignment`: `GET`, `POST` `…/delegatedAdminRelationships/{id}/accessAssignments[/{id}]`,
 * or an item of their list. `accessContainer.accessContainerId` is the partner's security group.
 *
 * @category codecs
 * @since 0.2.0
 */
export const GraphGdapAccessAssignment = t.intersection(
  [
    t.type({ id: t.string }),
    t.partial({
      status: maybeText,
      createdDateTime: maybeText,
      lastModifiedDateTime: maybeText,
      accessContainer: t.union([t.partial({ accessContainerId: maybeText, accessContainerType: maybeText }), t.null]),
      accessDetails: t.union([AccessDetails, t.null]),
    }),
  ],
  'GraphGdapAccessAssignment',
)
/** @category models */
export type GraphGdapAccessAssignment = t.TypeOf<typeof GraphGdapAccessAssignment>

/** A Graph body that is one resource or an OData collection `{ value: [...] }`. @internal */
const singleOrValueList = <C extends t.Mixed>(item: C, name: string) =>
  byKey('value', t.type({ value: t.array(item) }, `${name}List`), item, `${name}s`)

/** A GDAP relationship body: one relationship or a Graph list (`{ value }`). @category codecs @since 0.2.0 */
export const GraphGdapRelationships = singleOrValueList(GraphGdapRelationship, 'GraphGdapRelationship')
/** @category models */
export type GraphGdapRelationships = t.TypeOf<typeof GraphGdapRelationships>

/** An access assignment body: one assignment or a Graph list (`{ value }`). @category codecs @since 0.2.0 */
export const GraphGdapAccessAssignments = singleOrValueList(GraphGdapAccessAssignment, 'GraphGdapAccessAssignment')
/** @category models */
export type GraphGdapAccessAssignments = t.TypeOf<typeof GraphGdapAccessAssignments>

/** The entries of a body that is one resource or a Graph list `{ value }`. @internal */
export const graphItems = <A>(body: { readonly value: ReadonlyArray<A> } | A): ReadonlyArray<A> =>
  typeof body === 'object' && body !== null && Object.hasOwn(body, 'value')
    ? (body as { readonly value: ReadonlyArray<A> }).value
    : [body as A]

/** The path of entry `j` of a Graph body at `path`: `path.value[j]` in a list, else `path`. @internal */
export const graphItemPath = (path: string, body: unknown, j: number): string =>
  typeof body === 'object' && body !== null && Object.hasOwn(body, 'value') ? `${path}.value[${j}]` : path

/**
 * A Partner Center webhook event body (`developer/partner-center-webhook-events`): the event name
 * (`granular-admin-relationship-approved`, …), the resource it concerns (`ResourceUri`, absent for
 * some events) and when it changed (`ResourceChangeUtcDate`, ISO-8601 with an offset).
 *
 * @category codecs
 * @since 0.2.0
 */
export const PcWebhookEvent = t.intersection(
  [
    t.type({ EventName: t.string }),
    t.partial({
      ResourceUri: maybeText,
      ResourceName: maybeText,
      AuditUri: maybeText,
      ResourceChangeUtcDate: maybeText,
    }),
  ],
  'PartnerCenterWebhookEvent',
)
/** @category models */
export type PcWebhookEvent = t.TypeOf<typeof PcWebhookEvent>
