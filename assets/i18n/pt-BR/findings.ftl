# Constatações: o que o diagnóstico concluiu, em palavras simples, com o que pedir à TI.
# As variáveis contêm portas, faixas, nomes de host e nomes de produtos: nunca traduzi-las.
# Termos: ../GLOSSARY.md.

finding-stopped-title = O teste foi interrompido antes de terminar.
finding-stopped-explanation = Nada do que aparece abaixo é uma resposta completa. Execute o teste de novo e deixe-o terminar (leva alguns segundos).
headline-nothing-tested = Nada pôde ser testado.

ranges-rule = { $v4 } (Apple)
ranges-rule-with-v6 = { $v4 } (Apple; para IPv6 { $v6 })
outcome-answered-not-apple = { $subject ->
        [connection] foi atendida por algo que não é a Apple
        [hosts] resposta de algo que não é a Apple
       *[other] foram atendidas por algo que não é a Apple
    }
outcome-broken-tls = { $subject ->
        [connection] foi interrompida durante a negociação da criptografia
        [hosts] conexão interrompida durante a negociação da criptografia
       *[other] foram interrompidas durante a negociação da criptografia
    }
outcome-failed = { $subject ->
        [connection] falhou com um erro
        [hosts] erro de conexão
       *[other] falharam com um erro
    }
outcome-not-in-dns = { $subject ->
        [connection] falhou porque o nome não foi encontrado no DNS
        [hosts] nome não encontrado no DNS
       *[other] falharam porque o nome não foi encontrado no DNS
    }
outcome-refused = { $subject ->
        [connection] foi recusada
        [hosts] conexão recusada
       *[other] foram recusadas
    }
outcome-reset = { $subject ->
        [connection] foi redefinida
        [hosts] conexão redefinida
       *[other] foram redefinidas
    }
outcome-silently-dropped = { $subject ->
        [connection] foi descartada sem resposta
        [hosts] conexão descartada sem resposta
       *[other] foram descartadas sem resposta
    }
outcome-unreachable = { $subject ->
        [connection] falhou com destino inacessível
        [hosts] destino inacessível
       *[other] falharam com destino inacessível
    }

finding-proxy-only-title = Nesta rede, o serviço push da Apple só é acessível pelo proxy.
finding-proxy-only-explanation = As conexões diretas com a Apple { $count ->
        [one] na porta
       *[other] nas portas
    } { $ports } { $outcomes }, mas um túnel pelo proxy { $proxy } até a Apple na porta { $tunnel } funcionou. Os iPads e Macs com iPadOS 13.4 / macOS 10.15.4 ou posterior só podem usar um proxy para a alternativa pela porta { $tunnel } quando um arquivo PAC o indica e o proxy não descriptografa o tráfego; a porta { $primary } não funciona por proxy, e os dispositivos mais antigos não usam proxy de forma alguma. Por isso, as notificações push continuam lentas e instáveis.
finding-proxy-only-fix = Permitir TCP { $ports } de saída das redes dos dispositivos para { $range } diretamente, não pelo proxy. Até lá, fornecer aos dispositivos um arquivo PAC que envie *.push.apple.com ao proxy, sem inspeção SSL para esse tráfego.
finding-ports-blocked-title = Os iPads e Macs desta rede não conseguem acessar o serviço push da Apple.
finding-ports-blocked-explanation = Em todos os endereços da Apple testados, as conexões { $count ->
        [one] na porta { $ports }
       *[other] nas portas { $ports }
    } { $outcomes }. Os dispositivos não vão receber comandos MDM nem notificações.
finding-ports-blocked-fix = Permitir TCP { $ports } de saída das redes dos dispositivos para { $range }. Nenhuma regra de entrada é necessária.
finding-fallback-only-title = A porta { $primary } está bloqueada, então os dispositivos Apple recorrem à porta { $fallback }, mais lenta e menos confiável.
finding-fallback-only-explanation = Os dispositivos tentam primeiro a porta { $primary } e só depois a alternativa; as notificações chegam atrasadas, e os dispositivos que não podem usar a alternativa (os mais antigos, ou quando há um proxy nessa porta) não recebem nenhuma. As conexões na porta { $primary } { $outcomes }.
finding-fallback-blocked-title = A porta alternativa { $fallback } para a Apple está bloqueada; os dispositivos dependem só da porta { $primary }.
finding-fallback-blocked-explanation = A porta { $primary } funciona, mas as conexões na porta alternativa { $fallback } { $outcomes }. Quando a porta { $primary } não está disponível (em algumas redes de visitantes ou de hotéis, por exemplo), os dispositivos ficam sem caminho até a Apple.
finding-fallback-blocked-fix = Permitir TCP { $fallback } de saída das redes dos dispositivos para { $range }.
finding-partial-allowlist-title = Só alguns servidores push da Apple são permitidos, então as notificações push vão funcionar de forma intermitente.
finding-partial-allowlist-explanation = { $count ->
        [one] Na porta
       *[other] Nas portas
    } { $ports }, alguns endereços da Apple funcionaram, mas as conexões com outros ({ $addresses }) { $outcomes }. A Apple distribui os dispositivos entre muitos endereços, então uma regra de firewall que lista endereços individuais faz as notificações push falharem aleatoriamente.
finding-partial-allowlist-fix = Substituir as regras de endereços individuais pela faixa inteira: permitir TCP { $ports } de saída das redes dos dispositivos para { $range }.

finding-provider-not-apple = quem respondeu foi algo que não é a Apple ({ $detail })
finding-provider-connection-was = a conexão { $outcomes }
finding-provider-blocked-title = O servidor MDM não consegue enviar notificações push para a Apple.
finding-provider-blocked-explanation = É para a API de provedor da Apple ({ $host }, { $count ->
        [one] porta
       *[other] portas
    } { $ports }) que o servidor MDM envia cada notificação push; { $what }.
finding-provider-blocked-fix = Permitir TCP { $ports } de saída do servidor MDM para { $range }, diretamente e sem inspeção SSL.
finding-provider-port-title = O servidor MDM acessa a Apple na porta { $good }, mas não na porta { $bad }.
finding-provider-port-explanation = Na porta { $bad }, { $what }. Não há problema se o servidor MDM usa a porta { $good }; se ele estiver configurado para usar a porta { $bad }, as notificações dele vão falhar.
finding-provider-port-fix = Permitir TCP { $bad } de saída do servidor MDM para { $range }.
finding-apple-busy-title = A API de provedor da Apple respondeu, mas estava sobrecarregada ({ $status } { $reason }).
finding-apple-busy-explanation = O caminho daqui até a Apple funciona: o próprio servidor da Apple respondeu à solicitação do servidor MDM, mas informou que está sobrecarregado ou com falhas no momento. O problema está do lado da Apple, não nesta rede; as notificações podem atrasar até o serviço se recuperar.
finding-apple-busy-fix = Nada a mudar nesta rede. Se o problema continuar, consultar o status do sistema da Apple para o serviço push e testar de novo mais tarde.

finding-no-network-title = Este computador não está conectado a nenhuma rede.
finding-no-network-explanation = Não há rota para a internet a partir daqui, então nada pôde ser testado. Verifique o Wi-Fi ou o cabo e teste de novo.
finding-no-network-fix = Conectar este computador à rede a ser testada (Wi-Fi ou cabo) e garantir que ele receba um endereço e um gateway padrão.
finding-dns-broken-title = Esta rede não consegue encontrar os servidores da Apple (o DNS não está funcionando).
finding-dns-broken-explanation = Nenhum nome da Apple pôde ser convertido em endereço ({ $hosts }), então os dispositivos não encontram o serviço push da Apple. As verificações de conexão que precisam { $count ->
        [one] desse nome
       *[other] desses nomes
    } não puderam ser feitas.
finding-dns-broken-fix = Garantir que os dispositivos desta rede recebam (por DHCP) um servidor DNS que funcione e resolva nomes públicos como 1-courier.push.apple.com e api.push.apple.com.
finding-dns-filtered-title = O DNS desta rede esconde os servidores push da Apple.
finding-dns-filtered-explanation = O servidor DNS da rede não fornece endereço para { $hosts }, enquanto um servidor DNS público fornece. Muito provavelmente um filtro DNS está bloqueando os nomes da Apple.
finding-dns-filtered-fix = Permitir *.push.apple.com (e *.apple.com) no filtro DNS, para que o servidor DNS da rede responda aos nomes da Apple como qualquer resolvedor público.
finding-dns-some-title = Esta rede não consegue encontrar alguns servidores push da Apple.
finding-dns-some-explanation = Não foi possível resolver { $hosts }, então as verificações que dependem { $count ->
        [one] desse nome
       *[other] desses nomes
    } não puderam ser feitas.
finding-dns-some-fix = Garantir que o servidor DNS da rede resolva *.push.apple.com e captive.apple.com; verificar se algum filtro DNS bloqueia nomes da Apple.
finding-dns-outside-title = O DNS desta rede aponta os servidores push da Apple para o lugar errado.
finding-dns-outside-explanation-rewritten = Os servidores push da Apple ficam sempre em { $range }, mas o DNS desta rede respondeu a { $hosts } com endereços fora das faixas da Apple. Um servidor DNS público deu os endereços reais da Apple, então um filtro DNS ou um redirecionamento nesta rede está reescrevendo as respostas.
finding-dns-outside-explanation = Os servidores push da Apple ficam sempre em { $range }, mas o DNS desta rede respondeu a { $hosts } com endereços fora das faixas da Apple. A causa provável é um filtro DNS, um redirecionamento ou uma entrada DNS local desatualizada.
finding-dns-outside-fix = Parar de reescrever ou redirecionar *.push.apple.com no filtro DNS (e remover entradas DNS locais para nomes da Apple), para que resolvam para os endereços da própria Apple.
finding-dns-partial-title = Alguns nomes dos servidores push da Apple não são resolvidos nesta rede.
finding-dns-partial-explanation = { $failed ->
        [one] { $failed } dos { $asked } nomes numerados de servidores push não recebeu endereço do DNS desta rede ({ $names }).
       *[other] { $failed } dos { $asked } nomes numerados de servidores push não receberam endereço do DNS desta rede ({ $names }).
    } A Apple atribui cada dispositivo a um deles: os dispositivos atribuídos a um nome sem endereço não conseguem se conectar, enquanto os outros funcionam.
finding-dns-partial-fix = Garantir que o servidor DNS da rede resolva todos os nomes *.push.apple.com (de 1-courier.push.apple.com a 50-courier.push.apple.com); permitir o domínio inteiro em qualquer filtro DNS em vez de nomes individuais.
finding-captive-title = Há uma página de login do Wi-Fi no caminho.
finding-captive-explanation = No lugar da página de teste da Apple veio { $detail }. Uma página de login do Wi-Fi está interceptando o tráfego: até alguém fazer login, os iPads e Macs desta rede não conseguem acessar a Apple. Outras falhas abaixo podem ser só consequência disso.
finding-captive-fix = Isentar os dispositivos Apple (ou captive.apple.com e *.push.apple.com) da página de login do Wi-Fi, ou usar uma rede sem página de login para os dispositivos gerenciados.
captive-redirect = uma resposta HTTP { $status }, que redireciona o navegador para { $location }
captive-page = uma resposta HTTP { $status } com uma página que não é da Apple ("{ $body }")
captive-not-http = uma resposta que não é HTTP: "{ $text }"
finding-unknown-issuer = um emissor desconhecido
finding-interception-vendor = um produto { $vendor } (emissor do certificado "{ $issuer }")
finding-interception-device = um equipamento da rede (emissor do certificado "{ $issuer }")
finding-interception-title = A rede está descriptografando o tráfego da Apple, o que faz as notificações push falharem.
finding-interception-explanation = As conexões com { $hosts } receberam um certificado de { $who }, e não o da Apple. Os serviços da Apple recusam conexões inspecionadas dessa forma (inspeção SSL/TLS).
finding-interception-fix = Isentar *.push.apple.com, *.apple.com e { $ranges } da inspeção SSL/TLS (descriptografia) no firewall ou no filtro web.
finding-wrong-server-title = Outro servidor responde no lugar do da Apple, então os dispositivos não conseguem se conectar.
finding-wrong-server-explanation = As conexões com { $hosts } receberam um certificado válido, mas para outro nome: não é o servidor da Apple nem uma descriptografia, e sim outra coisa nesse endereço, como a página de bloqueio de um firewall ou uma resposta DNS errada.
finding-wrong-server-fix = Verificar no firewall ou no filtro web se há bloqueio ou redirecionamento de *.push.apple.com e *.apple.com, e no DNS se há respostas erradas para os nomes da Apple; os nomes da Apple precisam chegar aos servidores da própria Apple.

finding-service-blocked-title = Alguns serviços da Apple de que os dispositivos gerenciados precisam estão bloqueados.
finding-service-hosts-among = { $count ->
        [one] { $count } host da Apple: { $some }
       *[other] { $count } hosts da Apple, entre eles { $some }
    }
finding-service-blocked-explanation = As notificações push podem funcionar, mas o registro, a ativação, as atualizações ou as verificações de certificados podem falhar: não foi possível acessar { $hosts } ({ $outcomes }).
finding-service-blocked-fix = Permitir conexões de saída das redes dos dispositivos para { $hosts } ({ $count ->
        [one] esse host pode estar hospedado em redes de distribuição de conteúdo fora das faixas da Apple; por isso, é preciso permiti-lo pelo nome
       *[other] esses hosts podem estar hospedados em redes de distribuição de conteúdo fora das faixas da Apple; por isso, é preciso permiti-los pelo nome
    }).
finding-legacy-needed-title = As antigas portas push 2195 e 2196 do servidor MDM estão fechadas.
finding-legacy-needed-explanation = Você informou que este servidor MDM ainda usa o antigo protocolo push binário da Apple. A Apple desativou esse protocolo em 31 de março de 2021, então ele não vai funcionar nem com as portas abertas: o servidor precisa passar para a API de provedor HTTP/2 (porta 443 ou 2197).
finding-legacy-needed-fix = Atualizar o servidor MDM para a API de provedor HTTP/2 da Apple (TCP 443 ou 2197 para { $range }). Até lá, permitir TCP 2195 e 2196 de saída do servidor MDM para { $range }.
finding-legacy-retired-title = As portas 2195 e 2196 estão fechadas, e tudo bem: a Apple as desativou em 2021.
finding-legacy-retired-explanation = Guias antigos pedem as portas 2195 e 2196 para o servidor MDM. A Apple desativou o protocolo que usava essas portas em 31 de março de 2021; os servidores MDM atuais usam a porta 443 ou 2197, testada acima.
finding-untested-title = O Push Check não conseguiu testar esta rede.
finding-untested-explanation = Nenhuma conexão com a Apple pôde ser tentada, então ainda não há resposta. Teste de novo; se continuar acontecendo, envie o relatório à TI.
finding-all-clear-title = Os dispositivos Apple podem receber notificações push nesta rede.
finding-all-clear-explanation = Os dispositivos acessam o serviço push da Apple nas portas que a Apple pede, o servidor MDM acessa a API de provedor da Apple, e nada no caminho descriptografa ou redireciona o tráfego ({ $passed ->
        [one] { $passed } verificação aprovada
       *[other] { $passed } verificações aprovadas
    }).{ $hold }
finding-all-clear-devices-title = Os dispositivos Apple desta rede conseguem acessar o serviço push da Apple.
finding-all-clear-devices-explanation = Os dispositivos acessam o serviço push da Apple nas portas que a Apple pede, e nada no caminho descriptografa ou redireciona o tráfego ({ $passed ->
        [one] { $passed } verificação aprovada
       *[other] { $passed } verificações aprovadas
    }).{ $hold } A conexão do servidor MDM com a Apple não foi testada aqui: para isso, execute o teste no servidor MDM.
finding-all-clear-server-title = Este servidor MDM consegue enviar notificações push para a Apple.
finding-all-clear-server-explanation = O servidor MDM acessa a API de provedor da Apple, e nada no caminho descriptografa ou redireciona o tráfego ({ $passed ->
        [one] { $passed } verificação aprovada
       *[other] { $passed } verificações aprovadas
    }).{ $hold } Não foi testado aqui se os dispositivos conseguem acessar a Apple: para isso, execute o teste na rede dos dispositivos.
finding-internal-title = O Push Check falhou internamente em algumas verificações, então elas não puderam ser feitas.
finding-internal-explanation = { $count ->
        [one] Uma verificação não pôde ser feita
       *[other] { $count } verificações não puderam ser feitas
    } por uma falha do próprio Push Check ({ $message }), não da rede. As outras verificações aparecem com seus resultados reais. Por favor, envie este relatório aos desenvolvedores do Push Check.

hold-kept = Uma conexão ociosa com a Apple também ficou aberta por { $idle }.
hold-too-short = As conexões push ficam ociosas por 10–15 minutos, então só um teste de 15 minutos ou mais mostra se a rede as mantém por todo esse tempo.
hold-closed-by-apple = O servidor da Apple fechou a conexão em espera após { $after }, então períodos ociosos mais longos não foram testados.
idle-cut-off = foi derrubada após { $after }
idle-no-answer = ficou ociosa por { $after } e depois não recebeu mais nenhuma resposta
idle-survived = , enquanto outra ociosa por { $idle } ainda funcionava
idle-path-firewall = Um firewall ou NAT
idle-path-proxy = O proxy ({ $proxy }) ou um firewall atrás dele
finding-idle-missed-title = A rede descarta conexões ociosas em até { $within }, então os dispositivos vão perder notificações push.
finding-idle-delayed-title = A rede descarta conexões ociosas em até { $within }, o que pode atrasar as notificações push.
finding-idle-explanation = Os dispositivos Apple mantêm uma conexão aberta com o serviço push da Apple, que pode passar 10–15 minutos seguidos sem transmitir nada. Uma conexão de teste com a Apple ({ $host }) { $how }{ $survived }. { $path } no caminho descarta as conexões ociosas cedo demais: os dispositivos perdem notificações até perceberem e se reconectarem, mesmo que todos os testes rápidos passem.
finding-idle-fix = Aumentar o tempo limite de ociosidade TCP (de sessão) das conexões para { $range } nas portas 5223, 443 e 2197 para pelo menos { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } (60 é mais seguro) em cada firewall, NAT e proxy entre esta rede e a internet. Atualmente, as conexões ociosas são descartadas em até { $within }.
hold-why-closed = o servidor da Apple fechou todas as conexões em espera antes do fim do período ocioso, então não havia nada a medir
hold-why-not-tried = nenhuma conexão com a API de provedor da Apple funcionou, então não havia nenhuma para manter aberta
hold-why-not-opened = não foi possível abrir as conexões do teste
hold-why-not-opened-detail = não foi possível abrir as conexões do teste ({ $detail })
finding-hold-untested-title = O teste de conexão ociosa não pôde ser feito, então não se sabe se a rede mantém abertas as conexões ociosas.
finding-hold-untested-explanation = Você pediu o teste de conexão ociosa, mas { $why }. Todo o resto foi testado; esta parte ainda não tem resposta. Execute-o de novo mais tarde; se continuar acontecendo, envie o relatório à TI.

finding-clock-fix = Ajustar o relógio automaticamente: permitir UDP 123 de saída para time.apple.com (ou para o servidor de hora da própria rede) e ativar data e hora automáticas.
finding-clock-seems-wrong-title = O relógio deste computador parece estar errado, então ele vê os certificados da Apple como inválidos.
finding-clock-seems-wrong-explanation = As conexões seguras com a Apple falharam só porque, vistos deste computador, os certificados pareciam expirados ou ainda não válidos. Isso acontece quando a data deste computador está errada, não quando a rede bloqueia algo.
finding-clock-ahead-title = O relógio deste computador está { $off } adiantado, o que faz as conexões seguras com a Apple falharem.
finding-clock-behind-title = O relógio deste computador está { $off } atrasado, o que faz as conexões seguras com a Apple falharem.
finding-clock-explanation = O servidor da Apple ({ $host }) informou uma hora que difere em { $off } da deste computador. Os certificados e os tokens push do servidor MDM só são aceitos com o relógio certo.{ $also }
clock-certificates = É também por isso que as conexões seguras com a Apple falharam na verificação de certificados aqui: a rede não é a causa.
clock-ahead = { $off } adiantado
clock-behind = { $off } atrasado
clock-two-opinions = As duas medições não batem: segundo o servidor de hora da Apple este computador está { $ntp }, segundo { $host } está { $date }.
finding-ntp-title = O servidor de hora da Apple não está acessível, então o relógio dos dispositivos pode se desajustar.
finding-ntp-explanation = Os dispositivos acertam o relógio com { $host } pela porta UDP 123; nesta rede, essas consultas { $outcomes }. Um relógio desajustado o bastante faz falhar toda conexão segura com a Apple, inclusive as notificações push.
finding-ntp-fix = Permitir UDP 123 de saída das redes dos dispositivos para { $host } (ou fornecer aos dispositivos o servidor de hora da própria rede por DHCP).

proxy-found-in = { $source } ({ $setting })
proxy-source-environment = variáveis de ambiente
proxy-source-gnome = configurações do GNOME
proxy-source-kde = configurações do KDE
proxy-source-macos = configurações de rede do macOS
proxy-source-wininet = Opções da Internet do Windows (navegadores)
proxy-source-winhttp = WinHTTP do Windows (serviços)
proxy-exempt = Os hosts push da Apple estão isentos dele, como a Apple pede.
proxy-not-exempt = Os hosts push da Apple não estão isentos dele, então os apps e serviços que seguem essas configurações mandam o tráfego da Apple pelo proxy.
proxy-pac-unusable = Não foi possível usar o arquivo PAC ({ $detail }).
finding-proxy-bypassed-title = Há um proxy configurado neste computador, e o serviço push da Apple não passa por ele.
finding-proxy-not-exempt-title = Há um proxy configurado neste computador e o tráfego push da Apple não está isento dele.
finding-proxy-explanation = Configuração encontrada em: { $sources }. { $state }{ $pac } Os dispositivos Apple usam a porta 5223 diretamente; um proxy só pode ser usado para a alternativa pela porta 443, desde que não descriptografe o tráfego e seja indicado num arquivo PAC (a partir do iOS/iPadOS 13.4 e do macOS 10.15.4). Esta versão testou todas as conexões diretamente.
finding-proxy-fix = Isentar *.push.apple.com e { $ranges } do proxy (lista de exceções, ou DIRECT no arquivo PAC) e permiti-los diretamente pelo firewall.

finding-ipv6-title = Nesta rede, os servidores da Apple respondem por IPv6, mas as conexões IPv6 falham.
finding-ipv6-explanation = Os nomes da Apple resolvem para endereços IPv6, mas, enquanto o IPv4 funciona, todas as conexões IPv6 { $outcomes }. Os dispositivos preferem IPv6 e perdem tempo recorrendo ao IPv4, ou falham em redes só IPv6.
finding-ipv6-fix = Permitir IPv6 de saída para a Apple ({ $ranges }) nas mesmas portas do IPv4, ou parar de distribuir IPv6 nesta rede.
finding-ipv4-title = Nesta rede, os servidores da Apple só são acessíveis por IPv6; as conexões IPv4 falham.
finding-ipv4-explanation = Enquanto o IPv6 funciona, todas as conexões IPv4 com a Apple { $outcomes }. Dispositivos e servidores MDM sem IPv6 (e redes que não o distribuem) não conseguem acessar o serviço push da Apple.
finding-ipv4-fix = Permitir IPv4 de saída para a Apple ({ $ranges }) nas mesmas portas do IPv6.

## Apenas uma família de endereços (informação)

finding-ipv6-unavailable-title = Este computador não tem IPv6 nesta rede; aqui os dispositivos Apple usam IPv4.
finding-ipv6-unavailable-explanation = Os servidores push da Apple também têm endereços IPv6, mas este computador não tem rota até eles, então só o IPv4 foi testado. Numa rede sem IPv6, os dispositivos Apple também usam IPv4. Não é preciso mudar nada.
finding-ipv4-unavailable-title = Este computador não tem IPv4 nesta rede; aqui os dispositivos Apple usam IPv6.
finding-ipv4-unavailable-explanation = Este computador não tem rota até os endereços IPv4 da Apple, então só o IPv6 foi testado. Numa rede só IPv6, os dispositivos Apple também usam IPv6.{ $nat64 } Não é preciso mudar nada.
finding-ipv4-unavailable-nat64 = Os servidores IPv4 da Apple são alcançados pelo gateway NAT64 da rede (por exemplo { $example }).

## Detecção automática de proxy que não encontra nada

finding-proxy-detect-nothing-title = A detecção automática de proxy está ativada, mas não encontra nenhum proxy nesta rede, então o tráfego para a Apple vai direto.
finding-proxy-detect-nothing-explanation = Configuração encontrada em: { $sources }.{ $pac } Por isso os navegadores e os dispositivos Apple desta rede se conectam diretamente, como o serviço push da Apple precisa. Não é preciso mudar nada.
proxy-wpad-nothing = A detecção automática de proxy (WPAD) está ativada, mas não encontrou nenhum arquivo PAC ({ $why }).
proxy-wpad-why-no-domain = este computador não tem um domínio de pesquisa DNS onde procurar
proxy-wpad-why-not-resolved = não foi possível resolver o nome de { $url }
proxy-wpad-why-no-answer = nada responde em { $url }
proxy-wpad-why-status = { $url } respondeu HTTP { $status }

## The school's own MDM server and the handshake of iOS 26

finding-mdm-unreachable-title = Esta rede não consegue acessar o seu servidor MDM { $host }.
# $step: dns, connect, tls ou http; $outcomes: outcome-* com $subject = connection ("foi recusada").
finding-mdm-unreachable-explanation = { $step ->
        [dns] Não foi possível resolver o nome { $host } nesta rede.
        [connect] A conexão com { $host } na porta { $port } { $outcomes }.
        [tls] { $host } aceitou a conexão, mas a negociação da criptografia falhou: algo no caminho a interrompe ou altera.
       *[http] { $host } concluiu a negociação da criptografia, mas não deu nenhuma resposta.
    } Os dispositivos desta rede não conseguem se registrar nesse servidor, fazer check-in nem receber comandos dele. Trata-se de { $where }. Este resultado vale para o caminho de rede deste computador; a rede Wi-Fi dos iPads pode ser diferente.
finding-mdm-unreachable-fix = { $step ->
        [dns] Garantir que { $host } seja resolvido nas redes dos dispositivos; se for um serviço na nuvem, confirmar o endereço com o fornecedor do MDM.
        [connect] Permitir TCP { $port } de saída das redes dos dispositivos para { $host } ({ $address }).
        [tls] Isentar { $host } da inspeção SSL/TLS e deixar o tráfego dele passar sem alterações.
       *[http] O fornecedor do MDM (ou quem administra { $host }) precisa verificar o servidor: ele aceita conexões, mas não responde.
    }
mdm-where-inside = um servidor dentro da sua rede (endereço privado)
mdm-where-cloud = um serviço na internet (endereço público), portanto administrado pelo fornecedor do MDM
mdm-where-unknown = um servidor cujo endereço não pôde ser identificado
finding-mdm-untrusted-title = Os dispositivos Apple recusam o certificado do seu servidor MDM { $host }.
# $reasons: cert-reason-*, em lista; cada um tem como sujeito oculto "o certificado".
finding-mdm-untrusted-explanation = Os dispositivos verificam o certificado do servidor antes de se registrar ou fazer check-in, e este não cumpre as regras da Apple: { $reasons }. Os dispositivos Apple aplicam essas regras desde o iOS 13 e o macOS 10.15, então a falha já acontece hoje, em qualquer versão.
finding-mdm-untrusted-fix = O fornecedor do MDM (ou quem administra { $host }) precisa instalar um certificado em que os dispositivos Apple confiem: emitido por uma autoridade certificadora pública ou pela raiz própria da escola instalada nos dispositivos, em nome de { $host }, com chave RSA de { $rsa } bits ou mais (ou chave ECDSA de 256 bits), assinado com SHA-256, com a finalidade de autenticação de servidor e com validade de no máximo { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }.
cert-reason-untrusted = tem um emissor em que os dispositivos não confiam ({ $issuer })
cert-reason-expired = está expirado (ou o relógio deste computador está errado)
cert-reason-not-yet-valid = ainda não é válido (ou o relógio deste computador está errado)
cert-reason-name = não contém o nome { $host }
cert-reason-rsa = tem uma chave RSA de { $bits } bits, abaixo do mínimo de { $min }
cert-reason-sha1 = é assinado com SHA-1
cert-reason-md5 = é assinado com MD5
cert-reason-server-auth = foi emitido depois de { $date } sem a finalidade "autenticação de servidor"
cert-reason-lifetime = tem validade de { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } (certificados emitidos depois de { $date } podem valer no máximo { $max } dias)
cert-reason-public-lifetime = tem validade de { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } (certificados de confiança pública emitidos depois de { $date } podem valer no máximo { $max } dias)
cert-reason-ca = é o certificado de uma autoridade certificadora em vez de um certificado emitido para o servidor
cert-reason-other = foi recusado por outro motivo (indicado nos detalhes)
finding-mdm-tls-not-ready-title = O seu servidor MDM { $host } não está pronto para as regras de TLS mais rígidas do iOS { $release }.
# $date: date-day ("21 de abril de 2026"); $missing: mdm-missing-*, em lista, como requisitos.
finding-mdm-tls-not-ready-explanation = Em { $date }, a Apple anunciou (artigo de suporte 126655) que, a partir do iOS, iPadOS e macOS { $release }, os dispositivos poderão recusar servidores de MDM, de registro, de apps e de atualizações sem TLS moderno. { $host } não atende { $count ->
        [one] a este requisito
       *[other] a estes requisitos
    }: { $missing }. Hoje os dispositivos se registram e fazem check-in normalmente; depois da atualização, podem deixar de conseguir. Este resultado vale para o servidor como este computador o acessa.
# $asks: mdm-ask-*, em lista, no infinitivo.
finding-mdm-tls-not-ready-fix = O fornecedor do MDM (ou quem administra { $host }) deve { $asks } antes que os dispositivos sejam atualizados para a próxima versão principal do sistema.
mdm-missing-tls = TLS 1.3 (ou TLS 1.2 com um dos conjuntos de cifras permitidos pela Apple: ECDHE com AES-GCM ou AES-CBC)
mdm-missing-ems = Extended Master Secret no TLS 1.2 (e o servidor não oferece TLS 1.3)
mdm-missing-ec = chave de curva elíptica de pelo menos { $min } bits (a dele tem { $bits })
mdm-missing-rsa = chave RSA de pelo menos { $min } bits (a dele tem { $bits })
mdm-missing-hash = hash de assinatura do certificado de pelo menos { $min } bits
mdm-ask-tls = oferecer TLS 1.3 (ou TLS 1.2 com um conjunto de cifras ECDHE com AES-GCM)
mdm-ask-ems = ativar o Extended Master Secret (RFC 7627) no TLS 1.2 (ou oferecer TLS 1.3)
mdm-ask-ec = usar um certificado com chave de curva elíptica de pelo menos { $min } bits
mdm-ask-rsa = usar um certificado com chave RSA de pelo menos { $min } bits
mdm-ask-hash = usar um certificado assinado com SHA-256 ou superior
finding-mdm-tls-ready-title = O seu servidor MDM { $host } está pronto para as regras de TLS mais rígidas do iOS { $release }.
finding-mdm-tls-ready-explanation = Ele oferece { $how }, e o certificado dele é aceito pelas regras da Apple, como exigem os dispositivos com iOS, iPadOS e macOS { $release } ou posterior (artigo de suporte 126655 da Apple, { $date }).{ $extras }
mdm-how-tls13 = TLS 1.3
mdm-how-tls12 = TLS 1.2 com { $suite } e Extended Master Secret
mdm-extra-old-versions = Ele também ainda aceita { $versions }, que os dispositivos Apple nunca usam; isso não os prejudica, mas a TI pode preferir desativar esse suporte.
mdm-extra-rsa = Ele também aceita TLS 1.2 sem forward secrecy (troca de chaves RSA), que os dispositivos Apple nunca oferecem.
finding-large-hello-blocked-title = Esta rede descarta o handshake maior que o iOS 26 usa nas conexões seguras, então iPads e Macs atualizados não conseguem se conectar.
# $targets: host:porta, em lista; $outcomes: outcome-* com $subject = connections ("foram recusadas").
finding-large-hello-blocked-explanation = O iOS, o iPadOS e o macOS 26 iniciam as conexões seguras com uma chave pós-quântica (artigo de suporte 122756 da Apple), o que deixa a primeira mensagem com cerca de { $bytes } bytes, ou seja, dois pacotes de rede. Para { $targets }, o handshake clássico de { $classic } bytes passou, mas as conexões com o handshake maior { $outcomes }. { $cause } Os dispositivos com versões anteriores continuam funcionando; os que têm a versão 26 ou posterior falham.
large-hello-cause-group = Um handshake clássico preenchido até o mesmo tamanho passou; portanto, o que o firewall ou o equipamento de inspeção recusa é a nova troca de chaves em si.
large-hello-cause-size = Um handshake clássico preenchido até o mesmo tamanho também falhou; portanto, algo no caminho não consegue lidar com um handshake que ocupa dois pacotes.
finding-large-hello-blocked-fix = Atualizar o firmware do firewall ou do equipamento de inspeção TLS entre os dispositivos e { $targets }, e ativar a remontagem TCP antes da inspeção do nome do servidor (SNI).
finding-large-hello-passes-title = O handshake maior que o iOS 26 usa nas conexões seguras passa por esta rede.
finding-large-hello-passes-explanation = O iOS, o iPadOS e o macOS 26 iniciam as conexões seguras com uma chave pós-quântica, numa primeira mensagem de cerca de { $bytes } bytes; ela chegou a { $targets }. Não é preciso mudar nada.
