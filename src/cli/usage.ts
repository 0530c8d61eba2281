/**
 * The help texts of `csp-channel`: the command overview and the usage of each command.
 *
 * @internal
 */
import { MAX_SCENARIO_SIZE } from './read.js'

const unreadable = `a file is unreadable or malformed: missing, a directory or other non-regular
     file (FIFO, socket, device), over ${MAX_SCENARIO_SIZE}, empty, binary (NUL bytes),
     not UTF-8, or not JSON`

/** The overview `csp-channel --help` prints, and the usage shown for a wrong command line. @internal */
export const USAGE = `Usage: csp-channel check [--json] [FILE|DIR...]
       csp-channel import [OPTIONS] MANIFEST|DIR... -o STATE.json
       csp-channel can (--state STATE.json | --import MANIFEST) --actor ACTOR [OPTIONS]
       csp-channel COMMAND --help     (or: csp-channel help COMMAND)
       csp-channel --version

Commands:
  check   run scenario files and check every expected verdict
  import  build a state document from saved Partner Center response bodies
  can     list what an actor can do in a state, command by command

Colors: on a terminal only; none when piped or redirected, when NO_COLOR is
set, when TERM=dumb, or for --json. FORCE_COLOR=1 colors text output anyway.

Exit codes: 0 success; 1 an expectation failed (check); 2 unreadable or
malformed input, or a wrong command line.`

/** The usage of `csp-channel check`. @internal */
export const CHECK_USAGE = `Usage: csp-channel check [--json] [FILE|DIR...]

Runs CSP program scenarios and checks every expected verdict.
With no FILE, runs the example scenarios bundled with the package. A DIR runs every
*.json scenario in it, and with more than one file the last line is the total.
A scenario may start from a state document file ("start": { "stateFile": "state.json" },
relative to the scenario file), such as one written by csp-channel import.

Options:
  --json      print the reports as JSON instead of timelines
  -h, --help  show this help

Exit codes:
  0  every expectation held
  1  an expectation failed (every file was read and is a valid scenario)
  2  ${unreadable}, or not a valid scenario (unknown fields, no steps, ...)
     or state document; also a wrong command line

Files are UTF-8 JSON; a leading byte order mark is accepted.`

/** The usage of `csp-channel import`. @internal */
export const IMPORT_USAGE = `Usage: csp-channel import [OPTIONS] MANIFEST|DIR... -o STATE.json

Imports Partner Center response bodies saved as files and writes the state
document (a scenario's "start": { "stateFile": ... }). Each MANIFEST is an
import.json file (a DIR stands for DIR/import.json): the importer's input, where
every body may be the path of a JSON file, relative to the manifest. Manifests
are imported in order, each into the state of those before it.

Options:
  -o, --output FILE       where to write the state document (required); written
                          atomically, never over a directory
  --partner TENANT        the partner's tenant ID (partner.tenantId)
  --roles ROLE,...        its roles: indirectProvider, indirectReseller,
                          directBillPartner (partner.roles)
  --region XX             its region (partner.region)
  --mpn ID                its MPN ID (partner.mpnId)
  --at ISO                when the bodies were read (at), e.g. 2021-01-20T00:00:00Z
  --json                  print the import reports as JSON
  -h, --help              show this help
A flag replaces the manifest's value for every manifest.

Exit codes:
  0  imported and written
  2  ${unreadable}, or not a valid import (the decode error names the field
     and the body file); the output cannot be written; a wrong command line

Files are UTF-8 JSON; a leading byte order mark is accepted.`
