<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>AccountCoordinator</name>
    <message>
        <source>No secure storage (keychain) is available, so Portal Desk cannot remember this sign-in: you will need to sign in again next time.</source>
        <translation>Não está disponível nenhum armazenamento seguro (porta-chaves), por isso o Portal Desk não pode memorizar este início de sessão: será necessário iniciar sessão novamente da próxima vez.</translation>
    </message>
    <message>
        <source>There is no stored sign-in for %1. Sign in once with --user EMAIL and --password-stdin.</source>
        <translation>Não há nenhum início de sessão guardado para %1. Inicie sessão uma vez com --user EMAIL e --password-stdin.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>The demo space could not start: no free local port.</source>
        <translation>Não foi possível iniciar o espaço de demonstração: não há nenhuma porta local livre.</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation>Não foi possível iniciar sessão: %1</translation>
    </message>
    <message>
        <source>Starting the demo space…</source>
        <translation>A iniciar o espaço de demonstração…</translation>
    </message>
    <message>
        <source>Sign in with --user EMAIL and --password-stdin.</source>
        <translation>Iniciar sessão com --user EMAIL e --password-stdin.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>A iniciar sessão em %1…</translation>
    </message>
    <message>
        <source>an account</source>
        <translation>uma conta</translation>
    </message>
    <message>
        <source>There is no stored sign-in for %1 at %2. Sign in once with --user EMAIL and --password-stdin.</source>
        <translation>Não há nenhum início de sessão guardado para %1 em %2. Inicie sessão uma vez com --user EMAIL e --password-stdin.</translation>
    </message>
    <message>
        <source>Opening your account…</source>
        <translation>A abrir a conta…</translation>
    </message>
    <message>
        <source>There is no stored account to sign out of.</source>
        <translation>Não há nenhuma conta guardada na qual terminar sessão.</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Sessão terminada em %1.</translation>
    </message>
    <message>
        <source>Signed out of %1, but the keychain entry could not be removed.</source>
        <translation>Sessão terminada em %1, mas não foi possível remover a entrada do porta-chaves.</translation>
    </message>
    <message>
        <source>Demo space (%1)</source>
        <translation>Espaço de demonstração (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation>Mudar o nome da conta</translation>
    </message>
    <message>
        <source>Name shown in the account menu:</source>
        <translation>Nome apresentado no menu de contas:</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Remover conta</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Terminar sessão</translation>
    </message>
    <message>
        <source>Remove this account from Portal Desk? Its sign-in is deleted from the keychain.</source>
        <translation>Remover esta conta do Portal Desk? Os dados de início de sessão são apagados do porta-chaves.</translation>
    </message>
    <message>
        <source>Sign out of this account? Its sign-in is deleted from the keychain.</source>
        <translation>Terminar sessão nesta conta? Os dados de início de sessão são apagados do porta-chaves.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>There is no stored API key for %1. Sign in once with --property-os URL --api-key-stdin.</source>
        <translation>Não há nenhuma chave de API guardada para %1. Inicia sessão uma vez com --property-os URL --api-key-stdin.</translation>
    </message>
    <message>
        <source>Give the Property OS account as a web address, e.g. https://nexus.example.com.</source>
        <translation>Indica a conta Property OS como endereço web, p. ex. https://nexus.example.com.</translation>
    </message>
    <message>
        <source>No API key came on standard input. Pipe the key from Settings › API Keys of your NEXUS dashboard into --api-key-stdin.</source>
        <translation>Nenhuma chave de API chegou pela entrada padrão. Passa para --api-key-stdin a chave de Definições › Chaves de API do teu painel NEXUS.</translation>
    </message>
    <message>
        <source>Checking the API key with %1…</source>
        <translation>A verificar a chave de API com %1…</translation>
    </message>
    <message>
        <source>NEXUS Property OS refused this API key. Create a new key under Settings › API Keys in your NEXUS dashboard and sign in with it.</source>
        <translation>O NEXUS Property OS recusou esta chave de API. Cria uma chave nova em Definições › Chaves de API do teu painel NEXUS e inicia sessão com ela.</translation>
    </message>
    <message>
        <source>Could not reach NEXUS Property OS: %1</source>
        <translation>Não foi possível contactar o NEXUS Property OS: %1</translation>
    </message>
    <message>
        <source>%1 — NEXUS Property OS</source>
        <translation>%1 — NEXUS Property OS</translation>
    </message>
</context>
<context>
    <name>AccountMenu</name>
    <message>
        <source>Not signed in</source>
        <translation>Sessão não iniciada</translation>
    </message>
    <message>
        <source>%1 (staff)</source>
        <translation>%1 (equipa)</translation>
    </message>
    <message>
        <source>Remove the offline copy</source>
        <translation>Remover a cópia offline</translation>
    </message>
    <message>
        <source>Forget everything saved on this computer for this account: rooms, bookings, news and, for staff, applications and resources? It is all fetched again from the space when you are online.</source>
        <translation>Esquecer tudo o que está guardado neste computador para esta conta: salas, reservas, notícias e, para a equipa, aplicações e recursos? Tudo volta a ser obtido do espaço quando estiver online.</translation>
    </message>
    <message>
        <source>NEXUS Property OS</source>
        <translation>NEXUS Property OS</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>The space&apos;s data did not load in time.</source>
        <translation>Os dados do espaço não foram carregados a tempo.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>A sessão terminou. É necessário iniciar sessão novamente.</translation>
    </message>
    <message>
        <source>Sign in to your space to see its rooms. To look around first, start Portal Desk with --demo.</source>
        <translation>Para ver as salas, é necessário iniciar sessão no espaço. Para explorar primeiro, é possível iniciar o Portal Desk com --demo.</translation>
    </message>
    <message>
        <source>My &amp;bookings</source>
        <translation>As minhas &amp;reservas</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; view is not part of this version yet; showing the rooms.</source>
        <translation>A vista “%1” ainda não faz parte desta versão; são apresentadas as salas.</translation>
    </message>
    <message>
        <source>&amp;News</source>
        <translation>&amp;Notícias</translation>
    </message>
    <message>
        <source>Resource &amp;review</source>
        <translation>Re&amp;visão de recursos</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>A&amp;plicações</translation>
    </message>
    <message>
        <source>There is no account to sync. Sign in once first.</source>
        <translation>Não há nenhuma conta para sincronizar. Primeiro é necessário iniciar sessão uma vez.</translation>
    </message>
    <message>
        <source>The offline copy of this account was removed.</source>
        <translation>A cópia offline desta conta foi removida.</translation>
    </message>
    <message>
        <source>--sync does not cover Property OS accounts yet.</source>
        <translation>--sync ainda não abrange as contas Property OS.</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Propriedades</translation>
    </message>
    <message>
        <source>&amp;Tenants</source>
        <translation>&amp;Inquilinos</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>Book rooms and read the news of your Nexudus coworking space.</source>
        <translation>Reservar salas e ler as notícias do espaço de coworking Nexudus.</translation>
    </message>
    <message>
        <source>Open the built-in demo space.</source>
        <translation>Abrir o espaço de demonstração integrado.</translation>
    </message>
    <message>
        <source>Demo account to sign in with.</source>
        <translation>Conta de demonstração com a qual iniciar sessão.</translation>
    </message>
    <message>
        <source>Space slug or web address.</source>
        <translation>Identificador (slug) ou endereço web do espaço.</translation>
    </message>
    <message>
        <source>E-mail address to sign in with.</source>
        <translation>Endereço de e-mail com o qual iniciar sessão.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Ler a palavra-passe da entrada padrão.</translation>
    </message>
    <message>
        <source>Refresh the offline data and exit.</source>
        <translation>Atualizar os dados offline e sair.</translation>
    </message>
    <message>
        <source>Forget the stored account and exit.</source>
        <translation>Esquecer a conta guardada e sair.</translation>
    </message>
    <message>
        <source>View to open: %1.</source>
        <translation>Vista a abrir: %1.</translation>
    </message>
    <message>
        <source>Language code (en, es, fr, de, it, pt).</source>
        <translation>Código de idioma (en, es, fr, de, it, pt).</translation>
    </message>
    <message>
        <source>Save the window as PNG once its data has loaded, then exit.</source>
        <translation>Guardar a janela como PNG depois de os dados serem carregados e sair.</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;. Choose one of: %2.</source>
        <translation>Vista desconhecida “%1”. Opções possíveis: %2.</translation>
    </message>
    <message>
        <source>Use either --demo or --server, not both.</source>
        <translation>Usar --demo ou --server, mas não ambos.</translation>
    </message>
    <message>
        <source>Web address of a NEXUS Property OS account.</source>
        <translation>Endereço web de uma conta NEXUS Property OS.</translation>
    </message>
    <message>
        <source>Read the Property OS API key from standard input.</source>
        <translation>Lê a chave de API do Property OS da entrada padrão.</translation>
    </message>
    <message>
        <source>--property-os opens a Property OS account: use it without --demo, --server and --password-stdin.</source>
        <translation>--property-os abre uma conta Property OS: usa-o sem --demo, --server e --password-stdin.</translation>
    </message>
    <message>
        <source>--api-key-stdin needs --property-os URL.</source>
        <translation>--api-key-stdin precisa de --property-os URL.</translation>
    </message>
</context>
<context>
    <name>ApplicationForm</name>
    <message>
        <source>Application</source>
        <translation>Aplicação</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>&amp;Developer id:</source>
        <translation>ID do pro&amp;gramador:</translation>
    </message>
    <message>
        <source>Id of the developer who owns the application</source>
        <translation>ID do programador proprietário da aplicação</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Display name of the application</source>
        <translation>Nome apresentado da aplicação</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Resumo:</translation>
    </message>
    <message>
        <source>Brief summary shown in listings</source>
        <translation>Resumo breve apresentado nas listagens</translation>
    </message>
    <message>
        <source>&amp;Install URL:</source>
        <translation>URL de &amp;instalação:</translation>
    </message>
    <message>
        <source>URL the space calls when a location installs the application</source>
        <translation>URL que o espaço chama quando uma localização instala a aplicação</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escrição:</translation>
    </message>
    <message>
        <source>Full description shown on the detail page</source>
        <translation>Descrição completa apresentada na página de detalhes</translation>
    </message>
    <message>
        <source>Whether the application is available for installation</source>
        <translation>Indica se a aplicação está disponível para instalação</translation>
    </message>
    <message>
        <source>&amp;Published (available for installation)</source>
        <translation>&amp;Publicada (disponível para instalação)</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>Chave &amp;secreta:</translation>
    </message>
    <message>
        <source>Secret used to authenticate the application&apos;s API calls</source>
        <translation>Segredo usado para autenticar as chamadas à API da aplicação</translation>
    </message>
    <message>
        <source>Edit application</source>
        <translation>Editar aplicação</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Nova aplicação</translation>
    </message>
    <message>
        <source>Leave the secret key empty to keep the current one.</source>
        <translation>Deixar a chave secreta vazia para manter a atual.</translation>
    </message>
    <message>
        <source>Leave the secret key empty to let the space generate one.</source>
        <translation>Deixar a chave secreta vazia para que o espaço gere uma.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 Saving applications needs the Application-Create or Application-Edit role.</source>
        <translation>%1 Para guardar aplicações é necessária a função Application-Create ou Application-Edit.</translation>
    </message>
</context>
<context>
    <name>ApplicationsView</name>
    <message>
        <source>Applications</source>
        <translation>Aplicações</translation>
    </message>
    <message>
        <source>&amp;Search by name:</source>
        <translation>Pes&amp;quisar por nome:</translation>
    </message>
    <message>
        <source>Application name, then Enter</source>
        <translation>Nome da aplicação e depois Enter</translation>
    </message>
    <message>
        <source>Search applications by name</source>
        <translation>Pesquisar aplicações por nome</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Atuali&amp;zar</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>&amp;Nova aplicação…</translation>
    </message>
    <message>
        <source>Applications status</source>
        <translation>Estado das aplicações</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicação</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Resumo:</translation>
    </message>
    <message>
        <source>Install URL:</source>
        <translation>URL de instalação:</translation>
    </message>
    <message>
        <source>Developer id:</source>
        <translation>ID do programador:</translation>
    </message>
    <message>
        <source>Application key:</source>
        <translation>Chave da aplicação:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Chave secreta:</translation>
    </message>
    <message>
        <source>Secret key (hidden)</source>
        <translation>Chave secreta (oculta)</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Shows the secret key on screen until you hide it</source>
        <translation>Mostra a chave secreta no ecrã até ser ocultada</translation>
    </message>
    <message>
        <source>&amp;Copy secret</source>
        <translation>&amp;Copiar segredo</translation>
    </message>
    <message>
        <source>Puts the secret key on the clipboard</source>
        <translation>Copia a chave secreta para a área de transferência</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>This space has no applications yet.</source>
        <translation>Este espaço ainda não tem aplicações.</translation>
    </message>
    <message>
        <source>No application is called &quot;%1&quot;.</source>
        <translation>Nenhuma aplicação se chama “%1”.</translation>
    </message>
    <message>
        <source>read this application</source>
        <translation>consultar esta aplicação</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhuma)</translation>
    </message>
    <message>
        <source>Secret key (shown)</source>
        <translation>Chave secreta (visível)</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>The secret key of %1 is on the clipboard.</source>
        <translation>A chave secreta de %1 está na área de transferência.</translation>
    </message>
    <message>
        <source>Un&amp;publish</source>
        <translation>Anular &amp;publicação</translation>
    </message>
    <message>
        <source>Your account may not %1: it needs the matching Application role (List, Read, Create, Edit or Delete) or full administrator rights.</source>
        <extracomment>%1 is what was tried, e.g. &quot;delete this application&quot;</extracomment>
        <translation>Esta conta não tem permissão para %1: precisa da função Application correspondente (List, Read, Create, Edit ou Delete) ou de direitos completos de administrador.</translation>
    </message>
    <message>
        <source>Could not %1. %2</source>
        <extracomment>%1 is what was tried, %2 the reason</extracomment>
        <translation>Não foi possível %1. %2</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Application created.</source>
        <translation>Aplicação criada.</translation>
    </message>
    <message>
        <source>%1 is published.</source>
        <translation>%1 está publicada.</translation>
    </message>
    <message>
        <source>%1 is no longer published.</source>
        <translation>%1 já não está publicada.</translation>
    </message>
    <message>
        <source>publish this application</source>
        <translation>publicar esta aplicação</translation>
    </message>
    <message>
        <source>unpublish this application</source>
        <translation>anular a publicação desta aplicação</translation>
    </message>
    <message>
        <source>Delete application</source>
        <translation>Eliminar aplicação</translation>
    </message>
    <message>
        <source>Delete the application &quot;%1&quot;? Locations that installed it lose it. This cannot be undone.</source>
        <translation>Eliminar a aplicação “%1”? As localizações que a instalaram deixam de a ter. Esta ação não pode ser anulada.</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 foi eliminada.</translation>
    </message>
    <message>
        <source>delete this application</source>
        <translation>eliminar esta aplicação</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>A carregar…</translation>
    </message>
    <message>
        <source>Creating, editing, publishing and deleting applications need a connection to the space, and so does the secret key, which is never kept offline.</source>
        <translation>Criar, editar, publicar e eliminar aplicações requer ligação ao espaço, tal como a chave secreta, que nunca é guardada offline.</translation>
    </message>
    <message>
        <source>The space cannot be reached: this is the offline copy from %1.</source>
        <translation>Não é possível contactar o espaço: esta é a cópia offline de %1.</translation>
    </message>
    <message>
        <source>The space cannot be reached, and its offline copy from %1 has no applications.</source>
        <translation>Não é possível contactar o espaço e a sua cópia offline de %1 não tem aplicações.</translation>
    </message>
    <message>
        <source>The space cannot be reached, and its offline copy from %1 has no application called &quot;%2&quot;.</source>
        <translation>Não é possível contactar o espaço e a sua cópia offline de %1 não tem nenhuma aplicação chamada “%2”.</translation>
    </message>
    <message>
        <source>Needs a connection to the space</source>
        <translation>Requer ligação ao espaço</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Book a room</source>
        <translation>Reservar uma sala</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Dia:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Hora de início:</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de início</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>D&amp;uração:</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Notes for the space</source>
        <translation>Notas para o espaço</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <source>Booking rules</source>
        <translation>Regras de reserva</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilidade</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Reservar</translation>
    </message>
    <message>
        <source>Free at that time.</source>
        <translation>Livre a essa hora.</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>Preço: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>A verificar…</translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation>A reservar…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Times are the space&apos;s local time (%1).</source>
        <translation>As horas são a hora local do espaço (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Book %n free date(s)</source>
        <translation>
            <numerusform>&amp;Reservar %n data livre</numerusform>
            <numerusform>&amp;Reservar %n datas livres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingMonthCalendar</name>
    <message>
        <source>Month overview of your bookings</source>
        <translation>Visão mensal das suas reservas</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n reserva</numerusform>
            <numerusform>%n reservas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingsView</name>
    <message>
        <source>Your bookings, upcoming first. Times are the space&apos;s local time.</source>
        <translation>Reservas, primeiro as próximas. As horas são a hora local do espaço.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Atuali&amp;zar</translation>
    </message>
    <message>
        <source>Refresh bookings</source>
        <translation>Atualizar as reservas</translation>
    </message>
    <message>
        <source>Export &amp;upcoming (.ics)…</source>
        <translation>Exportar &amp;próximas (.ics)…</translation>
    </message>
    <message>
        <source>Export all upcoming bookings as a calendar file</source>
        <translation>Exportar todas as próximas reservas como ficheiro de calendário</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <source>Booking status</source>
        <translation>Estado das reservas</translation>
    </message>
    <message>
        <source>&amp;Export booking (.ics)…</source>
        <translation>E&amp;xportar reserva (.ics)…</translation>
    </message>
    <message>
        <source>Export the selected booking as a calendar file</source>
        <translation>Exportar a reserva selecionada como ficheiro de calendário</translation>
    </message>
    <message>
        <source>&amp;Cancel booking…</source>
        <translation>Cancelar reser&amp;va…</translation>
    </message>
    <message>
        <source>Cancel the selected booking</source>
        <translation>Cancelar a reserva selecionada</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>Exportar para o calendário</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Ficheiros de calendário (*.ics)</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Cancelar reserva</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n reserva</numerusform>
            <numerusform>%n reservas</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling now is late and costs %1. Cancel the booking anyway?</source>
        <translation>Já é tarde para cancelar sem custos: cancelar agora custa %1. Cancelar a reserva mesmo assim?</translation>
    </message>
    <message>
        <source>Cancelling this booking is free. Cancel it?</source>
        <translation>Cancelar esta reserva é gratuito. Cancelar?</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>A cancelar…</translation>
    </message>
    <message>
        <source>The booking was cancelled.</source>
        <translation>A reserva foi cancelada.</translation>
    </message>
    <message>
        <source>Loading your bookings…</source>
        <translation>A carregar as reservas…</translation>
    </message>
    <message>
        <source>Checking the cancellation fee…</source>
        <translation>A verificar a taxa de cancelamento…</translation>
    </message>
    <message>
        <source>There are no upcoming bookings to export.</source>
        <translation>Não há próximas reservas para exportar.</translation>
    </message>
    <message>
        <source>booking.ics</source>
        <translation>reserva.ics</translation>
    </message>
    <message>
        <source>bookings.ics</source>
        <translation>reservas.ics</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Não foi possível guardar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n booking(s) to %1.</source>
        <translation>
            <numerusform>%n reserva guardada em %1.</numerusform>
            <numerusform>%n reservas guardadas em %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s). %1</source>
        <translation>
            <numerusform>%n reserva. %1</numerusform>
            <numerusform>%n reservas. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel this and &amp;later…</source>
        <translation>Cancelar esta e as &amp;seguintes…</translation>
    </message>
    <message>
        <source>Cancel the selected booking of a series and every later one</source>
        <translation>Cancelar a reserva escolhida de uma série e todas as seguintes</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n booking(s) of this series, from %1 to %2? Cancelling them is free.</source>
        <translation>
            <numerusform>Cancelar %n reserva desta série, de %1 a %2? Cancelá-la é gratuito.</numerusform>
            <numerusform>Cancelar %n reservas desta série, de %1 a %2? Cancelá-las é gratuito.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n booking(s) of this series, from %1 to %2? Some are late: cancelling costs %3 in all.</source>
        <translation>
            <numerusform>Cancelar %n reserva desta série, de %1 a %2? É tardia: cancelar custa %3 no total.</numerusform>
            <numerusform>Cancelar %n reservas desta série, de %1 a %2? Algumas são tardias: cancelar custa %3 no total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) cancelled.</source>
        <translation>
            <numerusform>%n reserva cancelada.</numerusform>
            <numerusform>%n reservas canceladas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) cancelled; %1 could not be: %2</source>
        <translation>
            <numerusform>%n reserva cancelada; %1 não foi possível: %2</numerusform>
            <numerusform>%n reservas canceladas; %1 não foi possível: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was cancelled: %1</source>
        <translation>Nada foi cancelado: %1</translation>
    </message>
    <message>
        <source>Checking the cancellation fees…</source>
        <translation>A verificar as taxas de cancelamento…</translation>
    </message>
    <message>
        <source>series.ics</source>
        <translation>serie.ics</translation>
    </message>
    <message>
        <source>Pick a day to list only its bookings.</source>
        <translation>Escolha um dia para ver só as reservas dele.</translation>
    </message>
    <message>
        <source>Show &amp;all days</source>
        <translation>Mostrar &amp;todos os dias</translation>
    </message>
    <message>
        <source>List the bookings of every day</source>
        <translation>Listar as reservas de todos os dias</translation>
    </message>
    <message>
        <source>Cancel &amp;dates…</source>
        <translation>Cancelar &amp;datas…</translation>
    </message>
    <message>
        <source>Cancel the bookings of this series on the days you pick</source>
        <translation>Cancelar as reservas desta série nos dias que escolher</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) on %1.</source>
        <translation>
            <numerusform>%n reserva em %1.</numerusform>
            <numerusform>%n reservas em %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyTimesFeed</name>
    <message>
        <source>Could not check which rooms are free: %1</source>
        <translation>Não foi possível verificar que salas estão livres: %1</translation>
    </message>
</context>
<context>
    <name>DayTimeline</name>
    <message>
        <source>Busy times are not known yet.</source>
        <translation>Ainda não se conhecem as horas ocupadas.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1: free all day.</source>
        <translation>%1: livre todo o dia.</translation>
    </message>
    <message>
        <source>%1: busy %2.</source>
        <translation>%1: ocupada %2.</translation>
    </message>
    <message>
        <source>Free %1.</source>
        <translation>Livre %1.</translation>
    </message>
    <message>
        <source>Day timeline</source>
        <translation>Linha cronológica do dia</translation>
    </message>
    <message>
        <source>Day timeline of %1</source>
        <translation>Linha cronológica do dia de %1</translation>
    </message>
    <message>
        <source>Busy times not known</source>
        <translation>Horas ocupadas desconhecidas</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Livre</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Pessoas</translation>
    </message>
    <message>
        <source>Minimum number of people</source>
        <translation>Número mínimo de pessoas</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Type of room</source>
        <translation>Tipo de sala</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>L&amp;ocalização</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>&amp;Amenities (all of them)</source>
        <translation>Comodi&amp;dades (todas)</translation>
    </message>
    <message>
        <source>Amenities the room must have</source>
        <translation>Comodidades que a sala tem de ter</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Li&amp;mpar filtros</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Limpar todos os filtros</translation>
    </message>
    <message>
        <source>Any number of people</source>
        <translation>Qualquer número de pessoas</translation>
    </message>
    <message>
        <source>%1 or more (%2)</source>
        <translation>%1 ou mais (%2)</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Qualquer tipo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every location</source>
        <translation>Todas as localizações</translation>
    </message>
    <message>
        <source>&amp;Who may book</source>
        <translation>&amp;Quem pode reservar</translation>
    </message>
    <message>
        <source>Who may book the room</source>
        <translation>Quem pode reservar a sala</translation>
    </message>
    <message>
        <source>&amp;Free between</source>
        <translation>&amp;Livre entre</translation>
    </message>
    <message>
        <source>Only rooms free in this time window</source>
        <translation>Apenas salas livres neste intervalo de tempo</translation>
    </message>
    <message>
        <source>Day of the time window</source>
        <translation>Dia do intervalo de tempo</translation>
    </message>
    <message>
        <source>Start of the time window</source>
        <translation>Início do intervalo de tempo</translation>
    </message>
    <message>
        <source>to</source>
        <translation>e</translation>
    </message>
    <message>
        <source>End of the time window</source>
        <translation>Fim do intervalo de tempo</translation>
    </message>
    <message>
        <source>Time zone and state of the time window</source>
        <translation>Fuso horário e estado do intervalo de tempo</translation>
    </message>
    <message>
        <source>Times are the space&apos;s local time.</source>
        <translation>As horas são a hora local do espaço.</translation>
    </message>
    <message>
        <source>Times are in %1.</source>
        <translation>As horas estão no fuso horário %1.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>O fim tem de ser posterior ao início.</translation>
    </message>
    <message>
        <source>Checking which rooms are free…</source>
        <translation>A verificar que salas estão livres…</translation>
    </message>
    <message>
        <source>&amp;Free between (%1)</source>
        <translation>&amp;Livre entre (%1)</translation>
    </message>
    <message>
        <source>Every room</source>
        <translation>Todas as salas</translation>
    </message>
</context>
<context>
    <name>GuiSync</name>
    <message>
        <source>Syncing %1 (%2 of %3)</source>
        <translation>A sincronizar %1 (%2 de %3)</translation>
    </message>
    <message>
        <source>The offline copy is up to date: %1.</source>
        <translation>A cópia offline está atualizada: %1.</translation>
    </message>
    <message>
        <source>Sync stopped. The offline copy keeps what was complete before.</source>
        <translation>Sincronização interrompida. A cópia offline mantém o que já estava completo.</translation>
    </message>
</context>
<context>
    <name>HeadlessSync</name>
    <message>
        <source>[%1/%2] %3: page %4 of %5</source>
        <translation>[%1/%2] %3: página %4 de %5</translation>
    </message>
    <message numerus="yes">
        <source>%1: the space did not answer; trying again in %n second(s)…</source>
        <translation>
            <numerusform>%1: o espaço não respondeu; nova tentativa dentro de %n segundo…</numerusform>
            <numerusform>%1: o espaço não respondeu; nova tentativa dentro de %n segundos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped %1: %2.</source>
        <translation>%1 ignorados: %2.</translation>
    </message>
    <message>
        <source>Synced %1 for %2 in %3 s; the offline copy is at %4.</source>
        <translation>Sincronização de %2 concluída em %3 s (%1); a cópia offline está em %4.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Portal Desk</source>
        <translation>Portal Desk</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sessão não iniciada</translation>
    </message>
    <message>
        <source>Space and account</source>
        <translation>Espaço e conta</translation>
    </message>
    <message>
        <source>Search rooms</source>
        <translation>Pesquisar salas</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Bookable resources</source>
        <translation>Recursos reserváveis</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recarregar</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Portal Desk</source>
        <translation>&amp;Sobre o Portal Desk</translation>
    </message>
    <message>
        <source>%1 — signed in as %2</source>
        <translation>%1 — sessão iniciada como %2</translation>
    </message>
    <message>
        <source>%1 — Portal Desk</source>
        <translation>%1 — Portal Desk</translation>
    </message>
    <message>
        <source>About Portal Desk</source>
        <translation>Sobre o Portal Desk</translation>
    </message>
    <message>
        <source>Portal Desk %1
A desktop client for Nexudus coworking spaces.</source>
        <translation>Portal Desk %1
Um cliente desktop para espaços de coworking Nexudus.</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Contas</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Adicionar conta…</translation>
    </message>
    <message>
        <source>&amp;Rename account…</source>
        <translation>Mudar o &amp;nome da conta…</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Terminar sessão</translation>
    </message>
    <message>
        <source>Re&amp;move account…</source>
        <translation>&amp;Remover conta…</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>&amp;Rooms</source>
        <translation>Sa&amp;las</translation>
    </message>
    <message>
        <source>R&amp;ooms</source>
        <translation>&amp;Salas</translation>
    </message>
    <message>
        <source>&amp;Book selected room…</source>
        <translation>&amp;Reservar a sala selecionada…</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Search rooms by name, description, type, floor or location</source>
        <translation>Pesquisar salas por nome, descrição, tipo, piso ou localização</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Estado da ligação</translation>
    </message>
    <message>
        <source>Remove the &amp;offline copy…</source>
        <translation>Remover a cópia &amp;offline…</translation>
    </message>
    <message>
        <source>Forget the rooms, bookings and news saved on this computer for this account</source>
        <translation>Esquecer as salas, as reservas e as notícias guardadas neste computador para esta conta</translation>
    </message>
    <message>
        <source>&amp;Sync for offline use</source>
        <translation>Sincronizar para uso &amp;offline</translation>
    </message>
    <message>
        <source>Fetch the rooms, bookings and news of this account so they can be read without a connection</source>
        <translation>Obtém as salas, reservas e notícias desta conta para as poder consultar sem ligação</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
</context>
<context>
    <name>NewPropertyDialog</name>
    <message>
        <source>New property</source>
        <translation>Nova propriedade</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Name of the property</source>
        <translation>Nome da propriedade</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Residential, commercial or mixed use</source>
        <translation>Residencial, comercial ou uso misto</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Rua:</translation>
    </message>
    <message>
        <source>Street and number of the address</source>
        <translation>Rua e número da morada</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Zona:</translation>
    </message>
    <message>
        <source>District or neighbourhood (optional)</source>
        <translation>Bairro ou zona (opcional)</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Cidade:</translation>
    </message>
    <message>
        <source>City of the address</source>
        <translation>Cidade da morada</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Código &amp;postal:</translation>
    </message>
    <message>
        <source>Postal code (optional)</source>
        <translation>Código postal (opcional)</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Pa&amp;ís:</translation>
    </message>
    <message>
        <source>Two-letter country code, e.g. AE</source>
        <translation>Código do país com duas letras, p. ex. AE</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Frações:</translation>
    </message>
    <message>
        <source>How many units the property has</source>
        <translation>Quantas frações tem a propriedade</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The answer was lost, so the property may or may not have been created. Close this form and refresh the list to see before you save it again.</source>
        <translation>A resposta perdeu-se, por isso a propriedade pode ou não ter sido criada. Fecha este formulário e atualiza a lista para confirmar antes de voltares a guardar.</translation>
    </message>
</context>
<context>
    <name>NewsView</name>
    <message>
        <source>News</source>
        <translation>Notícias</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>Cat&amp;egoria:</translation>
    </message>
    <message>
        <source>News category</source>
        <translation>Categoria de notícias</translation>
    </message>
    <message>
        <source>Shows only the articles of this category</source>
        <translation>Mostra apenas os artigos desta categoria</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Atuali&amp;zar</translation>
    </message>
    <message>
        <source>Refresh news</source>
        <translation>Atualizar as notícias</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artigos</translation>
    </message>
    <message>
        <source>Featured articles come first and are marked “Featured”</source>
        <translation>Os artigos em destaque aparecem primeiro e são marcados com “Em destaque”</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artigo</translation>
    </message>
    <message>
        <source>The selected article with its comments</source>
        <translation>O artigo selecionado com os respetivos comentários</translation>
    </message>
    <message>
        <source>News status</source>
        <translation>Estado das notícias</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message>
        <source>Try loading the news again</source>
        <translation>Tentar carregar as notícias novamente</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas as categorias</translation>
    </message>
    <message>
        <source>Loading the full article…</source>
        <translation>A carregar o artigo completo…</translation>
    </message>
    <message>
        <source>The full article could not be loaded: %1</source>
        <translation>Não foi possível carregar o artigo completo: %1</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Não foi possível abrir %1</translation>
    </message>
    <message>
        <source>Select an article to read it.</source>
        <translation>Selecionar um artigo para o ler.</translation>
    </message>
    <message>
        <source>The news could not be loaded: %1</source>
        <translation>Não foi possível carregar as notícias: %1</translation>
    </message>
    <message>
        <source>Loading news…</source>
        <translation>A carregar notícias…</translation>
    </message>
    <message>
        <source>No news here yet.</source>
        <translation>Ainda não há notícias.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences — Portal Desk</source>
        <translation>Preferências — Portal Desk</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>&amp;Ask the space for its rooms at start when they are older than:</source>
        <translation>&amp;Pedir as salas ao espaço ao iniciar se tiverem mais de:</translation>
    </message>
    <message>
        <source>Refresh the rooms at start after</source>
        <translation>Atualizar as salas ao iniciar após</translation>
    </message>
    <message>
        <source>Every start</source>
        <translation>Em cada início</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Rooms change rarely: until then the offline copy is shown without asking. Busy times and your bookings are always asked for, and Reload (F5) always asks.</source>
        <translation>As salas mudam pouco: até lá mostra-se a cópia offline sem perguntar. Os horários ocupados e as suas reservas são sempre pedidos, e Recarregar (F5) pergunta sempre.</translation>
    </message>
</context>
<context>
    <name>PropertiesView</name>
    <message>
        <source>Properties</source>
        <translation>Propriedades</translation>
    </message>
    <message>
        <source>Portfolio figures</source>
        <translation>Números da carteira</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Frações</translation>
    </message>
    <message>
        <source>Occupied units</source>
        <translation>Frações ocupadas</translation>
    </message>
    <message>
        <source>Occupancy rate</source>
        <translation>Taxa de ocupação</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Property status</source>
        <translation>Estado da propriedade</translation>
    </message>
    <message>
        <source>Shows only the properties of this status</source>
        <translation>Mostra só as propriedades com este estado</translation>
    </message>
    <message>
        <source>&amp;New property…</source>
        <translation>&amp;Nova propriedade…</translation>
    </message>
    <message>
        <source>New property</source>
        <translation>Nova propriedade</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Atuali&amp;zar</translation>
    </message>
    <message>
        <source>Refresh properties</source>
        <translation>Atualizar as propriedades</translation>
    </message>
    <message>
        <source>Loading the properties…</source>
        <translation>A carregar as propriedades…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos os estados</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>The portfolio&apos;s occupancy rate; %1 is the number (e.g. &quot;87.5&quot;) in the locale&apos;s digits.</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>NEXUS Property OS refused the API key of this account. Sign in again with a new key from Settings › API Keys in your NEXUS dashboard.</source>
        <translation>O NEXUS Property OS recusou a chave de API desta conta. Inicia sessão de novo com uma chave nova de Definições › Chaves de API do teu painel NEXUS.</translation>
    </message>
    <message>
        <source>The properties could not be loaded: %1</source>
        <translation>Não foi possível carregar as propriedades: %1</translation>
    </message>
</context>
<context>
    <name>ResourceAuditRows</name>
    <message>
        <source>Not run yet</source>
        <translation>Ainda não executado</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Não verificado</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n type(s))</source>
        <translation>
            <numerusform>%1 (%n tipo)</numerusform>
            <numerusform>%1 (%n tipos)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ResourceCardDelegate</name>
    <message>
        <source>Needs approval</source>
        <translation>Requer aprovação</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>location, floor or area</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>type · location</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between the parts of a card read aloud</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ResourceCardView</name>
    <message>
        <source>Bookable resources as cards</source>
        <translation>Recursos reserváveis em cartões</translation>
    </message>
    <message>
        <source>Each card shows a room&apos;s picture, name, type and location, capacity, and whether bookings need approval. Press Enter to book the current room.</source>
        <translation>Cada cartão mostra a imagem, o nome, o tipo e a localização de uma sala, a capacidade e se as reservas precisam de aprovação. Premir Enter para reservar a sala atual.</translation>
    </message>
</context>
<context>
    <name>ResourceReviewDetails</name>
    <message>
        <source>Not set</source>
        <translation>Não definido</translation>
    </message>
    <message>
        <source>No limit (0)</source>
        <translation>Sem limite (0)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>Set (hidden)</source>
        <translation>Definido (oculto)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Unique id</source>
        <translation>ID único</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Floor or area</source>
        <translation>Piso ou zona</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Confirmation e-mail</source>
        <translation>E-mail de confirmação</translation>
    </message>
    <message>
        <source>Picture file</source>
        <translation>Ficheiro de imagem</translation>
    </message>
    <message>
        <source>New picture URL</source>
        <translation>URL da nova imagem</translation>
    </message>
    <message>
        <source>Clear picture on save</source>
        <translation>Remover a imagem ao guardar</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizado</translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation>Atualizado por</translation>
    </message>
    <message>
        <source>System id</source>
        <translation>ID do sistema</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Apresentação</translation>
    </message>
    <message>
        <source>Visible to members</source>
        <translation>Visível para os membros</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arquivado</translation>
    </message>
    <message>
        <source>Hidden in calendar</source>
        <translation>Oculto no calendário</translation>
    </message>
    <message>
        <source>Display order</source>
        <translation>Ordem de apresentação</translation>
    </message>
    <message>
        <source>Amenities</source>
        <translation>Comodidades</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Capacity and rules</source>
        <translation>Capacidade e regras</translation>
    </message>
    <message>
        <source>Allocation (capacity)</source>
        <translation>Alocação (capacidade)</translation>
    </message>
    <message>
        <source>Multiple bookings at once</source>
        <translation>Várias reservas em simultâneo</translation>
    </message>
    <message>
        <source>Visitors limited to allocation</source>
        <translation>Visitantes limitados à alocação</translation>
    </message>
    <message>
        <source>Needs approval</source>
        <translation>Requer aprovação</translation>
    </message>
    <message>
        <source>Minimum length</source>
        <translation>Duração mínima</translation>
    </message>
    <message>
        <source>Maximum length</source>
        <translation>Duração máxima</translation>
    </message>
    <message>
        <source>Book in advance (days)</source>
        <translation>Antecedência máxima de reserva (dias)</translation>
    </message>
    <message>
        <source>Late booking limit (minutes)</source>
        <translation>Limite de reserva tardia (minutos)</translation>
    </message>
    <message>
        <source>Late cancellation limit</source>
        <translation>Limite de cancelamento tardio</translation>
    </message>
    <message>
        <source>Gap between bookings</source>
        <translation>Intervalo entre reservas</translation>
    </message>
    <message>
        <source>No return: same person</source>
        <translation>Espera após reservar: mesma pessoa</translation>
    </message>
    <message>
        <source>No return: any resource</source>
        <translation>Espera após reservar: qualquer recurso</translation>
    </message>
    <message>
        <source>No return: anyone</source>
        <translation>Espera após reservar: todos</translation>
    </message>
    <message>
        <source>Repeat bookings (count)</source>
        <translation>Reservas recorrentes (número)</translation>
    </message>
    <message>
        <source>Repeat bookings (months)</source>
        <translation>Reservas recorrentes (meses)</translation>
    </message>
    <message>
        <source>Opening hours (shifts)</source>
        <translation>Horário de funcionamento (turnos)</translation>
    </message>
    <message>
        <source>Availability exceptions</source>
        <translation>Exceções de disponibilidade</translation>
    </message>
    <message>
        <source>Linked resources</source>
        <translation>Recursos associados</translation>
    </message>
    <message>
        <source>In plain words</source>
        <translation>Em linguagem simples</translation>
    </message>
    <message>
        <source>No limits</source>
        <translation>Sem limites</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acesso</translation>
    </message>
    <message>
        <source>Members only</source>
        <translation>Apenas membros</translation>
    </message>
    <message>
        <source>Contacts only</source>
        <translation>Apenas contactos</translation>
    </message>
    <message>
        <source>Customers of the location only</source>
        <translation>Apenas clientes da localização</translation>
    </message>
    <message>
        <source>Plans (tariffs)</source>
        <translation>Planos (tarifários)</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipas</translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation>Montante fixo</translation>
    </message>
    <message>
        <source>Percentage of the booking</source>
        <translation>Percentagem da reserva</translation>
    </message>
    <message>
        <source>Cancellation fee</source>
        <translation>Taxa de cancelamento</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Cobrada</translation>
    </message>
    <message>
        <source>Not charged</source>
        <translation>Não cobrada</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montante</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Percentagem</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrações</translation>
    </message>
    <message>
        <source>Google calendar</source>
        <translation>Calendário Google</translation>
    </message>
    <message>
        <source>Office 365 calendar</source>
        <translation>Calendário Office 365</translation>
    </message>
    <message>
        <source>Kisi group</source>
        <translation>Grupo Kisi</translation>
    </message>
    <message>
        <source>Access control group</source>
        <translation>Grupo de controlo de acesso</translation>
    </message>
    <message>
        <source>Access control groups</source>
        <translation>Grupos de controlo de acesso</translation>
    </message>
    <message>
        <source>Shared Zoom account</source>
        <translation>Conta Zoom partilhada</translation>
    </message>
    <message>
        <source>Zoom user</source>
        <translation>Utilizador Zoom</translation>
    </message>
    <message>
        <source>Zoom access token</source>
        <translation>Token de acesso Zoom</translation>
    </message>
    <message>
        <source>Zoom refresh token</source>
        <translation>Token de atualização Zoom</translation>
    </message>
    <message>
        <source>Place and sensor</source>
        <translation>Local e sensor</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Sensor reading</source>
        <translation>Leitura do sensor</translation>
    </message>
    <message>
        <source>Sensor says occupied</source>
        <translation>Ocupado segundo o sensor</translation>
    </message>
    <message>
        <source>Last cleaned</source>
        <translation>Última limpeza</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidade</translation>
    </message>
</context>
<context>
    <name>ResourceReviewView</name>
    <message>
        <source>Resource review</source>
        <translation>Revisão de recursos</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Exact name, then Enter</source>
        <translation>Nome exato e depois Enter</translation>
    </message>
    <message>
        <source>Filter resources by name</source>
        <translation>Filtrar recursos por nome</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>L&amp;ocalização:</translation>
    </message>
    <message>
        <source>Filter resources by location</source>
        <translation>Filtrar recursos por localização</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Filter resources by type</source>
        <translation>Filtrar recursos por tipo</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Filter resources by visibility</source>
        <translation>Filtrar recursos por visibilidade</translation>
    </message>
    <message>
        <source>Min. &amp;capacity:</source>
        <translation>&amp;Capacidade mín.:</translation>
    </message>
    <message>
        <source>Minimum capacity</source>
        <translation>Capacidade mínima</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Qualquer</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Atuali&amp;zar</translation>
    </message>
    <message>
        <source>Refresh the resources and the audit</source>
        <translation>Atualizar os recursos e a auditoria</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the filtered resources as CSV</source>
        <translation>Exportar os recursos filtrados como CSV</translation>
    </message>
    <message>
        <source>Resource review status</source>
        <translation>Estado da revisão de recursos</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Every field of the resource</source>
        <translation>Todos os campos do recurso</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Audit of all resources</source>
        <translation>Auditoria de todos os recursos</translation>
    </message>
    <message>
        <source>Audit rules with the number of resources each flags</source>
        <translation>Regras de auditoria com o número de recursos que cada uma assinala</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regra</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Porque é importante</translation>
    </message>
    <message>
        <source>Audit status</source>
        <translation>Estado da auditoria</translation>
    </message>
    <message>
        <source>Show &amp;all resources</source>
        <translation>Mostrar todos os rec&amp;ursos</translation>
    </message>
    <message>
        <source>Show all resources again</source>
        <translation>Mostrar novamente todos os recursos</translation>
    </message>
    <message>
        <source>Loading resources…</source>
        <translation>A carregar recursos…</translation>
    </message>
    <message>
        <source>No resource matches these filters.</source>
        <translation>Nenhum recurso corresponde a estes filtros.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n resource(s).</source>
        <translation>
            <numerusform>A mostrar %1 de %n recurso.</numerusform>
            <numerusform>A mostrar %1 de %n recursos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every resource… %1 of %2</source>
        <translation>A verificar todos os recursos… %1 de %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Todas as localizações</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>All resources</source>
        <translation>Todos os recursos</translation>
    </message>
    <message>
        <source>Visible, not archived</source>
        <translation>Visíveis, não arquivados</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Ocultos</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arquivados</translation>
    </message>
    <message>
        <source>The audit could not read the resources: %1</source>
        <translation>A auditoria não conseguiu ler os recursos: %1</translation>
    </message>
    <message>
        <source>Checking every resource…</source>
        <translation>A verificar todos os recursos…</translation>
    </message>
    <message numerus="yes">
        <source>Checked all %n resource(s) of the account. Click a rule to list its resources.</source>
        <translation>
            <numerusform>Foi verificado %n recurso da conta. Clicar numa regra para listar os respetivos recursos.</numerusform>
            <numerusform>Foram verificados os %n recursos da conta. Clicar numa regra para listar os respetivos recursos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No resource is flagged by &quot;%1&quot;.</source>
        <translation>Nenhum recurso é assinalado por “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n resource(s) flagged by &quot;%1&quot;.</source>
        <translation>
            <numerusform>A mostrar %n recurso assinalado por “%1”.</numerusform>
            <numerusform>A mostrar os %n recursos assinalados por “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting… %1 of %2 resources</source>
        <translation>A exportar… %1 de %2 recursos</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n resource(s) to %1.</source>
        <translation>
            <numerusform>%n recurso exportado para %1.</numerusform>
            <numerusform>%n recursos exportados para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Não foi possível exportar: %1</translation>
    </message>
    <message>
        <source>Export resources</source>
        <translation>Exportar recursos</translation>
    </message>
    <message>
        <source>resources.csv</source>
        <translation>recursos.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ficheiros CSV (*.csv)</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Sign in again to review the resources.</source>
        <translation>O início de sessão expirou ou foi revogado. É necessário iniciar sessão novamente para rever os recursos.</translation>
    </message>
    <message>
        <source>This account may not read the space&apos;s resources: the review is for the space&apos;s administrators.</source>
        <translation>Esta conta não tem permissão para consultar os recursos do espaço: a revisão destina-se aos administradores do espaço.</translation>
    </message>
    <message>
        <source>The resources could not be loaded: %1</source>
        <translation>Não foi possível carregar os recursos: %1</translation>
    </message>
    <message>
        <source>The space cannot be reached, and no resource of its offline copy from %1 matches these filters.</source>
        <translation>Não é possível contactar o espaço e nenhum recurso da sua cópia offline de %1 corresponde a estes filtros.</translation>
    </message>
    <message numerus="yes">
        <source>The space cannot be reached: this is the offline copy from %1, %n resource(s), sorted and filtered on this computer. Exporting needs a connection.</source>
        <translation>
            <numerusform>Não é possível contactar o espaço: esta é a cópia offline de %1, %n recurso, ordenado e filtrado neste computador. Exportar requer ligação.</numerusform>
            <numerusform>Não é possível contactar o espaço: esta é a cópia offline de %1, %n recursos, ordenados e filtrados neste computador. Exportar requer ligação.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting needs a connection to the space.</source>
        <translation>Exportar requer ligação ao espaço.</translation>
    </message>
    <message numerus="yes">
        <source>Checked the %n resource(s) of the offline copy from %1. Click a rule to list its resources.</source>
        <translation>
            <numerusform>Verificado %n recurso da cópia offline de %1. Clique numa regra para listar os seus recursos.</numerusform>
            <numerusform>Verificados os %n recursos da cópia offline de %1. Clique numa regra para listar os seus recursos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResourceViewStack</name>
    <message>
        <source>Show rooms as &amp;cards</source>
        <translation>Mostrar salas como &amp;cartões</translation>
    </message>
    <message>
        <source>Switch the rooms between cards with pictures and a list (Ctrl+Shift+V)</source>
        <translation>Alternar a apresentação das salas entre cartões com imagens e uma lista (Ctrl+Shift+V)</translation>
    </message>
</context>
<context>
    <name>RoomDetails</name>
    <message>
        <source>Room details</source>
        <translation>Detalhes da sala</translation>
    </message>
    <message>
        <source>&amp;Book this room…</source>
        <translation>Reser&amp;var esta sala…</translation>
    </message>
    <message>
        <source>Book this room</source>
        <translation>Reservar esta sala</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>a partir de %1</translation>
    </message>
    <message>
        <source>Amenities</source>
        <translation>Comodidades</translation>
    </message>
    <message>
        <source>About this room</source>
        <translation>Sobre esta sala</translation>
    </message>
    <message>
        <source>Select a room to see its details.</source>
        <translation>Selecionar uma sala para ver os detalhes.</translation>
    </message>
    <message>
        <source>Busy and free times</source>
        <translation>Horas ocupadas e livres</translation>
    </message>
    <message>
        <source>Booking rules</source>
        <translation>Regras de reserva</translation>
    </message>
    <message>
        <source>Booking rates</source>
        <translation>Tarifas de reserva</translation>
    </message>
    <message>
        <source>%1 per minute</source>
        <translation>%1 por minuto</translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <translation>%1 por hora</translation>
    </message>
    <message>
        <source>%1 per day</source>
        <translation>%1 por dia</translation>
    </message>
    <message>
        <source>%1 per week</source>
        <translation>%1 por semana</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 por mês</translation>
    </message>
    <message>
        <source>%1 per booking</source>
        <translation>%1 por reserva</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RoomsPresenter</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Floor or area</source>
        <translation>Piso ou zona</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidade</translation>
    </message>
    <message numerus="yes">
        <source>%n bookable room(s)</source>
        <translation>
            <numerusform>%n sala reservável</numerusform>
            <numerusform>%n salas reserváveis</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading rooms… page %1 of %2</source>
        <translation>A carregar salas… página %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>The space did not answer; trying again in %n second(s)…</source>
        <translation>
            <numerusform>O espaço não respondeu; nova tentativa dentro de %n segundo…</numerusform>
            <numerusform>O espaço não respondeu; nova tentativa dentro de %n segundos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Booking needs a connection to the space; Portal Desk will reconnect by itself.</source>
        <translation>Para reservar é necessária ligação ao espaço; o Portal Desk volta a ligar-se automaticamente.</translation>
    </message>
    <message>
        <source>Booked %1: waiting for the space to approve it.</source>
        <translation>Reserva de %1 efetuada: a aguardar a aprovação do espaço.</translation>
    </message>
    <message>
        <source>Booked %1.</source>
        <translation>Reserva de %1 efetuada.</translation>
    </message>
    <message numerus="yes">
        <source>%n bookable room(s), from the offline copy of %1</source>
        <translation>
            <numerusform>%n sala reservável, da cópia offline de %1</numerusform>
            <numerusform>%n salas reserváveis, da cópia offline de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This account may not see the space&apos;s rooms. Your bookings and the news are still here.</source>
        <translation>Esta conta não pode ver as salas do espaço. As suas reservas e as notícias continuam aqui.</translation>
    </message>
    <message>
        <source>This space does not list its rooms to Portal Desk. Your bookings and the news are still here.</source>
        <translation>Este espaço não disponibiliza a lista das suas salas ao Portal Desk. As suas reservas e as notícias continuam aqui.</translation>
    </message>
    <message>
        <source>The space cannot be reached and there is no offline copy of its rooms yet: %1</source>
        <translation>Não é possível contactar o espaço e ainda não há nenhuma cópia offline das respetivas salas: %1</translation>
    </message>
    <message>
        <source>Offline — showing data from %1. Booking and other changes need a connection; Portal Desk reconnects by itself.</source>
        <translation>Offline — a mostrar dados de %1. As reservas e outras alterações precisam de ligação; o Portal Desk volta a ligar-se automaticamente.</translation>
    </message>
    <message>
        <source>Offline — the space cannot be reached. Portal Desk reconnects by itself.</source>
        <translation>Offline — não é possível contactar o espaço. O Portal Desk volta a ligar-se automaticamente.</translation>
    </message>
    <message>
        <source>Booking needs a connection to the space.</source>
        <translation>Para reservar é necessária ligação ao espaço.</translation>
    </message>
    <message numerus="yes">
        <source>Booked %1 on %n date(s).</source>
        <translation>
            <numerusform>%1 reservada para %n data.</numerusform>
            <numerusform>%1 reservada para %n datas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Schedule</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>The day before (Page Up)</source>
        <translation>O dia anterior (Page Up)</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Dia anterior</translation>
    </message>
    <message>
        <source>The day after (Page Down)</source>
        <translation>O dia seguinte (Page Down)</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Dia seguinte</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoje</translation>
    </message>
    <message>
        <source>Today at the space (T)</source>
        <translation>Hoje no espaço (T)</translation>
    </message>
    <message>
        <source>Hatched: busy · Tinted and labelled: your bookings · Grey: past · Line: now</source>
        <translation>Tracejado: ocupado · Colorido e identificado: as tuas reservas · Cinzento: passado · Linha: agora</translation>
    </message>
    <message>
        <source>Rooms by time of day</source>
        <translation>Salas por hora do dia</translation>
    </message>
    <message>
        <source>Drag across free times or use Shift+arrows to pick a slot; Enter or a double-click books it.</source>
        <translation>Arrasta sobre horas livres ou usa Shift+setas para escolher um período; Enter ou um duplo clique reserva-o.</translation>
    </message>
    <message>
        <source>this computer&apos;s time</source>
        <translation>a hora deste computador</translation>
    </message>
    <message>
        <source>Today, %1 (times in %2)</source>
        <extracomment>the day shown, then the time zone its hours are in, e.g. &quot;Saturday, 27 March 2027 (times in Europe/Madrid)&quot;</extracomment>
        <translation>Hoje, %1 (horas em %2)</translation>
    </message>
    <message>
        <source>%1 (times in %2)</source>
        <translation>%1 (horas em %2)</translation>
    </message>
</context>
<context>
    <name>ScheduleView</name>
    <message>
        <source>No rooms match the filter.</source>
        <translation>Nenhuma sala corresponde ao filtro.</translation>
    </message>
    <message>
        <source>%1; slot %2</source>
        <extracomment>the cursor cell&apos;s room, time and state, then the slot picked (e.g. &quot;…; slot 09:00–10:30&quot;)</extracomment>
        <translation>%1; período %2</translation>
    </message>
</context>
<context>
    <name>ScreenshotRun</name>
    <message>
        <source>Could not save the screenshot to %1.</source>
        <translation>Não foi possível guardar a captura de ecrã em %1.</translation>
    </message>
    <message>
        <source>Offline: the picture shows the offline copy.</source>
        <translation>Offline: a imagem mostra a cópia offline.</translation>
    </message>
</context>
<context>
    <name>SeriesPanel</name>
    <message>
        <source>&amp;Repeat this booking</source>
        <translation>&amp;Repetir esta reserva</translation>
    </message>
    <message>
        <source>Re&amp;peats:</source>
        <translation>Re&amp;pete-se:</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Com que frequência</translation>
    </message>
    <message>
        <source>Every how many</source>
        <translation>A cada quantos</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Às:</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Dias da semana</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Termina:</translation>
    </message>
    <message>
        <source>&amp;After</source>
        <translation>&amp;Após</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>Número de vezes</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Em</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último dia</translation>
    </message>
    <message>
        <source>Repeat limits</source>
        <translation>Limites de repetição</translation>
    </message>
    <message>
        <source>Dates of the series</source>
        <translation>Datas da série</translation>
    </message>
    <message>
        <source>Series summary</source>
        <translation>Resumo da série</translation>
    </message>
    <message>
        <source>Checking every date…</source>
        <translation>A verificar cada data…</translation>
    </message>
    <message>
        <source>These choices give no date: choose an end after the first day.</source>
        <translation>Estas opções não dão nenhuma data: escolha um fim depois do primeiro dia.</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) booked.</source>
        <translation>
            <numerusform>%n data reservada.</numerusform>
            <numerusform>%n datas reservadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) not booked.</source>
        <translation>
            <numerusform>%n data não reservada.</numerusform>
            <numerusform>%n datas não reservadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) unknown: check My bookings before booking them again.</source>
        <translation>
            <numerusform>%n data desconhecida: verifique As minhas reservas antes de a reservar de novo.</numerusform>
            <numerusform>%n datas desconhecidas: verifique As minhas reservas antes de as reservar de novo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n date(s) can be booked.</source>
        <translation>
            <numerusform>%1 de %n data pode ser reservada.</numerusform>
            <numerusform>%1 de %n datas podem ser reservadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) cannot be booked; the list says why.</source>
        <translation>
            <numerusform>%n data não pode ser reservada; a lista diz porquê.</numerusform>
            <numerusform>%n datas não podem ser reservadas; a lista diz porquê.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The room allows %n date(s) in one series; the later ones are left out.</source>
        <translation>
            <numerusform>A sala permite %n data por série; as seguintes ficam de fora.</numerusform>
            <numerusform>A sala permite %n datas por série; as seguintes ficam de fora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A series of this room may run for %n month(s); the later dates are left out.</source>
        <translation>
            <numerusform>Uma série desta sala pode durar %n mês; as datas seguintes ficam de fora.</numerusform>
            <numerusform>Uma série desta sala pode durar %n meses; as datas seguintes ficam de fora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diariamente</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanalmente</translation>
    </message>
    <message>
        <source>Monthly, on this day</source>
        <translation>Mensalmente, neste dia</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>a cada %n dia</numerusform>
            <numerusform>a cada %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>a cada %n mês</numerusform>
            <numerusform>a cada %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>a cada %n semana</numerusform>
            <numerusform>a cada %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n vezes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeriesRangeDialog</name>
    <message>
        <source>Cancel dates of a series — Portal Desk</source>
        <translation>Cancelar datas de uma série — Portal Desk</translation>
    </message>
    <message>
        <source>Cancel dates of a series</source>
        <translation>Cancelar datas de uma série</translation>
    </message>
    <message>
        <source>Cancel the bookings of this series from one day to another, both included. The fees are shown before anything is cancelled.</source>
        <translation>Cancela as reservas desta série de um dia a outro, ambos incluídos. As taxas são mostradas antes de cancelar qualquer coisa.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>First day to cancel</source>
        <translation>Primeiro dia a cancelar</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Até:</translation>
    </message>
    <message>
        <source>Last day to cancel</source>
        <translation>Último dia a cancelar</translation>
    </message>
    <message>
        <source>Bookings in the range</source>
        <translation>Reservas no intervalo</translation>
    </message>
    <message>
        <source>No booking of this series falls on these days.</source>
        <translation>Nenhuma reserva desta série cai nestes dias.</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) of this series will be cancelled.</source>
        <translation>
            <numerusform>%n reserva desta série será cancelada.</numerusform>
            <numerusform>%n reservas desta série serão canceladas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeriesRuleWords</name>
    <message>
        <source>daily</source>
        <translation>diariamente</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>a cada %n dia</numerusform>
            <numerusform>a cada %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensalmente</translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>a cada %n mês</numerusform>
            <numerusform>a cada %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>semanalmente</translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>a cada %n semana</numerusform>
            <numerusform>a cada %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>weekly on %1</source>
        <translation>semanalmente à %1</translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s) on %1</source>
        <translation>
            <numerusform>todas as semanas à %1</numerusform>
            <numerusform>a cada %n semanas à %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, até %2</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Portal Desk</source>
        <translation>Iniciar sessão — Portal Desk</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sessão</translation>
    </message>
    <message>
        <source>Sign in with the e-mail and password you use on your space&apos;s website.</source>
        <translation>Iniciar sessão com o e-mail e a palavra-passe utilizados no site do espaço.</translation>
    </message>
    <message>
        <source>&amp;Space:</source>
        <translation>&amp;Espaço:</translation>
    </message>
    <message>
        <source>coworkfactory, or the space&apos;s web address</source>
        <translation>coworkfactory, ou o endereço web do espaço</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espaço</translation>
    </message>
    <message>
        <source>Your space&apos;s name or web address</source>
        <translation>Nome ou endereço web do espaço</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nome@example.com</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Palavra-passe:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Palavra-passe</translation>
    </message>
    <message>
        <source>Two-factor &amp;code:</source>
        <translation>&amp;Código de dois fatores:</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>Código de 6 dígitos</translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation>Código de dois fatores</translation>
    </message>
    <message>
        <source>The code shown by your authenticator app</source>
        <translation>O código apresentado pela aplicação de autenticação</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Mensagem de início de sessão</translation>
    </message>
    <message>
        <source>Message icon</source>
        <translation>Ícone da mensagem</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Set a &amp;new password…</source>
        <translation>Definir uma &amp;nova palavra-passe…</translation>
    </message>
    <message>
        <source>Set a new password</source>
        <translation>Definir uma nova palavra-passe</translation>
    </message>
    <message>
        <source>Opens your space&apos;s password page in the web browser</source>
        <translation>Abre a página de palavra-passe do espaço no navegador web</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Botões da caixa de diálogo</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>A iniciar sessão…</translation>
    </message>
    <message>
        <source>Enter the e-mail address of your account, such as name@example.com.</source>
        <translation>Introduzir o endereço de e-mail da conta, por exemplo nome@example.com.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Introduzir a palavra-passe.</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Introduzir o código da aplicação de autenticação.</translation>
    </message>
    <message>
        <source>Signing in did not work. Please try again.</source>
        <translation>Não foi possível iniciar sessão. Tentar novamente.</translation>
    </message>
    <message>
        <source>The code was not accepted. Enter the current code from your authenticator app.</source>
        <translation>O código não foi aceite. Introduzir o código atual da aplicação de autenticação.</translation>
    </message>
    <message>
        <source>Could not sign in:</source>
        <translation>Não foi possível iniciar sessão:</translation>
    </message>
    <message>
        <source>One more step:</source>
        <translation>Só mais um passo:</translation>
    </message>
</context>
<context>
    <name>StaffGate</name>
    <message>
        <source>The &quot;%1&quot; view is only for the space&apos;s staff; this account is a member.</source>
        <translation>A vista “%1” é apenas para a equipa do espaço; esta conta é de um membro.</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; view is not part of this version yet; showing the rooms.</source>
        <translation>A vista “%1” ainda não faz parte desta versão; são apresentadas as salas.</translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <source>%1: page %2 of %3</source>
        <translation>%1: página %2 de %3</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progresso da sincronização</translation>
    </message>
    <message>
        <source>Stop sync</source>
        <translation>Parar sincronização</translation>
    </message>
</context>
<context>
    <name>SyncWording</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1; skipped: %2</source>
        <translation>%1; ignorados: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>this account may not read them</source>
        <translation>esta conta não os pode ler</translation>
    </message>
    <message>
        <source>the space does not offer them</source>
        <translation>o espaço não os disponibiliza</translation>
    </message>
    <message>
        <source>Sync stopped at %1: %2 What was synced before is kept.</source>
        <translation>A sincronização parou em %1: %2 O que já tinha sido sincronizado é mantido.</translation>
    </message>
    <message>
        <source>Nothing could be synced: the space offers none of its data to this account (%1).</source>
        <translation>Não foi possível sincronizar nada: o espaço não disponibiliza nenhum dos seus dados a esta conta (%1).</translation>
    </message>
</context>
<context>
    <name>TenantsView</name>
    <message>
        <source>Tenants</source>
        <translation>Inquilinos</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Pesquisar:</translation>
    </message>
    <message>
        <source>Search tenants</source>
        <translation>Pesquisar inquilinos</translation>
    </message>
    <message>
        <source>Name, e-mail, phone or unit</source>
        <translation>Nome, e-mail, telefone ou fração</translation>
    </message>
    <message>
        <source>Tenant details</source>
        <translation>Dados do inquilino</translation>
    </message>
    <message>
        <source>No tenant matches this search.</source>
        <translation>Nenhum inquilino corresponde a esta pesquisa.</translation>
    </message>
    <message>
        <source>The tenants could not be loaded: %1</source>
        <translation>Não foi possível carregar os inquilinos: %1</translation>
    </message>
    <message>
        <source>The tenant&apos;s details could not be loaded: %1</source>
        <translation>Não foi possível carregar os dados do inquilino: %1</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Fração: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefone: %1</translation>
    </message>
    <message>
        <source>Emergency contacts:</source>
        <translation>Contactos de emergência:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>api::ApiError</name>
    <message>
        <source>The connection was lost before the space answered. The change may or may not have been saved: check before trying again.</source>
        <translation>A ligação perdeu-se antes de o espaço responder. A alteração pode ou não ter sido guardada: convém verificar antes de tentar novamente.</translation>
    </message>
    <message>
        <source>The space could not be reached. Check your internet connection.</source>
        <translation>Não foi possível contactar o espaço. Verificar a ligação à Internet.</translation>
    </message>
    <message>
        <source>The space did not answer in time. The change may or may not have been saved: check before trying again.</source>
        <translation>O espaço não respondeu a tempo. A alteração pode ou não ter sido guardada: convém verificar antes de tentar novamente.</translation>
    </message>
    <message>
        <source>The space took too long to answer. Please try again.</source>
        <translation>O espaço demorou demasiado a responder. Tentar novamente.</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>A sessão expirou. É necessário iniciar sessão novamente.</translation>
    </message>
    <message>
        <source>Your account is not allowed to see this.</source>
        <translation>Esta conta não tem permissão para ver isto.</translation>
    </message>
    <message>
        <source>This item no longer exists on the space.</source>
        <translation>Este item já não existe no espaço.</translation>
    </message>
    <message numerus="yes">
        <source>The space is busy. Trying again in %n second(s).</source>
        <translation>
            <numerusform>O espaço está ocupado. Nova tentativa dentro de %n segundo.</numerusform>
            <numerusform>O espaço está ocupado. Nova tentativa dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The space is busy. Please wait a moment and try again.</source>
        <translation>O espaço está ocupado. Aguardar um momento e tentar novamente.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n campo precisa de atenção.</numerusform>
            <numerusform>%n campos precisam de atenção.</numerusform>
        </translation>
    </message>
    <message>
        <source>The space refused the change: %1</source>
        <translation>O espaço recusou a alteração: %1</translation>
    </message>
    <message>
        <source>The space refused the change.</source>
        <translation>O espaço recusou a alteração.</translation>
    </message>
    <message>
        <source>The space had a problem answering. Please try again later.</source>
        <translation>O espaço teve um problema ao responder. Tentar novamente mais tarde.</translation>
    </message>
    <message>
        <source>The space sent an answer Portal Desk cannot read.</source>
        <translation>O espaço enviou uma resposta que o Portal Desk não consegue ler.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>O pedido foi cancelado.</translation>
    </message>
    <message>
        <source>The space refused the request (error %1).</source>
        <translation>O espaço recusou o pedido (erro %1).</translation>
    </message>
    <message>
        <source>This space does not offer this.</source>
        <translation>Este espaço não disponibiliza isto.</translation>
    </message>
    <message>
        <source>The space answered with a redirect to another address: %1. Portal Desk did not follow it, so your sign-in stays with the space.</source>
        <translation>O espaço respondeu com um redirecionamento para outro endereço: %1. O Portal Desk não o seguiu, por isso a sua sessão fica com o espaço.</translation>
    </message>
    <message>
        <source>The space sent an answer larger than %1 MB; Portal Desk stopped reading it.</source>
        <translation>O espaço enviou uma resposta com mais de %1 MB; o Portal Desk deixou de a ler.</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: %2</source>
        <translation>A ligação segura a %1 foi recusada: %2</translation>
    </message>
</context>
<context>
    <name>api::ListPage</name>
    <message>
        <source>The list answer has no records.</source>
        <translation>A resposta da lista não contém registos.</translation>
    </message>
</context>
<context>
    <name>api::ServerAddress</name>
    <message>
        <source>Enter your space&apos;s name or web address.</source>
        <translation>Introduzir o nome ou o endereço web do espaço.</translation>
    </message>
    <message>
        <source>This is not a valid space name or web address.</source>
        <translation>Este não é um nome de espaço nem um endereço web válido.</translation>
    </message>
    <message>
        <source>Only https:// addresses are supported.</source>
        <translation>Só são suportados endereços https://.</translation>
    </message>
    <message>
        <source>Plain http:// is not safe for signing in. Use the space&apos;s https:// address.</source>
        <translation>O http:// simples não é seguro para iniciar sessão. Usar o endereço https:// do espaço.</translation>
    </message>
</context>
<context>
    <name>auth::SignInError</name>
    <message>
        <source>The e-mail or password is not correct.</source>
        <translation>O e-mail ou a palavra-passe não estão corretos.</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Introduzir o código da aplicação de autenticação.</translation>
    </message>
    <message>
        <source>You need to set a new password on the space&apos;s website first.</source>
        <translation>Primeiro é necessário definir uma nova palavra-passe no site do espaço.</translation>
    </message>
</context>
<context>
    <name>cache::OfflineStore</name>
    <message>
        <source>The offline copy cannot be kept: the folder %1 cannot be created.</source>
        <translation>Não é possível manter a cópia offline: não é possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>The offline copy of this account could not be read, so it was set aside and will be rebuilt from the space.</source>
        <translation>Não foi possível ler a cópia offline desta conta, por isso foi posta de parte e será reconstruída a partir do espaço.</translation>
    </message>
    <message>
        <source>The offline copy was written by a newer version of Portal Desk.</source>
        <translation>A cópia offline foi escrita por uma versão mais recente do Portal Desk.</translation>
    </message>
    <message>
        <source>The offline copy could not be opened: %1</source>
        <translation>Não foi possível abrir a cópia offline: %1</translation>
    </message>
    <message>
        <source>The offline copy could not be updated: %1</source>
        <translation>Não foi possível atualizar a cópia offline: %1</translation>
    </message>
    <message>
        <source>The offline copy could not be removed: %1</source>
        <translation>Não foi possível remover a cópia offline: %1</translation>
    </message>
    <message>
        <source>The disk is full, so the offline copy could not be updated. What was saved before is kept.</source>
        <translation>O disco está cheio, por isso não foi possível atualizar a cópia offline. O que já estava guardado é mantido.</translation>
    </message>
    <message>
        <source>The offline copy is damaged (%1).</source>
        <translation>A cópia offline está danificada (%1).</translation>
    </message>
</context>
<context>
    <name>domain::Amenity</name>
    <message>
        <source>Projector</source>
        <translation>Projetor</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Conference phone</source>
        <translation>Telefone de conferência</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Whiteboard</source>
        <translation>Quadro branco</translation>
    </message>
    <message>
        <source>Large display</source>
        <translation>Ecrã grande</translation>
    </message>
    <message>
        <source>Catering</source>
        <translation>Catering</translation>
    </message>
    <message>
        <source>Tea and coffee</source>
        <translation>Chá e café</translation>
    </message>
    <message>
        <source>Drinks</source>
        <translation>Bebidas</translation>
    </message>
    <message>
        <source>Security lock</source>
        <translation>Fechadura de segurança</translation>
    </message>
    <message>
        <source>CCTV</source>
        <translation>Videovigilância</translation>
    </message>
    <message>
        <source>Voice recorder</source>
        <translation>Gravador de voz</translation>
    </message>
    <message>
        <source>Air conditioning</source>
        <translation>Ar condicionado</translation>
    </message>
    <message>
        <source>Heating</source>
        <translation>Aquecimento</translation>
    </message>
    <message>
        <source>Natural light</source>
        <translation>Luz natural</translation>
    </message>
    <message>
        <source>Standing desk</source>
        <translation>Mesa para trabalhar de pé</translation>
    </message>
    <message>
        <source>Quiet zone</source>
        <translation>Zona silenciosa</translation>
    </message>
    <message>
        <source>Wireless charger</source>
        <translation>Carregador sem fios</translation>
    </message>
    <message>
        <source>Privacy screen</source>
        <translation>Filtro de privacidade</translation>
    </message>
    <message>
        <source>Soundproof</source>
        <translation>Isolamento acústico</translation>
    </message>
    <message>
        <source>Video conferencing</source>
        <translation>Videoconferência</translation>
    </message>
    <message>
        <source>Dual display screen</source>
        <translation>Ecrã duplo</translation>
    </message>
    <message>
        <source>Display screen</source>
        <translation>Ecrã</translation>
    </message>
    <message>
        <source>Wireless presentation</source>
        <translation>Apresentação sem fios</translation>
    </message>
    <message>
        <source>PA system</source>
        <translation>Sistema de som</translation>
    </message>
    <message>
        <source>Desktop monitor</source>
        <translation>Monitor de mesa</translation>
    </message>
    <message>
        <source>Flip chart</source>
        <translation>Flipchart</translation>
    </message>
    <message>
        <source>Secure storage</source>
        <translation>Armazenamento seguro</translation>
    </message>
</context>
<context>
    <name>domain::AmenityGroup</name>
    <message>
        <source>Audio-visual</source>
        <translation>Audiovisual</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Conectividade</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espaço de trabalho</translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation>Conforto</translation>
    </message>
    <message>
        <source>Food &amp; drink</source>
        <translation>Comida e bebida</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Segurança</translation>
    </message>
</context>
<context>
    <name>domain::BookingErrors</name>
    <message>
        <source>This room no longer exists.</source>
        <translation>Esta sala já não existe.</translation>
    </message>
    <message>
        <source>Your account cannot book at this space yet.</source>
        <translation>Esta conta ainda não pode fazer reservas neste espaço.</translation>
    </message>
    <message>
        <source>The room is already booked at that time.</source>
        <translation>A sala já está reservada a essa hora.</translation>
    </message>
    <message>
        <source>An event takes place in the room at that time.</source>
        <translation>Decorre um evento na sala a essa hora.</translation>
    </message>
    <message>
        <source>The room is full at that time.</source>
        <translation>A sala está lotada a essa hora.</translation>
    </message>
    <message>
        <source>The room is not open at that time.</source>
        <translation>A sala não está aberta a essa hora.</translation>
    </message>
    <message>
        <source>That time has already passed.</source>
        <translation>Essa hora já passou.</translation>
    </message>
    <message>
        <source>You have reached your booking limit for this week.</source>
        <translation>Foi atingido o limite de reservas desta semana.</translation>
    </message>
    <message>
        <source>You have reached your booking limit for this month.</source>
        <translation>Foi atingido o limite de reservas deste mês.</translation>
    </message>
    <message>
        <source>Your plan does not include this room.</source>
        <translation>O plano subscrito não inclui esta sala.</translation>
    </message>
    <message>
        <source>The room is not available for booking.</source>
        <translation>A sala não está disponível para reserva.</translation>
    </message>
    <message>
        <source>That is too soon: this room must be booked further in advance.</source>
        <translation>Demasiado cedo: esta sala tem de ser reservada com mais antecedência.</translation>
    </message>
    <message>
        <source>That is too far ahead: this room cannot be booked that early.</source>
        <translation>Demasiado longe: esta sala não pode ser reservada com tanta antecedência.</translation>
    </message>
    <message>
        <source>The booking is longer than this room allows.</source>
        <translation>A reserva é mais longa do que esta sala permite.</translation>
    </message>
    <message>
        <source>The booking is shorter than this room allows.</source>
        <translation>A reserva é mais curta do que esta sala permite.</translation>
    </message>
    <message>
        <source>The room needs a break between bookings at that time.</source>
        <translation>A sala precisa de um intervalo entre reservas a essa hora.</translation>
    </message>
    <message>
        <source>You booked this recently; the space asks you to wait before booking again.</source>
        <translation>Esta reserva foi feita há pouco; o espaço pede que se aguarde antes de reservar novamente.</translation>
    </message>
    <message>
        <source>The space does not allow this booking.</source>
        <translation>O espaço não permite esta reserva.</translation>
    </message>
    <message>
        <source>The room cannot be booked at that time.</source>
        <translation>A sala não pode ser reservada a essa hora.</translation>
    </message>
</context>
<context>
    <name>domain::BookingPolicyExplainer</name>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>parts of a length of time: 1 hour 30 minutes</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cancel at least %1 before the start</source>
        <translation>Cancelar pelo menos %1 antes do início</translation>
    </message>
    <message>
        <source>Cancelling less than %1 before the start costs a fee</source>
        <translation>Cancelar com menos de %1 de antecedência tem uma taxa</translation>
    </message>
    <message>
        <source>Cancelling less than %1 before the start costs %2</source>
        <translation>Cancelar com menos de %1 de antecedência custa %2</translation>
    </message>
    <message>
        <source>Cancelling a booking costs a fee</source>
        <translation>Cancelar uma reserva tem uma taxa</translation>
    </message>
    <message>
        <source>Cancelling a booking costs %1</source>
        <translation>Cancelar uma reserva custa %1</translation>
    </message>
    <message>
        <source>Only members and contacts can book</source>
        <translation>Apenas membros e contactos podem reservar</translation>
    </message>
    <message>
        <source>Only members can book</source>
        <translation>Apenas membros podem reservar</translation>
    </message>
    <message>
        <source>Only contacts can book</source>
        <translation>Apenas contactos podem reservar</translation>
    </message>
    <message>
        <source>Only customers of this location can book</source>
        <translation>Apenas clientes desta localização podem reservar</translation>
    </message>
    <message numerus="yes">
        <source>Only members of %n team(s) can book</source>
        <translation>
            <numerusform>Apenas membros de %n equipa podem reservar</numerusform>
            <numerusform>Apenas membros de %n equipas podem reservar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only members on %n plan(s) can book</source>
        <translation>
            <numerusform>Apenas membros com %n plano específico podem reservar</numerusform>
            <numerusform>Apenas membros com um de %n planos podem reservar</numerusform>
        </translation>
    </message>
    <message>
        <source>Book up to %1 ahead</source>
        <translation>Reservar com até %1 de antecedência</translation>
    </message>
    <message>
        <source>Book at least %1 before the start</source>
        <translation>Reservar pelo menos %1 antes do início</translation>
    </message>
    <message>
        <source>Bookings last at least %1</source>
        <translation>As reservas duram pelo menos %1</translation>
    </message>
    <message>
        <source>Bookings last at most %1</source>
        <translation>As reservas duram no máximo %1</translation>
    </message>
    <message>
        <source>Bookings are at least %1 apart</source>
        <translation>Entre duas reservas tem de haver pelo menos %1</translation>
    </message>
    <message>
        <source>After your booking ends, wait %1 before booking this room again</source>
        <translation>Depois de uma reserva terminar, é necessário aguardar %1 para voltar a reservar esta sala</translation>
    </message>
    <message>
        <source>After your booking ends, wait %1 before booking any room again</source>
        <translation>Depois de uma reserva terminar, é necessário aguardar %1 para voltar a reservar qualquer sala</translation>
    </message>
    <message>
        <source>After each booking, nobody can book this room for %1</source>
        <translation>Depois de cada reserva, ninguém pode reservar esta sala durante %1</translation>
    </message>
    <message>
        <source>Bookings need the space&apos;s approval</source>
        <translation>As reservas precisam da aprovação do espaço</translation>
    </message>
    <message numerus="yes">
        <source>Up to %n booking(s) can share this room at the same time</source>
        <translation>
            <numerusform>Até %n reserva em simultâneo nesta sala</numerusform>
            <numerusform>Até %n reservas em simultâneo nesta sala</numerusform>
        </translation>
    </message>
    <message>
        <source>Several bookings can share this room at the same time</source>
        <translation>Várias reservas podem partilhar esta sala em simultâneo</translation>
    </message>
    <message numerus="yes">
        <source>Visitors count towards the limit of %n attendee(s)</source>
        <translation>
            <numerusform>Os visitantes contam para o limite de %n participante</numerusform>
            <numerusform>Os visitantes contam para o limite de %n participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A repeating booking can have up to %n occurrence(s)</source>
        <translation>
            <numerusform>Uma reserva recorrente pode ter até %n ocorrência</numerusform>
            <numerusform>Uma reserva recorrente pode ter até %n ocorrências</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A repeating booking can run for up to %n month(s)</source>
        <translation>
            <numerusform>Uma reserva recorrente pode durar até %n mês</numerusform>
            <numerusform>Uma reserva recorrente pode durar até %n meses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>domain::ResourceAudit</name>
    <message>
        <source>Minimum length above maximum</source>
        <translation>Duração mínima superior à máxima</translation>
    </message>
    <message>
        <source>Visible but archived</source>
        <translation>Visível mas arquivado</translation>
    </message>
    <message>
        <source>Shared bookings without a capacity</source>
        <translation>Reservas partilhadas sem capacidade</translation>
    </message>
    <message>
        <source>Type without booking rates</source>
        <translation>Tipo sem tarifas de reserva</translation>
    </message>
    <message>
        <source>Cancellation fee without an amount</source>
        <translation>Taxa de cancelamento sem montante</translation>
    </message>
    <message>
        <source>Visitors limited to an unset capacity</source>
        <translation>Visitantes limitados a uma capacidade não definida</translation>
    </message>
    <message>
        <source>The minimum booking length is longer than the maximum, so no booking can satisfy both.</source>
        <translation>A duração mínima da reserva é superior à máxima, por isso nenhuma reserva pode cumprir ambas.</translation>
    </message>
    <message>
        <source>Archived resources should not be offered, yet these are still visible to members.</source>
        <translation>Os recursos arquivados não deviam ser disponibilizados, mas estes continuam visíveis para os membros.</translation>
    </message>
    <message>
        <source>Several bookings may overlap, but no allocation says how many, so nothing caps them.</source>
        <translation>Várias reservas podem sobrepor-se, mas nenhuma alocação indica quantas, por isso nada as limita.</translation>
    </message>
    <message>
        <source>The resource type has no booking rate, so bookings of it cannot be priced.</source>
        <translation>O tipo de recurso não tem nenhuma tarifa de reserva, por isso não é possível atribuir um preço às respetivas reservas.</translation>
    </message>
    <message>
        <source>A late-cancellation fee is charged, but its amount or percentage is missing or zero.</source>
        <translation>É cobrada uma taxa de cancelamento tardio, mas o montante ou a percentagem está em falta ou é zero.</translation>
    </message>
    <message>
        <source>Visitors are limited to the allocation, but no allocation is set.</source>
        <translation>Os visitantes estão limitados à alocação, mas não está definida nenhuma alocação.</translation>
    </message>
    <message>
        <source>Not checked: the booking rates could not be read with this account.</source>
        <translation>Não verificado: não foi possível ler as tarifas de reserva com esta conta.</translation>
    </message>
    <message>
        <source>Not checked.</source>
        <translation>Não verificado.</translation>
    </message>
</context>
<context>
    <name>domain::ResourceReviewColumns</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Floor or area</source>
        <translation>Piso ou zona</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidade</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Visível</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arquivado</translation>
    </message>
    <message>
        <source>Hidden in calendar</source>
        <translation>Oculto no calendário</translation>
    </message>
    <message>
        <source>Needs approval</source>
        <translation>Requer aprovação</translation>
    </message>
    <message>
        <source>Min. length</source>
        <translation>Duração mín.</translation>
    </message>
    <message>
        <source>Max. length</source>
        <translation>Duração máx.</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sem limite</translation>
    </message>
</context>
<context>
    <name>domain::SystemResourceType</name>
    <message>
        <source>Uncategorised</source>
        <translation>Sem categoria</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>Sala de reuniões</translation>
    </message>
    <message>
        <source>Hot desk</source>
        <translation>Posto flexível</translation>
    </message>
    <message>
        <source>Private office</source>
        <translation>Escritório privado</translation>
    </message>
    <message>
        <source>Event space</source>
        <translation>Espaço para eventos</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Laboratório</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>Cozinha</translation>
    </message>
    <message>
        <source>Treatment room</source>
        <translation>Sala de tratamentos</translation>
    </message>
    <message>
        <source>Storage unit</source>
        <translation>Unidade de armazenamento</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Máquina</translation>
    </message>
    <message>
        <source>Day pass</source>
        <translation>Passe diário</translation>
    </message>
    <message>
        <source>Phone booth</source>
        <translation>Cabine telefónica</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
</context>
<context>
    <name>html::BlogPostHtml</name>
    <message numerus="yes">
        <source>Comments (%n)</source>
        <translation>
            <numerusform>Comentários (%n)</numerusform>
            <numerusform>Comentários (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Ainda não há comentários.</translation>
    </message>
    <message>
        <source>Comments are closed.</source>
        <translation>Os comentários estão fechados.</translation>
    </message>
    <message>
        <source>A member</source>
        <translation>Um membro</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Por %1</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>Em %1</translation>
    </message>
</context>
<context>
    <name>models::ApplicationListModel</name>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Não publicada</translation>
    </message>
</context>
<context>
    <name>models::BlogPostListModel</name>
    <message>
        <source>★ Featured</source>
        <translation>★ Em destaque</translation>
    </message>
</context>
<context>
    <name>models::BookingAccess</name>
    <message>
        <source>Anyone</source>
        <translation>Qualquer pessoa</translation>
    </message>
    <message>
        <source>Members only</source>
        <translation>Apenas membros</translation>
    </message>
    <message>
        <source>Contacts only</source>
        <translation>Apenas contactos</translation>
    </message>
    <message>
        <source>Customers of the location only</source>
        <translation>Apenas clientes da localização</translation>
    </message>
    <message>
        <source>Some teams or plans only</source>
        <translation>Apenas algumas equipas ou planos</translation>
    </message>
</context>
<context>
    <name>models::BookingListModel</name>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>A aguardar aprovação</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Passada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>%1 — %2 (%3, repeating)</source>
        <translation>%1 — %2 (%3, recorrente)</translation>
    </message>
</context>
<context>
    <name>models::BookingSeriesTreeProxy</name>
    <message>
        <source>series</source>
        <translation>série</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %n booking(s), next %3</source>
        <translation>
            <numerusform>%1 — %2, %n reserva, próxima %3</numerusform>
            <numerusform>%1 — %2, %n reservas, próxima %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %n booking(s), all past or cancelled</source>
        <translation>
            <numerusform>%1 — %2, %n reserva, todas passadas ou canceladas</numerusform>
            <numerusform>%1 — %2, %n reservas, todas passadas ou canceladas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>models::PageFeed</name>
    <message>
        <source>The space cannot be reached.</source>
        <translation>Não é possível contactar o espaço.</translation>
    </message>
</context>
<context>
    <name>models::PropertyListModel</name>
    <message>
        <source>Active</source>
        <translation>Ativa</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inativa</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Manutenção</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>Residencial</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Mixed use</source>
        <translation>Uso misto</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>An occupancy rate; %1 is the number (e.g. &quot;93&quot;), written with the locale&apos;s digits.</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Morada</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Frações</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>Ocupadas</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Ocupação</translation>
    </message>
</context>
<context>
    <name>models::ResourceListModel</name>
    <message numerus="yes">
        <source>%n people</source>
        <comment>capacity of a resource</comment>
        <translation>
            <numerusform>%n pessoa</numerusform>
            <numerusform>%n pessoas</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between location and floor in a resource summary</comment>
        <translation>, </translation>
    </message>
    <message>
        <source> · </source>
        <comment>between the parts of a resource summary</comment>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>models::ScheduleModel</name>
    <message>
        <source>Your booking (waiting for approval)</source>
        <translation>A tua reserva (a aguardar aprovação)</translation>
    </message>
    <message>
        <source>Your booking</source>
        <translation>A tua reserva</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Passada</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Livre</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>room, slot start–end: state (e.g. &quot;Room 1, 09:00–09:30: Busy&quot;)</extracomment>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>models::SeriesOccurrenceModel</name>
    <message>
        <source>… Checking</source>
        <translation>… A verificar</translation>
    </message>
    <message>
        <source>✓ Free</source>
        <translation>✓ Livre</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>✗ Could not be checked: %1</source>
        <translation>✗ Não foi possível verificar: %1</translation>
    </message>
    <message>
        <source>… Booking</source>
        <translation>… A reservar</translation>
    </message>
    <message>
        <source>✓ Booked, waiting for the space&apos;s approval</source>
        <translation>✓ Reservada, a aguardar a aprovação do espaço</translation>
    </message>
    <message>
        <source>✓ Booked</source>
        <translation>✓ Reservada</translation>
    </message>
    <message>
        <source>✗ Not booked: %1</source>
        <translation>✗ Não reservada: %1</translation>
    </message>
    <message>
        <source>? Unknown: %1</source>
        <translation>? Desconhecido: %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <source>Can it be booked?</source>
        <translation>Pode ser reservada?</translation>
    </message>
</context>
<context>
    <name>models::TenantListModel</name>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Former</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <extracomment>A tenant in the list: name, unit and status, e.g. &quot;Omar Haddad — A-101 (Active)&quot;.</extracomment>
        <translation>%1 — %2 (%3)</translation>
    </message>
</context>
<context>
    <name>repository::BlogPostLoader</name>
    <message>
        <source>The article could not be read.</source>
        <translation>Não foi possível ler o artigo.</translation>
    </message>
</context>
<context>
    <name>repository::BlogPostRepository</name>
    <message>
        <source>Not signed in.</source>
        <translation>Sessão não iniciada.</translation>
    </message>
</context>
<context>
    <name>repository::BookingCommands</name>
    <message>
        <source>The space accepted the booking, but it does not appear in your bookings yet. Check again in a moment.</source>
        <translation>O espaço aceitou a reserva, mas ainda não aparece nas reservas. Verificar novamente dentro de momentos.</translation>
    </message>
    <message>
        <source>The booking was sent, but your bookings could not be read to confirm it: %1</source>
        <translation>A reserva foi enviada, mas não foi possível ler as reservas para a confirmar: %1</translation>
    </message>
    <message>
        <source>The booking was sent, but you signed out before it could be confirmed. Check your bookings after signing in.</source>
        <translation>A reserva foi enviada, mas você saiu antes de ela poder ser confirmada. Verifique as suas reservas depois de entrar.</translation>
    </message>
</context>
<context>
    <name>repository::Datasets</name>
    <message>
        <source>rooms</source>
        <translation>salas</translation>
    </message>
    <message>
        <source>room details</source>
        <translation>detalhes das salas</translation>
    </message>
    <message>
        <source>bookings</source>
        <translation>reservas</translation>
    </message>
    <message>
        <source>cancelled bookings</source>
        <translation>reservas canceladas</translation>
    </message>
    <message>
        <source>news</source>
        <translation>notícias</translation>
    </message>
    <message>
        <source>news articles</source>
        <translation>artigos de notícias</translation>
    </message>
    <message>
        <source>your profile</source>
        <translation>o seu perfil</translation>
    </message>
    <message>
        <source>applications</source>
        <translation>aplicações</translation>
    </message>
    <message>
        <source>application details</source>
        <translation>detalhes das aplicações</translation>
    </message>
    <message>
        <source>resources for review</source>
        <translation>recursos para revisão</translation>
    </message>
    <message>
        <source>resource details for review</source>
        <translation>detalhes dos recursos para revisão</translation>
    </message>
    <message>
        <source>resource types</source>
        <translation>tipos de recurso</translation>
    </message>
    <message>
        <source>booking rates</source>
        <translation>tarifas de reserva</translation>
    </message>
</context>
<context>
    <name>repository::MyBookingsRepository</name>
    <message>
        <source>This account may not see cancelled bookings.</source>
        <translation>Esta conta não pode ver as reservas canceladas.</translation>
    </message>
    <message>
        <source>This space does not list cancelled bookings.</source>
        <translation>Este espaço não disponibiliza a lista de reservas canceladas.</translation>
    </message>
    <message>
        <source>This account may not see its bookings here.</source>
        <translation>Esta conta não pode ver aqui as suas reservas.</translation>
    </message>
    <message>
        <source>This space does not list bookings to Portal Desk.</source>
        <translation>Este espaço não disponibiliza a lista de reservas ao Portal Desk.</translation>
    </message>
</context>
<context>
    <name>repository::ResourceCsvExport</name>
    <message>
        <source>Not signed in.</source>
        <translation>Sessão não iniciada.</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation>Não foi possível escrever “%1”: %2</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Não foi possível escrever o ficheiro: %1</translation>
    </message>
</context>
<context>
    <name>repository::ResourceDetailsLoader</name>
    <message>
        <source>The room&apos;s details could not be loaded.</source>
        <translation>Não foi possível carregar os detalhes da sala.</translation>
    </message>
    <message>
        <source>The space answered with another room.</source>
        <translation>O espaço respondeu com outra sala.</translation>
    </message>
</context>
<context>
    <name>repository::SeriesBooking</name>
    <message>
        <source>The clocks go forward that night: %1 does not exist on that day.</source>
        <translation>Nessa noite os relógios adiantam: %1 não existe nesse dia.</translation>
    </message>
    <message>
        <source>Not sent: the answer about %1 was lost. Check your bookings, then book the rest again.</source>
        <translation>Não enviada: a resposta sobre %1 perdeu-se. Verifique as suas reservas e depois reserve o resto de novo.</translation>
    </message>
</context>
<context>
    <name>repository::calls</name>
    <message>
        <source>Not signed in.</source>
        <translation>Sessão não iniciada.</translation>
    </message>
</context>
</TS>
