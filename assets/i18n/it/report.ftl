# I rapporti (testo, PDF) e il terminale. Termini: ../GLOSSARY.md.

date-time = { $day }/{ $month }/{ $year }, { $hour }:{ $minute } UTC

report-title = Rapporto di Push Check
report-title-site = Rapporto di Push Check — { $site }
report-tested = Verifica eseguita il { $when } su { $os }, durata { $took } s (pushcheck { $version }).
summary-title = Push Check, { $when }
summary-title-site = Push Check — { $site }, { $when }
heading-found = Cosa è emerso
heading-checks = Verifiche
heading-sources = Fonti (regole controllate il { $date })
source-checked = controllato il { $date }
ask-it = Chiedi all'assistenza informatica: { $fix }

group-devices = Dispositivi (iPad, iPhone, Mac)
group-server = Server MDM
group-network = Rete (percorso, DNS, pagina di accesso, orologio)
count-fine = { $count ->
        [one] { $count } a posto
       *[other] { $count } a posto
    }
rows-hosts-port = { $count ->
        [one] { $count } host, porta { $port }
       *[other] { $count } host, porta { $port }
    }
rows-hosts = { $count ->
        [one] { $count } host
       *[other] { $count } host
    }
rows-addresses = { $count ->
        [one] { $count } indirizzo
       *[other] { $count } indirizzi
    }
rows-for-example = per esempio { $detail }
rows-more = { $count ->
        [one] … e un altro
       *[other] … e altri { $count }
    }

outcome-code-ok = ok
outcome-code-refused = rifiutata
outcome-code-timeout = tempo scaduto
outcome-code-reset = chiusa (reset)
outcome-code-unreachable = irraggiungibile
outcome-code-dns-failed = nome non risolto
outcome-code-outside-apple-range = fuori dall'intervallo di Apple
outcome-code-tls-failed = errore TLS
outcome-code-tls-untrusted = certificato non attendibile
outcome-code-cert-expired = certificato scaduto
outcome-code-cert-not-yet-valid = certificato non ancora valido
outcome-code-cert-wrong-name = certificato per un altro nome
outcome-code-unexpected-response = risposta inattesa
outcome-code-proxy-failed = errore del proxy
outcome-code-skipped = saltata

heading-network = La rete di questo computer
network-redacted = Omesso volutamente da questo rapporto (--redact).
network-name = Nome
network-addresses = Indirizzi
network-gateway = Gateway predefinito
network-dns = Server DNS
network-not-found = non trovato
heading-proxy = Impostazioni proxy
proxy-not-read = Le impostazioni proxy non sono state lette (--no-proxy); ogni verifica è andata direttamente ad Apple.
proxy-none = Su questo computer non è configurato alcun proxy.
proxy-used-note = Le verifiche passate da un proxy sono elencate con il suo indirizzo; tutte le altre sono andate direttamente ad Apple.
heading-chains = Certificati delle connessioni non riuscite
chains-none = Nessuna connessione non riuscita ha presentato una catena di certificati.
chains-hosts-more = { $count ->
        [one] { $hosts } e un altro
       *[other] { $hosts } e altri { $count }
    }
chains-unknown = sconosciuto
chains-issued-by = Emesso da: { $issuer }
chains-vendor = Prodotto di filtraggio: { $vendor }
chains-trusted-by = Considerato attendibile da: { $store }
chains-trusted-by-nothing = nessun archivio di certificati di questo computer
chains-certificate = Certificato { $number }: { $subject }

terminal-took = Durata { $took }. Tutte le verifiche: pushcheck check --verbose; il rapporto completo: --output rapporto.txt o --json
terminal-progress = Verifica della rete…
terminal-checks = verifiche
terminal-holding-left = Connessioni inattive con Apple tenute aperte: mancano { $left } (Ctrl-C interrompe e mostra i risultati ottenuti finora)
terminal-holding = Connessioni inattive con Apple tenute aperte per un massimo di { $hold } (le connessioni push restano inattive per 10–15 min)…
terminal-kept = Verifica conservata nella cronologia: { $path }
terminal-written = Rapporto salvato in { $path }
terminal-not-written = il rapporto non è stato salvato ({ $why })
terminal-quiet-not-written = { $untested }: rapporto non salvato ({ $why }); rete: { $word }: { $headline }

history-deleted-all = { $count ->
        [one] Eliminata { $count } verifica conservata
       *[other] Eliminate { $count } verifiche conservate
    } da { $folder }.
history-deleted = { $file } eliminato.
history-none = Ancora nessuna verifica conservata in { $folder }. La finestra conserva ogni verifica; pushcheck check --keep ne conserva una dal terminale.
history-list = Verifiche conservate in { $folder }, dalla più recente:
history-unreadable = illeggibile
history-foreign = estraneo
history-foreign-left = non scritto da Push Check, lasciato com'è
history-compare = Per confrontarne due: pushcheck compare PRECEDENTE.json SUCCESSIVO.json

compare-title = Push Check: cosa è cambiato
compare-comparing = Confronto tra { $old } e { $new }
compare-overall = Esito complessivo
compare-now = Adesso
compare-fixed = Risolti
compare-broken = Nuovi problemi
compare-unchanged = Invariati
compare-none = nessuno
compare-checks = Verifiche cambiate
compare-new-state = nuovo: { $state }
compare-was-state = prima: { $state }
compare-fine = { $total ->
        [one] { $ok } su { $total } a posto
       *[other] { $ok } su { $total } a posto
    }
compare-not-tested = non verificato
compare-dns = Risoluzione di { $host }
compare-port = { $name }, porta { $port }
compare-host-port = { $name } ({ $host }), porta { $port }

pdf-site-not-named = Sede non indicata
pdf-site = Sede: { $site }
pdf-tested = Verifica eseguita il { $when } da un computer { $os } ({ $took } s). Push Check { $version }.
pdf-request = Richiesta all'assistenza informatica
pdf-no-change = Nessuna modifica necessaria: il servizio push di Apple è raggiungibile come Apple richiede.
pdf-also-found = Altri risultati
pdf-every-check = Tutte le verifiche
pdf-every-check-note = Ogni riga è una connessione o una risoluzione di nome tentata da questo computer. Sotto le righe con un esito diverso da OK è indicato cosa è successo.
pdf-column-status = Stato
pdf-column-check = Verifica
pdf-column-target = Host e porta
pdf-column-address = Indirizzo
pdf-column-result = Risultato
pdf-sources = Da dove vengono le regole
pdf-sources-note = Ogni regola applicata da Push Check è stata controllata l'ultima volta con questi documenti il { $date }. Intervalli di indirizzi di Apple usati: { $ranges }.
pdf-page = pagina { $page } di { $pages }

## The school's own MDM server and the handshake of iOS 26

group-mdm = Il tuo server MDM, raggiunto da qui
