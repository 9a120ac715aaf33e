# Wörter, die jede Ansicht braucht. Begriffe: ../GLOSSARY.md.

list-and = { $rest } und { $last }
duration-seconds = { $s } s
duration-minutes = { $m } min
duration-hours = { $h } h
duration-hours-minutes = { $h } h { $m } min
duration-days = { $d ->
        [one] { $d } Tag
       *[other] { $d } Tage
    }

count-problems = { $count ->
        [one] { $count } Problem
       *[other] { $count } Probleme
    }
count-warnings = { $count ->
        [one] { $count } Warnung
       *[other] { $count } Warnungen
    }
count-untested = { $count ->
        [one] { $count } nicht getestet
       *[other] { $count } nicht getestet
    }
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
endpoint-captive = Anmeldeseiten-Prüfung
endpoint-service = Geräteverwaltung
endpoint-time = Zeitserver
endpoint-revocation = Zertifikatswiderruf

check-route = Route zu Apples Netzwerk
check-clock = Uhr
check-pac = PAC-Datei ({ $source })
check-hold = { $idle } ruhend gehalten
check-hold-not-tried = Test der ruhenden Verbindung
check-dns = Namensauflösung: { $name }

catalog-change-courier = Seit iOS/iPadOS 13.4 und macOS 10.15.4 darf der Ausweichweg über Port 443 über einen Proxy laufen, den eine PAC-Datei vorgibt und der nicht entschlüsselt; ältere Anleitungen nannten 443 nur als Ausweichweg im WLAN.
catalog-change-legacy = Apple hat das alte binäre Provider-Protokoll (Ports 2195 und 2196) am 31. März 2021 eingestellt.

check-dns-hosts = { $first } ({ $more ->
        [one] und { $more } weiterer
       *[other] und { $more } weitere
    })

problem-resolve = „{ $value }“ hat nicht die Form HOST:ADDR (zum Beispiel api.push.apple.com:17.188.143.34 oder *.push.apple.com:[::1])
problem-public-dns = „{ $value }“ ist weder eine IP-Adresse (optional mit :Port) noch „none“
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

# A day written in a sentence. $month: a month-* message.
date-day = { $day }. { $month } { $year }
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember

## The school's own MDM server and the handshake of iOS 26

check-mdm = Ihr MDM-Server
# Zertifikatsspeicher, nach „Anerkannt von:“ (Dativ).
store-public-roots = den öffentlichen Zertifizierungsstellen
store-apple-roots = Apples eigenen Stammzertifikaten
store-apple-root-flag = den mit --apple-root angegebenen Stammzertifikaten
store-ca-file = der eigenen Zertifizierungsstelle der Schule (--ca-file)
check-mdm-tls = TLS für iOS { $release }
check-large-hello = { $name }: iOS-26-Handshake
problem-mdm-not-url = ist keine gültige Adresse: { $value } (https://mdm.schule.example oder nur den Hostnamen angeben)
problem-mdm-not-https = muss eine https-Adresse sein, nicht { $scheme }: { $value } (Geräte erreichen ihren MDM-Server nur über https)
problem-mdm-no-host = enthält keinen Hostnamen: { $value }
