# Befunde: was die Diagnose ergab, in einfachen Worten, mit der Bitte an die IT.
# Platzhalter enthalten Ports, Adressbereiche, Hostnamen und Produktnamen: nie übersetzen.
# Begriffe: ../GLOSSARY.md.

finding-stopped-title = Der Test wurde vorzeitig beendet.
finding-stopped-explanation = Die Ergebnisse unten sind unvollständig. Starten Sie den Test erneut und lassen Sie ihn zu Ende laufen (das dauert nur wenige Sekunden).
headline-nothing-tested = Es konnte nichts getestet werden.

ranges-rule = { $v4 } (Apple)
ranges-rule-with-v6 = { $v4 } (Apple; für IPv6 { $v6 })
outcome-answered-not-apple = von einem fremden System statt von Apple beantwortet
outcome-broken-tls = beim Aufbau der Verschlüsselung abgebrochen
outcome-failed = mit einem Fehler abgebrochen
outcome-not-in-dns = { $subject ->
        [hosts] im DNS nicht gefunden
       *[other] mangels DNS-Eintrag gar nicht erst versucht
    }
outcome-refused = abgelehnt
outcome-reset = zurückgesetzt
outcome-silently-dropped = stillschweigend verworfen
outcome-unreachable = { $subject ->
        [hosts] vom Netzwerk als unerreichbar gemeldet
       *[other] als nicht erreichbar gemeldet
    }

finding-proxy-only-title = Apples Push-Dienst ist hier nur über den Proxy erreichbar.
finding-proxy-only-explanation = Direkte Verbindungen zu Apple auf { $count ->
        [one] Port
       *[other] den Ports
    } { $ports } wurden { $outcomes }, ein Tunnel über den Proxy { $proxy } zu Apple auf Port { $tunnel } hat dagegen funktioniert. iPads und Macs ab iPadOS 13.4 / macOS 10.15.4 können einen Proxy für den Ausweichweg über Port { $tunnel } nur nutzen, wenn eine PAC-Datei ihn vorgibt und der Proxy den Datenverkehr nicht entschlüsselt; für Port { $primary } und auf älteren Geräten geht es gar nicht über einen Proxy. Push bleibt daher langsam und unzuverlässig.
finding-proxy-only-fix = Ausgehendes TCP { $ports } aus den Gerätenetzen zu { $range } direkt erlauben, nicht über den Proxy. Bis dahin den Geräten eine PAC-Datei zuweisen, die *.push.apple.com über den Proxy leitet, und diesen Datenverkehr von der SSL/TLS-Prüfung ausnehmen.
finding-ports-blocked-title = iPads und Macs erreichen hier Apples Push-Dienst nicht.
finding-ports-blocked-explanation = Verbindungen auf { $count ->
        [one] Port
       *[other] den Ports
    } { $ports } wurden bei jeder getesteten Apple-Adresse { $outcomes }. Geräte erhalten so keine MDM-Befehle und keine Mitteilungen.
finding-ports-blocked-fix = Ausgehendes TCP { $ports } aus den Gerätenetzen zu { $range } erlauben. Eine eingehende Regel ist nicht nötig.
finding-fallback-only-title = Port { $primary } ist gesperrt, daher weichen Apple-Geräte auf Port { $fallback } aus – langsamer und weniger zuverlässig.
finding-fallback-only-explanation = Geräte versuchen zuerst Port { $primary } und erst danach den Ausweichweg; Mitteilungen kommen deshalb verspätet an. Geräte, die den Ausweichweg nicht nutzen können (ältere Geräte oder solche, bei denen dort ein Proxy dazwischengeschaltet ist), bekommen gar keine. Verbindungen auf Port { $primary } wurden { $outcomes }.
finding-fallback-blocked-title = Der Ausweich-Port { $fallback } zu Apple ist gesperrt; Geräte hängen allein von Port { $primary } ab.
finding-fallback-blocked-explanation = Port { $primary } funktioniert, aber Verbindungen auf den Ausweich-Port { $fallback } wurden { $outcomes }. Ist Port { $primary } nicht verfügbar (etwa in manchen Gäste- oder Hotelnetzen), kommen Geräte gar nicht mehr durch.
finding-fallback-blocked-fix = Ausgehendes TCP { $fallback } aus den Gerätenetzen zu { $range } erlauben.
finding-partial-allowlist-title = Nur ein Teil von Apples Push-Servern ist freigegeben, daher funktioniert Push nur sporadisch.
finding-partial-allowlist-explanation = Auf { $count ->
        [one] Port
       *[other] den Ports
    } { $ports } kamen Verbindungen zu manchen Apple-Adressen durch, zu anderen wurden sie { $outcomes } ({ $addresses }). Apple verteilt Geräte auf viele Adressen; mit einer Firewall-Regel für einzelne Adressen fällt Push deshalb zufällig aus.
finding-partial-allowlist-fix = Regeln für einzelne Adressen durch den ganzen Adressbereich ersetzen: ausgehendes TCP { $ports } aus den Gerätenetzen zu { $range } erlauben.

finding-provider-not-apple = Stattdessen hat etwas anderes als Apple geantwortet ({ $detail })
finding-provider-connection-was = Die Verbindung wurde { $outcomes }
finding-provider-blocked-title = Der MDM-Server kann keine Push-Mitteilungen an Apple senden.
finding-provider-blocked-explanation = An Apples Provider-API ({ $host }, { $count ->
        [one] Port
       *[other] Ports
    } { $ports }) sendet der MDM-Server jede Push-Mitteilung. { $what }.
finding-provider-blocked-fix = Ausgehendes TCP { $ports } vom MDM-Server zu { $range } erlauben, direkt und ohne SSL/TLS-Prüfung.
finding-provider-port-title = Der MDM-Server erreicht Apple auf Port { $good }, aber nicht auf Port { $bad }.
finding-provider-port-explanation = Auf Port { $bad }: { $what }. Das ist in Ordnung, wenn der MDM-Server Port { $good } nutzt; ist er auf Port { $bad } eingestellt, schlägt der Versand seiner Mitteilungen fehl.
finding-provider-port-fix = Ausgehendes TCP { $bad } vom MDM-Server zu { $range } erlauben.
finding-apple-busy-title = Apples Provider-API hat geantwortet, war aber ausgelastet ({ $status } { $reason }).
finding-apple-busy-explanation = Der Weg von hier zu Apple funktioniert: Apples eigener Server hat die Anfrage des MDM-Servers beantwortet, aber gemeldet, dass er gerade überlastet oder gestört ist. Das liegt an Apple, nicht an diesem Netzwerk; Mitteilungen können sich verzögern, bis Apple das Problem behoben hat.
finding-apple-busy-fix = Am Netzwerk ist nichts zu ändern. Hält es an, auf Apples Systemstatus-Seite den Push-Dienst prüfen und später erneut testen.

finding-no-network-title = Dieser Computer ist mit keinem Netzwerk verbunden.
finding-no-network-explanation = Von hier gibt es keine Route ins Internet, daher konnte nichts getestet werden. Prüfen Sie WLAN oder Kabel und testen Sie dann erneut.
finding-no-network-fix = Diesen Computer mit dem Netzwerk verbinden, das getestet werden soll (WLAN oder Kabel), und sicherstellen, dass er eine Adresse und ein Standard-Gateway bekommt.
finding-dns-broken-title = In diesem Netzwerk lassen sich Apples Server nicht auflösen (DNS funktioniert nicht).
finding-dns-broken-explanation = Kein Apple-Name ließ sich in eine Adresse auflösen ({ $hosts }), daher finden Geräte Apples Push-Dienst nicht. Die Verbindungsprüfungen, die diese Namen brauchen, konnten nicht stattfinden.
finding-dns-broken-fix = Sicherstellen, dass Geräte in diesem Netzwerk (per DHCP) einen funktionierenden DNS-Server bekommen, der öffentliche Namen wie 1-courier.push.apple.com und api.push.apple.com auflöst.
finding-dns-filtered-title = Das DNS dieses Netzwerks unterdrückt Apples Push-Server.
finding-dns-filtered-explanation = Der DNS-Server des Netzwerks liefert keine Adresse für { $hosts }, ein öffentlicher DNS-Server schon. Höchstwahrscheinlich sperrt ein DNS-Filter Apples Namen.
finding-dns-filtered-fix = *.push.apple.com (und *.apple.com) im DNS-Filter erlauben, damit der DNS-Server des Netzwerks Anfragen nach Apples Namen so beantwortet wie jeder öffentliche Resolver.
finding-dns-some-title = In diesem Netzwerk lassen sich einige von Apples Push-Servern nicht auflösen.
finding-dns-some-explanation = { $count ->
        [one] Der Name { $hosts } ließ sich nicht auflösen, daher konnten die zugehörigen Prüfungen nicht stattfinden.
       *[other] Die Namen { $hosts } ließen sich nicht auflösen, daher konnten die zugehörigen Prüfungen nicht stattfinden.
    }
finding-dns-some-fix = Sicherstellen, dass der DNS-Server des Netzwerks *.push.apple.com und captive.apple.com auflöst; jeden DNS-Filter auf gesperrte Apple-Namen prüfen.
finding-dns-outside-title = Das DNS dieses Netzwerks liefert für Apples Push-Server falsche Adressen.
finding-dns-outside-explanation-rewritten = Apples Push-Server liegen immer in { $range }, aber das DNS dieses Netzwerks hat für { $hosts } Adressen außerhalb davon geliefert. Ein öffentlicher DNS-Server nannte dagegen Apples echte Adressen; ein DNS-Filter oder eine Umleitung in diesem Netzwerk schreibt also die Antworten um.
finding-dns-outside-explanation = Apples Push-Server liegen immer in { $range }, aber das DNS dieses Netzwerks hat für { $hosts } Adressen außerhalb davon geliefert. Wahrscheinliche Ursache ist ein DNS-Filter, eine Umleitung oder ein veralteter lokaler DNS-Eintrag.
finding-dns-outside-fix = *.push.apple.com im DNS-Filter nicht mehr umschreiben oder umleiten (und lokale DNS-Einträge für Apple-Namen entfernen), damit die Namen zu Apples eigenen Adressen aufgelöst werden.
finding-dns-partial-title = Einige Namen von Apples Push-Servern werden in diesem Netzwerk nicht aufgelöst.
finding-dns-partial-explanation = { $failed ->
        [one] Für einen der { $asked } nummerierten Push-Servernamen
       *[other] Für { $failed } der { $asked } nummerierten Push-Servernamen
    } lieferte das DNS dieses Netzwerks keine Adresse ({ $names }). Apple weist jedes Gerät einem dieser Namen zu: Geräte mit einem fehlenden Namen können sich nicht verbinden, alle anderen funktionieren.
finding-dns-partial-fix = Sicherstellen, dass der DNS-Server des Netzwerks jeden Namen unter *.push.apple.com auflöst (1-courier.push.apple.com bis 50-courier.push.apple.com); in jedem DNS-Filter die ganze Domain statt einzelner Namen erlauben.
finding-captive-title = Eine WLAN-Anmeldeseite ist im Weg.
finding-captive-explanation = Anstelle von Apples Testseite hat etwas anderes geantwortet ({ $detail }): Eine WLAN-Anmeldeseite fängt den Datenverkehr ab. Bis sich jemand anmeldet, erreichen iPads und Macs in diesem Netzwerk Apple nicht. Weitere Fehler unten können einfach eine Folge davon sein.
finding-captive-fix = Apple-Geräte (oder captive.apple.com und *.push.apple.com) von der WLAN-Anmeldeseite ausnehmen oder für verwaltete Geräte ein Netzwerk ohne Anmeldeseite nutzen.
captive-redirect = Antwort HTTP { $status }, Weiterleitung des Browsers nach { $location } statt zu Apples Seite
captive-page = Antwort HTTP { $status } mit einer Seite, die nicht von Apple stammt („{ $body }“)
captive-not-http = die Antwort ist kein HTTP: „{ $text }“
finding-unknown-issuer = einem unbekannten Aussteller
finding-interception-vendor = { $vendor } (Zertifikatsaussteller „{ $issuer }“)
finding-interception-device = einem Gerät im Netzwerk (Zertifikatsaussteller „{ $issuer }“)
finding-interception-title = Das Netzwerk entschlüsselt Apples Datenverkehr; dadurch funktionieren Push-Mitteilungen nicht.
finding-interception-explanation = Verbindungen zu { $hosts } wurden mit einem Zertifikat von { $who } beantwortet statt mit dem von Apple. Apples Dienste lehnen Verbindungen ab, die auf diese Weise geprüft werden (SSL/TLS-Prüfung).
finding-interception-fix = *.push.apple.com, *.apple.com und { $ranges } auf der Firewall oder dem Webfilter von der SSL/TLS-Prüfung (Entschlüsselung) ausnehmen.
finding-wrong-server-title = Ein fremder Server antwortet anstelle von Apple; Geräte können sich deshalb nicht verbinden.
finding-wrong-server-explanation = Verbindungen zu { $hosts } wurden mit einem gültigen Zertifikat für einen anderen Namen beantwortet: nicht Apples Server und keine Entschlüsselung, sondern etwas anderes unter dieser Adresse, etwa die Sperrseite einer Firewall oder eine falsche DNS-Antwort.
finding-wrong-server-fix = Firewall oder Webfilter auf eine Sperre oder Umleitung für *.push.apple.com und *.apple.com prüfen, ebenso das DNS auf falsche Antworten für Apples Namen; Apples Namen müssen Apples eigene Server erreichen.

finding-service-blocked-title = Einige Apple-Dienste, die verwaltete Geräte brauchen, sind gesperrt.
finding-service-hosts-among = { $count ->
        [one] { $count } Apple-Host, darunter { $some }
       *[other] { $count } Apple-Hosts, darunter { $some }
    }
finding-service-blocked-explanation = Push kann funktionieren, aber Registrierung, Aktivierung, Updates oder Zertifikatsprüfungen können fehlschlagen: { $hosts } { $count ->
        [one] war
       *[other] waren
    } nicht erreichbar ({ $outcomes }).
finding-service-blocked-fix = Ausgehende Verbindungen aus den Gerätenetzen zu { $hosts } erlauben ({ $count ->
        [one] dieser Host kann über Content-Delivery-Netzwerke außerhalb von Apples Adressbereichen ausgeliefert werden, daher per Hostname freigeben
       *[other] diese Hosts können über Content-Delivery-Netzwerke außerhalb von Apples Adressbereichen ausgeliefert werden, daher per Hostname freigeben
    }).
finding-legacy-needed-title = Die alten Push-Ports 2195 und 2196 des MDM-Servers sind geschlossen.
finding-legacy-needed-explanation = Sie haben angegeben, dass dieser MDM-Server noch Apples altes binäres Push-Protokoll nutzt. Apple hat dieses Protokoll am 31. März 2021 eingestellt; es funktioniert daher auch bei offenen Ports nicht mehr. Der Server muss auf die HTTP/2-Provider-API umgestellt werden (Port 443 oder 2197).
finding-legacy-needed-fix = Den MDM-Server auf Apples HTTP/2-Provider-API umstellen (TCP 443 oder 2197 zu { $range }). Bis dahin ausgehendes TCP 2195 und 2196 vom MDM-Server zu { $range } erlauben.
finding-legacy-retired-title = Die Ports 2195 und 2196 sind geschlossen – das ist in Ordnung, Apple nutzt sie seit 2021 nicht mehr.
finding-legacy-retired-explanation = Ältere Anleitungen verlangen die Ports 2195 und 2196 für den MDM-Server. Apple hat das zugehörige alte Push-Protokoll am 31. März 2021 eingestellt; aktuelle MDM-Server nutzen stattdessen Port 443 oder 2197 (oben getestet).
finding-untested-title = Push Check konnte dieses Netzwerk nicht testen.
finding-untested-explanation = Es konnte keine Verbindung zu Apple versucht werden, daher gibt es noch keine Antwort. Testen Sie erneut; passiert es wieder, senden Sie den Bericht an die IT.
finding-all-clear-title = Apple-Geräte bekommen in diesem Netzwerk Push-Mitteilungen.
finding-all-clear-explanation = Geräte erreichen Apples Push-Dienst über die Ports, die Apple vorgibt, der MDM-Server erreicht Apples Provider-API, und nichts auf dem Weg entschlüsselt den Datenverkehr oder leitet ihn um ({ $passed ->
        [one] { $passed } Prüfung bestanden
       *[other] { $passed } Prüfungen bestanden
    }).{ $hold }
finding-all-clear-devices-title = Apple-Geräte in diesem Netzwerk erreichen Apples Push-Dienst.
finding-all-clear-devices-explanation = Geräte erreichen Apples Push-Dienst über die Ports, die Apple vorgibt, und nichts auf dem Weg entschlüsselt den Datenverkehr oder leitet ihn um ({ $passed ->
        [one] { $passed } Prüfung bestanden
       *[other] { $passed } Prüfungen bestanden
    }).{ $hold } Die Verbindung des MDM-Servers zu Apple wurde hier nicht getestet; testen Sie dafür auf dem MDM-Server.
finding-all-clear-server-title = Dieser MDM-Server kann Push-Mitteilungen an Apple senden.
finding-all-clear-server-explanation = Der MDM-Server erreicht Apples Provider-API, und nichts auf dem Weg entschlüsselt den Datenverkehr oder leitet ihn um ({ $passed ->
        [one] { $passed } Prüfung bestanden
       *[other] { $passed } Prüfungen bestanden
    }).{ $hold } Ob Geräte Apple erreichen, wurde hier nicht getestet; testen Sie dafür im Netzwerk der Geräte.
finding-internal-title = Bei einigen Prüfungen ist in Push Check ein interner Fehler aufgetreten; sie konnten nicht durchgeführt werden.
finding-internal-explanation = { $count ->
        [one] Eine Prüfung konnte
       *[other] { $count } Prüfungen konnten
    } wegen eines Fehlers in Push Check selbst nicht durchgeführt werden ({ $message }), nicht wegen des Netzwerks. Die übrigen Prüfungen sind normal aufgeführt. Bitte senden Sie diesen Bericht an die Entwickler von Push Check.

hold-kept = Eine ruhende Verbindung zu Apple blieb außerdem { $idle } lang offen.
hold-too-short = Push-Verbindungen bleiben oft 10–15 Minuten lang ruhig; erst ein Test über 15 Minuten oder länger zeigt, ob das Netzwerk sie so lange offen hält.
hold-closed-by-apple = Apples Server hat die gehaltene Verbindung nach { $after } geschlossen, daher wurden längere Ruhezeiten nicht getestet.
idle-cut-off = wurde nach { $after } getrennt
idle-no-answer = war { $after } lang ruhig und bekam danach gar keine Antwort mehr
idle-survived = , während eine nach { $idle } Ruhe noch funktionierte
idle-path-firewall = Eine Firewall oder ein NAT-Gerät
idle-path-proxy = Der Proxy ({ $proxy }) oder eine Firewall dahinter
finding-idle-missed-title = Das Netzwerk verwirft ruhende Verbindungen innerhalb von { $within }; dadurch gehen Push-Mitteilungen verloren.
finding-idle-delayed-title = Das Netzwerk verwirft ruhende Verbindungen innerhalb von { $within }; das kann Push-Mitteilungen verzögern.
finding-idle-explanation = Apple-Geräte halten ständig eine Verbindung zu Apples Push-Dienst offen, über die oft 10–15 Minuten am Stück nichts übertragen wird. Eine Testverbindung zu Apple ({ $host }) { $how }{ $survived }. { $path } auf dem Weg verwirft ruhende Verbindungen zu früh: Geräte verpassen dann Mitteilungen, bis sie es bemerken und sich neu verbinden – obwohl jeder kurze Test erfolgreich ist.
finding-idle-fix = Das TCP-Leerlauf-Timeout (Sitzungs-Timeout) für Verbindungen zu { $range } auf den Ports 5223, 443 und 2197 auf mindestens { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } erhöhen (60 sind sicherer) – auf jeder Firewall, jedem NAT-Gerät und jedem Proxy zwischen diesem Netzwerk und dem Internet. Derzeit werden ruhende Verbindungen innerhalb von { $within } verworfen.
hold-why-closed = Apples Server hat jede gehaltene Verbindung geschlossen, bevor ihre Ruhezeit vorbei war, daher gab es nichts zu messen
hold-why-not-tried = keine Verbindung zu Apples Provider-API hat funktioniert, daher gab es keine, die offen gehalten werden konnte
hold-why-not-opened = die zu haltenden Verbindungen konnten nicht geöffnet werden
hold-why-not-opened-detail = die zu haltenden Verbindungen konnten nicht geöffnet werden ({ $detail })
finding-hold-untested-title = Der Test der ruhenden Verbindung konnte nicht durchgeführt werden; daher ist unklar, ob das Netzwerk ruhende Verbindungen offen hält.
finding-hold-untested-explanation = Sie haben den Test der ruhenden Verbindung angefordert, aber { $why }. Alles andere oben wurde getestet; nur dieser Teil hat noch keine Antwort. Starten Sie ihn später erneut; passiert es wieder, senden Sie den Bericht an die IT.

finding-clock-fix = Die Uhr automatisch stellen: ausgehendes UDP 123 zu time.apple.com (oder zum eigenen Zeitserver des Netzwerks) erlauben und „Datum und Uhrzeit automatisch einstellen“ einschalten.
finding-clock-seems-wrong-title = Die Uhr dieses Computers scheint falsch zu gehen, daher hält er Apples Zertifikate für ungültig.
finding-clock-seems-wrong-explanation = Sichere Verbindungen zu Apple sind nur deshalb fehlgeschlagen, weil Apples Zertifikate von hier aus gesehen abgelaufen oder noch nicht gültig waren. Das passiert, wenn das Datum dieses Computers falsch ist – nicht, weil das Netzwerk etwas sperrt.
finding-clock-ahead-title = Die Uhr dieses Computers geht { $off } vor; dadurch scheitern sichere Verbindungen zu Apple.
finding-clock-behind-title = Die Uhr dieses Computers geht { $off } nach; dadurch scheitern sichere Verbindungen zu Apple.
finding-clock-explanation = Apples Server ({ $host }) meldete eine Zeit, die um { $off } von der dieses Computers abweicht. Zertifikate und die Push-Tokens des MDM-Servers werden nur bei korrekter Uhrzeit akzeptiert.{ $also }
clock-certificates = Deshalb sind hier auch sichere Verbindungen zu Apple an der Zertifikatsprüfung gescheitert: Das Netzwerk ist nicht die Ursache.
clock-ahead = { $off } vor
clock-behind = { $off } nach
clock-two-opinions = Die beiden Zeitquellen sind sich nicht einig: Laut Apples Zeitserver geht dieser Computer { $ntp }, laut { $host } geht er { $date }.
finding-ntp-title = Apples Zeitserver ist nicht erreichbar, daher können die Uhren der Geräte abweichen.
finding-ntp-explanation = Geräte stellen ihre Uhr nach { $host } über UDP-Port 123; Anfragen dorthin wurden hier { $outcomes }. Geht eine Uhr weit genug falsch, scheitert jede sichere Verbindung zu Apple, auch Push.
finding-ntp-fix = Ausgehendes UDP 123 aus den Gerätenetzen zu { $host } erlauben (oder den Geräten per DHCP den eigenen Zeitserver des Netzwerks geben).

proxy-found-in = { $source } ({ $setting })
proxy-source-environment = Umgebungsvariablen
proxy-source-gnome = GNOME-Einstellungen
proxy-source-kde = KDE-Einstellungen
proxy-source-macos = macOS-Netzwerkeinstellungen
proxy-source-wininet = Windows-Internetoptionen (Browser)
proxy-source-winhttp = Windows WinHTTP (Dienste)
proxy-exempt = Apples Push-Hosts sind davon ausgenommen, wie Apple es verlangt.
proxy-not-exempt = Apples Push-Hosts sind davon nicht ausgenommen, daher schicken Apps und Dienste, die diesen Einstellungen folgen, Apple-Datenverkehr über den Proxy.
proxy-pac-unusable = Die PAC-Datei konnte nicht verwendet werden ({ $detail }).
finding-proxy-bypassed-title = Auf diesem Computer ist ein Proxy eingerichtet, und Apples Push-Dienst umgeht ihn.
finding-proxy-not-exempt-title = Auf diesem Computer ist ein Proxy eingerichtet, und Apples Push-Datenverkehr ist davon nicht ausgenommen.
finding-proxy-explanation = Gefunden in: { $sources }. { $state }{ $pac } Apple-Geräte nutzen Port 5223 direkt und können einen Proxy nur für den Ausweichweg über Port 443 nutzen – nur wenn er nicht entschlüsselt, und erst ab iOS/iPadOS 13.4 und macOS 10.15.4, wenn er über eine PAC-Datei vorgegeben wird. Diese Version hat jede Verbindung direkt getestet.
finding-proxy-fix = *.push.apple.com und { $ranges } vom Proxy ausnehmen (Ausnahmeliste oder DIRECT in der PAC-Datei) und direkt durch die Firewall erlauben.

finding-ipv6-title = Apples Server antworten hier über IPv6, aber IPv6-Verbindungen schlagen fehl.
finding-ipv6-explanation = Apples Namen werden zu IPv6-Adressen aufgelöst, doch alle IPv6-Verbindungen wurden { $outcomes }, während IPv4 funktioniert. Geräte bevorzugen IPv6 und verlieren Zeit, bis sie auf IPv4 ausweichen, oder scheitern in reinen IPv6-Netzen.
finding-ipv6-fix = Ausgehendes IPv6 zu Apple ({ $ranges }) auf denselben Ports wie IPv4 erlauben oder in diesem Netzwerk kein IPv6 mehr verteilen.
finding-ipv4-title = Apples Server sind hier nur über IPv6 erreichbar; IPv4-Verbindungen schlagen fehl.
finding-ipv4-explanation = Alle IPv4-Verbindungen zu Apple wurden { $outcomes }, während IPv6 funktioniert. Geräte und MDM-Server ohne IPv6 (und Netzwerke, die keins verteilen) erreichen Apples Push-Dienst nicht.
finding-ipv4-fix = Ausgehendes IPv4 zu Apple ({ $ranges }) auf denselben Ports wie IPv6 erlauben.

## Nur eine Adressfamilie (Hinweis)

finding-ipv6-unavailable-title = Dieser Computer hat in diesem Netzwerk kein IPv6; Apple-Geräte nutzen hier IPv4.
finding-ipv6-unavailable-explanation = Die Push-Server von Apple haben auch IPv6-Adressen, aber dieser Computer hat keine Route dorthin, daher wurde nur IPv4 getestet. In einem Netzwerk ohne IPv6 nutzen auch Apple-Geräte IPv4. Es muss nichts geändert werden.
finding-ipv4-unavailable-title = Dieser Computer hat in diesem Netzwerk kein IPv4; Apple-Geräte nutzen hier IPv6.
finding-ipv4-unavailable-explanation = Dieser Computer hat keine Route zu den IPv4-Adressen von Apple, daher wurde nur IPv6 getestet. In einem reinen IPv6-Netzwerk nutzen auch Apple-Geräte IPv6.{ $nat64 } Es muss nichts geändert werden.
finding-ipv4-unavailable-nat64 = Die IPv4-Server von Apple werden über das NAT64-Gateway des Netzwerks erreicht (zum Beispiel { $example }).

## Automatische Proxy-Erkennung, die nichts findet

finding-proxy-detect-nothing-title = Die automatische Proxy-Erkennung ist eingeschaltet, findet hier aber keinen Proxy; der Datenverkehr zu Apple geht direkt.
finding-proxy-detect-nothing-explanation = Gefunden in: { $sources }.{ $pac } Browser und Apple-Geräte in diesem Netzwerk verbinden sich daher direkt, wie es der Push-Dienst von Apple braucht. Es muss nichts geändert werden.
proxy-wpad-nothing = Die automatische Proxy-Erkennung (WPAD) ist eingeschaltet, hat aber keine PAC-Datei gefunden ({ $why }).
proxy-wpad-why-no-domain = dieser Computer hat keine DNS-Suchdomäne, in der sie suchen könnte
proxy-wpad-why-not-resolved = { $url } lässt sich nicht auflösen
proxy-wpad-why-no-answer = unter { $url } antwortet nichts
proxy-wpad-why-status = { $url } antwortete mit HTTP { $status }

## The school's own MDM server and the handshake of iOS 26

finding-mdm-unreachable-title = Dieses Netzwerk erreicht Ihren MDM-Server { $host } nicht.
finding-mdm-unreachable-explanation = { $step ->
        [dns] Der Name { $host } lässt sich hier nicht auflösen.
        [connect] Die Verbindung zu { $host } auf Port { $port } wurde { $outcomes }.
        [tls] { $host } hat die Verbindung angenommen, aber der Aufbau der Verschlüsselung ist gescheitert: Etwas auf dem Weg unterbricht oder verändert ihn.
       *[http] Die verschlüsselte Verbindung zu { $host } kam zustande, aber der Server hat keine Antwort gegeben.
    } Geräte in diesem Netzwerk können sich deshalb weder registrieren noch beim Server melden noch Befehle von ihm abholen. Bei { $host } handelt es sich um { $where }. Das Ergebnis gilt für den Netzwerkweg dieses Computers; im WLAN der iPads kann es anders aussehen.
finding-mdm-unreachable-fix = { $step ->
        [dns] Sicherstellen, dass { $host } in den Gerätenetzen aufgelöst wird; bei einem Cloud-Dienst die Adresse mit Ihrem MDM-Anbieter abklären.
        [connect] Ausgehendes TCP { $port } aus den Gerätenetzen zu { $host } ({ $address }) erlauben.
        [tls] { $host } von der SSL/TLS-Prüfung ausnehmen und den Datenverkehr dorthin unverändert durchlassen.
       *[http] Ihren MDM-Anbieter (bzw. den Betreiber von { $host }) bitten, den Server zu prüfen: Er nimmt Verbindungen an, antwortet aber nicht.
    }
mdm-where-inside = einen Server in Ihrem Netzwerk (private Adresse)
mdm-where-cloud = einen Dienst im Internet (öffentliche Adresse), der also von Ihrem MDM-Anbieter betrieben wird
mdm-where-unknown = einen Server, dessen Adresse nicht ermittelt werden konnte
finding-mdm-untrusted-title = Apple-Geräte lehnen das Zertifikat Ihres MDM-Servers { $host } ab.
finding-mdm-untrusted-explanation = Geräte prüfen das Zertifikat eines Servers, bevor sie sich registrieren oder bei ihm melden, und dieses Zertifikat verstößt gegen Apples Regeln, weil { $reasons }. Apple-Geräte setzen diese Regeln seit iOS 13 und macOS 10.15 durch; sie scheitern also schon heute daran, unabhängig von ihrer Version.
finding-mdm-untrusted-fix = Ihr MDM-Anbieter (bzw. der Betreiber von { $host }) muss ein Zertifikat installieren, dem Apple-Geräte vertrauen: ausgestellt von einer öffentlichen Zertifizierungsstelle oder von der eigenen Stammzertifizierungsstelle der Schule, die auf den Geräten installiert ist; auf den Namen { $host }; mit einem RSA-Schlüssel von mindestens { $rsa } Bit (oder einem ECDSA-Schlüssel mit 256 Bit); mit SHA-256 signiert; mit dem Verwendungszweck „Serverauthentifizierung“; höchstens { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } gültig.
# Gründe nach „…, weil“: Nebensätze mit dem Verb am Ende, ohne Relativsatz (sie werden mit „und“ verbunden).
cert-reason-untrusted = die Geräte seinem Aussteller „{ $issuer }“ nicht vertrauen
cert-reason-expired = es abgelaufen ist (oder die Uhr dieses Computers falsch geht)
cert-reason-not-yet-valid = es noch nicht gültig ist (oder die Uhr dieses Computers falsch geht)
cert-reason-name = es nicht auf den Namen { $host } ausgestellt ist
cert-reason-rsa = sein RSA-Schlüssel mit { $bits } Bit kürzer als { $min } Bit ist
cert-reason-sha1 = es mit SHA-1 signiert ist
cert-reason-md5 = es mit MD5 signiert ist
cert-reason-server-auth = es nach dem { $date } ohne den Verwendungszweck „Serverauthentifizierung“ ausgestellt wurde
cert-reason-lifetime = es { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } gültig ist (erlaubt sind höchstens { $max } Tage für Zertifikate, die nach dem { $date } ausgestellt wurden)
cert-reason-public-lifetime = es { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } gültig ist (erlaubt sind höchstens { $max } Tage für öffentlich vertrauenswürdige Zertifikate, die nach dem { $date } ausgestellt wurden)
cert-reason-ca = es kein Serverzertifikat, sondern das Zertifikat einer Zertifizierungsstelle (CA) ist
cert-reason-other = Apples Prüfung es aus einem weiteren Grund ablehnt (der Grund steht in den Details)
finding-mdm-tls-not-ready-title = Ihr MDM-Server { $host } ist noch nicht auf die strengeren TLS-Regeln von iOS { $release } vorbereitet.
finding-mdm-tls-not-ready-explanation = Apple hat am { $date } angekündigt (Supportartikel 126655), dass Geräte ab iOS, iPadOS und macOS { $release } MDM-, Registrierungs-, App- und Update-Server ohne modernes TLS ablehnen können. { $host } erfüllt { $count ->
        [one] folgende Anforderung
       *[other] folgende Anforderungen
    } nicht: { $missing }. Derzeit können sich Geräte noch registrieren und beim Server melden; nach dem Update möglicherweise nicht mehr. Das Ergebnis gilt für den Server, so wie dieser Computer ihn erreicht.
finding-mdm-tls-not-ready-fix = Ihren MDM-Anbieter (bzw. den Betreiber von { $host }) bitten, { $asks }, bevor die Geräte auf die nächste Hauptversion aktualisiert werden.
# Anforderungen nach „erfüllt folgende Anforderungen nicht:“, ohne Artikel.
mdm-missing-tls = TLS 1.3 oder TLS 1.2 mit einer von Apple zugelassenen Cipher Suite (ECDHE mit AES-GCM oder AES-CBC)
mdm-missing-ems = Extended Master Secret bei TLS 1.2 (TLS 1.3 bietet der Server nicht an)
mdm-missing-ec = ECC-Schlüssel mit mindestens { $min } Bit (das Zertifikat hat { $bits } Bit)
mdm-missing-rsa = RSA-Schlüssel mit mindestens { $min } Bit (das Zertifikat hat { $bits } Bit)
mdm-missing-hash = Zertifikatssignatur mit einem Hash von mindestens { $min } Bit
# Bitten nach „…bitten,“: Infinitive mit „zu“.
mdm-ask-tls = TLS 1.3 oder TLS 1.2 mit einer ECDHE-Cipher-Suite mit AES-GCM anzubieten
mdm-ask-ems = Extended Master Secret (RFC 7627) für TLS 1.2 einzuschalten oder TLS 1.3 anzubieten
mdm-ask-ec = ein Zertifikat mit einem ECC-Schlüssel von mindestens { $min } Bit zu verwenden
mdm-ask-rsa = ein Zertifikat mit einem RSA-Schlüssel von mindestens { $min } Bit zu verwenden
mdm-ask-hash = ein mit SHA-256 oder stärker signiertes Zertifikat zu verwenden
finding-mdm-tls-ready-title = Ihr MDM-Server { $host } ist auf die strengeren TLS-Regeln von iOS { $release } vorbereitet.
finding-mdm-tls-ready-explanation = Der Server bietet { $how } sowie ein Zertifikat, das Apples Regeln entspricht – also das, was Geräte ab iOS, iPadOS und macOS { $release } verlangen (Apple-Supportartikel 126655 vom { $date }).{ $extras }
mdm-how-tls13 = TLS 1.3
mdm-how-tls12 = TLS 1.2 mit { $suite } und Extended Master Secret
mdm-extra-old-versions = Außerdem akzeptiert er noch { $versions }. Apple-Geräte verwenden das nie, es schadet ihnen also nicht; die IT möchte es aber vielleicht abschalten.
mdm-extra-rsa = Auch TLS 1.2 ohne Forward Secrecy (RSA-Schlüsselaustausch) nimmt er an; Apple-Geräte bieten das nie an.

finding-large-hello-blocked-title = Dieses Netzwerk blockiert den größeren TLS-Handshake von iOS 26; aktualisierte iPads und Macs können sich deshalb nicht verbinden.
finding-large-hello-blocked-explanation = iOS, iPadOS und macOS 26 beginnen sichere Verbindungen mit einem Post-Quanten-Schlüsselaustausch (Apple-Supportartikel 122756); ihre erste Nachricht ist dadurch etwa { $bytes } Byte lang und braucht zwei Netzwerkpakete. Zu { $targets } kam der klassische Handshake mit { $classic } Byte durch, die Verbindungen mit dem größeren wurden dagegen { $outcomes }. { $cause } Geräte mit älteren Versionen funktionieren weiterhin; Geräte ab Version 26 können sich nicht verbinden.
large-hello-cause-group = Ein auf dieselbe Größe aufgefüllter klassischer Handshake kam durch; die Firewall oder das Gerät zur SSL/TLS-Prüfung lehnt also den neuen Schlüsselaustausch selbst ab.
large-hello-cause-size = Ein auf dieselbe Größe aufgefüllter klassischer Handshake scheiterte ebenfalls; etwas auf dem Weg kommt also nicht mit einem Handshake zurecht, der sich über zwei Pakete erstreckt.
finding-large-hello-blocked-fix = Die Firmware der Firewall bzw. des Geräts zur SSL/TLS-Prüfung zwischen den Geräten und { $targets } aktualisieren und dort das Zusammensetzen der TCP-Segmente (TCP-Reassembly) vor der Prüfung des Servernamens (SNI) einschalten.
finding-large-hello-passes-title = Der größere TLS-Handshake von iOS 26 kommt durch dieses Netzwerk.
finding-large-hello-passes-explanation = iOS, iPadOS und macOS 26 beginnen sichere Verbindungen mit einem Post-Quanten-Schlüsselaustausch; ihre erste Nachricht ist dadurch etwa { $bytes } Byte lang. Sie kam bei { $targets } an. Es muss nichts geändert werden.
