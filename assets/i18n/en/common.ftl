# Words every face uses: lists, durations, counts, statuses, the catalog's names.

## Lists and durations

# "80, 443 and 5223": $rest is the list but its last item, joined with commas.
list-and = { $rest } and { $last }
duration-seconds = { $s } s
duration-minutes = { $m } min
duration-hours = { $h } h
duration-hours-minutes = { $h } h { $m } min
duration-days = { $d } days

## Counts

count-problems = { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    }
count-warnings = { $count ->
        [one] { $count } warning
       *[other] { $count } warnings
    }
count-untested = { $count ->
        [one] { $count } untested
       *[other] { $count } untested
    }
count-notes = { $count ->
        [one] { $count } note
       *[other] { $count } notes
    }
## The five statuses, as the lights say them

status-ok = OK
status-info = NOTE
status-warning = WARNING
status-problem = PROBLEM
status-untested = COULDN'T TEST

## The catalog's endpoints (a custom catalog's own names are shown as written)

endpoint-courier = Push
endpoint-provider = Push provider API
endpoint-legacy-gateway = Legacy push gateway (retired)
endpoint-legacy-feedback = Legacy push feedback (retired)
endpoint-captive = Captive portal check
endpoint-service = Device management service
endpoint-time = Time server
endpoint-revocation = Certificate revocation

## Checks' names

check-route = Route to Apple's network
check-clock = Clock
# $source: where the PAC file was set (proxy-source-…).
check-pac = PAC file ({ $source })
# $idle: how long the connection was kept quiet.
check-hold = Kept quiet { $idle }
check-hold-not-tried = Idle connection test
# $name: the endpoint's name.
check-dns = Name lookup: { $name }
check-mdm = Your MDM server
# The stores of trust anchors a certificate chain can be accepted by.
store-public-roots = the public certificate authorities
store-apple-roots = Apple's own root certificates
store-apple-root-flag = the roots given with --apple-root
store-ca-file = the school's own CA (--ca-file)
# $release: the major release whose rules it is checked against (27).
check-mdm-tls = TLS for iOS { $release }
# $name: the endpoint (or check-mdm).
check-large-hello = { $name }: iOS 26 handshake

## What the built-in catalog says changed (a custom catalog's own notes are shown as written)

catalog-change-courier = Since iOS/iPadOS 13.4 and macOS 10.15.4 the 443 fallback may go through a non-decrypting proxy given by a PAC file; older guidance said 443 was a fallback on Wi-Fi only.
catalog-change-legacy = Apple retired the legacy binary provider protocol (ports 2195 and 2196) on 31 March 2021.
# A lookup of many names: $first, and how many $more.
check-dns-hosts = { $first } (and { $more ->
        [one] { $more } more
       *[other] { $more } more
    })

## What is wrong with a setting (after its flag or its name: "--timeout must be…")

# $value: what was given.
problem-resolve = "{ $value }" is not HOST:ADDR (for example api.push.apple.com:17.188.143.34 or *.push.apple.com:[::1])
problem-public-dns = "{ $value }" is not an IP address (optionally with :port), nor "none"
problem-public-dns-none = none cannot be combined with resolver addresses
problem-apple-range = "{ $value }" is not an address range like 17.0.0.0/8
# $path: the file; $reason: the system's own words.
problem-file = { $path }: { $reason }
problem-timeout = must be between 1 and 300 seconds, not { $value }
problem-hold = must be between 1 and 7200 seconds, not { $value } (900 holds a connection as long as push needs: 15 minutes)
# $value: what was given.
problem-mdm-not-url = is not an address: { $value } (give https://mdm.school.example or just the host name)
# $scheme: the scheme given (http); $value: what was given.
problem-mdm-not-https = must be an https address, not { $scheme }: { $value } (devices reach their MDM server only over https)
problem-mdm-no-host = has no host name: { $value }
# $detail: what the TLS library said.
problem-tls = cannot set up TLS verification: { $detail }
# $detail: where and why the catalog file is broken.
problem-catalog = { $detail }
problem-catalog-hint = Fix the file, or run without --catalog to use the built-in catalog.

# A status word and a sentence: "PROBLEM: iPads and Macs here can't reach…".
status-line = { $word }: { $title }

# A section's heading ("Fixed:"), with the colon as the language writes it.
heading-section = { $title }:
# A label and its value ("Overall: OK -> PROBLEM").
heading-labelled = { $label }: { $value }

# A day written in a sentence: "1 July 2019". $month: a month-* message.
date-day = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
