/**
 * The import report as `csp-channel import` prints it: counts read, then the notes created,
 * inferred, unknown and left out, one line each with its path in the input; text from the bodies
 * with control characters escaped.
 *
 * @internal
 */
import type { ImportNote, ImportReport } from 'csp-channel/partner-center'
import { escapeControls } from '../internal/escape.js'

const noteLine = (n: ImportNote): string => `    ${n.path}${n.subject === '' ? '' : `  ${n.subject}`}: ${n.note}`

const section = (title: string, notes: ReadonlyArray<ImportNote>): ReadonlyArray<string> =>
  notes.length === 0 ? [`  ${title}: none`] : [`  ${title} (${notes.length}):`, ...notes.map(noteLine)]

/**
 * The report of the import of `manifest`, as lines of text, escaped.
 *
 * @internal
 */
export const formatImportReport = (manifest: string, report: ImportReport): string => {
  const read = Object.entries(report.read)
  return [
    `▶ ${manifest}`,
    `  read: ${read.length === 0 ? 'no counts' : read.map(([k, n]) => `${k} ${n}`).join(', ')}`,
    ...section('created', report.created),
    ...section('inferred', report.inferred),
    ...section('unknown', report.unknown),
    ...section('left out', report.leftOut),
  ]
    .map(escapeControls)
    .join('\n')
}

/**
 * One line on what was written: the file and how many entities of each kind the state holds.
 *
 * @internal
 */
export const formatWritten = (file: string, document: Readonly<Record<string, ReadonlyArray<unknown>>>): string => {
  const counts = Object.entries(document)
    .filter(([, list]) => list.length > 0)
    .map(([kind, list]) => `${list.length} ${kind}`)
  return escapeControls(`✔ wrote ${file}: ${counts.length === 0 ? 'an empty state' : counts.join(', ')}`)
}
