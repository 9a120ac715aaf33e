# Das Fenster. Begriffe: ../GLOSSARY.md.

setting-timeout = Das Zeitlimit
setting-catalog = Der Endpunktkatalog
setting-resolve = Die Namensvorgabe
setting-apple-range = Apples Adressbereich
setting-ca-file = Die Zertifikatsdatei der Schule
setting-apple-root = Der Ersatz für Apples Stammzertifikate
setting-public-dns = Der öffentliche DNS-Server
setting-hold = Die Dauer des Ruhetests
setting-trust = Die Zertifikatsprüfung

about-title = Über Push Check
about-question = Erreichen Apple-Geräte und Ihr MDM-Server Apples Push-Dienst aus diesem Netzwerk?
about-licences = Lizenzen
about-licence-app = Push Check: MIT OR Apache-2.0.
about-licence-window-fonts = Schriften des Fensters (aus egui): Ubuntu Light (Ubuntu Font Licence), Hack (MIT), Noto Emoji (SIL OFL 1.1), emoji-icon-font (MIT).
about-licence-report-fonts = Schriften der Berichte: Open Sans Regular und Bold (Apache-2.0).
about-licence-others = Alle anderen Bestandteile und ihre Lizenzen: THIRD-PARTY.md, mit dem Programm ausgeliefert.
about-checked-on = Die Regeln wurden zuletzt am { $date } geprüft.
about-changed-on = Geändert am { $date }: { $change }
about-no-catalog = Der Regelkatalog konnte nicht gelesen werden.

history-back = Zurück
history-title = Verlauf
history-intro = { $count ->
        [one] Der letzte Testlauf dieses Fensters wird hier gespeichert, damit Sie zurückblicken und vergleichen können.
       *[other] Jeder Testlauf dieses Fensters wird hier gespeichert (die letzten { $count }), damit Sie zurückblicken und vergleichen können.
    }
history-empty = Noch keine Testläufe. Klicken Sie auf „Mein Netzwerk testen“, dann wird jedes Ergebnis hier gespeichert.
history-reading = Gespeicherte Testläufe werden gelesen…
history-compare-chosen = Die zwei ausgewählten vergleichen
history-choose-two = Wählen Sie zwei Testläufe über die Kästchen aus
history-delete-all-ask = { $count ->
        [one] { $count } Datei löschen?
       *[other] Alle { $count } Dateien löschen?
    }
history-delete-all-yes = Ja, alle löschen
history-delete-all-no = Behalten
history-delete-all = Alle löschen
history-runs = { $count ->
        [one] { $count } Testlauf
       *[other] { $count } Testläufe
    }
history-what-changed = Was sich geändert hat
history-choose = Auswählen
history-choose-hover = Zum Vergleichen auswählen
history-open = Diesen Testlauf öffnen
history-unreadable-file = Unlesbare Datei { $file }: { $why }
history-foreign-file = Nicht von Push Check geschrieben, bleibt unverändert: { $file }
history-delete = Löschen
history-off = Der Verlauf ist ausgeschaltet: Es gibt keinen Ordner für die Testläufe.
history-not-deleted = Nicht gelöscht: { $error }
history-deleted-files = { $count ->
        [one] { $count } Datei
       *[other] { $count } Dateien
    } gelöscht.
history-not-kept = Dieser Testlauf konnte nicht im Verlauf gespeichert werden: { $error }

window-icon = Symbol von Push Check
running-title = Dieses Netzwerk wird getestet…
running-progress = { $total ->
        [one] { $done } von { $total } Prüfung
       *[other] { $done } von { $total } Prüfungen
    }
running-stop = Abbrechen
running-holding = Ruhende Verbindungen zu Apple bleiben bis zu { $hold } offen, um zu prüfen, ob das Netzwerk sie vorzeitig trennt: noch { $left }.
running-holding-note = Über Push-Verbindungen wird oft 10–15 Minuten am Stück nichts übertragen. „Abbrechen“ beendet das Warten und zeigt, was bis dahin bekannt ist.
running-hold-row = Eine Verbindung zu Apple { $idle } ruhend gehalten, dann geprüft

start-question = Bekommen Apple-Geräte in diesem Netzwerk Push-Mitteilungen?
start-button = Mein Netzwerk testen
start-site = Standort / Raum:
start-site-hint = zum Beispiel: Bibliothek, 2. Stock
start-options = Optionen
start-what = Prüft, ob Geräte (iPads, Macs) und Ihr MDM-Server Apples Push-Dienst erreichen: Ports 5223 und 443 zu 17.0.0.0/8, Entschlüsselung (SSL/TLS-Prüfung), DNS und WLAN-Anmeldeseiten. Dauert nur wenige Sekunden.
options-what = Was testen:
options-both = dieses Gerät und den MDM-Server
options-device = nur dieses Gerät
options-server = nur den MDM-Server
options-legacy = Unser MDM-Server nutzt noch die eingestellten Ports 2195 und 2196
options-redact = Namen und Adressen dieses Computers aus gespeicherten Berichten weglassen
options-language = Sprache:
options-language-system = wie das System
save-language-same = in der Sprache des Fensters
options-appearance = Darstellung:
options-appearance-system = wie das System
options-appearance-light = hell
options-appearance-dark = dunkel
options-hold = Auch prüfen, ob das Netzwerk eine ruhende Verbindung offen hält, für
options-hold-hover = Über Push-Verbindungen wird oft 10–15 Minuten am Stück nichts übertragen. Manche Firewalls trennen ruhende Verbindungen früher; dann fällt Push aus, obwohl jeder kurze Test erfolgreich ist. Der Test dauert dann entsprechend lange.
options-timeout = Abbruch nach

result-ask-it = Bitte an die IT
result-copy-all = Alle kopieren
result-copy = Kopieren
result-copy-hover = Diese Bitte in die Zwischenablage kopieren
result-details = Details
details-devices = Geräte (iPad, Mac)
details-dns = DNS
details-network = Netzwerk
details-inspection = SSL/TLS-Prüfung
result-proxy = Proxy
result-proxy-not-read = nicht gelesen (--no-proxy)
result-proxy-none = keiner eingerichtet
result-proxy-found = { $count ->
        [one] { $count } gefunden
       *[other] { $count } gefunden
    }
result-proxy-used = Prüfungen, bei denen unter „Über“ ein Proxy steht, gingen über ihn; alle anderen gingen direkt zu Apple.
result-proxy-direct = Jede Prüfung oben ging direkt zu Apple.
result-pac-file = PAC-Datei { $url }
result-pac-discovered = PAC-Datei { $url }, gefunden durch die automatische Erkennung
result-pac-unusable = nicht nutzbar: { $error }
result-pac-ex = FindProxyForURLEx abgefragt, wie es Windows-Dienste (WinHTTP) tun
result-pac-answer = { $host }: { $routes }
result-pac-failed = { $host }: Fehler in Zeile { $line } ({ $error })
result-pac-skipped = übersprungen, wie es Browser tun: { $entry }
result-pac-my-ip = myIpAddress() lieferte { $address }
result-pac-lookup = sie hat { $name } aufgelöst: { $addresses }
result-pac-lookup-none = sie hat { $name } aufgelöst: keine Adresse
result-pac-alert = alert: { $message }
result-chart = Verbindungszeiten je Apple-Adresse
result-chart-none = Es wurde keine Verbindung versucht.
result-chart-series = Verbindungszeit
row-status = Status
row-outcome = Ergebnis
row-detail = Was passiert ist
row-check = Prüfung
row-via = Über
row-address-from = Adresse aus
row-answers = Antworten
row-tls-version = TLS-Version
row-issuer = Aussteller
row-chain = Kette
row-trusted-by = Anerkannt von
row-trusted-by-nothing = keinem Zertifikatsspeicher
row-vendor = Filterprodukt

save-report = Bericht speichern…
save-copy-summary = Zusammenfassung kopieren
save-test-again = Erneut testen
save-options = Optionen
save-took = Dauer { $took } s
save-saving = Wird gespeichert…
save-saved = Bericht gespeichert unter { $path }
save-failed = Nicht gespeichert: { $error }
save-dialog-title = Bericht von Push Check speichern
save-filter-pdf = PDF-Bericht
save-filter-json = JSON-Bericht
save-filter-text = Textbericht
copied-requests = Die Bitten an die IT wurden in die Zwischenablage kopiert.
copied-request = Die Bitte wurde in die Zwischenablage kopiert.
copied-summary = Die Zusammenfassung wurde in die Zwischenablage kopiert.
start-failed = Der Test konnte nicht starten: { $error }
start-no-runtime = Der Netzwerktester kann nicht starten: { $error }

window-no-display = Kein Bildschirm gefunden, daher läuft Push Check im Terminal statt in einem Fenster.
window-cannot-open = Push Check kann sein Fenster nicht öffnen ({ $error }); es läuft stattdessen im Terminal.
window-cannot-open-windows = Push Check kann sein Fenster nicht öffnen ({ $error }). Dieselbe Prüfung läuft in einem Terminal: pushcheck.exe check
window-refused = { $flags } { $count ->
        [one] wirkt
       *[other] wirken
    } nur im Terminal; das Fenster speichert Berichte über „Bericht speichern…“. Im Terminal: pushcheck check { $command }
window-refused-windows = { $flags } { $count ->
        [one] wirkt
       *[other] wirken
    } nur im Terminal; das Fenster speichert Berichte über „Bericht speichern…“. Für einen Bericht im Terminal oder in einem Skript: pushcheck.exe check { $command }
save-language-hover = Die Sprache gespeicherter Berichte

## The school's own MDM server and the handshake of iOS 26

setting-mdm-server = Die Angabe zum MDM-Server
start-mdm = Ihr MDM-Server (optional):
start-mdm-hint = Adresse von der IT: https://…
start-mdm-hover = Push Check prüft dann zusätzlich, ob dieses Netzwerk Ihren MDM-Server erreicht, ob Apple-Geräte sein Zertifikat akzeptieren und ob er auf die strengeren TLS-Regeln von iOS 27 vorbereitet ist.
details-mdm = Ihr MDM-Server
details-mdm-note = So, wie dieser Computer ihn erreicht; im WLAN der iPads kann es anders aussehen. Bei einem Cloud-MDM gehört der Server Ihrem Anbieter: Änderungen müssen dort angefragt werden.
details-large-hello = TLS-Handshake von iOS 26
details-large-hello-note = iOS, iPadOS und macOS 26 beginnen sichere Verbindungen mit einer größeren Post-Quanten-Nachricht; manche Firewalls verwerfen sie.
