# La fenêtre. Termes : ../GLOSSARY.md.

setting-timeout = Le délai maximal
setting-catalog = Le catalogue des serveurs testés
setting-resolve = La résolution de nom forcée
setting-apple-range = La plage d'adresses d'Apple
setting-ca-file = Le fichier de certificat de l'établissement
setting-apple-root = Le substitut des certificats racines d'Apple
setting-public-dns = Le serveur DNS public
setting-hold = La durée du test de connexion inactive
setting-trust = La vérification des certificats

about-title = À propos de Push Check
about-question = Les appareils Apple et votre serveur MDM peuvent-ils joindre le service push d'Apple depuis ce réseau ?
about-licences = Licences
about-licence-app = Push Check : MIT OR Apache-2.0.
about-licence-window-fonts = Polices de la fenêtre (fournies par egui) : Ubuntu Light (Ubuntu Font Licence), Hack (MIT), Noto Emoji (SIL OFL 1.1), emoji-icon-font (MIT).
about-licence-report-fonts = Polices des rapports : Open Sans Regular et Bold (Apache-2.0).
about-licence-others = Tous les autres composants et leurs licences : THIRD-PARTY.md, fourni avec le programme.
about-checked-on = Les règles ont été vérifiées pour la dernière fois le { $date }.
about-changed-on = Modifié le { $date } : { $change }
about-no-catalog = Le catalogue des règles n'a pas pu être lu.

history-back = Retour
history-title = Historique
history-intro = { $count ->
        [one] Chaque test de cette fenêtre est conservé ici (le dernier seulement), pour revenir en arrière et comparer.
       *[other] Chaque test de cette fenêtre est conservé ici (les { $count } derniers), pour revenir en arrière et comparer.
    }
history-empty = Aucun test pour l'instant. Cliquez sur « Tester mon réseau » et chaque réponse sera conservée ici.
history-reading = Lecture des tests conservés…
history-compare-chosen = Comparer les deux tests choisis
history-choose-two = Cochez deux tests à comparer
history-delete-all-ask = { $count ->
        [one] Supprimer { $count } fichier ?
       *[other] Supprimer les { $count } fichiers ?
    }
history-delete-all-yes = Oui, tout supprimer
history-delete-all-no = Les garder
history-delete-all = Tout supprimer
history-runs = { $count ->
        [one] { $count } test
       *[other] { $count } tests
    }
history-what-changed = Ce qui a changé
history-choose = Choisir
history-choose-hover = Choisir pour comparer
history-open = Ouvrir ce test
history-unreadable-file = Fichier illisible { $file } : { $why }
history-foreign-file = Non écrit par Push Check, laissé tel quel : { $file }
history-delete = Supprimer
history-off = L'historique est désactivé : aucun dossier pour conserver les tests.
history-not-deleted = Non supprimé : { $error }
history-deleted-files = { $count ->
        [one] { $count } fichier supprimé.
       *[other] { $count } fichiers supprimés.
    }
history-not-kept = Ce test n'a pas pu être conservé dans l'historique : { $error }

window-icon = Icône de Push Check
running-title = Test de ce réseau…
running-progress = { $total ->
        [one] { $done } vérification sur { $total }
       *[other] { $done } sur { $total } vérifications
    }
running-stop = Arrêter
running-holding = Maintien de connexions inactives vers Apple pendant { $hold } au maximum, pour voir si le réseau les coupe : encore { $left }.
running-holding-note = Les connexions push ne transmettent souvent rien pendant 10 à 15 minutes d'affilée. « Arrêter » met fin à l'attente et affiche ce qui est déjà connu.
running-hold-row = Une connexion vers Apple laissée inactive pendant { $idle }, puis vérifiée

start-question = Les appareils Apple reçoivent-ils les notifications push sur ce réseau ?
start-button = Tester mon réseau
start-site = Site / salle :
start-site-hint = par exemple : Bibliothèque, 2e étage
start-options = Options
start-what = Vérifie que les appareils (iPad, Mac) et votre serveur MDM joignent le service push d'Apple : ports 5223 et 443 vers 17.0.0.0/8, inspection du chiffrement, DNS et pages de connexion Wi-Fi. Prend quelques secondes.
options-what = Que tester :
options-both = cet appareil et le serveur MDM
options-device = cet appareil seulement
options-server = le serveur MDM seulement
options-legacy = Notre serveur MDM utilise encore les anciens ports 2195 et 2196
options-redact = Omettre le nom et les adresses de cet ordinateur dans les rapports enregistrés
options-language = Langue :
options-language-system = comme le système
save-language-same = dans la langue de la fenêtre
options-appearance = Apparence :
options-appearance-system = comme le système
options-appearance-light = claire
options-appearance-dark = sombre
options-hold = Vérifier aussi que le réseau garde une connexion inactive ouverte pendant
options-hold-hover = Les connexions push ne transmettent souvent rien pendant 10 à 15 minutes d'affilée. Certains pare-feu coupent plus tôt les connexions inactives, ce qui interrompt le push alors que tous les tests rapides réussissent. Le test dure alors ce temps-là.
options-timeout = Abandonner après

result-ask-it = À demander au service informatique
result-copy-all = Tout copier
result-copy = Copier
result-copy-hover = Copier cette demande dans le presse-papiers
result-details = Détails
details-devices = Appareils (iPad, Mac)
details-dns = DNS
details-network = Réseau
details-inspection = Inspection du chiffrement
result-proxy = Proxy
result-proxy-not-read = non lu (--no-proxy)
result-proxy-none = aucun configuré
result-proxy-found = { $count ->
        [one] { $count } trouvé
       *[other] { $count } trouvés
    }
result-proxy-used = Les vérifications dont « Via » indique un proxy sont passées par lui ; toutes les autres sont allées directement chez Apple.
result-proxy-direct = Chaque vérification ci-dessus est allée directement chez Apple.
result-pac-file = Fichier PAC { $url }
result-pac-discovered = Fichier PAC { $url }, trouvé par la détection automatique
result-pac-unusable = inutilisable : { $error }
result-pac-ex = FindProxyForURLEx a été appelée, comme le font les services Windows (WinHTTP)
result-pac-answer = { $host } : { $routes }
result-pac-failed = { $host } : échec à la ligne { $line } ({ $error })
result-pac-skipped = ignoré, comme le font les navigateurs : { $entry }
result-pac-my-ip = myIpAddress() a renvoyé { $address }
result-pac-lookup = il a résolu { $name } : { $addresses }
result-pac-lookup-none = il a résolu { $name } : aucune adresse
result-pac-alert = alert : { $message }
result-chart = Temps de connexion par adresse Apple
result-chart-none = Aucune connexion n'a été tentée.
result-chart-series = temps de connexion
row-status = État
row-outcome = Résultat
row-detail = Ce qui s'est passé
row-check = Vérification
row-via = Via
row-address-from = Adresse obtenue par
row-answers = Réponses
row-tls-version = Version TLS
row-issuer = Émetteur
row-chain = Chaîne
row-trusted-by = Approuvé par
row-trusted-by-nothing = aucun magasin
row-vendor = Produit de filtrage

save-report = Enregistrer le rapport…
save-copy-summary = Copier le résumé
save-test-again = Tester à nouveau
save-options = Options
save-took = durée { $took } s
save-saving = Enregistrement…
save-saved = Rapport enregistré dans { $path }
save-failed = Non enregistré : { $error }
save-dialog-title = Enregistrer le rapport Push Check
save-filter-pdf = Rapport PDF
save-filter-json = Rapport JSON
save-filter-text = Rapport texte
copied-requests = Les demandes au service informatique ont été copiées dans le presse-papiers.
copied-request = La demande a été copiée dans le presse-papiers.
copied-summary = Le résumé a été copié dans le presse-papiers.
start-failed = Le test n'a pas pu démarrer : { $error }
start-no-runtime = Impossible de démarrer le testeur réseau : { $error }

window-no-display = Aucun écran trouvé : Push Check fonctionne dans le terminal au lieu d'une fenêtre.
window-cannot-open = Push Check ne peut pas ouvrir sa fenêtre ({ $error }) ; il fonctionne dans le terminal à la place.
window-cannot-open-windows = Push Check ne peut pas ouvrir sa fenêtre ({ $error }). La même vérification peut être lancée dans un terminal : pushcheck.exe check
window-refused = { $flags } { $count ->
        [one] ne s'applique pas
       *[other] ne s'appliquent pas
    } à la fenêtre ; celle-ci enregistre les rapports avec « Enregistrer le rapport… ». Pour le terminal : pushcheck check { $command }
window-refused-windows = { $flags } { $count ->
        [one] ne s'applique pas
       *[other] ne s'appliquent pas
    } à la fenêtre, qui enregistre les rapports avec « Enregistrer le rapport… ». Pour obtenir un rapport dans un terminal ou un script : pushcheck.exe check { $command }
save-language-hover = La langue des rapports enregistrés

## The school's own MDM server and the handshake of iOS 26

setting-mdm-server = L'adresse du serveur MDM
start-mdm = Votre serveur MDM (facultatif) :
start-mdm-hint = l'adresse fournie par le service informatique, https://…
start-mdm-hover = Push Check vérifie alors aussi que ce réseau joint votre serveur MDM, que les appareils Apple acceptent son certificat et qu'il est prêt pour les règles TLS plus strictes d'iOS 27.
details-mdm = Votre serveur MDM
details-mdm-note = Tel que cet ordinateur le joint ; le Wi-Fi des iPad peut se comporter autrement. Le serveur d'un MDM dans le cloud est celui de votre éditeur : c'est à lui qu'il faut demander les changements.
details-large-hello = La négociation TLS d'iOS 26
details-large-hello-note = iOS, iPadOS et macOS 26 commencent les connexions sécurisées par un message plus volumineux, post-quantique ; certains pare-feu le bloquent.
