# Die Berichte (Text, PDF) und das Terminal. Begriffe: ../GLOSSARY.md.

date-time = { $day }.{ $month }.{ $year }, { $hour }:{ $minute } UTC

report-title = Bericht von Push Check
report-title-site = Bericht von Push Check – { $site }
report-tested = Getestet am { $when } auf { $os }, Dauer { $took } s (pushcheck { $version }).
summary-title = Push Check, { $when }
summary-title-site = Push Check – { $site }, { $when }
heading-found = Ergebnis
heading-checks = Prüfungen
heading-sources = Quellen (Regeln geprüft am { $date })
source-checked = geprüft am { $date }
ask-it = Bitte an die IT: { $fix }

group-devices = Geräte (iPad, iPhone, Mac)
group-server = MDM-Server
group-network = Netzwerk (Route, DNS, Anmeldeseite, Uhr)
count-fine = { $count ->
        [one] { $count } in Ordnung
       *[other] { $count } in Ordnung
    }
rows-hosts-port = { $count ->
        [one] { $count } Host, Port { $port }
       *[other] { $count } Hosts, Port { $port }
    }
rows-hosts = { $count ->
        [one] { $count } Host
       *[other] { $count } Hosts
    }
rows-addresses = { $count ->
        [one] { $count } Adresse
       *[other] { $count } Adressen
    }
rows-for-example = zum Beispiel { $detail }
rows-more = { $count ->
        [one] … und { $count } weitere
       *[other] … und { $count } weitere
    }

outcome-code-ok = ok
outcome-code-refused = abgelehnt
outcome-code-timeout = Zeitüberschreitung
outcome-code-reset = zurückgesetzt
outcome-code-unreachable = nicht erreichbar
outcome-code-dns-failed = DNS-Fehler
outcome-code-outside-apple-range = außerhalb von Apples Adressbereich
outcome-code-tls-failed = TLS-Fehler
outcome-code-tls-untrusted = Zertifikat nicht vertrauenswürdig
outcome-code-cert-expired = Zertifikat abgelaufen
outcome-code-cert-not-yet-valid = Zertifikat noch nicht gültig
outcome-code-cert-wrong-name = Zertifikat für anderen Namen
outcome-code-unexpected-response = unerwartete Antwort
outcome-code-proxy-failed = Proxy-Fehler
outcome-code-skipped = übersprungen

heading-network = Netzwerk dieses Computers
network-redacted = Absichtlich aus diesem Bericht weggelassen (--redact).
network-name = Name
network-addresses = Adressen
network-gateway = Standard-Gateway
network-dns = DNS-Server
network-not-found = nicht gefunden
heading-proxy = Proxy-Einstellungen
proxy-not-read = Proxy-Einstellungen wurden nicht gelesen (--no-proxy); jede Prüfung ging direkt zu Apple.
proxy-none = Auf diesem Computer ist kein Proxy eingerichtet.
proxy-used-note = Prüfungen über einen Proxy sind mit dessen Adresse aufgeführt; alle anderen gingen direkt zu Apple.
heading-chains = Zertifikate fehlgeschlagener Verbindungen
chains-none = Keine fehlgeschlagene Verbindung hat eine Zertifikatskette vorgelegt.
chains-hosts-more = { $count ->
        [one] { $hosts } und { $count } weiterer
       *[other] { $hosts } und { $count } weitere
    }
chains-unknown = unbekannt
chains-issued-by = Ausgestellt von: { $issuer }
chains-vendor = Filterprodukt: { $vendor }
chains-trusted-by = Anerkannt von: { $store }
chains-trusted-by-nothing = keinem Zertifikatsspeicher dieses Computers
chains-certificate = Zertifikat { $number }: { $subject }

terminal-took = Dauer { $took }. Alle Prüfungen: pushcheck check --verbose; vollständiger Bericht: --output bericht.txt oder --json
terminal-progress = Netzwerk wird getestet…
terminal-checks = Prüfungen
terminal-holding-left = Ruhende Verbindungen zu Apple werden offen gehalten: noch { $left } (Strg+C bricht ab und zeigt, was bis dahin bekannt ist)
terminal-holding = Ruhende Verbindungen zu Apple werden bis zu { $hold } offen gehalten (Push-Verbindungen ruhen 10–15 min)…
terminal-kept = Testlauf im Verlauf gespeichert: { $path }
terminal-written = Bericht gespeichert: { $path }
terminal-not-written = der Bericht wurde nicht gespeichert ({ $why })
terminal-quiet-not-written = { $untested }: Bericht nicht gespeichert ({ $why }); Netzwerk: { $word }: { $headline }

history-deleted-all = { $count ->
        [one] { $count } gespeicherter Testlauf
       *[other] { $count } gespeicherte Testläufe
    } aus { $folder } gelöscht.
history-deleted = { $file } gelöscht.
history-none = Noch keine Testläufe in { $folder } gespeichert. Das Fenster speichert jeden Testlauf; im Terminal speichert pushcheck check --keep einen Testlauf.
history-list = Gespeicherte Testläufe in { $folder }, neueste zuerst:
history-unreadable = unlesbar
history-foreign = fremd
history-foreign-left = nicht von Push Check geschrieben, bleibt unverändert
history-compare = Zwei vergleichen mit: pushcheck compare ÄLTER.json NEUER.json

compare-title = Push Check: was sich geändert hat
compare-comparing = Vergleich von { $old } mit { $new }
compare-overall = Gesamt
compare-now = Jetzt
compare-fixed = Behoben
compare-broken = Neu hinzugekommen
compare-unchanged = Unverändert
compare-none = keine
compare-checks = Geänderte Prüfungen
compare-new-state = neu: { $state }
compare-was-state = war: { $state }
compare-fine = { $total ->
        [one] { $ok } von { $total } in Ordnung
       *[other] { $ok } von { $total } in Ordnung
    }
compare-not-tested = nicht getestet
compare-dns = Namensauflösung von { $host }
compare-port = { $name }, Port { $port }
compare-host-port = { $name } ({ $host }), Port { $port }

pdf-site-not-named = Standort nicht angegeben
pdf-site = Standort: { $site }
pdf-tested = Getestet am { $when } auf einem Computer mit { $os } ({ $took } s). Push Check { $version }.
pdf-request = Bitte an die IT
pdf-no-change = Keine Änderung nötig: Apples Push-Dienst ist so erreichbar, wie Apple es verlangt.
pdf-also-found = Außerdem gefunden
pdf-every-check = Alle Prüfungen
pdf-every-check-note = Jede Zeile ist eine Verbindung oder Abfrage, die dieser Computer versucht hat. Unter Zeilen, die nicht in Ordnung sind, steht, was passiert ist.
pdf-column-status = Status
pdf-column-check = Prüfung
pdf-column-target = Host und Port
pdf-column-address = Adresse
pdf-column-result = Ergebnis
pdf-sources = Woher die Regeln stammen
pdf-sources-note = Jede Regel von Push Check wurde zuletzt am { $date } mit diesen Dokumenten abgeglichen. Verwendete Adressbereiche von Apple: { $ranges }.
pdf-page = Seite { $page } von { $pages }

## The school's own MDM server and the handshake of iOS 26

group-mdm = Ihr MDM-Server (von hier aus geprüft)
