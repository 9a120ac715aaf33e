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

problem-resolve = „{ $value }“ ist nicht HOST:ADDR (zum Beispiel api.push.apple.com:17.188.143.34 oder *.push.apple.com:[::1])
problem-public-dns = „{ $value }“ ist keine IP-Adresse (wahlweise mit :Port) und nicht „none“
problem-public-dns-none = none lässt sich nicht mit Resolver-Adressen kombinieren
problem-apple-range = „{ $value }“ ist kein Adressbereich wie 17.0.0.0/8
problem-file = { $path }: { $reason }
problem-timeout = muss zwischen 1 und 300 Sekunden liegen, nicht { $value }
problem-hold = muss zwischen 1 und 7200 Sekunden liegen, nicht { $value } (900 hält eine Verbindung so lange, wie Push es braucht: 15 Minuten)
problem-tls = die Zertifikatsprüfung lässt sich nicht einrichten: { $detail }
problem-catalog = { $detail }
problem-catalog-hint = Korrigieren Sie die Datei oder starten Sie ohne --catalog, um den eingebauten Katalog zu verwenden.

status-line = { $word }: { $title }

# A section's heading ("Fixed:"), with the colon as the language writes it.
heading-section = { $title }:
# A label and its value ("Overall: OK -> PROBLEM").
heading-labelled = { $label }: { $value }
