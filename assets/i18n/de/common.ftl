# Wörter, die jede Ansicht braucht. Begriffe: ../GLOSSARY.md.

list-and = { $rest } und { $last }
duration-seconds = { $s } s
duration-minutes = { $m } min
duration-hours = { $h } h
duration-hours-minutes = { $h } h { $m } min
duration-days = { $d } Tage

count-problems = { $count ->
        [one] { $count } Problem
       *[other] { $count } Probleme
    }
count-warnings = { $count ->
        [one] { $count } Warnung
       *[other] { $count } Warnungen
    }
count-untested = { $count } nicht getestet
count-notes = { $count ->
        [one] { $count } Hinweis
       *[other] { $count } Hinweise
    }

status-ok = OK
status-info = HINWEIS
status-warning = WARNUNG
status-problem = PROBLEM
status-untested = NICHT GETESTET

endpoint-courier = Push
endpoint-provider = Push-Provider-API
endpoint-legacy-gateway = Altes Push-Gateway (eingestellt)
endpoint-legacy-feedback = Altes Push-Feedback (eingestellt)
endpoint-captive = Prüfung auf Anmeldeseite
endpoint-service = Geräteverwaltungsdienst
endpoint-time = Zeitserver
endpoint-revocation = Zertifikatswiderruf

check-route = Route zu Apples Netzwerk
check-clock = Uhr
check-pac = PAC-Datei ({ $source })
check-hold = { $idle } ruhig gehalten
check-hold-not-tried = Test der ruhenden Verbindung
check-dns = Namensauflösung: { $name }

catalog-change-courier = Seit iOS/iPadOS 13.4 und macOS 10.15.4 darf der Ausweichweg über 443 durch einen nicht entschlüsselnden Proxy aus einer PAC-Datei laufen; ältere Anleitungen nannten 443 nur als Ausweichweg im WLAN.
catalog-change-legacy = Apple hat das alte binäre Provider-Protokoll (Ports 2195 und 2196) am 2021-03-31 eingestellt.

check-dns-hosts = { $first } (und { $more } weitere)
