# Findings: what the diagnosis concluded, in plain words, with the change to ask IT for.
# Placeables hold words IT recognises (ports, ranges, host names, product names): never
# translate them. Terms: see ../GLOSSARY.md.

## The run itself

finding-stopped-title = The test was stopped before it finished.
finding-stopped-explanation = Nothing below is a complete answer. Run the test again and let it finish (it takes a few seconds).
headline-nothing-tested = Nothing could be tested.

## Ranges and outcomes, used inside other sentences

# $v4: Apple's IPv4 ranges ("17.0.0.0/8").
ranges-rule = { $v4 } (Apple)
# $v6: Apple's IPv6 ranges.
ranges-rule-with-v6 = { $v4 } (Apple; for IPv6 { $v6 })
# $subject: what it describes, to agree with (connection, connections, port, ports, addresses or hosts).
outcome-answered-not-apple = answered by something that is not Apple
# $subject: what it describes, to agree with (connection, connections, port, ports, addresses or hosts).
outcome-broken-tls = broken during encryption set-up
# $subject: what it describes, to agree with (connection, connections, port, ports, addresses or hosts).
outcome-failed = failed
# $subject: what it describes, to agree with (connection, connections, port, ports, addresses or hosts).
outcome-not-in-dns = not found in DNS
# $subject: what it describes, to agree with (connection, connections, port, ports, addresses or hosts).
outcome-refused = refused
# $subject: what it describes, to agree with (connection, connections, port, ports, addresses or hosts).
outcome-reset = reset
# $subject: what it describes, to agree with (connection, connections, port, ports, addresses or hosts).
outcome-silently-dropped = silently dropped
# $subject: what it describes, to agree with (connection, connections, port, ports, addresses or hosts).
outcome-unreachable = unreachable

## Blocked ports

finding-proxy-only-title = Apple's push service is reachable here only through the proxy.
# $count: how many ports; $ports: the push ports; $outcomes: what happened ("refused and
# reset"); $proxy: the proxy's address; $tunnel: the port that worked through it; $primary:
# the first push port (5223).
finding-proxy-only-explanation = Direct connections to Apple on { $count ->
        [one] port
       *[other] ports
    } { $ports } were { $outcomes }, but a tunnel through the proxy { $proxy } to Apple on port { $tunnel } worked. iPads and Macs on iPadOS 13.4 / macOS 10.15.4 and later can use a proxy for the port { $tunnel } fallback only when a PAC file names it and the proxy does not decrypt the traffic; port { $primary } and older devices cannot use a proxy at all, so push stays slow and unreliable.
# $range: Apple's ranges as a firewall rule's destination.
finding-proxy-only-fix = Allow outbound TCP { $ports } from the device networks to { $range } directly, not via the proxy. Until then, hand devices a PAC file that sends *.push.apple.com to the proxy, with no SSL inspection for it.
finding-ports-blocked-title = iPads and Macs here can't reach Apple's push service.
# $count: how many ports.
finding-ports-blocked-explanation = { $count ->
        [one] Port { $ports } was
       *[other] Ports { $ports } were
    } { $outcomes } on every Apple address tried. Devices will not receive MDM commands or notifications.
finding-ports-blocked-fix = Allow outbound TCP { $ports } from the device networks to { $range }. No inbound rule is needed.
finding-fallback-only-title = Port { $primary } is blocked, so Apple devices fall back to port { $fallback } — slower and less reliable.
finding-fallback-only-explanation = Devices try port { $primary } first and only then the fallback; notifications arrive late, and devices that cannot use the fallback (older ones, or where a proxy sits on it) get none. Port { $primary } was { $outcomes }.
finding-fallback-blocked-title = The fallback port { $fallback } to Apple is blocked; devices depend on port { $primary } alone.
finding-fallback-blocked-explanation = Port { $primary } works, but its fallback { $fallback } was { $outcomes }. When { $primary } is unavailable (on some guest or hotel networks, for example) devices have no way through.
finding-fallback-blocked-fix = Allow outbound TCP { $fallback } from the device networks to { $range }.
finding-partial-allowlist-title = Only some of Apple's push servers are allowed, so push will work on and off.
# $count: how many ports; $addresses: some of the blocked addresses.
finding-partial-allowlist-explanation = On { $count ->
        [one] port
       *[other] ports
    } { $ports }, some Apple addresses worked and others were { $outcomes } ({ $addresses }). Apple moves devices between many addresses, so a firewall rule that lists single addresses breaks push at random.
finding-partial-allowlist-fix = Replace single-address rules with the whole range: allow outbound TCP { $ports } from the device networks to { $range }.

## The MDM server's provider API

# $detail: technical detail of what answered.
finding-provider-not-apple = something that is not Apple answered instead ({ $detail })
finding-provider-connection-was = the connection was { $outcomes }
finding-provider-blocked-title = The MDM server can't send push notifications to Apple.
# $host: the provider API's host name; $what: one of the two messages above.
finding-provider-blocked-explanation = Apple's provider API ({ $host }, { $count ->
        [one] port
       *[other] ports
    } { $ports }) is where the MDM server sends every push; { $what }.
finding-provider-blocked-fix = Allow outbound TCP { $ports } from the MDM server to { $range }, directly and without SSL inspection.
# $good: ports that work; $bad: ports that do not.
finding-provider-port-title = The MDM server reaches Apple on port { $good } but not on port { $bad }.
finding-provider-port-explanation = On port { $bad } { $what }. That is fine if the MDM server uses port { $good }; if it is set to use { $bad }, its notifications fail.
finding-provider-port-fix = Allow outbound TCP { $bad } from the MDM server to { $range }.
# $status: the HTTP status (503); $reason: Apple's reason text.
finding-apple-busy-title = Apple's provider API answered but was busy ({ $status } { $reason }).
finding-apple-busy-explanation = The way from here to Apple works: Apple's own server answered the MDM server's request, but said it is overloaded or failing right now. That is on Apple's side, not this network's; notifications may be delayed until it recovers.
finding-apple-busy-fix = Nothing to change on this network. If it lasts, check Apple's system status for the push service and test again later.

## No network, DNS, login pages, decryption

finding-no-network-title = This computer is not connected to a network.
finding-no-network-explanation = There is no route to the internet from here, so nothing could be tested. Check the Wi-Fi or cable, then test again.
finding-no-network-fix = Connect this computer to the network you want to test (Wi-Fi or cable) and make sure it gets an address and a default gateway.
finding-dns-broken-title = This network can't look up Apple's servers (DNS is not working).
# $hosts: the names that did not resolve.
# $count: how many names; $hosts: them.
finding-dns-broken-explanation = No Apple name could be turned into an address ({ $hosts }), so devices cannot find Apple's push service. The connection checks that need those names could not run.
finding-dns-broken-fix = Make sure devices on this network get a working DNS server (by DHCP) that resolves public names such as 1-courier.push.apple.com and api.push.apple.com.
finding-dns-filtered-title = This network's DNS hides Apple's push servers.
# $count: how many names; $hosts: them.
finding-dns-filtered-explanation = The network's DNS server gives no address for { $hosts }, while a public DNS server does. A DNS filter is most likely blocking Apple's names.
finding-dns-filtered-fix = Allow *.push.apple.com (and *.apple.com) in the DNS filter, so that the network's DNS server answers Apple's names like any public resolver.
finding-dns-some-title = This network can't look up some of Apple's push servers.
# $count: how many names; $hosts: them.
finding-dns-some-explanation = { $count ->
        [one] The name { $hosts } did not resolve, so its checks could not run.
       *[other] The names { $hosts } did not resolve, so those checks could not run.
    }
finding-dns-some-fix = Make sure the network's DNS server resolves *.push.apple.com and captive.apple.com; check any DNS filter for blocked Apple names.
finding-dns-outside-title = This network's DNS sends Apple's push servers to the wrong place.
finding-dns-outside-explanation-rewritten = Apple's push servers always live in { $range }, but this network's DNS answered { $hosts } with addresses outside it. A public DNS server gave Apple's real addresses, so a DNS filter or redirect on this network is rewriting the answers.
finding-dns-outside-explanation = Apple's push servers always live in { $range }, but this network's DNS answered { $hosts } with addresses outside it. A DNS filter, a redirect or a stale local DNS entry is the likely cause.
finding-dns-outside-fix = Stop rewriting or redirecting *.push.apple.com in the DNS filter (and remove any local DNS entries for Apple names), so that they resolve to Apple's own addresses.
finding-dns-partial-title = Some of Apple's push server names don't resolve on this network.
# $failed of $asked names failed; $names: some of them.
finding-dns-partial-explanation = { $failed } of the { $asked } numbered push server names got no address from this network's DNS ({ $names }). Apple assigns each device to one of them: devices assigned to a missing name cannot connect, while the others work.
finding-dns-partial-fix = Make sure the network's DNS server resolves every *.push.apple.com name (1-courier.push.apple.com to 50-courier.push.apple.com); allow the whole domain in any DNS filter instead of single names.
finding-captive-title = A Wi-Fi login page is in the way.
finding-captive-explanation = Apple's test page was answered by something else ({ $detail }). Until someone logs in, iPads and Macs on this network cannot reach Apple. Other failures below may simply follow from it.
finding-captive-fix = Exempt Apple devices (or captive.apple.com and *.push.apple.com) from the Wi-Fi login page, or use a network without one for managed devices.
# What answered in place of Apple's test page: $status (302), $location, $body or $text
# (what came back, as written).
captive-redirect = answered HTTP { $status }, sending the browser to { $location } instead of Apple's page
captive-page = answered HTTP { $status } with a page that is not Apple's ("{ $body }")
captive-not-http = the answer is not HTTP: "{ $text }"
finding-unknown-issuer = an unknown issuer
# $vendor: the filtering product; $issuer: the certificate's issuer.
finding-interception-vendor = { $vendor } (certificate issuer "{ $issuer }")
finding-interception-device = a device on the network (certificate issuer "{ $issuer }")
finding-interception-title = The network is decrypting Apple's traffic, which breaks push notifications.
# $who: one of the two messages above.
finding-interception-explanation = Connections to { $hosts } were answered with a certificate from { $who }, not Apple's. Apple's services refuse connections that are inspected this way (SSL/TLS inspection).
finding-interception-fix = Exempt *.push.apple.com, *.apple.com and { $ranges } from SSL/TLS inspection (decryption) on the firewall or web filter.
finding-wrong-server-title = Another server answers in place of Apple's, so devices cannot connect.
finding-wrong-server-explanation = Connections to { $hosts } were answered with a valid certificate for a different name: not Apple's server and not decryption, but something else at that address, such as a firewall's block page or a wrong DNS answer.
finding-wrong-server-fix = Check the firewall or web filter for a block or redirect on *.push.apple.com and *.apple.com, and the DNS for wrong answers to Apple's names; Apple's names must reach Apple's own servers.

## Other services, retired ports, the all-clear

finding-service-blocked-title = Some Apple services that managed devices need are blocked.
# $count: how many hosts; $some: the first three.
finding-service-hosts-among = { $count ->
        [one] { $count } Apple host, namely { $some }
       *[other] { $count } Apple hosts, among them { $some }
    }
# $hosts: the blocked hosts (host:port), or the message above.
# $count: how many hosts; $hosts: them, or "N Apple hosts, among them …"; $outcomes: what happened.
finding-service-blocked-explanation = Push may work, but enrollment, activation, updates or certificate checks can fail: { $hosts } could not be reached ({ $outcomes }).
# $count: how many hosts; $hosts: them.
finding-service-blocked-fix = Allow outbound connections from the device networks to { $hosts } (these hosts may be served from content-delivery networks outside Apple's ranges, so allow them by name).
finding-legacy-needed-title = The MDM server's old push ports 2195 and 2196 are closed.
finding-legacy-needed-explanation = You said this MDM server still uses Apple's legacy binary push protocol. Apple retired that protocol on 31 March 2021, so even with the ports open it will stop working: the server must move to the HTTP/2 provider API (port 443 or 2197).
finding-legacy-needed-fix = Update the MDM server to Apple's HTTP/2 provider API (TCP 443 or 2197 to { $range }). Until then, allow outbound TCP 2195 and 2196 from the MDM server to { $range }.
finding-legacy-retired-title = Ports 2195 and 2196 are closed, which is fine: Apple retired them in 2021.
finding-legacy-retired-explanation = Older guides ask for ports 2195 and 2196 for the MDM server. Apple retired that protocol on 31 March 2021; current MDM servers use port 443 or 2197 instead, tested above.
finding-untested-title = Push Check could not test this network.
finding-untested-explanation = No connection to Apple could be tried, so there is no answer yet. Test again; if it keeps happening, send the report to IT.
finding-all-clear-title = Apple devices can get push notifications on this network.
# $passed: how many checks passed; $hold: what the idle-connection test showed, or nothing.
finding-all-clear-explanation = Devices reach Apple's push service on the ports Apple asks for, the MDM server reaches Apple's provider API, and nothing on the way decrypts or redirects the traffic ({ $passed } checks passed).{ $hold }
finding-all-clear-devices-title = Apple devices on this network can reach Apple's push service.
finding-all-clear-devices-explanation = Devices reach Apple's push service on the ports Apple asks for, and nothing on the way decrypts or redirects the traffic ({ $passed } checks passed).{ $hold } The MDM server's connection to Apple was not tested here: test on the MDM server for that.
finding-all-clear-server-title = This MDM server can send push notifications to Apple.
finding-all-clear-server-explanation = The MDM server reaches Apple's provider API, and nothing on the way decrypts or redirects the traffic ({ $passed } checks passed).{ $hold } Whether devices can reach Apple was not tested here: test on the devices' network for that.
finding-internal-title = Push Check failed inside some of its checks, so they could not be tested.
# $count: how many checks; $message: the fault, as Push Check wrote it.
finding-internal-explanation = { $count ->
        [one] One check
       *[other] { $count } checks
    } could not run because of a fault in Push Check itself ({ $message }), not because of the network. The other checks are reported as they are. Please send this report to Push Check's developers.

## The idle-connection (hold) test

# $idle: how long the connection stayed quiet ("30 min").
hold-kept = A quiet connection to Apple also stayed open for { $idle }.
hold-too-short = Push connections sit quiet for 10–15 minutes, so only a hold of 15 minutes or more shows the network keeps them that long.
hold-closed-by-apple = Apple's server closed the held connection after { $after }, so longer quiet periods were not tested.
idle-cut-off = was cut off after { $after }
idle-no-answer = was quiet for { $after } and then got no answer at all
idle-survived = , while one quiet for { $idle } still worked
idle-path-firewall = A firewall or NAT
idle-path-proxy = The proxy ({ $proxy }) or a firewall behind it
# $within: how long quiet connections last.
finding-idle-missed-title = The network forgets quiet connections within { $within }, so push notifications will be missed.
finding-idle-delayed-title = The network forgets quiet connections within { $within }, which can delay push notifications.
# $how: idle-cut-off or idle-no-answer; $survived: idle-survived or nothing; $path: idle-path-…
finding-idle-explanation = Apple devices keep one connection to Apple's push service open, and it can carry nothing for 10–15 minutes at a time. A test connection to Apple ({ $host }) { $how }{ $survived }. { $path } on the way forgets quiet connections too soon: devices then miss notifications until they notice and reconnect, even though every quick test passes.
finding-idle-fix = Raise the TCP idle (session) timeout for connections to { $range } on ports 5223, 443 and 2197 to at least { $minutes } minutes (60 is safer) on every firewall, NAT and proxy between this network and the internet. Today quiet connections are dropped within { $within }.
hold-why-closed = Apple's server closed every held connection before its quiet spell was over, so there was nothing to measure
hold-why-not-tried = no connection to Apple's provider API worked, so there was none to keep open
hold-why-not-opened = the connections to hold could not be opened
hold-why-not-opened-detail = the connections to hold could not be opened ({ $detail })
finding-hold-untested-title = The idle-connection test could not run, so it is not known whether the network keeps quiet connections open.
# $why: one of the hold-why messages.
finding-hold-untested-explanation = You asked for the idle-connection test, but { $why }. Everything else above was tested; this part has no answer yet. Run it again later; if it keeps happening, send the report to IT.

## The clock and the time server

finding-clock-fix = Set the clock automatically: allow outbound UDP 123 to time.apple.com (or the network's own time server) and turn on automatic date and time.
finding-clock-seems-wrong-title = This computer's clock seems to be wrong, so Apple's certificates look invalid to it.
finding-clock-seems-wrong-explanation = Secure connections to Apple failed only because their certificates looked expired or not yet valid from here. That happens when this computer's date is wrong, not when the network blocks anything.
# $off: how far off the clock is ("2 h").
finding-clock-ahead-title = This computer's clock is { $off } ahead, which breaks secure connections to Apple.
finding-clock-behind-title = This computer's clock is { $off } behind, which breaks secure connections to Apple.
# $host: the server whose time was read; $also: clock-certificates and clock-two-opinions, or nothing.
finding-clock-explanation = Apple's server ({ $host }) reported a time { $off } different from this computer's. Certificates and the MDM server's push tokens are only accepted with a correct clock.{ $also }
clock-certificates = That is also why secure connections to Apple failed their certificate checks here: the network is not the cause.
clock-ahead = { $off } ahead
clock-behind = { $off } behind
# $ntp and $date: clock-ahead or clock-behind.
clock-two-opinions = The two opinions differ: by Apple's time server this computer is { $ntp }, by { $host } it is { $date }.
finding-ntp-title = Apple's time server can't be reached, so devices' clocks may drift.
finding-ntp-explanation = Devices set their clocks from { $host } over UDP port 123, which was { $outcomes } here. A clock that drifts far enough makes every secure connection to Apple fail, push included.
finding-ntp-fix = Allow outbound UDP 123 from the device networks to { $host } (or hand devices the network's own time server by DHCP).

## Proxies

# $source: where the setting was found; $setting: what it says (technical).
proxy-found-in = { $source } ({ $setting })
proxy-source-environment = environment variables
proxy-source-gnome = GNOME settings
proxy-source-kde = KDE settings
proxy-source-macos = macOS network settings
proxy-source-wininet = Windows Internet settings (browsers)
proxy-source-winhttp = Windows WinHTTP (services)
proxy-exempt = Apple's push hosts are exempt from it, as Apple asks.
proxy-not-exempt = Apple's push hosts are not exempt from it, so apps and services that follow these settings send Apple traffic through the proxy.
proxy-pac-unusable = The PAC file could not be used ({ $detail }).
finding-proxy-bypassed-title = A proxy is set on this computer, and Apple's push service bypasses it.
finding-proxy-not-exempt-title = A proxy is set on this computer and Apple's push traffic is not exempt from it.
# $sources: proxy-found-in, listed; $state: proxy-exempt or proxy-not-exempt; $pac: proxy-pac-unusable or nothing.
finding-proxy-explanation = Found in { $sources }. { $state }{ $pac } Apple devices use port 5223 directly and can use a proxy only for the port 443 fallback, only if it does not decrypt, and only since iOS/iPadOS 13.4 and macOS 10.15.4 when it comes from a PAC file. This version tested every connection directly.
finding-proxy-fix = Exempt *.push.apple.com and { $ranges } from the proxy (bypass list, or DIRECT in the PAC file), and allow them through the firewall directly.

## IPv6 and IPv4

finding-ipv6-title = Apple's servers answer over IPv6 here, but IPv6 connections fail.
finding-ipv6-explanation = Apple's names resolve to IPv6 addresses, yet every IPv6 connection was { $outcomes } while IPv4 works. Devices prefer IPv6 and lose time falling back, or fail on IPv6-only networks.
finding-ipv6-fix = Allow outbound IPv6 to Apple ({ $ranges }) on the same ports as IPv4, or stop handing out IPv6 on this network.
finding-ipv4-title = Apple's servers are reachable here only over IPv6; IPv4 connections fail.
finding-ipv4-explanation = Every IPv4 connection to Apple was { $outcomes } while IPv6 works. Devices and MDM servers without IPv6 (and networks that hand out none) cannot reach Apple's push service.
finding-ipv4-fix = Allow outbound IPv4 to Apple ({ $ranges }) on the same ports as IPv6.

## One address family only (information)

finding-ipv6-unavailable-title = This computer has no IPv6 on this network; Apple devices here use IPv4.
finding-ipv6-unavailable-explanation = Apple's push servers also have IPv6 addresses, but this computer has no route to them, so only IPv4 was tested. On a network without IPv6, Apple devices use IPv4 too. Nothing needs to change.
finding-ipv4-unavailable-title = This computer has no IPv4 on this network; Apple devices here use IPv6.
# $nat64: finding-ipv4-unavailable-nat64, or nothing.
finding-ipv4-unavailable-explanation = This computer has no route to Apple's IPv4 addresses, so only IPv6 was tested. On an IPv6-only network, Apple devices use IPv6 too.{ $nat64 } Nothing needs to change.
# $example: an IPv4 address of Apple reached through NAT64.
finding-ipv4-unavailable-nat64 = Apple's IPv4 servers are reached through the network's NAT64 gateway (for example { $example }).

## Automatic proxy detection that finds nothing

finding-proxy-detect-nothing-title = Automatic proxy detection is on but finds no proxy here, so Apple's traffic goes directly.
# $sources: proxy-found-in, listed; $pac: proxy-wpad-nothing.
finding-proxy-detect-nothing-explanation = Found in { $sources }.{ $pac } Browsers and Apple devices on this network therefore connect directly, as Apple's push service needs. Nothing needs to change.
# $why: one of the proxy-wpad-why messages.
proxy-wpad-nothing = Automatic proxy detection (WPAD) is on, but found no PAC file ({ $why }).
proxy-wpad-why-no-domain = this computer has no DNS search domain to look in
# $url: where WPAD looked.
proxy-wpad-why-not-resolved = { $url } does not resolve
proxy-wpad-why-no-answer = nothing answers at { $url }
# $status: the HTTP status (404).
proxy-wpad-why-status = { $url } answered HTTP { $status }

## The school's own MDM server (--mdm-server)

# $host: the server's host name.
finding-mdm-unreachable-title = This network cannot reach your MDM server { $host }.
# $step: dns, connect, tls or http (where it failed); $port: its port; $outcomes: what happened
# (outcome-*); $where: mdm-where-*.
finding-mdm-unreachable-explanation = { $step ->
        [dns] Its name { $host } does not resolve here.
        [connect] The connection to { $host } on port { $port } was { $outcomes }.
        [tls] { $host } accepted the connection, but the encryption set-up failed: something on the path stops or alters it.
       *[http] { $host } completed the encryption set-up but gave no answer.
    } Devices on this network cannot enroll, check in or receive commands from it. It is { $where }. This covers the network path of this computer; the Wi-Fi the iPads use may differ.
# $address: the address tried.
finding-mdm-unreachable-fix = { $step ->
        [dns] Make { $host } resolve on the device networks; if it is a cloud service, check the address with your MDM vendor.
        [connect] Allow outbound TCP { $port } from the device networks to { $host } ({ $address }).
        [tls] Exempt { $host } from SSL/TLS inspection and let its traffic through unchanged.
       *[http] Your MDM vendor (or whoever runs { $host }) should check the server: it accepts connections but does not answer.
    }
mdm-where-inside = a server inside your network (a private address)
mdm-where-cloud = a service on the internet (a public address), so your MDM vendor runs it
mdm-where-unknown = a server whose address could not be told
finding-mdm-untrusted-title = Apple devices refuse the certificate of your MDM server { $host }.
# $count: how many reasons; $reasons: cert-reason-*, listed.
finding-mdm-untrusted-explanation = Devices check a server's certificate before they enroll or check in, and this one breaks Apple's rules: { $reasons }. Apple devices have enforced these rules since iOS 13 and macOS 10.15, so they fail today, whatever their version.
# $rsa: the smallest RSA key; $days: the longest validity of a public certificate.
finding-mdm-untrusted-fix = Your MDM vendor (or whoever runs { $host }) must install a certificate Apple devices trust: issued by a public certificate authority or by the school's own root that is installed on the devices, naming { $host }, with an RSA key of { $rsa } bits or more (or an ECDSA key of 256 bits), signed with SHA-256, for server authentication, and valid for at most { $days ->
        [one] { $days } day
       *[other] { $days } days
    }.
# $issuer: who issued the certificate.
cert-reason-untrusted = it is issued by { $issuer }, which the devices do not trust
cert-reason-expired = it has expired (or this computer's clock is wrong)
cert-reason-not-yet-valid = it is not valid yet (or this computer's clock is wrong)
cert-reason-name = it does not name { $host }
# $bits: the key's size; $min: the smallest allowed.
cert-reason-rsa = its RSA key has { $bits } bits, fewer than { $min }
cert-reason-sha1 = it is signed with SHA-1
cert-reason-md5 = it is signed with MD5
# $date: the day from which the rule holds.
cert-reason-server-auth = it was issued after { $date } without the purpose "server authentication"
# $days: how long it is valid; $max: the most allowed.
cert-reason-lifetime = it is valid for { $days ->
        [one] { $days } day
       *[other] { $days } days
    }; certificates issued after { $date } may be valid for at most { $max }
cert-reason-public-lifetime = it is valid for { $days ->
        [one] { $days } day
       *[other] { $days } days
    }; publicly trusted certificates issued after { $date } may be valid for at most { $max }
cert-reason-ca = it is a certificate authority's own certificate, not one issued to the server
cert-reason-other = Apple's rules refuse it (the details list the reason)
# $release: the major release (27); $date: when Apple announced it.
finding-mdm-tls-not-ready-title = Your MDM server { $host } is not ready for the stricter TLS rules of iOS { $release }.
# $count: how many requirements it misses; $missing: mdm-missing-*, listed.
finding-mdm-tls-not-ready-explanation = Apple announced on { $date } (support article 126655) that devices from iOS, iPadOS and macOS { $release } on may refuse MDM, enrollment, app and update servers without modern TLS. { $host } lacks { $missing }. Devices enroll and check in today; after the update they may stop. This covers the server as this computer reaches it.
# $asks: mdm-ask-*, listed.
finding-mdm-tls-not-ready-fix = Your MDM vendor (or whoever runs { $host }) should { $asks }, before devices update to the next major release.
mdm-missing-tls = TLS 1.3, and TLS 1.2 with one of the cipher suites Apple allows (ECDHE with AES-GCM or AES-CBC)
mdm-missing-ems = Extended Master Secret on TLS 1.2, and it offers no TLS 1.3
# $bits: the key's size; $min: the smallest allowed.
mdm-missing-ec = an elliptic-curve key of at least { $min } bits (it has { $bits })
mdm-missing-rsa = an RSA key of at least { $min } bits (it has { $bits })
mdm-missing-hash = a certificate signature hash of at least { $min } bits
mdm-ask-tls = offer TLS 1.3, or TLS 1.2 with an ECDHE suite using AES-GCM
mdm-ask-ems = turn on Extended Master Secret (RFC 7627) for TLS 1.2, or offer TLS 1.3
# $min: the smallest key size allowed.
mdm-ask-ec = use a certificate with an elliptic-curve key of at least { $min } bits
mdm-ask-rsa = use a certificate with an RSA key of at least { $min } bits
mdm-ask-hash = use a certificate signed with SHA-256 or stronger
finding-mdm-tls-ready-title = Your MDM server { $host } is ready for the stricter TLS rules of iOS { $release }.
# $how: mdm-how-*; $extras: mdm-extra-* sentences, or nothing.
finding-mdm-tls-ready-explanation = It offers { $how } and a certificate Apple's rules accept: what devices from iOS, iPadOS and macOS { $release } on require (Apple support article 126655, { $date }).{ $extras }
mdm-how-tls13 = TLS 1.3
# $suite: the suite it chose.
mdm-how-tls12 = TLS 1.2 with { $suite } and Extended Master Secret
# $versions: the old versions it also accepts.
mdm-extra-old-versions = It also still accepts { $versions }, which Apple devices never use; that does no harm to them, though IT may want to turn it off.
mdm-extra-rsa = It also accepts TLS 1.2 without forward secrecy (RSA key exchange), which Apple devices never offer.

## The larger handshake of iOS 26 (post-quantum key exchange)

finding-large-hello-blocked-title = This network drops the larger secure handshake of iOS 26, so updated iPads and Macs cannot connect.
# $bytes, $classic: sizes of the large and the classic handshake; $count and $targets: where
# it failed; $outcomes: what happened (outcome-*); $cause: large-hello-cause-*.
finding-large-hello-blocked-explanation = iOS, iPadOS and macOS 26 start secure connections with a post-quantum key (Apple support article 122756), which makes their first message about { $bytes } bytes long, two network packets. To { $targets } the classic { $classic }-byte handshake got through, but the connections with the larger one were { $outcomes }. { $cause } Devices on older versions still work; those on 26 and later fail.
large-hello-cause-group = A classic handshake padded to the same size got through, so the firewall or inspection box refuses the new key exchange itself.
large-hello-cause-size = A classic handshake padded to the same size failed too, so something on the path cannot handle a handshake that spans two packets.
finding-large-hello-blocked-fix = Update the firmware of the firewall or TLS-inspection box between the devices and { $targets }, and turn on TCP reassembly before it inspects the server name (SNI).
finding-large-hello-passes-title = The larger secure handshake of iOS 26 gets through this network.
finding-large-hello-passes-explanation = iOS, iPadOS and macOS 26 start secure connections with a post-quantum key, a first message of about { $bytes } bytes; it reached { $targets }. Nothing needs to change.
