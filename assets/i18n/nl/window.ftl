# Het venster. Termen: ../GLOSSARY.md.

setting-timeout = De tijdslimiet
setting-catalog = De catalogus van eindpunten
setting-resolve = De handmatige naamomzetting
setting-apple-range = Het adresbereik van Apple
setting-ca-file = Het certificaatbestand van de school
setting-apple-root = De vervanger van de rootcertificaten van Apple
setting-public-dns = De openbare DNS-server
setting-hold = De duur van de test van de stille verbinding
setting-trust = De controle van certificaten

about-title = Over Push Check
about-question = Kunnen Apple-apparaten en uw MDM-server vanaf dit netwerk de pushdienst van Apple bereiken?
about-licences = Licenties
about-licence-app = Push Check: MIT OR Apache-2.0.
about-licence-window-fonts = Lettertypen van het venster (uit egui): Ubuntu Light (Ubuntu Font Licence), Hack (MIT), Noto Emoji (SIL OFL 1.1), emoji-icon-font (MIT).
about-licence-report-fonts = Lettertypen van de rapporten: Open Sans Regular en Bold (Apache-2.0).
about-licence-others = Alle andere onderdelen en hun licenties: THIRD-PARTY.md, meegeleverd met het programma.
about-checked-on = De regels zijn voor het laatst gecontroleerd op { $date }.
about-changed-on = Gewijzigd op { $date }: { $change }
about-no-catalog = De catalogus met regels kon niet worden gelezen.

history-back = Terug
history-title = Geschiedenis
history-intro = Elke test in dit venster wordt hier bewaard ({ $count ->
        [one] alleen de laatste
       *[other] de laatste { $count }
    }), zodat u kunt terugkijken en vergelijken.
history-empty = Nog geen tests. Klik op 'Netwerk testen'; elk antwoord wordt hier bewaard.
history-reading = Bewaarde tests worden gelezen…
history-compare-chosen = De twee gekozen tests vergelijken
history-choose-two = Vink twee tests aan
history-delete-all-ask = { $count ->
        [one] { $count } bestand verwijderen?
       *[other] Alle { $count } bestanden verwijderen?
    }
history-delete-all-yes = Ja, alles verwijderen
history-delete-all-no = Nee, bewaren
history-delete-all = Alles verwijderen
history-runs = { $count ->
        [one] { $count } test
       *[other] { $count } tests
    }
history-what-changed = Wat er veranderd is
history-choose = Kiezen
history-choose-hover = Kiezen om te vergelijken
history-open = Deze test openen
history-unreadable-file = Onleesbaar bestand { $file }: { $why }
history-foreign-file = Niet door Push Check geschreven, blijft zoals het is: { $file }
history-delete = Verwijderen
history-off = De geschiedenis staat uit: er is geen map om tests in te bewaren.
history-not-deleted = Niet verwijderd: { $error }
history-deleted-files = { $count ->
        [one] { $count } bestand
       *[other] { $count } bestanden
    } verwijderd.
history-not-kept = Deze test kon niet in de geschiedenis worden bewaard: { $error }

window-icon = Pictogram van Push Check
running-title = Dit netwerk wordt getest…
running-progress = { $total ->
        [one] { $done } van { $total } controle
       *[other] { $done } van { $total } controles
    }
running-stop = Stop
running-holding = Stille verbindingen met Apple blijven tot { $hold } open om te zien of het netwerk ze verbreekt: nog { $left }.
running-holding-note = Over een pushverbinding gaat vaak 10–15 minuten lang niets. 'Stop' beëindigt het wachten en toont wat bekend is.
running-hold-row = Een verbinding met Apple { $idle } stil gehouden, daarna gecontroleerd

start-question = Krijgen Apple-apparaten pushberichten op dit netwerk?
start-button = Netwerk testen
start-site = Locatie / lokaal:
start-site-hint = bijvoorbeeld: Bibliotheek, 2e verdieping
start-options = Opties
start-what = Controleert of apparaten (iPads, Macs) en uw MDM-server de pushdienst van Apple bereiken: poorten 5223 en 443 naar 17.0.0.0/8, inspectie van versleuteling, DNS en wifi-inlogpagina's. Duurt een paar seconden.
options-what = Wat testen:
options-both = dit apparaat en de MDM-server
options-device = alleen dit apparaat
options-server = alleen de MDM-server
options-legacy = Onze MDM-server gebruikt nog de oude, stopgezette poorten 2195 en 2196
options-redact = Naam en adressen van deze computer weglaten uit bewaarde rapporten
options-language = Taal:
options-language-system = zoals het systeem
save-language-same = in de taal van het venster
options-appearance = Weergave:
options-appearance-system = zoals het systeem
options-appearance-light = licht
options-appearance-dark = donker
options-hold = Ook controleren of het netwerk een stille verbinding openhoudt gedurende
options-hold-hover = Over een pushverbinding gaat vaak 10–15 minuten lang niets. Sommige firewalls verbreken stille verbindingen eerder; dan werkt push niet, terwijl elke snelle test slaagt. De test duurt dan zo lang.
options-timeout = Opgeven na

result-ask-it = Wat u de ICT-afdeling moet vragen
result-copy-all = Alles kopiëren
result-copy = Kopiëren
result-copy-hover = Dit verzoek naar het klembord kopiëren
result-details = Details
details-devices = Apparaten (iPad, Mac)
details-dns = DNS
details-network = Netwerk
details-inspection = Inspectie van versleuteling
result-proxy = Proxy
result-proxy-not-read = niet gelezen (--no-proxy)
result-proxy-none = geen ingesteld
result-proxy-found = { $count ->
        [one] { $count } gevonden
       *[other] { $count } gevonden
    }
result-proxy-used = Controles waarbij 'Via' een proxy noemt, gingen via die proxy; alle andere gingen rechtstreeks naar Apple.
result-proxy-direct = Elke controle hierboven ging rechtstreeks naar Apple.
result-pac-file = PAC-bestand { $url }
result-pac-discovered = PAC-bestand { $url }, gevonden door automatische detectie
result-pac-unusable = niet bruikbaar: { $error }
result-pac-ex = FindProxyForURLEx aangeroepen, zoals Windows-services (WinHTTP) dat doen
result-pac-answer = { $host }: { $routes }
result-pac-failed = { $host }: fout op regel { $line } ({ $error })
result-pac-skipped = overgeslagen, zoals browsers doen: { $entry }
result-pac-my-ip = myIpAddress() gaf { $address }
result-pac-lookup = het zocht { $name } op: { $addresses }
result-pac-lookup-none = het zocht { $name } op: geen adres
result-pac-alert = alert: { $message }
result-chart = Verbindingstijden per Apple-adres
result-chart-none = Er is geen verbinding geprobeerd.
result-chart-series = verbindingstijd
row-status = Status
row-outcome = Uitkomst
row-detail = Wat er gebeurde
row-check = Controle
row-via = Via
row-address-from = Adres via
row-answers = Antwoorden
row-tls-version = TLS-versie
row-issuer = Uitgever
row-chain = Keten
row-trusted-by = Vertrouwd door
row-trusted-by-nothing = niets
row-vendor = Filterproduct

save-report = Rapport bewaren…
save-copy-summary = Samenvatting kopiëren
save-test-again = Opnieuw testen
save-options = Opties
save-took = duurde { $took } s
save-saving = Bezig met bewaren…
save-saved = Rapport bewaard in { $path }
save-failed = Niet bewaard: { $error }
save-dialog-title = Het Push Check-rapport bewaren
save-filter-pdf = PDF-rapport
save-filter-json = JSON-rapport
save-filter-text = Tekstrapport
copied-requests = Wat u de ICT-afdeling moet vragen, is naar het klembord gekopieerd.
copied-request = Het verzoek is naar het klembord gekopieerd.
copied-summary = De samenvatting is naar het klembord gekopieerd.
start-failed = De test kon niet starten: { $error }
start-no-runtime = De netwerktester kan niet starten: { $error }

window-no-display = Geen beeldscherm gevonden, dus Push Check draait in de terminal in plaats van in een venster.
window-cannot-open = Push Check kan zijn venster niet openen ({ $error }); het programma draait nu in de terminal.
window-cannot-open-windows = Push Check kan zijn venster niet openen ({ $error }). Dezelfde controle kan ook in een terminal: pushcheck.exe check
window-refused = { $flags } { $count ->
        [one] betekent
       *[other] betekenen
    } niets voor het venster; het venster bewaart rapporten met 'Rapport bewaren…'. Voor de terminal: pushcheck check { $command }
window-refused-windows = { $flags } { $count ->
        [one] betekent
       *[other] betekenen
    } niets voor het venster, dat rapporten bewaart met 'Rapport bewaren…'. Voor een rapport in een terminal of script: pushcheck.exe check { $command }
save-language-hover = De taal van bewaarde rapporten

## The school's own MDM server and the handshake of iOS 26

setting-mdm-server = Het adres van de MDM-server
start-mdm = Uw MDM-server (optioneel):
start-mdm-hint = het adres dat u van de ICT-afdeling kreeg, https://…
start-mdm-hover = Push Check controleert dan ook of dit netwerk uw MDM-server bereikt, of Apple-apparaten het certificaat van de server accepteren en of de server klaar is voor de strengere TLS-regels van Apple voor iOS 27.
details-mdm = Uw MDM-server
details-mdm-note = Zoals deze computer hem bereikt; het wifinetwerk van de iPads kan anders zijn. Een MDM-server in de cloud wordt door uw leverancier beheerd: wat er moet veranderen, vraagt u aan hen.
details-large-hello = De handshake van iOS 26
details-large-hello-note = iOS, iPadOS en macOS 26 beginnen beveiligde verbindingen met een groter eerste bericht, met een post-quantumsleutel; sommige firewalls houden dat tegen.
