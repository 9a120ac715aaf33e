# Befunde: was die Diagnose ergab, in einfachen Worten, mit der Bitte an die IT.
# Platzhalter enthalten Ports, Adressbereiche, Hostnamen und Produktnamen: nie übersetzen.
# Begriffe: ../GLOSSARY.md.

finding-stopped-title = Der Test wurde beendet, bevor er fertig war.
finding-stopped-explanation = Nichts hier unten ist eine vollständige Antwort. Starten Sie den Test erneut und lassen Sie ihn zu Ende laufen (das dauert wenige Sekunden).
headline-nothing-tested = Nichts konnte getestet werden.

ranges-rule = { $v4 } (Apple)
ranges-rule-with-v6 = { $v4 } (Apple; für IPv6 { $v6 })
outcome-answered-not-apple = von etwas beantwortet, das nicht Apple ist
outcome-broken-tls = beim Aufbau der Verschlüsselung abgebrochen
outcome-failed = fehlgeschlagen
outcome-not-in-dns = im DNS nicht gefunden
outcome-refused = abgelehnt
outcome-reset = zurückgesetzt
outcome-silently-dropped = stillschweigend verworfen
outcome-unreachable = als unerreichbar gemeldet

finding-proxy-only-title = Apples Push-Dienst ist hier nur über den Proxy erreichbar.
finding-proxy-only-explanation = Direkte Verbindungen zu Apple auf Port { $ports } wurden { $outcomes }, aber ein Tunnel über den Proxy { $proxy } zu Apple auf Port { $tunnel } hat funktioniert. iPads und Macs ab iPadOS 13.4 / macOS 10.15.4 können einen Proxy für den Ausweichweg über Port { $tunnel } nur nutzen, wenn eine PAC-Datei ihn nennt und der Proxy den Datenverkehr nicht entschlüsselt; Port { $primary } und ältere Geräte können gar keinen Proxy nutzen, daher bleibt Push langsam und unzuverlässig.
finding-proxy-only-fix = Ausgehendes TCP { $ports } aus den Gerätenetzen zu { $range } direkt erlauben, nicht über den Proxy. Bis dahin den Geräten eine PAC-Datei geben, die *.push.apple.com an den Proxy schickt, ohne SSL-Prüfung dafür.
finding-ports-blocked-title = iPads und Macs erreichen hier Apples Push-Dienst nicht.
finding-ports-blocked-explanation = { $count ->
        [one] Port { $ports } wurde
       *[other] Die Ports { $ports } wurden
    } auf jeder versuchten Apple-Adresse { $outcomes }. Geräte erhalten keine MDM-Befehle und keine Mitteilungen.
finding-ports-blocked-fix = Ausgehendes TCP { $ports } aus den Gerätenetzen zu { $range } erlauben. Eine eingehende Regel ist nicht nötig.
finding-fallback-only-title = Port { $primary } ist gesperrt, daher weichen Apple-Geräte auf Port { $fallback } aus — langsamer und weniger zuverlässig.
finding-fallback-only-explanation = Geräte versuchen zuerst Port { $primary } und erst dann den Ausweichweg; Mitteilungen kommen verspätet an, und Geräte, die den Ausweichweg nicht nutzen können (ältere, oder wo ein Proxy darauf sitzt), bekommen keine. Port { $primary } wurde { $outcomes }.
finding-fallback-blocked-title = Der Ausweich-Port { $fallback } zu Apple ist gesperrt; Geräte hängen allein von Port { $primary } ab.
finding-fallback-blocked-explanation = Port { $primary } funktioniert, aber sein Ausweichweg { $fallback } wurde { $outcomes }. Wenn { $primary } nicht verfügbar ist (etwa in manchen Gäste- oder Hotelnetzen), kommen Geräte nicht durch.
finding-fallback-blocked-fix = Ausgehendes TCP { $fallback } aus den Gerätenetzen zu { $range } erlauben.
finding-partial-allowlist-title = Nur ein Teil von Apples Push-Servern ist freigegeben, daher funktioniert Push mal ja, mal nein.
finding-partial-allowlist-explanation = Auf Port { $ports } haben manche Apple-Adressen funktioniert, andere wurden { $outcomes } ({ $addresses }). Apple verteilt Geräte auf viele Adressen, daher bricht eine Firewall-Regel mit einzelnen Adressen Push zufällig ab.
finding-partial-allowlist-fix = Regeln mit einzelnen Adressen durch den ganzen Bereich ersetzen: ausgehendes TCP { $ports } aus den Gerätenetzen zu { $range } erlauben.

finding-provider-not-apple = stattdessen hat etwas geantwortet, das nicht Apple ist ({ $detail })
finding-provider-connection-was = die Verbindung wurde { $outcomes }
finding-provider-blocked-title = Der MDM-Server kann keine Push-Mitteilungen an Apple senden.
finding-provider-blocked-explanation = An Apples Provider-API ({ $host }, { $count ->
        [one] Port
       *[other] Ports
    } { $ports }) sendet der MDM-Server jede Push-Mitteilung; { $what }.
finding-provider-blocked-fix = Ausgehendes TCP { $ports } vom MDM-Server zu { $range } erlauben, direkt und ohne SSL-Prüfung.
finding-provider-port-title = Der MDM-Server erreicht Apple auf Port { $good }, aber nicht auf Port { $bad }.
finding-provider-port-explanation = Auf Port { $bad }: { $what }. Das ist in Ordnung, wenn der MDM-Server Port { $good } nutzt; ist er auf { $bad } eingestellt, schlagen seine Mitteilungen fehl.
finding-provider-port-fix = Ausgehendes TCP { $bad } vom MDM-Server zu { $range } erlauben.
finding-apple-busy-title = Apples Provider-API hat geantwortet, war aber ausgelastet ({ $status } { $reason }).
finding-apple-busy-explanation = Der Weg von hier zu Apple funktioniert: Apples eigener Server hat die Anfrage des MDM-Servers beantwortet, aber gemeldet, dass er gerade überlastet ist oder Fehler hat. Das liegt bei Apple, nicht an diesem Netzwerk; Mitteilungen können sich verzögern, bis er sich erholt.
finding-apple-busy-fix = An diesem Netzwerk ist nichts zu ändern. Wenn es anhält, den Systemstatus von Apple für den Push-Dienst prüfen und später erneut testen.

finding-no-network-title = Dieser Computer ist mit keinem Netzwerk verbunden.
finding-no-network-explanation = Von hier gibt es keine Route ins Internet, daher konnte nichts getestet werden. Prüfen Sie WLAN oder Kabel und testen Sie dann erneut.
finding-no-network-fix = Diesen Computer mit dem Netzwerk verbinden, das getestet werden soll (WLAN oder Kabel), und sicherstellen, dass er eine Adresse und ein Standard-Gateway bekommt.
finding-dns-broken-title = Dieses Netzwerk kann Apples Server nicht nachschlagen (DNS funktioniert nicht).
finding-dns-broken-explanation = Kein Apple-Name ließ sich in eine Adresse auflösen ({ $hosts }), daher finden Geräte Apples Push-Dienst nicht. Die Verbindungsprüfungen, die diese Namen brauchen, konnten nicht laufen.
finding-dns-broken-fix = Sicherstellen, dass Geräte in diesem Netzwerk (per DHCP) einen funktionierenden DNS-Server bekommen, der öffentliche Namen wie 1-courier.push.apple.com und api.push.apple.com auflöst.
finding-dns-filtered-title = Das DNS dieses Netzwerks versteckt Apples Push-Server.
finding-dns-filtered-explanation = Der DNS-Server des Netzwerks liefert keine Adresse für { $hosts }, ein öffentlicher DNS-Server schon. Höchstwahrscheinlich sperrt ein DNS-Filter Apples Namen.
finding-dns-filtered-fix = *.push.apple.com (und *.apple.com) im DNS-Filter erlauben, damit der DNS-Server des Netzwerks Apples Namen wie jeder öffentliche Resolver beantwortet.
finding-dns-some-title = Dieses Netzwerk kann einige von Apples Push-Servern nicht nachschlagen.
finding-dns-some-explanation = Die Namen { $hosts } wurden nicht aufgelöst, daher konnten diese Prüfungen nicht laufen.
finding-dns-some-fix = Sicherstellen, dass der DNS-Server des Netzwerks *.push.apple.com und captive.apple.com auflöst; jeden DNS-Filter auf gesperrte Apple-Namen prüfen.
finding-dns-outside-title = Das DNS dieses Netzwerks schickt Apples Push-Server an die falsche Stelle.
finding-dns-outside-explanation-rewritten = Apples Push-Server liegen immer in { $range }, aber das DNS dieses Netzwerks hat { $hosts } mit Adressen außerhalb davon beantwortet. Ein öffentlicher DNS-Server hat Apples echte Adressen geliefert, also schreibt ein DNS-Filter oder eine Umleitung in diesem Netzwerk die Antworten um.
finding-dns-outside-explanation = Apples Push-Server liegen immer in { $range }, aber das DNS dieses Netzwerks hat { $hosts } mit Adressen außerhalb davon beantwortet. Wahrscheinliche Ursache ist ein DNS-Filter, eine Umleitung oder ein veralteter lokaler DNS-Eintrag.
finding-dns-outside-fix = *.push.apple.com im DNS-Filter nicht mehr umschreiben oder umleiten (und lokale DNS-Einträge für Apple-Namen entfernen), damit sie auf Apples eigene Adressen auflösen.
finding-dns-partial-title = Einige Namen von Apples Push-Servern werden in diesem Netzwerk nicht aufgelöst.
finding-dns-partial-explanation = { $failed } der { $asked } nummerierten Push-Servernamen bekamen vom DNS dieses Netzwerks keine Adresse ({ $names }). Apple weist jedes Gerät einem davon zu: Geräte mit einem fehlenden Namen können sich nicht verbinden, die anderen funktionieren.
finding-dns-partial-fix = Sicherstellen, dass der DNS-Server des Netzwerks jeden Namen unter *.push.apple.com auflöst (1-courier.push.apple.com bis 50-courier.push.apple.com); in jedem DNS-Filter die ganze Domain statt einzelner Namen erlauben.
finding-captive-title = Eine WLAN-Anmeldeseite ist im Weg.
finding-captive-explanation = Apples Testseite wurde von etwas anderem beantwortet ({ $detail }). Bis sich jemand anmeldet, erreichen iPads und Macs in diesem Netzwerk Apple nicht. Andere Fehler weiter unten können einfach daraus folgen.
finding-captive-fix = Apple-Geräte (oder captive.apple.com und *.push.apple.com) von der WLAN-Anmeldeseite ausnehmen oder für verwaltete Geräte ein Netzwerk ohne Anmeldeseite nutzen.
captive-redirect = Antwort HTTP { $status }, leitet den Browser statt zu Apples Seite nach { $location } um
captive-page = Antwort HTTP { $status } mit einer Seite, die nicht von Apple ist („{ $body }“)
captive-not-http = die Antwort ist kein HTTP: „{ $text }“
finding-unknown-issuer = einem unbekannten Aussteller
finding-interception-vendor = { $vendor } (Zertifikatsaussteller „{ $issuer }“)
finding-interception-device = einem Gerät im Netzwerk (Zertifikatsaussteller „{ $issuer }“)
finding-interception-title = Das Netzwerk entschlüsselt Apples Datenverkehr, und das bricht Push-Mitteilungen.
finding-interception-explanation = Verbindungen zu { $hosts } wurden mit einem Zertifikat von { $who } beantwortet, nicht mit Apples. Apples Dienste lehnen Verbindungen ab, die so geprüft werden (SSL/TLS-Prüfung).
finding-interception-fix = *.push.apple.com, *.apple.com und { $ranges } auf der Firewall oder dem Webfilter von der SSL/TLS-Prüfung (Entschlüsselung) ausnehmen.
finding-wrong-server-title = Ein anderer Server antwortet anstelle von Apples, daher können Geräte sich nicht verbinden.
finding-wrong-server-explanation = Verbindungen zu { $hosts } wurden mit einem gültigen Zertifikat für einen anderen Namen beantwortet: nicht Apples Server und keine Entschlüsselung, sondern etwas anderes unter dieser Adresse, etwa die Sperrseite einer Firewall oder eine falsche DNS-Antwort.
finding-wrong-server-fix = Firewall oder Webfilter auf eine Sperre oder Umleitung für *.push.apple.com und *.apple.com prüfen und das DNS auf falsche Antworten für Apples Namen; Apples Namen müssen Apples eigene Server erreichen.

finding-service-blocked-title = Einige Apple-Dienste, die verwaltete Geräte brauchen, sind gesperrt.
finding-service-hosts-among = { $count } Apple-Hosts, darunter { $some }
finding-service-blocked-explanation = Push kann funktionieren, aber Registrierung, Aktivierung, Updates oder Zertifikatsprüfungen können fehlschlagen: { $hosts } war nicht erreichbar ({ $outcomes }).
finding-service-blocked-fix = Ausgehende Verbindungen aus den Gerätenetzen zu { $hosts } erlauben (diese Hosts können aus Content-Delivery-Netzen außerhalb von Apples Bereichen kommen, daher nach Namen erlauben).
finding-legacy-needed-title = Die alten Push-Ports 2195 und 2196 des MDM-Servers sind geschlossen.
finding-legacy-needed-explanation = Sie haben angegeben, dass dieser MDM-Server noch Apples altes binäres Push-Protokoll nutzt. Apple hat dieses Protokoll am 2021-03-31 eingestellt, daher hört es auch bei offenen Ports auf zu funktionieren: Der Server muss auf die HTTP/2-Provider-API umstellen (Port 443 oder 2197).
finding-legacy-needed-fix = Den MDM-Server auf Apples HTTP/2-Provider-API umstellen (TCP 443 oder 2197 zu { $range }). Bis dahin ausgehendes TCP 2195 und 2196 vom MDM-Server zu { $range } erlauben.
finding-legacy-retired-title = Die Ports 2195 und 2196 sind geschlossen, und das ist in Ordnung: Apple hat sie 2021 eingestellt.
finding-legacy-retired-explanation = Ältere Anleitungen verlangen die Ports 2195 und 2196 für den MDM-Server. Apple hat dieses Protokoll am 2021-03-31 eingestellt; aktuelle MDM-Server nutzen stattdessen Port 443 oder 2197, oben getestet.
finding-untested-title = Push Check konnte dieses Netzwerk nicht testen.
finding-untested-explanation = Es konnte keine Verbindung zu Apple versucht werden, daher gibt es noch keine Antwort. Testen Sie erneut; passiert es wieder, senden Sie den Bericht an die IT.
finding-all-clear-title = Apple-Geräte bekommen in diesem Netzwerk Push-Mitteilungen.
finding-all-clear-explanation = Geräte erreichen Apples Push-Dienst auf den Ports, die Apple verlangt, der MDM-Server erreicht Apples Provider-API, und nichts auf dem Weg entschlüsselt oder leitet den Datenverkehr um ({ $passed } Prüfungen bestanden).{ $hold }
finding-all-clear-devices-title = Apple-Geräte in diesem Netzwerk erreichen Apples Push-Dienst.
finding-all-clear-devices-explanation = Geräte erreichen Apples Push-Dienst auf den Ports, die Apple verlangt, und nichts auf dem Weg entschlüsselt oder leitet den Datenverkehr um ({ $passed } Prüfungen bestanden).{ $hold } Die Verbindung des MDM-Servers zu Apple wurde hier nicht getestet: Testen Sie dafür auf dem MDM-Server.
finding-all-clear-server-title = Dieser MDM-Server kann Push-Mitteilungen an Apple senden.
finding-all-clear-server-explanation = Der MDM-Server erreicht Apples Provider-API, und nichts auf dem Weg entschlüsselt oder leitet den Datenverkehr um ({ $passed } Prüfungen bestanden).{ $hold } Ob Geräte Apple erreichen, wurde hier nicht getestet: Testen Sie dafür im Netzwerk der Geräte.
finding-internal-title = Push Check ist bei einigen seiner Prüfungen intern gescheitert, daher konnten sie nicht getestet werden.
finding-internal-explanation = { $count ->
        [one] Eine Prüfung
       *[other] { $count } Prüfungen
    } konnte wegen eines Fehlers in Push Check selbst nicht laufen ({ $message }), nicht wegen des Netzwerks. Die anderen Prüfungen sind so berichtet, wie sie sind. Bitte senden Sie diesen Bericht an die Entwickler von Push Check.

hold-kept = Eine ruhende Verbindung zu Apple blieb außerdem { $idle } lang offen.
hold-too-short = Push-Verbindungen ruhen 10–15 Minuten lang, daher zeigt erst ein Halten von 15 Minuten oder mehr, dass das Netzwerk sie so lange offen hält.
hold-closed-by-apple = Apples Server hat die gehaltene Verbindung nach { $after } geschlossen, daher wurden längere Ruhezeiten nicht getestet.
idle-cut-off = wurde nach { $after } abgebrochen
idle-no-answer = ruhte { $after } lang und bekam dann gar keine Antwort mehr
idle-survived = , während eine nach { $idle } Ruhe noch funktionierte
idle-path-firewall = Eine Firewall oder NAT
idle-path-proxy = Der Proxy ({ $proxy }) oder eine Firewall dahinter
finding-idle-missed-title = Das Netzwerk vergisst ruhende Verbindungen innerhalb von { $within }, daher gehen Push-Mitteilungen verloren.
finding-idle-delayed-title = Das Netzwerk vergisst ruhende Verbindungen innerhalb von { $within }, und das kann Push-Mitteilungen verzögern.
finding-idle-explanation = Apple-Geräte halten eine Verbindung zu Apples Push-Dienst offen, über die jeweils 10–15 Minuten lang nichts läuft. Eine Testverbindung zu Apple ({ $host }) { $how }{ $survived }. { $path } auf dem Weg vergisst ruhende Verbindungen zu früh: Geräte verpassen dann Mitteilungen, bis sie es merken und sich neu verbinden, obwohl jeder schnelle Test besteht.
finding-idle-fix = Das TCP-Leerlauf-Timeout (Sitzungs-Timeout) für Verbindungen zu { $range } auf den Ports 5223, 443 und 2197 auf mindestens { $minutes } Minuten erhöhen (60 ist sicherer), auf jeder Firewall, jedem NAT und Proxy zwischen diesem Netzwerk und dem Internet. Heute werden ruhende Verbindungen innerhalb von { $within } verworfen.
hold-why-closed = Apples Server hat jede gehaltene Verbindung geschlossen, bevor ihre Ruhezeit vorbei war, daher gab es nichts zu messen
hold-why-not-tried = keine Verbindung zu Apples Provider-API hat funktioniert, daher gab es keine, die offen gehalten werden konnte
hold-why-not-opened = die zu haltenden Verbindungen konnten nicht geöffnet werden
hold-why-not-opened-detail = die zu haltenden Verbindungen konnten nicht geöffnet werden ({ $detail })
finding-hold-untested-title = Der Test der ruhenden Verbindung konnte nicht laufen, daher ist unbekannt, ob das Netzwerk ruhende Verbindungen offen hält.
finding-hold-untested-explanation = Sie haben den Test der ruhenden Verbindung angefordert, aber { $why }. Alles andere oben wurde getestet; dieser Teil hat noch keine Antwort. Starten Sie ihn später erneut; passiert es wieder, senden Sie den Bericht an die IT.

finding-clock-fix = Die Uhr automatisch stellen: ausgehendes UDP 123 zu time.apple.com (oder zum eigenen Zeitserver des Netzwerks) erlauben und „Datum und Uhrzeit automatisch einstellen“ einschalten.
finding-clock-seems-wrong-title = Die Uhr dieses Computers scheint falsch zu gehen, daher wirken Apples Zertifikate für ihn ungültig.
finding-clock-seems-wrong-explanation = Sichere Verbindungen zu Apple sind nur fehlgeschlagen, weil ihre Zertifikate von hier aus abgelaufen oder noch nicht gültig aussahen. Das passiert, wenn das Datum dieses Computers falsch ist, nicht wenn das Netzwerk etwas sperrt.
finding-clock-ahead-title = Die Uhr dieses Computers geht { $off } vor, und das bricht sichere Verbindungen zu Apple.
finding-clock-behind-title = Die Uhr dieses Computers geht { $off } nach, und das bricht sichere Verbindungen zu Apple.
finding-clock-explanation = Apples Server ({ $host }) meldete eine Zeit, die { $off } von der dieses Computers abweicht. Zertifikate und die Push-Tokens des MDM-Servers werden nur mit richtiger Uhr akzeptiert.{ $more }
clock-certificates = Deshalb sind hier auch sichere Verbindungen zu Apple an der Zertifikatsprüfung gescheitert: Das Netzwerk ist nicht die Ursache.
clock-ahead = { $off } vor
clock-behind = { $off } nach
clock-two-opinions = Die beiden Messungen weichen ab: Laut Apples Zeitserver geht dieser Computer { $ntp }, laut { $host } geht er { $date }.
finding-ntp-title = Apples Zeitserver ist nicht erreichbar, daher können die Uhren der Geräte abweichen.
finding-ntp-explanation = Geräte stellen ihre Uhr über UDP-Port 123 nach { $host }, und der wurde hier { $outcomes }. Eine Uhr, die weit genug abweicht, lässt jede sichere Verbindung zu Apple scheitern, Push eingeschlossen.
finding-ntp-fix = Ausgehendes UDP 123 aus den Gerätenetzen zu { $host } erlauben (oder den Geräten per DHCP den eigenen Zeitserver des Netzwerks geben).

proxy-found-in = { $source } ({ $setting })
proxy-source-environment = Umgebungsvariablen
proxy-source-gnome = GNOME-Einstellungen
proxy-source-kde = KDE-Einstellungen
proxy-source-macos = macOS-Netzwerkeinstellungen
proxy-source-wininet = Windows-Interneteinstellungen (Browser)
proxy-source-winhttp = Windows WinHTTP (Dienste)
proxy-exempt = Apples Push-Hosts sind davon ausgenommen, wie Apple es verlangt.
proxy-not-exempt = Apples Push-Hosts sind davon nicht ausgenommen, daher schicken Apps und Dienste, die diesen Einstellungen folgen, Apple-Datenverkehr über den Proxy.
proxy-pac-unusable = Die PAC-Datei konnte nicht verwendet werden ({ $detail }).
finding-proxy-bypassed-title = Auf diesem Computer ist ein Proxy eingerichtet, und Apples Push-Dienst umgeht ihn.
finding-proxy-not-exempt-title = Auf diesem Computer ist ein Proxy eingerichtet, und Apples Push-Datenverkehr ist davon nicht ausgenommen.
finding-proxy-explanation = Gefunden in: { $sources }. { $state }{ $pac } Apple-Geräte nutzen Port 5223 direkt und können einen Proxy nur für den Ausweichweg über Port 443 nutzen, nur wenn er nicht entschlüsselt, und nur seit iOS/iPadOS 13.4 und macOS 10.15.4, wenn er aus einer PAC-Datei kommt. Diese Version hat jede Verbindung direkt getestet.
finding-proxy-fix = *.push.apple.com und { $ranges } vom Proxy ausnehmen (Ausnahmeliste oder DIRECT in der PAC-Datei) und direkt durch die Firewall erlauben.

finding-ipv6-title = Apples Server antworten hier über IPv6, aber IPv6-Verbindungen schlagen fehl.
finding-ipv6-explanation = Apples Namen lösen auf IPv6-Adressen auf, doch jede IPv6-Verbindung wurde { $outcomes }, während IPv4 funktioniert. Geräte bevorzugen IPv6 und verlieren Zeit beim Ausweichen oder scheitern in reinen IPv6-Netzen.
finding-ipv6-fix = Ausgehendes IPv6 zu Apple ({ $ranges }) auf denselben Ports wie IPv4 erlauben oder in diesem Netzwerk kein IPv6 mehr verteilen.
finding-ipv4-title = Apples Server sind hier nur über IPv6 erreichbar; IPv4-Verbindungen schlagen fehl.
finding-ipv4-explanation = Jede IPv4-Verbindung zu Apple wurde { $outcomes }, während IPv6 funktioniert. Geräte und MDM-Server ohne IPv6 (und Netzwerke, die keins verteilen) erreichen Apples Push-Dienst nicht.
finding-ipv4-fix = Ausgehendes IPv4 zu Apple ({ $ranges }) auf denselben Ports wie IPv6 erlauben.

## Nur eine Adressfamilie (Hinweis)

finding-ipv6-unavailable-title = Dieser Computer hat in diesem Netzwerk kein IPv6; Apple-Geräte nutzen hier IPv4.
finding-ipv6-unavailable-explanation = Die Push-Server von Apple haben auch IPv6-Adressen, aber dieser Computer hat keine Route dorthin, daher wurde nur IPv4 getestet. In einem Netzwerk ohne IPv6 nutzen auch Apple-Geräte IPv4. Es muss nichts geändert werden.
finding-ipv4-unavailable-title = Dieser Computer hat in diesem Netzwerk kein IPv4; Apple-Geräte nutzen hier IPv6.
finding-ipv4-unavailable-explanation = Dieser Computer hat keine Route zu den IPv4-Adressen von Apple, daher wurde nur IPv6 getestet. In einem reinen IPv6-Netzwerk nutzen auch Apple-Geräte IPv6.{ $nat64 } Es muss nichts geändert werden.
finding-ipv4-unavailable-nat64 = Die IPv4-Server von Apple werden über das NAT64-Gateway des Netzwerks erreicht (zum Beispiel { $example }).

## Automatische Proxy-Erkennung, die nichts findet

finding-proxy-detect-nothing-title = Die automatische Proxy-Erkennung ist eingeschaltet, findet hier aber keinen Proxy; der Datenverkehr zu Apple geht direkt.
finding-proxy-detect-nothing-explanation = Gefunden in { $sources }.{ $pac } Browser und Apple-Geräte in diesem Netzwerk verbinden sich daher direkt, wie es der Push-Dienst von Apple braucht. Es muss nichts geändert werden.
proxy-wpad-nothing = Die automatische Proxy-Erkennung (WPAD) ist eingeschaltet, hat aber keine PAC-Datei gefunden ({ $why }).
proxy-wpad-why-no-domain = dieser Computer hat keine DNS-Suchdomäne, in der sie suchen könnte
proxy-wpad-why-not-resolved = { $url } lässt sich nicht auflösen
proxy-wpad-why-no-answer = unter { $url } antwortet nichts
proxy-wpad-why-status = { $url } antwortete mit HTTP { $status }
