# Les rapports (texte, PDF) et le terminal. Termes : ../GLOSSARY.md.

date-time = { $day }/{ $month }/{ $year } { $hour }:{ $minute } UTC

report-title = Rapport Push Check
report-title-site = Rapport Push Check — { $site }
report-tested = Testé le { $when } sous { $os }, durée { $took } s (pushcheck { $version }).
summary-title = Push Check, { $when }
summary-title-site = Push Check — { $site }, { $when }
heading-found = Constats
heading-checks = Vérifications
heading-sources = Sources (règles vérifiées le { $date })
source-checked = vérifié le { $date }
ask-it = À demander au service informatique : { $fix }

group-devices = Appareils (iPad, iPhone, Mac)
group-server = Serveur MDM
group-network = Réseau (route, DNS, page de connexion, horloge)
count-fine = { $count ->
        [one] { $count } OK
       *[other] { $count } OK
    }
rows-hosts-port = { $count ->
        [one] { $count } hôte, port { $port }
       *[other] { $count } hôtes, port { $port }
    }
rows-hosts = { $count ->
        [one] { $count } hôte
       *[other] { $count } hôtes
    }
rows-addresses = { $count ->
        [one] { $count } adresse
       *[other] { $count } adresses
    }
rows-for-example = par exemple { $detail }
rows-more = { $count ->
        [one] … et { $count } autre
       *[other] … et { $count } autres
    }

outcome-code-ok = ok
outcome-code-refused = refusée
outcome-code-timeout = délai dépassé
outcome-code-reset = réinitialisée
outcome-code-unreachable = injoignable
outcome-code-dns-failed = échec DNS
outcome-code-outside-apple-range = hors des plages d'Apple
outcome-code-tls-failed = échec TLS
outcome-code-tls-untrusted = certificat non approuvé
outcome-code-cert-expired = certificat expiré
outcome-code-cert-not-yet-valid = certificat pas encore valide
outcome-code-cert-wrong-name = certificat pour un autre nom
outcome-code-unexpected-response = réponse inattendue
outcome-code-proxy-failed = échec du proxy
outcome-code-skipped = ignorée

heading-network = Réseau de cet ordinateur
network-redacted = Volontairement omis de ce rapport (--redact).
network-name = Nom
network-addresses = Adresses
network-gateway = Passerelle par défaut
network-dns = Serveurs DNS
network-not-found = introuvable
heading-proxy = Réglages du proxy
proxy-not-read = Les réglages du proxy n'ont pas été lus (--no-proxy) ; chaque vérification est allée directement chez Apple.
proxy-none = Aucun proxy n'est configuré sur cet ordinateur.
proxy-used-note = Les vérifications passées par un proxy sont indiquées avec son adresse ; toutes les autres sont allées directement chez Apple.
heading-chains = Certificats des connexions en échec
chains-none = Aucune connexion en échec n'a présenté de chaîne de certificats.
chains-hosts-more = { $count ->
        [one] { $hosts } et { $count } autre
       *[other] { $hosts } et { $count } autres
    }
chains-unknown = inconnu
chains-issued-by = Émis par : { $issuer }
chains-vendor = Produit de filtrage : { $vendor }
chains-trusted-by = Approuvé par : { $store }
chains-trusted-by-nothing = aucun magasin de certificats de cet ordinateur
chains-certificate = Certificat { $number } : { $subject }

terminal-took = Durée : { $took }. Toutes les vérifications : pushcheck check --verbose ; le rapport complet : --output rapport.txt ou --json
terminal-progress = Test du réseau…
terminal-checks = vérifications
terminal-holding-left = Maintien de connexions inactives vers Apple : encore { $left } (Ctrl-C pour arrêter et afficher ce qui est déjà connu)
terminal-holding = Maintien de connexions inactives vers Apple pendant { $hold } au maximum (les connexions push restent inactives 10 à 15 min)…
terminal-kept = Test conservé dans l'historique : { $path }
terminal-written = Rapport enregistré : { $path }
terminal-not-written = le rapport n'a pas été enregistré ({ $why })
terminal-quiet-not-written = { $untested } : rapport non enregistré ({ $why }) ; réseau : { $word } : { $headline }

history-deleted-all = { $count ->
        [one] { $count } test conservé supprimé
       *[other] { $count } tests conservés supprimés
    } de { $folder }.
history-deleted = { $file } supprimé.
history-none = Aucun test conservé dans { $folder }. La fenêtre conserve chaque test ; pushcheck check --keep en conserve un depuis le terminal.
history-list = Tests conservés dans { $folder }, du plus récent au plus ancien :
history-unreadable = illisible
history-foreign = autre fichier
history-foreign-left = non écrit par Push Check, laissé tel quel
history-compare = Comparer deux tests : pushcheck compare ANCIEN.json NOUVEAU.json

compare-title = Push Check : ce qui a changé
compare-comparing = Comparaison de { $old } avec { $new }
compare-overall = Résultat global
compare-now = Maintenant
compare-fixed = Corrigé
compare-broken = Nouveaux problèmes
compare-unchanged = Inchangé
compare-none = aucun
compare-checks = Vérifications qui ont changé
compare-new-state = nouveau : { $state }
compare-was-state = avant : { $state }
compare-fine = { $ok } sur { $total } OK
compare-not-tested = non testé
compare-dns = Résolution de { $host }
compare-port = { $name }, port { $port }
compare-host-port = { $name } ({ $host }), port { $port }

pdf-site-not-named = Site non indiqué
pdf-site = Site : { $site }
pdf-tested = Testé le { $when } sur un ordinateur { $os } (durée : { $took } s). Push Check { $version }.
pdf-request = Demande au service informatique
pdf-no-change = Aucun changement nécessaire : le service push d'Apple est joignable comme Apple l'exige.
pdf-also-found = Également constaté
pdf-every-check = Toutes les vérifications
pdf-every-check-note = Chaque ligne est une connexion ou une résolution de nom tentée par cet ordinateur. Pour les lignes qui ne sont pas OK, le détail de ce qui s'est passé figure en dessous.
pdf-column-status = État
pdf-column-check = Vérification
pdf-column-target = Hôte et port
pdf-column-address = Adresse
pdf-column-result = Résultat
pdf-sources = D'où viennent les règles
pdf-sources-note = Chaque règle appliquée par Push Check a été vérifiée pour la dernière fois par rapport à ces documents le { $date }. Plages d'adresses d'Apple utilisées : { $ranges }.
pdf-page = page { $page } sur { $pages }

## The school's own MDM server and the handshake of iOS 26

group-mdm = Votre serveur MDM, vu depuis ce réseau
