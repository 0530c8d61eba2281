/**
 * The GDAP access assignments of a Partner Center import (GDAP-11): each Graph
 * `delegatedAdminAccessAssignment` body (one assignment, or a list `{ value }`) of a relationship
 * the import read or the state holds becomes one of its access assignments: the security group
 * (`accessContainer.accessContainerId`), the roles, the status and the creation instant.
 *
 * @module
 */
import type { IsoDateTime } from '../kernel/ids.js'
import { Text } from '../kernel/text.js'
import {
  GdapAccessAssignmentStatus,
  SecurityGroupId,
  type GdapAccessAssignment,
  type GdapRelationship,
} from '../model/gdap.js'
import type { RoleDefinitionId } from '../model/gdapRoles.js'
import { count, instant, note, value, type ImportContext } from './context.js'
import { heldGdapRelationship, readRoles } from './gdap.js'
import type { Say } from './gdapLifecycle.js'
import { graphItemPath, graphItems, type GraphGdapAccessAssignment } from './gdapPayloads.js'

/** Graph's assignment statuses, by their lower-case spelling. */
const STATUSES: ReadonlyArray<GdapAccessAssignmentStatus> = ['pending', 'active', 'deleting', 'deleted', 'error']

/** The status of an assignment body, or `undefined` when it is none Graph gives. */
const readStatus = (raw: string | null | undefined): GdapAccessAssignmentStatus | undefined =>
  STATUSES.find((s) => s === raw?.toLowerCase())

/**
 * One assignment as the model holds it, or `undefined` (noted) when it cannot be held: an
 * `accessContainerType` other than `securityGroup`, no security group GUID, no role, an unknown
 * status. The creation instant is `createdDateTime`, else the one held, else the import's `at`.
 */
const readAssignment = (
  a: GraphGdapAccessAssignment,
  held: GdapAccessAssignment | undefined,
  at: IsoDateTime,
  say: Say,
): GdapAccessAssignment | undefined => {
  const id = value(Text, a.id)
  const container = a.accessContainer ?? undefined
  const type = container?.accessContainerType
  const securityGroupId = value(SecurityGroupId, container?.accessContainerId)
  const roles = readRoles(a.accessDetails, say) ?? held?.roles ?? []
  const status = readStatus(a.status) ?? held?.status
  const problem =
    id === undefined || id === ''
      ? 'its ID is not printable text'
      : type !== undefined && type !== null && type.toLowerCase() !== 'securitygroup'
        ? `its access container is a ${type}, not a security group`
        : securityGroupId === undefined
          ? `its security group ${JSON.stringify(container?.accessContainerId ?? null)} is not a GUID`
          : roles.length === 0
            ? 'it gives no role'
            : status === undefined
              ? `its status ${JSON.stringify(a.status ?? null)} is none Graph gives`
              : undefined
  if (problem !== undefined || id === undefined || securityGroupId === undefined || status === undefined) {
    say('leftOut', `Access assignment not read: ${problem ?? 'it cannot be held'}.`)
    return undefined
  }
  const created = instant(a.createdDateTime ?? undefined) ?? held?.createdAt
  if (created === undefined)
    say('unknown', `No readable createdDateTime: the assignment's creation is read as the import's date (${at}).`)
  const [first, ...others] = roles as [RoleDefinitionId, ...RoleDefinitionId[]]
  return { id, securityGroupId, roles: [first, ...others], status, createdAt: created ?? at }
}

/** `rel` with `read` in place of the assignment of the same ID, or added after the others. */
const withAssignment = (rel: GdapRelationship, read: GdapAccessAssignment): GdapRelationship => {
  const known = rel.accessAssignments.some((a) => a.id === read.id)
  return {
    ...rel,
    accessAssignments: known
      ? rel.accessAssignments.map((a) => (a.id === read.id ? read : a))
      : [...rel.accessAssignments, read],
  }
}

/**
 * Reads `input.gdapAccessAssignments`: each `{ relationshipId, body }` gives the relationship of
 * that ID (imported, or held in the state) the assignments its body gives, in place of those of the
 * same ID; the others it holds stay. An entry of a relationship neither imported nor held is left
 * out, with a note.
 */
export const importGdapAccessAssignments = (c: ImportContext): void => {
  ;(c.input.gdapAccessAssignments ?? []).forEach(({ relationshipId, body }, i) => {
    const entries = graphItems(body)
    count(c, 'gdapAccessAssignments', entries.length)
    const base = `gdapAccessAssignments[${i}]`
    if (heldGdapRelationship(c, relationshipId) === undefined) {
      const text = `GDAP relationship ${relationshipId} is neither imported nor held: its access assignments are not read; import the relationship's body too.`
      note(c, 'leftOut', base, relationshipId, text)
      return
    }
    entries.forEach((a, j) => {
      const rel = heldGdapRelationship(c, relationshipId) as GdapRelationship
      const say: Say = (kind, text) => note(c, kind, graphItemPath(`${base}.body`, body, j), a.id, text)
      const read = readAssignment(
        a,
        rel.accessAssignments.find((h) => h.id === a.id),
        c.input.at,
        say,
      )
      if (read !== undefined) c.entities.gdapRelationships.set(rel.id, withAssignment(rel, read))
    })
  })
}
