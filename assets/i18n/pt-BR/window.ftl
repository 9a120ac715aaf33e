# A janela. Termos: ../GLOSSARY.md.

setting-timeout = O tempo limite
setting-catalog = O catálogo de destinos
setting-resolve = A resolução fixada
setting-apple-range = A faixa de endereços da Apple
setting-ca-file = O arquivo de certificado da escola
setting-apple-root = O substituto das raízes da Apple
setting-public-dns = O servidor DNS público
setting-hold = A duração do teste de conexão ociosa
setting-trust = A verificação de certificados

about-title = Sobre o Push Check
about-question = Os dispositivos Apple e o seu servidor MDM conseguem acessar o serviço push da Apple a partir desta rede?
about-licences = Licenças
about-licence-app = Push Check: MIT OR Apache-2.0.
about-licence-window-fonts = Fontes da janela (do egui): Ubuntu Light (Ubuntu Font Licence), Hack (MIT), Noto Emoji (SIL OFL 1.1), emoji-icon-font (MIT).
about-licence-report-fonts = Fontes dos relatórios: Open Sans Regular e Bold (Apache-2.0).
about-licence-others = Todos os outros componentes e suas licenças: THIRD-PARTY.md, que acompanha o programa.
about-checked-on = As regras foram conferidas pela última vez em { $date }.
about-changed-on = Alterado em { $date }: { $change }
about-no-catalog = Não foi possível ler o catálogo de regras.

history-back = Voltar
history-title = Histórico
history-intro = Cada teste desta janela fica guardado aqui ({ $count ->
        [one] o último
       *[other] os últimos { $count }
    }), para você consultar e comparar.
history-empty = Ainda não há testes. Clique em "Testar minha rede" e cada resposta ficará guardada aqui.
history-reading = Lendo os testes guardados…
history-compare-chosen = Comparar os dois escolhidos
history-choose-two = Escolha dois testes marcando as caixas
history-delete-all-ask = { $count ->
        [one] Apagar { $count } arquivo?
       *[other] Apagar todos os { $count } arquivos?
    }
history-delete-all-yes = Sim, apagar tudo
history-delete-all-no = Manter
history-delete-all = Apagar tudo
history-runs = { $count ->
        [one] { $count } teste
       *[other] { $count } testes
    }
history-what-changed = O que mudou
history-choose = Escolher
history-choose-hover = Escolher para comparar
history-open = Abrir este teste
history-unreadable-file = Arquivo ilegível { $file }: { $why }
history-foreign-file = Não gravado pelo Push Check; mantido como está: { $file }
history-delete = Apagar
history-off = O histórico está desligado: não há pasta para guardar os testes.
history-not-deleted = Não apagado: { $error }
history-deleted-files = { $count ->
        [one] { $count } arquivo apagado.
       *[other] { $count } arquivos apagados.
    }
history-not-kept = Não foi possível guardar este teste no histórico: { $error }

window-icon = Ícone do Push Check
running-title = Testando esta rede…
running-progress = { $total ->
        [one] { $done } de { $total } verificação
       *[other] { $done } de { $total } verificações
    }
running-stop = Parar
running-holding = Mantendo conexões ociosas com a Apple abertas por até { $hold } para ver se a rede as descarta: faltam { $left }.
running-holding-note = As conexões push passam 10–15 minutos seguidos sem transmitir nada. "Parar" encerra a espera e mostra o que já se sabe.
running-hold-row = Uma conexão com a Apple mantida ociosa por { $idle } e depois verificada

start-question = Os dispositivos Apple recebem notificações push nesta rede?
start-button = Testar minha rede
start-site = Local / sala:
start-site-hint = por exemplo: Biblioteca, 2º andar
start-options = Opções
start-what = Verifica se os dispositivos (iPads, Macs) e o seu servidor MDM acessam o serviço push da Apple: portas 5223 e 443 para 17.0.0.0/8, inspeção da criptografia, DNS e páginas de login do Wi-Fi. Leva alguns segundos.
options-what = O que testar:
options-both = este dispositivo e o servidor MDM
options-device = só este dispositivo
options-server = só o servidor MDM
options-legacy = Nosso servidor MDM ainda usa as portas desativadas 2195 e 2196
options-redact = Deixar o nome e os endereços deste computador fora dos relatórios salvos
options-language = Idioma:
options-language-system = como o sistema
save-language-same = no idioma da janela
options-appearance = Aparência:
options-appearance-system = como o sistema
options-appearance-light = clara
options-appearance-dark = escura
options-hold = Verificar também se a rede mantém uma conexão ociosa aberta por
options-hold-hover = As conexões push passam 10–15 minutos seguidos sem transmitir nada. Alguns firewalls descartam conexões ociosas antes disso, o que faz as notificações push falharem mesmo com todos os testes rápidos passando. Com esta opção, o teste passa a levar esse tempo.
options-timeout = Desistir após

result-ask-it = O que pedir à TI
result-copy-all = Copiar tudo
result-copy = Copiar
result-copy-hover = Copiar esta solicitação para a área de transferência
result-details = Detalhes
details-devices = Dispositivos (iPad, Mac)
details-dns = DNS
details-network = Rede
details-inspection = Inspeção da criptografia
result-proxy = Proxy
result-proxy-not-read = não lido (--no-proxy)
result-proxy-none = nenhum configurado
result-proxy-found = { $count ->
        [one] { $count } encontrado
       *[other] { $count } encontrados
    }
result-proxy-used = As verificações cujo "Via" indica um proxy passaram por ele; todas as outras foram direto para a Apple.
result-proxy-direct = Todas as verificações acima foram direto para a Apple.
result-pac-file = Arquivo PAC { $url }
result-pac-discovered = Arquivo PAC { $url }, encontrado pela detecção automática
result-pac-unusable = não pôde ser usado: { $error }
result-pac-ex = FindProxyForURLEx foi chamada, como fazem os serviços do Windows (WinHTTP)
result-pac-answer = { $host }: { $routes }
result-pac-failed = { $host }: falhou na linha { $line } ({ $error })
result-pac-skipped = ignorado, como fazem os navegadores: { $entry }
result-pac-my-ip = myIpAddress() retornou { $address }
result-pac-lookup = ele consultou { $name }: { $addresses }
result-pac-lookup-none = ele consultou { $name }: nenhum endereço
result-pac-alert = alert: { $message }
result-chart = Tempos de conexão por endereço da Apple
result-chart-none = Nenhuma conexão foi tentada.
result-chart-series = tempo de conexão
row-status = Status
row-outcome = Resultado
row-detail = O que aconteceu
row-check = Verificação
row-via = Via
row-address-from = Endereço obtido de
row-answers = Respostas
row-tls-version = Versão do TLS
row-issuer = Emissor
row-chain = Cadeia
row-trusted-by = Considerado confiável por
row-trusted-by-nothing = nenhuma raiz
row-vendor = Produto de filtragem

save-report = Salvar relatório…
save-copy-summary = Copiar resumo
save-test-again = Testar de novo
save-options = Opções
save-took = concluído em { $took } s
save-saving = Salvando…
save-saved = Relatório salvo em { $path }
save-failed = Não salvo: { $error }
save-dialog-title = Salvar o relatório do Push Check
save-filter-pdf = Relatório PDF
save-filter-json = Relatório JSON
save-filter-text = Relatório em texto
copied-requests = O que pedir à TI foi copiado para a área de transferência.
copied-request = A solicitação foi copiada para a área de transferência.
copied-summary = O resumo foi copiado para a área de transferência.
start-failed = O teste não pôde começar: { $error }
start-no-runtime = Não foi possível iniciar o testador de rede: { $error }

window-no-display = Nenhuma tela encontrada, então o Push Check roda no terminal em vez de numa janela.
window-cannot-open = O Push Check não consegue abrir a janela ({ $error }); ele roda no terminal em vez disso.
window-cannot-open-windows = O Push Check não consegue abrir a janela ({ $error }). A mesma verificação roda num terminal: pushcheck.exe check
window-refused = { $flags } não { $count ->
        [one] significa
       *[other] significam
    } nada para a janela; a janela salva relatórios com "Salvar relatório…". Para o terminal: pushcheck check { $command }
window-refused-windows = { $flags } não { $count ->
        [one] significa
       *[other] significam
    } nada para a janela, que salva relatórios com "Salvar relatório…". Para um relatório num terminal ou script: pushcheck.exe check { $command }
save-language-hover = O idioma dos relatórios salvos

## The school's own MDM server and the handshake of iOS 26

setting-mdm-server = O endereço do servidor MDM
start-mdm = Seu servidor MDM (opcional):
start-mdm-hint = o endereço informado pela TI, https://…
start-mdm-hover = Com isso, o Push Check também verifica se esta rede acessa o seu servidor MDM, se os dispositivos Apple aceitam o certificado dele e se ele está pronto para as regras de TLS mais rígidas que a Apple vai aplicar no iOS 27.
details-mdm = Seu servidor MDM
details-mdm-note = Visto a partir deste computador; a rede Wi-Fi dos iPads pode ser diferente. Num MDM na nuvem, o servidor é do fornecedor: as mudanças devem ser pedidas a ele.
details-large-hello = O handshake do iOS 26
details-large-hello-note = O iOS, o iPadOS e o macOS 26 iniciam as conexões seguras com uma mensagem maior, pós-quântica; alguns firewalls a descartam.
