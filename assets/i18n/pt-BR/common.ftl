# Palavras usadas em todas as telas. Termos: ../GLOSSARY.md.

list-and = { $rest } e { $last }
duration-seconds = { $s } s
duration-minutes = { $m } min
duration-hours = { $h } h
duration-hours-minutes = { $h } h { $m } min
duration-days = { $d ->
        [one] { $d } dia
       *[other] { $d } dias
    }

count-problems = { $count ->
        [one] { $count } problema
       *[other] { $count } problemas
    }
count-warnings = { $count ->
        [one] { $count } alerta
       *[other] { $count } alertas
    }
count-untested = { $count ->
        [one] { $count } não testado
       *[other] { $count } não testados
    }
count-notes = { $count ->
        [one] { $count } nota
       *[other] { $count } notas
    }

status-ok = OK
status-info = NOTA
status-warning = ALERTA
status-problem = PROBLEMA
status-untested = NÃO TESTADO

endpoint-courier = Push
endpoint-provider = API de provedor push
endpoint-legacy-gateway = Gateway push antigo (desativado)
endpoint-legacy-feedback = Feedback push antigo (desativado)
endpoint-captive = Página de login Wi-Fi
endpoint-service = Gestão de dispositivos
endpoint-time = Servidor de hora
endpoint-revocation = Revogação de certificados

check-route = Rota até a rede da Apple
check-clock = Relógio
check-pac = Arquivo PAC ({ $source })
check-hold = Ociosidade de { $idle }
check-hold-not-tried = Teste de conexão ociosa
check-dns = Consulta DNS: { $name }

catalog-change-courier = Desde o iOS/iPadOS 13.4 e o macOS 10.15.4, a alternativa pela porta 443 pode passar por um proxy que não descriptografe o tráfego, indicado num arquivo PAC; orientações antigas diziam que a porta 443 só servia de alternativa no Wi-Fi.
catalog-change-legacy = A Apple desativou o antigo protocolo binário de provedor (portas 2195 e 2196) em 31 de março de 2021.

check-dns-hosts = { $first } (e mais { $more ->
        [one] { $more }
       *[other] { $more }
    })

problem-resolve = "{ $value }" não está no formato HOST:ADDR (por exemplo api.push.apple.com:17.188.143.34 ou *.push.apple.com:[::1])
problem-public-dns = "{ $value }" não é um endereço IP (opcionalmente com :porta) nem "none"
problem-public-dns-none = none não pode ser combinado com endereços de resolvedores
problem-apple-range = "{ $value }" não é uma faixa de endereços como 17.0.0.0/8
problem-file = { $path }: { $reason }
problem-timeout = precisa estar entre 1 e 300 segundos, não { $value }
problem-hold = precisa estar entre 1 e 7200 segundos, não { $value } (900 mantém uma conexão pelo tempo que as notificações push precisam: 15 minutos)
problem-tls = não foi possível configurar a verificação de certificados: { $detail }
problem-catalog = { $detail }
problem-catalog-hint = Corrija o arquivo, ou execute sem --catalog para usar o catálogo embutido.

status-line = { $word }: { $title }

# A section's heading ("Fixed:"), with the colon as the language writes it.
heading-section = { $title }:
# A label and its value ("Overall: OK -> PROBLEM").
heading-labelled = { $label }: { $value }

# A day written in a sentence. $month: a month-* message.
date-day = { $day ->
        [1] 1º
       *[other] { $day }
    } de { $month } de { $year }
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro

## The school's own MDM server and the handshake of iOS 26

check-mdm = Seu servidor MDM
# Depois de "Considerado confiável por:", como valor de um rótulo (sem artigo).
store-public-roots = autoridades certificadoras públicas
store-apple-roots = certificados raiz da própria Apple
store-apple-root-flag = certificados raiz indicados com --apple-root
store-ca-file = autoridade certificadora própria da escola (--ca-file)
check-mdm-tls = Regras TLS do iOS { $release }
# Cabe nas 22 colunas do terminal com "Push" ("Push: handshake iOS 26").
check-large-hello = { $name }: handshake iOS 26
problem-mdm-not-url = não é um endereço válido: { $value } (informe https://mdm.escola.example ou só o nome do host)
problem-mdm-not-https = precisa ser um endereço https, não { $scheme }: { $value } (os dispositivos só acessam o servidor MDM por https)
problem-mdm-no-host = não tem nome de host: { $value }
