# Parole usate da ogni vista. Termini: ../GLOSSARY.md.

list-and = { $rest } e { $last }
duration-seconds = { $s } s
duration-minutes = { $m } min
duration-hours = { $h } h
duration-hours-minutes = { $h } h { $m } min
duration-days = { $d ->
        [one] { $d } giorno
       *[other] { $d } giorni
    }

count-problems = { $count ->
        [one] { $count } problema
       *[other] { $count } problemi
    }
count-warnings = { $count ->
        [one] { $count } avviso
       *[other] { $count } avvisi
    }
count-untested = { $count ->
        [one] { $count } non verificato
       *[other] { $count } non verificati
    }
count-notes = { $count ->
        [one] { $count } nota
       *[other] { $count } note
    }

status-ok = OK
status-info = NOTA
status-warning = AVVISO
status-problem = PROBLEMA
status-untested = NON VERIFICATO

endpoint-courier = Push
endpoint-provider = API provider push
endpoint-legacy-gateway = Gateway push dismesso
endpoint-legacy-feedback = Feedback push dismesso
endpoint-captive = Test pagina di accesso
endpoint-service = Gestione dispositivi
endpoint-time = Server dell'ora
endpoint-revocation = Revoca dei certificati

check-route = Percorso verso la rete di Apple
check-clock = Orologio
check-pac = File PAC ({ $source })
check-hold = Inattività di { $idle }
check-hold-not-tried = Test della connessione inattiva
check-dns = Risoluzione del nome: { $name }

catalog-change-courier = Da iOS/iPadOS 13.4 e macOS 10.15.4 il ripiego sulla porta 443 può passare per un proxy che non decifra il traffico, indicato da un file PAC; secondo le indicazioni precedenti la porta 443 era un ripiego solo su Wi-Fi.
catalog-change-legacy = Apple ha dismesso il vecchio protocollo provider binario (porte 2195 e 2196) il 31 marzo 2021.

check-dns-hosts = { $more ->
        [one] { $first } (e un altro)
       *[other] { $first } (e altri { $more })
    }

problem-resolve = "{ $value }" non è nella forma HOST:ADDR (per esempio api.push.apple.com:17.188.143.34 o *.push.apple.com:[::1])
problem-public-dns = "{ $value }" non è un indirizzo IP (eventualmente con :porta) né "none"
problem-public-dns-none = "none" non si può combinare con indirizzi di resolver
problem-apple-range = "{ $value }" non è un intervallo di indirizzi come 17.0.0.0/8
problem-file = { $path }: { $reason }
problem-timeout = deve essere tra 1 e 300 secondi, non { $value }
problem-hold = deve essere tra 1 e 7200 secondi, non { $value } (900 tiene aperta una connessione quanto serve alle notifiche push: 15 minuti)
problem-tls = impossibile impostare la verifica dei certificati: { $detail }
problem-catalog = { $detail }
problem-catalog-hint = Correggi il file, oppure avvia il programma senza --catalog per usare il catalogo incorporato.

status-line = { $word }: { $title }

# A section's heading ("Fixed:"), with the colon as the language writes it.
heading-section = { $title }:
# A label and its value ("Overall: OK -> PROBLEM").
heading-labelled = { $label }: { $value }

# A day written in a sentence. $month: a month-* message.
date-day = { $day ->
        [1] 1º
       *[other] { $day }
    } { $month } { $year }
month-1 = gennaio
month-2 = febbraio
month-3 = marzo
month-4 = aprile
month-5 = maggio
month-6 = giugno
month-7 = luglio
month-8 = agosto
month-9 = settembre
month-10 = ottobre
month-11 = novembre
month-12 = dicembre

## The school's own MDM server and the handshake of iOS 26

check-mdm = Il tuo server MDM
store-public-roots = le autorità di certificazione pubbliche
store-apple-roots = i certificati radice di Apple
store-apple-root-flag = i certificati radice indicati con --apple-root
store-ca-file = la CA della scuola (--ca-file)
check-mdm-tls = TLS per iOS { $release }
check-large-hello = { $name }: handshake di iOS 26
problem-mdm-not-url = non è un indirizzo valido: { $value } (indica https://mdm.scuola.example o solo il nome host)
problem-mdm-not-https = deve essere un indirizzo https, non { $scheme }: { $value } (i dispositivi raggiungono il server MDM solo tramite https)
problem-mdm-no-host = non contiene un nome host: { $value }
