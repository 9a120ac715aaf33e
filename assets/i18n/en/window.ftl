# The window: every word of it. Terms: see ../GLOSSARY.md.

## Settings named in error messages

setting-timeout = The time limit
setting-catalog = The endpoint catalog
setting-resolve = The name override
setting-apple-range = Apple's address range
setting-ca-file = The school's certificate file
setting-apple-root = The stand-in for Apple's roots
setting-public-dns = The public DNS server
setting-hold = The idle connection test's length
setting-mdm-server = The MDM server address
setting-trust = Certificate checking

## About

about-title = About Push Check
about-question = Can Apple devices and your MDM server reach Apple's push service from this network?
about-licences = Licences
about-licence-app = Push Check: MIT OR Apache-2.0.
about-licence-window-fonts = Window fonts (from egui): Ubuntu Light (Ubuntu Font Licence), Hack (MIT), Noto Emoji (SIL OFL 1.1), emoji-icon-font (MIT).
about-licence-report-fonts = Report fonts: Open Sans Regular and Bold (Apache-2.0).
about-licence-others = Every other component and its licence: THIRD-PARTY.md, shipped with the program.
about-checked-on = The rules were last checked on { $date }.
# $date: when Apple changed it; $change: what changed.
about-changed-on = Changed on { $date }: { $change }
about-no-catalog = The catalog of rules could not be read.

## History

history-back = Back
history-title = History
# $count: how many runs are kept at most.
history-intro = Every run of this window is kept here ({ $count ->
        [one] the last one
       *[other] the last { $count }
    }), so you can look back and compare.
history-empty = No runs yet. Click Test my network, and each answer will be kept here.
history-reading = Reading the kept runs…
history-compare-chosen = Compare the two chosen
history-choose-two = Choose two runs with their boxes
history-delete-all-ask = { $count ->
        [one] Delete the one file?
       *[other] Delete all { $count } files?
    }
history-delete-all-yes = Yes, delete all
history-delete-all-no = Keep them
history-delete-all = Delete all
history-runs = { $count ->
        [one] { $count } run
       *[other] { $count } runs
    }
history-what-changed = What changed
history-choose = Choose
history-choose-hover = Choose for comparing
history-open = Open this run
# $file: the file's name; $why: what is wrong with it.
history-unreadable-file = Unreadable file { $file }: { $why }
history-foreign-file = Not written by Push Check, left as it is: { $file }
history-delete = Delete
history-off = History is off: no folder to keep runs in.
# $error: why the file could not be deleted.
history-not-deleted = Not deleted: { $error }
history-deleted-files = Deleted { $count ->
        [one] { $count } file
       *[other] { $count } files
    }.
# $error: why the run could not be kept.
history-not-kept = This run could not be kept in History: { $error }

## While the test runs

window-icon = Push Check icon
running-title = Testing this network…
# $done of $total checks finished.
running-progress = { $done } of { $total } checks
running-stop = Stop
# $hold: the longest quiet spell tested; $left: time left ("14:05").
running-holding = Keeping quiet connections to Apple open for up to { $hold } to see whether the network forgets them: { $left } left.
running-holding-note = Push connections carry nothing for 10–15 minutes at a time. Stop ends the wait and shows what is known.
# $idle: how long the connection stays quiet.
running-hold-row = A connection to Apple kept quiet for { $idle }, then checked

## The start screen and its options

start-question = Can Apple devices get push notifications on this network?
start-button = Test my network
start-site = Site / room:
start-site-hint = for example: Library, 2nd floor
start-mdm = Your MDM server (optional):
start-mdm-hint = the address IT gave you, https://…
start-mdm-hover = Push Check then also checks that this network reaches your MDM server, that Apple devices accept its certificate, and that it is ready for Apple's stricter TLS rules of iOS 27.
start-options = Options
start-what = Checks that devices (iPads, Macs) and your MDM server can reach Apple's push service: ports 5223 and 443 to 17.0.0.0/8, encryption inspection, DNS and Wi-Fi login pages. Takes a few seconds.
options-what = What to test:
options-both = this device and the MDM server
options-device = this device only
options-server = MDM server only
options-legacy = Our MDM server still uses the retired ports 2195 and 2196
options-redact = Leave this computer's name and addresses out of saved reports
options-language = Language:
options-language-system = as the system
save-language-same = in the window's language
options-appearance = Appearance:
options-appearance-system = as the system
options-appearance-light = light
options-appearance-dark = dark
options-hold = Also check that the network keeps a quiet connection open for
options-hold-hover = Push connections carry nothing for 10–15 minutes at a time. Some firewalls forget quiet connections sooner, which breaks push while every quick test passes. The test then takes this long.
options-timeout = Give up after

## The answer

result-ask-it = What to ask IT
result-copy-all = Copy all
result-copy = Copy
result-copy-hover = Copy this request to the clipboard
result-details = Details
details-devices = Devices (iPad, Mac)
details-dns = DNS
details-network = Network
details-inspection = Encryption inspection
details-mdm = Your MDM server
details-mdm-note = As this computer reaches it; the Wi-Fi the iPads use may differ. A cloud MDM's server is your vendor's: what to change goes to them.
details-large-hello = The handshake of iOS 26
details-large-hello-note = iOS, iPadOS and macOS 26 start secure connections with a larger, post-quantum message; some firewalls drop it.
result-proxy = Proxy
result-proxy-not-read = not read (--no-proxy)
result-proxy-none = none configured
result-proxy-found = { $count ->
        [one] { $count } found
       *[other] { $count } found
    }
result-proxy-used = Checks whose "Via" names a proxy went through it; all others went directly to Apple.
result-proxy-direct = Every check above went directly to Apple.
# A PAC file's run in the Proxy section. $url: its address.
result-pac-file = PAC file { $url }
result-pac-discovered = PAC file { $url }, found by automatic detection
# $error: why it could not be used (technical).
result-pac-unusable = could not be used: { $error }
result-pac-ex = asked FindProxyForURLEx, as Windows services (WinHTTP) do
# $host: the host asked about; $routes: its answer as browsers read it.
result-pac-answer = { $host }: { $routes }
# $line: the line of the PAC file ("-" when unknown).
result-pac-failed = { $host }: failed at line { $line } ({ $error })
# $entry: an entry of the answer that is not PAC syntax.
result-pac-skipped = skipped, as browsers do: { $entry }
# $address: what myIpAddress() answered.
result-pac-my-ip = myIpAddress() answered { $address }
# $name: a name the file looked up; $addresses: what it got.
result-pac-lookup = it looked up { $name }: { $addresses }
result-pac-lookup-none = it looked up { $name }: no address
# $message: what it passed to alert().
result-pac-alert = alert: { $message }
result-chart = Connect times per Apple address
result-chart-none = No connection was tried.
result-chart-series = connect time
row-status = Status
row-outcome = Outcome
row-detail = What happened
row-check = Check
row-via = Via
row-address-from = Address from
row-answers = Answers
row-tls-version = TLS version
row-issuer = Issuer
row-chain = Chain
row-trusted-by = Trusted by
row-trusted-by-nothing = nothing
row-vendor = Filtering product

## The bar under the answer

save-report = Save report…
save-copy-summary = Copy summary
save-test-again = Test again
save-options = Options
# $took: seconds, one decimal.
save-took = took { $took } s
save-saving = Saving…
# $path: where it was saved.
save-saved = Report saved to { $path }
# $error: why not.
save-failed = Not saved: { $error }
save-dialog-title = Save the Push Check report
save-filter-pdf = PDF report
save-filter-json = JSON report
save-filter-text = Text report
copied-requests = Copied what to ask IT to the clipboard.
copied-request = Copied the request to the clipboard.
copied-summary = Copied the summary to the clipboard.
# $error: why the run could not start (a setting, named).
start-failed = The test could not start: { $error }
# $error: what failed.
start-no-runtime = Cannot start the network tester: { $error }

## When the window cannot open or is asked for what it does not do

window-no-display = No display found, so Push Check runs in the terminal instead of a window.
# $error: why, as the system said it.
window-cannot-open = Push Check cannot open its window ({ $error }); running in the terminal instead.
window-cannot-open-windows = Push Check cannot open its window ({ $error }). The same check runs in a terminal: pushcheck.exe check
# $flags: the terminal-only options given; $count: how many; $command: them again.
window-refused = { $flags } { $count ->
        [one] means
       *[other] mean
    } nothing to the window; the window saves reports with Save report…. For the terminal use: pushcheck check { $command }
window-refused-windows = { $flags } { $count ->
        [one] means
       *[other] mean
    } nothing to the window, which saves reports with Save report…. For a report in a terminal or a script, use pushcheck.exe check { $command }
# Beside Save report…: the language saved reports are written in.
save-language-hover = The language of saved reports
