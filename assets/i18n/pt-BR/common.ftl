# Palavras usadas em todas as telas. Termos: ../GLOSSARY.md.

list-and = { $rest } e { $last }
duration-seconds = { $s } s
duration-minutes = { $m } min
duration-hours = { $h } h
duration-hours-minutes = { $h } h { $m } min
duration-days = { $d } dias

count-problems = { $count ->
        [one] { $count } problema
       *[other] { $count } problemas
    }
count-warnings = { $count ->
        [one] { $count } alerta
       *[other] { $count } alertas
    }
count-untested = { $count } não testado(s)
count-notes = { $count ->
        [one] { $count } observação
       *[other] { $count } observações
    }

status-ok = OK
status-info = OBSERVAÇÃO
status-warning = ALERTA
status-problem = PROBLEMA
status-untested = NÃO TESTADO

endpoint-courier = Push
endpoint-provider = API de provedor push
endpoint-legacy-gateway = Gateway push antigo (desativado)
endpoint-legacy-feedback = Feedback push antigo (desativado)
endpoint-captive = Detecção de portal cativo
endpoint-service = Serviço de gerenciamento de dispositivos
endpoint-time = Servidor de hora
endpoint-revocation = Revogação de certificados

check-route = Rota até a rede da Apple
check-clock = Relógio
check-pac = Arquivo PAC ({ $source })
check-hold = Ociosa por { $idle }
check-hold-not-tried = Teste de conexão ociosa
check-dns = Consulta de nome: { $name }

catalog-change-courier = Desde o iOS/iPadOS 13.4 e o macOS 10.15.4, a alternativa pela 443 pode passar por um proxy sem descriptografia indicado por um arquivo PAC; as orientações antigas diziam que a 443 era alternativa apenas no Wi-Fi.
catalog-change-legacy = A Apple desativou o antigo protocolo binário de provedor (portas 2195 e 2196) em 2021-03-31.

check-dns-hosts = { $first } (e mais { $more })

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
