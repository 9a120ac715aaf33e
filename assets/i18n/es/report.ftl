# Los informes (texto, PDF) y el terminal. Términos: ../GLOSSARY.md.

date-time = { $day }/{ $month }/{ $year }, { $hour }:{ $minute } UTC

report-title = Informe de Push Check
report-title-site = Informe de Push Check — { $site }
report-tested = Prueba del { $when } en { $os }; duración: { $took } s (pushcheck { $version }).
summary-title = Push Check, { $when }
summary-title-site = Push Check — { $site }, { $when }
heading-found = Lo que se encontró
heading-checks = Comprobaciones
heading-sources = Fuentes (reglas revisadas el { $date })
source-checked = revisado el { $date }
ask-it = Pedir al departamento de informática: { $fix }

group-devices = Dispositivos (iPad, iPhone, Mac)
group-server = Servidor MDM
group-network = Red (ruta, DNS, página de inicio de sesión, reloj)
count-fine = { $count ->
        [one] { $count } correcta
       *[other] { $count } correctas
    }
rows-hosts-port = { $count ->
        [one] { $count } host, puerto { $port }
       *[other] { $count } hosts, puerto { $port }
    }
rows-hosts = { $count ->
        [one] { $count } host
       *[other] { $count } hosts
    }
rows-addresses = { $count ->
        [one] { $count } dirección
       *[other] { $count } direcciones
    }
rows-for-example = por ejemplo { $detail }
rows-more = … y { $count ->
        [one] { $count } más
       *[other] { $count } más
    }

outcome-code-ok = ok
outcome-code-refused = rechazada
outcome-code-timeout = tiempo agotado
outcome-code-reset = cortada
outcome-code-unreachable = inalcanzable
outcome-code-dns-failed = fallo de DNS
outcome-code-outside-apple-range = fuera del rango de Apple
outcome-code-tls-failed = fallo de TLS
outcome-code-tls-untrusted = certificado no reconocido
outcome-code-cert-expired = certificado expirado
outcome-code-cert-not-yet-valid = certificado aún no válido
outcome-code-cert-wrong-name = certificado para otro nombre
outcome-code-unexpected-response = respuesta inesperada
outcome-code-proxy-failed = fallo del proxy
outcome-code-skipped = omitida

heading-network = La red de este equipo
network-redacted = Omitido a propósito en este informe (--redact).
network-name = Nombre
network-addresses = Direcciones
network-gateway = Puerta de enlace predeterminada
network-dns = Servidores DNS
network-not-found = no encontrado
heading-proxy = Configuración del proxy
proxy-not-read = La configuración del proxy no se leyó (--no-proxy); todas las comprobaciones fueron directamente a Apple.
proxy-none = No hay ningún proxy configurado en este equipo.
proxy-used-note = Las comprobaciones hechas a través de un proxy aparecen con la dirección del proxy; todas las demás fueron directamente a Apple.
heading-chains = Certificados de las conexiones fallidas
chains-none = Ninguna conexión fallida presentó una cadena de certificados.
chains-hosts-more = { $hosts } y { $count ->
        [one] { $count } más
       *[other] { $count } más
    }
chains-unknown = desconocido
chains-issued-by = Emitido por: { $issuer }
chains-vendor = Producto de filtrado: { $vendor }
chains-trusted-by = Aceptado por: { $store }
chains-trusted-by-nothing = ninguna raíz de confianza de este equipo
chains-certificate = Certificado { $number }: { $subject }

terminal-took = Duró { $took }. Todas las comprobaciones: pushcheck check --verbose; el informe completo: --output informe.txt o --json
terminal-progress = Probando la red…
terminal-checks = comprobaciones
terminal-holding-left = Manteniendo conexiones inactivas con Apple: quedan { $left } (Ctrl-C detiene la prueba y muestra lo que se sabe)
terminal-holding = Manteniendo conexiones inactivas con Apple hasta { $hold } (las conexiones push pasan 10–15 min inactivas)…
terminal-kept = Prueba guardada en el historial: { $path }
terminal-written = Informe guardado en { $path }
terminal-not-written = no se pudo guardar el informe ({ $why })
terminal-quiet-not-written = { $untested }: informe no guardado ({ $why }); red: { $word }: { $headline }

history-deleted-all = { $count ->
        [one] Se eliminó { $count } prueba guardada
       *[other] Se eliminaron { $count } pruebas guardadas
    } de { $folder }.
history-deleted = Se eliminó { $file }.
history-none = Aún no hay pruebas guardadas en { $folder }. La ventana guarda cada prueba; pushcheck check --keep guarda una desde la línea de comandos.
history-list = Pruebas guardadas en { $folder }, de la más reciente a la más antigua:
history-unreadable = ilegible
history-foreign = ajeno
history-foreign-left = no lo escribió Push Check, se deja como está
history-compare = Para comparar dos: pushcheck compare ANTERIOR.json POSTERIOR.json

compare-title = Push Check: qué cambió
compare-comparing = Comparando { $old } con { $new }
compare-overall = Resultado global
compare-now = Ahora
compare-fixed = Resueltos
compare-broken = Nuevos fallos
compare-unchanged = Sin cambios
compare-none = ninguno
compare-checks = Comprobaciones que cambiaron
compare-new-state = nuevo: { $state }
compare-was-state = antes: { $state }
compare-fine = { $ok ->
        [one] { $ok } de { $total } correcta
       *[other] { $ok } de { $total } correctas
    }
compare-not-tested = sin probar
compare-dns = Resolución de { $host }
compare-port = { $name }, puerto { $port }
compare-host-port = { $name } ({ $host }), puerto { $port }

pdf-site-not-named = Sin ubicación indicada
pdf-site = Ubicación: { $site }
pdf-tested = Prueba del { $when } desde un equipo { $os } ({ $took } s). Push Check { $version }.
pdf-request = Solicitud al departamento de informática
pdf-no-change = No hace falta ningún cambio: el servicio push de Apple es accesible como Apple exige.
pdf-also-found = También se encontró
pdf-every-check = Todas las comprobaciones
pdf-every-check-note = Cada fila es una conexión o consulta que intentó este equipo. Debajo de las filas que no están bien se indica lo que pasó.
pdf-column-status = Estado
pdf-column-check = Comprobación
pdf-column-target = Host y puerto
pdf-column-address = Dirección
pdf-column-result = Resultado
pdf-sources = De dónde vienen las reglas
pdf-sources-note = Cada regla que aplica Push Check se revisó por última vez con estos documentos el { $date }. Rangos de direcciones de Apple usados: { $ranges }.
pdf-page = página { $page } de { $pages }

## The school's own MDM server and the handshake of iOS 26

group-mdm = Su servidor MDM, visto desde aquí
