# La ventana. Términos: ../GLOSSARY.md.

setting-timeout = El tiempo límite
setting-catalog = El catálogo de destinos
setting-resolve = La resolución de nombres forzada
setting-apple-range = El rango de direcciones de Apple
setting-ca-file = El archivo de certificados de la institución
setting-apple-root = El sustituto de los certificados raíz de Apple
setting-public-dns = El servidor DNS público
setting-hold = La duración de la prueba de conexión inactiva
setting-trust = La comprobación de certificados

about-title = Acerca de Push Check
about-question = ¿Pueden los dispositivos Apple y su servidor MDM acceder al servicio push de Apple desde esta red?
about-licences = Licencias
about-licence-app = Push Check: MIT OR Apache-2.0.
about-licence-window-fonts = Tipos de letra de la ventana (de egui): Ubuntu Light (Ubuntu Font Licence), Hack (MIT), Noto Emoji (SIL OFL 1.1), emoji-icon-font (MIT).
about-licence-report-fonts = Tipos de letra de los informes: Open Sans Regular y Bold (Apache-2.0).
about-licence-others = Todos los demás componentes y sus licencias: THIRD-PARTY.md, incluido con el programa.
about-checked-on = Las reglas se revisaron por última vez el { $date }.
about-changed-on = Cambio del { $date }: { $change }
about-no-catalog = No se pudo leer el catálogo de reglas.

history-back = Atrás
history-title = Historial
history-intro = { $count ->
        [one] La última prueba de esta ventana se guarda aquí, para poder consultarla y compararla más tarde.
       *[other] Cada prueba de esta ventana se guarda aquí (las últimas { $count }), para poder consultarlas y compararlas más tarde.
    }
history-empty = Aún no hay pruebas. Haga clic en «Probar mi red» y cada respuesta se guardará aquí.
history-reading = Leyendo las pruebas guardadas…
history-compare-chosen = Comparar las dos elegidas
history-choose-two = Marque dos pruebas en sus casillas
history-delete-all-ask = { $count ->
        [one] ¿Eliminar el archivo?
       *[other] ¿Eliminar los { $count } archivos?
    }
history-delete-all-yes = Sí, eliminar todo
history-delete-all-no = Conservarlos
history-delete-all = Eliminar todo
history-runs = { $count ->
        [one] { $count } prueba
       *[other] { $count } pruebas
    }
history-what-changed = Qué cambió
history-choose = Elegir
history-choose-hover = Elegir para comparar
history-open = Abrir esta prueba
history-unreadable-file = Archivo ilegible { $file }: { $why }
history-foreign-file = No lo escribió Push Check, se deja como está: { $file }
history-delete = Eliminar
history-off = El historial está desactivado: no hay carpeta donde guardar las pruebas.
history-not-deleted = No se eliminó: { $error }
history-deleted-files = { $count ->
        [one] Se eliminó { $count } archivo.
       *[other] Se eliminaron { $count } archivos.
    }
history-not-kept = Esta prueba no se pudo guardar en el historial: { $error }

window-icon = Icono de Push Check
running-title = Probando esta red…
running-progress = { $total ->
        [one] { $done } de { $total } comprobación
       *[other] { $done } de { $total } comprobaciones
    }
running-stop = Detener
running-holding = Manteniendo abiertas conexiones inactivas con Apple hasta { $hold } para ver si la red las corta: quedan { $left }.
running-holding-note = Las conexiones push no transmiten nada durante 10–15 minutos seguidos. «Detener» termina la espera y muestra lo que se sabe.
running-hold-row = Una conexión con Apple inactiva durante { $idle } y luego comprobada

start-question = ¿Reciben los dispositivos Apple notificaciones push en esta red?
start-button = Probar mi red
start-site = Ubicación / aula:
start-site-hint = por ejemplo: Biblioteca, 2.º piso
start-options = Opciones
start-what = Comprueba que los dispositivos (iPad, Mac) y su servidor MDM pueden acceder al servicio push de Apple: puertos 5223 y 443 hacia 17.0.0.0/8, inspección del cifrado, DNS y páginas de inicio de sesión Wi-Fi. Tarda unos segundos.
options-what = Qué probar:
options-both = este dispositivo y el servidor MDM
options-device = solo este dispositivo
options-server = solo el servidor MDM
options-legacy = Nuestro servidor MDM todavía usa los puertos retirados 2195 y 2196
options-redact = No incluir el nombre ni las direcciones de este equipo en los informes guardados
options-language = Idioma:
options-language-system = como el sistema
save-language-same = en el idioma de la ventana
options-appearance = Apariencia:
options-appearance-system = como el sistema
options-appearance-light = clara
options-appearance-dark = oscura
options-hold = Comprobar también que la red mantiene abierta una conexión inactiva durante
options-hold-hover = Las conexiones push no transmiten nada durante 10–15 minutos seguidos. Algunos firewalls descartan antes las conexiones inactivas, y entonces las notificaciones push fallan aunque todas las pruebas rápidas salgan bien. Con esta opción, la prueba dura ese tiempo.
options-timeout = Esperar como máximo

result-ask-it = Qué pedir al departamento de informática
result-copy-all = Copiar todo
result-copy = Copiar
result-copy-hover = Copiar esta solicitud al portapapeles
result-details = Detalles
details-devices = Dispositivos (iPad, Mac)
details-dns = DNS
details-network = Red
details-inspection = Inspección del cifrado
result-proxy = Proxy
result-proxy-not-read = no leído (--no-proxy)
result-proxy-none = ninguno configurado
result-proxy-found = { $count ->
        [one] { $count } encontrado
       *[other] { $count } encontrados
    }
result-proxy-used = Las comprobaciones cuya columna «Vía» indica un proxy pasaron por él; todas las demás fueron directamente a Apple.
result-proxy-direct = Todas las comprobaciones de arriba fueron directamente a Apple.
result-pac-file = Archivo PAC { $url }
result-pac-discovered = Archivo PAC { $url }, encontrado por la detección automática
result-pac-unusable = no se pudo usar: { $error }
result-pac-ex = se llamó a FindProxyForURLEx, como hacen los servicios de Windows (WinHTTP)
result-pac-answer = { $host }: { $routes }
result-pac-failed = { $host }: falló en la línea { $line } ({ $error })
result-pac-skipped = omitido, como hacen los navegadores: { $entry }
result-pac-my-ip = myIpAddress() devolvió { $address }
result-pac-lookup = consultó { $name }: { $addresses }
result-pac-lookup-none = consultó { $name }: sin dirección
result-pac-alert = alert: { $message }
result-chart = Tiempos de conexión por dirección de Apple
result-chart-none = No se intentó ninguna conexión.
result-chart-series = tiempo de conexión
row-status = Estado
row-outcome = Resultado
row-detail = Qué pasó
row-check = Comprobación
row-via = Vía
row-address-from = Dirección obtenida de
row-answers = Respuestas
row-tls-version = Versión de TLS
row-issuer = Emisor
row-chain = Cadena
row-trusted-by = Aceptado por
row-trusted-by-nothing = ninguna raíz de confianza
row-vendor = Producto de filtrado

save-report = Guardar informe…
save-copy-summary = Copiar resumen
save-test-again = Probar de nuevo
save-options = Opciones
save-took = duró { $took } s
save-saving = Guardando…
save-saved = Informe guardado en { $path }
save-failed = No se guardó: { $error }
save-dialog-title = Guardar el informe de Push Check
save-filter-pdf = Informe PDF
save-filter-json = Informe JSON
save-filter-text = Informe de texto
copied-requests = Se copió al portapapeles lo que hay que pedir al departamento de informática.
copied-request = Se copió la solicitud al portapapeles.
copied-summary = Se copió el resumen al portapapeles.
start-failed = La prueba no pudo empezar: { $error }
start-no-runtime = No se puede iniciar el comprobador de red: { $error }

window-no-display = No se encontró ninguna pantalla, así que Push Check se ejecuta en la línea de comandos en lugar de en una ventana.
window-cannot-open = Push Check no puede abrir su ventana ({ $error }); se ejecuta en la línea de comandos en su lugar.
window-cannot-open-windows = Push Check no puede abrir su ventana ({ $error }). La misma comprobación se puede ejecutar desde la línea de comandos: pushcheck.exe check
window-refused = { $flags } no { $count ->
        [one] tiene
       *[other] tienen
    } efecto en la ventana; la ventana guarda los informes con «Guardar informe…». En la línea de comandos: pushcheck check { $command }
window-refused-windows = { $flags } no { $count ->
        [one] tiene
       *[other] tienen
    } efecto en la ventana, que guarda los informes con «Guardar informe…». Para obtener un informe en la línea de comandos o en un script: pushcheck.exe check { $command }
save-language-hover = El idioma de los informes guardados

## The school's own MDM server and the handshake of iOS 26

setting-mdm-server = La dirección del servidor MDM
start-mdm = Su servidor MDM (opcional):
start-mdm-hint = la dirección que le dieron, https://…
start-mdm-hover = Con esta dirección, Push Check comprueba además que esta red accede a su servidor MDM, que los dispositivos Apple aceptan su certificado y que el servidor está preparado para las reglas TLS más estrictas que Apple exigirá en iOS 27.
details-mdm = Su servidor MDM
details-mdm-note = Visto desde este equipo; la red Wi-Fi que usan los iPad puede ser distinta. Si su MDM está en la nube, el servidor es de su proveedor: los cambios hay que pedírselos a él.
details-large-hello = La negociación TLS de iOS 26
details-large-hello-note = iOS, iPadOS y macOS 26 inician las conexiones seguras con un primer mensaje poscuántico, más grande que el clásico; algunos firewalls lo descartan.
