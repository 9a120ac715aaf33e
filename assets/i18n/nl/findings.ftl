# Bevindingen: wat de diagnose concludeerde, in eenvoudige woorden, met wat u de
# ICT-afdeling moet vragen. Variabelen bevatten poorten, bereiken, hostnamen en productnamen: nooit vertalen.
# Termen: ../GLOSSARY.md.

finding-stopped-title = De test is gestopt voordat hij klaar was.
finding-stopped-explanation = Niets hieronder is een volledig antwoord. Start de test opnieuw en laat hem helemaal doorlopen (dat duurt een paar seconden).
headline-nothing-tested = Er kon niets worden getest.

ranges-rule = { $v4 } (Apple)
ranges-rule-with-v6 = { $v4 } (Apple; voor IPv6 { $v6 })
outcome-answered-not-apple = beantwoord door iets anders dan Apple
outcome-broken-tls = afgebroken bij het opzetten van de versleuteling
outcome-failed = met een fout afgebroken
outcome-not-in-dns = { $subject ->
        [hosts] niet gevonden in de DNS
       *[other] niet opgezet, omdat de naam niet in de DNS staat
    }
outcome-refused = geweigerd
outcome-reset = met een reset verbroken
outcome-silently-dropped = zonder antwoord genegeerd
outcome-unreachable = als onbereikbaar afgewezen

finding-proxy-only-title = De pushdienst van Apple is hier alleen via de proxy bereikbaar.
finding-proxy-only-explanation = Rechtstreekse verbindingen met Apple op { $count ->
        [one] poort { $ports }
       *[other] de poorten { $ports }
    } werden { $outcomes }, maar een tunnel via de proxy { $proxy } naar Apple op poort { $tunnel } werkte. iPads en Macs met iPadOS 13.4 / macOS 10.15.4 of later kunnen een proxy alleen voor de uitwijkroute via poort { $tunnel } gebruiken als een PAC-bestand hem noemt en de proxy het verkeer niet ontsleutelt; poort { $primary } en oudere apparaten kunnen helemaal geen proxy gebruiken, dus push blijft traag en onbetrouwbaar.
finding-proxy-only-fix = Uitgaand TCP { $ports } vanaf de apparaatnetwerken naar { $range } rechtstreeks toestaan, niet via de proxy. Tot die tijd apparaten een PAC-bestand geven dat *.push.apple.com naar de proxy stuurt, zonder SSL-inspectie voor dat verkeer.
finding-ports-blocked-title = iPads en Macs kunnen hier de pushdienst van Apple niet bereiken.
finding-ports-blocked-explanation = Verbindingen op { $count ->
        [one] poort { $ports }
       *[other] de poorten { $ports }
    } werden op elk geprobeerd Apple-adres { $outcomes }. Apparaten krijgen geen MDM-opdrachten en geen meldingen.
finding-ports-blocked-fix = Uitgaand TCP { $ports } vanaf de apparaatnetwerken naar { $range } toestaan. Een inkomende regel is niet nodig.
finding-fallback-only-title = Poort { $primary } is geblokkeerd, dus Apple-apparaten wijken uit naar poort { $fallback } — trager en minder betrouwbaar.
finding-fallback-only-explanation = Apparaten proberen eerst poort { $primary } en pas daarna de uitwijkroute; pushberichten komen laat aan, en apparaten die de uitwijkroute niet kunnen gebruiken (oudere apparaten, of als er een proxy op die route zit) krijgen er helemaal geen. Verbindingen op poort { $primary } werden { $outcomes }.
finding-fallback-blocked-title = De uitwijkpoort { $fallback } naar Apple is geblokkeerd; apparaten zijn volledig afhankelijk van poort { $primary }.
finding-fallback-blocked-explanation = Poort { $primary } werkt, maar verbindingen op de uitwijkpoort { $fallback } werden { $outcomes }. Als { $primary } niet beschikbaar is (bijvoorbeeld op sommige gasten- of hotelnetwerken), komen apparaten er niet meer door.
finding-fallback-blocked-fix = Uitgaand TCP { $fallback } vanaf de apparaatnetwerken naar { $range } toestaan.
finding-partial-allowlist-title = Slechts een deel van de pushservers van Apple is toegestaan, dus push werkt wisselend.
finding-partial-allowlist-explanation = Op { $count ->
        [one] poort { $ports }
       *[other] de poorten { $ports }
    } werkten sommige Apple-adressen en werden verbindingen met andere { $outcomes } ({ $addresses }). Apple verplaatst apparaten tussen veel adressen, dus een firewallregel met losse adressen laat push op willekeurige momenten mislukken.
finding-partial-allowlist-fix = Regels met losse adressen vervangen door het hele bereik: uitgaand TCP { $ports } vanaf de apparaatnetwerken naar { $range } toestaan.

finding-provider-not-apple = in plaats daarvan antwoordde iets anders dan Apple ({ $detail })
finding-provider-connection-was = de verbindingen werden { $outcomes }
finding-provider-blocked-title = De MDM-server kan geen pushberichten naar Apple sturen.
finding-provider-blocked-explanation = Naar de provider-API van Apple ({ $host }, { $count ->
        [one] poort
       *[other] poorten
    } { $ports }) stuurt de MDM-server elk pushbericht; { $what }.
finding-provider-blocked-fix = Uitgaand TCP { $ports } vanaf de MDM-server naar { $range } toestaan, rechtstreeks en zonder SSL-inspectie.
finding-provider-port-title = De MDM-server bereikt Apple op poort { $good }, maar niet op poort { $bad }.
finding-provider-port-explanation = Op poort { $bad }: { $what }. Dat is geen probleem als de MDM-server poort { $good } gebruikt; staat hij ingesteld op { $bad }, dan komen zijn pushberichten niet aan.
finding-provider-port-fix = Uitgaand TCP { $bad } vanaf de MDM-server naar { $range } toestaan.
finding-apple-busy-title = De provider-API van Apple antwoordde, maar was overbelast ({ $status } { $reason }).
finding-apple-busy-explanation = De weg van hier naar Apple werkt: de eigen server van Apple beantwoordde het verzoek van de MDM-server, maar meldde dat hij nu overbelast is of storingen heeft. Dat ligt aan Apple, niet aan dit netwerk; meldingen kunnen vertraagd zijn tot hij hersteld is.
finding-apple-busy-fix = Aan dit netwerk hoeft niets te veranderen. Als het aanhoudt, de systeemstatus van Apple voor de pushdienst bekijken en later opnieuw testen.

finding-no-network-title = Deze computer is niet met een netwerk verbonden.
finding-no-network-explanation = Er is hier geen route naar internet, dus er kon niets worden getest. Controleer de wifi of kabel en test daarna opnieuw.
finding-no-network-fix = Deze computer verbinden met het netwerk dat u wilt testen (wifi of kabel) en zorgen dat hij een adres en een standaardgateway krijgt.
finding-dns-broken-title = Dit netwerk kan de servers van Apple niet opzoeken (DNS werkt niet).
finding-dns-broken-explanation = Geen enkele Apple-naam kon worden omgezet in een adres ({ $hosts }), dus apparaten vinden de pushdienst van Apple niet. De verbindingscontroles die deze namen nodig hebben, konden niet worden uitgevoerd.
finding-dns-broken-fix = Zorgen dat apparaten op dit netwerk (via DHCP) een werkende DNS-server krijgen die openbare namen zoals 1-courier.push.apple.com en api.push.apple.com omzet.
finding-dns-filtered-title = De DNS van dit netwerk verbergt de pushservers van Apple.
finding-dns-filtered-explanation = De DNS-server van het netwerk geeft geen adres voor { $hosts }, terwijl een openbare DNS-server dat wel doet. Waarschijnlijk blokkeert een DNS-filter de namen van Apple.
finding-dns-filtered-fix = *.push.apple.com (en *.apple.com) toestaan in het DNS-filter, zodat de DNS-server van het netwerk de namen van Apple beantwoordt zoals elke openbare resolver.
finding-dns-some-title = Dit netwerk kan sommige pushservers van Apple niet opzoeken.
finding-dns-some-explanation = { $count ->
        [one] De naam { $hosts } werd niet omgezet, dus de controles die deze naam nodig hebben, konden niet worden uitgevoerd.
       *[other] De namen { $hosts } werden niet omgezet, dus de controles die deze namen nodig hebben, konden niet worden uitgevoerd.
    }
finding-dns-some-fix = Zorgen dat de DNS-server van het netwerk *.push.apple.com en captive.apple.com omzet; elk DNS-filter controleren op geblokkeerde Apple-namen.
finding-dns-outside-title = De DNS van dit netwerk stuurt de pushservers van Apple naar de verkeerde plek.
finding-dns-outside-explanation-rewritten = De pushservers van Apple staan altijd in { $range }, maar de DNS van dit netwerk beantwoordde { $hosts } met adressen daarbuiten. Een openbare DNS-server gaf de echte adressen van Apple, dus een DNS-filter of omleiding op dit netwerk herschrijft de antwoorden.
finding-dns-outside-explanation = De pushservers van Apple staan altijd in { $range }, maar de DNS van dit netwerk beantwoordde { $hosts } met adressen daarbuiten. Een DNS-filter, een omleiding of een verouderde lokale DNS-vermelding is de waarschijnlijke oorzaak.
finding-dns-outside-fix = *.push.apple.com niet langer herschrijven of omleiden in het DNS-filter (en lokale DNS-vermeldingen voor Apple-namen verwijderen), zodat ze naar de eigen adressen van Apple verwijzen.
finding-dns-partial-title = Sommige namen van de pushservers van Apple worden op dit netwerk niet omgezet.
finding-dns-partial-explanation = { $failed ->
        [one] { $failed } van de { $asked } genummerde namen van pushservers kreeg
       *[other] { $failed } van de { $asked } genummerde namen van pushservers kregen
    } geen adres van de DNS van dit netwerk ({ $names }). Apple wijst elk apparaat een van deze namen toe: apparaten met een ontbrekende naam kunnen geen verbinding maken, de andere werken wel.
finding-dns-partial-fix = Zorgen dat de DNS-server van het netwerk elke naam onder *.push.apple.com omzet (1-courier.push.apple.com tot en met 50-courier.push.apple.com); in elk DNS-filter het hele domein toestaan in plaats van losse namen.
finding-captive-title = Er zit een wifi-inlogpagina in de weg.
finding-captive-explanation = De testpagina van Apple werd door iets anders beantwoord ({ $detail }). Zolang niemand inlogt, kunnen iPads en Macs op dit netwerk Apple niet bereiken. Andere fouten hieronder kunnen daar gewoon het gevolg van zijn.
finding-captive-fix = Apple-apparaten (of captive.apple.com en *.push.apple.com) uitzonderen van de wifi-inlogpagina, of voor beheerde apparaten een netwerk zonder inlogpagina gebruiken.
captive-redirect = antwoord HTTP { $status }, dat de browser naar { $location } stuurt in plaats van naar de pagina van Apple
captive-page = antwoord HTTP { $status } met een pagina die niet van Apple is ("{ $body }")
captive-not-http = het antwoord is geen HTTP: "{ $text }"
finding-unknown-issuer = een onbekende uitgever
finding-interception-vendor = { $vendor } (uitgever van het certificaat "{ $issuer }")
finding-interception-device = een apparaat op het netwerk (uitgever van het certificaat "{ $issuer }")
finding-interception-title = Het netwerk ontsleutelt het verkeer van Apple, en daardoor werken pushberichten niet.
finding-interception-explanation = Verbindingen met { $hosts } werden beantwoord met een certificaat van { $who }, niet met dat van Apple. De diensten van Apple weigeren verbindingen die op deze manier worden geïnspecteerd (SSL/TLS-inspectie).
finding-interception-fix = *.push.apple.com, *.apple.com en { $ranges } uitzonderen van SSL/TLS-inspectie (ontsleuteling) op de firewall of het webfilter.
finding-wrong-server-title = Een andere server antwoordt in plaats van die van Apple, dus apparaten kunnen geen verbinding maken.
finding-wrong-server-explanation = Verbindingen met { $hosts } werden beantwoord met een geldig certificaat voor een andere naam: niet de server van Apple en geen ontsleuteling, maar iets anders op dat adres, zoals de blokkeerpagina van een firewall of een verkeerd DNS-antwoord.
finding-wrong-server-fix = De firewall of het webfilter controleren op een blokkade of omleiding voor *.push.apple.com en *.apple.com, en de DNS op verkeerde antwoorden voor de namen van Apple; de namen van Apple moeten de eigen servers van Apple bereiken.

finding-service-blocked-title = Sommige Apple-diensten die beheerde apparaten nodig hebben, zijn geblokkeerd.
finding-service-hosts-among = { $count ->
        [one] { $count } Apple-host
       *[other] { $count } Apple-hosts
    }, waaronder { $some },
finding-service-blocked-explanation = Push kan werken, maar inschrijving, activering, updates of certificaatcontroles kunnen mislukken: { $hosts } { $count ->
        [one] was
       *[other] waren
    } niet bereikbaar ({ $outcomes }).
finding-service-blocked-fix = Uitgaande verbindingen vanaf de apparaatnetwerken naar { $hosts } toestaan ({ $count ->
        [one] deze host kan via een CDN buiten de adresbereiken van Apple worden aangeboden, dus op hostnaam toestaan
       *[other] deze hosts kunnen via CDN's buiten de adresbereiken van Apple worden aangeboden, dus op hostnaam toestaan
    }).
finding-legacy-needed-title = De oude pushpoorten 2195 en 2196 van de MDM-server zijn dicht.
finding-legacy-needed-explanation = U gaf aan dat deze MDM-server nog het oude binaire pushprotocol van Apple gebruikt. Apple heeft dat protocol op 31 maart 2021 stopgezet, dus ook met open poorten werkt het niet meer: de server moet overstappen op de HTTP/2-provider-API (poort 443 of 2197).
finding-legacy-needed-fix = De MDM-server bijwerken naar de HTTP/2-provider-API van Apple (TCP 443 of 2197 naar { $range }). Tot die tijd uitgaand TCP 2195 en 2196 vanaf de MDM-server naar { $range } toestaan.
finding-legacy-retired-title = De poorten 2195 en 2196 zijn dicht, en dat is goed zo: Apple gebruikt ze sinds 2021 niet meer.
finding-legacy-retired-explanation = In oudere handleidingen staan de poorten 2195 en 2196 voor de MDM-server. Apple heeft dat protocol op 31 maart 2021 stopgezet; huidige MDM-servers gebruiken in plaats daarvan poort 443 of 2197, die hierboven zijn getest.
finding-untested-title = Push Check kon dit netwerk niet testen.
finding-untested-explanation = Er kon geen verbinding met Apple worden geprobeerd, dus er is nog geen antwoord. Test opnieuw; als het blijft gebeuren, stuur dan het rapport naar de ICT-afdeling.
finding-all-clear-title = Apple-apparaten kunnen op dit netwerk pushberichten krijgen.
finding-all-clear-explanation = Apparaten bereiken de pushdienst van Apple op de poorten die Apple vraagt, de MDM-server bereikt de provider-API van Apple, en niets onderweg ontsleutelt of leidt het verkeer om ({ $passed ->
        [one] { $passed } controle geslaagd
       *[other] { $passed } controles geslaagd
    }).{ $hold }
finding-all-clear-devices-title = Apple-apparaten op dit netwerk kunnen de pushdienst van Apple bereiken.
finding-all-clear-devices-explanation = Apparaten bereiken de pushdienst van Apple op de poorten die Apple vraagt, en niets onderweg ontsleutelt of leidt het verkeer om ({ $passed ->
        [one] { $passed } controle geslaagd
       *[other] { $passed } controles geslaagd
    }).{ $hold } De verbinding van de MDM-server met Apple is hier niet getest: test daarvoor op de MDM-server.
finding-all-clear-server-title = Deze MDM-server kan pushberichten naar Apple sturen.
finding-all-clear-server-explanation = De MDM-server bereikt de provider-API van Apple, en niets onderweg ontsleutelt of leidt het verkeer om ({ $passed ->
        [one] { $passed } controle geslaagd
       *[other] { $passed } controles geslaagd
    }).{ $hold } Of apparaten Apple kunnen bereiken, is hier niet getest: test daarvoor op het netwerk van de apparaten.
finding-internal-title = Bij een aantal controles ging er binnen Push Check iets mis, dus die konden niet worden getest.
finding-internal-explanation = { $count ->
        [one] Eén controle kon
       *[other] { $count } controles konden
    } niet worden uitgevoerd door een fout in Push Check zelf ({ $message }), niet door het netwerk. De andere controles worden gemeld zoals ze zijn. Stuur dit rapport alstublieft naar de ontwikkelaars van Push Check.

hold-kept = Een stille verbinding met Apple bleef ook { $idle } open.
hold-too-short = Pushverbindingen zijn vaak 10–15 minuten stil, dus alleen een test van 15 minuten of langer laat zien of het netwerk ze zo lang openhoudt.
hold-closed-by-apple = De server van Apple sloot de opengehouden verbinding na { $after }, dus langere stiltes zijn niet getest.
idle-cut-off = werd na { $after } verbroken
idle-no-answer = was { $after } stil en kreeg daarna helemaal geen antwoord meer
idle-survived = , terwijl een verbinding die { $idle } stil was nog wel werkte
idle-path-firewall = Een firewall of NAT
idle-path-proxy = De proxy ({ $proxy }) of een firewall erachter
finding-idle-missed-title = Het netwerk verbreekt stille verbindingen binnen { $within }, dus pushberichten gaan verloren.
finding-idle-delayed-title = Het netwerk verbreekt stille verbindingen binnen { $within }, en dat kan pushberichten vertragen.
finding-idle-explanation = Apple-apparaten houden één verbinding met de pushdienst van Apple open, en daarover gaat soms 10–15 minuten lang niets. Een testverbinding met Apple ({ $host }) { $how }{ $survived }. { $path } onderweg verbreekt stille verbindingen te snel: apparaten missen dan pushberichten tot ze het merken en opnieuw verbinding maken, ook al slaagt elke snelle test.
finding-idle-fix = De TCP-inactiviteitstime-out (sessietime-out) voor verbindingen naar { $range } op poorten 5223, 443 en 2197 verhogen naar minstens { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    } (60 is veiliger) op elke firewall, NAT en proxy tussen dit netwerk en internet. Op dit moment worden stille verbindingen al binnen { $within } verbroken.
hold-why-closed = de server van Apple sloot elke opengehouden verbinding voordat de stilte voorbij was, dus er viel niets te meten
hold-why-not-tried = geen enkele verbinding met de provider-API van Apple werkte, dus er was er geen om open te houden
hold-why-not-opened = de verbindingen voor deze test konden niet worden opgezet
hold-why-not-opened-detail = de verbindingen voor deze test konden niet worden opgezet ({ $detail })
finding-hold-untested-title = De test van de stille verbinding kon niet worden uitgevoerd, dus het is onbekend of het netwerk stille verbindingen openhoudt.
finding-hold-untested-explanation = U vroeg om de test van de stille verbinding, maar { $why }. Al het andere hierboven is getest; dit deel heeft nog geen antwoord. Voer de test later opnieuw uit; als het blijft gebeuren, stuur dan het rapport naar de ICT-afdeling.

finding-clock-fix = De klok automatisch instellen: uitgaand UDP 123 naar time.apple.com (of naar de eigen tijdserver van het netwerk) toestaan en automatische datum en tijd inschakelen.
finding-clock-seems-wrong-title = De klok van deze computer staat waarschijnlijk verkeerd, waardoor de certificaten van Apple ongeldig lijken.
finding-clock-seems-wrong-explanation = Beveiligde verbindingen met Apple mislukten alleen omdat hun certificaten van hieruit verlopen of nog niet geldig leken. Dat gebeurt als de datum van deze computer verkeerd is, niet als het netwerk iets blokkeert.
finding-clock-ahead-title = De klok van deze computer loopt { $off } voor, en daardoor mislukken beveiligde verbindingen met Apple.
finding-clock-behind-title = De klok van deze computer loopt { $off } achter, en daardoor mislukken beveiligde verbindingen met Apple.
finding-clock-explanation = De server van Apple ({ $host }) meldde een tijd die { $off } afwijkt van die van deze computer. Certificaten en de pushtokens van de MDM-server worden alleen met een juiste klok geaccepteerd.{ $also }
clock-certificates = Daarom mislukten hier ook de certificaatcontroles van beveiligde verbindingen met Apple: het netwerk is niet de oorzaak.
clock-ahead = { $off } voor
clock-behind = { $off } achter
clock-two-opinions = De twee metingen verschillen: volgens de tijdserver van Apple loopt deze computer { $ntp }, volgens { $host } loopt hij { $date }.
finding-ntp-title = De tijdserver van Apple is niet bereikbaar, dus de klokken van apparaten kunnen afwijken.
finding-ntp-explanation = Apparaten zetten hun klok gelijk met { $host } via UDP-poort 123; verbindingen daarmee werden hier { $outcomes }. Een klok die ver genoeg afwijkt, laat elke beveiligde verbinding met Apple mislukken, push inbegrepen.
finding-ntp-fix = Uitgaand UDP 123 vanaf de apparaatnetwerken naar { $host } toestaan (of apparaten via DHCP de eigen tijdserver van het netwerk geven).

proxy-found-in = { $source } ({ $setting })
proxy-source-environment = omgevingsvariabelen
proxy-source-gnome = GNOME-instellingen
proxy-source-kde = KDE-instellingen
proxy-source-macos = netwerkinstellingen van macOS
proxy-source-wininet = internetinstellingen van Windows (browsers)
proxy-source-winhttp = WinHTTP van Windows (services)
proxy-exempt = De pushhosts van Apple zijn ervan uitgezonderd, zoals Apple vraagt.
proxy-not-exempt = De pushhosts van Apple zijn er niet van uitgezonderd, dus apps en diensten die deze instellingen volgen, sturen Apple-verkeer via de proxy.
proxy-pac-unusable = Het PAC-bestand kon niet worden gebruikt ({ $detail }).
finding-proxy-bypassed-title = Op deze computer is een proxy ingesteld, en het verkeer naar de pushdienst van Apple gaat er buitenom.
finding-proxy-not-exempt-title = Op deze computer is een proxy ingesteld en het pushverkeer van Apple is er niet van uitgezonderd.
finding-proxy-explanation = Gevonden in { $sources }. { $state }{ $pac } Apple-apparaten gebruiken poort 5223 rechtstreeks en kunnen een proxy alleen gebruiken voor de uitwijkroute via poort 443, alleen als die proxy niet ontsleutelt, en pas sinds iOS/iPadOS 13.4 en macOS 10.15.4 als hij in een PAC-bestand staat. Deze versie heeft elke verbinding rechtstreeks getest.
finding-proxy-fix = *.push.apple.com en { $ranges } uitzonderen van de proxy (uitzonderingslijst, of DIRECT in het PAC-bestand) en ze rechtstreeks door de firewall toestaan.

finding-ipv6-title = De servers van Apple antwoorden hier via IPv6, maar IPv6-verbindingen mislukken.
finding-ipv6-explanation = De namen van Apple worden omgezet naar IPv6-adressen, maar alle IPv6-verbindingen werden { $outcomes }, terwijl IPv4 wel werkt. Apparaten geven de voorkeur aan IPv6 en verliezen tijd met terugvallen op IPv4, of werken helemaal niet op netwerken met alleen IPv6.
finding-ipv6-fix = Uitgaand IPv6 naar Apple ({ $ranges }) toestaan op dezelfde poorten als IPv4, of op dit netwerk geen IPv6 meer uitdelen.
finding-ipv4-title = De servers van Apple zijn hier alleen via IPv6 bereikbaar; IPv4-verbindingen mislukken.
finding-ipv4-explanation = Alle IPv4-verbindingen met Apple werden { $outcomes }, terwijl IPv6 wel werkt. Apparaten en MDM-servers zonder IPv6 (en netwerken die geen IPv6 uitdelen) kunnen de pushdienst van Apple niet bereiken.
finding-ipv4-fix = Uitgaand IPv4 naar Apple ({ $ranges }) toestaan op dezelfde poorten als IPv6.

## Maar één adresfamilie (informatie)

finding-ipv6-unavailable-title = Deze computer heeft op dit netwerk geen IPv6; Apple-apparaten gebruiken hier IPv4.
finding-ipv6-unavailable-explanation = De pushservers van Apple hebben ook IPv6-adressen, maar deze computer heeft er geen route naartoe, dus is alleen IPv4 getest. Op een netwerk zonder IPv6 gebruiken Apple-apparaten ook IPv4. Er hoeft niets te veranderen.
finding-ipv4-unavailable-title = Deze computer heeft op dit netwerk geen IPv4; Apple-apparaten gebruiken hier IPv6.
finding-ipv4-unavailable-explanation = Deze computer heeft geen route naar de IPv4-adressen van Apple, dus is alleen IPv6 getest. Op een netwerk met alleen IPv6 gebruiken Apple-apparaten ook IPv6.{ $nat64 } Er hoeft niets te veranderen.
finding-ipv4-unavailable-nat64 = De IPv4-servers van Apple worden bereikt via de NAT64-gateway van het netwerk (bijvoorbeeld { $example }).

## Automatische proxydetectie die niets vindt

finding-proxy-detect-nothing-title = Automatische proxydetectie staat aan, maar vindt hier geen proxy, dus het verkeer naar Apple gaat rechtstreeks.
finding-proxy-detect-nothing-explanation = Gevonden in { $sources }.{ $pac } Browsers en Apple-apparaten op dit netwerk maken daarom rechtstreeks verbinding, zoals de pushdienst van Apple vereist. Er hoeft niets te veranderen.
proxy-wpad-nothing = Automatische proxydetectie (WPAD) staat aan, maar heeft geen PAC-bestand gevonden ({ $why }).
proxy-wpad-why-no-domain = deze computer heeft geen DNS-zoekdomein om in te zoeken
proxy-wpad-why-not-resolved = { $url } wordt niet omgezet
proxy-wpad-why-no-answer = op { $url } antwoordt niets
proxy-wpad-why-status = { $url } antwoordde met HTTP { $status }

## The school's own MDM server and the handshake of iOS 26

finding-mdm-unreachable-title = Dit netwerk kan uw MDM-server { $host } niet bereiken.
finding-mdm-unreachable-explanation = { $step ->
        [dns] De naam { $host } wordt hier niet omgezet.
        [connect] De verbinding met { $host } op poort { $port } werd { $outcomes }.
        [tls] { $host } nam de verbinding aan, maar het opzetten van de versleuteling mislukte: iets onderweg blokkeert of wijzigt het.
       *[http] Met { $host } is de versleutelde verbinding opgezet, maar er kwam geen antwoord.
    } Apparaten op dit netwerk kunnen zich niet inschrijven, niet inchecken en geen opdrachten van de server ontvangen. Het gaat om { $where }. Dit geldt voor de netwerkroute van deze computer; het wifinetwerk van de iPads kan anders zijn.
finding-mdm-unreachable-fix = { $step ->
        [dns] Zorgen dat { $host } op de apparaatnetwerken wordt omgezet; bij een clouddienst het juiste adres navragen bij uw MDM-leverancier.
        [connect] Uitgaand TCP { $port } vanaf de apparaatnetwerken naar { $host } ({ $address }) toestaan.
        [tls] { $host } uitzonderen van SSL/TLS-inspectie en het verkeer ervan ongewijzigd doorlaten.
       *[http] Uw MDM-leverancier (of wie { $host } beheert) moet de server nakijken: die accepteert verbindingen, maar geeft geen antwoord.
    }
mdm-where-inside = een server binnen uw netwerk (een privéadres)
mdm-where-cloud = een dienst op internet (een openbaar adres), die dus door uw MDM-leverancier wordt beheerd
mdm-where-unknown = een server waarvan niet kon worden vastgesteld waar hij staat
finding-mdm-untrusted-title = Apple-apparaten weigeren het certificaat van uw MDM-server { $host }.
finding-mdm-untrusted-explanation = Apparaten controleren het certificaat van een server voordat ze zich inschrijven of inchecken, en dit certificaat voldoet niet aan de regels van Apple: { $reasons }. Apple-apparaten handhaven deze regels al sinds iOS 13 en macOS 10.15, dus het gaat nu al mis, welke versie de apparaten ook hebben.
finding-mdm-untrusted-fix = Uw MDM-leverancier (of wie { $host } beheert) moet een certificaat installeren dat Apple-apparaten vertrouwen: uitgegeven door een openbare certificeringsinstantie of door het eigen rootcertificaat van de school dat op de apparaten is geïnstalleerd, op naam van { $host }, met een RSA-sleutel van minstens { $rsa } bits (of een ECDSA-sleutel van 256 bits), ondertekend met SHA-256, bedoeld voor serverauthenticatie en hoogstens { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    } geldig.
cert-reason-untrusted = de apparaten vertrouwen de uitgever { $issuer } niet
cert-reason-expired = het is verlopen (of de klok van deze computer staat verkeerd)
cert-reason-not-yet-valid = het is nog niet geldig (of de klok van deze computer staat verkeerd)
cert-reason-name = de naam { $host } staat er niet in
cert-reason-rsa = de RSA-sleutel heeft maar { $bits } bits (minimaal { $min })
cert-reason-sha1 = het is ondertekend met SHA-1
cert-reason-md5 = het is ondertekend met MD5
cert-reason-server-auth = het is na { $date } uitgegeven zonder het doel 'serverauthenticatie'
cert-reason-lifetime = het is { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    } geldig (voor certificaten uitgegeven na { $date }: hoogstens { $max } dagen)
cert-reason-public-lifetime = het is { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    } geldig (voor openbaar vertrouwde certificaten uitgegeven na { $date }: hoogstens { $max } dagen)
cert-reason-ca = het is geen servercertificaat maar het eigen certificaat van een certificeringsinstantie
cert-reason-other = de precieze reden staat in de details
finding-mdm-tls-not-ready-title = Uw MDM-server { $host } is niet klaar voor de strengere TLS-regels van iOS { $release }.
finding-mdm-tls-not-ready-explanation = Apple heeft op { $date } aangekondigd (supportartikel 126655) dat apparaten vanaf iOS, iPadOS en macOS { $release } MDM-, inschrijvings-, app- en updateservers zonder moderne TLS kunnen weigeren. { $host } mist { $missing }. Op dit moment werken inschrijven en inchecken nog; na de update kan dat ophouden. Dit geldt voor de server zoals deze computer hem bereikt.
finding-mdm-tls-not-ready-fix = Uw MDM-leverancier (of wie { $host } beheert) moet { $asks }, voordat de apparaten naar de volgende grote versie worden bijgewerkt.
mdm-missing-tls = zowel TLS 1.3 als TLS 1.2 met een van de cipher suites die Apple toestaat (ECDHE met AES-GCM of AES-CBC)
mdm-missing-ems = Extended Master Secret bij TLS 1.2 (en biedt ook geen TLS 1.3 aan)
mdm-missing-ec = een EC-sleutel (elliptische curve) van minstens { $min } bits (nu { $bits })
mdm-missing-rsa = een RSA-sleutel van minstens { $min } bits (nu { $bits })
mdm-missing-hash = een certificaathandtekening met een hash van minstens { $min } bits
mdm-ask-tls = TLS 1.3 of anders TLS 1.2 met een ECDHE-suite met AES-GCM aanbieden
mdm-ask-ems = Extended Master Secret (RFC 7627) voor TLS 1.2 inschakelen of TLS 1.3 aanbieden
mdm-ask-ec = een certificaat met een EC-sleutel van minstens { $min } bits gebruiken
mdm-ask-rsa = een certificaat met een RSA-sleutel van minstens { $min } bits gebruiken
mdm-ask-hash = een certificaat gebruiken dat met SHA-256 of sterker is ondertekend
finding-mdm-tls-ready-title = Uw MDM-server { $host } is klaar voor de strengere TLS-regels van iOS { $release }.
finding-mdm-tls-ready-explanation = De server biedt { $how }, en het certificaat voldoet aan de regels van Apple: dat is wat apparaten vanaf iOS, iPadOS en macOS { $release } vereisen (Apple-supportartikel 126655, { $date }).{ $extras }
mdm-how-tls13 = TLS 1.3
mdm-how-tls12 = TLS 1.2 met { $suite } en Extended Master Secret
mdm-extra-old-versions = De server accepteert ook nog { $versions }, die Apple-apparaten nooit gebruiken; dat kan de apparaten geen kwaad, al wil de ICT-afdeling die misschien uitschakelen.
mdm-extra-rsa = De server accepteert ook TLS 1.2 zonder forward secrecy (RSA-sleuteluitwisseling); Apple-apparaten bieden dat nooit aan.
finding-large-hello-blocked-title = Dit netwerk houdt de grotere beveiligde handshake van iOS 26 tegen, dus bijgewerkte iPads en Macs kunnen geen verbinding maken.
finding-large-hello-blocked-explanation = iOS, iPadOS en macOS 26 beginnen beveiligde verbindingen met een post-quantumsleutel (Apple-supportartikel 122756), waardoor hun eerste bericht ongeveer { $bytes } bytes groot is: twee netwerkpakketten. Naar { $targets } kwam de klassieke handshake van { $classic } bytes wel door, maar de verbindingen met de grotere handshake werden { $outcomes }. { $cause } Apparaten met een oudere versie werken nog; apparaten met versie 26 of later kunnen geen verbinding maken.
large-hello-cause-group = Een klassieke handshake die tot dezelfde grootte was opgevuld, kwam wel door, dus de firewall of het inspectieapparaat weigert de nieuwe sleuteluitwisseling zelf.
large-hello-cause-size = Een klassieke handshake die tot dezelfde grootte was opgevuld, mislukte ook, dus iets onderweg kan niet omgaan met een handshake die over twee pakketten verdeeld is.
finding-large-hello-blocked-fix = De firmware bijwerken van de firewall of het TLS-inspectieapparaat tussen de apparaten en { $targets }, en TCP-reassembly inschakelen, zodat de pakketten worden samengevoegd voordat de servernaam (SNI) wordt geïnspecteerd.
finding-large-hello-passes-title = De grotere beveiligde handshake van iOS 26 komt door dit netwerk.
finding-large-hello-passes-explanation = iOS, iPadOS en macOS 26 beginnen beveiligde verbindingen met een post-quantumsleutel, in een eerste bericht van ongeveer { $bytes } bytes; dat bericht bereikte { $targets }. Er hoeft niets te veranderen.
