
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'pushcheck' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'pushcheck'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'pushcheck' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the window, the terminal and the reports: en, de, fr, es, nl, it or pt-BR (pt-PT reads pt-BR, es-MX es, …). Default: the system''s language for people, English for JSON. --help, the manual page and completions stay English')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Test this network in the terminal and print the answer')
            [CompletionResult]::new('gui', 'gui', [CompletionResultType]::ParameterValue, 'Open the window, with the same options as `check` (for a test bed, say). Options given here win over the window''s saved ones for this launch; terminal-only options are refused')
            [CompletionResult]::new('compare', 'compare', [CompletionResultType]::ParameterValue, 'What changed between two JSON reports: fixed, newly broken, unchanged')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'The runs kept by the window (and by `check --keep`): time, site, light, answer')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the JSON Schema of the report (pushcheck.report/1)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('manpage', 'manpage', [CompletionResultType]::ParameterValue, 'Print the manual page (roff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pushcheck;check' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'What to test: this device''s side, the MDM server''s, or both')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print for a monitoring system instead: `nagios` is plugin output (one status line with performance data, then what to ask IT), for Nagios, Icinga, Naemon, Checkmk and Zabbix')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Also write the report to FILE; the format follows the extension (.json, .pdf, .txt, or .prom for Prometheus'' textfile collectors). Repeatable')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole run, in seconds')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Use this endpoint catalog instead of the built-in one')
            [CompletionResult]::new('--resolve', '--resolve', [CompletionResultType]::ParameterName, 'Answer HOST with ADDR without DNS (HOST may be *.example.com; IPv6 as [::1]). Repeatable')
            [CompletionResult]::new('--apple-range', '--apple-range', [CompletionResultType]::ParameterName, 'Replace the catalog''s Apple address ranges. Repeatable')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'The school''s own CA (PEM): trusted for its PAC server and proxies, never for Apple''s hosts (an Apple host whose chain only this CA accepts is decrypted on the way). Repeatable')
            [CompletionResult]::new('--apple-root', '--apple-root', [CompletionResultType]::ParameterName, 'Anchors (PEM) that stand in for Apple''s roots, for a test bed or lab. Repeatable')
            [CompletionResult]::new('--site', '--site', [CompletionResultType]::ParameterName, 'A label for the report: the site, building or room')
            [CompletionResult]::new('--public-dns', '--public-dns', [CompletionResultType]::ParameterName, 'Second-opinion DNS server (ADDR or ADDR:PORT), or "none". Repeatable')
            [CompletionResult]::new('--hold', '--hold', [CompletionResultType]::ParameterName, 'Also test whether the network keeps a quiet connection open: hold idle HTTP/2 connections to Apple for up to SECS seconds, then ping them. Push connections idle for 10–15 minutes, so 900 or more is a real test (1–7200)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the output')
            [CompletionResult]::new('--paper', '--paper', [CompletionResultType]::ParameterName, 'Paper size of a PDF report (default: from the locale; Letter in the US and Canada)')
            [CompletionResult]::new('--mdm-server', '--mdm-server', [CompletionResultType]::ParameterName, 'The school''s own MDM server (https://host/path, or just its host name): is it reachable from here, do Apple devices accept its certificate, is it ready for Apple''s stricter TLS rules of the next major releases, and does the larger handshake of iOS 26 get through to it. Repeatable (also the app or profile server the MDM names); the variable takes a comma-separated list. Without it, a Mac enrolled in an MDM finds its server in its enrollment profile')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the window, the terminal and the reports: en, de, fr, es, nl, it or pt-BR (pt-PT reads pt-BR, es-MX es, …). Default: the system''s language for people, English for JSON. --help, the manual page and completions stay English')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the JSON report (pushcheck.report/1) on standard output')
            [CompletionResult]::new('--legacy', '--legacy', [CompletionResultType]::ParameterName, 'The MDM server still uses the retired ports 2195/2196: treat them as required')
            [CompletionResult]::new('--no-proxy', '--no-proxy', [CompletionResultType]::ParameterName, 'Do not read the system''s proxy settings; test direct connections only')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the one-line answer (the exit status says the rest)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the one-line answer (the exit status says the rest)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'List every check in the terminal, not only those that are not fine')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'List every check in the terminal, not only those that are not fine')
            [CompletionResult]::new('--redact', '--redact', [CompletionResultType]::ParameterName, 'Leave this computer''s name, addresses, gateway and DNS servers out of reports')
            [CompletionResult]::new('--keep', '--keep', [CompletionResultType]::ParameterName, 'Keep this run in the history the window shows (`pushcheck history` lists it). The window keeps every run; the terminal only with this, so a timer does not push out a technician''s runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pushcheck;gui' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'What to test: this device''s side, the MDM server''s, or both')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print for a monitoring system instead: `nagios` is plugin output (one status line with performance data, then what to ask IT), for Nagios, Icinga, Naemon, Checkmk and Zabbix')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Also write the report to FILE; the format follows the extension (.json, .pdf, .txt, or .prom for Prometheus'' textfile collectors). Repeatable')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole run, in seconds')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Use this endpoint catalog instead of the built-in one')
            [CompletionResult]::new('--resolve', '--resolve', [CompletionResultType]::ParameterName, 'Answer HOST with ADDR without DNS (HOST may be *.example.com; IPv6 as [::1]). Repeatable')
            [CompletionResult]::new('--apple-range', '--apple-range', [CompletionResultType]::ParameterName, 'Replace the catalog''s Apple address ranges. Repeatable')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'The school''s own CA (PEM): trusted for its PAC server and proxies, never for Apple''s hosts (an Apple host whose chain only this CA accepts is decrypted on the way). Repeatable')
            [CompletionResult]::new('--apple-root', '--apple-root', [CompletionResultType]::ParameterName, 'Anchors (PEM) that stand in for Apple''s roots, for a test bed or lab. Repeatable')
            [CompletionResult]::new('--site', '--site', [CompletionResultType]::ParameterName, 'A label for the report: the site, building or room')
            [CompletionResult]::new('--public-dns', '--public-dns', [CompletionResultType]::ParameterName, 'Second-opinion DNS server (ADDR or ADDR:PORT), or "none". Repeatable')
            [CompletionResult]::new('--hold', '--hold', [CompletionResultType]::ParameterName, 'Also test whether the network keeps a quiet connection open: hold idle HTTP/2 connections to Apple for up to SECS seconds, then ping them. Push connections idle for 10–15 minutes, so 900 or more is a real test (1–7200)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the output')
            [CompletionResult]::new('--paper', '--paper', [CompletionResultType]::ParameterName, 'Paper size of a PDF report (default: from the locale; Letter in the US and Canada)')
            [CompletionResult]::new('--mdm-server', '--mdm-server', [CompletionResultType]::ParameterName, 'The school''s own MDM server (https://host/path, or just its host name): is it reachable from here, do Apple devices accept its certificate, is it ready for Apple''s stricter TLS rules of the next major releases, and does the larger handshake of iOS 26 get through to it. Repeatable (also the app or profile server the MDM names); the variable takes a comma-separated list. Without it, a Mac enrolled in an MDM finds its server in its enrollment profile')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the window, the terminal and the reports: en, de, fr, es, nl, it or pt-BR (pt-PT reads pt-BR, es-MX es, …). Default: the system''s language for people, English for JSON. --help, the manual page and completions stay English')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the JSON report (pushcheck.report/1) on standard output')
            [CompletionResult]::new('--legacy', '--legacy', [CompletionResultType]::ParameterName, 'The MDM server still uses the retired ports 2195/2196: treat them as required')
            [CompletionResult]::new('--no-proxy', '--no-proxy', [CompletionResultType]::ParameterName, 'Do not read the system''s proxy settings; test direct connections only')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the one-line answer (the exit status says the rest)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the one-line answer (the exit status says the rest)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'List every check in the terminal, not only those that are not fine')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'List every check in the terminal, not only those that are not fine')
            [CompletionResult]::new('--redact', '--redact', [CompletionResultType]::ParameterName, 'Leave this computer''s name, addresses, gateway and DNS servers out of reports')
            [CompletionResult]::new('--keep', '--keep', [CompletionResultType]::ParameterName, 'Keep this run in the history the window shows (`pushcheck history` lists it). The window keeps every run; the terminal only with this, so a timer does not push out a technician''s runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pushcheck;compare' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Also write the comparison to FILE (.json, .pdf, .txt). Repeatable')
            [CompletionResult]::new('--paper', '--paper', [CompletionResultType]::ParameterName, 'Paper size of a PDF (default: from the locale)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the window, the terminal and the reports: en, de, fr, es, nl, it or pt-BR (pt-PT reads pt-BR, es-MX es, …). Default: the system''s language for people, English for JSON. --help, the manual page and completions stay English')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pushcheck;history' {
            [CompletionResult]::new('--delete', '--delete', [CompletionResultType]::ParameterName, 'Delete this kept run (a path as listed). Repeatable')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the window, the terminal and the reports: en, de, fr, es, nl, it or pt-BR (pt-PT reads pt-BR, es-MX es, …). Default: the system''s language for people, English for JSON. --help, the manual page and completions stay English')
            [CompletionResult]::new('--clear', '--clear', [CompletionResultType]::ParameterName, 'Delete every kept run')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pushcheck;schema' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the window, the terminal and the reports: en, de, fr, es, nl, it or pt-BR (pt-PT reads pt-BR, es-MX es, …). Default: the system''s language for people, English for JSON. --help, the manual page and completions stay English')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pushcheck;completions' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the window, the terminal and the reports: en, de, fr, es, nl, it or pt-BR (pt-PT reads pt-BR, es-MX es, …). Default: the system''s language for people, English for JSON. --help, the manual page and completions stay English')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pushcheck;manpage' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the window, the terminal and the reports: en, de, fr, es, nl, it or pt-BR (pt-PT reads pt-BR, es-MX es, …). Default: the system''s language for people, English for JSON. --help, the manual page and completions stay English')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pushcheck;help' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Test this network in the terminal and print the answer')
            [CompletionResult]::new('gui', 'gui', [CompletionResultType]::ParameterValue, 'Open the window, with the same options as `check` (for a test bed, say). Options given here win over the window''s saved ones for this launch; terminal-only options are refused')
            [CompletionResult]::new('compare', 'compare', [CompletionResultType]::ParameterValue, 'What changed between two JSON reports: fixed, newly broken, unchanged')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'The runs kept by the window (and by `check --keep`): time, site, light, answer')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the JSON Schema of the report (pushcheck.report/1)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('manpage', 'manpage', [CompletionResultType]::ParameterValue, 'Print the manual page (roff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pushcheck;help;check' {
            break
        }
        'pushcheck;help;gui' {
            break
        }
        'pushcheck;help;compare' {
            break
        }
        'pushcheck;help;history' {
            break
        }
        'pushcheck;help;schema' {
            break
        }
        'pushcheck;help;completions' {
            break
        }
        'pushcheck;help;manpage' {
            break
        }
        'pushcheck;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
