# Palabras comunes a todas las vistas. Términos: ../GLOSSARY.md.

list-and = { $rest } y { $last }
duration-seconds = { $s } s
duration-minutes = { $m } min
duration-hours = { $h } h
duration-hours-minutes = { $h } h { $m } min
duration-days = { $d ->
        [one] { $d } día
       *[other] { $d } días
    }

count-problems = { $count ->
        [one] { $count } problema
       *[other] { $count } problemas
    }
count-warnings = { $count ->
        [one] { $count } aviso
       *[other] { $count } avisos
    }
count-untested = { $count ->
        [one] { $count } sin probar
       *[other] { $count } sin probar
    }
count-notes = { $count ->
        [one] { $count } nota
       *[other] { $count } notas
    }

status-ok = OK
status-info = NOTA
status-warning = AVISO
status-problem = PROBLEMA
status-untested = SIN PROBAR

endpoint-courier = Push
endpoint-provider = API de proveedor push
endpoint-legacy-gateway = Pasarela push antigua (retirada)
endpoint-legacy-feedback = Servicio de retroalimentación push antiguo (retirado)
endpoint-captive = Portal cautivo
endpoint-service = Servicio de gestión de dispositivos
endpoint-time = Servidor de hora
endpoint-revocation = Revocación de certificados

check-route = Ruta a la red de Apple
check-clock = Reloj
check-pac = Archivo PAC ({ $source })
check-hold = Inactividad de { $idle }
check-hold-not-tried = Prueba de conexión inactiva
check-dns = Resolución de nombre: { $name }

catalog-change-courier = Desde iOS/iPadOS 13.4 y macOS 10.15.4, la alternativa por el puerto 443 puede pasar por un proxy que no descifre el tráfico, indicado en un archivo PAC; las guías anteriores decían que el 443 era una alternativa solo en Wi-Fi.
catalog-change-legacy = Apple retiró el antiguo protocolo binario de proveedor (puertos 2195 y 2196) el 31 de marzo de 2021.

check-dns-hosts = { $first } (y { $more ->
        [one] { $more } más
       *[other] { $more } más
    })

problem-resolve = «{ $value }» no tiene la forma HOST:DIRECCIÓN (por ejemplo, api.push.apple.com:17.188.143.34 o *.push.apple.com:[::1])
problem-public-dns = «{ $value }» no es una dirección IP (opcionalmente con :puerto) ni «none»
problem-public-dns-none = «none» no se puede combinar con direcciones de servidores DNS
problem-apple-range = «{ $value }» no es un rango de direcciones como 17.0.0.0/8
problem-file = { $path }: { $reason }
problem-timeout = debe estar entre 1 y 300 segundos, no { $value }
problem-hold = debe estar entre 1 y 7200 segundos, no { $value } (900 mantiene una conexión tanto como necesitan las notificaciones push: 15 minutos)
problem-tls = no se puede configurar la comprobación de certificados: { $detail }
problem-catalog = { $detail }
problem-catalog-hint = Corrija el archivo o ejecute el programa sin --catalog para usar el catálogo integrado.

status-line = { $word }: { $title }

# A section's heading ("Fixed:"), with the colon as the language writes it.
heading-section = { $title }:
# A label and its value ("Overall: OK -> PROBLEM").
heading-labelled = { $label }: { $value }

# A day written in a sentence. $month: a month-* message.
date-day = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

## The school's own MDM server and the handshake of iOS 26

check-mdm = Su servidor MDM
# Los almacenes de certificados raíz que pueden aceptar una cadena; van tras «Aceptado por:».
store-public-roots = las autoridades de certificación públicas
store-apple-roots = los certificados raíz propios de Apple
store-apple-root-flag = los certificados raíz indicados con --apple-root
store-ca-file = la autoridad de certificación propia de la institución (--ca-file)
# $release: la versión principal cuyas reglas se comprueban (27).
check-mdm-tls = TLS para iOS { $release }
# $name: el destino (o check-mdm). Corto: la columna del terminal tiene 22 caracteres.
check-large-hello = { $name }: TLS de iOS 26
# Van tras la opción («--mdm-server …») o tras setting-mdm-server. $value: lo que se indicó.
problem-mdm-not-url = no es una dirección válida: { $value } (indique https://mdm.escuela.example o solo el nombre del host)
# $scheme: el esquema indicado (http).
problem-mdm-not-https = debe ser una dirección https, no { $scheme }: { $value } (los dispositivos solo se comunican con su servidor MDM por https)
problem-mdm-no-host = no tiene nombre de host: { $value }
