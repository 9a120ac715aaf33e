# Woorden die elke weergave gebruikt. Termen: ../GLOSSARY.md.

list-and = { $rest } en { $last }
duration-seconds = { $s } s
duration-minutes = { $m } min
duration-hours = { $h } u
duration-hours-minutes = { $h } u { $m } min
duration-days = { $d ->
        [one] { $d } dag
       *[other] { $d } dagen
    }

count-problems = { $count ->
        [one] { $count } probleem
       *[other] { $count } problemen
    }
count-warnings = { $count ->
        [one] { $count } waarschuwing
       *[other] { $count } waarschuwingen
    }
count-untested = { $count ->
        [one] { $count } niet getest
       *[other] { $count } niet getest
    }
count-notes = { $count ->
        [one] { $count } opmerking
       *[other] { $count } opmerkingen
    }

status-ok = OK
status-info = OPMERKING
status-warning = WAARSCHUWING
status-problem = PROBLEEM
status-untested = NIET GETEST

endpoint-courier = Push
endpoint-provider = Pushprovider-API
endpoint-legacy-gateway = Oude pushgateway (stopgezet)
endpoint-legacy-feedback = Oude pushfeedback (stopgezet)
endpoint-captive = Wifi-inlogpagina
endpoint-service = Apparaatbeheer
endpoint-time = Tijdserver
endpoint-revocation = Intrekking van certificaten

check-route = Route naar het netwerk van Apple
check-clock = Klok
check-pac = PAC-bestand ({ $source })
check-hold = { $idle } stil gehouden
check-hold-not-tried = Test van stille verbinding
check-dns = Naamopzoeking: { $name }

catalog-change-courier = Sinds iOS/iPadOS 13.4 en macOS 10.15.4 mag de uitwijkroute via 443 door een niet-ontsleutelende proxy uit een PAC-bestand lopen; oudere richtlijnen noemden 443 alleen een uitwijkroute op wifi.
catalog-change-legacy = Apple heeft het oude binaire providerprotocol (poorten 2195 en 2196) op 31 maart 2021 stopgezet.

check-dns-hosts = { $first } (en nog { $more ->
        [one] { $more }
       *[other] { $more }
    })

problem-resolve = "{ $value }" is geen HOST:ADDR (bijvoorbeeld api.push.apple.com:17.188.143.34 of *.push.apple.com:[::1])
problem-public-dns = "{ $value }" is geen IP-adres (eventueel met :poort) en ook geen "none"
problem-public-dns-none = none kan niet samen met resolveradressen worden gebruikt
problem-apple-range = "{ $value }" is geen adresbereik zoals 17.0.0.0/8
problem-file = { $path }: { $reason }
problem-timeout = moet tussen 1 en 300 seconden liggen, niet { $value }
problem-hold = moet tussen 1 en 7200 seconden liggen, niet { $value } (900 houdt een verbinding zo lang open als push nodig heeft: 15 minuten)
problem-tls = de controle van certificaten kan niet worden ingesteld: { $detail }
problem-catalog = { $detail }
problem-catalog-hint = Verbeter het bestand, of start zonder --catalog om de ingebouwde catalogus te gebruiken.

status-line = { $word }: { $title }

# A section's heading ("Fixed:"), with the colon as the language writes it.
heading-section = { $title }:
# A label and its value ("Overall: OK -> PROBLEM").
heading-labelled = { $label }: { $value }

# A day written in a sentence. $month: a month-* message.
date-day = { $day } { $month } { $year }
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december

## The school's own MDM server and the handshake of iOS 26

check-mdm = Uw MDM-server
store-public-roots = de openbare certificeringsinstanties
store-apple-roots = de eigen rootcertificaten van Apple
store-apple-root-flag = de rootcertificaten die met --apple-root zijn opgegeven
store-ca-file = de eigen certificeringsinstantie van de school (--ca-file)
check-mdm-tls = TLS voor iOS { $release }
check-large-hello = { $name }: iOS 26-handshake
problem-mdm-not-url = is geen geldig adres: { $value } (geef https://mdm.school.example of alleen de hostnaam op)
problem-mdm-not-https = moet een https-adres zijn, geen { $scheme }: { $value } (apparaten bereiken hun MDM-server alleen via https)
problem-mdm-no-host = bevat geen hostnaam: { $value }
