# The reports (text, PDF) and the terminal: headings, tables, facts. Terms: ../GLOSSARY.md.

## Dates

# A report's start time, from $day, $month, $year, $hour and $minute (two digits each, UTC).
date-time = { $year }-{ $month }-{ $day } { $hour }:{ $minute } UTC

## Titles and headings

report-title = Push Check report
# $site: the site or room label.
report-title-site = Push Check report — { $site }
# $when: the start time; $os: system and version; $took: seconds, one decimal; $version: pushcheck's.
report-tested = Tested { $when } on { $os }, took { $took } s (pushcheck { $version }).
summary-title = Push Check, { $when }
summary-title-site = Push Check — { $site }, { $when }
heading-found = What was found
heading-checks = Checks
# $date: when the catalog's rules were last checked against their sources.
heading-sources = Sources (rules checked on { $date })
source-checked = checked { $date }
# $fix: the change to ask for.
ask-it = Ask IT: { $fix }

## The check table

group-devices = Devices (iPad, iPhone, Mac)
group-server = MDM server
group-mdm = Your MDM server, reached from here
group-network = Network (route, DNS, login page, clock)
count-fine = { $count ->
        [one] { $count } fine
       *[other] { $count } fine
    }
rows-hosts-port = { $count ->
        [one] { $count } host, port { $port }
       *[other] { $count } hosts, port { $port }
    }
rows-hosts = { $count ->
        [one] { $count } host
       *[other] { $count } hosts
    }
rows-addresses = { $count ->
        [one] { $count } address
       *[other] { $count } addresses
    }
rows-for-example = for example { $detail }
rows-more = … and { $count ->
        [one] { $count } more
       *[other] { $count } more
    }

## The outcome of a check, as the table's last column says it

outcome-code-ok = ok
outcome-code-refused = refused
outcome-code-timeout = timeout
outcome-code-reset = reset
outcome-code-unreachable = unreachable
outcome-code-dns-failed = dns_failed
outcome-code-outside-apple-range = outside_apple_range
outcome-code-tls-failed = tls_failed
outcome-code-tls-untrusted = tls_untrusted
outcome-code-cert-expired = cert_expired
outcome-code-cert-not-yet-valid = cert_not_yet_valid
outcome-code-cert-wrong-name = cert_wrong_name
outcome-code-unexpected-response = unexpected_response
outcome-code-proxy-failed = proxy_failed
outcome-code-skipped = skipped

## Fact sections

heading-network = This computer's network
network-redacted = Left out of this report on purpose (--redact).
network-name = Name
network-addresses = Addresses
network-gateway = Default gateway
network-dns = DNS servers
network-not-found = not found
heading-proxy = Proxy settings
proxy-not-read = Proxy settings were not read (--no-proxy); every check went directly to Apple.
proxy-none = No proxy is configured on this computer.
proxy-used-note = Checks through a proxy are listed with the proxy's address; all others went directly to Apple.
heading-chains = Certificates of failing connections
chains-none = No failing connection presented a certificate chain.
# $hosts: the first three; $count: how many more.
chains-hosts-more = { $hosts } and { $count ->
        [one] { $count } more
       *[other] { $count } more
    }
chains-unknown = unknown
chains-issued-by = Issued by: { $issuer }
chains-vendor = Filtering product: { $vendor }
chains-trusted-by = Trusted by: { $store }
chains-trusted-by-nothing = nothing this computer trusts
chains-certificate = Certificate { $number }: { $subject }

## The terminal

# $took: how long the run took ("3.2 s").
terminal-took = Took { $took }. Every check: pushcheck check --verbose; the full report: --output report.txt or --json
terminal-progress = Testing the network…
terminal-checks = checks
# $left: time left ("14:05").
terminal-holding-left = Holding idle connections to Apple: { $left } left (Ctrl-C stops and reports what is known)
# $hold: the longest idle ("15 min").
terminal-holding = Holding idle connections to Apple for up to { $hold } (push connections sit idle 10–15 min)…
# $path: where the run was kept.
terminal-kept = Run kept in the history: { $path }
# $path: the file written.
terminal-written = Report written to { $path }
# $why: why it could not be written (technical).
terminal-not-written = the report was not written ({ $why })
# $untested: the status word for "could not test"; $word and $headline: the network's answer.
terminal-quiet-not-written = { $untested }: report not written ({ $why }); network: { $word }: { $headline }

## pushcheck history

# $count: how many; $folder: the history's folder.
history-deleted-all = Deleted { $count } kept { $count ->
        [one] run
       *[other] runs
    } from { $folder }.
history-deleted = Deleted { $file }.
history-none = No runs kept yet in { $folder }. The window keeps every run; pushcheck check --keep keeps one from the terminal.
history-list = Kept runs in { $folder }, newest first:
history-unreadable = unreadable
history-foreign = foreign
history-foreign-left = not written by Push Check, left as it is
history-compare = Compare two with: pushcheck compare OLDER.json NEWER.json

## pushcheck compare

compare-title = Push Check: what changed
# $old and $new: each report's file, site and time.
compare-comparing = Comparing { $old } with { $new }
compare-overall = Overall
compare-now = Now
compare-fixed = Fixed
compare-broken = Newly broken
compare-unchanged = Unchanged
compare-none = none
compare-checks = Checks that changed
# $state: a status word in small letters.
compare-new-state = new { $state }
compare-was-state = was { $state }
compare-fine = { $ok } of { $total } fine
compare-not-tested = not tested
compare-dns = Name lookup of { $host }
compare-port = { $name }, port { $port }
compare-host-port = { $name } ({ $host }), port { $port }

## The PDF

pdf-site-not-named = Site not named
pdf-site = Site: { $site }
# $os: the system, with its version in brackets.
pdf-tested = Tested { $when } from a { $os } computer ({ $took } s). Push Check { $version }.
pdf-request = Request for IT
pdf-no-change = No change is needed: Apple's push service is reachable as Apple requires.
pdf-also-found = Also found
pdf-every-check = Every check
pdf-every-check-note = Each row is one connection or lookup this computer tried. Rows that are not fine carry what happened underneath.
pdf-column-status = Status
pdf-column-check = Check
pdf-column-target = Host and port
pdf-column-address = Address
pdf-column-result = Result
pdf-sources = Where the rules come from
# $date: when the rules were checked; $ranges: Apple's ranges.
pdf-sources-note = Every rule Push Check applies was last checked against these documents on { $date }. Apple's address ranges used: { $ranges }.
# The footer's page number.
pdf-page = page { $page } of { $pages }
