# Mots communs à toutes les vues. Termes : ../GLOSSARY.md.

list-and = { $rest } et { $last }
duration-seconds = { $s } s
duration-minutes = { $m } min
duration-hours = { $h } h
duration-hours-minutes = { $h } h { $m } min
duration-days = { $d ->
        [one] { $d } jour
       *[other] { $d } jours
    }

count-problems = { $count ->
        [one] { $count } problème
       *[other] { $count } problèmes
    }
count-warnings = { $count ->
        [one] { $count } avertissement
       *[other] { $count } avertissements
    }
count-untested = { $count ->
        [one] { $count } non testé
       *[other] { $count } non testés
    }
count-notes = { $count ->
        [one] { $count } remarque
       *[other] { $count } remarques
    }

status-ok = OK
status-info = REMARQUE
status-warning = ATTENTION
status-problem = PROBLÈME
status-untested = NON TESTÉ

endpoint-courier = Push
endpoint-provider = API fournisseur push
endpoint-legacy-gateway = Ancienne passerelle push (retirée)
endpoint-legacy-feedback = Ancien service de retour push (retiré)
endpoint-captive = Portail captif
endpoint-service = Service de gestion des appareils
endpoint-time = Serveur de temps
endpoint-revocation = Révocation des certificats

check-route = Route vers le réseau d'Apple
check-clock = Horloge
check-pac = Fichier PAC ({ $source })
check-hold = Connexion inactive pendant { $idle }
check-hold-not-tried = Test de connexion inactive
check-dns = Résolution de nom : { $name }

catalog-change-courier = Depuis iOS/iPadOS 13.4 et macOS 10.15.4, le repli sur le port 443 peut passer par un proxy qui ne déchiffre pas le trafic, à condition qu'un fichier PAC l'indique ; les anciennes consignes réservaient ce repli sur le port 443 au Wi-Fi.
catalog-change-legacy = Apple a retiré l'ancien protocole binaire de l'API fournisseur (ports 2195 et 2196) le 31 mars 2021.

check-dns-hosts = { $more ->
        [one] { $first } (et { $more } autre)
       *[other] { $first } (et { $more } autres)
    }

problem-resolve = « { $value } » n'est pas de la forme HÔTE:ADRESSE (par exemple api.push.apple.com:17.188.143.34 ou *.push.apple.com:[::1])
problem-public-dns = « { $value } » n'est ni une adresse IP (éventuellement avec :port), ni « none »
problem-public-dns-none = « none » ne peut pas être combiné avec des adresses de résolveur
problem-apple-range = « { $value } » n'est pas une plage d'adresses comme 17.0.0.0/8
problem-file = { $path } : { $reason }
problem-timeout = doit être compris entre 1 et 300 secondes, pas { $value }
problem-hold = doit se situer entre 1 et 7200 secondes, pas { $value } (900 garde une connexion ouverte aussi longtemps que le push en a besoin : 15 minutes)
problem-tls = impossible de mettre en place la vérification des certificats : { $detail }
problem-catalog = { $detail }
problem-catalog-hint = Corrigez le fichier ou relancez sans --catalog pour utiliser le catalogue intégré.

status-line = { $word } : { $title }

# A section's heading ("Fixed:"), with the colon as the language writes it.
heading-section = { $title } :
# A label and its value ("Overall: OK -> PROBLEM").
heading-labelled = { $label } : { $value }

# A day written in a sentence. $month: a month-* message.
date-day = { $day ->
        [1] 1er
       *[other] { $day }
    } { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

## The school's own MDM server and the handshake of iOS 26

check-mdm = Votre serveur MDM
store-public-roots = les autorités de certification publiques
store-apple-roots = les certificats racines d'Apple
store-apple-root-flag = les certificats racines indiqués avec --apple-root
store-ca-file = l'autorité de certification de l'établissement (--ca-file)
check-mdm-tls = TLS pour iOS { $release }
check-large-hello = { $name } : TLS d'iOS 26
problem-mdm-not-url = n'est pas une adresse valide : { $value } (indiquez https://mdm.ecole.example ou simplement le nom d'hôte)
problem-mdm-not-https = doit être une adresse https, pas { $scheme } : { $value } (les appareils ne joignent leur serveur MDM qu'en https)
problem-mdm-no-host = ne contient pas de nom d'hôte : { $value }
