# I rapporti (testo, PDF) e il terminale. Termini: ../GLOSSARY.md.

date-time = { $day }/{ $month }/{ $year }, { $hour }:{ $minute } UTC

report-title = Rapporto di Push Check
report-title-site = Rapporto di Push Check — { $site }
report-tested = Verificato il { $when } su { $os }, durata { $took } s (pushcheck { $version }).
summary-title = Push Check, { $when }
summary-title-site = Push Check — { $site }, { $when }
heading-found = Cosa è emerso
heading-checks = Verifiche
heading-sources = Fonti (regole controllate il { $date })
source-checked = controllato il { $date }
ask-it = Chiedere all'IT: { $fix }

group-devices = Dispositivi (iPad, iPhone, Mac)
group-server = Server MDM
group-network = Rete (percorso, DNS, pagina di accesso, orologio)
count-fine = { $count } a posto
rows-hosts-port = { $count } host, porta { $port }
rows-hosts = { $count } host
rows-addresses = { $count } indirizzi
rows-for-example = per esempio { $detail }
rows-more = … e altri { $count }

outcome-code-ok = ok
outcome-code-refused = rifiutata
outcome-code-timeout = tempo scaduto
outcome-code-reset = reimpostata
outcome-code-unreachable = irraggiungibile
outcome-code-dns-failed = DNS non riuscito
outcome-code-outside-apple-range = fuori dall'intervallo di Apple
outcome-code-tls-failed = TLS non riuscito
outcome-code-tls-untrusted = TLS non attendibile
outcome-code-cert-expired = certificato scaduto
outcome-code-cert-not-yet-valid = certificato non ancora valido
outcome-code-cert-wrong-name = certificato per un altro nome
outcome-code-unexpected-response = risposta inattesa
outcome-code-proxy-failed = proxy non riuscito
outcome-code-skipped = saltata

heading-network = La rete di questo computer
network-redacted = Omesso di proposito da questo rapporto (--redact).
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
chains-hosts-more = { $hosts } e altri { $count }
chains-unknown = sconosciuto
chains-issued-by = Emesso da: { $issuer }
chains-vendor = Prodotto di filtraggio: { $vendor }
chains-trusted-by = Considerato attendibile da: { $store }
chains-trusted-by-nothing = nulla di cui questo computer si fidi
chains-certificate = Certificato { $number }: { $subject }

terminal-took = Durata { $took }. Tutte le verifiche: pushcheck check --verbose; il rapporto completo: --output rapporto.txt o --json
terminal-progress = Verifica della rete…
terminal-checks = verifiche
terminal-holding-left = Connessioni inattive con Apple tenute aperte: restano { $left } (Ctrl-C interrompe e riporta ciò che si sa)
terminal-holding = Connessioni inattive con Apple tenute aperte fino a { $hold } (le connessioni push restano inattive 10–15 min)…
terminal-kept = Verifica conservata nella cronologia: { $path }
terminal-written = Rapporto scritto: { $path }
terminal-not-written = il rapporto non è stato scritto ({ $why })
terminal-quiet-not-written = { $untested }: rapporto non scritto ({ $why }); rete: { $word }: { $headline }

history-deleted-all = { $count ->
        [one] Eliminata { $count } verifica conservata
       *[other] Eliminate { $count } verifiche conservate
    } da { $folder }.
history-deleted = { $file } eliminato.
history-none = Nessuna verifica ancora conservata in { $folder }. La finestra conserva ogni verifica; pushcheck check --keep ne conserva una dal terminale.
history-list = Verifiche conservate in { $folder }, dalla più recente:
history-unreadable = illeggibile
history-foreign = estraneo
history-foreign-left = non scritto da Push Check, lasciato com'è
history-compare = Confrontarne due con: pushcheck compare PRECEDENTE.json SUCCESSIVO.json

compare-title = Push Check: cosa è cambiato
compare-comparing = Confronto tra { $old } e { $new }
compare-overall = Complessivo
compare-now = Ora
compare-fixed = Risolto
compare-broken = Nuovo guasto
compare-unchanged = Invariato
compare-none = nessuno
compare-checks = Verifiche cambiate
compare-new-state = nuovo: { $state }
compare-was-state = prima: { $state }
compare-fine = { $ok } su { $total } a posto
compare-not-tested = non verificato
compare-dns = Risoluzione di { $host }
compare-port = { $name }, porta { $port }
compare-host-port = { $name } ({ $host }), porta { $port }

pdf-site-not-named = Sede non indicata
pdf-site = Sede: { $site }
pdf-tested = Verificato il { $when } da un computer { $os } ({ $took } s). Push Check { $version }.
pdf-request = Richiesta per l'IT
pdf-no-change = Nessuna modifica necessaria: il servizio push di Apple è raggiungibile come Apple richiede.
pdf-also-found = Emerso anche
pdf-every-check = Tutte le verifiche
pdf-every-check-note = Ogni riga è una connessione o una ricerca tentata da questo computer. Sotto le righe non a posto c'è cosa è successo.
pdf-column-status = Stato
pdf-column-check = Verifica
pdf-column-target = Host e porta
pdf-column-address = Indirizzo
pdf-column-result = Risultato
pdf-sources = Da dove vengono le regole
pdf-sources-note = Ogni regola applicata da Push Check è stata controllata l'ultima volta con questi documenti il { $date }. Intervalli di indirizzi di Apple usati: { $ranges }.
pdf-page = pagina { $page } di { $pages }
