# Constats : ce que le diagnostic a conclu, en mots simples, avec la demande au service
# informatique. Les variables contiennent des ports, plages, noms d'hôtes et noms de
# produits : ne jamais les traduire. Termes : ../GLOSSARY.md.

finding-stopped-title = Le test a été arrêté avant la fin.
finding-stopped-explanation = Les résultats ci-dessous sont incomplets. Relancez le test et laissez-le aller jusqu'au bout (cela prend quelques secondes).
headline-nothing-tested = Rien n'a pu être testé.

ranges-rule = { $v4 } (Apple)
ranges-rule-with-v6 = { $v4 } (Apple ; en IPv6 { $v6 })
outcome-answered-not-apple = ont reçu une réponse d'autre chose qu'un serveur d'Apple
outcome-broken-tls = ont été interrompues pendant la mise en place du chiffrement
outcome-failed = ont échoué
outcome-not-in-dns = n'ont pas pu être tentées (nom introuvable dans le DNS)
outcome-refused = ont été refusées
outcome-reset = ont été réinitialisées
outcome-silently-dropped = sont restées sans réponse
outcome-unreachable = n'ont pas pu atteindre leur destination

finding-proxy-only-title = Ici, le service push d'Apple n'est joignable qu'en passant par le proxy.
finding-proxy-only-explanation = Les connexions directes vers Apple { $count ->
        [one] sur le port { $ports }
       *[other] sur les ports { $ports }
    } { $outcomes }, mais un tunnel vers Apple sur le port { $tunnel } à travers le proxy { $proxy } a fonctionné. Les iPad et les Mac sous iPadOS 13.4 / macOS 10.15.4 ou version ultérieure ne peuvent passer par un proxy pour le repli sur le port { $tunnel } que si un fichier PAC l'indique et que le proxy ne déchiffre pas le trafic ; le port { $primary } et les appareils plus anciens ne peuvent pas du tout passer par un proxy : le push reste donc lent et peu fiable.
finding-proxy-only-fix = Autoriser en sortie TCP { $ports } depuis les réseaux des appareils vers { $range } directement, sans passer par le proxy. En attendant, fournir aux appareils un fichier PAC qui envoie *.push.apple.com au proxy, sans inspection SSL pour ce trafic.
finding-ports-blocked-title = Ici, les iPad et les Mac ne peuvent pas joindre le service push d'Apple.
finding-ports-blocked-explanation = Sur chaque adresse Apple essayée, les connexions { $count ->
        [one] sur le port { $ports }
       *[other] sur les ports { $ports }
    } { $outcomes }. Les appareils ne recevront ni commandes MDM ni notifications.
finding-ports-blocked-fix = Autoriser en sortie TCP { $ports } depuis les réseaux des appareils vers { $range }. Aucune règle entrante n'est nécessaire.
finding-fallback-only-title = Le port { $primary } est bloqué : les appareils Apple se replient sur le port { $fallback }, plus lent et moins fiable.
finding-fallback-only-explanation = Les appareils essaient d'abord le port { $primary }, et seulement ensuite le port de repli ; les notifications arrivent en retard, et les appareils qui ne peuvent pas utiliser le repli (les plus anciens, ou ceux dont le repli passe par un proxy) n'en reçoivent aucune. Les connexions sur le port { $primary } { $outcomes }.
finding-fallback-blocked-title = Le port de repli { $fallback } vers Apple est bloqué ; les appareils dépendent du seul port { $primary }.
finding-fallback-blocked-explanation = Le port { $primary } fonctionne, mais les connexions sur son port de repli { $fallback } { $outcomes }. Lorsque le port { $primary } n'est pas disponible (par exemple sur certains réseaux invités ou d'hôtel), les appareils n'ont plus aucune voie de passage.
finding-fallback-blocked-fix = Autoriser en sortie TCP { $fallback } depuis les réseaux des appareils vers { $range }.
finding-partial-allowlist-title = Seule une partie des serveurs push d'Apple est autorisée : le push fonctionnera par intermittence.
finding-partial-allowlist-explanation = { $count ->
        [one] Sur le port { $ports }
       *[other] Sur les ports { $ports }
    }, certaines adresses Apple ont fonctionné, mais les connexions vers d'autres adresses ({ $addresses }) { $outcomes }. Apple répartit les appareils entre de nombreuses adresses : une règle de pare-feu qui liste des adresses une à une fait donc échouer le push au hasard.
finding-partial-allowlist-fix = Remplacer les règles qui listent des adresses une à une par la plage complète : autoriser en sortie TCP { $ports } depuis les réseaux des appareils vers { $range }.

finding-provider-not-apple = quelque chose qui n'est pas Apple a répondu à sa place ({ $detail })
finding-provider-connection-was = les connexions { $outcomes }
finding-provider-blocked-title = Le serveur MDM ne peut pas envoyer de notifications push à Apple.
finding-provider-blocked-explanation = C'est à l'API fournisseur d'Apple ({ $host }, { $count ->
        [one] port
       *[other] ports
    } { $ports }) que le serveur MDM envoie chaque notification push ; { $what }.
finding-provider-blocked-fix = Autoriser en sortie TCP { $ports } depuis le serveur MDM vers { $range }, directement et sans inspection SSL.
finding-provider-port-title = Le serveur MDM joint Apple sur le port { $good } mais pas sur le port { $bad }.
finding-provider-port-explanation = Sur le port { $bad }, { $what }. Ce n'est pas gênant si le serveur MDM utilise le port { $good } ; s'il est réglé sur le port { $bad }, ses notifications n'aboutissent pas.
finding-provider-port-fix = Autoriser en sortie TCP { $bad } depuis le serveur MDM vers { $range }.
finding-apple-busy-title = L'API fournisseur d'Apple a répondu mais était surchargée ({ $status } { $reason }).
finding-apple-busy-explanation = La liaison entre ce réseau et Apple fonctionne : le serveur d'Apple a bien répondu à la requête du serveur MDM, mais a indiqué être surchargé ou en panne pour le moment. Le problème vient d'Apple, pas de ce réseau ; les notifications peuvent être retardées jusqu'au rétablissement du service.
finding-apple-busy-fix = Rien à changer sur ce réseau. Si cela dure, consulter la page « État du système » d'Apple pour le service push et refaire le test plus tard.

finding-no-network-title = Cet ordinateur n'est connecté à aucun réseau.
finding-no-network-explanation = Aucune route vers Internet depuis cet ordinateur : rien n'a donc pu être testé. Vérifiez le Wi-Fi ou le câble, puis refaites le test.
finding-no-network-fix = Connecter cet ordinateur au réseau à tester (Wi-Fi ou câble) et vérifier qu'il obtient une adresse et une passerelle par défaut.
finding-dns-broken-title = Ce réseau ne trouve pas les serveurs d'Apple (le DNS ne fonctionne pas).
finding-dns-broken-explanation = Aucun nom d'Apple n'a pu être résolu en adresse ({ $hosts }) : les appareils ne peuvent donc pas trouver le service push d'Apple. Les vérifications de connexion qui ont besoin de ces noms n'ont pas pu être faites.
finding-dns-broken-fix = Faire en sorte que les appareils de ce réseau reçoivent (par DHCP) un serveur DNS fonctionnel qui résout les noms publics tels que 1-courier.push.apple.com et api.push.apple.com.
finding-dns-filtered-title = Le DNS de ce réseau masque les serveurs push d'Apple.
finding-dns-filtered-explanation = Le serveur DNS du réseau ne donne aucune adresse pour { $hosts }, alors qu'un serveur DNS public en donne une. Un filtre DNS bloque très probablement les noms d'Apple.
finding-dns-filtered-fix = Autoriser *.push.apple.com (et *.apple.com) dans le filtre DNS, pour que le serveur DNS du réseau réponde aux noms d'Apple comme n'importe quel résolveur public.
finding-dns-some-title = Ce réseau ne trouve pas certains serveurs push d'Apple.
finding-dns-some-explanation = { $count ->
        [one] Le nom { $hosts } n'a pas été résolu : les vérifications qui en dépendent n'ont donc pas pu être faites.
       *[other] Les noms { $hosts } n'ont pas été résolus : les vérifications qui en dépendent n'ont donc pas pu être faites.
    }
finding-dns-some-fix = Faire en sorte que le serveur DNS du réseau résolve *.push.apple.com et captive.apple.com ; vérifier qu'aucun filtre DNS ne bloque des noms d'Apple.
finding-dns-outside-title = Le DNS de ce réseau renvoie de mauvaises adresses pour les serveurs push d'Apple.
finding-dns-outside-explanation-rewritten = Les serveurs push d'Apple se trouvent toujours dans { $range }, mais le DNS de ce réseau a renvoyé pour { $hosts } des adresses situées hors de cette plage. Un serveur DNS public a donné les vraies adresses d'Apple : un filtre DNS ou une redirection sur ce réseau réécrit donc les réponses.
finding-dns-outside-explanation = Les serveurs push d'Apple se trouvent toujours dans { $range }, mais le DNS de ce réseau a renvoyé pour { $hosts } des adresses situées hors de cette plage. La cause probable est un filtre DNS, une redirection ou une ancienne entrée DNS locale.
finding-dns-outside-fix = Ne plus réécrire ni rediriger *.push.apple.com dans le filtre DNS (et supprimer toute entrée DNS locale pour des noms d'Apple), afin que ces noms pointent vers les adresses d'Apple.
finding-dns-partial-title = Certains noms des serveurs push d'Apple ne sont pas résolus sur ce réseau.
finding-dns-partial-explanation = Sur les { $asked } noms numérotés des serveurs push, { $failed ->
        [one] { $failed } n'a obtenu
       *[other] { $failed } n'ont obtenu
    } aucune adresse du DNS de ce réseau ({ $names }). Apple attribue chaque appareil à l'un de ces noms : les appareils attribués à un nom manquant ne peuvent pas se connecter, les autres fonctionnent.
finding-dns-partial-fix = Faire en sorte que le serveur DNS du réseau résolve chaque nom *.push.apple.com (de 1-courier.push.apple.com à 50-courier.push.apple.com) ; autoriser tout le domaine dans les filtres DNS plutôt que des noms isolés.
finding-captive-title = Une page de connexion Wi-Fi intercepte le trafic.
finding-captive-explanation = Une page de connexion Wi-Fi (portail captif) intercepte le trafic : à la place de la page de test d'Apple, le réseau a renvoyé autre chose ({ $detail }). Tant que personne ne s'est connecté sur cette page, les iPad et les Mac de ce réseau ne peuvent pas joindre Apple. D'autres échecs signalés plus bas peuvent simplement en découler.
finding-captive-fix = Exempter les appareils Apple (ou captive.apple.com et *.push.apple.com) de la page de connexion Wi-Fi, ou utiliser pour les appareils gérés un réseau qui n'en a pas.
captive-redirect = code HTTP { $status } renvoyant le navigateur vers { $location } au lieu de la page d'Apple
captive-page = code HTTP { $status } avec une page qui n'est pas celle d'Apple : « { $body } »
captive-not-http = une réponse qui n'est pas du HTTP : « { $text } »
finding-unknown-issuer = inconnu
finding-interception-vendor = { $vendor } (émetteur du certificat : « { $issuer } »)
finding-interception-device = un équipement du réseau (émetteur du certificat : « { $issuer } »)
finding-interception-title = Le réseau déchiffre le trafic d'Apple, ce qui fait échouer les notifications push.
finding-interception-explanation = Les connexions vers { $hosts } ont reçu un certificat fourni par { $who }, et non celui d'Apple. Les services d'Apple refusent les connexions inspectées de cette façon (inspection SSL/TLS).
finding-interception-fix = Exempter *.push.apple.com, *.apple.com et { $ranges } de l'inspection SSL/TLS (déchiffrement) sur le pare-feu ou le filtre web.
finding-wrong-server-title = Un autre serveur répond à la place de celui d'Apple : les appareils ne peuvent donc pas se connecter.
finding-wrong-server-explanation = Les connexions vers { $hosts } ont reçu un certificat valide, mais pour un autre nom : ce n'est ni le serveur d'Apple ni un déchiffrement, mais autre chose qui répond à cette adresse, par exemple la page de blocage d'un pare-feu ou une mauvaise réponse DNS.
finding-wrong-server-fix = Vérifier sur le pare-feu ou le filtre web qu'aucun blocage ni redirection ne vise *.push.apple.com et *.apple.com, et que le DNS ne donne pas de mauvaises réponses pour les noms d'Apple ; les noms d'Apple doivent mener aux serveurs d'Apple.

finding-service-blocked-title = Certains services Apple nécessaires aux appareils gérés sont bloqués.
finding-service-hosts-among = { $count ->
        [one] { $count } hôte Apple, dont { $some }
       *[other] { $count } hôtes Apple, dont { $some }
    }
finding-service-blocked-explanation = Le push peut fonctionner, mais l'inscription, l'activation, les mises à jour ou les vérifications de certificats peuvent échouer. Impossible de joindre { $hosts } : les connexions { $outcomes }.
finding-service-blocked-fix = Autoriser les connexions sortantes depuis les réseaux des appareils vers { $hosts } (Apple sert une partie de ces services depuis des réseaux de diffusion de contenu situés hors de ses plages d'adresses : il faut donc autoriser par nom d'hôte, et non par adresse).
finding-legacy-needed-title = Les anciens ports push 2195 et 2196 du serveur MDM sont fermés.
finding-legacy-needed-explanation = Vous avez indiqué que ce serveur MDM utilise encore l'ancien protocole push binaire d'Apple. Apple a retiré ce protocole le 31 mars 2021 : même avec ces ports ouverts, le push de ce serveur cessera de fonctionner. Le serveur doit passer à l'API fournisseur HTTP/2 (port 443 ou 2197).
finding-legacy-needed-fix = Mettre à jour le serveur MDM vers l'API fournisseur HTTP/2 d'Apple (TCP 443 ou 2197 vers { $range }). D'ici là, autoriser en sortie TCP 2195 et 2196 depuis le serveur MDM vers { $range }.
finding-legacy-retired-title = Les ports 2195 et 2196 sont fermés, et c'est normal : Apple les a retirés en 2021.
finding-legacy-retired-explanation = D'anciens guides demandent d'ouvrir les ports 2195 et 2196 pour le serveur MDM. Apple a retiré ce protocole le 31 mars 2021 ; les serveurs MDM actuels utilisent à la place le port 443 ou 2197, testé plus haut.
finding-untested-title = Push Check n'a pas pu tester ce réseau.
finding-untested-explanation = Aucune connexion vers Apple n'a pu être tentée : il n'y a donc pas encore de réponse. Refaites le test ; si cela se reproduit, envoyez le rapport au service informatique.
finding-all-clear-title = Les appareils Apple peuvent recevoir les notifications push sur ce réseau.
finding-all-clear-explanation = Les appareils joignent le service push d'Apple sur les ports demandés par Apple, le serveur MDM joint l'API fournisseur d'Apple, et rien sur le chemin ne déchiffre ni ne redirige le trafic ({ $passed ->
        [one] { $passed } vérification réussie
       *[other] { $passed } vérifications réussies
    }).{ $hold }
finding-all-clear-devices-title = Les appareils Apple de ce réseau peuvent joindre le service push d'Apple.
finding-all-clear-devices-explanation = Les appareils joignent le service push d'Apple sur les ports demandés par Apple, et rien sur le chemin ne déchiffre ni ne redirige le trafic ({ $passed ->
        [one] { $passed } vérification réussie
       *[other] { $passed } vérifications réussies
    }).{ $hold } La connexion du serveur MDM vers Apple n'a pas été testée ici : pour cela, faites le test sur le serveur MDM.
finding-all-clear-server-title = Ce serveur MDM peut envoyer des notifications push à Apple.
finding-all-clear-server-explanation = Le serveur MDM joint l'API fournisseur d'Apple, et rien sur le chemin ne déchiffre ni ne redirige le trafic ({ $passed ->
        [one] { $passed } vérification réussie
       *[other] { $passed } vérifications réussies
    }).{ $hold } La connexion des appareils vers Apple n'a pas été testée ici : pour cela, faites le test depuis le réseau des appareils.
finding-internal-title = Push Check a rencontré une erreur interne : certaines vérifications n'ont pas pu être faites.
finding-internal-explanation = { $count ->
        [one] Une vérification n'a pas pu être faite
       *[other] { $count } vérifications n'ont pas pu être faites
    } à cause d'une erreur dans Push Check lui-même ({ $message }), et non à cause du réseau. Les résultats des autres vérifications sont présentés normalement. Merci d'envoyer ce rapport aux développeurs de Push Check.

hold-kept = Une connexion inactive vers Apple est aussi restée ouverte pendant { $idle }.
hold-too-short = Les connexions push restent souvent inactives 10 à 15 minutes d'affilée : seul un test d'au moins 15 minutes montre que le réseau les garde ouvertes aussi longtemps.
hold-closed-by-apple = Le serveur d'Apple a fermé la connexion de test au bout de { $after } : des durées d'inactivité plus longues n'ont donc pas pu être testées.
idle-cut-off = a été coupée au bout de { $after }
idle-no-answer = est restée inactive pendant { $after }, puis n'a plus reçu aucune réponse
idle-survived = , alors qu'une autre, inactive pendant { $idle }, fonctionnait encore
idle-path-firewall = Un pare-feu ou un NAT
idle-path-proxy = Le proxy ({ $proxy }) ou un pare-feu derrière lui
finding-idle-missed-title = Le réseau coupe les connexions inactives au bout de { $within } : des notifications push seront donc manquées.
finding-idle-delayed-title = Le réseau coupe les connexions inactives au bout de { $within }, ce qui peut retarder les notifications push.
finding-idle-explanation = Les appareils Apple gardent une connexion ouverte en permanence vers le service push d'Apple ; elle peut ne rien transmettre pendant 10 à 15 minutes d'affilée. Une connexion de test vers Apple ({ $host }) { $how }{ $survived }. { $path } sur le chemin coupe trop tôt les connexions inactives : les appareils manquent alors des notifications jusqu'à ce qu'ils s'en aperçoivent et se reconnectent, même si tous les tests rapides réussissent.
finding-idle-fix = Porter le délai d'inactivité TCP (de session) des connexions vers { $range } sur les ports 5223, 443 et 2197 à au moins { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } (idéalement 60) sur chaque pare-feu, NAT et proxy entre ce réseau et Internet. Actuellement, les connexions inactives sont coupées au bout de { $within }.
hold-why-closed = le serveur d'Apple a fermé chaque connexion de test avant la fin de la période d'inactivité, il n'y avait donc rien à mesurer
hold-why-not-tried = aucune connexion à l'API fournisseur d'Apple n'a fonctionné, il n'y en avait donc aucune à garder ouverte
hold-why-not-opened = les connexions à maintenir n'ont pas pu être ouvertes
hold-why-not-opened-detail = les connexions à maintenir n'ont pas pu être ouvertes ({ $detail })
finding-hold-untested-title = Le test de connexion inactive n'a pas pu être fait : on ne sait pas si le réseau garde les connexions inactives ouvertes.
finding-hold-untested-explanation = Vous avez demandé le test de connexion inactive, mais { $why }. Tout le reste a été testé ; cette partie n'a pas encore de réponse. Relancez-le plus tard ; si cela se reproduit, envoyez le rapport au service informatique.

finding-clock-fix = Régler l'horloge automatiquement : autoriser en sortie UDP 123 vers time.apple.com (ou le serveur de temps du réseau) et activer le réglage automatique de la date et de l'heure.
finding-clock-seems-wrong-title = L'horloge de cet ordinateur semble fausse : les certificats d'Apple lui paraissent donc invalides.
finding-clock-seems-wrong-explanation = Les connexions sécurisées vers Apple ont échoué uniquement parce que leurs certificats paraissaient expirés ou pas encore valides vus d'ici. Cela arrive quand la date de cet ordinateur est fausse, pas quand le réseau bloque quelque chose.
finding-clock-ahead-title = L'horloge de cet ordinateur avance de { $off }, ce qui fait échouer les connexions sécurisées vers Apple.
finding-clock-behind-title = L'horloge de cet ordinateur retarde de { $off }, ce qui fait échouer les connexions sécurisées vers Apple.
finding-clock-explanation = Le serveur d'Apple ({ $host }) indique une heure qui diffère de { $off } de celle de cet ordinateur. Les certificats et les jetons push du serveur MDM ne sont acceptés qu'avec une horloge juste.{ $also }
clock-certificates = C'est aussi pour cela que les connexions sécurisées vers Apple ont échoué à la vérification des certificats ici : le réseau n'en est pas la cause.
clock-ahead = en avance de { $off }
clock-behind = en retard de { $off }
clock-two-opinions = Les deux mesures diffèrent : selon le serveur de temps d'Apple, cet ordinateur est { $ntp } ; selon { $host }, il est { $date }.
finding-ntp-title = Le serveur de temps d'Apple est injoignable : l'horloge des appareils risque de dériver.
finding-ntp-explanation = Les appareils règlent leur horloge sur { $host } via le port UDP 123 ; ici, les requêtes { $outcomes }. Une horloge qui dérive suffisamment fait échouer toute connexion sécurisée vers Apple, push compris.
finding-ntp-fix = Autoriser en sortie UDP 123 depuis les réseaux des appareils vers { $host } (ou fournir aux appareils le serveur de temps du réseau par DHCP).

proxy-found-in = { $source } ({ $setting })
proxy-source-environment = variables d'environnement
proxy-source-gnome = réglages GNOME
proxy-source-kde = réglages KDE
proxy-source-macos = réglages réseau de macOS
proxy-source-wininet = Options Internet de Windows (navigateurs)
proxy-source-winhttp = WinHTTP de Windows (services)
proxy-exempt = Les hôtes push d'Apple en sont exemptés, comme Apple le demande.
proxy-not-exempt = Les hôtes push d'Apple n'en sont pas exemptés : les apps et services qui suivent ces réglages font donc passer le trafic d'Apple par le proxy.
proxy-pac-unusable = Le fichier PAC n'a pas pu être utilisé ({ $detail }).
finding-proxy-bypassed-title = Un proxy est configuré sur cet ordinateur, et le service push d'Apple le contourne.
finding-proxy-not-exempt-title = Un proxy est configuré sur cet ordinateur, et le trafic push d'Apple n'en est pas exempté.
finding-proxy-explanation = Trouvé dans : { $sources }. { $state }{ $pac } Les appareils Apple utilisent le port 5223 en direct ; ils ne peuvent passer par un proxy que pour le repli sur le port 443, à condition que ce proxy ne déchiffre pas le trafic, et seulement depuis iOS/iPadOS 13.4 et macOS 10.15.4, lorsqu'un fichier PAC l'indique. Cette version a testé chaque connexion en direct.
finding-proxy-fix = Exempter *.push.apple.com et { $ranges } du proxy (liste d'exceptions, ou DIRECT dans le fichier PAC), et les autoriser en direct sur le pare-feu.

finding-ipv6-title = Ici, les serveurs d'Apple répondent en IPv6, mais les connexions IPv6 échouent.
finding-ipv6-explanation = Les noms d'Apple se résolvent en adresses IPv6, mais aucune connexion IPv6 n'a abouti : les connexions { $outcomes }, alors que l'IPv4 fonctionne. Les appareils préfèrent l'IPv6 : ils perdent du temps à se replier sur l'IPv4, ou échouent sur les réseaux uniquement IPv6.
finding-ipv6-fix = Autoriser en sortie l'IPv6 vers Apple ({ $ranges }) sur les mêmes ports que l'IPv4, ou cesser de distribuer l'IPv6 sur ce réseau.
finding-ipv4-title = Ici, les serveurs d'Apple ne sont joignables qu'en IPv6 ; les connexions IPv4 échouent.
finding-ipv4-explanation = Aucune connexion IPv4 vers Apple n'a abouti : les connexions { $outcomes }, alors que l'IPv6 fonctionne. Les appareils et serveurs MDM sans IPv6 (et les réseaux qui n'en distribuent pas) ne peuvent pas joindre le service push d'Apple.
finding-ipv4-fix = Autoriser en sortie l'IPv4 vers Apple ({ $ranges }) sur les mêmes ports que l'IPv6.

## Une seule famille d'adresses (information)

finding-ipv6-unavailable-title = Cet ordinateur n'a pas d'IPv6 sur ce réseau ; les appareils Apple y utilisent l'IPv4.
finding-ipv6-unavailable-explanation = Les serveurs push d'Apple ont aussi des adresses IPv6, mais cet ordinateur n'a pas de route vers elles : seul l'IPv4 a donc été testé. Sur un réseau sans IPv6, les appareils Apple utilisent eux aussi l'IPv4. Rien à changer.
finding-ipv4-unavailable-title = Cet ordinateur n'a pas d'IPv4 sur ce réseau ; les appareils Apple y utilisent l'IPv6.
finding-ipv4-unavailable-explanation = Cet ordinateur n'a pas de route vers les adresses IPv4 d'Apple : seul l'IPv6 a donc été testé. Sur un réseau uniquement IPv6, les appareils Apple utilisent eux aussi l'IPv6.{ $nat64 } Rien à changer.
finding-ipv4-unavailable-nat64 = Les serveurs IPv4 d'Apple sont joints via la passerelle NAT64 du réseau (par exemple { $example }).

## Détection automatique du proxy qui ne trouve rien

finding-proxy-detect-nothing-title = La détection automatique du proxy est activée mais ne trouve aucun proxy ici : le trafic vers Apple passe en direct.
finding-proxy-detect-nothing-explanation = Trouvé dans : { $sources }.{ $pac } Les navigateurs et les appareils Apple de ce réseau se connectent donc en direct, comme le service push d'Apple l'exige. Rien à changer.
proxy-wpad-nothing = La détection automatique du proxy (WPAD) est activée, mais elle n'a trouvé aucun fichier PAC ({ $why }).
proxy-wpad-why-no-domain = cet ordinateur n'a pas de domaine de recherche DNS dans lequel chercher
proxy-wpad-why-not-resolved = { $url } ne se résout pas
proxy-wpad-why-no-answer = rien ne répond à { $url }
proxy-wpad-why-status = { $url } a répondu HTTP { $status }

## The school's own MDM server and the handshake of iOS 26

finding-mdm-unreachable-title = Ce réseau ne peut pas joindre votre serveur MDM { $host }.
finding-mdm-unreachable-explanation = { $step ->
        [dns] Le nom { $host } ne se résout pas sur ce réseau.
        [connect] Les connexions vers { $host } sur le port { $port } { $outcomes }.
        [tls] { $host } a accepté la connexion, mais la mise en place du chiffrement a échoué : un équipement sur le chemin l'empêche ou la modifie.
       *[http] { $host } a mis en place le chiffrement, mais n'a donné aucune réponse.
    } Les appareils de ce réseau ne peuvent ni s'y inscrire, ni le contacter, ni en recevoir de commandes. { $host } est { $where }. Ce résultat vaut pour le chemin réseau de cet ordinateur ; le Wi-Fi des iPad peut se comporter autrement.
finding-mdm-unreachable-fix = { $step ->
        [dns] Faire en sorte que { $host } se résolve sur les réseaux des appareils ; s'il s'agit d'un service dans le cloud, vérifier l'adresse auprès de votre éditeur MDM.
        [connect] Autoriser en sortie TCP { $port } depuis les réseaux des appareils vers { $host } ({ $address }).
        [tls] Exempter { $host } de l'inspection SSL/TLS et laisser passer son trafic sans le modifier.
       *[http] Votre éditeur MDM (ou l'administrateur de { $host }) devrait vérifier le serveur : il accepte les connexions mais ne répond pas.
    }
mdm-where-inside = un serveur situé dans votre réseau (adresse privée)
mdm-where-cloud = un service sur Internet (adresse publique), donc géré par votre éditeur MDM
mdm-where-unknown = un serveur dont l'adresse n'a pas pu être déterminée
finding-mdm-untrusted-title = Les appareils Apple refusent le certificat de votre serveur MDM { $host }.
finding-mdm-untrusted-explanation = Les appareils vérifient le certificat d'un serveur avant de s'y inscrire ou de le contacter, et celui-ci enfreint les règles d'Apple : { $reasons }. Les appareils Apple appliquent ces règles depuis iOS 13 et macOS 10.15 : ils refusent donc ce serveur dès aujourd'hui, quelle que soit leur version.
finding-mdm-untrusted-fix = Votre éditeur MDM (ou l'administrateur de { $host }) doit installer un certificat que les appareils Apple approuvent : émis par une autorité de certification publique ou par l'autorité de certification de l'établissement dont le certificat racine est installé sur les appareils, couvrant le nom { $host }, avec une clé RSA d'au moins { $rsa } bits (ou une clé ECDSA de 256 bits), signé avec SHA-256, prévu pour l'authentification du serveur et valide { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } au maximum.
cert-reason-untrusted = il est émis par { $issuer } (un émetteur que les appareils n'approuvent pas)
cert-reason-expired = il a expiré (ou l'horloge de cet ordinateur est fausse)
cert-reason-not-yet-valid = il n'est pas encore valide (ou l'horloge de cet ordinateur est fausse)
cert-reason-name = il ne couvre pas le nom { $host }
cert-reason-rsa = sa clé RSA ne fait que { $bits } bits (minimum { $min })
cert-reason-sha1 = il est signé avec SHA-1
cert-reason-md5 = il est signé avec MD5
cert-reason-server-auth = il a été émis après le { $date } sans l'usage « Authentification du serveur »
cert-reason-lifetime = sa validité de { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } dépasse les { $max } jours permis aux certificats émis après le { $date }
cert-reason-public-lifetime = sa validité de { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } dépasse les { $max } jours permis aux certificats d'autorités de certification publiques émis après le { $date }
cert-reason-ca = c'est le certificat d'une autorité de certification et non un certificat délivré au serveur
cert-reason-other = les règles d'Apple le refusent (la raison figure dans les détails)
finding-mdm-tls-not-ready-title = Votre serveur MDM { $host } n'est pas prêt pour les règles TLS plus strictes d'iOS { $release }.
finding-mdm-tls-not-ready-explanation = Apple a annoncé le { $date } (article d'assistance 126655) qu'à partir d'iOS, iPadOS et macOS { $release }, les appareils pourront refuser les serveurs MDM, d'inscription, d'apps et de mises à jour qui n'utilisent pas un TLS moderne. Il manque à { $host } : { $missing }. Pour l'instant, les appareils s'inscrivent et contactent le serveur normalement ; après la mise à jour, ils pourraient ne plus y parvenir. Ce résultat vaut pour le serveur tel que cet ordinateur le joint.
finding-mdm-tls-not-ready-fix = Votre éditeur MDM (ou l'administrateur de { $host }) devrait { $asks }, avant que les appareils ne passent à la prochaine version majeure.
mdm-missing-tls = TLS 1.3 ou, à défaut, TLS 1.2 avec l'une des suites de chiffrement autorisées par Apple (ECDHE avec AES-GCM ou AES-CBC)
mdm-missing-ems = l'extension Extended Master Secret en TLS 1.2 (et il ne propose pas TLS 1.3)
mdm-missing-ec = une clé à courbe elliptique d'au moins { $min } bits (la sienne en a { $bits })
mdm-missing-rsa = une clé RSA d'au moins { $min } bits (la sienne en a { $bits })
mdm-missing-hash = une signature de certificat avec un hachage d'au moins { $min } bits
mdm-ask-tls = proposer TLS 1.3, ou TLS 1.2 avec une suite ECDHE utilisant AES-GCM
mdm-ask-ems = activer Extended Master Secret (RFC 7627) en TLS 1.2, ou proposer TLS 1.3
mdm-ask-ec = utiliser un certificat avec une clé à courbe elliptique d'au moins { $min } bits
mdm-ask-rsa = utiliser un certificat avec une clé RSA d'au moins { $min } bits
mdm-ask-hash = utiliser un certificat signé avec SHA-256 ou un algorithme plus robuste
finding-mdm-tls-ready-title = Votre serveur MDM { $host } est prêt pour les règles TLS plus strictes d'iOS { $release }.
finding-mdm-tls-ready-explanation = Il propose { $how }, ainsi qu'un certificat conforme aux règles d'Apple : ce qu'exigeront les appareils à partir d'iOS, iPadOS et macOS { $release } (article d'assistance Apple 126655, { $date }).{ $extras }
mdm-how-tls13 = TLS 1.3
mdm-how-tls12 = TLS 1.2 avec { $suite } et Extended Master Secret
mdm-extra-old-versions = Il accepte encore { $versions }, que les appareils Apple n'utilisent jamais : c'est sans conséquence pour eux, mais le service informatique peut choisir de désactiver cette prise en charge.
mdm-extra-rsa = Il accepte aussi TLS 1.2 sans confidentialité persistante (échange de clés RSA), que les appareils Apple ne proposent jamais.
finding-large-hello-blocked-title = Ce réseau bloque la négociation TLS plus volumineuse d'iOS 26 : les iPad et les Mac mis à jour ne peuvent pas se connecter.
finding-large-hello-blocked-explanation = iOS, iPadOS et macOS 26 commencent les connexions sécurisées par un échange de clés post-quantique (article d'assistance Apple 122756), ce qui porte leur premier message à environ { $bytes } octets, soit deux paquets réseau. Vers { $targets }, la négociation classique de { $classic } octets est passée, mais les connexions avec la négociation plus volumineuse { $outcomes }. { $cause } Les appareils sous une version antérieure fonctionnent toujours ; ceux sous la version 26 ou ultérieure échouent.
large-hello-cause-group = Une négociation classique, complétée artificiellement jusqu'à la même taille, est passée : c'est donc le nouvel échange de clés lui-même que le pare-feu ou l'équipement d'inspection refuse.
large-hello-cause-size = Une négociation classique, complétée artificiellement jusqu'à la même taille, a échoué elle aussi : un équipement sur le chemin ne sait donc pas traiter une négociation répartie sur deux paquets.
finding-large-hello-blocked-fix = Mettre à jour le firmware du pare-feu ou de l'équipement d'inspection TLS placé sur le chemin vers { $targets }, et y activer le réassemblage TCP avant l'inspection du nom du serveur (SNI).
finding-large-hello-passes-title = La négociation TLS plus volumineuse d'iOS 26 passe sur ce réseau.
finding-large-hello-passes-explanation = iOS, iPadOS et macOS 26 commencent les connexions sécurisées par un échange de clés post-quantique, avec un premier message d'environ { $bytes } octets ; il a atteint { $targets }. Rien à changer.
