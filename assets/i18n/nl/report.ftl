# De rapporten (tekst, PDF) en de terminal. Termen: ../GLOSSARY.md.

date-time = { $day }-{ $month }-{ $year } { $hour }:{ $minute } UTC

report-title = Push Check-rapport
report-title-site = Push Check-rapport — { $site }
report-tested = Getest op { $when } onder { $os }, in { $took } s (pushcheck { $version }).
summary-title = Push Check, { $when }
summary-title-site = Push Check — { $site }, { $when }
heading-found = Wat er gevonden is
heading-checks = Controles
heading-sources = Bronnen (regels gecontroleerd op { $date })
source-checked = gecontroleerd op { $date }
ask-it = Vraag de ICT-afdeling: { $fix }

group-devices = Apparaten (iPad, iPhone, Mac)
group-server = MDM-server
group-network = Netwerk (route, DNS, inlogpagina, klok)
count-fine = { $count ->
        [one] { $count } in orde
       *[other] { $count } in orde
    }
rows-hosts-port = { $count ->
        [one] { $count } host, poort { $port }
       *[other] { $count } hosts, poort { $port }
    }
rows-hosts = { $count ->
        [one] { $count } host
       *[other] { $count } hosts
    }
rows-addresses = { $count ->
        [one] { $count } adres
       *[other] { $count } adressen
    }
rows-for-example = bijvoorbeeld { $detail }
rows-more = { $count ->
        [one] … en nog { $count }
       *[other] … en nog { $count }
    }

outcome-code-ok = ok
outcome-code-refused = geweigerd
outcome-code-timeout = time-out
outcome-code-reset = gereset
outcome-code-unreachable = onbereikbaar
outcome-code-dns-failed = DNS mislukt
outcome-code-outside-apple-range = buiten het bereik van Apple
outcome-code-tls-failed = TLS mislukt
outcome-code-tls-untrusted = TLS niet vertrouwd
outcome-code-cert-expired = certificaat verlopen
outcome-code-cert-not-yet-valid = certificaat nog niet geldig
outcome-code-cert-wrong-name = certificaat voor andere naam
outcome-code-unexpected-response = onverwacht antwoord
outcome-code-proxy-failed = proxy mislukt
outcome-code-skipped = overgeslagen

heading-network = Het netwerk van deze computer
network-redacted = Met opzet weggelaten uit dit rapport (--redact).
network-name = Naam
network-addresses = Adressen
network-gateway = Standaardgateway
network-dns = DNS-servers
network-not-found = niet gevonden
heading-proxy = Proxy-instellingen
proxy-not-read = Proxy-instellingen zijn niet gelezen (--no-proxy); elke controle ging rechtstreeks naar Apple.
proxy-none = Op deze computer is geen proxy ingesteld.
proxy-used-note = Controles via een proxy staan vermeld met het adres van de proxy; alle andere gingen rechtstreeks naar Apple.
heading-chains = Certificaten van mislukte verbindingen
chains-none = Geen enkele mislukte verbinding liet een certificaatketen zien.
chains-hosts-more = { $hosts } en nog { $count ->
        [one] { $count }
       *[other] { $count }
    }
chains-unknown = onbekend
chains-issued-by = Uitgegeven door: { $issuer }
chains-vendor = Filterproduct: { $vendor }
chains-trusted-by = Vertrouwd door: { $store }
chains-trusted-by-nothing = niets wat deze computer vertrouwt
chains-certificate = Certificaat { $number }: { $subject }

terminal-took = Klaar in { $took }. Alle controles: pushcheck check --verbose; het volledige rapport: --output rapport.txt of --json
terminal-progress = Netwerk wordt getest…
terminal-checks = controles
terminal-holding-left = Stille verbindingen met Apple worden opengehouden: nog { $left } (Ctrl-C stopt en meldt wat bekend is)
terminal-holding = Stille verbindingen met Apple worden tot { $hold } opengehouden (pushverbindingen zijn vaak 10–15 min stil)…
terminal-kept = Test bewaard in de geschiedenis: { $path }
terminal-written = Rapport bewaard in { $path }
terminal-not-written = het rapport is niet bewaard ({ $why })
terminal-quiet-not-written = { $untested }: rapport niet bewaard ({ $why }); netwerk: { $word }: { $headline }

history-deleted-all = { $count ->
        [one] { $count } bewaarde test
       *[other] { $count } bewaarde tests
    } verwijderd uit { $folder }.
history-deleted = { $file } verwijderd.
history-none = Nog geen tests bewaard in { $folder }. Het venster bewaart elke test; pushcheck check --keep bewaart er een vanuit de terminal.
history-list = Bewaarde tests in { $folder }, nieuwste eerst:
history-unreadable = onleesbaar
history-foreign = onbekend
history-foreign-left = niet door Push Check geschreven, blijft zoals het is
history-compare = Twee tests vergelijken: pushcheck compare OUDER.json NIEUWER.json

compare-title = Push Check: wat er veranderd is
compare-comparing = { $old } vergeleken met { $new }
compare-overall = Algemeen
compare-now = Nu
compare-fixed = Opgelost
compare-broken = Nieuw mislukt
compare-unchanged = Ongewijzigd
compare-none = geen
compare-checks = Controles die veranderd zijn
compare-new-state = nieuw: { $state }
compare-was-state = was: { $state }
compare-fine = { $total ->
        [one] { $ok } van { $total } in orde
       *[other] { $ok } van { $total } in orde
    }
compare-not-tested = niet getest
compare-dns = Naamopzoeking van { $host }
compare-port = { $name }, poort { $port }
compare-host-port = { $name } ({ $host }), poort { $port }

pdf-site-not-named = Locatie niet opgegeven
pdf-site = Locatie: { $site }
pdf-tested = Getest op { $when } vanaf een computer met { $os } ({ $took } s). Push Check { $version }.
pdf-request = Verzoek aan de ICT-afdeling
pdf-no-change = Er hoeft niets te veranderen: de pushdienst van Apple is bereikbaar zoals Apple vereist.
pdf-also-found = Ook gevonden
pdf-every-check = Alle controles
pdf-every-check-note = Elke rij is een verbinding of opzoeking die deze computer heeft geprobeerd. Onder rijen die niet in orde zijn, staat wat er gebeurde.
pdf-column-status = Status
pdf-column-check = Controle
pdf-column-target = Host en poort
pdf-column-address = Adres
pdf-column-result = Resultaat
pdf-sources = Waar de regels vandaan komen
pdf-sources-note = Elke regel die Push Check toepast, is voor het laatst op { $date } met deze documenten vergeleken. Gebruikte adresbereiken van Apple: { $ranges }.
pdf-page = { $pages ->
        [one] pagina { $page } van { $pages }
       *[other] pagina { $page } van { $pages }
    }

## The school's own MDM server and the handshake of iOS 26

group-mdm = Uw MDM-server, bereikt vanaf deze computer
