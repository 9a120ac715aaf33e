# La finestra. Termini: ../GLOSSARY.md.

setting-timeout = Il limite di tempo
setting-catalog = Il catalogo degli endpoint
setting-resolve = La risoluzione manuale dei nomi
setting-apple-range = L'intervallo di indirizzi di Apple
setting-ca-file = Il file di certificato della scuola
setting-apple-root = Il sostituto dei certificati radice di Apple
setting-public-dns = Il server DNS pubblico
setting-hold = La durata del test della connessione inattiva
setting-trust = La verifica dei certificati

about-title = Informazioni su Push Check
about-question = I dispositivi Apple e il server MDM riescono a raggiungere il servizio push di Apple da questa rete?
about-licences = Licenze
about-licence-app = Push Check: MIT OR Apache-2.0.
about-licence-window-fonts = Caratteri della finestra (da egui): Ubuntu Light (Ubuntu Font Licence), Hack (MIT), Noto Emoji (SIL OFL 1.1), emoji-icon-font (MIT).
about-licence-report-fonts = Caratteri dei rapporti: Open Sans Regular e Bold (Apache-2.0).
about-licence-others = Tutti gli altri componenti e le loro licenze: THIRD-PARTY.md, fornito con il programma.
about-checked-on = Le regole sono state controllate l'ultima volta il { $date }.
about-changed-on = Cambiato il { $date }: { $change }
about-no-catalog = Non è stato possibile leggere il catalogo delle regole.

history-back = Indietro
history-title = Cronologia
history-intro = { $count ->
        [one] Qui viene conservata l'ultima verifica fatta da questa finestra, così puoi riguardarla.
       *[other] Qui viene conservata ogni verifica fatta da questa finestra (le ultime { $count }), così puoi riguardarle e confrontarle.
    }
history-empty = Ancora nessuna verifica. Fai clic su «Verifica la mia rete» e ogni risposta verrà conservata qui.
history-reading = Lettura delle verifiche conservate…
history-compare-chosen = Confronta le due selezionate
history-choose-two = Seleziona due verifiche con le caselle
history-delete-all-ask = { $count ->
        [one] Vuoi eliminare { $count } file?
       *[other] Vuoi eliminare tutti i { $count } file?
    }
history-delete-all-yes = Sì, elimina tutto
history-delete-all-no = Conservali
history-delete-all = Elimina tutto
history-runs = { $count ->
        [one] { $count } verifica
       *[other] { $count } verifiche
    }
history-what-changed = Cosa è cambiato
history-choose = Seleziona
history-choose-hover = Seleziona per il confronto
history-open = Apri questa verifica
history-unreadable-file = File illeggibile { $file }: { $why }
history-foreign-file = Non scritto da Push Check, lasciato com'è: { $file }
history-delete = Elimina
history-off = La cronologia è disattivata: non c'è una cartella in cui conservare le verifiche.
history-not-deleted = Non eliminato: { $error }
history-deleted-files = { $count ->
        [one] Eliminato { $count } file.
       *[other] Eliminati { $count } file.
    }
history-not-kept = Non è stato possibile conservare questa verifica nella cronologia: { $error }

window-icon = Icona di Push Check
running-title = Verifica della rete in corso…
running-progress = { $total ->
        [one] { $done } di { $total } verifica
       *[other] { $done } di { $total } verifiche
    }
running-stop = Interrompi
running-holding = Connessioni inattive con Apple tenute aperte per un massimo di { $hold }, per vedere se la rete le chiude: mancano { $left }.
running-holding-note = Le connessioni push restano senza traffico per 10–15 minuti di fila. «Interrompi» termina l'attesa e mostra i risultati ottenuti finora.
running-hold-row = Una connessione con Apple lasciata inattiva per { $idle }, poi verificata

start-question = I dispositivi Apple possono ricevere le notifiche push su questa rete?
start-button = Verifica la mia rete
start-site = Sede / aula:
start-site-hint = per esempio: Biblioteca, 2° piano
start-options = Opzioni
start-what = Verifica che i dispositivi (iPad, Mac) e il server MDM raggiungano il servizio push di Apple: porte 5223 e 443 verso 17.0.0.0/8, ispezione della cifratura, DNS e pagine di accesso Wi-Fi. Richiede pochi secondi.
options-what = Cosa verificare:
options-both = questo dispositivo e il server MDM
options-device = solo questo dispositivo
options-server = solo il server MDM
options-legacy = Il nostro server MDM usa ancora le porte dismesse 2195 e 2196
options-redact = Escludi il nome e gli indirizzi di questo computer dai rapporti salvati
options-language = Lingua:
options-language-system = come il sistema
save-language-same = nella lingua della finestra
options-appearance = Aspetto:
options-appearance-system = come il sistema
options-appearance-light = chiaro
options-appearance-dark = scuro
options-hold = Verifica anche che la rete tenga aperta una connessione inattiva per
options-hold-hover = Le connessioni push restano senza traffico per 10–15 minuti di fila. Alcuni firewall chiudono prima le connessioni inattive, e così le notifiche push smettono di funzionare anche se tutte le verifiche rapide riescono. In questo caso la verifica dura il tempo indicato.
options-timeout = Attendi al massimo

result-ask-it = Cosa chiedere all'assistenza informatica
result-copy-all = Copia tutto
result-copy = Copia
result-copy-hover = Copia questa richiesta negli appunti
result-details = Dettagli
details-devices = Dispositivi (iPad, Mac)
details-dns = DNS
details-network = Rete
details-inspection = Ispezione della cifratura
result-proxy = Proxy
result-proxy-not-read = non letto (--no-proxy)
result-proxy-none = nessuno configurato
result-proxy-found = { $count ->
        [one] { $count } trovato
       *[other] { $count } trovati
    }
result-proxy-used = Le verifiche con un proxy nella colonna «Tramite» sono passate da quel proxy; tutte le altre sono andate direttamente ad Apple.
result-proxy-direct = Ogni verifica qui sopra è andata direttamente ad Apple.
result-pac-file = File PAC { $url }
result-pac-discovered = File PAC { $url }, trovato dal rilevamento automatico
result-pac-unusable = non utilizzabile: { $error }
result-pac-ex = è stata chiamata FindProxyForURLEx, come fanno i servizi di Windows (WinHTTP)
result-pac-answer = { $host }: { $routes }
result-pac-failed = { $host }: errore alla riga { $line } ({ $error })
result-pac-skipped = ignorato, come fanno i browser: { $entry }
result-pac-my-ip = myIpAddress() ha restituito { $address }
result-pac-lookup = ha cercato { $name }: { $addresses }
result-pac-lookup-none = ha cercato { $name }: nessun indirizzo
result-pac-alert = alert: { $message }
result-chart = Tempi di connessione per indirizzo Apple
result-chart-none = Non è stata tentata alcuna connessione.
result-chart-series = tempo di connessione
row-status = Stato
row-outcome = Esito
row-detail = Cosa è successo
row-check = Verifica
row-via = Tramite
row-address-from = Indirizzo ottenuto da
row-answers = Risposte
row-tls-version = Versione TLS
row-issuer = Emittente
row-chain = Catena
row-trusted-by = Considerato attendibile da
row-trusted-by-nothing = nessuno
row-vendor = Prodotto di filtraggio

save-report = Salva il rapporto…
save-copy-summary = Copia il riepilogo
save-test-again = Verifica di nuovo
save-options = Opzioni
save-took = durata { $took } s
save-saving = Salvataggio…
save-saved = Rapporto salvato in { $path }
save-failed = Non salvato: { $error }
save-dialog-title = Salva il rapporto di Push Check
save-filter-pdf = Rapporto PDF
save-filter-json = Rapporto JSON
save-filter-text = Rapporto di testo
copied-requests = Le richieste per l'assistenza informatica sono state copiate negli appunti.
copied-request = La richiesta è stata copiata negli appunti.
copied-summary = Il riepilogo è stato copiato negli appunti.
start-failed = La verifica non è potuta partire: { $error }
start-no-runtime = Impossibile avviare il test di rete: { $error }

window-no-display = Nessuno schermo trovato: Push Check funziona nel terminale invece che in una finestra.
window-cannot-open = Push Check non riesce ad aprire la sua finestra ({ $error }); prosegue nel terminale.
window-cannot-open-windows = Push Check non riesce ad aprire la sua finestra ({ $error }). La stessa verifica si può eseguire in un terminale: pushcheck.exe check
window-refused = { $flags } { $count ->
        [one] non vale
       *[other] non valgono
    } per la finestra; la finestra salva i rapporti con «Salva il rapporto…». Nel terminale usa: pushcheck check { $command }
window-refused-windows = { $flags } { $count ->
        [one] non vale
       *[other] non valgono
    } per la finestra, che salva i rapporti con «Salva il rapporto…». Per un rapporto in un terminale o in uno script, usa pushcheck.exe check { $command }
save-language-hover = La lingua dei rapporti salvati

## The school's own MDM server and the handshake of iOS 26

setting-mdm-server = L'indirizzo del server MDM
start-mdm = Il tuo server MDM (facoltativo):
start-mdm-hint = l'indirizzo che ti ha dato l'assistenza informatica, https://…
start-mdm-hover = In questo caso Push Check verifica anche che questa rete raggiunga il tuo server MDM, che i dispositivi Apple ne accettino il certificato e che il server sia pronto per le regole TLS più severe di Apple per iOS 27.
details-mdm = Il tuo server MDM
details-mdm-note = Come lo raggiunge questo computer; la rete Wi-Fi usata dagli iPad può comportarsi diversamente. Se l'MDM è in cloud, il server è del fornitore: le modifiche vanno chieste a lui.
details-large-hello = L'handshake TLS di iOS 26
details-large-hello-note = iOS, iPadOS e macOS 26 avviano le connessioni sicure con un messaggio più grande, post-quantistico; alcuni firewall lo scartano.
