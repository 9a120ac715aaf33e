# Risultati: cosa ha concluso la diagnosi, in parole semplici, con cosa chiedere all'assistenza informatica.
# Registro: "tu" ovunque (come iPadOS/macOS e gli articoli di supporto Apple in italiano).
# Le variabili contengono porte, intervalli, nomi host e nomi di prodotti: non tradurle mai.
# Termini: ../GLOSSARY.md.

finding-stopped-title = La verifica è stata interrotta prima della fine.
finding-stopped-explanation = Quanto segue non è una risposta completa. Ripeti la verifica e lasciala arrivare alla fine (bastano pochi secondi).
headline-nothing-tested = Non è stato possibile verificare nulla.

ranges-rule = { $v4 } (Apple)
ranges-rule-with-v6 = { $v4 } (Apple; per IPv6 { $v6 })
# Esiti (outcome-*): le frasi italiane li fanno seguire a "le connessioni/le richieste … sono state"
# anche quando $subject è port/ports/addresses (in italiano una porta non viene "rifiutata"),
# quindi: connection = femminile singolare; hosts = sintagma nominale tra parentesi dopo
# "non è stato possibile raggiungere …"; tutti gli altri = femminile plurale.
outcome-answered-not-apple = { $subject ->
        [connection] gestita da qualcosa che non è Apple
        [hosts] risposta da qualcosa che non è Apple
       *[other] gestite da qualcosa che non è Apple
    }
outcome-broken-tls = { $subject ->
        [connection] interrotta durante la negoziazione della cifratura
        [hosts] errore durante la negoziazione della cifratura
       *[other] interrotte durante la negoziazione della cifratura
    }
outcome-failed = { $subject ->
        [connection] interrotta da un errore
        [hosts] errore di connessione
       *[other] interrotte da un errore
    }
outcome-not-in-dns = { $subject ->
        [connection] impedita dal DNS (nome non trovato)
        [hosts] nome non trovato nel DNS
       *[other] impedite dal DNS (nome non trovato)
    }
outcome-refused = { $subject ->
        [connection] rifiutata
        [hosts] connessione rifiutata
       *[other] rifiutate
    }
outcome-reset = { $subject ->
        [connection] chiusa con un reset
        [hosts] connessione chiusa con un reset
       *[other] chiuse con un reset
    }
outcome-silently-dropped = { $subject ->
        [connection] scartata senza risposta
        [hosts] nessuna risposta
       *[other] scartate senza risposta
    }
outcome-unreachable = { $subject ->
        [connection] segnalata come irraggiungibile
        [hosts] destinazione irraggiungibile
       *[other] segnalate come irraggiungibili
    }

finding-proxy-only-title = Qui il servizio push di Apple è raggiungibile solo tramite il proxy.
finding-proxy-only-explanation = Le connessioni dirette verso Apple { $count ->
        [one] sulla porta { $ports }
       *[other] sulle porte { $ports }
    } sono state { $outcomes }, ma un tunnel attraverso il proxy { $proxy } verso Apple sulla porta { $tunnel } ha funzionato. iPad e Mac con iPadOS 13.4 / macOS 10.15.4 o versioni successive possono usare un proxy per il ripiego sulla porta { $tunnel } solo se è indicato in un file PAC e non decifra il traffico; la porta { $primary } e i dispositivi più vecchi non possono usare alcun proxy, quindi le notifiche push restano lente e inaffidabili.
finding-proxy-only-fix = Consenti TCP { $ports } in uscita dalle reti dei dispositivi verso { $range } direttamente, non tramite il proxy. Nel frattempo, distribuisci ai dispositivi un file PAC che mandi *.push.apple.com al proxy, senza ispezione SSL per questo traffico.
finding-ports-blocked-title = Qui iPad e Mac non riescono a raggiungere il servizio push di Apple.
finding-ports-blocked-explanation = Le connessioni { $count ->
        [one] sulla porta { $ports }
       *[other] sulle porte { $ports }
    } sono state { $outcomes } verso tutti gli indirizzi Apple provati. I dispositivi non riceveranno comandi MDM né notifiche.
finding-ports-blocked-fix = Consenti TCP { $ports } in uscita dalle reti dei dispositivi verso { $range }. Non serve alcuna regola in entrata.
finding-fallback-only-title = La porta { $primary } è bloccata, quindi i dispositivi Apple ripiegano sulla porta { $fallback }, più lenta e meno affidabile.
finding-fallback-only-explanation = I dispositivi provano prima la porta { $primary } e solo dopo il ripiego; le notifiche arrivano in ritardo, e i dispositivi che non possono usare il ripiego (quelli più vecchi, o quelli per cui il ripiego passa da un proxy) non ne ricevono affatto. Le connessioni sulla porta { $primary } sono state { $outcomes }.
finding-fallback-blocked-title = La porta di ripiego { $fallback } verso Apple è bloccata; i dispositivi dipendono solo dalla porta { $primary }.
finding-fallback-blocked-explanation = La porta { $primary } funziona, ma le connessioni sulla porta di ripiego { $fallback } sono state { $outcomes }. Quando la { $primary } non è disponibile (per esempio in alcune reti per ospiti o di hotel), i dispositivi non hanno alternative.
finding-fallback-blocked-fix = Consenti TCP { $fallback } in uscita dalle reti dei dispositivi verso { $range }.
finding-partial-allowlist-title = Solo alcuni server push di Apple sono consentiti, quindi le notifiche push funzioneranno a intermittenza.
finding-partial-allowlist-explanation = { $count ->
        [one] Sulla porta { $ports }
       *[other] Sulle porte { $ports }
    } alcuni indirizzi Apple hanno funzionato, mentre le connessioni verso altri sono state { $outcomes } ({ $addresses }). Apple sposta i dispositivi tra molti indirizzi, quindi una regola del firewall che elenca singoli indirizzi blocca le notifiche push in modo imprevedibile.
finding-partial-allowlist-fix = Sostituisci le regole per singoli indirizzi con l'intero intervallo: consenti TCP { $ports } in uscita dalle reti dei dispositivi verso { $range }.

finding-provider-not-apple = ha risposto invece qualcosa che non è Apple ({ $detail })
finding-provider-connection-was = la connessione è stata { $outcomes }
finding-provider-blocked-title = Il server MDM non può inviare notifiche push ad Apple.
finding-provider-blocked-explanation = Il server MDM invia ogni notifica push all'API provider di Apple ({ $host }, { $count ->
        [one] porta
       *[other] porte
    } { $ports }); { $what }.
finding-provider-blocked-fix = Consenti TCP { $ports } in uscita dal server MDM verso { $range }, direttamente e senza ispezione SSL.
finding-provider-port-title = Il server MDM raggiunge Apple sulla porta { $good } ma non sulla porta { $bad }.
finding-provider-port-explanation = Sulla porta { $bad } { $what }. Va bene se il server MDM usa la porta { $good }; se è configurato per usare la { $bad }, le sue notifiche non arrivano.
finding-provider-port-fix = Consenti TCP { $bad } in uscita dal server MDM verso { $range }.
finding-apple-busy-title = L'API provider di Apple ha risposto, ma era sovraccarica ({ $status } { $reason }).
finding-apple-busy-explanation = Il percorso da qui ad Apple funziona: il server di Apple ha risposto alla richiesta del server MDM, ma ha segnalato di essere sovraccarico o in errore in questo momento. Il problema è di Apple, non di questa rete; le notifiche possono arrivare in ritardo finché il servizio non torna alla normalità.
finding-apple-busy-fix = Su questa rete non c'è niente da cambiare. Se il problema continua, controlla il servizio push nella pagina Stato del sistema di Apple e ripeti la verifica più tardi.

finding-no-network-title = Questo computer non è collegato a nessuna rete.
finding-no-network-explanation = Da qui non c'è alcun percorso verso Internet, quindi non è stato possibile verificare nulla. Controlla il Wi-Fi o il cavo, poi ripeti la verifica.
finding-no-network-fix = Collega questo computer alla rete da verificare (Wi-Fi o cavo) e assicurati che ottenga un indirizzo e un gateway predefinito.
finding-dns-broken-title = Questa rete non riesce a risolvere i nomi dei server di Apple (il DNS non funziona).
finding-dns-broken-explanation = Nessun nome di Apple è stato risolto in un indirizzo ({ $hosts }), quindi i dispositivi non trovano il servizio push di Apple. Non è stato possibile eseguire le verifiche di connessione che { $count ->
        [one] richiedono quel nome.
       *[other] richiedono quei nomi.
    }
finding-dns-broken-fix = Assicurati che i dispositivi di questa rete ricevano (via DHCP) un server DNS funzionante che risolva nomi pubblici come 1-courier.push.apple.com e api.push.apple.com.
finding-dns-filtered-title = Il DNS di questa rete nasconde i server push di Apple.
finding-dns-filtered-explanation = Il server DNS della rete non fornisce alcun indirizzo per { $hosts }, mentre un server DNS pubblico sì. Con ogni probabilità un filtro DNS blocca i nomi di Apple.
finding-dns-filtered-fix = Consenti *.push.apple.com (e *.apple.com) nel filtro DNS, in modo che il server DNS della rete risponda per i nomi di Apple come qualsiasi resolver pubblico.
finding-dns-some-title = Questa rete non riesce a risolvere i nomi di alcuni server push di Apple.
finding-dns-some-explanation = { $count ->
        [one] Il nome { $hosts } non è stato risolto, quindi non è stato possibile eseguire le verifiche che lo riguardano.
       *[other] I nomi { $hosts } non sono stati risolti, quindi non è stato possibile eseguire le verifiche che li riguardano.
    }
finding-dns-some-fix = Assicurati che il server DNS della rete risolva *.push.apple.com e captive.apple.com; controlla che eventuali filtri DNS non blocchino nomi di Apple.
finding-dns-outside-title = Il DNS di questa rete indirizza i nomi dei server push di Apple verso indirizzi sbagliati.
finding-dns-outside-explanation-rewritten = I server push di Apple si trovano sempre in { $range }, ma il DNS di questa rete ha risposto per { $hosts } con indirizzi esterni a questo intervallo. Un server DNS pubblico ha fornito i veri indirizzi di Apple, quindi un filtro DNS o un reindirizzamento su questa rete sta riscrivendo le risposte.
finding-dns-outside-explanation = I server push di Apple si trovano sempre in { $range }, ma il DNS di questa rete ha risposto per { $hosts } con indirizzi esterni a questo intervallo. La causa probabile è un filtro DNS, un reindirizzamento o una voce DNS locale obsoleta.
finding-dns-outside-fix = Disattiva la riscrittura o il reindirizzamento di *.push.apple.com nel filtro DNS (e rimuovi eventuali voci DNS locali per i nomi di Apple), in modo che si risolvano negli indirizzi di Apple.
finding-dns-partial-title = Alcuni nomi dei server push di Apple non si risolvono su questa rete.
finding-dns-partial-explanation = { $failed ->
        [one] { $failed } dei { $asked } nomi numerati dei server push non ha ottenuto
       *[other] { $failed } dei { $asked } nomi numerati dei server push non hanno ottenuto
    } un indirizzo dal DNS di questa rete ({ $names }). Apple assegna ogni dispositivo a uno di questi nomi: i dispositivi assegnati a un nome mancante non possono collegarsi, mentre gli altri funzionano.
finding-dns-partial-fix = Assicurati che il server DNS della rete risolva tutti i nomi *.push.apple.com (da 1-courier.push.apple.com a 50-courier.push.apple.com); nei filtri DNS consenti l'intero dominio invece dei singoli nomi.
finding-captive-title = Una pagina di accesso Wi-Fi intercetta il traffico.
finding-captive-explanation = La pagina di prova di Apple è stata intercettata: al suo posto ha risposto qualcos'altro ({ $detail }). Finché qualcuno non effettua l'accesso, iPad e Mac su questa rete non raggiungono Apple. Altri errori riportati qui sotto possono esserne semplicemente una conseguenza.
finding-captive-fix = Escludi i dispositivi Apple (oppure captive.apple.com e *.push.apple.com) dalla pagina di accesso Wi-Fi, o usa per i dispositivi gestiti una rete che non ce l'abbia.
captive-redirect = risposta HTTP { $status }, che reindirizza il browser a { $location } invece che alla pagina di Apple
captive-page = risposta HTTP { $status } con una pagina che non è di Apple ("{ $body }")
captive-not-http = la risposta non è HTTP: "{ $text }"
finding-unknown-issuer = un emittente sconosciuto
finding-interception-vendor = { $vendor } (emittente del certificato "{ $issuer }")
finding-interception-device = un apparato di rete (emittente del certificato "{ $issuer }")
finding-interception-title = La rete decifra il traffico di Apple, e così le notifiche push non funzionano.
finding-interception-explanation = Le connessioni verso { $hosts } hanno ricevuto in risposta un certificato di { $who }, non quello di Apple. I servizi di Apple rifiutano le connessioni ispezionate in questo modo (ispezione SSL/TLS).
finding-interception-fix = Escludi *.push.apple.com, *.apple.com e { $ranges } dall'ispezione SSL/TLS (decifratura) sul firewall o sul filtro web.
finding-wrong-server-title = Al posto di quello di Apple risponde un altro server, quindi i dispositivi non possono collegarsi.
finding-wrong-server-explanation = Le connessioni verso { $hosts } hanno ricevuto un certificato valido, ma per un altro nome: non è il server di Apple e non è una decifratura, ma qualcos'altro a quell'indirizzo, come la pagina di blocco di un firewall o una risposta DNS sbagliata.
finding-wrong-server-fix = Controlla sul firewall o sul filtro web eventuali blocchi o reindirizzamenti per *.push.apple.com e *.apple.com, e sul DNS eventuali risposte sbagliate per i nomi di Apple: i nomi di Apple devono portare ai server di Apple.

finding-service-blocked-title = Alcuni servizi Apple necessari ai dispositivi gestiti sono bloccati.
finding-service-hosts-among = { $count ->
        [one] { $count } host Apple: { $some }
       *[other] { $count } host Apple, tra cui { $some }
    }
finding-service-blocked-explanation = Le notifiche push possono funzionare, ma registrazione, attivazione, aggiornamenti o verifiche dei certificati possono non riuscire: non è stato possibile raggiungere { $hosts } ({ $outcomes }).
finding-service-blocked-fix = { $count ->
        [one] Consenti le connessioni in uscita dalle reti dei dispositivi verso { $hosts }. Questo host può essere servito da reti di distribuzione dei contenuti (CDN) al di fuori degli intervalli di Apple: consentilo per nome.
       *[other] Consenti le connessioni in uscita dalle reti dei dispositivi verso { $hosts }. Questi host possono essere serviti da reti di distribuzione dei contenuti (CDN) al di fuori degli intervalli di Apple: consentili per nome.
    }
finding-legacy-needed-title = Le vecchie porte push 2195 e 2196 del server MDM sono chiuse.
finding-legacy-needed-explanation = Hai indicato che questo server MDM usa ancora il vecchio protocollo push binario di Apple. Apple ha dismesso quel protocollo il 31 marzo 2021, quindi non funziona più, nemmeno con le porte aperte: il server deve passare all'API provider HTTP/2 (porta 443 o 2197).
finding-legacy-needed-fix = Aggiorna il server MDM all'API provider HTTP/2 di Apple (TCP 443 o 2197 verso { $range }). Nel frattempo, consenti TCP 2195 e 2196 in uscita dal server MDM verso { $range }.
finding-legacy-retired-title = Le porte 2195 e 2196 sono chiuse, e va bene così: Apple le ha dismesse nel 2021.
finding-legacy-retired-explanation = Guide meno recenti chiedono di aprire le porte 2195 e 2196 per il server MDM. Apple ha dismesso quel protocollo il 31 marzo 2021; i server MDM attuali usano invece la porta 443 o la 2197, entrambe verificate sopra.
finding-untested-title = Push Check non è riuscito a verificare questa rete.
finding-untested-explanation = Non è stato possibile tentare alcuna connessione verso Apple, quindi non c'è ancora una risposta. Ripeti la verifica; se il problema si ripresenta, invia il rapporto all'assistenza informatica.
finding-all-clear-title = I dispositivi Apple possono ricevere notifiche push su questa rete.
finding-all-clear-explanation = I dispositivi raggiungono il servizio push di Apple sulle porte richieste da Apple, il server MDM raggiunge l'API provider di Apple e niente lungo il percorso decifra o reindirizza il traffico ({ $passed ->
        [one] { $passed } verifica superata
       *[other] { $passed } verifiche superate
    }).{ $hold }
finding-all-clear-devices-title = I dispositivi Apple su questa rete raggiungono il servizio push di Apple.
finding-all-clear-devices-explanation = I dispositivi raggiungono il servizio push di Apple sulle porte richieste da Apple e niente lungo il percorso decifra o reindirizza il traffico ({ $passed ->
        [one] { $passed } verifica superata
       *[other] { $passed } verifiche superate
    }).{ $hold } La connessione del server MDM con Apple non è stata verificata qui: per questo, esegui la verifica sul server MDM.
finding-all-clear-server-title = Questo server MDM può inviare notifiche push ad Apple.
finding-all-clear-server-explanation = Il server MDM raggiunge l'API provider di Apple e niente lungo il percorso decifra o reindirizza il traffico ({ $passed ->
        [one] { $passed } verifica superata
       *[other] { $passed } verifiche superate
    }).{ $hold } Qui non è stato verificato se i dispositivi raggiungono Apple: per questo, esegui la verifica sulla rete dei dispositivi.
finding-internal-title = Un errore interno di Push Check ha impedito alcune verifiche.
finding-internal-explanation = { $count ->
        [one] Una verifica non è stata eseguita
       *[other] { $count } verifiche non sono state eseguite
    } a causa di un errore di Push Check stesso ({ $message }), non della rete. I risultati delle altre verifiche restano validi. Invia questo rapporto agli sviluppatori di Push Check.

hold-kept = Inoltre una connessione inattiva con Apple è rimasta aperta per { $idle }.
hold-too-short = Le connessioni push restano inattive per 10–15 minuti, quindi solo un test di inattività di almeno 15 minuti dimostra che la rete le tiene aperte così a lungo.
hold-closed-by-apple = Il server di Apple ha chiuso dopo { $after } la connessione tenuta aperta, quindi non è stato possibile verificare periodi di inattività più lunghi.
idle-cut-off = è stata interrotta dopo { $after }
idle-no-answer = è rimasta inattiva per { $after } e poi non ha più ricevuto alcuna risposta
idle-survived = , mentre un'altra inattiva per { $idle } funzionava ancora
idle-path-firewall = Un firewall o un NAT
idle-path-proxy = Il proxy ({ $proxy }) o un firewall dietro di esso
finding-idle-missed-title = La rete scarta le connessioni inattive entro { $within }, quindi alcune notifiche push andranno perse.
finding-idle-delayed-title = La rete scarta le connessioni inattive entro { $within }, e questo può ritardare le notifiche push.
finding-idle-explanation = I dispositivi Apple tengono aperta una connessione con il servizio push di Apple, che può restare senza traffico per 10–15 minuti di fila. Una connessione di prova con Apple ({ $host }) { $how }{ $survived }. { $path } lungo il percorso scarta troppo presto le connessioni inattive: i dispositivi perdono le notifiche finché non se ne accorgono e si ricollegano, anche se tutte le verifiche rapide riescono.
finding-idle-fix = Porta il timeout di inattività TCP (di sessione) per le connessioni verso { $range } sulle porte 5223, 443 e 2197 ad almeno { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    } (meglio 60) su ogni firewall, NAT e proxy tra questa rete e Internet. Attualmente le connessioni inattive vengono scartate entro { $within }.
hold-why-closed = il server di Apple ha chiuso tutte le connessioni tenute aperte prima della fine del periodo di inattività, quindi non c'era nulla da misurare
hold-why-not-tried = nessuna connessione con l'API provider di Apple ha funzionato, quindi non ce n'era nessuna da tenere aperta
hold-why-not-opened = non è stato possibile aprire le connessioni da tenere aperte
hold-why-not-opened-detail = non è stato possibile aprire le connessioni da tenere aperte ({ $detail })
finding-hold-untested-title = Il test della connessione inattiva non è potuto partire, quindi non si sa se la rete tenga aperte le connessioni inattive.
finding-hold-untested-explanation = Hai chiesto il test della connessione inattiva, ma { $why }. Tutto il resto è stato verificato; solo questa parte non ha ancora una risposta. Ripetilo più tardi; se il problema si ripresenta, invia il rapporto all'assistenza informatica.

finding-clock-fix = Imposta l'orologio automaticamente: consenti UDP 123 in uscita verso time.apple.com (o verso il server dell'ora della rete) e attiva data e ora automatiche.
finding-clock-seems-wrong-title = L'orologio di questo computer sembra sbagliato, quindi i certificati di Apple gli risultano non validi.
finding-clock-seems-wrong-explanation = Le connessioni sicure con Apple sono fallite solo perché da qui i loro certificati sembravano scaduti o non ancora validi. Succede quando la data di questo computer è sbagliata, non quando la rete blocca qualcosa.
finding-clock-ahead-title = L'orologio di questo computer è avanti di { $off }, e questo fa fallire le connessioni sicure con Apple.
finding-clock-behind-title = L'orologio di questo computer è indietro di { $off }, e questo fa fallire le connessioni sicure con Apple.
finding-clock-explanation = L'ora indicata dal server di Apple ({ $host }) differisce di { $off } da quella di questo computer. I certificati e i token push del server MDM vengono accettati solo se l'orologio è corretto.{ $also }
clock-certificates = È anche il motivo per cui qui le connessioni sicure con Apple non hanno superato la verifica dei certificati: la causa non è la rete.
clock-ahead = avanti di { $off }
clock-behind = indietro di { $off }
clock-two-opinions = Le due misure non coincidono: secondo il server dell'ora di Apple l'orologio di questo computer è { $ntp }, secondo { $host } è { $date }.
finding-ntp-title = Il server dell'ora di Apple non è raggiungibile, quindi gli orologi dei dispositivi possono perdere la sincronizzazione.
finding-ntp-explanation = I dispositivi regolano l'orologio con { $host } tramite la porta UDP 123, ma qui le richieste sono state { $outcomes }. Se l'orologio si sposta troppo, ogni connessione sicura con Apple fallisce, notifiche push comprese.
finding-ntp-fix = Consenti UDP 123 in uscita dalle reti dei dispositivi verso { $host } (oppure distribuisci ai dispositivi il server dell'ora della rete via DHCP).

proxy-found-in = { $source } ({ $setting })
proxy-source-environment = variabili d'ambiente
proxy-source-gnome = impostazioni di GNOME
proxy-source-kde = impostazioni di KDE
proxy-source-macos = impostazioni di rete di macOS
proxy-source-wininet = Opzioni Internet di Windows (browser)
proxy-source-winhttp = WinHTTP di Windows (servizi)
proxy-exempt = Gli host push di Apple ne sono esclusi, come chiede Apple.
proxy-not-exempt = Gli host push di Apple non ne sono esclusi, quindi le app e i servizi che seguono queste impostazioni mandano il traffico di Apple tramite il proxy.
proxy-pac-unusable = Non è stato possibile usare il file PAC ({ $detail }).
finding-proxy-bypassed-title = Su questo computer è impostato un proxy, ma il traffico push di Apple non passa dal proxy.
finding-proxy-not-exempt-title = Su questo computer è impostato un proxy e il traffico push di Apple non ne è escluso.
finding-proxy-explanation = Impostazione trovata in { $sources }. { $state }{ $pac } I dispositivi Apple usano la porta 5223 direttamente e possono usare un proxy solo per il ripiego sulla porta 443, solo se non decifra il traffico, e solo da iOS/iPadOS 13.4 e macOS 10.15.4 quando è indicato in un file PAC. Questa versione di Push Check ha verificato tutte le connessioni in modo diretto.
finding-proxy-fix = Escludi *.push.apple.com e { $ranges } dal proxy (elenco delle eccezioni, o DIRECT nel file PAC) e consentili direttamente attraverso il firewall.

finding-ipv6-title = Qui i server di Apple rispondono via IPv6, ma le connessioni IPv6 falliscono.
finding-ipv6-explanation = I nomi di Apple si risolvono in indirizzi IPv6, ma tutte le connessioni IPv6 sono state { $outcomes }, mentre IPv4 funziona. I dispositivi preferiscono IPv6 e perdono tempo a ripiegare su IPv4, oppure non funzionano affatto sulle reti solo IPv6.
finding-ipv6-fix = Consenti IPv6 in uscita verso Apple ({ $ranges }) sulle stesse porte di IPv4, oppure smetti di distribuire IPv6 su questa rete.
finding-ipv4-title = Qui i server di Apple sono raggiungibili solo via IPv6; le connessioni IPv4 falliscono.
finding-ipv4-explanation = Tutte le connessioni IPv4 verso Apple sono state { $outcomes }, mentre IPv6 funziona. I dispositivi e i server MDM senza IPv6 (e le reti che non lo distribuiscono) non raggiungono il servizio push di Apple.
finding-ipv4-fix = Consenti IPv4 in uscita verso Apple ({ $ranges }) sulle stesse porte di IPv6.

## Una sola famiglia di indirizzi (informazione)

finding-ipv6-unavailable-title = Questo computer non ha IPv6 su questa rete; qui i dispositivi Apple usano IPv4.
finding-ipv6-unavailable-explanation = I server push di Apple hanno anche indirizzi IPv6, ma questo computer non ha un percorso verso di essi, quindi è stato verificato solo IPv4. Su una rete senza IPv6 anche i dispositivi Apple usano IPv4. Non c'è niente da cambiare.
finding-ipv4-unavailable-title = Questo computer non ha IPv4 su questa rete; qui i dispositivi Apple usano IPv6.
finding-ipv4-unavailable-explanation = Questo computer non ha un percorso verso gli indirizzi IPv4 di Apple, quindi è stato verificato solo IPv6. Su una rete solo IPv6 anche i dispositivi Apple usano IPv6.{ $nat64 } Non c'è niente da cambiare.
finding-ipv4-unavailable-nat64 = I server IPv4 di Apple vengono raggiunti tramite il gateway NAT64 della rete (per esempio { $example }).

## Rilevamento automatico del proxy che non trova niente

finding-proxy-detect-nothing-title = Il rilevamento automatico del proxy è attivo ma qui non trova alcun proxy, quindi il traffico verso Apple va diretto.
finding-proxy-detect-nothing-explanation = Impostazione trovata in { $sources }.{ $pac } Per questo i browser e i dispositivi Apple di questa rete si collegano direttamente, come richiede il servizio push di Apple. Non c'è niente da cambiare.
proxy-wpad-nothing = Il rilevamento automatico del proxy (WPAD) è attivo, ma non ha trovato alcun file PAC ({ $why }).
proxy-wpad-why-no-domain = questo computer non ha un dominio di ricerca DNS in cui cercare
proxy-wpad-why-not-resolved = { $url } non viene risolto
proxy-wpad-why-no-answer = a { $url } non risponde niente
proxy-wpad-why-status = { $url } ha risposto HTTP { $status }

## The school's own MDM server and the handshake of iOS 26

finding-mdm-unreachable-title = Questa rete non raggiunge il server MDM { $host }.
finding-mdm-unreachable-explanation = { $step ->
        [dns] Qui il nome { $host } non viene risolto dal DNS.
        [connect] La connessione verso { $host } sulla porta { $port } è stata { $outcomes }.
        [tls] Il server { $host } ha accettato la connessione, ma la negoziazione della cifratura non è riuscita: qualcosa lungo il percorso la blocca o la altera.
       *[http] Il server { $host } ha completato la negoziazione della cifratura, ma poi non ha risposto.
    } Da questa rete i dispositivi non possono registrarsi sul server né contattarlo per ricevere comandi. Si tratta di { $where }. Il risultato vale per il percorso di rete di questo computer; la rete Wi-Fi usata dagli iPad può comportarsi diversamente.
finding-mdm-unreachable-fix = { $step ->
        [dns] Assicurati che il DNS delle reti dei dispositivi risolva { $host }; se è un servizio cloud, verifica l'indirizzo con il fornitore MDM.
        [connect] Consenti TCP { $port } in uscita dalle reti dei dispositivi verso { $host } ({ $address }).
        [tls] Escludi { $host } dall'ispezione SSL/TLS e lascia passare il suo traffico senza modifiche.
       *[http] Il fornitore MDM (o chi gestisce { $host }) deve controllare il server: accetta le connessioni ma non risponde.
    }
mdm-where-inside = un server all'interno della tua rete (indirizzo privato)
mdm-where-cloud = un servizio su Internet (indirizzo pubblico), quindi gestito dal fornitore MDM
mdm-where-unknown = un server di cui non è stato possibile stabilire se l'indirizzo sia privato o pubblico
finding-mdm-untrusted-title = I dispositivi Apple rifiutano il certificato del server MDM { $host }.
finding-mdm-untrusted-explanation = Prima di registrarsi o di contattare un server, i dispositivi ne controllano il certificato, e questo certificato viola le regole di Apple: { $reasons }. I dispositivi Apple applicano queste regole da iOS 13 e macOS 10.15, quindi già oggi non riescono a collegarsi, qualunque sia la loro versione.
finding-mdm-untrusted-fix = Il fornitore MDM (o chi gestisce { $host }) deve installare un certificato che i dispositivi Apple considerino attendibile: emesso da un'autorità di certificazione pubblica o dalla CA radice della scuola installata sui dispositivi, intestato a { $host }, con una chiave RSA di almeno { $rsa } bit (o una chiave ECDSA di 256 bit), firmato con SHA-256, con lo scopo "autenticazione server" e valido per non più di { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    }.
cert-reason-untrusted = è stato emesso da "{ $issuer }", che i dispositivi non considerano attendibile
cert-reason-expired = è scaduto (oppure l'orologio di questo computer è sbagliato)
cert-reason-not-yet-valid = non è ancora valido (oppure l'orologio di questo computer è sbagliato)
cert-reason-name = non contiene il nome { $host }
cert-reason-rsa = ha una chiave RSA di soli { $bits } bit (ne servono almeno { $min })
cert-reason-sha1 = usa una firma SHA-1
cert-reason-md5 = usa una firma MD5
cert-reason-server-auth = non ha lo scopo "autenticazione server", obbligatorio per i certificati emessi dopo il { $date }
cert-reason-lifetime = ha una validità di { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    }, mentre i certificati emessi dopo il { $date } possono averne al massimo { $max }
cert-reason-public-lifetime = ha una validità di { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    }, mentre i certificati pubblicamente attendibili emessi dopo il { $date } possono averne al massimo { $max }
cert-reason-ca = è il certificato di un'autorità di certificazione, non un certificato rilasciato al server
cert-reason-other = il motivo preciso è indicato nei dettagli
finding-mdm-tls-not-ready-title = Il server MDM { $host } non è pronto per le regole TLS più severe di iOS { $release }.
finding-mdm-tls-not-ready-explanation = Il { $date } Apple ha annunciato (articolo di supporto 126655) che a partire da iOS, iPadOS e macOS { $release } i dispositivi potranno rifiutare i server MDM, di registrazione, delle app e degli aggiornamenti privi di un TLS moderno. Al server { $host } { $count ->
        [one] manca
       *[other] mancano
    } { $missing }. Oggi i dispositivi si registrano e lo contattano senza problemi; dopo l'aggiornamento potrebbero non riuscirci più. Il risultato riguarda il server così come lo raggiunge questo computer.
finding-mdm-tls-not-ready-fix = Il fornitore MDM (o chi gestisce { $host }) dovrebbe { $asks }, prima che i dispositivi si aggiornino alla prossima versione principale.
mdm-missing-tls = il supporto sia a TLS 1.3 sia a TLS 1.2 con una delle suite di cifratura consentite da Apple (ECDHE con AES-GCM o AES-CBC)
mdm-missing-ems = l'Extended Master Secret su TLS 1.2 (e non offre TLS 1.3)
mdm-missing-ec = una chiave a curva ellittica di almeno { $min } bit (la sua è di { $bits })
mdm-missing-rsa = una chiave RSA di almeno { $min } bit (la sua è di { $bits })
mdm-missing-hash = una firma del certificato con un hash di almeno { $min } bit
mdm-ask-tls = offrire TLS 1.3 (oppure TLS 1.2 con una suite ECDHE che usi AES-GCM)
mdm-ask-ems = attivare l'Extended Master Secret (RFC 7627) per TLS 1.2 (oppure offrire TLS 1.3)
mdm-ask-ec = usare un certificato con una chiave a curva ellittica di almeno { $min } bit
mdm-ask-rsa = usare un certificato con una chiave RSA di almeno { $min } bit
mdm-ask-hash = usare un certificato firmato con SHA-256 o superiore
finding-mdm-tls-ready-title = Il server MDM { $host } è pronto per le regole TLS più severe di iOS { $release }.
finding-mdm-tls-ready-explanation = Offre { $how } e presenta un certificato conforme alle regole di Apple: ciò che i dispositivi richiedono a partire da iOS, iPadOS e macOS { $release } (articolo di supporto Apple 126655, { $date }).{ $extras }
mdm-how-tls13 = TLS 1.3
mdm-how-tls12 = TLS 1.2 con { $suite } ed Extended Master Secret
mdm-extra-old-versions = Inoltre accetta ancora { $versions }, che i dispositivi Apple non usano mai; per loro non è un problema, ma l'assistenza informatica potrebbe comunque volerne disattivare il supporto.
mdm-extra-rsa = Accetta anche TLS 1.2 senza forward secrecy (scambio di chiavi RSA), che i dispositivi Apple non propongono mai.
finding-large-hello-blocked-title = Questa rete scarta l'handshake TLS più grande di iOS 26, quindi iPad e Mac aggiornati non riescono a collegarsi.
finding-large-hello-blocked-explanation = iOS, iPadOS e macOS 26 avviano le connessioni sicure con una chiave post-quantistica (articolo di supporto Apple 122756), che porta il loro primo messaggio a circa { $bytes } byte, cioè due pacchetti di rete. Verso { $targets } l'handshake classico di { $classic } byte è passato, ma le connessioni con quello più grande sono state { $outcomes }. { $cause } I dispositivi con versioni precedenti funzionano ancora; quelli con la versione 26 o successive no.
large-hello-cause-group = Un handshake classico portato alla stessa dimensione con il padding è passato, quindi il firewall o l'apparato di ispezione rifiuta proprio il nuovo scambio di chiavi.
large-hello-cause-size = Anche un handshake classico portato alla stessa dimensione con il padding non è passato, quindi qualcosa lungo il percorso non gestisce un handshake distribuito su due pacchetti.
finding-large-hello-blocked-fix = Aggiorna il firmware del firewall o dell'apparato di ispezione TLS sul percorso dai dispositivi verso { $targets }, e attiva il riassemblaggio TCP prima dell'ispezione del nome del server (SNI).
finding-large-hello-passes-title = L'handshake TLS più grande di iOS 26 passa attraverso questa rete.
finding-large-hello-passes-explanation = iOS, iPadOS e macOS 26 avviano le connessioni sicure con una chiave post-quantistica: il primo messaggio, di circa { $bytes } byte, ha raggiunto { $targets }. Non c'è niente da cambiare.
