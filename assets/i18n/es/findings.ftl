# Hallazgos: lo que concluyó el diagnóstico, en palabras sencillas, con lo que hay que pedir
# al departamento de informática. Las variables contienen puertos, rangos, nombres de host
# y de productos: no traducirlas nunca. Términos: ../GLOSSARY.md.

finding-stopped-title = La prueba se detuvo antes de terminar.
finding-stopped-explanation = Nada de lo que sigue es una respuesta completa. Vuelva a ejecutar la prueba y déjela terminar (tarda unos segundos).
headline-nothing-tested = No se pudo probar nada.

ranges-rule = { $v4 } (Apple)
ranges-rule-with-v6 = { $v4 } (Apple; para IPv6 { $v6 })
# Cada outcome-* es el predicado completo (con su verbo) de «la conexión» / «las conexiones»
# / «las consultas», que pone la frase; con [hosts], una etiqueta entre paréntesis tras
# «no se pudo acceder a …». Ninguna empieza por «i»: list-and las une con «y».
outcome-answered-not-apple = { $subject ->
        [connection] recibió respuesta de algo que no es Apple
        [hosts] respondió algo que no es Apple
       *[other] recibieron respuesta de algo que no es Apple
    }
outcome-broken-tls = { $subject ->
        [connection] falló al establecer el cifrado
        [hosts] fallo al establecer el cifrado
       *[other] fallaron al establecer el cifrado
    }
outcome-failed = { $subject ->
        [connection] terminó con un error
        [hosts] error de conexión
       *[other] terminaron con un error
    }
outcome-not-in-dns = { $subject ->
        [connection] falló porque el nombre no está en el DNS
        [hosts] nombre no encontrado en el DNS
       *[other] fallaron porque el nombre no está en el DNS
    }
outcome-refused = { $subject ->
        [connection] fue rechazada
        [hosts] conexión rechazada
       *[other] fueron rechazadas
    }
outcome-reset = { $subject ->
        [connection] se cortó bruscamente
        [hosts] conexión cortada bruscamente
       *[other] se cortaron bruscamente
    }
outcome-silently-dropped = { $subject ->
        [connection] quedó sin respuesta
        [hosts] sin respuesta
       *[other] quedaron sin respuesta
    }
outcome-unreachable = { $subject ->
        [connection] recibió un aviso de destino inalcanzable
        [hosts] destino inalcanzable
       *[other] recibieron un aviso de destino inalcanzable
    }

finding-proxy-only-title = Aquí el servicio push de Apple solo es accesible a través del proxy.
finding-proxy-only-explanation = Las conexiones directas con Apple { $count ->
        [one] por el puerto { $ports }
       *[other] por los puertos { $ports }
    } { $outcomes }, pero un túnel a través del proxy { $proxy } hasta Apple por el puerto { $tunnel } sí funcionó. Los iPad y Mac con iPadOS 13.4 / macOS 10.15.4 o posterior solo pueden usar un proxy para la alternativa por el puerto { $tunnel }, y solo si un archivo PAC lo indica y el proxy no descifra el tráfico; el puerto { $primary } y los dispositivos más antiguos no pueden usar ningún proxy, así que las notificaciones push seguirán llegando tarde y de forma irregular.
finding-proxy-only-fix = Permitir TCP { $ports } de salida desde las redes de dispositivos hacia { $range } directamente, no a través del proxy. Mientras tanto, dar a los dispositivos un archivo PAC que envíe *.push.apple.com al proxy, sin inspección SSL para ese tráfico.
finding-ports-blocked-title = Aquí los iPad y los Mac no pueden acceder al servicio push de Apple.
finding-ports-blocked-explanation = En todas las direcciones de Apple probadas, las conexiones { $count ->
        [one] al puerto { $ports }
       *[other] a los puertos { $ports }
    } { $outcomes }. Los dispositivos no recibirán comandos MDM ni notificaciones.
finding-ports-blocked-fix = Permitir TCP { $ports } de salida desde las redes de dispositivos hacia { $range }. No hace falta ninguna regla de entrada.
finding-fallback-only-title = El puerto { $primary } está bloqueado, así que los dispositivos Apple recurren al puerto { $fallback }, más lento y menos estable.
finding-fallback-only-explanation = Los dispositivos prueban primero el puerto { $primary } y solo después la alternativa; las notificaciones llegan tarde, y los dispositivos que no pueden usar la alternativa (los más antiguos, o los que tendrían que pasar por un proxy) no reciben ninguna. Las conexiones al puerto { $primary } { $outcomes }.
finding-fallback-blocked-title = El puerto alternativo { $fallback } hacia Apple está bloqueado; los dispositivos dependen solo del puerto { $primary }.
finding-fallback-blocked-explanation = El puerto { $primary } funciona, pero las conexiones al puerto alternativo { $fallback } { $outcomes }. Cuando el { $primary } no está disponible (en algunas redes de invitados o de hoteles, por ejemplo), los dispositivos se quedan sin conexión con Apple.
finding-fallback-blocked-fix = Permitir TCP { $fallback } de salida desde las redes de dispositivos hacia { $range }.
finding-partial-allowlist-title = Solo se permiten algunos servidores push de Apple, así que las notificaciones push funcionarán a ratos.
finding-partial-allowlist-explanation = Algunas direcciones de Apple funcionaron por { $count ->
        [one] el puerto { $ports }
       *[other] los puertos { $ports }
    }, pero las conexiones a otras ({ $addresses }) { $outcomes }. Apple reparte los dispositivos entre muchas direcciones, así que una regla de firewall que enumera direcciones sueltas hace que las notificaciones push fallen al azar.
finding-partial-allowlist-fix = Sustituir las reglas de direcciones sueltas por el rango completo: permitir TCP { $ports } de salida desde las redes de dispositivos hacia { $range }.

finding-provider-not-apple = respondió en su lugar algo que no es Apple ({ $detail })
finding-provider-connection-was = la conexión { $outcomes }
finding-provider-blocked-title = El servidor MDM no puede enviar notificaciones push a Apple.
finding-provider-blocked-explanation = La API de proveedor de Apple ({ $host }, { $count ->
        [one] puerto
       *[other] puertos
    } { $ports }) es el destino al que el servidor MDM envía cada notificación push; { $what }.
finding-provider-blocked-fix = Permitir TCP { $ports } de salida desde el servidor MDM hacia { $range }, directamente y sin inspección SSL.
finding-provider-port-title = El servidor MDM accede a Apple por el puerto { $good }, pero no por el puerto { $bad }.
finding-provider-port-explanation = En el puerto { $bad }, { $what }. No pasa nada si el servidor MDM usa el puerto { $good }; si está configurado para usar el { $bad }, sus notificaciones fallarán.
finding-provider-port-fix = Permitir TCP { $bad } de salida desde el servidor MDM hacia { $range }.
finding-apple-busy-title = La API de proveedor de Apple respondió, pero estaba saturada ({ $status } { $reason }).
finding-apple-busy-explanation = El camino de aquí a Apple funciona: el propio servidor de Apple respondió a la solicitud del servidor MDM, pero indicó que ahora mismo está sobrecargado o con fallos. El problema está en Apple, no en esta red; las notificaciones pueden retrasarse hasta que se recupere.
finding-apple-busy-fix = No hay nada que cambiar en esta red. Si persiste, consultar el estado del servicio push en la página de estado del sistema de Apple y volver a probar más tarde.

finding-no-network-title = Este equipo no está conectado a ninguna red.
finding-no-network-explanation = No hay ninguna ruta a Internet desde aquí, así que no se pudo probar nada. Compruebe la conexión Wi-Fi o el cable y vuelva a probar.
finding-no-network-fix = Conectar este equipo a la red que se quiere probar (Wi-Fi o cable) y comprobar que obtiene una dirección IP y una puerta de enlace predeterminada.
finding-dns-broken-title = Esta red no puede localizar los servidores de Apple (el DNS no funciona).
finding-dns-broken-explanation = Ningún nombre de Apple pudo convertirse en una dirección ({ $hosts }), así que los dispositivos no encuentran el servicio push de Apple. No se pudieron hacer las comprobaciones de conexión que necesitan { $count ->
        [one] ese nombre
       *[other] esos nombres
    }.
finding-dns-broken-fix = Asegurarse de que los dispositivos de esta red reciben (por DHCP) un servidor DNS que funcione y resuelva nombres públicos como 1-courier.push.apple.com y api.push.apple.com.
finding-dns-filtered-title = El DNS de esta red oculta los servidores push de Apple.
finding-dns-filtered-explanation = El servidor DNS de la red no da ninguna dirección para { $hosts }, mientras que un servidor DNS público sí. Lo más probable es que un filtro DNS esté bloqueando los nombres de Apple.
finding-dns-filtered-fix = Permitir *.push.apple.com (y *.apple.com) en el filtro DNS, para que el servidor DNS de la red responda a los nombres de Apple como cualquier servidor DNS público.
finding-dns-some-title = Esta red no puede localizar algunos servidores push de Apple.
finding-dns-some-explanation = { $count ->
        [one] El nombre { $hosts } no se resolvió, así que las comprobaciones que lo necesitan no se pudieron hacer.
       *[other] Los nombres { $hosts } no se resolvieron, así que esas comprobaciones no se pudieron hacer.
    }
finding-dns-some-fix = Asegurarse de que el servidor DNS de la red resuelve *.push.apple.com y captive.apple.com; revisar cualquier filtro DNS en busca de nombres de Apple bloqueados.
finding-dns-outside-title = El DNS de esta red da direcciones equivocadas para los servidores push de Apple.
finding-dns-outside-explanation-rewritten = Los servidores push de Apple están siempre en { $range }, pero el DNS de esta red devolvió para { $hosts } direcciones fuera de ese rango. Un servidor DNS público dio las direcciones reales de Apple, así que un filtro DNS o una redirección de esta red está reescribiendo las respuestas.
finding-dns-outside-explanation = Los servidores push de Apple están siempre en { $range }, pero el DNS de esta red devolvió para { $hosts } direcciones fuera de ese rango. La causa probable es un filtro DNS, una redirección o una entrada DNS local obsoleta.
finding-dns-outside-fix = Dejar de reescribir o redirigir *.push.apple.com en el filtro DNS (y eliminar cualquier entrada DNS local para nombres de Apple), para que se resuelvan en las direcciones de la propia Apple.
finding-dns-partial-title = Algunos nombres de los servidores push de Apple no se resuelven en esta red.
finding-dns-partial-explanation = { $failed ->
        [one] { $failed } de los { $asked } nombres numerados de servidores push no obtuvo
       *[other] { $failed } de los { $asked } nombres numerados de servidores push no obtuvieron
    } dirección del DNS de esta red ({ $names }). Apple asigna cada dispositivo a uno de ellos: los dispositivos asignados a un nombre que falta no pueden conectarse, mientras que los demás funcionan.
finding-dns-partial-fix = Asegurarse de que el servidor DNS de la red resuelve todos los nombres *.push.apple.com (de 1-courier.push.apple.com a 50-courier.push.apple.com); permitir el dominio completo en cualquier filtro DNS en vez de nombres sueltos.
finding-captive-title = Hay una página de inicio de sesión Wi-Fi por medio.
finding-captive-explanation = Al pedir la página de prueba de Apple, respondió otra cosa ({ $detail }): una página de inicio de sesión Wi-Fi está interceptando el tráfico. Hasta que alguien inicie sesión, los iPad y Mac de esta red no pueden acceder a Apple. Otros fallos que aparecen más abajo pueden deberse simplemente a esto.
finding-captive-fix = Excluir a los dispositivos Apple (o a captive.apple.com y *.push.apple.com) de la página de inicio de sesión Wi-Fi, o usar para los dispositivos gestionados una red que no la tenga.
captive-redirect = respuesta HTTP { $status }, que redirige el navegador a { $location } en lugar de a la página de Apple
captive-page = respuesta HTTP { $status } con una página que no es de Apple («{ $body }»)
captive-not-http = la respuesta no es HTTP: «{ $text }»
finding-unknown-issuer = un emisor desconocido
finding-interception-vendor = { $vendor } (emisor: «{ $issuer }»)
finding-interception-device = un dispositivo de la red (emisor: «{ $issuer }»)
finding-interception-title = La red está descifrando el tráfico de Apple, y por eso fallan las notificaciones push.
finding-interception-explanation = Las conexiones con { $hosts } recibieron un certificado de { $who } en lugar del de Apple. Los servicios de Apple rechazan las conexiones inspeccionadas de esta forma (inspección SSL/TLS).
finding-interception-fix = Excluir *.push.apple.com, *.apple.com y { $ranges } de la inspección SSL/TLS (descifrado) en el firewall o el filtro web.
finding-wrong-server-title = Otro servidor responde en lugar del de Apple, así que los dispositivos no pueden conectarse.
finding-wrong-server-explanation = Las conexiones con { $hosts } recibieron un certificado válido, pero para otro nombre: no es el servidor de Apple ni un descifrado, sino otra cosa en esa dirección, como la página de bloqueo de un firewall o una respuesta DNS errónea.
finding-wrong-server-fix = Revisar el firewall o el filtro web en busca de un bloqueo o una redirección de *.push.apple.com y *.apple.com, y el DNS en busca de respuestas erróneas para los nombres de Apple; los nombres de Apple deben llevar a los propios servidores de Apple.

finding-service-blocked-title = Algunos servicios de Apple que necesitan los dispositivos gestionados están bloqueados.
finding-service-hosts-among = { $count ->
        [one] { $count } host de Apple: { $some }
       *[other] { $count } hosts de Apple, entre ellos { $some }
    }
finding-service-blocked-explanation = Las notificaciones push pueden funcionar, pero la inscripción, la activación, las actualizaciones o las comprobaciones de certificados pueden fallar: no se pudo acceder a { $hosts } ({ $outcomes }).
finding-service-blocked-fix = Permitir conexiones de salida desde las redes de dispositivos hacia { $hosts } ({ $count ->
        [one] este host puede servirse desde redes de distribución de contenido fuera de los rangos de Apple, así que hay que permitirlo
       *[other] estos hosts pueden servirse desde redes de distribución de contenido fuera de los rangos de Apple, así que hay que permitirlos
    } por nombre).
finding-legacy-needed-title = Los antiguos puertos push 2195 y 2196 del servidor MDM están cerrados.
finding-legacy-needed-explanation = Según las opciones elegidas, este servidor MDM todavía usa el antiguo protocolo push binario de Apple. Apple retiró ese protocolo el 31 de marzo de 2021, así que dejará de funcionar aunque los puertos estén abiertos: el servidor debe pasar a la API de proveedor HTTP/2 (puerto 443 o 2197).
finding-legacy-needed-fix = Actualizar el servidor MDM a la API de proveedor HTTP/2 de Apple (TCP 443 o 2197 hacia { $range }). Mientras tanto, permitir TCP 2195 y 2196 de salida desde el servidor MDM hacia { $range }.
finding-legacy-retired-title = Los puertos 2195 y 2196 están cerrados, y es lo correcto: Apple los retiró en 2021.
finding-legacy-retired-explanation = Las guías antiguas piden abrir los puertos 2195 y 2196 para el servidor MDM. Apple retiró ese protocolo el 31 de marzo de 2021; los servidores MDM actuales usan en su lugar el puerto 443 o el 2197, probados más arriba.
finding-untested-title = Push Check no pudo probar esta red.
finding-untested-explanation = No se pudo intentar ninguna conexión con Apple, así que aún no hay respuesta. Vuelva a probar; si sigue pasando, envíe el informe al departamento de informática.
finding-all-clear-title = Los dispositivos Apple pueden recibir notificaciones push en esta red.
finding-all-clear-explanation = Los dispositivos acceden al servicio push de Apple por los puertos que exige Apple, el servidor MDM accede a la API de proveedor de Apple y nada en el camino descifra ni redirige el tráfico ({ $passed ->
        [one] { $passed } comprobación correcta
       *[other] { $passed } comprobaciones correctas
    }).{ $hold }
finding-all-clear-devices-title = Los dispositivos Apple de esta red pueden acceder al servicio push de Apple.
finding-all-clear-devices-explanation = Los dispositivos acceden al servicio push de Apple por los puertos que exige Apple y nada en el camino descifra ni redirige el tráfico ({ $passed ->
        [one] { $passed } comprobación correcta
       *[other] { $passed } comprobaciones correctas
    }).{ $hold } Aquí no se probó la conexión del servidor MDM con Apple: para comprobarla, ejecute la prueba en el servidor MDM.
finding-all-clear-server-title = Este servidor MDM puede enviar notificaciones push a Apple.
finding-all-clear-server-explanation = El servidor MDM accede a la API de proveedor de Apple y nada en el camino descifra ni redirige el tráfico ({ $passed ->
        [one] { $passed } comprobación correcta
       *[other] { $passed } comprobaciones correctas
    }).{ $hold } Aquí no se probó si los dispositivos pueden acceder a Apple: para comprobarlo, ejecute la prueba en la red de los dispositivos.
finding-internal-title = Push Check tuvo un fallo interno en algunas comprobaciones, que por eso no se pudieron realizar.
finding-internal-explanation = { $count ->
        [one] Una comprobación no se pudo realizar
       *[other] { $count } comprobaciones no se pudieron realizar
    } por un error del propio Push Check ({ $message }), no por la red. Las demás comprobaciones se muestran tal como salieron. Envíe este informe a los desarrolladores de Push Check.

hold-kept = Además, una conexión inactiva con Apple siguió abierta durante { $idle }.
hold-too-short = Las conexiones push pasan 10–15 minutos inactivas, así que solo una espera de 15 minutos o más demuestra que la red las mantiene tanto tiempo.
hold-closed-by-apple = El servidor de Apple cerró la conexión de prueba al cabo de { $after }, así que no se probaron periodos de inactividad más largos.
idle-cut-off = se cortó al cabo de { $after }
idle-no-answer = estuvo inactiva { $after } y después ya no obtuvo respuesta
idle-survived = , mientras que otra que estuvo inactiva { $idle } seguía funcionando
idle-path-firewall = Un firewall o un NAT
idle-path-proxy = El proxy ({ $proxy }) o un firewall detrás de él
finding-idle-missed-title = La red descarta las conexiones inactivas en { $within } o menos, así que se perderán notificaciones push.
finding-idle-delayed-title = La red descarta las conexiones inactivas en { $within } o menos, lo que puede retrasar las notificaciones push.
finding-idle-explanation = Los dispositivos Apple mantienen abierta una conexión con el servicio push de Apple, que puede pasar 10–15 minutos seguidos sin transmitir nada. Una conexión de prueba con Apple ({ $host }) { $how }{ $survived }. { $path } del camino descarta demasiado pronto las conexiones inactivas: los dispositivos pierden notificaciones hasta que lo detectan y se vuelven a conectar, aunque todas las pruebas rápidas salgan bien.
finding-idle-fix = Aumentar el tiempo de inactividad TCP (de sesión) de las conexiones hacia { $range } por los puertos 5223, 443 y 2197 a { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } como mínimo (mejor 60) en cada firewall, NAT y proxy entre esta red e Internet. Actualmente, las conexiones inactivas se descartan en { $within } o menos.
hold-why-closed = el servidor de Apple cerró todas las conexiones de prueba antes de que terminara el periodo de inactividad, así que no había nada que medir
hold-why-not-tried = ninguna conexión con la API de proveedor de Apple funcionó, así que no había ninguna que mantener abierta
hold-why-not-opened = no se pudieron abrir las conexiones de prueba
hold-why-not-opened-detail = no se pudieron abrir las conexiones de prueba ({ $detail })
finding-hold-untested-title = La prueba de conexión inactiva no se pudo hacer, así que no se sabe si la red mantiene abiertas las conexiones inactivas.
finding-hold-untested-explanation = Se pidió la prueba de conexión inactiva, pero { $why }. Todo lo demás se probó; esta parte aún no tiene respuesta. Vuelva a ejecutarla más tarde; si sigue pasando, envíe el informe al departamento de informática.

finding-clock-fix = Ajustar la hora automáticamente: permitir UDP 123 de salida hacia time.apple.com (o hacia el servidor de hora de la red) y activar la fecha y hora automáticas.
finding-clock-seems-wrong-title = El reloj de este equipo parece estar mal, y por eso los certificados de Apple le parecen no válidos.
finding-clock-seems-wrong-explanation = Las conexiones seguras con Apple fallaron solo porque sus certificados parecían expirados o aún no válidos desde aquí. Eso pasa cuando la fecha de este equipo está mal, no porque la red bloquee algo.
finding-clock-ahead-title = El reloj de este equipo va { $off } adelantado, y por eso fallan las conexiones seguras con Apple.
finding-clock-behind-title = El reloj de este equipo va { $off } atrasado, y por eso fallan las conexiones seguras con Apple.
finding-clock-explanation = El servidor de Apple ({ $host }) indicó una hora que difiere en { $off } de la de este equipo. Los certificados y los tokens push del servidor MDM solo se aceptan con un reloj correcto.{ $also }
clock-certificates = Por eso también fallaron aquí las comprobaciones de certificados de las conexiones seguras con Apple: la red no es la causa.
clock-ahead = { $off } adelantado
clock-behind = { $off } atrasado
clock-two-opinions = Las dos medidas no coinciden: según el servidor de hora de Apple, este equipo va { $ntp }; según { $host }, va { $date }.
finding-ntp-title = No se puede acceder al servidor de hora de Apple, así que el reloj de los dispositivos puede desajustarse.
finding-ntp-explanation = Los dispositivos ponen en hora su reloj con { $host } por el puerto UDP 123, y aquí las consultas { $outcomes }. Un reloj lo bastante desajustado hace fallar todas las conexiones seguras con Apple, incluidas las de las notificaciones push.
finding-ntp-fix = Permitir UDP 123 de salida desde las redes de dispositivos hacia { $host } (o dar a los dispositivos el servidor de hora de la red por DHCP).

proxy-found-in = { $source } ({ $setting })
proxy-source-environment = variables de entorno
proxy-source-gnome = configuración de GNOME
proxy-source-kde = configuración de KDE
proxy-source-macos = configuración de red de macOS
proxy-source-wininet = Opciones de Internet de Windows (navegadores)
proxy-source-winhttp = WinHTTP de Windows (servicios)
proxy-exempt = Los hosts push de Apple están excluidos del proxy, como pide Apple.
proxy-not-exempt = Los hosts push de Apple no están excluidos del proxy, así que las apps y los servicios que siguen esta configuración envían el tráfico de Apple a través del proxy.
proxy-pac-unusable = No se pudo usar el archivo PAC ({ $detail }).
finding-proxy-bypassed-title = Hay un proxy configurado en este equipo, y el tráfico del servicio push de Apple no pasa por él.
finding-proxy-not-exempt-title = Hay un proxy configurado en este equipo y el tráfico push de Apple no está excluido de él.
finding-proxy-explanation = Configuración encontrada en: { $sources }. { $state }{ $pac } Los dispositivos Apple usan el puerto 5223 directamente y solo pueden usar un proxy para la alternativa por el puerto 443: solo si el proxy no descifra el tráfico, solo desde iOS/iPadOS 13.4 y macOS 10.15.4 y solo cuando el proxy viene indicado en un archivo PAC. Esta versión probó todas las conexiones directamente.
finding-proxy-fix = Excluir *.push.apple.com y { $ranges } del proxy (lista de excepciones, o DIRECT en el archivo PAC) y permitirlos directamente en el firewall.

finding-ipv6-title = Aquí los servidores de Apple responden por IPv6, pero las conexiones IPv6 fallan.
finding-ipv6-explanation = Los nombres de Apple se resuelven en direcciones IPv6, pero todas las conexiones IPv6 { $outcomes }, mientras que IPv4 funciona. Los dispositivos prefieren IPv6 y pierden tiempo hasta recurrir a IPv4, o fallan en redes solo IPv6.
finding-ipv6-fix = Permitir IPv6 de salida hacia Apple ({ $ranges }) en los mismos puertos que IPv4, o dejar de asignar direcciones IPv6 en esta red.
finding-ipv4-title = Aquí los servidores de Apple solo son accesibles por IPv6; las conexiones IPv4 fallan.
finding-ipv4-explanation = Todas las conexiones IPv4 con Apple { $outcomes }, mientras que IPv6 funciona. Los dispositivos y servidores MDM sin IPv6 (y las redes que no asignan direcciones IPv6) no pueden acceder al servicio push de Apple.
finding-ipv4-fix = Permitir IPv4 de salida hacia Apple ({ $ranges }) en los mismos puertos que IPv6.

## Solo una familia de direcciones (información)

finding-ipv6-unavailable-title = Este equipo no tiene IPv6 en esta red; los dispositivos Apple usan aquí IPv4.
finding-ipv6-unavailable-explanation = Los servidores push de Apple también tienen direcciones IPv6, pero este equipo no tiene ruta hacia ellas, así que solo se probó IPv4. En una red sin IPv6, los dispositivos Apple también usan IPv4. No hay que cambiar nada.
finding-ipv4-unavailable-title = Este equipo no tiene IPv4 en esta red; los dispositivos Apple usan aquí IPv6.
finding-ipv4-unavailable-explanation = Este equipo no tiene ruta hacia las direcciones IPv4 de Apple, así que solo se probó IPv6. En una red solo IPv6, los dispositivos Apple también usan IPv6.{ $nat64 } No hay que cambiar nada.
finding-ipv4-unavailable-nat64 = A los servidores IPv4 de Apple se llega a través de la puerta de enlace NAT64 de la red (por ejemplo, { $example }).

## Detección automática del proxy que no encuentra nada

finding-proxy-detect-nothing-title = La detección automática del proxy está activada, pero aquí no encuentra ningún proxy, así que el tráfico hacia Apple va directamente.
finding-proxy-detect-nothing-explanation = Configuración encontrada en: { $sources }.{ $pac } Por eso los navegadores y los dispositivos Apple de esta red se conectan directamente, como necesita el servicio push de Apple. No hay que cambiar nada.
proxy-wpad-nothing = La detección automática del proxy (WPAD) está activada, pero no encuentra ningún archivo PAC ({ $why }).
proxy-wpad-why-no-domain = este equipo no tiene ningún dominio de búsqueda DNS donde buscar
proxy-wpad-why-not-resolved = { $url } no se resuelve
proxy-wpad-why-no-answer = nada responde en { $url }
proxy-wpad-why-status = { $url } respondió HTTP { $status }

## The school's own MDM server and the handshake of iOS 26

finding-mdm-unreachable-title = Desde esta red no se puede acceder a su servidor MDM { $host }.
# $step: dns, connect, tls o http (dónde falló); $outcomes: outcome-* con $subject = connection;
# $where: mdm-where-*.
finding-mdm-unreachable-explanation = { $step ->
        [dns] El nombre { $host } no se resuelve en esta red.
        [connect] La conexión con { $host } por el puerto { $port } { $outcomes }.
        [tls] { $host } aceptó la conexión, pero no se pudo establecer el cifrado: algo en el camino lo impide o altera el tráfico.
       *[http] { $host } estableció el cifrado, pero no dio ninguna respuesta.
    } Los dispositivos de esta red no pueden inscribirse en el servidor, comunicarse con él ni recibir sus comandos. Se trata de { $where }. El resultado refleja la ruta de red de este equipo; la red Wi-Fi que usan los iPad puede ser distinta.
# $address: la dirección probada.
finding-mdm-unreachable-fix = { $step ->
        [dns] Asegurarse de que { $host } se resuelve en las redes de dispositivos; si es un servicio en la nube, confirmar la dirección con su proveedor de MDM.
        [connect] Permitir TCP { $port } de salida desde las redes de dispositivos hacia { $host } ({ $address }).
        [tls] Excluir { $host } de la inspección SSL/TLS y dejar pasar su tráfico sin modificarlo.
       *[http] Su proveedor de MDM (o quien administre { $host }) debe revisar el servidor: acepta conexiones, pero no responde.
    }
mdm-where-inside = un servidor de su red interna (con dirección privada)
mdm-where-cloud = un servicio en Internet (con dirección pública), así que lo gestiona su proveedor de MDM
mdm-where-unknown = un servidor cuya dirección no se pudo determinar
finding-mdm-untrusted-title = Los dispositivos Apple rechazan el certificado de su servidor MDM { $host }.
# $reasons: cert-reason-*, unidos con list-and; cada uno es una oración cuyo sujeto es «el certificado».
finding-mdm-untrusted-explanation = Los dispositivos comprueban el certificado del servidor antes de inscribirse o de comunicarse con él, y este certificado incumple { $count ->
        [one] una regla
       *[other] varias reglas
    } de Apple: { $reasons }. Los dispositivos Apple aplican estas reglas desde iOS 13 y macOS 10.15, así que ya fallan hoy, sea cual sea su versión.
# $rsa: la clave RSA más pequeña admitida; $days: la validez máxima de un certificado público.
finding-mdm-untrusted-fix = Su proveedor de MDM (o quien administre { $host }) debe instalar un certificado en el que confíen los dispositivos Apple: emitido por una autoridad de certificación pública o por el certificado raíz propio de la institución (instalado en los dispositivos), con el nombre { $host }, con una clave RSA de { $rsa } bits o más (o una clave ECDSA de 256 bits), firmado con SHA-256, con el propósito «autenticación del servidor» y con una validez máxima de { $days ->
        [one] { $days } día
       *[other] { $days } días
    }.
# $issuer: quién emitió el certificado.
cert-reason-untrusted = está emitido por { $issuer } (un emisor en el que los dispositivos no confían)
cert-reason-expired = ha expirado (o el reloj de este equipo está mal)
cert-reason-not-yet-valid = todavía no es válido (o el reloj de este equipo está mal)
cert-reason-name = no incluye el nombre { $host }
# $bits: el tamaño de la clave; $min: el mínimo admitido.
cert-reason-rsa = su clave RSA tiene { $bits } bits, menos de { $min }
cert-reason-sha1 = está firmado con SHA-1
cert-reason-md5 = está firmado con MD5
# $date: el día desde el que rige la regla.
cert-reason-server-auth = se emitió después del { $date } sin el propósito «autenticación del servidor»
# $days: su validez; $max: la máxima admitida.
cert-reason-lifetime = tiene una validez de { $days ->
        [one] { $days } día
       *[other] { $days } días
    } (el máximo para los certificados emitidos después del { $date } es de { $max } días)
cert-reason-public-lifetime = tiene una validez de { $days ->
        [one] { $days } día
       *[other] { $days } días
    } (el máximo para los certificados de confianza pública emitidos después del { $date } es de { $max } días)
cert-reason-ca = es el certificado propio de una autoridad de certificación, no uno emitido para el servidor
cert-reason-other = el motivo concreto figura en los detalles
# $release: la versión principal (27); $date: cuándo lo anunció Apple.
finding-mdm-tls-not-ready-title = Su servidor MDM { $host } no está preparado para las reglas TLS más estrictas de iOS { $release }.
# $missing: mdm-missing-*, unidos con list-and; $count: cuántos.
finding-mdm-tls-not-ready-explanation = Apple anunció el { $date } (artículo de soporte 126655) que, a partir de iOS, iPadOS y macOS { $release }, los dispositivos podrán rechazar los servidores de MDM, de inscripción, de apps y de actualizaciones que no usen un TLS moderno. A { $host } le { $count ->
        [one] falta
       *[other] faltan
    } { $missing }. Hoy los dispositivos se inscriben y se comunican con él sin problemas; después de la actualización, podrían dejar de hacerlo. El resultado refleja el servidor tal como lo ve este equipo.
# $asks: mdm-ask-* (infinitivos), unidos con list-and.
finding-mdm-tls-not-ready-fix = Su proveedor de MDM (o quien administre { $host }) debería { $asks } antes de que los dispositivos se actualicen a la siguiente versión principal.
mdm-missing-tls = TLS 1.3 o, en su defecto, TLS 1.2 con alguno de los conjuntos de cifrado que permite Apple (ECDHE con AES-GCM o AES-CBC)
mdm-missing-ems = Extended Master Secret en TLS 1.2 (y no ofrece TLS 1.3)
mdm-missing-ec = una clave de curva elíptica de al menos { $min } bits (la suya tiene { $bits })
mdm-missing-rsa = una clave RSA de al menos { $min } bits (la suya tiene { $bits })
mdm-missing-hash = un hash de firma del certificado de al menos { $min } bits
mdm-ask-tls = ofrecer TLS 1.3 o, si no, TLS 1.2 con un conjunto de cifrado ECDHE con AES-GCM
mdm-ask-ems = activar Extended Master Secret (RFC 7627) para TLS 1.2 u ofrecer TLS 1.3
mdm-ask-ec = usar un certificado con una clave de curva elíptica de al menos { $min } bits
mdm-ask-rsa = usar un certificado con una clave RSA de al menos { $min } bits
mdm-ask-hash = usar un certificado firmado con SHA-256 o con un algoritmo más robusto
finding-mdm-tls-ready-title = Su servidor MDM { $host } está preparado para las reglas TLS más estrictas de iOS { $release }.
# $how: mdm-how-*; $extras: oraciones mdm-extra-* (cada una tras un espacio) o nada.
finding-mdm-tls-ready-explanation = Ofrece { $how }, y su certificado cumple las reglas de Apple: es lo que exigen los dispositivos a partir de iOS, iPadOS y macOS { $release } (artículo de soporte de Apple 126655, { $date }).{ $extras }
mdm-how-tls13 = TLS 1.3
# $suite: el conjunto de cifrado elegido.
mdm-how-tls12 = TLS 1.2 con { $suite } y Extended Master Secret
# $versions: las versiones antiguas que también acepta.
mdm-extra-old-versions = También sigue aceptando { $versions }, que los dispositivos Apple nunca usan; no les causa ningún problema, aunque el departamento de informática quizá prefiera desactivarlo.
mdm-extra-rsa = También acepta TLS 1.2 sin forward secrecy (intercambio de claves RSA), que los dispositivos Apple nunca ofrecen.

finding-large-hello-blocked-title = Esta red descarta la negociación TLS de iOS 26, más grande que la clásica, así que los iPad y Mac actualizados no pueden conectarse.
# $bytes, $classic: tamaños de la negociación grande y de la clásica; $targets: dónde falló;
# $outcomes: outcome-* con $subject = connections; $cause: large-hello-cause-*.
finding-large-hello-blocked-explanation = iOS, iPadOS y macOS 26 inician las conexiones seguras con un intercambio de claves poscuántico (artículo de soporte de Apple 122756), así que su primer mensaje ocupa unos { $bytes } bytes: dos paquetes de red. Con { $targets }, la negociación clásica, de { $classic } bytes, funcionó, pero las conexiones que empezaban con el mensaje más grande { $outcomes }. { $cause } Los dispositivos con versiones anteriores siguen funcionando; los que tienen la versión 26 o posterior fallan.
large-hello-cause-group = Una negociación clásica con relleno hasta el mismo tamaño sí pasó, así que el firewall o el sistema de inspección TLS rechaza precisamente el nuevo intercambio de claves.
large-hello-cause-size = Una negociación clásica con relleno hasta el mismo tamaño también falló, así que algo en el camino no puede procesar una negociación que ocupa dos paquetes.
finding-large-hello-blocked-fix = Actualizar el firmware del firewall o del sistema de inspección TLS que hay entre los dispositivos y { $targets }, y activar el reensamblado TCP antes de la inspección del nombre del servidor (SNI).
finding-large-hello-passes-title = La negociación TLS de iOS 26, más grande que la clásica, pasa por esta red sin problemas.
finding-large-hello-passes-explanation = iOS, iPadOS y macOS 26 inician las conexiones seguras con un intercambio de claves poscuántico, en un primer mensaje de unos { $bytes } bytes, que llegó sin problemas a { $targets }. No hay que cambiar nada.
