# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_pushcheck_global_optspecs
    string join \n lang= h/help V/version
end

function __fish_pushcheck_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_pushcheck_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_pushcheck_using_subcommand
    set -l cmd (__fish_pushcheck_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c pushcheck -n "__fish_pushcheck_needs_command" -l lang -d 'The language of the window, the terminal and the reports: en, de, fr, es, nl, it or pt-BR (pt-PT reads pt-BR, es-MX es, …). Default: the system\'s language for people, English for JSON. --help, the manual page and completions stay English' -r
complete -c pushcheck -n "__fish_pushcheck_needs_command" -s h -l help -d 'Print help'
complete -c pushcheck -n "__fish_pushcheck_needs_command" -s V -l version -d 'Print version'
complete -c pushcheck -n "__fish_pushcheck_needs_command" -f -a "check" -d 'Test this network in the terminal and print the answer'
complete -c pushcheck -n "__fish_pushcheck_needs_command" -f -a "gui" -d 'Open the window, with the same options as `check` (for a test bed, say). Options given here win over the window\'s saved ones for this launch; terminal-only options are refused'
complete -c pushcheck -n "__fish_pushcheck_needs_command" -f -a "compare" -d 'What changed between two JSON reports: fixed, newly broken, unchanged'
complete -c pushcheck -n "__fish_pushcheck_needs_command" -f -a "history" -d 'The runs kept by the window (and by `check --keep`): time, site, light, answer'
complete -c pushcheck -n "__fish_pushcheck_needs_command" -f -a "schema" -d 'Print the JSON Schema of the report (pushcheck.report/1)'
complete -c pushcheck -n "__fish_pushcheck_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c pushcheck -n "__fish_pushcheck_needs_command" -f -a "manpage" -d 'Print the manual page (roff)'
complete -c pushcheck -n "__fish_pushcheck_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pushcheck -n "__fish_pushcheck_using_subcommand check" -l role -d 'What to test: this device\'s side, the MDM server\'s, or both' -r -f -a "device\t'iPads, iPhones and Macs'
server\t'The MDM server'
both\t'Both'"
complete -c pushcheck -n "__fish_pushcheck_using_subcommand check" -l format -d 'Print for a monitoring system instead: `nagios` is plugin output (one status line with performance data, then what to ask IT), for Nagios, Icinga, Naemon, Checkmk and Zabbix' -r -f -a "nagios\t'Monitoring-plugin output: status line, performance data, what to ask IT'"
complete -c pushcheck -n "__fish_pushcheck_using_subcommand check" -l output -d 'Also write the report to FILE; the format follows the extension (.json, .pdf, .txt, or .prom for Prometheus\' textfile collectors). Repeatable' -r -F
complete -c pushcheck -n "__fish_pushcheck_using_subcommand check" -l timeout -d 'Deadline of the whole run, in seconds' -r
complete -c pushcheck -n "__fish_pushcheck_using_subcommand check" -l catalog -d 'Use this endpoint catalog instead of the built-in one' -r -F
complete -c pushcheck -n "__fish_pushcheck_using_subcommand check" -l resolve -d 'Answer HOST with ADDR without DNS (HOST may be *.example.com; IPv6 as [::1]). Repeatable' -r
complete -c pushcheck -n "__fish_pushcheck_using_subcommand check" -l apple-range -d 'Replace the catalog\'s Apple address ranges. Repeatable' -r
complete -c pushcheck -n "__fish_pushcheck_using_subcommand check" -l ca-file -d 'The school\'s own CA (PEM): trusted for its PAC server and proxies, never for Apple\'s hosts (an Apple host whose chain only this CA accepts is decrypted on the way). Repeatable' -r -F
complete -c pushcheck -n "__fish_pushcheck_using_subcommand check" -l apple-root -d 'Anchors (PEM) that stand in for Apple\'s roots, for a test bed or lab. Repeatable' -r -F
complete -c pushcheck -n "__fish_pushcheck_using_subcommand check" -l site -d 'A label for the report: the site, building or room' -r
complete -c pushcheck -n "__fish_pushcheck_using_subcommand check" -l public-dns -d 'Second-opinion DNS server (ADDR or ADDR:PORT), or "none". Repeatable' -r
complete -c pushcheck -n "__fish_pushcheck_using_subcommand check" -l hold -d 'Also test whether the network keeps a quiet connection open: hold idle HTTP/2 connections to Apple for up to SECS seconds, then ping them. Push connections idle for 10–15 minutes, so 900 or more is a real test (1–7200)' -r
complete -c pushcheck -n "__fish_pushcheck_using_subcommand check" -l color -d 'Colour the output' -r -f -a "auto\t'When writing to a terminal and NO_COLOR is not set'
always\t'Always'
never\t'Never'"
complete -c pushcheck -n "__fish_pushcheck_using_subcommand check" -l paper -d 'Paper size of a PDF report (default: from the locale; Letter in the US and Canada)' -r -f -a "a4\t'210 × 297 mm'
letter\t'8.5 × 11 in'"
complete -c pushcheck -n "__fish_pushcheck_using_subcommand check" -l mdm-server -d 'The school\'s own MDM server (https://host/path, or just its host name): is it reachable from here, do Apple devices accept its certificate, is it ready for Apple\'s stricter TLS rules of the next major releases, and does the larger handshake of iOS 26 get through to it. Repeatable (also the app or profile server the MDM names); the variable takes a comma-separated list. Without it, a Mac enrolled in an MDM finds its server in its enrollment profile' -r
complete -c pushcheck -n "__fish_pushcheck_using_subcommand check" -l lang -d 'The language of the window, the terminal and the reports: en, de, fr, es, nl, it or pt-BR (pt-PT reads pt-BR, es-MX es, …). Default: the system\'s language for people, English for JSON. --help, the manual page and completions stay English' -r
complete -c pushcheck -n "__fish_pushcheck_using_subcommand check" -l json -d 'Print the JSON report (pushcheck.report/1) on standard output'
complete -c pushcheck -n "__fish_pushcheck_using_subcommand check" -l legacy -d 'The MDM server still uses the retired ports 2195/2196: treat them as required'
complete -c pushcheck -n "__fish_pushcheck_using_subcommand check" -l no-proxy -d 'Do not read the system\'s proxy settings; test direct connections only'
complete -c pushcheck -n "__fish_pushcheck_using_subcommand check" -s q -l quiet -d 'Print only the one-line answer (the exit status says the rest)'
complete -c pushcheck -n "__fish_pushcheck_using_subcommand check" -s v -l verbose -d 'List every check in the terminal, not only those that are not fine'
complete -c pushcheck -n "__fish_pushcheck_using_subcommand check" -l redact -d 'Leave this computer\'s name, addresses, gateway and DNS servers out of reports'
complete -c pushcheck -n "__fish_pushcheck_using_subcommand check" -l keep -d 'Keep this run in the history the window shows (`pushcheck history` lists it). The window keeps every run; the terminal only with this, so a timer does not push out a technician\'s runs'
complete -c pushcheck -n "__fish_pushcheck_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pushcheck -n "__fish_pushcheck_using_subcommand gui" -l role -d 'What to test: this device\'s side, the MDM server\'s, or both' -r -f -a "device\t'iPads, iPhones and Macs'
server\t'The MDM server'
both\t'Both'"
complete -c pushcheck -n "__fish_pushcheck_using_subcommand gui" -l format -d 'Print for a monitoring system instead: `nagios` is plugin output (one status line with performance data, then what to ask IT), for Nagios, Icinga, Naemon, Checkmk and Zabbix' -r -f -a "nagios\t'Monitoring-plugin output: status line, performance data, what to ask IT'"
complete -c pushcheck -n "__fish_pushcheck_using_subcommand gui" -l output -d 'Also write the report to FILE; the format follows the extension (.json, .pdf, .txt, or .prom for Prometheus\' textfile collectors). Repeatable' -r -F
complete -c pushcheck -n "__fish_pushcheck_using_subcommand gui" -l timeout -d 'Deadline of the whole run, in seconds' -r
complete -c pushcheck -n "__fish_pushcheck_using_subcommand gui" -l catalog -d 'Use this endpoint catalog instead of the built-in one' -r -F
complete -c pushcheck -n "__fish_pushcheck_using_subcommand gui" -l resolve -d 'Answer HOST with ADDR without DNS (HOST may be *.example.com; IPv6 as [::1]). Repeatable' -r
complete -c pushcheck -n "__fish_pushcheck_using_subcommand gui" -l apple-range -d 'Replace the catalog\'s Apple address ranges. Repeatable' -r
complete -c pushcheck -n "__fish_pushcheck_using_subcommand gui" -l ca-file -d 'The school\'s own CA (PEM): trusted for its PAC server and proxies, never for Apple\'s hosts (an Apple host whose chain only this CA accepts is decrypted on the way). Repeatable' -r -F
complete -c pushcheck -n "__fish_pushcheck_using_subcommand gui" -l apple-root -d 'Anchors (PEM) that stand in for Apple\'s roots, for a test bed or lab. Repeatable' -r -F
complete -c pushcheck -n "__fish_pushcheck_using_subcommand gui" -l site -d 'A label for the report: the site, building or room' -r
complete -c pushcheck -n "__fish_pushcheck_using_subcommand gui" -l public-dns -d 'Second-opinion DNS server (ADDR or ADDR:PORT), or "none". Repeatable' -r
complete -c pushcheck -n "__fish_pushcheck_using_subcommand gui" -l hold -d 'Also test whether the network keeps a quiet connection open: hold idle HTTP/2 connections to Apple for up to SECS seconds, then ping them. Push connections idle for 10–15 minutes, so 900 or more is a real test (1–7200)' -r
complete -c pushcheck -n "__fish_pushcheck_using_subcommand gui" -l color -d 'Colour the output' -r -f -a "auto\t'When writing to a terminal and NO_COLOR is not set'
always\t'Always'
never\t'Never'"
complete -c pushcheck -n "__fish_pushcheck_using_subcommand gui" -l paper -d 'Paper size of a PDF report (default: from the locale; Letter in the US and Canada)' -r -f -a "a4\t'210 × 297 mm'
letter\t'8.5 × 11 in'"
complete -c pushcheck -n "__fish_pushcheck_using_subcommand gui" -l mdm-server -d 'The school\'s own MDM server (https://host/path, or just its host name): is it reachable from here, do Apple devices accept its certificate, is it ready for Apple\'s stricter TLS rules of the next major releases, and does the larger handshake of iOS 26 get through to it. Repeatable (also the app or profile server the MDM names); the variable takes a comma-separated list. Without it, a Mac enrolled in an MDM finds its server in its enrollment profile' -r
complete -c pushcheck -n "__fish_pushcheck_using_subcommand gui" -l lang -d 'The language of the window, the terminal and the reports: en, de, fr, es, nl, it or pt-BR (pt-PT reads pt-BR, es-MX es, …). Default: the system\'s language for people, English for JSON. --help, the manual page and completions stay English' -r
complete -c pushcheck -n "__fish_pushcheck_using_subcommand gui" -l json -d 'Print the JSON report (pushcheck.report/1) on standard output'
complete -c pushcheck -n "__fish_pushcheck_using_subcommand gui" -l legacy -d 'The MDM server still uses the retired ports 2195/2196: treat them as required'
complete -c pushcheck -n "__fish_pushcheck_using_subcommand gui" -l no-proxy -d 'Do not read the system\'s proxy settings; test direct connections only'
complete -c pushcheck -n "__fish_pushcheck_using_subcommand gui" -s q -l quiet -d 'Print only the one-line answer (the exit status says the rest)'
complete -c pushcheck -n "__fish_pushcheck_using_subcommand gui" -s v -l verbose -d 'List every check in the terminal, not only those that are not fine'
complete -c pushcheck -n "__fish_pushcheck_using_subcommand gui" -l redact -d 'Leave this computer\'s name, addresses, gateway and DNS servers out of reports'
complete -c pushcheck -n "__fish_pushcheck_using_subcommand gui" -l keep -d 'Keep this run in the history the window shows (`pushcheck history` lists it). The window keeps every run; the terminal only with this, so a timer does not push out a technician\'s runs'
complete -c pushcheck -n "__fish_pushcheck_using_subcommand gui" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pushcheck -n "__fish_pushcheck_using_subcommand compare" -l output -d 'Also write the comparison to FILE (.json, .pdf, .txt). Repeatable' -r -F
complete -c pushcheck -n "__fish_pushcheck_using_subcommand compare" -l paper -d 'Paper size of a PDF (default: from the locale)' -r -f -a "a4\t'210 × 297 mm'
letter\t'8.5 × 11 in'"
complete -c pushcheck -n "__fish_pushcheck_using_subcommand compare" -l lang -d 'The language of the window, the terminal and the reports: en, de, fr, es, nl, it or pt-BR (pt-PT reads pt-BR, es-MX es, …). Default: the system\'s language for people, English for JSON. --help, the manual page and completions stay English' -r
complete -c pushcheck -n "__fish_pushcheck_using_subcommand compare" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pushcheck -n "__fish_pushcheck_using_subcommand history" -l delete -d 'Delete this kept run (a path as listed). Repeatable' -r -F
complete -c pushcheck -n "__fish_pushcheck_using_subcommand history" -l lang -d 'The language of the window, the terminal and the reports: en, de, fr, es, nl, it or pt-BR (pt-PT reads pt-BR, es-MX es, …). Default: the system\'s language for people, English for JSON. --help, the manual page and completions stay English' -r
complete -c pushcheck -n "__fish_pushcheck_using_subcommand history" -l clear -d 'Delete every kept run'
complete -c pushcheck -n "__fish_pushcheck_using_subcommand history" -s h -l help -d 'Print help'
complete -c pushcheck -n "__fish_pushcheck_using_subcommand schema" -l lang -d 'The language of the window, the terminal and the reports: en, de, fr, es, nl, it or pt-BR (pt-PT reads pt-BR, es-MX es, …). Default: the system\'s language for people, English for JSON. --help, the manual page and completions stay English' -r
complete -c pushcheck -n "__fish_pushcheck_using_subcommand schema" -s h -l help -d 'Print help'
complete -c pushcheck -n "__fish_pushcheck_using_subcommand completions" -l lang -d 'The language of the window, the terminal and the reports: en, de, fr, es, nl, it or pt-BR (pt-PT reads pt-BR, es-MX es, …). Default: the system\'s language for people, English for JSON. --help, the manual page and completions stay English' -r
complete -c pushcheck -n "__fish_pushcheck_using_subcommand completions" -s h -l help -d 'Print help'
complete -c pushcheck -n "__fish_pushcheck_using_subcommand manpage" -l lang -d 'The language of the window, the terminal and the reports: en, de, fr, es, nl, it or pt-BR (pt-PT reads pt-BR, es-MX es, …). Default: the system\'s language for people, English for JSON. --help, the manual page and completions stay English' -r
complete -c pushcheck -n "__fish_pushcheck_using_subcommand manpage" -s h -l help -d 'Print help'
complete -c pushcheck -n "__fish_pushcheck_using_subcommand help; and not __fish_seen_subcommand_from check gui compare history schema completions manpage help" -f -a "check" -d 'Test this network in the terminal and print the answer'
complete -c pushcheck -n "__fish_pushcheck_using_subcommand help; and not __fish_seen_subcommand_from check gui compare history schema completions manpage help" -f -a "gui" -d 'Open the window, with the same options as `check` (for a test bed, say). Options given here win over the window\'s saved ones for this launch; terminal-only options are refused'
complete -c pushcheck -n "__fish_pushcheck_using_subcommand help; and not __fish_seen_subcommand_from check gui compare history schema completions manpage help" -f -a "compare" -d 'What changed between two JSON reports: fixed, newly broken, unchanged'
complete -c pushcheck -n "__fish_pushcheck_using_subcommand help; and not __fish_seen_subcommand_from check gui compare history schema completions manpage help" -f -a "history" -d 'The runs kept by the window (and by `check --keep`): time, site, light, answer'
complete -c pushcheck -n "__fish_pushcheck_using_subcommand help; and not __fish_seen_subcommand_from check gui compare history schema completions manpage help" -f -a "schema" -d 'Print the JSON Schema of the report (pushcheck.report/1)'
complete -c pushcheck -n "__fish_pushcheck_using_subcommand help; and not __fish_seen_subcommand_from check gui compare history schema completions manpage help" -f -a "completions" -d 'Print a shell completion script'
complete -c pushcheck -n "__fish_pushcheck_using_subcommand help; and not __fish_seen_subcommand_from check gui compare history schema completions manpage help" -f -a "manpage" -d 'Print the manual page (roff)'
complete -c pushcheck -n "__fish_pushcheck_using_subcommand help; and not __fish_seen_subcommand_from check gui compare history schema completions manpage help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
