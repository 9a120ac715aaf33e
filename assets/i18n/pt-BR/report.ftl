# Os relatórios (texto, PDF) e o terminal. Termos: ../GLOSSARY.md.

date-time = { $day }/{ $month }/{ $year } { $hour }:{ $minute } UTC

report-title = Relatório do Push Check
report-title-site = Relatório do Push Check — { $site }
report-tested = Testado em { $when } no { $os }, duração de { $took } s (pushcheck { $version }).
summary-title = Push Check, { $when }
summary-title-site = Push Check — { $site }, { $when }
heading-found = O que foi encontrado
heading-checks = Verificações
heading-sources = Fontes (regras conferidas em { $date })
source-checked = conferido em { $date }
ask-it = Pedir à TI: { $fix }

group-devices = Dispositivos (iPad, iPhone, Mac)
group-server = Servidor MDM
group-network = Rede (rota, DNS, página de login, relógio)
count-fine = { $count ->
        [one] { $count } OK
       *[other] { $count } OK
    }
rows-hosts-port = { $count ->
        [one] { $count } host, porta { $port }
       *[other] { $count } hosts, porta { $port }
    }
rows-hosts = { $count ->
        [one] { $count } host
       *[other] { $count } hosts
    }
rows-addresses = { $count ->
        [one] { $count } endereço
       *[other] { $count } endereços
    }
rows-for-example = por exemplo { $detail }
rows-more = … e mais { $count ->
        [one] { $count }
       *[other] { $count }
    }

outcome-code-ok = ok
outcome-code-refused = recusada
outcome-code-timeout = tempo esgotado
outcome-code-reset = redefinida
outcome-code-unreachable = inacessível
outcome-code-dns-failed = falha de DNS
outcome-code-outside-apple-range = fora da faixa da Apple
outcome-code-tls-failed = falha de TLS
outcome-code-tls-untrusted = TLS não confiável
outcome-code-cert-expired = certificado expirado
outcome-code-cert-not-yet-valid = certificado ainda não válido
outcome-code-cert-wrong-name = certificado para outro nome
outcome-code-unexpected-response = resposta inesperada
outcome-code-proxy-failed = falha do proxy
outcome-code-skipped = ignorada

heading-network = A rede deste computador
network-redacted = Omitido propositalmente deste relatório (--redact).
network-name = Nome
network-addresses = Endereços
network-gateway = Gateway padrão
network-dns = Servidores DNS
network-not-found = não encontrado
heading-proxy = Configurações de proxy
proxy-not-read = As configurações de proxy não foram lidas (--no-proxy); todas as verificações foram direto para a Apple.
proxy-none = Nenhum proxy está configurado neste computador.
proxy-used-note = As verificações feitas por um proxy aparecem com o endereço dele; todas as outras foram direto para a Apple.
heading-chains = Certificados das conexões com falha
chains-none = Nenhuma conexão com falha apresentou uma cadeia de certificados.
chains-hosts-more = { $hosts } e mais { $count ->
        [one] { $count }
       *[other] { $count }
    }
chains-unknown = desconhecido
chains-issued-by = Emitido por: { $issuer }
chains-vendor = Produto de filtragem: { $vendor }
chains-trusted-by = Considerado confiável por: { $store }
chains-trusted-by-nothing = nenhuma raiz em que este computador confie
chains-certificate = Certificado { $number }: { $subject }

terminal-took = Concluído em { $took }. Todas as verificações: pushcheck check --verbose; o relatório completo: --output relatorio.txt ou --json
terminal-progress = Testando a rede…
terminal-checks = verificações
terminal-holding-left = Mantendo conexões ociosas com a Apple: faltam { $left } (Ctrl-C interrompe e mostra o que já se sabe)
terminal-holding = Mantendo conexões ociosas com a Apple por até { $hold } (conexões push ficam ociosas por 10–15 min)…
terminal-kept = Teste guardado no histórico: { $path }
terminal-written = Relatório gravado: { $path }
terminal-not-written = o relatório não foi gravado ({ $why })
terminal-quiet-not-written = { $untested }: relatório não gravado ({ $why }); rede: { $word }: { $headline }

history-deleted-all = { $count ->
        [one] { $count } teste guardado apagado
       *[other] { $count } testes guardados apagados
    } de { $folder }.
history-deleted = { $file } apagado.
history-none = Ainda não há testes guardados em { $folder }. A janela guarda cada teste; pushcheck check --keep guarda um a partir do terminal.
history-list = Testes guardados em { $folder }, do mais recente ao mais antigo:
history-unreadable = ilegível
history-foreign = externo
history-foreign-left = não gravado pelo Push Check; mantido como está
history-compare = Comparar dois com: pushcheck compare ANTERIOR.json POSTERIOR.json

compare-title = Push Check: o que mudou
compare-comparing = Comparando { $old } com { $new }
compare-overall = Geral
compare-now = Agora
compare-fixed = Resolvido
compare-broken = Novo problema
compare-unchanged = Sem mudança
compare-none = nenhum
compare-checks = Verificações que mudaram
compare-new-state = novo: { $state }
compare-was-state = antes: { $state }
compare-fine = { $ok } de { $total } OK
compare-not-tested = não testado
compare-dns = Consulta DNS de { $host }
compare-port = { $name }, porta { $port }
compare-host-port = { $name } ({ $host }), porta { $port }

pdf-site-not-named = Local não informado
pdf-site = Local: { $site }
pdf-tested = Testado em { $when } a partir de um computador { $os } ({ $took } s). Push Check { $version }.
pdf-request = Solicitação para a TI
pdf-no-change = Nenhuma mudança é necessária: o serviço push da Apple está acessível como a Apple exige.
pdf-also-found = Outras constatações
pdf-every-check = Todas as verificações
pdf-every-check-note = Cada linha é uma conexão ou consulta que este computador tentou. Abaixo das linhas que não estão OK aparece o que aconteceu.
pdf-column-status = Status
pdf-column-check = Verificação
pdf-column-target = Host e porta
pdf-column-address = Endereço
pdf-column-result = Resultado
pdf-sources = De onde vêm as regras
pdf-sources-note = Cada regra aplicada pelo Push Check foi conferida pela última vez com estes documentos em { $date }. Faixas de endereços da Apple usadas: { $ranges }.
pdf-page = página { $page } de { $pages }

## The school's own MDM server and the handshake of iOS 26

group-mdm = Seu servidor MDM, acessado a partir daqui
