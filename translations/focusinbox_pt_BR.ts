<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="../app/cli/manpage.cpp" line="+107"/>
        <source>Displays help on commandline options.</source>
        <translation>Exibe a ajuda sobre as opções de linha de comando.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Displays help including Qt specific options.</source>
        <translation>Exibe a ajuda, incluindo as opções específicas do Qt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Displays version information.</source>
        <translation>Exibe as informações de versão.</translation>
    </message>
</context>
<context>
    <name>fi</name>
    <message>
        <location filename="../models/accessibletext.cpp" line="+33"/>
        <location line="+2"/>
        <source>%1 %2</source>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>deadline met</source>
        <translation>prazo cumprido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deadline missed</source>
        <translation>prazo perdido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>due in %1</source>
        <translation>vence em %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due now</source>
        <translation>vence agora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue by %1</source>
        <translation>atrasado há %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (working)</source>
        <translation>%1 (horário de trabalho)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snoozed</source>
        <translation>Adiado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no subject</source>
        <translation>sem assunto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unread</source>
        <translation>não lido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>flagged</source>
        <translation>sinalizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../views/keyboard/shortcutbindings.cpp" line="+73"/>
        <source>“%1” is not a key sequence (examples: “E”, “Ctrl+K”, “G, N”)</source>
        <translation>“%1” não é uma sequência de teclas (exemplos: “E”, “Ctrl+K”, “G, N”)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: “%2” is already used by “%3”; not bound</source>
        <translation>%1: “%2” já é usado por “%3”; não foi atribuído</translation>
    </message>
</context>
<context>
    <name>fi::AboutDialog</name>
    <message>
        <location filename="../views/about/aboutdialog.cpp" line="+23"/>
        <source>unknown</source>
        <translation>desconhecida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (at build time)</source>
        <translation>%1 (na compilação)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About Focus Inbox</source>
        <translation>Sobre o Focus Inbox</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Focus Inbox</source>
        <translation>Focus Inbox</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A tiered inbox with response deadlines that guards deep work.</source>
        <translation>Uma caixa de entrada em níveis, com prazos de resposta, que protege o seu foco.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>License: %1</source>
        <translation>Licença: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Built with these libraries:</source>
        <translation>Compilado com estas bibliotecas:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>License</source>
        <translation>Licença</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used for</source>
        <translation>Usada para</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Libraries</source>
        <translation>Bibliotecas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the version and the libraries, e.g. for a bug report</source>
        <translation>Copiar a versão e as bibliotecas, ex.: para um relatório de erro</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Version %1</source>
        <translation>Versão %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1 (revision %2)</source>
        <translation>Versão %1 (revisão %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Focus Inbox %1</source>
        <translation>Focus Inbox %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus Inbox %1 (revision %2)</source>
        <translation>Focus Inbox %1 (revisão %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
</context>
<context>
    <name>fi::AccountsFeature</name>
    <message>
        <location filename="../app/accounts/accountsfeature.cpp" line="+63"/>
        <source>Edit Source</source>
        <translation>Editar fonte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is a %2 source, which cannot be edited here; remove it and add it again to change it.</source>
        <translation>&quot;%1&quot; é uma fonte do tipo %2, que não pode ser editada aqui; remova-a e adicione-a novamente para alterá-la.</translation>
    </message>
</context>
<context>
    <name>fi::AppConfig</name>
    <message>
        <location filename="../models/config/appconfig.cpp" line="+49"/>
        <source>%1 could not be kept aside before saving (%2); not overwritten</source>
        <translation>Não foi possível pôr %1 de lado antes de salvar (%2); não foi sobrescrito</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be an object of action id → list of keys</source>
        <translation>deve ser um objeto de id de ação → lista de teclas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: must be a list of key strings such as [&quot;Ctrl+K&quot;]</source>
        <translation>%1: deve ser uma lista de strings de teclas, como [&quot;Ctrl+K&quot;]</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: não foi possível ler: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1; using defaults</source>
        <translation>%1; usando os valores padrão</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>every entry must be a string</source>
        <translation>cada entrada deve ser uma string</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a GitHub login (letters, digits and &apos;-&apos;, at most 39)</source>
        <translation>&quot;%1&quot; não é um login do GitHub (letras, dígitos e &apos;-&apos;, no máximo 39)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>startMinimized must be true or false</source>
        <translation>startMinimized deve ser true ou false</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>language must be &quot;&quot; (the system&apos;s), &quot;en&quot;, &quot;es&quot; or &quot;pt_BR&quot;</source>
        <translation>language deve ser &quot;&quot; (o do sistema), &quot;en&quot;, &quot;es&quot; ou &quot;pt_BR&quot;</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>conversations must be true or false</source>
        <translation>conversations deve ser true ou false</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>afterAction must be &quot;next&quot; or &quot;previous&quot;</source>
        <translation>afterAction deve ser &quot;next&quot; ou &quot;previous&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be at least 5 seconds</source>
        <translation>deve ser de pelo menos 5 segundos</translation>
    </message>
</context>
<context>
    <name>fi::AppPaths</name>
    <message>
        <location filename="../models/config/apppaths.cpp" line="+116"/>
        <source>Could not move %1 to the new folders; it stays where it is.</source>
        <translation>Não foi possível mover %1 para as novas pastas; permanece no local atual.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is a symbolic link; Focus Inbox writes its logs only into a real directory.</source>
        <translation>%1 é um link simbólico; o Focus Inbox só grava seus logs em um diretório real.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create the data directory %1</source>
        <translation>Não foi possível criar o diretório de dados %1</translation>
    </message>
</context>
<context>
    <name>fi::Application</name>
    <message>
        <location filename="../app/application.cpp" line="+68"/>
        <source>Keep database, config and logs in &lt;dir&gt;.</source>
        <translation>Manter o banco de dados, a configuração e os logs em &lt;dir&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start hidden in the tray.</source>
        <translation>Iniciar oculto na bandeja do sistema.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <location line="+153"/>
        <location line="+7"/>
        <location line="+51"/>
        <source>Focus Inbox</source>
        <translation>Focus Inbox</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>Focus Inbox cannot open its database</source>
        <translation>O Focus Inbox não consegue abrir o banco de dados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>open: no item with id %1 (the &quot;id&quot; of list --json)</source>
        <translation>open: nenhum item com o id %1 (o &quot;id&quot; de list --json)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not load the message: %1</source>
        <translation>Não foi possível carregar a mensagem: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The item&apos;s source no longer exists.</source>
        <translation>A fonte do item não existe mais.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 new, %3 updated, %4 failed</source>
        <translation>%1: %2 novos, %3 atualizados, %4 com falha</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: sync failed: %2</source>
        <translation>%1: falha ao sincronizar: %2</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>open: %1</source>
        <translation>open: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Another Focus Inbox holds the data directory %1 but does not answer; not starting a second one.</source>
        <translation>Outra instância do Focus Inbox está usando o diretório de dados %1, mas não responde; uma segunda não será iniciada.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+12"/>
        <location line="+48"/>
        <source>Focus Inbox is still starting; try again</source>
        <translation>O Focus Inbox ainda está iniciando; tente novamente</translation>
    </message>
</context>
<context>
    <name>fi::ArrivalsHeatMap</name>
    <message>
        <location filename="../views/insights/arrivalsheatmap.cpp" line="+29"/>
        <source>Items received per hour of the week</source>
        <translation>Itens recebidos por hora da semana</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items received per hour of the week (%1), by day and hour starting: %2.</source>
        <translation>Itens recebidos por hora da semana (%1), por dia e hora de início: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%1 %2–%3: %n item(s)</source>
        <translation>
            <numerusform>%1 %2–%3: %n item</numerusform>
            <numerusform>%1 %2–%3: %n itens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fi::ArrivalsSection</name>
    <message>
        <location filename="../views/insights/arrivalssection.cpp" line="+27"/>
        <source>All tiers</source>
        <translation>Todos os níveis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>%n item(s) received; the busiest hour: %1</source>
        <translation>
            <numerusform>%n item recebido; o horário mais movimentado: %1</numerusform>
            <numerusform>%n itens recebidos; o horário mais movimentado: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The stronger the colour, the more items (at most %n in one hour). Times are in %1. Hover over a cell for its count; hours with many arrivals are where focus sessions get interrupted.</source>
        <translation>
            <numerusform>Quanto mais forte a cor, mais itens (no máximo %n em uma hora). Os horários estão em %1. Passe o mouse sobre uma célula para ver a contagem; os horários com muitas chegadas são aqueles em que as sessões de foco são interrompidas.</numerusform>
            <numerusform>Quanto mais forte a cor, mais itens (no máximo %n em uma hora). Os horários estão em %1. Passe o mouse sobre uma célula para ver a contagem; os horários com muitas chegadas são aqueles em que as sessões de foco são interrompidas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fi::BlockedImagesBar</name>
    <message>
        <location filename="../views/blockedimagesbar.cpp" line="+18"/>
        <source>Load images from this feed</source>
        <translation>Carregar as imagens deste feed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this feed&apos;s images now and in its other entries. Loading an image tells its server that you read the entry.</source>
        <translation>Mostrar as imagens deste feed agora e nas outras entradas dele. Carregar uma imagem informa ao servidor dela que você leu a entrada.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n remote image(s) blocked to protect your privacy.</source>
        <translation>
            <numerusform>%n imagem remota bloqueada para proteger sua privacidade.</numerusform>
            <numerusform>%n imagens remotas bloqueadas para proteger sua privacidade.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fi::BodyLoader</name>
    <message>
        <location filename="../models/sources/bodyloader.cpp" line="+15"/>
        <source>Loading message bodies from &quot;%1&quot; sources is not supported.</source>
        <translation>Não há suporte para carregar o corpo das mensagens de fontes &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Items of &quot;%1&quot; sources have no message to open.</source>
        <translation>Os itens de fontes &quot;%1&quot; não têm mensagem para abrir.</translation>
    </message>
    <message>
        <location filename="../models/sources/maildir/maildirbody.cpp" line="+48"/>
        <location line="+23"/>
        <source>The message file &quot;%1&quot; no longer exists in %2.</source>
        <translation>O arquivo de mensagem &quot;%1&quot; não existe mais em %2.</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+23"/>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Não foi possível ler &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Cannot parse &quot;%1&quot;: %2</source>
        <translation>Não foi possível interpretar &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>fi::BreakthroughAlert</name>
    <message>
        <location filename="../views/focus/breakthroughalert.cpp" line="+33"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Done</source>
        <translation>&amp;Concluído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Snooze 1 h</source>
        <translation>A&amp;diar 1 h</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Focus Inbox — Breakthrough</source>
        <translation>Focus Inbox — Interrupção permitida</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Breakthrough — %1 · %2 · %3</source>
        <translation>Interrupção permitida — %1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n mais</numerusform>
            <numerusform>+%n mais</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fi::CalendarSessions</name>
    <message>
        <location filename="../models/focus/calendarsessions.cpp" line="+120"/>
        <source>Cannot read focus calendar %1: %2</source>
        <translation>Não foi possível ler o calendário de foco %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not an iCalendar file.</source>
        <translation>%1 não é um arquivo iCalendar.</translation>
    </message>
</context>
<context>
    <name>fi::ChangeReplayService</name>
    <message>
        <location filename="../models/sync/changereplayservice.cpp" line="+200"/>
        <source>The source cannot send changes now.</source>
        <translation>A fonte não pode enviar alterações agora.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>A change sent to the source could not be saved.</source>
        <translation>Não foi possível salvar uma alteração enviada à fonte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some changes could not be sent yet.</source>
        <translation>Algumas alterações ainda não puderam ser enviadas.</translation>
    </message>
</context>
<context>
    <name>fi::CommandPalette</name>
    <message>
        <location filename="../views/palette/commandpalette.cpp" line="+44"/>
        <source>Command palette</source>
        <translation>Paleta de comandos</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type a command, a view, a source…</source>
        <translation>Digite um comando, uma visualização, uma fonte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../views/palette/paletteproviders.cpp" line="+39"/>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Commands</source>
        <translation>Comandos</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No matching commands</source>
        <translation>Nenhum comando corresponde</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>↑↓ to choose · Enter to run · Esc to close</source>
        <translation>↑↓ para escolher · Enter para executar · Esc para fechar</translation>
    </message>
    <message>
        <location filename="../views/palette/paletteproviders.cpp" line="+46"/>
        <source>On</source>
        <translation>Ativado</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>View</source>
        <translation>Visualização</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sync “%1”</source>
        <translation>Sincronizar “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Edit “%1”…</source>
        <translation>Editar “%1”…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Search</source>
        <translation>Pesquisa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save search…</source>
        <translation>Salvar pesquisa…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved search: %1</source>
        <translation>Pesquisa salva: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete saved search: %1</source>
        <translation>Excluir pesquisa salva: %1</translation>
    </message>
</context>
<context>
    <name>fi::ConditionRow</name>
    <message>
        <location filename="../views/settings/rules/conditionrow.cpp" line="+68"/>
        <source>Sender</source>
        <translation>Remetente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Destinatários</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribute…</source>
        <translation>Atributo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>github.reason, feed.category, mail.list-id…</source>
        <translation>github.reason, feed.category, mail.list-id…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribute key</source>
        <translation>Chave do atributo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contains</source>
        <translation>contém</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is</source>
        <translation>é</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matches regex</source>
        <translation>corresponde à regex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is one of</source>
        <translation>é um de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison</source>
        <translation>Comparação</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+129"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this condition</source>
        <translation>Remover esta condição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove condition</source>
        <translation>Remover condição</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Enter an attribute key, such as github.reason, feed.category or mail.list-id.</source>
        <translation>Digite uma chave de atributo, como github.reason, feed.category ou mail.list-id.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not an attribute key: use &lt;namespace&gt;.&lt;name&gt; in letters, digits, &apos;-&apos; and &apos;_&apos;, such as github.reason.</source>
        <translation>“%1” não é uma chave de atributo: use &lt;namespace&gt;.&lt;nome&gt; com letras, dígitos, &apos;-&apos; e &apos;_&apos;, como github.reason.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter one or more values, separated by commas.</source>
        <translation>Digite um ou mais valores, separados por vírgulas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a value.</source>
        <translation>Digite um valor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invalid regular expression: %1 (at character %2).</source>
        <translation>Expressão regular inválida: %1 (no caractere %2).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Values, separated by commas</source>
        <translation>Valores, separados por vírgulas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular expression (case-insensitive)</source>
        <translation>Expressão regular (sem diferenciar maiúsculas de minúsculas)</translation>
    </message>
</context>
<context>
    <name>fi::ConversationStack</name>
    <message>
        <location filename="../views/conversationstack.cpp" line="+36"/>
        <source>Messages of this conversation</source>
        <translation>Mensagens desta conversa</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 %2 · %3 · %4</source>
        <comment>a message of a conversation: marker, sender, date, snippet</comment>
        <translation>%1 %2 · %3 · %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shown below</source>
        <translation>Exibida abaixo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Press Enter or click to read this message</source>
        <translation>Pressione Enter ou clique para ler esta mensagem</translation>
    </message>
</context>
<context>
    <name>fi::DeadlineFeature</name>
    <message>
        <location filename="../app/deadlines/deadlinefeature.cpp" line="+37"/>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save %1: %2</source>
        <translation>Não foi possível salvar %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Deadlines of %n item(s) recomputed</source>
        <translation>
            <numerusform>Prazo de %n item recalculado</numerusform>
            <numerusform>Prazos de %n itens recalculados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fi::DeadlineState</name>
    <message>
        <location filename="../models/deadlines/deadlinestate.cpp" line="+49"/>
        <source>On track</source>
        <translation>No prazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon</source>
        <translation>Vence em breve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met</source>
        <translation>Cumprido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Não cumprido</translation>
    </message>
</context>
<context>
    <name>fi::DeadlineWarnings</name>
    <message>
        <location filename="../app/deadlines/deadlinewarnings.cpp" line="+85"/>
        <source>Reply overdue: %1</source>
        <translation>Resposta atrasada: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply %1: %2</source>
        <translation>Resposta %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From %1 · %2</source>
        <translation>De %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>fi::DeadlinesPage</name>
    <message>
        <location filename="../views/settings/deadlinespage.cpp" line="+22"/>
        <source>Response windows</source>
        <translation>Prazos de resposta</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+59"/>
        <source>Working hours</source>
        <translation>Horário de trabalho</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clock</source>
        <translation>Relógio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A reply is expected</source>
        <translation>Espera-se uma resposta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calendar</source>
        <translation>Calendário</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1: no reply expected</source>
        <translation>%1: nenhuma resposta esperada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ddd HH:mm</source>
        <translation>ddd HH:mm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ddd d MMM HH:mm</source>
        <translation>ddd d MMM HH:mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: a message received now would be due %2</source>
        <translation>%1: uma mensagem recebida agora venceria %2</translation>
    </message>
</context>
<context>
    <name>fi::DeepWorkSection</name>
    <message>
        <location filename="../views/insights/deepworksection.cpp" line="+36"/>
        <source>Focus hours per day</source>
        <translation>Horas de foco por dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus hours per week</source>
        <translation>Horas de foco por semana</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sessions:</source>
        <translation>Sessões:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended early:</source>
        <translation>Encerradas antes da hora:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extended:</source>
        <translation>Estendidas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest uninterrupted stretch:</source>
        <translation>Maior período sem interrupção:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notifications held for the digest:</source>
        <translation>Notificações em espera para o resumo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breakthroughs let through:</source>
        <translation>Interrupções permitidas:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Breakthroughs</source>
        <translation>Interrupções permitidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sender</source>
        <translation>Remetente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it came through</source>
        <translation>Por que interrompeu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Breakthroughs: what interrupted a session, and why</source>
        <translation>Interrupções permitidas: o que interrompeu uma sessão e por quê</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No focus sessions in this period</source>
        <translation>Nenhuma sessão de foco neste período</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 of deep work kept of %2 scheduled, in %n session(s)</source>
        <translation>
            <numerusform>%1 de trabalho focado cumprido, de um total de %2 agendado, em %n sessão</numerusform>
            <numerusform>%1 de trabalho focado cumprido, de um total de %2 agendado, em %n sessões</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scheduled</source>
        <translation>Agendado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept</source>
        <translation>Cumprido</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 %2 scheduled, %3 kept</source>
        <translation>%1: agendado %2, cumprido %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Week starting</source>
        <translation>Início da semana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day of the month, %1 to %2</source>
        <translation>Dia do mês, de %1 a %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Focus (hours)</source>
        <translation>Foco (horas)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Focus hours per week, scheduled and kept: %1.</source>
        <translation>Horas de foco por semana, agendadas e cumpridas: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus hours per day, scheduled and kept: %1.</source>
        <translation>Horas de foco por dia, agendadas e cumpridas: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(item removed)</source>
        <translation>(item removido)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing broke through a focus session in this period.</source>
        <translation>Nada interrompeu uma sessão de foco neste período.</translation>
    </message>
</context>
<context>
    <name>fi::DigestDialog</name>
    <message>
        <location filename="../views/focus/digestdialog.cpp" line="+17"/>
        <source>While you focused</source>
        <translation>Enquanto você se concentrava</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tier</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>overdue (%1)</source>
        <translation>atrasado (%1)</translation>
    </message>
</context>
<context>
    <name>fi::DndBackend</name>
    <message>
        <location filename="../app/dnd/nodndbackend.cpp" line="+14"/>
        <source>not supported here</source>
        <translation>sem suporte aqui</translation>
    </message>
    <message>
        <location filename="../app/dnd/dbusdndbackends.cpp" line="+39"/>
        <source>dunst</source>
        <translation>dunst</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>KDE Plasma</source>
        <translation>KDE Plasma</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Focus session</source>
        <translation>Sessão de foco</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>GNOME</source>
        <translation>GNOME</translation>
    </message>
</context>
<context>
    <name>fi::DndGuard</name>
    <message>
        <location filename="../app/focus/dndguard.cpp" line="+71"/>
        <source>No desktop Do Not Disturb found</source>
        <translation>Nenhum Não perturbe encontrado na área de trabalho</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: Do Not Disturb is already on; left as it is</source>
        <translation>%1: o Não perturbe já está ativado; foi deixado como está</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the desktop did not let Do Not Disturb be turned on</source>
        <translation>%1: a área de trabalho não permitiu ativar o Não perturbe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: Do Not Disturb turned on and off again</source>
        <translation>%1: o Não perturbe foi ativado e desativado novamente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: Do Not Disturb was switched, but its state could not be read back</source>
        <translation>%1: o Não perturbe foi alternado, mas não foi possível ler o estado dele em seguida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: Do Not Disturb was switched on, but the desktop still says it is off</source>
        <translation>%1: o Não perturbe foi ativado, mas a área de trabalho ainda informa que ele está desativado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(it could not be turned off again)</source>
        <translation>(não foi possível desativá-lo novamente)</translation>
    </message>
</context>
<context>
    <name>fi::DueFormatter</name>
    <message>
        <location filename="../models/deadlines/dueformatter.cpp" line="+45"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ddd d MMM HH:mm</source>
        <translation>ddd d MMM HH:mm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no deadline</source>
        <translation>sem prazo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Now default</source>
        <translation>Agora (padrão)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Async default</source>
        <translation>Assíncrono (padrão)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference default</source>
        <translation>Referência (padrão)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 working</source>
        <translation>%1 em horário de trabalho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No reply expected</source>
        <translation>Nenhuma resposta esperada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due %1
Set by %2</source>
        <translation>Vence em %1
Definido por %2</translation>
    </message>
</context>
<context>
    <name>fi::DueText</name>
    <message>
        <location filename="../models/deadlines/duetext.cpp" line="+18"/>
        <source>%1d %2h</source>
        <translation>%1d %2h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1d</source>
        <translation>%1d</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1h %2m</source>
        <translation>%1h %2m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1h</source>
        <translation>%1h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1m</source>
        <translation>%1m</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>due in %1</source>
        <translation>vence em %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue %1</source>
        <translation>atrasado há %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (working)</source>
        <translation>%1 (horário de trabalho)</translation>
    </message>
</context>
<context>
    <name>fi::FocusController</name>
    <message>
        <location filename="../app/focus/focuscontroller.cpp" line="+346"/>
        <source>unknown focus action %1</source>
        <translation>ação de foco desconhecida %1</translation>
    </message>
</context>
<context>
    <name>fi::FocusDigest</name>
    <message numerus="yes">
        <location filename="../models/focus/focusdigest.cpp" line="+40"/>
        <source>While you focused (%n min)</source>
        <translation>
            <numerusform>Enquanto você se concentrava (%n min)</numerusform>
            <numerusform>Enquanto você se concentrava (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing new arrived.</source>
        <translation>Nada de novo chegou.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new — </source>
        <translation>
            <numerusform>Novos: %n — </numerusform>
            <numerusform>Novos: %n — </numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 Now, %2 Async, %3 Reference</source>
        <translation>%1 Agora, %2 Assíncrono, %3 Referência</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n due within the hour</source>
        <translation>
            <numerusform>; vencem na próxima hora: %n</numerusform>
            <numerusform>; vencem na próxima hora: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fi::FocusIndicator</name>
    <message numerus="yes">
        <location filename="../views/focus/focusindicator.cpp" line="+15"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Desktop Do Not Disturb: %1</source>
        <translation>Não perturbe da área de trabalho: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop Do Not Disturb: not supported here</source>
        <translation>Não perturbe da área de trabalho: sem suporte aqui</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>● Focusing — %1 left · %n held back</source>
        <translation>
            <numerusform>● Modo foco — faltam %1 · %n em espera</numerusform>
            <numerusform>● Modo foco — faltam %1 · %n em espera</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not focusing</source>
        <translation>Sem sessão de foco</translation>
    </message>
</context>
<context>
    <name>fi::FocusMenu</name>
    <message>
        <location filename="../views/focus/focusmenu.cpp" line="+9"/>
        <source>F&amp;ocus</source>
        <translation>&amp;Foco</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Focus for %1 minutes</source>
        <translation>Foco por %1 minutos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E&amp;xtend 15 min</source>
        <translation>&amp;Estender 15 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;End session</source>
        <translation>E&amp;ncerrar sessão</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Start focus (%1 min)</source>
        <translation>&amp;Iniciar foco (%1 min)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Focus until %1</source>
        <translation>Foco até %1</translation>
    </message>
</context>
<context>
    <name>fi::FocusPage</name>
    <message>
        <location filename="../views/settings/focuspage.cpp" line="+79"/>
        <source>Weekly schedule</source>
        <translation>Agenda semanal</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Drag on a day to draw a block; drag its edges to resize it or its middle to move it; Delete removes the selected block. Arrow keys select blocks, Shift+Up/Down changes the end, Ctrl+Up/Down moves it.</source>
        <translation>Arraste sobre um dia para desenhar um bloco; arraste as bordas para redimensioná-lo ou o meio para movê-lo; Delete remove o bloco selecionado. As teclas de seta selecionam blocos, Shift+Up/Down altera o fim e Ctrl+Up/Down move o bloco.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuso horário</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Manual sessions</source>
        <translation>Sessões manuais</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default session length in minutes</source>
        <translation>Duração padrão da sessão em minutos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Start focus lasts</source>
        <translation>Duração de “&amp;Iniciar foco”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sessions from a calendar</source>
        <translation>Sessões de um calendário</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An .ics file (optional)</source>
        <translation>Um arquivo .ics (opcional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A regular expression matched against each event&apos;s title, ignoring case</source>
        <translation>Uma expressão regular comparada com o título de cada evento, sem diferenciar maiúsculas de minúsculas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Events &amp;titled</source>
        <translation>Eventos com &amp;título</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who may interrupt a session</source>
        <translation>Quem pode interromper uma sessão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier &amp;3 only</source>
        <translation>Somente nível &amp;3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier 3 and anything &amp;overdue</source>
        <translation>Nível 3 e qualquer item at&amp;rasado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the senders below</source>
        <translation>Somente os remetentes abaixo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>boss@example.org</source>
        <translation>chefe@example.org</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Senders who always break through</source>
        <translation>Remetentes que sempre podem interromper</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tier 3 breaks through only from these sources (config.json): %1</source>
        <translation>O nível 3 só interrompe quando vem destas fontes (config.json): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Senders who always break through (one address per line):</source>
        <translation>Remetentes que sempre podem interromper (um endereço por linha):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Desktop Do Not Disturb</source>
        <translation>Não perturbe da área de trabalho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn on the desktop&apos;s Do Not &amp;Disturb during sessions</source>
        <translation>Ativar o &amp;Não perturbe da área de trabalho durante as sessões</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Test</source>
        <translation>Te&amp;star</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn Do Not Disturb on, check it, and turn it off again</source>
        <translation>Ativar o Não perturbe, verificar e desativá-lo novamente</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Which desktop Do Not Disturb is used is known once Focus Inbox runs.</source>
        <translation>Qual Não perturbe da área de trabalho será usado só se sabe quando o Focus Inbox estiver em execução.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found on this desktop: %1</source>
        <translation>Encontrado nesta área de trabalho: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No desktop Do Not Disturb found (%1); during sessions only Focus Inbox&apos;s own notifications are held back.</source>
        <translation>Nenhum Não perturbe encontrado na área de trabalho (%1); durante as sessões, só as notificações do próprio Focus Inbox ficam em espera.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Calendar file</source>
        <translation>Arquivo de calendário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>Arquivos iCalendar (*.ics);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The calendar file %1 does not exist or cannot be read.</source>
        <translation>O arquivo de calendário %1 não existe ou não pode ser lido.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Unknown time zone &quot;%1&quot;; pick one from the list (e.g. Europe/Berlin).</source>
        <translation>Fuso horário desconhecido &quot;%1&quot;; escolha um da lista (ex.: America/Sao_Paulo).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The calendar pattern is not a valid regular expression: %1 (at character %2).</source>
        <translation>O padrão do calendário não é uma expressão regular válida: %1 (no caractere %2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not an e-mail address: %1</source>
        <translation>Não é um endereço de e-mail: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>ddd HH:mm</source>
        <translation>ddd HH:mm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In a session now, until %1</source>
        <translation>Em sessão agora, até %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your next session: %1–%2</source>
        <extracomment>The next focus session, e.g. &quot;Your next session: Tue 09:00–11:00&quot;.</extracomment>
        <translation>Sua próxima sessão: %1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No session scheduled</source>
        <translation>Nenhuma sessão agendada</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n session(s) in the next 7 days</source>
        <translation>
            <numerusform>%n sessão nos próximos 7 dias</numerusform>
            <numerusform>%n sessões nos próximos 7 dias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fi::FocusSchedule</name>
    <message>
        <location filename="../models/focus/focusschedule.cpp" line="+63"/>
        <source>unknown weekday %1</source>
        <translation>dia da semana desconhecido %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a block needs &quot;days&quot; and &quot;start&quot;/&quot;end&quot; as HH:mm</source>
        <translation>um bloco precisa de &quot;days&quot; e &quot;start&quot;/&quot;end&quot; no formato HH:mm</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>unknown time zone %1; using the system zone</source>
        <translation>fuso horário desconhecido %1; usando o do sistema</translation>
    </message>
</context>
<context>
    <name>fi::FocusSettings</name>
    <message>
        <location filename="../models/focus/focussettings.cpp" line="+76"/>
        <source>calendar pattern %1 is not a valid regular expression</source>
        <translation>o padrão de calendário %1 não é uma expressão regular válida</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>defaultSessionMinutes must be between 5 and 480</source>
        <translation>defaultSessionMinutes deve estar entre 5 e 480</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>coalesceSeconds must be between 0 and 3600</source>
        <translation>coalesceSeconds deve estar entre 0 e 3600</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>source %1: mode must be notify, badge or silent</source>
        <translation>fonte %1: mode deve ser notify, badge ou silent</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>perTier %1: the key must be 1, 2 or 3 and the mode off, quiet or normal</source>
        <translation>perTier %1: a chave deve ser 1, 2 ou 3 e o modo, off, quiet ou normal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>digest must be true or false</source>
        <translation>digest deve ser true ou false</translation>
    </message>
</context>
<context>
    <name>fi::FocusStateFile</name>
    <message>
        <location filename="../models/focus/focusstatefile.cpp" line="+19"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: não foi possível ler: %2</translation>
    </message>
</context>
<context>
    <name>fi::GeneralPage</name>
    <message>
        <location filename="../views/settings/generalpage.cpp" line="+36"/>
        <source>Startup</source>
        <translation>Inicialização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start Focus Inbox when I &amp;log in</source>
        <translation>Iniciar o Focus Inbox quando eu fizer &amp;login</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start &amp;minimised to the tray</source>
        <translation>Iniciar &amp;minimizado na bandeja do sistema</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adds %1 for your desktop&apos;s session start.</source>
        <translation>Adiciona %1 à inicialização da sessão da sua área de trabalho.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the tray icon appears; notifications still show. Without a tray the window opens anyway.</source>
        <translation>Só o ícone da bandeja aparece; as notificações continuam sendo exibidas. Sem bandeja do sistema, a janela abre mesmo assim.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic (system language)</source>
        <translation>Automático (idioma do sistema)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Takes effect after a restart.</source>
        <translation>Entra em vigor após reiniciar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where your data lives</source>
        <translation>Onde ficam seus dados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data folder</source>
        <translation>Pasta de dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Folder</source>
        <translation>&amp;Abrir pasta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database, config.json, logs and cached messages:</source>
        <translation>O banco de dados, o config.json, os logs e as mensagens em cache:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unknown</source>
        <translation>Desconhecida</translation>
    </message>
</context>
<context>
    <name>fi::GuiLauncher</name>
    <message>
        <location filename="../app/guilauncher.cpp" line="+46"/>
        <source>it cannot be started</source>
        <translation>não pode ser iniciado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it crashed</source>
        <translation>ele travou</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="+30"/>
        <source>focusinbox: the window&apos;s program %1 is not installed next to this one or in %2; commands still work.</source>
        <translation>focusinbox: o programa da janela, %1, não está instalado ao lado deste nem em %2; os comandos continuam funcionando.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>focusinbox: cannot start %1: %2</source>
        <translation>focusinbox: não é possível iniciar %1: %2</translation>
    </message>
</context>
<context>
    <name>fi::ImapAccountDialog</name>
    <message>
        <location filename="../views/sources/imap/imapaccountdialog.cpp" line="+98"/>
        <source>Edit IMAP Account</source>
        <translation>Editar conta IMAP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add IMAP Account</source>
        <translation>Adicionar conta IMAP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Focus Inbox reads the folders you choose. Your password is kept in the system keychain, never in its own files.</source>
        <translation>O Focus Inbox lê as pastas que você escolher. Sua senha fica guardada no chaveiro do sistema, nunca nos arquivos do próprio Focus Inbox.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>imap.example.org</source>
        <translation>imap.example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host name or IP address of the IMAP server</source>
        <translation>Nome do host ou endereço IP do servidor IMAP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS (port 993)</source>
        <translation>TLS (porta 993)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (porta 143)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (unencrypted)</source>
        <translation>Nenhuma (sem criptografia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS encrypts from the first byte; STARTTLS upgrades a plain connection and refuses servers that cannot. Certificates are verified against the system&apos;s trusted authorities.</source>
        <translation>O TLS criptografa desde o primeiro byte; o STARTTLS converte uma conexão sem criptografia em criptografada e recusa servidores que não conseguem fazer isso. Os certificados são verificados com as autoridades confiáveis do sistema.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follows the security choice (993 or 143) unless you change it</source>
        <translation>Acompanha a opção de segurança (993 ou 143), a menos que você o altere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow &amp;plaintext on this network</source>
        <translation>Permitir &amp;texto sem criptografia nesta rede</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sends your password and mail unencrypted to this server. Only for networks you trust; loopback never needs this.</source>
        <translation>Envia sua senha e seus e-mails sem criptografia para este servidor. Somente para redes em que você confia; uma conexão de loopback (local) nunca precisa disso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;egurança:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+551"/>
        <source>you@example.org</source>
        <translation>voce@example.org</translation>
    </message>
    <message>
        <location line="-550"/>
        <source>Your IMAP user name, often your email address</source>
        <translation>Seu nome de usuário IMAP, geralmente seu endereço de e-mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave empty to keep the password stored in the keychain</source>
        <translation>Deixe em branco para manter a senha salva no chaveiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored in the system keychain</source>
        <translation>Fica salva no chaveiro do sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unchanged</source>
        <translation>sem alteração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Se&amp;nha:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+531"/>
        <source>&amp;Check connection &amp;&amp; load folders</source>
        <translation>&amp;Verificar conexão &amp;&amp; carregar pastas</translation>
    </message>
    <message>
        <location line="-528"/>
        <source>Connect, log in and list the server&apos;s folders (nothing is changed)</source>
        <translation>Conectar, fazer login e listar as pastas do servidor (nada é alterado)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Trust this certificate for this account</source>
        <translation>Con&amp;fiar neste certificado para esta conta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept exactly the certificate with this SHA-256 fingerprint for this account, although no trusted authority vouches for it. A different certificate is refused again.</source>
        <translation>Aceitar para esta conta exatamente o certificado com esta impressão digital SHA-256, mesmo que nenhuma autoridade confiável o garanta. Qualquer outro certificado continuará sendo recusado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SHA-256 fingerprint of the server&apos;s certificate: compare it with the one your provider or administrator gives you</source>
        <translation>Impressão digital SHA-256 do certificado do servidor: compare-a com a fornecida pelo seu provedor ou administrador</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+5"/>
        <source>Folders to watch</source>
        <translation>Pastas a monitorar</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Mail in the checked folders lands in your inbox. Space checks the current folder.</source>
        <translation>Os e-mails das pastas marcadas vão para sua caixa de entrada. A barra de espaço marca a pasta atual.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the connection to choose from the server&apos;s folders.</source>
        <translation>Verifique a conexão para escolher entre as pastas do servidor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Options</source>
        <translation>Opções</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark items done here as &amp;read on the server</source>
        <translation>Marcar no servidor como &amp;lidos os itens concluídos aqui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write back: opening or finishing an item sets \Seen on the server, and done items move to the archive folder if one is chosen</source>
        <translation>Gravação no servidor: abrir ou concluir um item define \Seen no servidor, e os itens concluídos são movidos para a pasta de arquivo, se uma tiver sido escolhida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where done items are moved on the server; &quot;Don&apos;t move&quot; leaves them in place</source>
        <translation>Para onde os itens concluídos são movidos no servidor; &quot;Não mover&quot; os deixa onde estão</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often to look for new mail, in seconds (at least 30)</source>
        <translation>Com que frequência verificar novos e-mails, em segundos (pelo menos 30)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mail sent to these addresses is addressed to you (Async, with a response deadline). Separate several with commas. Empty: the user name, if it is an address.</source>
        <translation>Os e-mails enviados para estes endereços são endereçados a você (Assíncrono, com prazo de resposta). Separe vários com vírgulas. Em branco: o nome de usuário, se for um endereço.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How this account is shown in Focus Inbox</source>
        <translation>Como esta conta é exibida no Focus Inbox</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Archive done items to:</source>
        <translation>&amp;Arquivar itens concluídos em:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check for new mail e&amp;very:</source>
        <translation>Verificar novos e-mails a &amp;cada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your a&amp;ddresses:</source>
        <translation>Seus en&amp;dereços:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display &amp;name:</source>
        <translation>Nome de e&amp;xibição:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check the connection if needed, then save</source>
        <translation>Verificar a conexão, se necessário, e depois salvar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;without checking</source>
        <translation>Salvar &amp;sem verificar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save now, e.g. when the server is not reachable from here; problems show up at the next sync</source>
        <translation>Salvar agora, ex.: quando o servidor não está acessível daqui; os problemas aparecerão na próxima sincronização</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Enter the server&apos;s host name.</source>
        <translation>Digite o nome do host do servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter only the server&apos;s host name, such as imap.example.org.</source>
        <translation>Digite apenas o nome do host do servidor, como imap.example.org.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your user name.</source>
        <translation>Digite seu nome de usuário.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your password.</source>
        <translation>Digite sua senha.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without encryption, your password would cross the network readable to anyone. Choose TLS or STARTTLS, or allow plaintext on this network.</source>
        <translation>Sem criptografia, sua senha trafegaria pela rede legível para qualquer pessoa. Escolha TLS ou STARTTLS, ou permita texto sem criptografia nesta rede.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose at least one folder to watch.</source>
        <translation>Escolha pelo menos uma pasta para monitorar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This account is already added as &quot;%1&quot;.</source>
        <translation>Esta conta já foi adicionada como &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Connected and logged in as %1. Folders found: %2.</source>
        <translation>Conectado e com login feito como %1. Pastas encontradas: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate is accepted because you trust its fingerprint.</source>
        <translation>O certificado é aceito porque você confia na impressão digital dele.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 (not on the server)</source>
        <translation>%1 (não está no servidor)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s folder list does not contain this folder</source>
        <translation>A lista de pastas do servidor não contém esta pasta</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Don&apos;t move</source>
        <translation>Não mover</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving was interrupted.</source>
        <translation>O salvamento foi interrompido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>user@host</source>
        <translation>usuário@host</translation>
    </message>
</context>
<context>
    <name>fi::InboxListView</name>
    <message>
        <location filename="../views/inboxlistview.cpp" line="+35"/>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <location line="+310"/>
        <source>Nothing matches this search.</source>
        <translation>Nada corresponde a esta pesquisa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing in Now — enjoy the focus.</source>
        <translation>Nada em Agora — aproveite o foco.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Async is clear. Nothing waits for a reply.</source>
        <translation>Assíncrono está em dia. Nada aguarda resposta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reading waiting in Reference.</source>
        <translation>Nenhuma leitura pendente em Referência.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing done yet. Press E on an item to mark it done.</source>
        <translation>Nada concluído ainda. Pressione E em um item para marcá-lo como concluído.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing snoozed. Press S on an item to snooze it.</source>
        <translation>Nada adiado. Pressione S em um item para adiá-lo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No new senders to screen.</source>
        <translation>Nenhum novo remetente para filtrar.</translation>
    </message>
</context>
<context>
    <name>fi::InboxModel</name>
    <message>
        <location filename="../models/inboxmodel.cpp" line="+68"/>
        <source>New senders</source>
        <translation>Novos remetentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Snoozed</source>
        <translation>Adiados</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>met</source>
        <translation>cumprido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed</source>
        <translation>não cumprido</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 &lt;%2&gt;
%3</source>
        <translation>%1 &lt;%2&gt;
%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1

%2</source>
        <comment>row tooltip: why it is here, then sender and subject</comment>
        <translation>%1

%2</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%1, conversation of %n message(s)</source>
        <comment>screen reader: a row, then its size</comment>
        <translation>
            <numerusform>%1, conversa de %n mensagem</numerusform>
            <numerusform>%1, conversa de %n mensagens</numerusform>
        </translation>
    </message>
    <message>
        <location line="+611"/>
        <source>now</source>
        <translation>agora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1m</source>
        <translation>%1m</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1h</source>
        <translation>%1h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1d</source>
        <translation>%1d</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>fi::InsightsText</name>
    <message>
        <location filename="../views/insights/insightstext.cpp" line="+19"/>
        <source>%1 h</source>
        <extracomment>A duration in hours, e.g. &quot;1.5 h&quot;</extracomment>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %</source>
        <extracomment>A percentage, e.g. &quot;83 %&quot;</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>working hours</source>
        <translation>horário de trabalho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>working hours or calendar time, as each item&apos;s policy says</source>
        <translation>horário de trabalho ou tempo corrido, conforme a política de cada item</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>calendar time</source>
        <translation>tempo corrido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sender is on the always-break-through list</source>
        <translation>O remetente está na lista dos que sempre podem interromper</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier 3 (Now) item</source>
        <translation>Item do nível 3 (Agora)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already overdue when it arrived</source>
        <translation>Já estava atrasado quando chegou</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due before the session ended</source>
        <translation>Vencia antes do fim da sessão</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not recorded</source>
        <translation>Não registrado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mailing list</source>
        <translation>Lista de e-mails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repository</source>
        <translation>Repositório</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sender</source>
        <translation>Remetente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>d MMM</source>
        <extracomment>Date format of chart categories (QDate format; MMM = short month name)</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ddd d MMM</source>
        <extracomment>Date format with the weekday (QDate format; ddd = short day name)</extracomment>
        <translation>ddd, d MMM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Week of %1</source>
        <translation>Semana de %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 – %2</source>
        <extracomment>A period of local dates, e.g. &quot;30 Nov – 6 Dec 2026&quot;</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../views/insights/insightstext.h" line="+54"/>
        <source>No items in this period</source>
        <translation>Nenhum item neste período</translation>
    </message>
</context>
<context>
    <name>fi::InsightsWindow</name>
    <message>
        <location filename="../views/insights/insightswindow.cpp" line="+71"/>
        <source>Insights</source>
        <translation>Estatísticas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How fast do I answer?</source>
        <translation>Com que rapidez eu respondo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do I keep my response windows?</source>
        <translation>Cumpro meus prazos de resposta?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much deep work did I get?</source>
        <translation>Quanto trabalho focado eu fiz?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What arrives when?</source>
        <translation>O que chega e quando?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export chart as &amp;PNG</source>
        <translation>Exportar gráfico como &amp;PNG</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export data as &amp;CSV…</source>
        <translation>Exportar dados como &amp;CSV…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last week</source>
        <translation>Semana passada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom range</source>
        <translation>Período personalizado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First day</source>
        <translation>Primeiro dia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last day</source>
        <translation>Último dia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All tiers</source>
        <translation>Todos os níveis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eríodo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To:</source>
        <translation>&amp;Até:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Source:</source>
        <translation>&amp;Fonte:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;ier:</source>
        <translation>&amp;Nível:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>All sources</source>
        <translation>Todas as fontes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The last day comes before the first day.</source>
        <translation>O último dia é anterior ao primeiro dia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Updating…</source>
        <translation>Atualizando…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not read the figures: %1</source>
        <translation>Não foi possível ler os números: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No chart on this page</source>
        <translation>Nenhum gráfico nesta página</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There are no figures to export yet.</source>
        <translation>Ainda não há números para exportar.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+7"/>
        <source>Export data as CSV</source>
        <translation>Exportar dados como CSV</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not save %1: %2</source>
        <translation>Não foi possível salvar %1: %2</translation>
    </message>
</context>
<context>
    <name>fi::InstanceChannel</name>
    <message>
        <location filename="../app/focus/instancechannel.cpp" line="+77"/>
        <source>No place for the single-instance socket: $XDG_RUNTIME_DIR is not set (or not private) and the data directory&apos;s path %1 is too long for a socket.</source>
        <translation>Não há onde criar o socket de instância única: $XDG_RUNTIME_DIR não está definido (ou não é privado) e o caminho do diretório de dados %1 é longo demais para um socket.</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+29"/>
        <source>Cannot take the single-instance lock %1: %2</source>
        <translation>Não foi possível obter o bloqueio de instância única %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>permission denied</source>
        <translation>permissão negada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown error</source>
        <translation>erro desconhecido</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot listen on %1: %2</source>
        <translation>Não foi possível escutar em %1: %2</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>bad request: %1</source>
        <translation>solicitação inválida: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bad request: line longer than %1 bytes</source>
        <translation>solicitação inválida: linha com mais de %1 bytes</translation>
    </message>
</context>
<context>
    <name>fi::InstanceRequest</name>
    <message>
        <location filename="../models/focus/instancerequest.cpp" line="+29"/>
        <source>line longer than %1 bytes</source>
        <translation>linha com mais de %1 bytes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>more than one line</source>
        <translation>mais de uma linha</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a JSON object</source>
        <translation>não é um objeto JSON</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>unknown triage action</source>
        <translation>ação de triagem desconhecida</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;ids&quot; must be an array of 1 to %1 item ids</source>
        <translation>&quot;ids&quot; deve ser um array de 1 a %1 ids de itens</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;ids&quot; must hold whole numbers from 1 to %1</source>
        <translation>&quot;ids&quot; deve conter números inteiros de 1 a %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;tier&quot; must be 1, 2 or 3</source>
        <translation>&quot;tier&quot; deve ser 1, 2 ou 3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;until&quot; must be a whole number of milliseconds from 1 to %1</source>
        <translation>&quot;until&quot; deve ser um número inteiro de milissegundos de 1 a %1</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>&quot;args&quot; must be an array of at most %1 strings</source>
        <translation>&quot;args&quot; deve ser um array de no máximo %1 strings</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;args&quot; must hold strings of at most %1 characters</source>
        <translation>&quot;args&quot; deve conter strings de no máximo %1 caracteres</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;source&quot; must be a string of at most %1 characters</source>
        <translation>&quot;source&quot; deve ser uma string de no máximo %1 caracteres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;item&quot; must be an object</source>
        <translation>&quot;item&quot; deve ser um objeto</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;id&quot; must be a whole number from 1 to %1</source>
        <translation>&quot;id&quot; deve ser um número inteiro de 1 a %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;batch&quot; must be a whole number from 0 to %1</source>
        <translation>&quot;batch&quot; deve ser um número inteiro de 0 a %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown rules action</source>
        <translation>ação de regras desconhecida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown command</source>
        <translation>comando desconhecido</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown focus action</source>
        <translation>ação de foco desconhecida</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;minutes&quot; must be a whole number from 0 to %1</source>
        <translation>&quot;minutes&quot; deve ser um número inteiro de 0 a %1</translation>
    </message>
</context>
<context>
    <name>fi::ItemDelegate</name>
    <message>
        <location filename="../views/itemdelegate.cpp" line="+213"/>
        <source>(no subject)</source>
        <translation>(sem assunto)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 · sample</source>
        <translation>%1 · exemplo</translation>
    </message>
</context>
<context>
    <name>fi::ItemNotifier</name>
    <message>
        <location filename="../app/notify/itemnotifier.cpp" line="+17"/>
        <location line="+1"/>
        <location line="+84"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze 1 h</source>
        <translation>Adiar 1 h</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n new in %1</source>
        <translation>
            <numerusform>%n novo em %1</numerusform>
            <numerusform>%n novos em %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest: %1 — %2</source>
        <translation>Mais recente: %1 — %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Breakthrough — %1: %2</source>
        <translation>Interrupção permitida — %1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Back from snooze — %1: %2</source>
        <translation>Fim do adiamento — %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n snoozed items are back</source>
        <translation>
            <numerusform>Voltou %n item adiado</numerusform>
            <numerusform>Voltaram %n itens adiados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>and %n more</source>
        <translation>
            <numerusform>e mais %n</numerusform>
            <numerusform>e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Show them</source>
        <translation>Mostrar</translation>
    </message>
</context>
<context>
    <name>fi::ItemOpener</name>
    <message>
        <location filename="../app/session/itemopener.cpp" line="+36"/>
        <source>no item with id %1 (the &quot;id&quot; of list --json)</source>
        <translation>nenhum item com o id %1 (o &quot;id&quot; de list --json)</translation>
    </message>
</context>
<context>
    <name>fi::ItemStore</name>
    <message>
        <location filename="../models/storage/itemstore.cpp" line="+112"/>
        <location filename="../models/storage/migrator.cpp" line="+162"/>
        <location line="+29"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Não foi possível abrir o banco de dados %1: %2</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>The database is not open.</source>
        <translation>O banco de dados não está aberto.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not stored: an earlier batch of this sync failed.</source>
        <translation>Não salvo: um lote anterior desta sincronização falhou.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Storing a batch failed: %1</source>
        <translation>Falha ao salvar um lote: %1</translation>
    </message>
    <message>
        <location filename="../models/storage/migrator.cpp" line="-21"/>
        <source>The database %1 was written by a newer version of Focus Inbox (schema %2, this version knows up to %3). It was left unchanged; please update Focus Inbox.</source>
        <translation>O banco de dados %1 foi gravado por uma versão mais recente do Focus Inbox (esquema %2; esta versão suporta até o %3). Ele não foi alterado; atualize o Focus Inbox.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot back up the database %1: %2</source>
        <translation>Não foi possível fazer backup do banco de dados %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write the backup %1 before upgrading the database.</source>
        <translation>Não foi possível gravar o backup %1 antes de atualizar o banco de dados.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Upgrading the database %1 with %2 failed: %3. It was left at schema version %4.</source>
        <translation>Falha ao atualizar o banco de dados %1 com %2: %3. Ele permaneceu na versão de esquema %4.</translation>
    </message>
</context>
<context>
    <name>fi::JsonFile</name>
    <message>
        <location filename="../models/config/jsonfile.cpp" line="+107"/>
        <source>larger than %1 MiB</source>
        <translation>maior que %1 MiB</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>offset %1: %2</source>
        <translation>posição %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a JSON object</source>
        <translation>não é um objeto JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a JSON array</source>
        <translation>não é um array JSON</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is not valid (%2); it could not be moved aside and is left in place</source>
        <translation>%1 não é válido (%2); não foi possível pô-lo de lado e ele foi deixado no lugar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not valid (%2); it was kept as %3</source>
        <translation>%1 não é válido (%2); foi mantido como %3</translation>
    </message>
</context>
<context>
    <name>fi::KeyboardPage</name>
    <message>
        <location filename="../views/settings/keyboardpage.cpp" line="+33"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Filter by action, id or key</source>
        <translation>Filtrar por ação, id ou tecla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter actions</source>
        <translation>Filtrar ações</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <source>Shortcut</source>
        <translation>Atalho</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Alternate</source>
        <translation>Alternativo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Alternate shortcut</source>
        <translation>Atalho alternativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change…</source>
        <translation>&amp;Alterar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change a&amp;lternate…</source>
        <translation>Alterar a&amp;lternativo…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Remove shortcuts</source>
        <translation>&amp;Remover atalhos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset to &amp;default</source>
        <translation>Restaurar &amp;padrão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset &amp;all</source>
        <translation>Restaurar &amp;todos</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+145"/>
        <source>%1 has no shortcut now.</source>
        <translation>%1 não tem mais atalho.</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Shortcut message</source>
        <translation>Mensagem de atalhos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter records a new shortcut for the selected action, Alt+Enter an alternate; two keys in a row make a sequence such as “G, N”. Esc cancels.</source>
        <translation>Enter grava um novo atalho para a ação selecionada; Alt+Enter, um alternativo. Duas teclas seguidas formam uma sequência, como “G, N”. Esc cancela.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1, no shortcut</source>
        <translation>%1, sem atalho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (changed)</source>
        <translation>%1 (alterado)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No action selected</source>
        <translation>Nenhuma ação selecionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is already the shortcut of %2. Not changed: remove it there first, or choose other keys.</source>
        <translation>%1 já é o atalho de %2. Não alterado: remova-o de lá primeiro ou escolha outras teclas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 clashes with %2 of %3: one starts the other, so only one could ever work. Not changed: choose other keys.</source>
        <translation>%1 conflita com %2 de %3: um é o início do outro, então só um poderia funcionar. Não alterado: escolha outras teclas.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The default %1 of %2 is now used by %3. Not changed: rebind %3 first.</source>
        <translation>O atalho padrão %1 de %2 agora é usado por %3. Não alterado: primeiro atribua outro atalho a %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is back to its default.</source>
        <translation>%1 voltou ao padrão.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every shortcut is back to its default.</source>
        <translation>Todos os atalhos voltaram ao padrão.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Press the new shortcut for %1 (Esc cancels)…</source>
        <translation>Pressione o novo atalho para %1 (Esc cancela)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press the alternate shortcut for %1 (Esc cancels)…</source>
        <translation>Pressione o atalho alternativo para %1 (Esc cancela)…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Not changed.</source>
        <translation>Não alterado.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
</context>
<context>
    <name>fi::LibraryInfo</name>
    <message>
        <location filename="../app/session/aboutinfo.cpp" line="+19"/>
        <source>Insights charts</source>
        <translation>Gráficos de Estatísticas</translation>
    </message>
    <message>
        <location filename="../models/about/libraryinfo.cpp" line="+28"/>
        <source>application framework</source>
        <translation>framework de aplicativos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MIME parsing</source>
        <translation>análise de MIME</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IMAP</source>
        <translation>IMAP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iCalendar (focus sessions from a calendar, holidays)</source>
        <translation>iCalendar (sessões de foco de um calendário, feriados)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>passwords and tokens in the system keyring</source>
        <translation>senhas e tokens no chaveiro do sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain</source>
        <translation>Domínio público</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database</source>
        <translation>o banco de dados</translation>
    </message>
</context>
<context>
    <name>fi::MaildirSource</name>
    <message>
        <location filename="../models/sources/maildir/maildirsource.cpp" line="+61"/>
        <source>Cannot read the file: %1</source>
        <translation>Não foi possível ler o arquivo: %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The Maildir folder &quot;%1&quot; does not exist or is not a directory.</source>
        <translation>A pasta Maildir &quot;%1&quot; não existe ou não é um diretório.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a Maildir: it has no cur/ or new/ directory and no Maildir++ subfolders.</source>
        <translation>&quot;%1&quot; não é um Maildir: não tem diretório cur/ nem new/ nem subpastas Maildir++.</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>A sync of this Maildir is already running.</source>
        <translation>Já há uma sincronização deste Maildir em andamento.</translation>
    </message>
</context>
<context>
    <name>fi::MainActions</name>
    <message>
        <location filename="../views/mainactions.cpp" line="+32"/>
        <source>Add &amp;Source</source>
        <translation>Adicionar &amp;fonte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar agora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in &amp;source</source>
        <translation>Abrir na &amp;fonte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the item&apos;s web page in the browser</source>
        <translation>Abrir a página web do item no navegador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;done</source>
        <translation>&amp;Marcar como concluído</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to &amp;Now</source>
        <translation>Mover para A&amp;gora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to &amp;Async</source>
        <translation>Mover para A&amp;ssíncrono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to &amp;Reference</source>
        <translation>Mover para &amp;Referência</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;nooze…</source>
        <translation>A&amp;diar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze: after this focus session, in 1 hour, this evening, tomorrow 09:00, next working morning, next Monday, or a typed time</source>
        <translation>Adiar: até depois desta sessão de foco, por 1 hora, hoje à noite, amanhã às 09:00, a próxima manhã útil, a próxima segunda-feira ou um horário digitado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snooze and &amp;pause the clock…</source>
        <translation>Adiar e pausar o re&amp;lógio…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze; the response time left is kept and resumes at wake-up</source>
        <translation>Adiar; o tempo de resposta restante é mantido e volta a correr quando o item reaparecer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only &amp;overdue</source>
        <translation>Somente a&amp;trasados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only due t&amp;oday</source>
        <translation>Somente os que vencem &amp;hoje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next item</source>
        <translation>&amp;Próximo item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous item</source>
        <translation>Item &amp;anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &amp;tier</source>
        <translation>Próximo &amp;nível</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atalhos de &amp;teclado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Focus Inbox</source>
        <translation>&amp;Sobre o Focus Inbox</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se&amp;lect</source>
        <translation>Sel&amp;ecionar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend selection &amp;down</source>
        <translation>Estender seleção para &amp;baixo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend selection &amp;up</source>
        <translation>Estender seleção para &amp;cima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;read or unread</source>
        <translation>Marcar como lido ou &amp;não lido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flag or unflag</source>
        <translation>Sinal&amp;izar ou remover sinalização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reply</source>
        <translation>Res&amp;ponder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mute thread</source>
        <translation>Silenciar c&amp;onversa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark done and stop the thread&apos;s notifications at the source</source>
        <translation>Marcar como concluído e interromper as notificações da conversa na fonte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search</source>
        <translation>Pes&amp;quisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Command palette…</source>
        <translation>Paleta de &amp;comandos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Now</source>
        <translation>Ir para A&amp;gora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Async</source>
        <translation>Ir para A&amp;ssíncrono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Reference</source>
        <translation>Ir para &amp;Referência</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Done</source>
        <translation>Ir para &amp;Concluído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to S&amp;noozed</source>
        <translation>Ir para A&amp;diados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to New send&amp;ers</source>
        <translation>Ir para Novos re&amp;metentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Insights</source>
        <translation>E&amp;statísticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How fast you answer, which response windows you keep, your deep work and when items arrive</source>
        <translation>Com que rapidez você responde, quais prazos de resposta você cumpre, seu trabalho focado e quando os itens chegam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Block sender</source>
        <translation>Bloquear reme&amp;tente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screener: everything from this sender goes to Done, never notified</source>
        <translation>Filtro de remetentes: tudo deste remetente vai para Concluído, sem notificação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always put this sender in &amp;Now…</source>
        <translation>Sempre colocar este remetente em A&amp;gora…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always put this sender in &amp;Async…</source>
        <translation>Sempre colocar este remetente em A&amp;ssíncrono…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always put this sender in &amp;Reference…</source>
        <translation>Sempre colocar este remetente em &amp;Referência…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never put this &amp;list in Now…</source>
        <translation>Nunca colocar esta &amp;lista em Agora…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First item</source>
        <translation>Primeiro ite&amp;m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last item</source>
        <translation>Ú&amp;ltimo item</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Focus next &amp;pane</source>
        <translation>Ir para o painel s&amp;eguinte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus previous pa&amp;ne</source>
        <translation>Ir para o painel anteri&amp;or</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus next &amp;control</source>
        <translation>Ir para o controle se&amp;guinte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus previous con&amp;trol</source>
        <translation>Ir para o controle ante&amp;rior</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Item</source>
        <translation>&amp;Item</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Make a &amp;rule</source>
        <translation>Criar &amp;uma regra</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go to</source>
        <translation>&amp;Ir para</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
</context>
<context>
    <name>fi::MainWindow</name>
    <message>
        <location filename="../views/mainwindow.cpp" line="+51"/>
        <source>Focus Inbox</source>
        <translation>Focus Inbox</translation>
    </message>
    <message>
        <location line="+262"/>
        <location filename="../views/mainwindow_deadlines.cpp" line="+124"/>
        <source>Snoozed until %1 — press U to undo</source>
        <translation>Adiado até %1 — pressione U para desfazer</translation>
    </message>
    <message numerus="yes">
        <location line="-15"/>
        <source>Moved %n item(s) to %1 — press U to undo</source>
        <translation>
            <numerusform>%n item movido para %1 — pressione U para desfazer</numerusform>
            <numerusform>%n itens movidos para %1 — pressione U para desfazer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/mainwindow_deadlines.cpp" line="-77"/>
        <source>Showing overdue items of every tier</source>
        <translation>Mostrando itens atrasados de todos os níveis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing items of every tier due today</source>
        <translation>Mostrando itens de todos os níveis que vencem hoje</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Some shortcuts were not bound: %1</source>
        <translation>Alguns atalhos não foram atribuídos: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Snooze and pause the clock</source>
        <translation>Adiar e pausar o relógio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hide until (the response time left resumes then):</source>
        <translation>Ocultar até (quando o tempo de resposta restante volta a correr):</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Snoozed until %1, %2 left on the clock — press U to undo</source>
        <translation>Adiado até %1, restam %2 no relógio — pressione U para desfazer</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindow_triage.cpp" line="+33"/>
        <source>%n item(s) selected — actions apply to all of them</source>
        <translation>
            <numerusform>%n item selecionado — as ações se aplicam a ele</numerusform>
            <numerusform>%n itens selecionados — as ações se aplicam a todos eles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Marked %n item(s) read — press U to undo</source>
        <translation>
            <numerusform>%n item marcado como lido — pressione U para desfazer</numerusform>
            <numerusform>%n itens marcados como lidos — pressione U para desfazer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Marked %n item(s) unread — press U to undo</source>
        <translation>
            <numerusform>%n item marcado como não lido — pressione U para desfazer</numerusform>
            <numerusform>%n itens marcados como não lidos — pressione U para desfazer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Flagged %n item(s) — press U to undo</source>
        <translation>
            <numerusform>%n item sinalizado — pressione U para desfazer</numerusform>
            <numerusform>%n itens sinalizados — pressione U para desfazer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Unflagged %n item(s) — press U to undo</source>
        <translation>
            <numerusform>Sinalização removida de %n item — pressione U para desfazer</numerusform>
            <numerusform>Sinalização removida de %n itens — pressione U para desfazer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/mainwindow_rules.cpp" line="+44"/>
        <source>Nothing to undo: the apply is no longer the last change.</source>
        <translation>Nada a desfazer: a aplicação não é mais a última alteração.</translation>
    </message>
</context>
<context>
    <name>fi::MePage</name>
    <message>
        <location filename="../views/settings/mepage.cpp" line="+52"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>line %1: “%2”</source>
        <translation>linha %1: “%2”</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(and %n more)</source>
        <translation>
            <numerusform>(e mais %n)</numerusform>
            <numerusform>(e mais %n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Your e-mail addresses</source>
        <translation>Seus endereços de e-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One address per line, such as ana@example.org. Mail to one of them is addressed to you: it goes to Async and may notify.</source>
        <translation>Um endereço por linha, como ana@example.org. Os e-mails enviados a um deles são endereçados a você: vão para Assíncrono e podem gerar notificação.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Your GitHub logins</source>
        <translation>Seus logins do GitHub</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One login per line, as on github.com (octocat), for every GitHub account and server. GitHub activity whose sender is one of them is yours: it goes to Reference and owes no reply.</source>
        <translation>Um login por linha, como no github.com (octocat), para todas as contas e servidores do GitHub. A atividade do GitHub cujo remetente é um deles é sua: vai para Referência e não exige resposta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Known to your sources</source>
        <translation>Conhecidos pelas suas fontes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Addresses and logins your sources add</source>
        <translation>Endereços e logins que suas fontes adicionam</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No source adds addresses or logins of its own.</source>
        <translation>Nenhuma fonte adiciona endereços ou logins próprios.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These count as yours too, each for its own source. Change them in the source&apos;s settings.</source>
        <translation>Estes também contam como seus, cada um para a própria fonte. Altere-os nas configurações da fonte.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not an e-mail address (name@domain, no spaces): %1</source>
        <translation>Não é um endereço de e-mail (nome@domínio, sem espaços): %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a GitHub login (letters, digits and &apos;-&apos;, at most 39, not starting with &apos;-&apos;): %1</source>
        <translation>Não é um login do GitHub (letras, dígitos e &apos;-&apos;, no máximo 39, sem começar com &apos;-&apos;): %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>GitHub login %1</source>
        <translation>login do GitHub %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>fi::MimeParser</name>
    <message>
        <location filename="../models/mime/mimeparser.cpp" line="+278"/>
        <source>The message is empty.</source>
        <translation>A mensagem está vazia.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not an RFC 5322 message: no header block could be parsed.</source>
        <translation>Não é uma mensagem RFC 5322: não foi possível interpretar nenhum bloco de cabeçalho.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not an RFC 5322 message: it has no header fields.</source>
        <translation>Não é uma mensagem RFC 5322: não tem campos de cabeçalho.</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>Not an RFC 5322 message: none of its %n header field(s) is a message header (From, To, Subject, Date, Message-ID, Received…).</source>
        <translation>
            <numerusform>Não é uma mensagem RFC 5322: o seu %n campo de cabeçalho não é um cabeçalho de mensagem (From, To, Subject, Date, Message-ID, Received…).</numerusform>
            <numerusform>Não é uma mensagem RFC 5322: nenhum dos seus %n campos de cabeçalho é um cabeçalho de mensagem (From, To, Subject, Date, Message-ID, Received…).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fi::MuteCommand</name>
    <message numerus="yes">
        <location filename="../views/triage/triagecommands.cpp" line="+62"/>
        <source>Mute %n thread(s)</source>
        <translation>
            <numerusform>Silenciar %n conversa</numerusform>
            <numerusform>Silenciar %n conversas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fi::MuteFeature</name>
    <message numerus="yes">
        <location filename="../views/triage/mutefeature.cpp" line="+40"/>
        <source>Muted %n thread(s): no more notifications from them until someone mentions you — press U to undo (it stays muted at the source)</source>
        <translation>
            <numerusform>%n conversa silenciada: nenhuma notificação dela até alguém mencionar você — pressione U para desfazer (na fonte, ela continua silenciada)</numerusform>
            <numerusform>%n conversas silenciadas: nenhuma notificação delas até alguém mencionar você — pressione U para desfazer (na fonte, elas continuam silenciadas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fi::NotificationsPage</name>
    <message>
        <location filename="../views/settings/notificationspage.cpp" line="+23"/>
        <source>Off</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiet (no sound)</source>
        <translation>Silencioso (sem som)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show &amp;desktop notifications for new items</source>
        <translation>Mostrar notificações na área de &amp;trabalho para novos itens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New items by tier</source>
        <translation>Novos itens por nível</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Now (Tier 3):</source>
        <translation>A&amp;gora (nível 3):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Async (Tier 2, addressed to you):</source>
        <translation>A&amp;ssíncrono (nível 2, endereçados a você):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference (Tier 1):</source>
        <translation>&amp;Referência (nível 1):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Group a source&apos;s items for:</source>
        <translation>Agr&amp;upar os itens de uma fonte por:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quiet: the notification shows without sound and with low urgency. Off: only the tray badge and the counts change. New items of one source that arrive within the grouping time share one notification with a count.</source>
        <translation>Silencioso: a notificação aparece sem som e com baixa urgência. Desativado: só o selo do ícone da bandeja e as contagens mudam. Os novos itens de uma fonte que chegam dentro do tempo de agrupamento compartilham uma única notificação com a contagem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Focus sessions</source>
        <translation>Sessões de foco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a &amp;digest of what was held back when a session ends</source>
        <translation>Mostrar um resu&amp;mo do que ficou em espera quando uma sessão termina</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>During a session new items are held back; breakthroughs follow Preferences ▸ Focus and always show.</source>
        <translation>Durante uma sessão, os novos itens ficam em espera; as interrupções permitidas seguem Preferências ▸ Foco e sempre aparecem.</translation>
    </message>
</context>
<context>
    <name>fi::OpenSourceFeature</name>
    <message>
        <location filename="../views/triage/opensourcefeature.cpp" line="+69"/>
        <source>Cannot create the folder %1</source>
        <translation>Não foi possível criar a pasta %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not open the item&apos;s web page</source>
        <translation>Não foi possível abrir a página web do item</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening the message in your mail client…</source>
        <translation>Abrindo a mensagem no seu cliente de e-mail…</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+10"/>
        <source>Could not open the message: %1</source>
        <translation>Não foi possível abrir a mensagem: %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>no application opens %1</source>
        <translation>nenhum aplicativo abre %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open the message in your mail client</source>
        <translation>Abrir a mensagem no seu cliente de e-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the item&apos;s web page in the browser, or the message in your mail client</source>
        <translation>Abrir a página web do item no navegador ou a mensagem no seu cliente de e-mail</translation>
    </message>
</context>
<context>
    <name>fi::Parser</name>
    <message>
        <location filename="../models/search/searchquery.cpp" line="+68"/>
        <source>“OR” needs a term on each side; ignored.</source>
        <translation>“OR” precisa de um termo de cada lado; ignorado.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The quote is never closed; the phrase runs to the end.</source>
        <translation>As aspas não são fechadas; a frase vai até o fim.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“-” excludes the term right after it; ignored.</source>
        <translation>“-” exclui o termo logo depois dele; ignorado.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Unknown operator “%1:”; searched as text. Operators: %2.</source>
        <translation>Operador desconhecido “%1:”; pesquisado como texto. Operadores: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1:” needs a value; ignored.</source>
        <translation>“%1:” precisa de um valor; ignorado.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>“from:” needs a name or address; ignored.</source>
        <translation>“from:” precisa de um nome ou endereço; ignorado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown kind “%1”; ignored. Kinds: %2.</source>
        <translation>Tipo desconhecido “%1”; ignorado. Tipos: %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“tier:%1” is not a tier; use 1, 2, 3, now, async or reference. Ignored.</source>
        <translation>“tier:%1” não é um nível; use 1, 2, 3, now, async ou reference. Ignorado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“is:%1” is unknown; use %2. Ignored.</source>
        <translation>“is:%1” é desconhecido; use %2. Ignorado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a date; use a date like 2026-12-01 or an age like 7d. Ignored.</source>
        <translation>“%1” não é uma data; use uma data como 2026-12-01 ou uma idade como 7d. Ignorado.</translation>
    </message>
</context>
<context>
    <name>fi::PauseClockCommand</name>
    <message numerus="yes">
        <location filename="../views/triage/pauseclockcommand.cpp" line="+14"/>
        <source>Snooze %n item(s) and pause the clock</source>
        <translation>
            <numerusform>Adiar %n item e pausar o relógio</numerusform>
            <numerusform>Adiar %n itens e pausar o relógio</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fi::PngExport</name>
    <message>
        <location filename="../views/insights/pngexport.cpp" line="+27"/>
        <source>The chart has no size to draw.</source>
        <translation>O gráfico não tem tamanho para ser desenhado.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+7"/>
        <source>Export chart as PNG</source>
        <translation>Exportar gráfico como PNG</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not save %1: %2</source>
        <translation>Não foi possível salvar %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export chart as PNG…</source>
        <translation>Exportar gráfico como PNG…</translation>
    </message>
</context>
<context>
    <name>fi::PolicySet</name>
    <message>
        <location filename="../models/deadlines/responsepolicy.cpp" line="+47"/>
        <source>Policy &quot;%1&quot; skipped: %2</source>
        <translation>Política &quot;%1&quot; ignorada: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the name is empty.</source>
        <translation>o nome está vazio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the name &quot;%1&quot; is reserved: it means no deadline.</source>
        <translation>o nome &quot;%1&quot; é reservado: indica que não há prazo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the name &quot;%1&quot; is reserved: it means a due set by the source.</source>
        <translation>o nome &quot;%1&quot; é reservado: indica um prazo definido pela fonte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected an object like {&quot;windowMinutes&quot;: 240, &quot;clock&quot;: &quot;working&quot;}.</source>
        <translation>esperava-se um objeto como {&quot;windowMinutes&quot;: 240, &quot;clock&quot;: &quot;working&quot;}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown key &quot;%1&quot;.</source>
        <translation>chave desconhecida &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;windowMinutes&quot; must be a whole number of minutes ≥ 0, or null.</source>
        <translation>&quot;windowMinutes&quot; deve ser um número inteiro de minutos ≥ 0, ou null.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;clock&quot; must be &quot;calendar&quot; or &quot;working&quot;.</source>
        <translation>&quot;clock&quot; deve ser &quot;calendar&quot; ou &quot;working&quot;.</translation>
    </message>
</context>
<context>
    <name>fi::PreferencesDialog</name>
    <message>
        <location filename="../views/settings/preferencesdialog.cpp" line="+28"/>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Me</source>
        <translation>Eu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rules</source>
        <translation>Regras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Focus</source>
        <translation>Foco</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deadlines</source>
        <translation>Prazos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyboard</source>
        <translation>Teclado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Triage</source>
        <translation>Triagem</translation>
    </message>
</context>
<context>
    <name>fi::PrivateFiles</name>
    <message>
        <location filename="../models/config/privatefiles.cpp" line="+82"/>
        <location line="+17"/>
        <source>Cannot use the data directory %1: %2</source>
        <translation>Não foi possível usar o diretório de dados %1: %2</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+2"/>
        <location line="+28"/>
        <source>Cannot create the data directory %1</source>
        <translation>Não foi possível criar o diretório de dados %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The data directory %1 is a link owned by another user (uid %2); Focus Inbox does not use it.</source>
        <translation>O diretório de dados %1 é um link que pertence a outro usuário (uid %2); o Focus Inbox não o utiliza.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The data directory %1 is not a directory.</source>
        <translation>O diretório de dados %1 não é um diretório.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data directory %1 belongs to another user (uid %2); Focus Inbox only uses a data directory of its own user (uid %3).</source>
        <translation>O diretório de dados %1 pertence a outro usuário (uid %2); o Focus Inbox só usa um diretório de dados do próprio usuário (uid %3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot make the data directory %1 private: %2</source>
        <translation>Não foi possível tornar privado o diretório de dados %1: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is a symbolic link; not writing through it</source>
        <translation>%1 é um link simbólico; nada será gravado através dele</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Cannot open %1: %2</source>
        <translation>Não foi possível abrir %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a regular file; not writing to it</source>
        <translation>%1 não é um arquivo comum; nada será gravado nele</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 belongs to another user; not writing to it</source>
        <translation>%1 pertence a outro usuário; nada será gravado nele</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has other hard links; not writing to it</source>
        <translation>%1 tem outros links físicos; nada será gravado nele</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>fi::PushRequest</name>
    <message>
        <location filename="../app/sources/pushrequest.cpp" line="+50"/>
        <source>Focus Inbox gave no answer about the item.</source>
        <translation>O Focus Inbox não deu nenhuma resposta sobre o item.</translation>
    </message>
</context>
<context>
    <name>fi::PushWatcher</name>
    <message>
        <location filename="../models/sources/source.h" line="+119"/>
        <source>The app is not ready to store items yet.</source>
        <translation>O aplicativo ainda não está pronto para armazenar itens.</translation>
    </message>
</context>
<context>
    <name>fi::ReadingPane</name>
    <message>
        <location filename="../views/readingpane.cpp" line="+39"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Select an item to read it.</source>
        <translation>Selecione um item para lê-lo.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Sample item — part of the sample workspace.</source>
        <translation>Item de exemplo — parte do espaço de trabalho de exemplo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Por quê</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why is this here?</source>
        <translation>Por que isto está aqui?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is this here? The rule that placed the item and how its deadline is counted</source>
        <translation>Por que isto está aqui? A regra que posicionou o item e como o prazo dele é contado</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Message body</source>
        <translation>Corpo da mensagem</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>(no subject)</source>
        <translation>(sem assunto)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No reply expected</source>
        <translation>Nenhuma resposta esperada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>was due %1</source>
        <translation>vencia em %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1

(The full message could not be read.)</source>
        <translation>%1

(Não foi possível ler a mensagem completa.)</translation>
    </message>
</context>
<context>
    <name>fi::ReplyFeature</name>
    <message>
        <location filename="../views/triage/replyfeature.cpp" line="+45"/>
        <source>Could not open the mail client to reply</source>
        <translation>Não foi possível abrir o cliente de e-mail para responder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not open the item&apos;s web page</source>
        <translation>Não foi possível abrir a página web do item</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reply in your mail client</source>
        <translation>Responder no seu cliente de e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply on the web page: %1</source>
        <translation>Responder na página web: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply through the item&apos;s own reply path (mail or web page)</source>
        <translation>Responder pelo próprio canal de resposta do item (e-mail ou página web)</translation>
    </message>
</context>
<context>
    <name>fi::ResponseTimeSection</name>
    <message>
        <location filename="../views/insights/responsetimesection.cpp" line="+40"/>
        <source>Response time per tier</source>
        <translation>Tempo de resposta por nível</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly median response time</source>
        <translation>Mediana semanal do tempo de resposta</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: no items.</source>
        <translation>%1: nenhum item.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: none of %n item(s) answered yet.</source>
        <translation>
            <numerusform>%1: %n item, ainda não respondido.</numerusform>
            <numerusform>%1: nenhum dos %n itens foi respondido ainda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %2 of %n item(s) answered; median %3, 90th percentile %4, in %5.</source>
        <translation>
            <numerusform>%1: %2 de %n item respondido; mediana %3, percentil 90 %4, em %5.</numerusform>
            <numerusform>%1: %2 de %n itens respondidos; mediana %3, percentil 90 %4, em %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1 of %n item(s) answered</source>
        <translation>
            <numerusform>%1 de %n item respondido</numerusform>
            <numerusform>%1 de %n itens respondidos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A response is a reply, or marking the item done where no reply was detected.</source>
        <translation>Conta como resposta um reply enviado ou, quando nenhum reply foi detectado, marcar o item como concluído.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Nothing was answered in this period</source>
        <translation>Nada foi respondido neste período</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90th percentile</source>
        <translation>Percentil 90</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>%1 none answered</source>
        <translation>%1 nenhum respondido</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <location line="+48"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Tier</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Response time (hours)</source>
        <translation>Tempo de resposta (horas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Median response time: %1. 90th percentile: %2.</source>
        <translation>Mediana do tempo de resposta: %1. Percentil 90: %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Week starting</source>
        <translation>Início da semana</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Median (hours)</source>
        <translation>Mediana (horas)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Weekly median response time, by week start: %1.</source>
        <translation>Mediana semanal do tempo de resposta, por início da semana: %1.</translation>
    </message>
</context>
<context>
    <name>fi::ResponseWindowSection</name>
    <message>
        <location filename="../views/insights/responsewindowsection.cpp" line="+50"/>
        <source>%1 %2 (%3 of %4)</source>
        <translation>%1 %2 (%3 de %4)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Response windows kept per tier</source>
        <translation>Prazos de resposta cumpridos por nível</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response windows kept per source</source>
        <translation>Prazos de resposta cumpridos por fonte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An item keeps its window when the reply (or done) came before its deadline; it misses it when the response came later, or there was none and the deadline has passed.</source>
        <translation>Um item cumpre o prazo quando a resposta (ou a conclusão) veio antes do vencimento; perde o prazo quando a resposta veio depois, ou quando não houve resposta e o prazo já passou.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worst offenders</source>
        <translation>Maiores atrasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Missed</source>
        <translation>Não cumprido</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+62"/>
        <location line="+33"/>
        <source>Met</source>
        <translation>Cumprido</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Worst offenders: whose items most often went overdue</source>
        <translation>Maiores atrasos: de quem são os itens que mais ficaram atrasados</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+64"/>
        <source>No response window came due in this period</source>
        <translation>Nenhum prazo de resposta venceu neste período</translation>
    </message>
    <message numerus="yes">
        <location line="-58"/>
        <source>%1 of response windows kept (%2 of %n)</source>
        <translation>
            <numerusform>%1 dos prazos de resposta cumpridos (%2 de %n)</numerusform>
            <numerusform>%1 dos prazos de resposta cumpridos (%2 de %n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 none due</source>
        <translation>%1 nenhum prazo vencido</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tier</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>Kept (%)</source>
        <translation>Cumpridos (%)</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Response windows kept per tier: %1.</source>
        <translation>Prazos de resposta cumpridos por nível: %1.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Response windows kept per source: %1.</source>
        <translation>Prazos de resposta cumpridos por fonte: %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No item went overdue in this period.</source>
        <translation>Nenhum item ficou atrasado neste período.</translation>
    </message>
</context>
<context>
    <name>fi::RetierCommand</name>
    <message>
        <location filename="../views/triage/retiercommand.cpp" line="+12"/>
        <source>Apply rules to stored items</source>
        <translation>Aplicar regras aos itens armazenados</translation>
    </message>
</context>
<context>
    <name>fi::RuleExplain</name>
    <message>
        <location filename="../models/rules/ruleexplain.cpp" line="+52"/>
        <source>&apos;%1&apos;</source>
        <comment>a value from a rule, quoted</comment>
        <translation>&apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>/%1/</source>
        <comment>a regular expression from a rule</comment>
        <translation>/%1/</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 and %2</source>
        <comment>conditions that must all hold</comment>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 or %2</source>
        <comment>conditions of which one must hold</comment>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, %2</source>
        <comment>a list of values</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 or %n more</source>
        <comment>a cut list of values</comment>
        <translation>
            <numerusform>%1 ou mais %n</numerusform>
            <numerusform>%1 ou mais %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 or %2</source>
        <comment>the last of a list of values</comment>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>%1 is present</source>
        <translation>%1 está presente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is absent</source>
        <translation>%1 está ausente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is present and not %2</source>
        <translation>%1 está presente e não é %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+100"/>
        <source>%1 is %2</source>
        <translation>%1 é %2</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>%1 is present and does not start with %2</source>
        <translation>%1 está presente e não começa com %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 starts with %2</source>
        <translation>%1 começa com %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is present and does not contain %2</source>
        <translation>%1 está presente e não contém %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+92"/>
        <source>%1 contains %2</source>
        <translation>%1 contém %2</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>%1 is present and does not match %2</source>
        <translation>%1 está presente e não corresponde a %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+92"/>
        <source>%1 matches %2</source>
        <translation>%1 corresponde a %2</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>header %1</source>
        <translation>o cabeçalho %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>me</source>
        <comment>an address pattern: one of the user&apos;s own addresses or logins</comment>
        <translation>eu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>sender is %1</source>
        <translation>o remetente é %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a recipient is %1</source>
        <translation>um destinatário é %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sender is from %1</source>
        <translation>o remetente é de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a recipient is from %1</source>
        <translation>um destinatário é de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sender matches %1</source>
        <translation>o remetente corresponde a %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a recipient matches %1</source>
        <translation>um destinatário corresponde a %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I am in To</source>
        <translation>eu estou em Para</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I am in Cc</source>
        <translation>eu estou em Cc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I am in To or Cc</source>
        <translation>eu estou em Para ou Cc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I am not in To or Cc</source>
        <translation>eu não estou em Para nem em Cc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it came through a mailing list</source>
        <translation>veio por uma lista de e-mails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recipient is %1</source>
        <translation>o destinatário é %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sender</source>
        <translation>o remetente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a recipient</source>
        <translation>um destinatário</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subject</source>
        <translation>o assunto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list</source>
        <translation>a lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>source</source>
        <translation>a fonte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>source kind</source>
        <translation>o tipo de fonte</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2 %3</source>
        <comment>field, unknown operator, value</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+83"/>
        <source>always</source>
        <translation>sempre</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+52"/>
        <source>(%1)</source>
        <comment>a group of conditions</comment>
        <translation>(%1)</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>source is %1</source>
        <translation>a fonte é %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>subject contains %1</source>
        <translation>o assunto contém %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>body contains %1</source>
        <translation>o corpo contém %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subject or body contains %1</source>
        <translation>o assunto ou o corpo contém %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>any of: %1</source>
        <translation>qualquer um de: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1; %2</source>
        <comment>alternatives of &quot;any of&quot;</comment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown condition %1</source>
        <translation>condição desconhecida %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1; turned off</source>
        <comment>a rule that never matches</comment>
        <translation>%1; desativada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; marked done</source>
        <comment>a rule whose items are marked done at once</comment>
        <translation>%1; itens marcados como concluídos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; no notifications</source>
        <comment>a rule whose items never notify</comment>
        <translation>%1; sem notificações</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1; %2</source>
        <comment>tier; deadline</comment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2; %3</source>
        <comment>tier, rule; deadline</comment>
        <translation>%1, %2; %3</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>moved here by you</source>
        <translation>movido para cá por você</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>by rule “%1”, which takes every item no earlier rule placed</source>
        <translation>pela regra “%1”, que pega todo item que nenhuma regra anterior posicionou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by rule “%1” (%2)</source>
        <translation>pela regra “%1” (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>by rule “%1”, a default of %2 (%3)</source>
        <translation>pela regra “%1”, um padrão de %2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no rule matched</source>
        <translation>nenhuma regra correspondeu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting in New senders (a new sender, and no rule of yours placed it)</source>
        <translation>aguardando em Novos remetentes (remetente novo, e nenhuma regra sua o posicionou)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the default of its source (no rule matched)</source>
        <translation>o padrão da fonte (nenhuma regra correspondeu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the default of source “%1” (no rule matched)</source>
        <translation>o padrão da fonte “%1” (nenhuma regra correspondeu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by rule “%1”, which no longer exists</source>
        <translation>pela regra “%1”, que não existe mais</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>due %1, the time its source set</source>
        <translation>vence em %1, horário definido pela fonte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>no reply owed</source>
        <translation>não exige resposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reply owed (policy “%1”)</source>
        <translation>não exige resposta (política “%1”)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>due %1</source>
        <translation>vence em %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>due %1 after the last activity, counted in working hours (policy “%2”)</source>
        <translation>vence %1 após a última atividade, contado em horário de trabalho (política “%2”)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due %1 after the last activity, counted in calendar time (policy “%2”)</source>
        <translation>vence %1 após a última atividade, contado em tempo corrido (política “%2”)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due %1 after receipt, counted in working hours (policy “%2”)</source>
        <translation>vence %1 após o recebimento, contado em horário de trabalho (política “%2”)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due %1 after receipt, counted in calendar time (policy “%2”)</source>
        <translation>vence %1 após o recebimento, contado em tempo corrido (política “%2”)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <comment>deadline rule — local due time</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>fi::RuleForm</name>
    <message>
        <location filename="../views/settings/rules/ruleform.cpp" line="+72"/>
        <source>Rule name</source>
        <translation>Nome da regra</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conditions</source>
        <translation>Condições</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Match all conditions</source>
        <translation>Atender a todas as condições</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match any condition</source>
        <translation>Atender a qualquer condição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the conditions combine</source>
        <translation>Como as condições se combinam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add condition</source>
        <translation>Adicionar condição</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Then</source>
        <translation>Então</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tier default</source>
        <translation>Padrão do nível</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No deadline</source>
        <translation>Sem prazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip notifications</source>
        <translation>Não notificar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items this rule places never raise a desktop notification and never break through a focus session.</source>
        <translation>Os itens que esta regra posiciona nunca geram notificação na área de trabalho nem interrompem uma sessão de foco.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tier:</source>
        <translation>Ní&amp;vel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response &amp;policy:</source>
        <translation>&amp;Política de resposta:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 (not defined)</source>
        <translation>%1 (não definida)</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>A rule needs a name.</source>
        <translation>Uma regra precisa de um nome.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another rule is already called “%1”; names must be unique.</source>
        <translation>Outra regra já se chama “%1”; os nomes devem ser únicos.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Condition %1: %2</source>
        <translation>Condição %1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Also requires: %1</source>
        <translation>Também exige: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No conditions: this rule places every item that reaches it.</source>
        <translation>Sem condições: esta regra posiciona todo item que chega a ela.</translation>
    </message>
</context>
<context>
    <name>fi::RuleListWidget</name>
    <message>
        <location filename="../views/settings/rules/rulelistwidget.cpp" line="+52"/>
        <source>Rules, first match wins</source>
        <translation>Regras (vale a primeira que corresponder)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move u&amp;p</source>
        <translation>Mover para &amp;cima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move do&amp;wn</source>
        <translation>Mover para &amp;baixo</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>New rule</source>
        <translation>Nova regra</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (copy)</source>
        <translation>%1 (cópia)</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>fi::RulePreviewPanel</name>
    <message>
        <location filename="../views/settings/rules/rulepreviewpanel.cpp" line="+23"/>
        <source>Items the rules would move</source>
        <translation>Itens que as regras moveriam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also move items I moved by &amp;hand</source>
        <translation>Também mover itens que eu movi &amp;manualmente</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No stored items to preview.</source>
        <translation>Nenhum item armazenado para pré-visualizar.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Fix the rules marked with a warning to see which stored items they would move.</source>
        <translation>Corrija as regras marcadas com um aviso para ver quais itens armazenados elas moveriam.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Looking at the stored items…</source>
        <translation>Analisando os itens armazenados…</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>These rules would move %n stored item(s).</source>
        <translation>
            <numerusform>Estas regras moveriam %n item armazenado.</numerusform>
            <numerusform>Estas regras moveriam %n itens armazenados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The first %n are listed.</source>
        <translation>
            <numerusform>%n está listado.</numerusform>
            <numerusform>Os primeiros %n estão listados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n more would stay in their tier with another rule or deadline.</source>
        <translation>
            <numerusform>Mais %n ficaria no mesmo nível, com outra regra ou prazo.</numerusform>
            <numerusform>Mais %n ficariam no mesmo nível, com outra regra ou prazo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no subject)</source>
        <translation>(sem assunto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 → %3 — %4</source>
        <translation>%1 — %2 → %3 — %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From %1 (%2)</source>
        <translation>De %1 (%2)</translation>
    </message>
</context>
<context>
    <name>fi::RuleSet</name>
    <message>
        <location filename="../models/rules/ruleset.cpp" line="+35"/>
        <source>a rule must be a JSON object</source>
        <translation>uma regra deve ser um objeto JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another rule already has this name</source>
        <translation>outra regra já tem este nome</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../views/settings/rules/rulespage.cpp" line="+38"/>
        <source>Rule %1 (&quot;%2&quot;) skipped: %3.</source>
        <translation>Regra %1 (&quot;%2&quot;) ignorada: %3.</translation>
    </message>
    <message>
        <location filename="../models/rules/fieldcondition.cpp" line="+27"/>
        <source>a condition must be an object like {&quot;field&quot;: &quot;subject&quot;, &quot;op&quot;: &quot;contains&quot;, &quot;value&quot;: &quot;outage&quot;}</source>
        <translation>uma condição deve ser um objeto como {&quot;field&quot;: &quot;subject&quot;, &quot;op&quot;: &quot;contains&quot;, &quot;value&quot;: &quot;outage&quot;}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown condition key &quot;%1&quot; (known: field, op, value)</source>
        <translation>chave de condição desconhecida &quot;%1&quot; (conhecidas: field, op, value)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown field &quot;%1&quot; (known: sender, recipients, subject, list, source, kind, or an attribute such as github.reason)</source>
        <translation>campo desconhecido &quot;%1&quot; (conhecidos: sender, recipients, subject, list, source, kind ou um atributo como github.reason)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>field &quot;%1&quot;: &quot;one-of&quot; needs a list of non-empty strings</source>
        <translation>campo &quot;%1&quot;: &quot;one-of&quot; precisa de uma lista de strings não vazias</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>field &quot;%1&quot;: the value must be a non-empty string</source>
        <translation>campo &quot;%1&quot;: o valor deve ser uma string não vazia</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../models/rules/rule.cpp" line="+38"/>
        <source>invalid regular expression &quot;%1&quot;: %2</source>
        <translation>expressão regular inválida &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>field &quot;%1&quot;: &quot;op&quot; must be contains, is, matches or one-of</source>
        <translation>campo &quot;%1&quot;: &quot;op&quot; deve ser contains, is, matches ou one-of</translation>
    </message>
    <message>
        <location filename="../models/rules/rule.cpp" line="+19"/>
        <source>keywords must be a string like &quot;outage|incident&quot; or a list of strings</source>
        <translation>as palavras-chave devem ser uma string como &quot;outage|incident&quot; ou uma lista de strings</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the keyword list is empty</source>
        <translation>a lista de palavras-chave está vazia</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>address patterns must be a string or a list of strings</source>
        <translation>os padrões de endereço devem ser uma string ou uma lista de strings</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a header condition must be an object like {&quot;name&quot;: &quot;list-id&quot;}</source>
        <translation>uma condição de cabeçalho deve ser um objeto como {&quot;name&quot;: &quot;list-id&quot;}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown header condition key &quot;%1&quot;</source>
        <translation>chave de condição de cabeçalho desconhecida &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a header condition needs a &quot;name&quot;</source>
        <translation>uma condição de cabeçalho precisa de um &quot;name&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>header &quot;%1&quot;: use only one of &quot;matches&quot;, &quot;notMatches&quot;, &quot;absent&quot;</source>
        <translation>cabeçalho &quot;%1&quot;: use apenas um entre &quot;matches&quot;, &quot;notMatches&quot;, &quot;absent&quot;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;attributes&quot; must be an object like {&quot;github.reason&quot;: &quot;^review_requested$&quot;}</source>
        <translation>&quot;attributes&quot; deve ser um objeto como {&quot;github.reason&quot;: &quot;^review_requested$&quot;}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>attribute &quot;%1&quot;: a key is &quot;&lt;namespace&gt;.&lt;name&gt;&quot; like &quot;github.reason&quot; or &quot;mail.list-id&quot;</source>
        <translation>atributo &quot;%1&quot;: uma chave tem a forma &quot;&lt;namespace&gt;.&lt;nome&gt;&quot;, como &quot;github.reason&quot; ou &quot;mail.list-id&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <source>attribute &quot;%1&quot;: %2</source>
        <translation>atributo &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>attribute &quot;%1&quot;: the value must be a regular expression, true (present), false (absent) or an object with &quot;matches&quot;, &quot;notMatches&quot; or &quot;absent&quot;</source>
        <translation>atributo &quot;%1&quot;: o valor deve ser uma expressão regular, true (presente), false (ausente) ou um objeto com &quot;matches&quot;, &quot;notMatches&quot; ou &quot;absent&quot;</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>empty address pattern</source>
        <translation>padrão de endereço vazio</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>&quot;source&quot; must be a source kind or name, or a list of them</source>
        <translation>&quot;source&quot; deve ser um tipo ou nome de fonte, ou uma lista deles</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;recipient&quot; must be one of to-me, cc-me, me, not-me, list (got &quot;%1&quot;)</source>
        <translation>&quot;recipient&quot; deve ser um de to-me, cc-me, me, not-me, list (recebido: &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;conditions&quot; must be a non-empty list of {&quot;field&quot;, &quot;op&quot;, &quot;value&quot;} objects</source>
        <translation>&quot;conditions&quot; deve ser uma lista não vazia de objetos {&quot;field&quot;, &quot;op&quot;, &quot;value&quot;}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;match&quot; must be &quot;all&quot; or &quot;any&quot;</source>
        <translation>&quot;match&quot; deve ser &quot;all&quot; ou &quot;any&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>&quot;any&quot; must be a non-empty list of condition objects (nested at most %1 deep)</source>
        <translation>&quot;any&quot; deve ser uma lista não vazia de objetos de condição (com no máximo %1 níveis de aninhamento)</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>&quot;scope&quot; must be &quot;mail&quot; (items of kinds that deliver mail) or &quot;all&quot; (every kind)</source>
        <translation>&quot;scope&quot; deve ser &quot;mail&quot; (itens de tipos que entregam e-mails) ou &quot;all&quot; (todos os tipos)</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>a rule needs a non-empty &quot;name&quot;</source>
        <translation>uma regra precisa de um &quot;name&quot; não vazio</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>unknown condition &quot;%1&quot; (known: source, sender, recipient, recipientAddress, headers, attributes, subject, body, text, any, conditions, match)</source>
        <translation>condição desconhecida &quot;%1&quot; (conhecidas: source, sender, recipient, recipientAddress, headers, attributes, subject, body, text, any, conditions, match)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>unknown key &quot;%1&quot; (known: name, when, tier, policy, scope, comment, enabled, notify, done)</source>
        <translation>chave desconhecida &quot;%1&quot; (conhecidas: name, when, tier, policy, scope, comment, enabled, notify, done)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;tier&quot; must be 1, 2, 3 or &quot;reference&quot;, &quot;async&quot;, &quot;now&quot;</source>
        <translation>&quot;tier&quot; deve ser 1, 2, 3 ou &quot;reference&quot;, &quot;async&quot;, &quot;now&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;policy&quot; must be a policy name</source>
        <translation>&quot;policy&quot; deve ser o nome de uma política</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; deve ser true ou false</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;when&quot; must be an object of conditions</source>
        <translation>&quot;when&quot; deve ser um objeto de condições</translation>
    </message>
</context>
<context>
    <name>fi::RulesPage</name>
    <message>
        <location filename="../views/settings/rules/rulespage.cpp" line="+14"/>
        <source>New items are placed by the first rule, from the top, whose conditions hold. Untick a rule to turn it off; drag rules or use Move up/down to change the order.</source>
        <translation>Os novos itens são posicionados pela primeira regra, de cima para baixo, cujas condições forem atendidas. Desmarque uma regra para desativá-la; arraste as regras ou use Mover para cima/baixo para mudar a ordem.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stored items</source>
        <translation>Itens armazenados</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Apply to &amp;stored items</source>
        <translation>Aplicar aos itens arma&amp;zenados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save these rules and move the stored items the preview lists. Edit ▸ Undo takes it back.</source>
        <translation>Salvar estas regras e mover os itens armazenados listados na pré-visualização. Editar ▸ Desfazer reverte a operação.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U&amp;ndo apply</source>
        <translation>Des&amp;fazer aplicação</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Applying the rules…</source>
        <translation>Aplicando as regras…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undoing the apply…</source>
        <translation>Desfazendo a aplicação…</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Another rule is also called “%1”; names must be unique.</source>
        <translation>Outra regra também se chama “%1”; os nomes devem ser únicos.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n rule(s) with a mistake (marked in the list): fix them to save or apply the rules.</source>
        <translation>
            <numerusform>%n regra com erro (marcada na lista): corrija-a para salvar ou aplicar as regras.</numerusform>
            <numerusform>%n regras com erro (marcadas na lista): corrija-as para salvar ou aplicar as regras.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Moved %n item(s).</source>
        <translation>
            <numerusform>%n item movido.</numerusform>
            <numerusform>%n itens movidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Apply undone: %n item(s) back where they were.</source>
        <translation>
            <numerusform>Aplicação desfeita: %n item voltou para onde estava.</numerusform>
            <numerusform>Aplicação desfeita: %n itens voltaram para onde estavam.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>Could not write “%1”: %2</source>
        <translation>Não foi possível gravar “%1”: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not read “%1”: %2</source>
        <translation>Não foi possível ler “%1”: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is too large for a rules file.</source>
        <translation>“%1” é grande demais para um arquivo de regras.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not valid JSON: %2 (at byte %3).</source>
        <translation>“%1” não é um JSON válido: %2 (no byte %3).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” holds no rules: expected a JSON array of rules, or an object with a &quot;rules&quot; array.</source>
        <translation>“%1” não contém regras: esperava-se um array JSON de regras ou um objeto com um array &quot;rules&quot;.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+5"/>
        <location line="+44"/>
        <source>Import rules</source>
        <translation>Importar regras</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Nothing was imported from “%1”:</source>
        <translation>Nada foi importado de “%1”:</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Replace the %n rule(s) in the list with %1 from “%2”?</source>
        <translation>
            <numerusform>Substituir a %n regra da lista por %1 de “%2”?</numerusform>
            <numerusform>Substituir as %n regras da lista por %1 de “%2”?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>the %n rule(s)</source>
        <translation>
            <numerusform>a %n regra</numerusform>
            <numerusform>as %n regras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Imported %n rule(s); OK saves them.</source>
        <translation>
            <numerusform>%n regra importada; OK a salva.</numerusform>
            <numerusform>%n regras importadas; OK as salva.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <source>Export rules</source>
        <translation>Exportar regras</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+12"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Arquivos JSON (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>Exported %n rule(s).</source>
        <translation>
            <numerusform>%n regra exportada.</numerusform>
            <numerusform>%n regras exportadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fi::RulesResult</name>
    <message>
        <location filename="../app/rules/rulesrequesthandler.cpp" line="+20"/>
        <source>config.json has rules that do not load: %1</source>
        <translation>o config.json tem regras que não podem ser carregadas: %1</translation>
    </message>
    <message>
        <location filename="../models/triage/rulesrequest.cpp" line="+32"/>
        <source>the running Focus Inbox did not apply the rules</source>
        <translation>o Focus Inbox em execução não aplicou as regras</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the database refused the change (see the log)</source>
        <translation>o banco de dados recusou a alteração (veja o log)</translation>
    </message>
</context>
<context>
    <name>fi::Sample</name>
    <message>
        <location filename="../models/sample/sampleworkspace.cpp" line="+67"/>
        <location line="+55"/>
        <source>Cannot create %1</source>
        <translation>Não foi possível criar %1</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+61"/>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Sample workspace</source>
        <translation>Espaço de trabalho de exemplo</translation>
    </message>
</context>
<context>
    <name>fi::SavedSearches</name>
    <message>
        <location filename="../models/config/savedsearches.cpp" line="+42"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: não foi possível ler: %2</translation>
    </message>
</context>
<context>
    <name>fi::ScreenerFeature</name>
    <message>
        <location filename="../views/triage/screenerfeature.cpp" line="+30"/>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>New senders wait here until you decide. Press 3 for Now, 2 for Async, 1 for Reference or B to block: the decision becomes a rule for that sender.</source>
        <translation>Os novos remetentes aguardam aqui até você decidir. Pressione 3 para Agora, 2 para Assíncrono, 1 para Referência ou B para bloquear: a decisão vira uma regra para esse remetente.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Could not add a rule for %1: %2</source>
        <translation>Não foi possível adicionar uma regra para %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%1: %2 — %n item(s) placed; the rule is in Preferences ▸ Rules</source>
        <translation>
            <numerusform>%1: %2 — %n item posicionado; a regra está em Preferências ▸ Regras</numerusform>
            <numerusform>%1: %2 — %n itens posicionados; a regra está em Preferências ▸ Regras</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fi::SearchFeature</name>
    <message>
        <location filename="../views/search/searchfeature.cpp" line="+147"/>
        <source>Saved search “%1” now searches “%2”</source>
        <translation>A pesquisa salva “%1” agora pesquisa “%2”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved search “%1”</source>
        <translation>Pesquisa “%1” salva</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type a search first, then save it</source>
        <translation>Digite uma pesquisa primeiro e depois salve-a</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save search</source>
        <translation>Salvar pesquisa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in the sidebar:</source>
        <translation>Nome na barra lateral:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A saved search needs a name</source>
        <translation>Uma pesquisa salva precisa de um nome</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Deleted saved search “%1”</source>
        <translation>Pesquisa salva “%1” excluída</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not save the saved searches: %1</source>
        <translation>Não foi possível salvar as pesquisas salvas: %1</translation>
    </message>
</context>
<context>
    <name>fi::SearchField</name>
    <message>
        <location filename="../views/search/searchfield.cpp" line="+51"/>
        <source>Search all tiers  ( / )</source>
        <translation>Pesquisar em todos os níveis  ( / )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Pesquisa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words, &quot;phrases&quot;, -negation, OR, and from: to: source: kind: tier: is: before: after:</source>
        <translation>Palavras, &quot;frases&quot;, -negação, OR, e from: to: source: kind: tier: is: before: after:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save…</source>
        <translation>Salvar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this search in the sidebar</source>
        <translation>Salvar esta pesquisa na barra lateral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save search</source>
        <translation>Salvar pesquisa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search hint</source>
        <translation>Dica de pesquisa</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Searching all tiers, done and snoozed included…</source>
        <translation>Pesquisando em todos os níveis, incluindo concluídos e adiados…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tiers, done and snoozed included · 1 result</source>
        <translation>Todos os níveis, incluindo concluídos e adiados · 1 resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tiers, done and snoozed included · %1 results</source>
        <translation>Todos os níveis, incluindo concluídos e adiados · %1 resultados</translation>
    </message>
</context>
<context>
    <name>fi::Sender</name>
    <message>
        <location filename="../models/domain/senderdisplay.cpp" line="+14"/>
        <source>%1 (%2)</source>
        <extracomment>A sender&apos;s name and their handle (a login, not an e-mail address): &quot;Ana Silva (@anasilva)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>fi::SenderRuleFeature</name>
    <message>
        <location filename="../views/triage/senderrulefeature.cpp" line="+89"/>
        <location line="+12"/>
        <source>Make a rule</source>
        <translation>Criar uma regra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rule &quot;%1&quot; puts %2 in %3, for new items from now on.</source>
        <translation>A regra &quot;%1&quot; coloca %2 em %3, para os novos itens a partir de agora.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>It would move %n stored item(s) to another tier.</source>
        <translation>
            <numerusform>Ela moveria %n item armazenado para outro nível.</numerusform>
            <numerusform>Ela moveria %n itens armazenados para outro nível.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the rule and move them</source>
        <translation>Adicionar a regra e movê-los</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for new items</source>
        <translation>Somente para novos itens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add the rule</source>
        <translation>Adicionar a regra</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Rule &quot;%1&quot; added; %n item(s) moved — press U to undo the move</source>
        <translation>
            <numerusform>Regra &quot;%1&quot; adicionada; %n item movido — pressione U para desfazer a movimentação</numerusform>
            <numerusform>Regra &quot;%1&quot; adicionada; %n itens movidos — pressione U para desfazer a movimentação</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule &quot;%1&quot; added for new items</source>
        <translation>Regra &quot;%1&quot; adicionada para novos itens</translation>
    </message>
</context>
<context>
    <name>fi::SetFlagCommand</name>
    <message numerus="yes">
        <location filename="../views/triage/triagecommands.cpp" line="+69"/>
        <source>Flag %n item(s)</source>
        <translation>
            <numerusform>Sinalizar %n item</numerusform>
            <numerusform>Sinalizar %n itens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Unflag %n item(s)</source>
        <translation>
            <numerusform>Remover a sinalização de %n item</numerusform>
            <numerusform>Remover a sinalização de %n itens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fi::SetSeenCommand</name>
    <message numerus="yes">
        <location line="-24"/>
        <source>Mark %n item(s) read</source>
        <translation>
            <numerusform>Marcar %n item como lido</numerusform>
            <numerusform>Marcar %n itens como lidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Mark %n item(s) unread</source>
        <translation>
            <numerusform>Marcar %n item como não lido</numerusform>
            <numerusform>Marcar %n itens como não lidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fi::SetStateCommand</name>
    <message numerus="yes">
        <location line="-85"/>
        <source>Mark %n item(s) done</source>
        <translation>
            <numerusform>Marcar %n item como concluído</numerusform>
            <numerusform>Marcar %n itens como concluídos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Snooze %n item(s)</source>
        <translation>
            <numerusform>Adiar %n item</numerusform>
            <numerusform>Adiar %n itens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Reopen %n item(s)</source>
        <translation>
            <numerusform>Reabrir %n item</numerusform>
            <numerusform>Reabrir %n itens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fi::SetTierCommand</name>
    <message numerus="yes">
        <location line="+38"/>
        <source>Move %n item(s) to %1</source>
        <translation>
            <numerusform>Mover %n item para %1</numerusform>
            <numerusform>Mover %n itens para %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fi::ShortcutOverlay</name>
    <message>
        <location filename="../views/shortcutoverlay.cpp" line="+41"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
</context>
<context>
    <name>fi::SnoozeEntries</name>
    <message>
        <location filename="../views/palette/snoozeentries.cpp" line="+58"/>
        <source>Snooze until after this focus session</source>
        <translation>Adiar até depois desta sessão de foco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze for 1 hour</source>
        <translation>Adiar por 1 hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze until this evening</source>
        <translation>Adiar até hoje à noite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze until tomorrow 09:00</source>
        <translation>Adiar até amanhã às 09:00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze until the next working morning</source>
        <translation>Adiar até a próxima manhã útil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze until next Monday</source>
        <translation>Adiar até a próxima segunda-feira</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Snooze</source>
        <translation>Adiar</translation>
    </message>
</context>
<context>
    <name>fi::SnoozePhrase</name>
    <message>
        <location filename="../models/snooze/snoozephrase.cpp" line="+30"/>
        <source>try &quot;tue 14:30&quot;, &quot;in 3h&quot; or &quot;dec 5&quot;</source>
        <translation>tente &quot;ter 14:30&quot;, &quot;em 3h&quot; ou &quot;5 dez&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has already passed.</source>
        <translation>%1 já passou.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is more than ten years away.</source>
        <translation>%1 está a mais de dez anos daqui.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+472"/>
        <location line="+13"/>
        <source>There is no date %1.</source>
        <translation>A data %1 não existe.</translation>
    </message>
    <message>
        <location line="-480"/>
        <location line="+91"/>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a valid time of day.</source>
        <translation>&quot;%1&quot; não é um horário válido.</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>&quot;%1&quot; is not a valid UTC offset.</source>
        <translation>&quot;%1&quot; não é um deslocamento UTC válido.</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+337"/>
        <location line="+23"/>
        <source>&quot;%1&quot; names two different times or days.</source>
        <translation>&quot;%1&quot; indica dois horários ou dias diferentes.</translation>
    </message>
    <message>
        <location line="-223"/>
        <location line="+137"/>
        <location line="+75"/>
        <location line="+4"/>
        <location line="+51"/>
        <location line="+73"/>
        <source>&quot;%1&quot; is not a time I understand; %2.</source>
        <translation>&quot;%1&quot; não é um horário que eu entenda; %2.</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>&quot;%1&quot; needs a number before it; %2.</source>
        <translation>&quot;%1&quot; precisa de um número antes; %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a day of the month.</source>
        <translation>&quot;%1&quot; não é um dia do mês.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A snooze must last longer than zero.</source>
        <translation>O adiamento deve durar mais que zero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is more than ten years away.</source>
        <translation>&quot;%1&quot; está a mais de dez anos daqui.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; gives both a duration and a date or time; give one of them.</source>
        <translation>&quot;%1&quot; indica uma duração e também uma data ou horário; indique só um deles.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The working hours have no working day.</source>
        <translation>O horário de trabalho não tem nenhum dia útil.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+28"/>
        <source>&quot;%1&quot; needs a month, e.g. &quot;dec 5&quot;.</source>
        <translation>&quot;%1&quot; precisa de um mês, ex.: &quot;5 dez&quot;.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>After this focus session</source>
        <translation>Depois desta sessão de foco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In 1 hour</source>
        <translation>Em 1 hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This evening</source>
        <translation>Hoje à noite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow 09:00</source>
        <translation>Amanhã às 09:00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next working morning</source>
        <translation>Próxima manhã útil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next Monday</source>
        <translation>Próxima segunda-feira</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type when to wake it: %1.</source>
        <translation>Digite quando ele deve voltar: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No focus session is running.</source>
        <translation>Nenhuma sessão de foco em andamento.</translation>
    </message>
</context>
<context>
    <name>fi::SnoozePicker</name>
    <message>
        <location filename="../views/triage/snoozepicker.cpp" line="+32"/>
        <source>no focus session</source>
        <translation>sem sessão de foco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no working days set</source>
        <translation>nenhum dia útil configurado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Snooze</source>
        <translation>Adiar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Snooze until…</source>
        <translation>Adiar até…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Snooze choices</source>
        <translation>Opções de adiamento</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Snooze until a typed time</source>
        <translation>Adiar até um horário digitado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or type a time: tue 14:30, in 3h, dec 5…</source>
        <translation>Ou digite um horário: ter 14:30, em 3h, 5 dez…</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n items</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n itens</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Keys 1–6 choose · Tab to type · Esc closes</source>
        <translation>Teclas 1–6: escolher · Tab: digitar · Esc: fechar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>→ %1 · %2 · Enter ↵</source>
        <comment>relative time, date</comment>
        <translation>→ %1 · %2 · Enter ↵</translation>
    </message>
</context>
<context>
    <name>fi::SnoozeText</name>
    <message>
        <location filename="../models/snooze/snoozetext.cpp" line="+20"/>
        <source>today %1</source>
        <translation>hoje %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow %1</source>
        <translation>amanhã %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <comment>weekday, time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2</source>
        <comment>date, time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <comment>date with year, time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>wakes %1</source>
        <translation>volta %1</translation>
    </message>
</context>
<context>
    <name>fi::SourceEditors</name>
    <message>
        <location filename="../views/sources/imap/imapeditor.cpp" line="+47"/>
        <source>Add &amp;IMAP account…</source>
        <translation>Adicionar conta &amp;IMAP…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a mail account on an IMAP server</source>
        <translation>Adicionar uma conta de e-mail em um servidor IMAP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit account…</source>
        <translation>Editar conta…</translation>
    </message>
    <message>
        <location filename="../views/sources/maildir/maildireditor.cpp" line="+104"/>
        <source>&amp;Add Maildir…</source>
        <translation>&amp;Adicionar Maildir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a Maildir folder on this computer</source>
        <translation>Adicionar uma pasta Maildir deste computador</translation>
    </message>
    <message>
        <location filename="../views/sources/feed/feededitor.cpp" line="+14"/>
        <source>Add &amp;feed…</source>
        <translation>Adicionar &amp;feed…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow an RSS, Atom or JSON feed, or a web page that announces one</source>
        <translation>Acompanhar um feed RSS, Atom ou JSON, ou uma página web que anuncie um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit feed…</source>
        <translation>Editar feed…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import feeds from &amp;OPML…</source>
        <translation>Importar feeds de &amp;OPML…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the feeds listed in an OPML file from another feed reader</source>
        <translation>Adicionar os feeds listados em um arquivo OPML de outro leitor de feeds</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;xport feeds as OPML…</source>
        <translation>E&amp;xportar feeds como OPML…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the list of feeds as an OPML file for other feed readers</source>
        <translation>Salvar a lista de feeds como um arquivo OPML para outros leitores de feeds</translation>
    </message>
    <message>
        <location filename="../views/sources/github/githubeditor.cpp" line="+12"/>
        <source>Add &amp;GitHub account…</source>
        <translation>Adicionar conta do &amp;GitHub…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the notifications of a GitHub or GitHub Enterprise Server account</source>
        <translation>Acompanhar as notificações de uma conta do GitHub ou do GitHub Enterprise Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit GitHub account…</source>
        <translation>Editar conta do GitHub…</translation>
    </message>
    <message>
        <location filename="../views/sources/webhook/webhookeditor.cpp" line="+12"/>
        <source>Add &amp;webhook…</source>
        <translation>Adicionar &amp;webhook…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let scripts, CI and monitoring push items to Focus Inbox over a local HTTP endpoint</source>
        <translation>Permitir que scripts, CI e ferramentas de monitoramento enviem itens ao Focus Inbox por um endpoint HTTP local</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Webhook settings…</source>
        <translation>Configurações do webhook…</translation>
    </message>
</context>
<context>
    <name>fi::SourceKind</name>
    <message>
        <location filename="../models/sources/imap/imapkind.cpp" line="+44"/>
        <source>IMAP account</source>
        <translation>conta IMAP</translation>
    </message>
    <message>
        <location filename="../models/sources/maildir/maildirkind.cpp" line="+56"/>
        <source>Maildir folder</source>
        <translation>pasta Maildir</translation>
    </message>
    <message>
        <location filename="../models/sources/feed/feedkind.cpp" line="+43"/>
        <source>Feed (RSS, Atom, JSON Feed)</source>
        <translation>feed (RSS, Atom, JSON Feed)</translation>
    </message>
    <message>
        <location filename="../models/sources/github/githubkind.cpp" line="+115"/>
        <source>GitHub notifications</source>
        <translation>notificações do GitHub</translation>
    </message>
    <message>
        <location filename="../models/sources/webhook/webhookkind.cpp" line="+174"/>
        <source>Local webhook</source>
        <translation>webhook local</translation>
    </message>
</context>
<context>
    <name>fi::SourceListView</name>
    <message>
        <location filename="../views/sourcelistview.cpp" line="+134"/>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Listen again</source>
        <translation>Escutar novamente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Screen new senders</source>
        <translation>Filtrar novos remetentes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mail from senders never seen before waits in New senders until you decide</source>
        <translation>Os e-mails de remetentes nunca vistos antes aguardam em Novos remetentes até você decidir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove source…</source>
        <translation>Remover fonte…</translation>
    </message>
</context>
<context>
    <name>fi::SourceStatusModel</name>
    <message numerus="yes">
        <location filename="../models/sync/sourcestatusmodel.cpp" line="+24"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Synced just now</source>
        <translation>Sincronizado agora mesmo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synced %1 ago</source>
        <translation>Sincronizado há %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+35"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Needs attention</source>
        <translation>Precisa de atenção</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not listening · retrying in %1</source>
        <translation>Sem escutar · nova tentativa em %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline · retrying in %1</source>
        <translation>Sem conexão · nova tentativa em %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync failed</source>
        <translation>Falha ao sincronizar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Up to date · instant</source>
        <translation>Em dia · instantâneo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting to sync</source>
        <translation>Aguardando sincronização</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fix the source&apos;s settings (Edit… in its context menu), then choose Sync now.</source>
        <translation>Corrija as configurações da fonte (Editar… no menu de contexto) e depois escolha Sincronizar agora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempt %1 failed; trying again in %2.</source>
        <translation>A tentativa %1 falhou; nova tentativa em %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last synced %1.</source>
        <translation>Última sincronização: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New mail arrives as soon as the server reports it (IMAP IDLE).</source>
        <translation>Os novos e-mails chegam assim que o servidor os informa (IMAP IDLE).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next check in %1.</source>
        <translation>Próxima verificação em %1.</translation>
    </message>
</context>
<context>
    <name>fi::SourcesFeature</name>
    <message numerus="yes">
        <location filename="../app/sources/sourcesfeature.cpp" line="+45"/>
        <source>Could not update “%1” (%2); %n change(s) will be sent later.</source>
        <translation>
            <numerusform>Não foi possível atualizar “%1” (%2); %n alteração será enviada mais tarde.</numerusform>
            <numerusform>Não foi possível atualizar “%1” (%2); %n alterações serão enviadas mais tarde.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Remove source</source>
        <translation>Remover fonte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%1” and its items from Focus Inbox?

Nothing is deleted on the server or on disk; you can add the source again later.</source>
        <translation>Remover “%1” e seus itens do Focus Inbox?

Nada é excluído no servidor nem no disco; você pode adicionar a fonte novamente mais tarde.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Removed “%1”.</source>
        <translation>Fonte “%1” removida.</translation>
    </message>
</context>
<context>
    <name>fi::StoreWriter</name>
    <message>
        <location filename="../models/storage/storewriter.cpp" line="+21"/>
        <source>The disk is full (%1).</source>
        <translation>O disco está cheio (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database file cannot be written; the disk may be full or failing (%1).</source>
        <translation>Não foi possível gravar o arquivo do banco de dados; o disco pode estar cheio ou com defeito (%1).</translation>
    </message>
</context>
<context>
    <name>fi::SyncManager</name>
    <message>
        <location filename="../models/sync/syncmanager.cpp" line="+131"/>
        <source>The source &quot;%1&quot; is disabled.</source>
        <translation>A fonte &quot;%1&quot; está desativada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The source no longer exists.</source>
        <translation>A fonte não existe mais.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The store did not take the items.</source>
        <translation>O banco de dados não aceitou os itens.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unknown source kind &quot;%1&quot;</source>
        <translation>Tipo de fonte desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Could not store a batch: %1</source>
        <translation>Não foi possível salvar um lote: %1</translation>
    </message>
</context>
<context>
    <name>fi::SyncScheduler</name>
    <message>
        <location filename="../models/sync/syncscheduler.cpp" line="+224"/>
        <source>This source cannot listen with its settings.</source>
        <translation>Com as configurações atuais, esta fonte não consegue escutar conexões.</translation>
    </message>
</context>
<context>
    <name>fi::SyncStatusWidget</name>
    <message>
        <location filename="../views/syncstatuswidget.cpp" line="+43"/>
        <source>Syncing %1 · %2/%3</source>
        <translation>Sincronizando %1 · %2/%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing %1…</source>
        <translation>Sincronizando %1…</translation>
    </message>
</context>
<context>
    <name>fi::Tier</name>
    <message>
        <location filename="../models/domain/tier.cpp" line="+33"/>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Async</source>
        <translation>Assíncrono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
</context>
<context>
    <name>fi::TierSidebar</name>
    <message>
        <location filename="../views/tiersidebar.cpp" line="+123"/>
        <source>Inbox</source>
        <translation>Caixa de entrada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inbox views</source>
        <translation>Visualizações da caixa de entrada</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+8"/>
        <source>Saved searches</source>
        <translation>Pesquisas salvas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Show results</source>
        <translation>Mostrar resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete saved search</source>
        <translation>Excluir pesquisa salva</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Add a source</source>
        <translation>Adicionar uma fonte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Sample workspace&lt;/b&gt;&lt;br&gt;These items are samples. Add an IMAP account or a Maildir from the File menu to see your own mail.</source>
        <translation>&lt;b&gt;Espaço de trabalho de exemplo&lt;/b&gt;&lt;br&gt;Estes itens são exemplos. Adicione uma conta IMAP ou um Maildir pelo menu Arquivo para ver seus próprios e-mails.</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n itens</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>%1, 1 item</source>
        <translation>%1, 1 item</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+38"/>
        <source>%1, %2 items</source>
        <translation>%1, %2 itens</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 — 1 open item</source>
        <translation>%1 — 1 item aberto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 open items</source>
        <translation>%1 — %2 itens abertos</translation>
    </message>
</context>
<context>
    <name>fi::TrayIcon</name>
    <message>
        <location filename="../app/trayicon.cpp" line="+20"/>
        <source>Open Focus Inbox</source>
        <translation>Abrir o Focus Inbox</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Start focus %n min</source>
        <translation>
            <numerusform>Iniciar foco de %n min</numerusform>
            <numerusform>Iniciar foco de %n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End focus</source>
        <translation>Encerrar foco</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message numerus="yes">
        <location line="+82"/>
        <source>Focus Inbox — %n in Now</source>
        <translation>
            <numerusform>Focus Inbox — %n em Agora</numerusform>
            <numerusform>Focus Inbox — %n em Agora</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focusing until %1</source>
        <translation>Sessão de foco até %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n held</source>
        <translation>
            <numerusform>%n em espera</numerusform>
            <numerusform>%n em espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n atrasado</numerusform>
            <numerusform>%n atrasados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fi::TraySession</name>
    <message>
        <location filename="../app/session/traysession.cpp" line="+62"/>
        <source>Focus Inbox is still running</source>
        <translation>O Focus Inbox continua em execução</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It keeps syncing and guarding your focus from the tray. To quit, choose Quit in the tray menu or File ▸ Quit.</source>
        <translation>Ele continua sincronizando e protegendo o seu foco a partir da bandeja do sistema. Para sair, escolha Sair no menu da bandeja ou Arquivo ▸ Sair.</translation>
    </message>
</context>
<context>
    <name>fi::Triage</name>
    <message>
        <location filename="../models/triage/triageapply.cpp" line="+80"/>
        <source>the running Focus Inbox gave no answer to the request</source>
        <translation>o Focus Inbox em execução não respondeu à solicitação</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>not a triage request with item ids</source>
        <translation>não é uma solicitação de triagem com ids de itens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the tier must be 1, 2 or 3</source>
        <translation>o nível deve ser 1, 2 ou 3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the snooze time has passed already</source>
        <translation>o horário do adiamento já passou</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no such item: %1 (nothing was changed)</source>
        <translation>item inexistente: %1 (nada foi alterado)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the database refused the change (see the log)</source>
        <translation>o banco de dados recusou a alteração (veja o log)</translation>
    </message>
</context>
<context>
    <name>fi::TriagePage</name>
    <message>
        <location filename="../views/settings/triagepage.cpp" line="+14"/>
        <source>After an action</source>
        <translation>Depois de uma ação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the &amp;next item (below)</source>
        <translation>Selecionar o &amp;próximo item (abaixo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select the &amp;previous item (above)</source>
        <translation>Selecionar o item &amp;anterior (acima)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Done, snooze, a tier, read/unread and flag move the selection on by themselves, so triage never needs a second key. At the end of the list the other neighbour is selected.</source>
        <translation>Concluído, adiar, um nível, lido/não lido e sinalizar movem a seleção sozinhos, então a triagem nunca precisa de uma segunda tecla. No fim da lista, o vizinho do outro lado é selecionado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group messages into &amp;conversations</source>
        <translation>Agrupar as mensagens em &amp;conversas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per conversation, with one deadline: a reply of yours meets every message before it. Done, snooze and a tier act on the whole conversation.</source>
        <translation>Uma linha por conversa, com um só prazo: uma resposta sua atende a todas as mensagens anteriores. Concluir, adiar e um nível atuam sobre a conversa inteira.</translation>
    </message>
</context>
<context>
    <name>fi::WeekGrid</name>
    <message>
        <location filename="../views/settings/focus/weekgrid.cpp" line="+52"/>
        <source>Weekly focus schedule</source>
        <translation>Agenda semanal de foco</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+255"/>
        <source>No focus blocks</source>
        <translation>Nenhum bloco de foco</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1–%2</source>
        <extracomment>A focus block&apos;s time range, e.g. &quot;09:00–11:00&quot;.</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 %2</source>
        <extracomment>One block in the schedule summary: weekday and time range, e.g. &quot;Tue 09:00–11:00&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Delete block</source>
        <translation>Excluir bloco</translation>
    </message>
</context>
<context>
    <name>fi::WorkingHours</name>
    <message>
        <location filename="../models/deadlines/holidayimport.cpp" line="+180"/>
        <source>Cannot read holiday calendar %1: %2</source>
        <translation>Não foi possível ler o calendário de feriados %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>%1 is too large for a holiday calendar (more than %2 MiB).</source>
        <translation>%1 é grande demais para um calendário de feriados (mais de %2 MiB).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not an iCalendar file (no BEGIN:VCALENDAR).</source>
        <translation>%1 não é um arquivo iCalendar (falta BEGIN:VCALENDAR).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 nests calendar components more than %2 deep.</source>
        <translation>%1 aninha componentes de calendário em mais de %2 níveis de profundidade.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be parsed as iCalendar.</source>
        <translation>Não foi possível interpretar %1 como iCalendar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has too many holidays or recurrences to import (more than %2 events, %3 dates or %4 seconds of work).</source>
        <translation>%1 tem feriados ou recorrências demais para importar (mais de %2 eventos, %3 datas ou %4 segundos de processamento).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 contains no VCALENDAR.</source>
        <translation>%1 não contém nenhum VCALENDAR.</translation>
    </message>
    <message>
        <location filename="../models/deadlines/workinghours.cpp" line="+52"/>
        <source>invalid weekday.</source>
        <translation>dia da semana inválido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>interval %1 is empty or outside 00:00–24:00.</source>
        <translation>o intervalo %1 está vazio ou fora de 00:00–24:00.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interval %1 is not in 15-minute steps.</source>
        <translation>o intervalo %1 não está em passos de 15 minutos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>intervals %1 and %2 overlap.</source>
        <translation>os intervalos %1 e %2 se sobrepõem.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not an interval like &quot;09:00-17:00&quot;.</source>
        <translation>&quot;%1&quot; não é um intervalo como &quot;09:00-17:00&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a valid time range.</source>
        <translation>&quot;%1&quot; não é um intervalo de horário válido.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; ends before it starts (split overnight shifts into two days).</source>
        <translation>&quot;%1&quot; termina antes de começar (divida turnos noturnos em dois dias).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not in 15-minute steps.</source>
        <translation>&quot;%1&quot; não está em passos de 15 minutos.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Working hours: %1</source>
        <translation>Horário de trabalho: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown key &quot;%1&quot; ignored.</source>
        <translation>chave desconhecida &quot;%1&quot; ignorada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown time zone &quot;%1&quot;; using %2.</source>
        <translation>fuso horário desconhecido &quot;%1&quot;; usando %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;week&quot; must be an object keyed by &quot;mon&quot; … &quot;sun&quot;; keeping Mon–Fri 09:00–17:00.</source>
        <translation>&quot;week&quot; deve ser um objeto com chaves &quot;mon&quot; … &quot;sun&quot;; mantendo seg–sex 09:00–17:00.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown weekday &quot;%1&quot; ignored (use mon, tue, wed, thu, fri, sat, sun).</source>
        <translation>dia da semana desconhecido &quot;%1&quot; ignorado (use mon, tue, wed, thu, fri, sat, sun).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; must be a list like [&quot;09:00-17:00&quot;].</source>
        <translation>&quot;%1&quot; deve ser uma lista como [&quot;09:00-17:00&quot;].</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 No working time on that day.</source>
        <translation>%1: %2 Sem horário de trabalho nesse dia.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;holidays&quot; must be a list of dates like &quot;2026-12-25&quot;.</source>
        <translation>&quot;holidays&quot; deve ser uma lista de datas como &quot;2026-12-25&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>holiday &quot;%1&quot; is not a date like 2026-12-25.</source>
        <translation>o feriado &quot;%1&quot; não é uma data como 2026-12-25.</translation>
    </message>
</context>
<context>
    <name>fi::WorkingHoursEditor</name>
    <message>
        <location filename="../views/settings/workinghourseditor.cpp" line="+33"/>
        <source>not working</source>
        <translation>sem expediente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intervals in 15-minute steps, e.g. 09:00-12:00, 13:00-17:00</source>
        <translation>Intervalos em passos de 15 minutos, ex.: 09:00-12:00, 13:00-17:00</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import .ics…</source>
        <translation>Importar .ics…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Holidays</source>
        <translation>Feriados</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Import holidays</source>
        <translation>Importar feriados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>Arquivos iCalendar (*.ics);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read holiday calendar %1: it does not exist.</source>
        <translation>Não foi possível ler o calendário de feriados %1: ele não existe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 não é um arquivo comum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is too large for a holiday calendar (%2 MB; at most %3 MB).</source>
        <translation>%1 é grande demais para um calendário de feriados (%2 MB; no máximo %3 MB).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Importing holidays from %1…</source>
        <translation>Importando feriados de %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Imported %n new holiday(s).</source>
        <translation>
            <numerusform>%n novo feriado importado.</numerusform>
            <numerusform>%n novos feriados importados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fi::autostart</name>
    <message>
        <location filename="../models/config/autostart.cpp" line="+101"/>
        <source>The program&apos;s path %1 cannot be started at login.</source>
        <translation>O caminho do programa, %1, não pode ser iniciado no login.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not create the folder %1.</source>
        <translation>Não foi possível criar a pasta %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not remove %1: %2</source>
        <translation>Não foi possível remover %1: %2</translation>
    </message>
</context>
<context>
    <name>fi::buildinfo</name>
    <message>
        <location filename="../models/config/buildinfo.cpp" line="+31"/>
        <source>Focus Inbox %1 (revision %2, portable build)</source>
        <translation>Focus Inbox %1 (revisão %2, compilação portátil)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Focus Inbox %1 (revision %2)</source>
        <translation>Focus Inbox %1 (revisão %2)</translation>
    </message>
</context>
<context>
    <name>fi::cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="+101"/>
        <source>Keep database, config and logs in &lt;dir&gt;.</source>
        <translation>Manter o banco de dados, a configuração e os logs em &lt;dir&gt;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name of a new source.</source>
        <translation>Nome de uma nova fonte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your own address in a new source (repeatable): mail to it is &quot;addressed to me&quot;.</source>
        <translation>Seu próprio endereço em uma nova fonte (pode ser repetido): os e-mails enviados a ele são &quot;endereçados a mim&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print JSON lines.</source>
        <translation>Exibir linhas JSON.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only items of tier &lt;n&gt; (1, 2 or 3).</source>
        <translation>Somente itens do nível &lt;n&gt; (1, 2 ou 3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open (default), done, snoozed or all.</source>
        <translation>open (padrão), done, snoozed ou all.</translation>
    </message>
    <message>
        <location filename="../app/cli/imapcommand.cpp" line="+103"/>
        <source>IMAP folder to watch (repeatable).</source>
        <translation>Pasta IMAP a monitorar (pode ser repetido).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tls, starttls or none.</source>
        <translation>tls, starttls ou none.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust this SHA-256 certificate fingerprint for the account.</source>
        <translation>Confiar nesta impressão digital SHA-256 do certificado para a conta.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="-85"/>
        <source>Focus Inbox — a tiered inbox with response deadlines that guards deep work.

Without a command, opens the window. Commands:
</source>
        <translation>Focus Inbox — uma caixa de entrada em níveis, com prazos de resposta, que protege o seu foco.

Sem um comando, abre a janela. Comandos:
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  sources list                           list configured sources
  sync                                   sync all sources once (summary on stdout)
  list --json [--tier N] [--state S]     print items, one JSON object per line
  list --json --conversations [--tier N] [--state S]
                                         one object per conversation with an item of the
                                         query: {conversation, subject, count, tier, due,
                                         deadline_state, state, item_ids}
  search QUERY... [--json] [--limit N]   find items as the search field does (every tier and
                                         state, best match first): words, &quot;phrases&quot;, -word,
                                         OR, from: to: source: kind: tier: is: before: after:;
                                         a query the parser has to correct exits 2;
                                         search -- -word … when the query starts with &apos;-&apos;
  open ID                                show item ID (the &quot;id&quot; of list --json) selected in
                                         the window and raise it; starts Focus Inbox when it
                                         is not running. Exit 4: no item with such an id
  focus start [--minutes N] | stop | extend N | status [--json]
                                         deep-work session of the running instance
  due --received ISO8601 --tier N [--policy NAME]
                                         print the deadline (ISO 8601 UTC or none)
  push --title T [--body B|-] [--url U] [--sender S] [--tier 1|2|3] [--due ISO]
       [--remote-id ID] [--source NAME] [--json]
                                         add an item to a webhook source (through the
                                         running instance, else the database); the same
                                         --remote-id again updates that item
  rules preview [--json] [--include-manual]
                                         the stored items config.json&apos;s rules would move to
                                         another tier (changes nothing); --json: one object
                                         per line {id, subject, from_tier, to_tier, rule}
  rules apply [--json] [--include-manual] move them (one batch, undoable; items you moved
                                         by hand stay unless --include-manual)
  rules undo [BATCH]                     put the items of a batch back (default: the last)
  stats [--json] [--since DATE] [--until DATE] [--tier N] [--source NAME] [--kind KIND]
                                         response times, deadlines kept, focus time and
                                         arrivals (default: the last 30 days; a DATE is
                                         YYYY-MM-DD, --until&apos;s day included, or ISO 8601)

Triage (ID = the &quot;id&quot; of list --json, or a &quot;conversation&quot; (c12) for all of its items;
several at once, or comma-separated):
  done ID...                             mark items done
  reopen ID...                           reopen done or snoozed items
  seen ID... | unseen ID...              mark items read or unread
  tier ID... 1|2|3                       move items to Reference (1), Async (2) or Now (3)
                                         (or: tier ID... --tier N)
  snooze ID... --until ISO|PHRASE        snooze until a time: 2026-12-05T09:00, &quot;tomorrow&quot;,
                                         &quot;tue 14:30&quot;, &quot;in 3h&quot; (en, es, pt_BR)
  These go through the running Focus Inbox when there is one (its window follows at once),
  else straight to the database. Either way the source gets them as triage in the window
  (IMAP: done sets \Seen and moves the message to the archive folder if one is set,
  seen/unseen set or clear \Seen).
  --json prints each item afterwards (as list --json) with &quot;changed&quot;: true or false.
  Exit codes: 0 done, 1 the running instance did not answer, 2 usage error,
  3 storage error, 4 no item with such an id (then nothing was changed).

Examples:
  focusinbox list --json --tier 3
  focusinbox search from:ana is:open --json --limit 20
  focusinbox done 12 17
  focusinbox tier 12 3
  focusinbox snooze 12,17 --until &quot;tomorrow 09:00&quot; --json
  focusinbox open 12</source>
        <translation>  sources list                           lista as fontes configuradas
  sync                                   sincroniza as fontes uma vez (resumo na saída padrão)
  list --json [--tier N] [--state S]     exibe os itens, um objeto JSON por linha
  list --json --conversations [--tier N] [--state S]
                                         um objeto por conversa com um item da consulta:
                                         {conversation, subject, count, tier, due,
                                         deadline_state, state, item_ids}
  search QUERY... [--json] [--limit N]   busca itens como o campo de pesquisa (todos os
                                         níveis e estados, mais relevantes primeiro):
                                         palavras, &quot;frases&quot;, -palavra, OR, from: to: source:
                                         kind: tier: is: before: after:; uma consulta que o
                                         analisador precisa corrigir termina com código 2;
                                         search -- -palavra … quando a consulta começa com &apos;-&apos;
  open ID                                exibe o item ID (o &quot;id&quot; de list --json) selecionado
                                         na janela e a traz à frente; inicia o Focus Inbox
                                         se ele não estiver em execução. Código de saída 4:
                                         nenhum item com esse id
  focus start [--minutes N] | stop | extend N | status [--json]
                                         sessão de foco da instância em execução
  due --received ISO8601 --tier N [--policy NAME]
                                         exibe o prazo (ISO 8601 UTC ou none)
  push --title T [--body B|-] [--url U] [--sender S] [--tier 1|2|3] [--due ISO]
       [--remote-id ID] [--source NAME] [--json]
                                         adiciona um item a uma fonte webhook (pela instância
                                         em execução ou, se não houver, pelo banco de dados);
                                         o mesmo --remote-id de novo atualiza esse item
  rules preview [--json] [--include-manual]
                                         os itens armazenados que as regras do config.json
                                         moveriam para outro nível (não altera nada);
                                         --json: um objeto por linha {id, subject, from_tier,
                                         to_tier, rule}
  rules apply [--json] [--include-manual] move esses itens (em um lote, que pode ser desfeito;
                                         os itens que você moveu manualmente ficam onde estão,
                                         a menos que se use --include-manual)
  rules undo [BATCH]                     devolve os itens de um lote (padrão: o último)
  stats [--json] [--since DATE] [--until DATE] [--tier N] [--source NAME] [--kind KIND]
                                         tempos de resposta, prazos cumpridos, tempo de foco
                                         e chegadas (padrão: os últimos 30 dias; DATE é
                                         AAAA-MM-DD, incluindo o dia de --until, ou ISO 8601)

Triagem (ID = o &quot;id&quot; de list --json, ou uma &quot;conversation&quot; (c12) para todos os seus
itens; vários de uma vez ou separados por vírgula):
  done ID...                             marca itens como concluídos
  reopen ID...                           reabre itens concluídos ou adiados
  seen ID... | unseen ID...              marca itens como lidos ou não lidos
  tier ID... 1|2|3                       move para Referência (1), Assíncrono (2) ou Agora (3)
                                         (ou: tier ID... --tier N)
  snooze ID... --until ISO|PHRASE        adia até um horário: 2026-12-05T09:00, &quot;amanhã&quot;,
                                         &quot;ter 14:30&quot;, &quot;em 3h&quot; (en, es, pt_BR)
  Estes comandos passam pelo Focus Inbox em execução, se houver um (a janela dele acompanha
  na hora); senão, vão direto para o banco de dados. De qualquer forma, a fonte os recebe como
  uma triagem feita na janela (IMAP: done define \Seen e move a mensagem para a pasta de
  arquivo, se houver uma; seen/unseen definem ou removem \Seen).
  --json exibe cada item depois (como list --json) com &quot;changed&quot;: true ou false.
  Códigos de saída: 0 concluído, 1 a instância em execução não respondeu, 2 erro de uso,
  3 erro de armazenamento, 4 nenhum item com esse id (nesse caso, nada foi alterado).

Exemplos:
  focusinbox list --json --tier 3
  focusinbox search from:ana is:open --json --limit 20
  focusinbox done 12 17
  focusinbox tier 12 3
  focusinbox snooze 12,17 --until &quot;amanhã 09:00&quot; --json
  focusinbox open 12</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Open the app hidden in the tray (no command).</source>
        <translation>Abrir o aplicativo oculto na bandeja do sistema (sem comando).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>list: one line per conversation instead of one per item.</source>
        <translation>list: uma linha por conversa em vez de uma por item.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>At most &lt;n&gt; results (search).</source>
        <translation>No máximo &lt;n&gt; resultados (search).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Length of a focus session.</source>
        <translation>Duração de uma sessão de foco.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received time for due (ISO 8601).</source>
        <translation>Horário de recebimento para due (ISO 8601).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response policy name for due.</source>
        <translation>Nome da política de resposta para due.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title of a pushed item.</source>
        <translation>Título de um item enviado com push.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plain-text body of a pushed item (- reads standard input).</source>
        <translation>Corpo em texto simples de um item enviado com push (- lê da entrada padrão).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web address of a pushed item.</source>
        <translation>Endereço web de um item enviado com push.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender of a pushed item.</source>
        <translation>Remetente de um item enviado com push.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Response deadline of a pushed item (ISO 8601).</source>
        <translation>Prazo de resposta de um item enviado com push (ISO 8601).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Id of a pushed item: pushing it again updates it.</source>
        <translation>Id de um item enviado com push: enviá-lo novamente o atualiza.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Webhook source of a pushed item (its name).</source>
        <translation>Fonte webhook de um item enviado com push (o nome dela).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rules preview|apply: also re-tier items moved by hand.</source>
        <translation>rules preview|apply: também mudar de nível os itens movidos manualmente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wake time for snooze: ISO 8601 or a phrase (&quot;tomorrow 09:00&quot;); end of the period for stats (a date is included).</source>
        <translation>Horário de retorno para snooze: ISO 8601 ou uma frase (&quot;amanhã 09:00&quot;); fim do período para stats (o dia informado é incluído).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start of the period for stats (YYYY-MM-DD or ISO 8601).</source>
        <translation>Início do período para stats (AAAA-MM-DD ou ISO 8601).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only sources of this kind (stats), e.g. imap, feed.</source>
        <translation>Somente fontes deste tipo (stats), ex.: imap, feed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sources | sync | list</source>
        <translation>sources | sync | list</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>focusinbox: %1</source>
        <translation>focusinbox: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>no command given.</source>
        <translation>nenhum comando informado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>comando desconhecido &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>config: %1</source>
        <translation>configuração: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/duecommand.cpp" line="+38"/>
        <source>due needs --received &lt;ISO 8601 time&gt; and --tier &lt;1|2|3&gt;</source>
        <translation>due precisa de --received &lt;horário ISO 8601&gt; e --tier &lt;1|2|3&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--received: &quot;%1&quot; is not an ISO 8601 date-time (e.g. 2026-03-27T16:30:00Z)</source>
        <translation>--received: &quot;%1&quot; não é uma data e hora ISO 8601 (ex.: 2026-03-27T16:30:00Z)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/listcommand.cpp" line="+32"/>
        <location filename="../app/cli/statscommand.cpp" line="+82"/>
        <source>--tier must be 1, 2 or 3</source>
        <translation>--tier deve ser 1, 2 ou 3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--policy: unknown policy &quot;%1&quot; (known: %2)</source>
        <translation>--policy: política desconhecida &quot;%1&quot; (conhecidas: %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/focuscommand.cpp" line="+71"/>
        <source>usage: focus start [--minutes N] | stop | extend N | status [--json]</source>
        <translation>uso: focus start [--minutes N] | stop | extend N | status [--json]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>minutes must be a number from 1 to 1440</source>
        <translation>os minutos devem ser um número de 1 a 1440</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Focus Inbox is running for this data directory but did not answer (still starting?); try again.</source>
        <translation>O Focus Inbox está em execução para este diretório de dados, mas não respondeu (ainda está iniciando?); tente novamente.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Focusing until %1 (%2 min left).</source>
        <translation>Sessão de foco até %1 (faltam %2 min).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not focusing.</source>
        <translation>Nenhuma sessão de foco ativa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(Focus Inbox is not running; it will honour this when it starts.)</source>
        <translation>(O Focus Inbox não está em execução; isso será aplicado quando ele iniciar.)</translation>
    </message>
    <message>
        <location filename="../app/cli/imapcommand.cpp" line="-71"/>
        <source>--security must be tls, starttls or none</source>
        <translation>--security deve ser tls, starttls ou none</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No password: pipe it on standard input, or store it in the keychain first (%1)</source>
        <translation>Sem senha: envie-a pela entrada padrão ou salve-a antes no chaveiro (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommand.cpp" line="+49"/>
        <source>HTTP status %1</source>
        <translation>status HTTP %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+40"/>
        <source>Cannot add the feed: %1</source>
        <translation>Não foi possível adicionar o feed: %1</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>--interval must be a whole number of minutes, at least %1</source>
        <translation>--interval deve ser um número inteiro de minutos, de pelo menos %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../app/cli/imapcommand.cpp" line="+9"/>
        <source>Cannot use %1: %2</source>
        <translation>Não foi possível usar %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a web page; it announces the feed %2</source>
        <translation>%1 é uma página web; ela anuncia o feed %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Cannot import %1: %2</source>
        <translation>Não foi possível importar %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Feeds imported from %1: %2 added, %3 skipped (already added, listed twice or invalid).</source>
        <translation>Feeds importados de %1: %2 adicionados, %3 ignorados (já adicionados, listados duas vezes ou inválidos).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Focus Inbox feeds</source>
        <translation>Feeds do Focus Inbox</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feeds exported to %1: %2.</source>
        <translation>Feeds exportados para %1: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>URL [--name N] [--interval MINUTES]</source>
        <translation>URL [--name N] [--interval MINUTES]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add an RSS, Atom or JSON feed (http, https or file URL)</source>
        <translation>adiciona um feed RSS, Atom ou JSON (URL http, https ou file)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes between refreshes of a new feed (at least 5; default 30).</source>
        <translation>Minutos entre atualizações de um novo feed (pelo menos 5; padrão 30).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add the feeds of an OPML file (folders become categories)</source>
        <translation>adiciona os feeds de um arquivo OPML (as pastas viram categorias)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>[FILE]</source>
        <translation>[FILE]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the feeds as OPML 2.0 to FILE or standard output</source>
        <translation>grava os feeds como OPML 2.0 em FILE ou na saída padrão</translation>
    </message>
    <message>
        <location filename="../app/cli/imapcommand.cpp" line="+2"/>
        <source>To trust this certificate for this account: --trust-fingerprint %1</source>
        <translation>Para confiar neste certificado para esta conta: --trust-fingerprint %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No such folder on %1: %2. The server has: %3</source>
        <translation>Pasta inexistente em %1: %2. O servidor tem: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not store the password in the system keychain: %1</source>
        <translation>Não foi possível salvar a senha no chaveiro do sistema: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>imaps://USER@HOST:993/INBOX [--folder F]... [--security tls|starttls|none]
       [--trust-fingerprint SHA256] [--address A]</source>
        <translation>imaps://USER@HOST:993/INBOX [--folder F]... [--security tls|starttls|none]
       [--trust-fingerprint SHA256] [--address A]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add an IMAP account (password on stdin or in the keychain)</source>
        <translation>adiciona uma conta IMAP (senha pela entrada padrão ou no chaveiro)</translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommand.cpp" line="-109"/>
        <location filename="../app/cli/githubcommand.cpp" line="+52"/>
        <location filename="../app/cli/sourcescommand.cpp" line="+20"/>
        <source>Already added as source %1 (%2)</source>
        <translation>Já adicionada como fonte %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcescommand.cpp" line="+6"/>
        <source>Could not save the source</source>
        <translation>Não foi possível salvar a fonte</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/webhookcommand.cpp" line="+70"/>
        <source>Added source %1: %2 (%3)</source>
        <translation>Fonte %1 adicionada: %2 (%3)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>usage: focusinbox sources %1</source>
        <translation>uso: focusinbox sources %1</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="-7"/>
        <source>--state must be open, done, snoozed or all</source>
        <translation>--state deve ser open, done, snoozed ou all</translation>
    </message>
    <message>
        <location filename="../app/cli/maildircommand.cpp" line="+21"/>
        <source>Not a Maildir (no cur/ directory): %1</source>
        <translation>Não é um Maildir (sem diretório cur/): %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PATH [--name N] [--address A]</source>
        <translation>PATH [--name N] [--address A]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a Maildir source</source>
        <translation>adiciona uma fonte Maildir</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcescommand.cpp" line="-13"/>
        <source>known source kinds: %1</source>
        <translation>tipos de fonte conhecidos: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="+19"/>
        <source>%1: %2/%3</source>
        <translation>%1: %2/%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>failed: %1: %2</source>
        <translation>falha: %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: sync failed: %2</source>
        <translation>%1: falha ao sincronizar: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/sourceadders.cpp" line="+76"/>
        <source>usage: focusinbox sources %1 %2</source>
        <translation>uso: focusinbox sources %1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>usage: focusinbox sources add %1 %2</source>
        <translation>uso: focusinbox sources add %1 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/opencommand.cpp" line="+21"/>
        <source>not an open command</source>
        <translation>não é um comando open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>usage: open ID (one item id, the &quot;id&quot; of list --json)</source>
        <translation>uso: open ID (um id de item, o &quot;id&quot; de list --json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/triagecommand.cpp" line="+51"/>
        <source>&quot;%1&quot; is not an item id (the &quot;id&quot; of list --json)</source>
        <translation>&quot;%1&quot; não é um id de item (o &quot;id&quot; de list --json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the window could not be opened</source>
        <translation>não foi possível abrir a janela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open: %1</source>
        <translation>open: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/triagecommand.cpp" line="+7"/>
        <source>no item id given</source>
        <translation>nenhum id de item informado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at most %1 item ids at a time</source>
        <translation>no máximo %1 ids de itens por vez</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+18"/>
        <source>--until: %1 has passed already</source>
        <translation>--until: %1 já passou</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>--until: &quot;%1&quot;: %2 (or give an ISO 8601 date-time, e.g. 2026-12-05T09:00)</source>
        <translation>--until: &quot;%1&quot;: %2 (ou informe uma data e hora ISO 8601, ex.: 2026-12-05T09:00)</translation>
    </message>
    <message>
        <location filename="../app/cli/instanceroute.cpp" line="+41"/>
        <source>Focus Inbox is running for this data directory but did not answer in time; the change may not have been made. Check with list --json, or run the command again.</source>
        <translation>O Focus Inbox está em execução para este diretório de dados, mas não respondeu a tempo; a alteração pode não ter sido feita. Verifique com list --json ou execute o comando novamente.</translation>
    </message>
    <message>
        <location filename="../app/cli/triagecommand.cpp" line="-88"/>
        <source>no conversation with the id %1</source>
        <translation>nenhuma conversa com o id %1</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Marked done: %1</source>
        <translation>Marcados como concluídos: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopened: %1</source>
        <translation>Reabertos: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marked read: %1</source>
        <translation>Marcados como lidos: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marked unread: %1</source>
        <translation>Marcados como não lidos: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved to %1: %2</source>
        <translation>Movidos para %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snoozed until %1: %2</source>
        <translation>Adiados até %1: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>usage: tier ID... 1|2|3 (the tier comes last: 1 Reference, 2 Async, 3 Now)</source>
        <translation>uso: tier ID... 1|2|3 (o nível vem por último: 1 Referência, 2 Assíncrono, 3 Agora)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: snooze ID... --until ISO|PHRASE</source>
        <translation>uso: snooze ID... --until ISO|PHRASE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--until belongs to snooze, not to %1</source>
        <translation>--until pertence a snooze, não a %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+17"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(already so: %1)</source>
        <translation>(já estavam assim: %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/searchcommand.cpp" line="+23"/>
        <source>search needs a query, e.g. focusinbox search from:ana is:open</source>
        <translation>search precisa de uma consulta, ex.: focusinbox search from:ana is:open</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--limit must be a positive number</source>
        <translation>--limit deve ser um número positivo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>focusinbox: search: %1</source>
        <translation>focusinbox: search: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/githubcommand.cpp" line="-28"/>
        <source>Cannot add GitHub: %1</source>
        <translation>Não foi possível adicionar o GitHub: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No token: pipe a GitHub personal access token (classic, with the &quot;notifications&quot; scope) on standard input.</source>
        <translation>Sem token: envie um token de acesso pessoal do GitHub (clássico, com o escopo &quot;notifications&quot;) pela entrada padrão.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the answer to GET /user has no login</source>
        <translation>a resposta a GET /user não tem login</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot use this token at %1: %2</source>
        <translation>Não foi possível usar este token em %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not store the token in the system keychain: %1</source>
        <translation>Não foi possível salvar o token no chaveiro do sistema: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>[--base-url https://HOST/api/v3] [--name N]  (token on stdin)</source>
        <translation>[--base-url https://HOST/api/v3] [--name N]  (token pela entrada padrão)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add GitHub notifications (personal access token on stdin)</source>
        <translation>adiciona notificações do GitHub (token de acesso pessoal pela entrada padrão)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GitHub API address (default https://api.github.com; GitHub Enterprise Server: https://HOST/api/v3).</source>
        <translation>Endereço da API do GitHub (padrão: https://api.github.com; GitHub Enterprise Server: https://HOST/api/v3).</translation>
    </message>
    <message>
        <location filename="../app/cli/pushcommand.cpp" line="+50"/>
        <source>usage: push --title T [--body B|-] [--url U] [--sender S] [--tier 1|2|3] [--due ISO] [--remote-id ID] [--source NAME] [--json]</source>
        <translation>uso: push --title T [--body B|-] [--url U] [--sender S] [--tier 1|2|3] [--due ISO] [--remote-id ID] [--source NAME] [--json]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>push: cannot read the body from standard input</source>
        <translation>push: não foi possível ler o corpo da entrada padrão</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>push: --body is longer than %1 characters; send larger bodies with POST /items</source>
        <translation>push: --body tem mais de %1 caracteres; envie corpos maiores com POST /items</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>push: --tier must be 1 (Reference), 2 (Async) or 3 (Now)</source>
        <translation>push: --tier deve ser 1 (Referência), 2 (Assíncrono) ou 3 (Agora)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>push: --due must be an ISO 8601 date-time, e.g. 2026-12-05T17:00 (read in your working-hours time zone) or 2026-12-05T17:00:00Z</source>
        <translation>push: --due deve ser uma data e hora ISO 8601, ex.: 2026-12-05T17:00 (interpretada no fuso horário do seu horário de trabalho) ou 2026-12-05T17:00:00Z</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+47"/>
        <location line="+3"/>
        <source>push: %1</source>
        <translation>push: %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>push: unexpected argument &quot;%1&quot; (give the title with --title)</source>
        <translation>push: argumento inesperado &quot;%1&quot; (informe o título com --title)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Pushed item %1 to %2</source>
        <translation>Item %1 enviado para %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated item %1 in %2</source>
        <translation>Item %1 atualizado em %2</translation>
    </message>
    <message>
        <location filename="../app/cli/webhookcommand.cpp" line="-42"/>
        <source>Endpoint: %1</source>
        <translation>Endpoint: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token: %1</source>
        <translation>Token: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try it:</source>
        <translation>Experimente:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--port must be a number from 1024 to 65535</source>
        <translation>--port deve ser um número de 1024 a 65535</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Port %1 is already used by source %2 (%3); choose another with --port</source>
        <translation>A porta %1 já é usada pela fonte %2 (%3); escolha outra com --port</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Webhook source %1 is already named &quot;%2&quot;; choose another name with --name</source>
        <translation>A fonte webhook %1 já se chama &quot;%2&quot;; escolha outro nome com --name</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No webhook source has the id or name &quot;%1&quot; (see sources list)</source>
        <translation>Nenhuma fonte webhook tem o id ou o nome &quot;%1&quot; (veja sources list)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 webhook sources are named &quot;%2&quot;; give the id instead (see sources list)</source>
        <translation>Há %1 fontes webhook chamadas &quot;%2&quot;; informe o id (veja sources list)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not read the token from the system keychain: %1 (replace it with --rotate)</source>
        <translation>Não foi possível ler o token do chaveiro do sistema: %1 (substitua-o com --rotate)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>[--port N] [--name N] [--json]</source>
        <translation>[--port N] [--name N] [--json]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a local webhook on 127.0.0.1 (prints its token)</source>
        <translation>adiciona um webhook local em 127.0.0.1 (exibe o token dele)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port of a new webhook on 127.0.0.1 (default 8765).</source>
        <translation>Porta de um novo webhook em 127.0.0.1 (padrão: 8765).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the webhook&apos;s token (webhook-token).</source>
        <translation>Substituir o token do webhook (webhook-token).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NAME|ID [--rotate] [--json]</source>
        <translation>NAME|ID [--rotate] [--json]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print a webhook&apos;s token, or replace it with --rotate</source>
        <translation>exibe o token de um webhook ou o substitui com --rotate</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="+26"/>
        <source>rules: config.json has rules that do not load (listed above); fix them first</source>
        <translation>rules: o config.json tem regras que não podem ser carregadas (listadas acima); corrija-as primeiro</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n item(s) would move to another tier</source>
        <translation>
            <numerusform>%n item mudaria para outro nível</numerusform>
            <numerusform>%n itens mudariam para outro nível</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n more would only change rule or deadline)</source>
        <translation>
            <numerusform>(mais %n mudaria apenas de regra ou prazo)</numerusform>
            <numerusform>(mais %n mudariam apenas de regra ou prazo)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing was changed. Apply with: focusinbox rules apply</source>
        <translation>nada foi alterado. Aplique com: focusinbox rules apply</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>rules: %1</source>
        <translation>rules: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>rules: nothing to undo</source>
        <translation>rules: nada a desfazer</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Undid batch %1: %n item(s) back where they were</source>
        <translation>
            <numerusform>Lote %1 desfeito: %n item voltou para onde estava</numerusform>
            <numerusform>Lote %1 desfeito: %n itens voltaram para onde estavam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n changed since, left as they are)</source>
        <translation>
            <numerusform>(%n mudou desde então e foi deixado como está)</numerusform>
            <numerusform>(%n mudaram desde então e foram deixados como estão)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rules: every item already sits where the rules put it</source>
        <translation>rules: todos os itens já estão onde as regras os colocam</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Moved %n item(s) to another tier</source>
        <translation>
            <numerusform>%n item movido para outro nível</numerusform>
            <numerusform>%n itens movidos para outro nível</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch %1; undo with: focusinbox rules undo %1</source>
        <translation>lote %1; desfaça com: focusinbox rules undo %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>usage: rules preview|apply [--json] [--include-manual] | rules undo [BATCH]</source>
        <translation>uso: rules preview|apply [--json] [--include-manual] | rules undo [BATCH]</translation>
    </message>
    <message>
        <location filename="../app/cli/statscommand.cpp" line="-27"/>
        <source>--until: &quot;%1&quot; is not a date (2026-11-30) or an ISO 8601 date-time</source>
        <translation>--until: &quot;%1&quot; não é uma data (2026-11-30) nem uma data e hora ISO 8601</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--since: &quot;%1&quot; is not a date (2026-11-01) or an ISO 8601 date-time</source>
        <translation>--since: &quot;%1&quot; não é uma data (2026-11-01) nem uma data e hora ISO 8601</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>stats: the period is empty (--until must come after --since)</source>
        <translation>stats: o período está vazio (--until deve ser posterior a --since)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--source: no source is called &quot;%1&quot;</source>
        <translation>--source: nenhuma fonte se chama &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>stats: cannot read the database: %1</source>
        <translation>stats: não foi possível ler o banco de dados: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Period: %1 – %2 (%3)</source>
        <translation>Período: %1 – %2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 received, %3 responded, median %4 h, 90th percentile %5 h, %6 met, %7 missed</source>
        <translation>%1: recebidos: %2, respondidos: %3, mediana: %4 h, percentil 90: %5 h, prazos cumpridos: %6, prazos perdidos: %7</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Focus: %1 h kept of %2 h scheduled in %3 sessions, %4 held, %5 breakthroughs</source>
        <translation>Foco: %1 h cumpridas de %2 h agendadas, sessões: %3, em espera: %4, interrupções permitidas: %5</translation>
    </message>
</context>
<context>
    <name>fi::feed</name>
    <message>
        <location filename="../models/sources/feed/feedkind.cpp" line="-28"/>
        <source>No feed URL was given.</source>
        <translation>Nenhuma URL de feed foi informada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not an http, https or file URL.</source>
        <translation>&quot;%1&quot; não é uma URL http, https ou file.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The refresh interval must be a number of minutes, at least %1.</source>
        <translation>O intervalo de atualização deve ser um número de minutos, de pelo menos %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The default tier must be 1, 2 or 3.</source>
        <translation>O nível padrão deve ser 1, 2 ou 3.</translation>
    </message>
</context>
<context>
    <name>fi::feed::AddFeedDialog</name>
    <message>
        <location filename="../views/sources/feed/addfeeddialog.cpp" line="+72"/>
        <source>Add Feed</source>
        <translation>Adicionar feed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paste the address of a feed (RSS, Atom or JSON Feed), or of a web page that announces one: Focus Inbox finds it.</source>
        <translation>Cole o endereço de um feed (RSS, Atom ou JSON Feed) ou de uma página web que anuncie um: o Focus Inbox o encontra.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>https://example.org/feed.xml</source>
        <translation>https://example.org/feed.xml</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The feed&apos;s address, a web page&apos;s address, or a local file</source>
        <translation>O endereço do feed, o endereço de uma página web ou um arquivo local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load the address and look for a feed (nothing is saved)</source>
        <translation>Carregar o endereço e procurar um feed (nada é salvo)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Feeds on this &amp;page:</source>
        <translation>Feeds nesta &amp;página:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Feeds on this page</source>
        <translation>Feeds nesta página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page announces several feeds: choose the one to add</source>
        <translation>A página anuncia vários feeds: escolha o que deseja adicionar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How this feed is shown in Focus Inbox; filled in from the feed&apos;s title</source>
        <translation>Como este feed é exibido no Focus Inbox; preenchido com o título do feed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the address if needed, then add the feed</source>
        <translation>Verificar o endereço, se necessário, e depois adicionar o feed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add&amp;ress:</source>
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check for new entries &amp;every:</source>
        <translation>Buscar novas entradas a &amp;cada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New entries &amp;land in:</source>
        <translation>Novas entradas &amp;ficam em:</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Loading %1…</source>
        <translation>Carregando %1…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The server answered with HTTP status %1.</source>
        <translation>O servidor respondeu com o status HTTP %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer.</source>
        <translation>Sem resposta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load %1: %2</source>
        <translation>Não foi possível carregar %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a web page, not a feed.</source>
        <translation>%1 é uma página web, não um feed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a web page that announces no feed. Look for an RSS or Atom link on it and paste that address instead.</source>
        <translation>%1 é uma página web que não anuncia nenhum feed. Procure nela um link RSS ou Atom e cole esse endereço no lugar.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading the feed…</source>
        <translation>Lendo o feed…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is not a feed.</source>
        <translation>%1 não é um feed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a feed: %2</source>
        <translation>%1 não é um feed: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Found a feed with %n item(s).</source>
        <translation>
            <numerusform>Foi encontrado um feed com %n item.</numerusform>
            <numerusform>Foi encontrado um feed com %n itens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Found “%1” with %n item(s).</source>
        <translation>
            <numerusform>Foi encontrado “%1” com %n item.</numerusform>
            <numerusform>Foi encontrado “%1” com %n itens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>This page announces %n feeds. Choose the one to add.</source>
        <translation>
            <numerusform>Esta página anuncia %n feed. Escolha o que deseja adicionar.</numerusform>
            <numerusform>Esta página anuncia %n feeds. Escolha o que deseja adicionar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>This feed is already in Focus Inbox as “%1”.</source>
        <translation>Este feed já está no Focus Inbox como “%1”.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The feed could not be saved; see the log for the database&apos;s reason.</source>
        <translation>Não foi possível salvar o feed; veja no log o motivo informado pelo banco de dados.</translation>
    </message>
</context>
<context>
    <name>fi::feed::EditFeedDialog</name>
    <message>
        <location filename="../views/sources/feed/editfeeddialog.cpp" line="+23"/>
        <source>Edit Feed</source>
        <translation>Editar feed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The feed&apos;s address (http, https or a local file)</source>
        <translation>O endereço do feed (http, https ou um arquivo local)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. Work/Status</source>
        <translation>ex.: Trabalho/Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder for this feed (from OPML import, kept on export). Its entries carry it as the attribute feed.category, which rules can test.</source>
        <translation>Uma pasta para este feed (da importação OPML, mantida na exportação). As entradas dele a trazem no atributo feed.category, que as regras podem testar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check for new entries &amp;every:</source>
        <translation>Buscar novas entradas a &amp;cada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New entries &amp;land in:</source>
        <translation>Novas entradas &amp;ficam em:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category:</source>
        <translation>Ca&amp;tegoria:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Another feed already reads this address: “%1”.</source>
        <translation>Outro feed já lê este endereço: “%1”.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The feed could not be saved; see the log for the database&apos;s reason.</source>
        <translation>Não foi possível salvar o feed; veja no log o motivo informado pelo banco de dados.</translation>
    </message>
</context>
<context>
    <name>fi::feed::FeedForm</name>
    <message>
        <location filename="../views/sources/feed/feedformfields.cpp" line="+18"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often to look for new entries, in minutes (at least %1). A feed that asks for longer pauses gets them.</source>
        <translation>Com que frequência procurar novas entradas, em minutos (pelo menos %1). Se um feed pedir pausas mais longas, elas são respeitadas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Where new entries land when no rule places them. Feeds have no reply deadline; a rule can still lift single entries (a status page to Now).</source>
        <translation>Para onde vão as novas entradas quando nenhuma regra as posiciona. Feeds não têm prazo de resposta; ainda assim, uma regra pode elevar entradas individuais (uma página de status para Agora).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enter the address of a feed or of a web page.</source>
        <translation>Digite o endereço de um feed ou de uma página web.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a web address. Feeds are read over http or https, or from a local file.</source>
        <translation>“%1” não é um endereço web. Os feeds são lidos por http ou https, ou de um arquivo local.</translation>
    </message>
</context>
<context>
    <name>fi::feed::FeedParser</name>
    <message>
        <location filename="../models/sources/feed/feedparser.cpp" line="+63"/>
        <source>The feed has more than %1 entries; %2 were left out.</source>
        <translation>O feed tem mais de %1 entradas; %2 foram deixadas de fora.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This is not a feed: the document is not valid JSON.</source>
        <translation>Isto não é um feed: o documento não é um JSON válido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a feed: the JSON document is not a JSON Feed.</source>
        <translation>Isto não é um feed: o documento JSON não é um JSON Feed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+44"/>
        <source>The feed was refused: it is nested more than %1 levels deep.</source>
        <translation>O feed foi recusado: tem mais de %1 níveis de aninhamento.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The feed was refused: its DTD declares XML entities, which feeds do not need and which can expand without bound.</source>
        <translation>O feed foi recusado: o DTD dele declara entidades XML, que feeds não precisam e que podem se expandir sem limite.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This is not a feed: the XML cannot be read (%1, line %2).</source>
        <translation>Isto não é um feed: não é possível ler o XML (%1, linha %2).</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+39"/>
        <source>This is an HTML page, not a feed.</source>
        <translation>Isto é uma página HTML, não um feed.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>This is not a feed: the XML document&apos;s root element is &lt;%1&gt;.</source>
        <translation>Isto não é um feed: o elemento raiz do documento XML é &lt;%1&gt;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The feed is not well-formed XML (%1, line %2); what came before the error was read.</source>
        <translation>O feed não é um XML bem formado (%1, linha %2); o que vinha antes do erro foi lido.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The feed was refused: it is larger than %1.</source>
        <translation>O feed foi recusado: tem mais de %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not a feed: the document is empty.</source>
        <translation>Isto não é um feed: o documento está vazio.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not a feed: the document is neither XML nor JSON.</source>
        <translation>Isto não é um feed: o documento não é XML nem JSON.</translation>
    </message>
    <message>
        <location filename="../models/sources/feed/parse/feedencoding.cpp" line="+166"/>
        <source>The server sent the feed as %1, not as XML or JSON.</source>
        <translation>O servidor enviou o feed como %1, não como XML ou JSON.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The feed declares no character encoding and is not UTF-8; it was read as %1.</source>
        <translation>O feed não declara nenhuma codificação de caracteres e não é UTF-8; foi lido como %1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The feed names an unknown character encoding (%1); it was read as UTF-8.</source>
        <translation>O feed indica uma codificação de caracteres desconhecida (%1); foi lido como UTF-8.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Some bytes were not valid %1 and were replaced.</source>
        <translation>Alguns bytes não eram %1 válido e foram substituídos.</translation>
    </message>
</context>
<context>
    <name>fi::feed::FeedSource</name>
    <message>
        <location filename="../models/sources/feed/feedsource.cpp" line="+62"/>
        <source>The document is not a feed that can be read.</source>
        <translation>O documento não é um feed que possa ser lido.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The server asked to wait before the next request.</source>
        <translation>O servidor pediu para esperar antes da próxima solicitação.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Next attempt after %2.</source>
        <translation>%1 Próxima tentativa após %2.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The feed could not be fetched.</source>
        <translation>Não foi possível baixar o feed.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>A refresh of this feed is already running.</source>
        <translation>Já há uma atualização deste feed em andamento.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not an http, https or file URL.</source>
        <translation>&quot;%1&quot; não é uma URL http, https ou file.</translation>
    </message>
</context>
<context>
    <name>fi::feed::Opml</name>
    <message>
        <location filename="../models/sources/feed/opml/feedurl.cpp" line="+16"/>
        <source>The feed URL is empty.</source>
        <translation>A URL do feed está vazia.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a valid URL (%2).</source>
        <translation>&quot;%1&quot; não é uma URL válida (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; has no host name.</source>
        <translation>&quot;%1&quot; não tem nome de host.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; names a file on another host; only local files can be read.</source>
        <translation>&quot;%1&quot; indica um arquivo em outro host; somente arquivos locais podem ser lidos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not an absolute file path.</source>
        <translation>&quot;%1&quot; não é um caminho de arquivo absoluto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a feed URL: it needs to start with http://, https:// or file://.</source>
        <translation>&quot;%1&quot; não é uma URL de feed: precisa começar com http://, https:// ou file://.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a feed URL: the scheme &quot;%2&quot; is not supported (use http, https or file).</source>
        <translation>&quot;%1&quot; não é uma URL de feed: o esquema &quot;%2&quot; não é suportado (use http, https ou file).</translation>
    </message>
    <message>
        <location filename="../models/sources/feed/opml/opmlimport.cpp" line="+68"/>
        <location line="+19"/>
        <source>&quot;%1&quot; skipped: %2</source>
        <translation>&quot;%1&quot; ignorado: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The feeds could not be saved; none was added.</source>
        <translation>Não foi possível salvar os feeds; nenhum foi adicionado.</translation>
    </message>
    <message>
        <location filename="../models/sources/feed/opml.cpp" line="+130"/>
        <source>The file is too large for an OPML subscription list (%1 MB; at most %2 MB).</source>
        <translation>O arquivo é grande demais para uma lista de assinaturas OPML (%1 MB; no máximo %2 MB).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not an OPML file (it is empty).</source>
        <translation>Isto não é um arquivo OPML (está vazio).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This is not an OPML file: it is a &lt;!DOCTYPE %1&gt; document.</source>
        <translation>Isto não é um arquivo OPML: é um documento &lt;!DOCTYPE %1&gt;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The OPML file declares a DTD; such files are refused (their entities could expand without bound).</source>
        <translation>O arquivo OPML declara um DTD; esses arquivos são recusados (as entidades deles poderiam se expandir sem limite).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The OPML file uses an undeclared entity &quot;&amp;%1;&quot;.</source>
        <translation>O arquivo OPML usa uma entidade não declarada &quot;&amp;%1;&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not an OPML file: its root element is &lt;%1&gt;, not &lt;opml&gt;.</source>
        <translation>Isto não é um arquivo OPML: o elemento raiz é &lt;%1&gt;, não &lt;opml&gt;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>The OPML file is nested more than %1 levels deep.</source>
        <translation>O arquivo OPML tem mais de %1 níveis de aninhamento.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The OPML file has more than %1 outlines.</source>
        <translation>O arquivo OPML tem mais de %1 elementos outline.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This is not an OPML file (not XML: %1).</source>
        <translation>Isto não é um arquivo OPML (não é XML: %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The OPML file is not well-formed at line %1, column %2: %3</source>
        <translation>O arquivo OPML não está bem formado na linha %1, coluna %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The OPML file has no &lt;body&gt;, so it lists no feeds.</source>
        <translation>O arquivo OPML não tem &lt;body&gt;, portanto não lista nenhum feed.</translation>
    </message>
</context>
<context>
    <name>fi::feed::OpmlExport</name>
    <message>
        <location filename="../views/sources/feed/opmldialogs.cpp" line="+212"/>
        <location line="+13"/>
        <source>Export Feeds as OPML</source>
        <translation>Exportar feeds como OPML</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Focus Inbox feeds</source>
        <translation>Feeds do Focus Inbox</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>fi::feed::OpmlImportDialog</name>
    <message>
        <location line="-206"/>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>Arquivos OPML (*.opml *.xml);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+65"/>
        <source>Import Feeds from OPML</source>
        <translation>Importar feeds de OPML</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>An OPML file is the feed list other feed readers export. Feeds already in Focus Inbox are skipped; folders become the feeds&apos; categories.</source>
        <translation>Um arquivo OPML é a lista de feeds que outros leitores de feeds exportam. Os feeds que já estão no Focus Inbox são ignorados; as pastas viram as categorias dos feeds.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No file chosen</source>
        <translation>Nenhum arquivo escolhido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Could not open %1: %2</source>
        <translation>Não foi possível abrir %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is too large for a feed list.</source>
        <translation>%1 é grande demais para uma lista de feeds.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an OPML feed list: %2</source>
        <translation>%1 não é uma lista de feeds OPML: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 lists no feeds.</source>
        <translation>%1 não lista nenhum feed.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%1 lists %n feed(s).</source>
        <translation>
            <numerusform>%1 lista %n feed.</numerusform>
            <numerusform>%1 lista %n feeds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>They are in %n folder(s).</source>
        <translation>
            <numerusform>Eles estão em %n pasta.</numerusform>
            <numerusform>Eles estão em %n pastas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of them are already in Focus Inbox and will be skipped.</source>
        <translation>
            <numerusform>%n deles já está no Focus Inbox e será ignorado.</numerusform>
            <numerusform>%n deles já estão no Focus Inbox e serão ignorados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Importing %n feed(s)…</source>
        <translation>
            <numerusform>Importando %n feed…</numerusform>
            <numerusform>Importando %n feeds…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was imported: %1</source>
        <translation>Nada foi importado: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Added %n feed(s).</source>
        <translation>
            <numerusform>%n feed adicionado.</numerusform>
            <numerusform>%n feeds adicionados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Skipped %n (already in Focus Inbox or not usable).</source>
        <translation>
            <numerusform>%n ignorado (já estava no Focus Inbox ou não era utilizável).</numerusform>
            <numerusform>%n ignorados (já estavam no Focus Inbox ou não eram utilizáveis).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fi::github</name>
    <message>
        <location filename="../models/sources/github/githubthreads.cpp" line="+85"/>
        <source>GitHub sent notifications that are not valid JSON (%1 at byte %2).</source>
        <translation>O GitHub enviou notificações que não são JSON válido (%1 no byte %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitHub sent something other than a list of notifications.</source>
        <translation>O GitHub enviou algo que não é uma lista de notificações.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Your review was requested.</source>
        <translation>Sua revisão foi solicitada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You were @mentioned.</source>
        <translation>Alguém @mencionou você.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A team you belong to was @mentioned.</source>
        <translation>Uma equipe da qual você faz parte foi @mencionada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You were assigned.</source>
        <translation>Isto foi atribuído a você.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You opened this thread.</source>
        <translation>Você abriu esta conversa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You commented on this thread.</source>
        <translation>Você comentou nesta conversa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub found a security vulnerability in this repository.</source>
        <translation>O GitHub encontrou uma vulnerabilidade de segurança neste repositório.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are watching this repository.</source>
        <translation>Você está acompanhando este repositório.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You changed the thread&apos;s state (for example, closed an issue).</source>
        <translation>Você mudou o estado da conversa (por exemplo, fechou uma issue).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A GitHub Actions workflow run you triggered finished.</source>
        <translation>Uma execução de fluxo de trabalho do GitHub Actions que você disparou terminou.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You subscribed to this thread.</source>
        <translation>Você se inscreveu nesta conversa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your approval was requested for a deployment.</source>
        <translation>Sua aprovação foi solicitada para uma implantação.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You were invited to contribute to this repository.</source>
        <translation>Você recebeu um convite para contribuir com este repositório.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GitHub&apos;s reason: %1.</source>
        <translation>Motivo do GitHub: %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 in %2

%3

%4</source>
        <translation>%1 em %2

%3

%4</translation>
    </message>
    <message>
        <location filename="../models/sources/github/githubapi.cpp" line="+112"/>
        <source>GitHub did not accept the token (401 %1). Enter a new token for this account.</source>
        <translation>O GitHub não aceitou o token (401 %1). Digite um novo token para esta conta.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>GitHub&apos;s rate limit is reached (%1); the next request waits until %2.</source>
        <translation>O limite de solicitações do GitHub foi atingido (%1); a próxima solicitação aguardará até %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GitHub refused the request (403 %1). Check that the token may read notifications.</source>
        <translation>O GitHub recusou a solicitação (403 %1). Verifique se o token tem permissão para ler notificações.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub has no notifications API at this address (404). Check the base URL.</source>
        <translation>O GitHub não tem uma API de notificações neste endereço (404). Verifique a URL base.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 GitHub says: %2</source>
        <translation>%1 O GitHub diz: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No GitHub token for %1 in the keychain (%2). Enter the token again in Sources.</source>
        <translation>Nenhum token do GitHub para %1 no chaveiro (%2). Digite o token novamente em Fontes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>vazio</translation>
    </message>
    <message>
        <location filename="../models/sources/github/githubkind.cpp" line="-68"/>
        <source>&quot;%1&quot; is not an https address of GitHub&apos;s API (https://api.github.com or https://HOST/api/v3).</source>
        <translation>&quot;%1&quot; não é um endereço https da API do GitHub (https://api.github.com ou https://HOST/api/v3).</translation>
    </message>
</context>
<context>
    <name>fi::github::GitHubAccountDialog</name>
    <message>
        <location filename="../views/sources/github/githubaccountdialog.cpp" line="+91"/>
        <source>Edit GitHub Account</source>
        <translation>Editar conta do GitHub</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add GitHub Account</source>
        <translation>Adicionar conta do GitHub</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Focus Inbox reads your GitHub notifications with a personal access token. The token is kept in the system keychain, never in its own files.</source>
        <translation>O Focus Inbox lê suas notificações do GitHub com um token de acesso pessoal. O token fica guardado no chaveiro do sistema, nunca nos arquivos do próprio Focus Inbox.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API base URL</source>
        <translation>URL base da API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, or https://HOST/api/v3 for GitHub Enterprise Server</source>
        <translation>%1 ou https://HOST/api/v3 para o GitHub Enterprise Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address of GitHub&apos;s REST API: %1 for github.com, https://HOST/api/v3 for GitHub Enterprise Server</source>
        <translation>O endereço da API REST do GitHub: %1 para o github.com, https://HOST/api/v3 para o GitHub Enterprise Server</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Personal access token</source>
        <translation>Token de acesso pessoal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unchanged</source>
        <translation>sem alteração</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ghp_…</source>
        <translation>ghp_…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty to keep the token stored in the keychain</source>
        <translation>Deixe em branco para manter o token salvo no chaveiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored in the system keychain</source>
        <translation>Fica salvo no chaveiro do sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+373"/>
        <source>&amp;Check</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <location line="-371"/>
        <source>Ask GitHub who this token belongs to (nothing is changed)</source>
        <translation>Perguntar ao GitHub a quem pertence este token (nada é alterado)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use a personal access token (classic) with the &quot;notifications&quot; scope. GitHub&apos;s notifications API does not accept fine-grained tokens.</source>
        <translation>Use um token de acesso pessoal (clássico) com o escopo &quot;notifications&quot;. A API de notificações do GitHub não aceita tokens refinados (fine-grained).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check result</source>
        <translation>Resultado da verificação</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How this account is shown in Focus Inbox (optional)</source>
        <translation>Como esta conta é exibida no Focus Inbox (opcional)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check for new notifications every, in minutes</source>
        <translation>Intervalo de verificação de novas notificações, em minutos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How often to ask GitHub for new notifications, in minutes (at least one). When GitHub asks for longer pauses, they are kept.</source>
        <translation>Com que frequência pedir novas notificações ao GitHub, em minutos (pelo menos um). Se o GitHub pedir pausas mais longas, elas são respeitadas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the account</source>
        <translation>Salvar a conta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add the account (after a successful check)</source>
        <translation>Adicionar a conta (após uma verificação bem-sucedida)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API &amp;base URL:</source>
        <translation>&amp;URL base da API:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal access &amp;token:</source>
        <translation>&amp;Token de acesso pessoal:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check for new notifications &amp;every:</source>
        <translation>Verificar novas notificações a &amp;cada:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&quot;%1&quot; is not an address of GitHub&apos;s API. Use %2, or https://HOST/api/v3 for GitHub Enterprise Server.</source>
        <translation>&quot;%1&quot; não é um endereço da API do GitHub. Use %2 ou https://HOST/api/v3 para o GitHub Enterprise Server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste a personal access token, then check it.</source>
        <translation>Cole um token de acesso pessoal e depois verifique-o.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Reading the token from the keychain…</source>
        <translation>Lendo o token do chaveiro…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Asking %1 who this token belongs to…</source>
        <translation>Perguntando a %1 a quem pertence este token…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 answered, but not like GitHub&apos;s API. Check the base URL.</source>
        <translation>%1 respondeu, mas não como a API do GitHub. Verifique a URL base.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed in as %1.</source>
        <translation>Conectado como %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This account is already in Focus Inbox as &quot;%1&quot;; edit that one instead.</source>
        <translation>Esta conta já está no Focus Inbox como &quot;%1&quot;; edite essa conta em vez de adicioná-la de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token lacks the &quot;notifications&quot; scope, so GitHub will refuse to list notifications. Add the scope to the token on GitHub.</source>
        <translation>O token não tem o escopo &quot;notifications&quot;, então o GitHub vai se recusar a listar as notificações. Adicione o escopo ao token no GitHub.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This account is already in Focus Inbox as &quot;%1&quot;.</source>
        <translation>Esta conta já está no Focus Inbox como &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The token could not be stored in the system keychain: %1</source>
        <translation>Não foi possível salvar o token no chaveiro do sistema: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account could not be saved in the database.</source>
        <translation>Não foi possível salvar a conta no banco de dados.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saving was interrupted.</source>
        <translation>O salvamento foi interrompido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>login</source>
        <translation>usuário</translation>
    </message>
</context>
<context>
    <name>fi::github::GitHubSource</name>
    <message>
        <location filename="../models/sources/github/githubsource.cpp" line="+89"/>
        <source>GitHub asked to wait before the next request.</source>
        <translation>O GitHub pediu para esperar antes da próxima solicitação.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 Next attempt after %2.</source>
        <translation>%1 Próxima tentativa após %2.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>GitHub&apos;s page %1 of notifications could not be read: %2 Nothing of this poll was stored.</source>
        <translation>Não foi possível ler a página %1 de notificações do GitHub: %2 Nada desta consulta foi salvo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ignored a next page at another address (%1).</source>
        <translation>Uma próxima página em outro endereço foi ignorada (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>More than %1 pages of notifications: the rest waits for the next poll.</source>
        <translation>Mais de %1 páginas de notificações: o restante fica para a próxima consulta.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A poll of this GitHub account is already running.</source>
        <translation>Já há uma consulta desta conta do GitHub em andamento.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not an https address of GitHub&apos;s API.</source>
        <translation>&quot;%1&quot; não é um endereço https da API do GitHub.</translation>
    </message>
</context>
<context>
    <name>fi::github::Replayer</name>
    <message>
        <location filename="../models/sources/github/githubreplayer.cpp" line="+35"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <location line="+10"/>
        <location line="+15"/>
        <location line="+8"/>
        <source>The store could not record the change.</source>
        <translation>Não foi possível registrar a alteração no banco de dados.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The thread address %1 is not at this account&apos;s API; it was not marked read.</source>
        <translation>O endereço da conversa %1 não está na API desta conta; ela não foi marcada como lida.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>GitHub no longer has this thread (404); it could not be muted.</source>
        <translation>O GitHub não tem mais esta conversa (404); não foi possível silenciá-la.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub no longer has this thread (404); it could not be marked read.</source>
        <translation>O GitHub não tem mais esta conversa (404); não foi possível marcá-la como lida.</translation>
    </message>
</context>
<context>
    <name>fi::imap</name>
    <message>
        <location filename="../models/sources/imap/imapcert.cpp" line="+86"/>
        <source>The server sent no certificate.</source>
        <translation>O servidor não enviou nenhum certificado.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>it is not meant for authenticating a server: its Extended Key Usage lacks serverAuth</source>
        <translation>ele não se destina a autenticar um servidor: o uso estendido de chave (Extended Key Usage) não inclui serverAuth</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s certificate is not trusted (%1). SHA-256 fingerprint: %2. Trust it explicitly for this account only if you know this is the right certificate.</source>
        <translation>O certificado do servidor não é confiável (%1). Impressão digital SHA-256: %2. Confie nele explicitamente para esta conta somente se tiver certeza de que é o certificado correto.</translation>
    </message>
    <message>
        <location filename="../models/sources/imap/imapaccountsave.cpp" line="+20"/>
        <source>The account&apos;s login changed, so its password is needed again: %1</source>
        <translation>O login da conta mudou, então a senha é necessária novamente: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The password could not be stored in the system keychain: %1</source>
        <translation>Não foi possível salvar a senha no chaveiro do sistema: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The account could not be saved in the database.</source>
        <translation>Não foi possível salvar a conta no banco de dados.</translation>
    </message>
</context>
<context>
    <name>fi::imap::Account</name>
    <message>
        <location filename="../models/sources/imap/imapaccount.cpp" line="+79"/>
        <source>Not an IMAP URL (expected imaps://user@host:993/INBOX): %1</source>
        <translation>Não é uma URL IMAP (esperado: imaps://user@host:993/INBOX): %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The URL must not contain a password; it is read from standard input or the keychain.</source>
        <translation>A URL não deve conter senha; ela é lida da entrada padrão ou do chaveiro.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unknown security mode &quot;%1&quot; (use tls, starttls or none).</source>
        <translation>Modo de segurança desconhecido &quot;%1&quot; (use tls, starttls ou none).</translation>
    </message>
</context>
<context>
    <name>fi::imap::BodyLoader</name>
    <message>
        <location filename="../models/sources/imap/imapbodyloader.cpp" line="+26"/>
        <source>The item has no IMAP UID (&quot;%1&quot;).</source>
        <translation>O item não tem UID de IMAP (&quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The folder %1 changed on the server; sync to see this message again.</source>
        <translation>A pasta %1 mudou no servidor; sincronize para ver esta mensagem de novo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The message is no longer in %1 on the server.</source>
        <translation>A mensagem não está mais em %1 no servidor.</translation>
    </message>
</context>
<context>
    <name>fi::imap::FolderSync</name>
    <message>
        <location filename="../models/sources/imap/imapfoldersync.cpp" line="+112"/>
        <source>The server sent no valid UIDVALIDITY for this folder (RFC 3501, section 2.3.1.1), so its messages cannot be told apart safely; nothing was changed.</source>
        <translation>O servidor não enviou um UIDVALIDITY válido para esta pasta (RFC 3501, seção 2.3.1.1), portanto não é possível distinguir as mensagens dela com segurança; nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>fi::imap::IdleWatcher</name>
    <message>
        <location filename="../models/sources/imap/imapidle.cpp" line="+77"/>
        <source>The server refused IDLE.</source>
        <translation>O servidor recusou o IDLE.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The connection to the server was lost while waiting for new mail.</source>
        <translation>A conexão com o servidor foi perdida enquanto se aguardavam novos e-mails.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No password for %1: %2</source>
        <translation>Sem senha para %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server does not support IDLE; new mail arrives with the next poll.</source>
        <translation>O servidor não oferece suporte a IDLE; os novos e-mails chegarão na próxima consulta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>IDLE could not be set up on this connection.</source>
        <translation>Não foi possível configurar o IDLE nesta conexão.</translation>
    </message>
</context>
<context>
    <name>fi::imap::ImapSource</name>
    <message>
        <location filename="../models/sources/imap/imapsource.cpp" line="+172"/>
        <source>No password for %1: %2</source>
        <translation>Sem senha para %1: %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Folder %1: %2</source>
        <translation>Pasta %1: %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>A sync of this IMAP account is already running.</source>
        <translation>Já há uma sincronização desta conta IMAP em andamento.</translation>
    </message>
</context>
<context>
    <name>fi::imap::LegacyQueue</name>
    <message>
        <location filename="../models/sources/imap/imaplegacyqueue.cpp" line="+129"/>
        <source>The pending changes of %1 could not be moved into the database; they are kept in %2 and tried again at the next start.</source>
        <translation>Não foi possível transferir as alterações pendentes de %1 para o banco de dados; elas são mantidas em %2 e serão tentadas novamente na próxima inicialização.</translation>
    </message>
</context>
<context>
    <name>fi::imap::Names</name>
    <message>
        <location filename="../models/sources/imap/imapnames.cpp" line="+29"/>
        <source>The user name is empty.</source>
        <translation>O nome de usuário está em branco.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user name contains a control character (such as a line break); it cannot be sent to the server.</source>
        <translation>O nome de usuário contém um caractere de controle (como uma quebra de linha); ele não pode ser enviado ao servidor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user name contains characters outside US-ASCII; IMAP LOGIN cannot send it safely.</source>
        <translation>O nome de usuário contém caracteres fora do US-ASCII; o IMAP LOGIN não consegue enviá-lo com segurança.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The password contains a line break or NUL character, which IMAP LOGIN cannot send.</source>
        <translation>A senha contém uma quebra de linha ou um caractere NUL, que o IMAP LOGIN não consegue enviar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The folder name is empty.</source>
        <translation>O nome da pasta está em branco.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder name &quot;%1&quot; contains a control character (such as a line break); it cannot be sent to the server.</source>
        <translation>O nome de pasta &quot;%1&quot; contém um caractere de controle (como uma quebra de linha); ele não pode ser enviado ao servidor.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The folder name is not valid Unicode.</source>
        <translation>O nome da pasta não é Unicode válido.</translation>
    </message>
</context>
<context>
    <name>fi::imap::Run</name>
    <message>
        <location filename="../models/sources/imap/imapreplayer.cpp" line="+144"/>
        <source>No password for %1: %2</source>
        <translation>Sem senha para %1: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The update of the mail server was stopped.</source>
        <translation>A atualização do servidor de e-mail foi interrompida.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The outcome of an update of the mail server could not be recorded in the database.</source>
        <translation>Não foi possível registrar no banco de dados o resultado de uma atualização do servidor de e-mail.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The folder %1 was rebuilt on the server (its UIDVALIDITY changed), so the message cannot be found by its old number; the next sync reads the folder again.</source>
        <translation>A pasta %1 foi recriada no servidor (seu UIDVALIDITY mudou), portanto a mensagem não pode ser encontrada pelo número antigo; a próxima sincronização lerá a pasta novamente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The message has neither a known number nor a Message-ID in %1.</source>
        <translation>A mensagem não tem em %1 nem um número conhecido nem um Message-ID.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The message is no longer in %1.</source>
        <translation>A mensagem não está mais em %1.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The server kept the message in %1 after it was copied to %2 (is deleting messages there allowed?).</source>
        <translation>O servidor manteve a mensagem em %1 depois que ela foi copiada para %2 (é permitido excluir mensagens lá?).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>An IMAP server does not store this change.</source>
        <translation>Um servidor IMAP não armazena esta alteração.</translation>
    </message>
</context>
<context>
    <name>fi::imap::Session</name>
    <message>
        <location filename="../models/sources/imap/imapsession.cpp" line="+271"/>
        <source>The server announced %1 of data in one piece during %2, more than the limit of %3; the connection was closed.</source>
        <translation>O servidor anunciou %1 de dados em um único bloco durante %2, acima do limite de %3; a conexão foi encerrada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server sent more than %1 in answer to %2; the connection was closed.</source>
        <translation>O servidor enviou mais de %1 em resposta a %2; a conexão foi encerrada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server did not complete %1 within %2 seconds; the connection was closed.</source>
        <translation>O servidor não concluiu %1 em %2 segundos; a conexão foi encerrada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server stopped answering during %1 (nothing for %2 seconds).</source>
        <translation>O servidor parou de responder durante %1 (sem resposta por %2 segundos).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to the server was closed because the app stopped it.</source>
        <translation>A conexão com o servidor foi encerrada porque o aplicativo a interrompeu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to the server was lost during %1.</source>
        <translation>A conexão com o servidor foi perdida durante %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server rejected the user name or password.</source>
        <translation>O servidor rejeitou o nome de usuário ou a senha.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server refused %1 (libetpan error %2): %3</source>
        <translation>O servidor recusou %1 (erro da libetpan %2): %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refusing to send the password unencrypted to %1: choose TLS or STARTTLS, or allow plaintext explicitly for this account.</source>
        <translation>A senha não será enviada sem criptografia para %1: escolha TLS ou STARTTLS, ou permita explicitamente texto sem criptografia para esta conta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server name &quot;%1&quot; could not be found (%2).</source>
        <translation>O nome do servidor &quot;%1&quot; não foi encontrado (%2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not connect to %1 port %2: the connection was refused or the server is unreachable.</source>
        <translation>Não foi possível conectar a %1 na porta %2: a conexão foi recusada ou o servidor está inacessível.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The TLS handshake with %1 port %2 failed (is this a TLS port?).</source>
        <translation>Falha no handshake TLS com %1 na porta %2 (esta é uma porta TLS?).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server logged in without a password (PREAUTH) before the connection was encrypted; refused.</source>
        <translation>O servidor fez login sem senha (PREAUTH) antes de a conexão ser criptografada; recusado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server %1 port %2 did not answer with an IMAP greeting.</source>
        <translation>O servidor %1 na porta %2 não respondeu com uma saudação IMAP.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server %1 does not offer STARTTLS; refusing to continue unencrypted.</source>
        <translation>O servidor %1 não oferece STARTTLS; a conexão não continuará sem criptografia.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server %1 sent unexpected data right after agreeing to STARTTLS, before encryption began (a sign of an injection attack); refused.</source>
        <translation>O servidor %1 enviou dados inesperados logo depois de aceitar o STARTTLS, antes de a criptografia começar (sinal de um ataque de injeção); recusado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server %1 refused STARTTLS (libetpan error %2).</source>
        <translation>O servidor %1 recusou o STARTTLS (erro da libetpan %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>STARTTLS with %1 failed (libetpan error %2).</source>
        <translation>Falha no STARTTLS com %1 (erro da libetpan %2).</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>A header to search for is not plain ASCII text; nothing was sent.</source>
        <translation>Um cabeçalho a ser pesquisado não é texto ASCII simples; nada foi enviado.</translation>
    </message>
</context>
<context>
    <name>fi::maildir</name>
    <message>
        <location filename="../models/sources/maildir/maildirkind.cpp" line="-13"/>
        <source>No Maildir folder was given.</source>
        <translation>Nenhuma pasta Maildir foi informada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../views/sources/maildir/maildireditor.cpp" line="-36"/>
        <source>%1 has no cur/ directory, so it is not a Maildir.</source>
        <translation>%1 não tem um diretório cur/, portanto não é um Maildir.</translation>
    </message>
    <message>
        <location filename="../views/sources/maildir/maildireditor.cpp" line="-44"/>
        <source>Add Maildir</source>
        <translation>Adicionar Maildir</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add your Maildir?</source>
        <translation>Adicionar seu Maildir?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus Inbox found a Maildir at %1. Add it as a source?</source>
        <translation>O Focus Inbox encontrou um Maildir em %1. Deseja adicioná-lo como fonte?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not a Maildir</source>
        <translation>Não é um Maildir</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your address</source>
        <translation>Seu endereço</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which address(es) of yours receive mail in this Maildir?
Mail sent to you lands in Async with a deadline. Separate several with commas.</source>
        <translation>Quais endereços seus recebem e-mails neste Maildir?
Os e-mails enviados para você vão para Assíncrono com um prazo. Separe vários com vírgulas.</translation>
    </message>
</context>
<context>
    <name>fi::maildir::MaildirChangeReplayer</name>
    <message>
        <location filename="../models/sources/maildir/maildirreplayer.cpp" line="+83"/>
        <source>The update of the Maildir was stopped.</source>
        <translation>A atualização do Maildir foi interrompida.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A Maildir does not store this change.</source>
        <translation>Um Maildir não armazena esta alteração.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <location line="+16"/>
        <location line="+10"/>
        <source>The outcome of a Maildir update could not be recorded.</source>
        <translation>Não foi possível registrar o resultado de uma atualização do Maildir.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>The message file &quot;%1&quot; no longer exists in %2.</source>
        <translation>O arquivo de mensagem &quot;%1&quot; não existe mais em %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot rename &quot;%1&quot; to &quot;%2&quot; (is the Maildir writable?).</source>
        <translation>Não foi possível renomear &quot;%1&quot; para &quot;%2&quot; (o Maildir permite gravação?).</translation>
    </message>
</context>
<context>
    <name>fi::net::HttpFetcher</name>
    <message>
        <location filename="../models/net/fetch/fetcherrors.cpp" line="+20"/>
        <source>The server answered %1.</source>
        <translation>O servidor respondeu %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answered %1 %2.</source>
        <translation>O servidor respondeu %1 %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/net/blockingfetch.cpp" line="+47"/>
        <location filename="../models/net/fetch/fetcherrors.cpp" line="+8"/>
        <source>No answer within %n s.</source>
        <translation>
            <numerusform>Sem resposta em %n s.</numerusform>
            <numerusform>Sem resposta em %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/net/fetch/fetcherrors.cpp" line="+6"/>
        <source>The document is larger than %1 MB.</source>
        <translation>O documento tem mais de %1 MB.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The document is larger than %1 KB.</source>
        <translation>O documento tem mais de %1 KB.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document is larger than %1 bytes.</source>
        <translation>O documento tem mais de %1 bytes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too many redirects (more than %1).</source>
        <translation>Redirecionamentos demais (mais de %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redirect loop at %1.</source>
        <translation>Loop de redirecionamento em %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refused a redirect from HTTPS to unencrypted HTTP (%1).</source>
        <translation>Um redirecionamento de HTTPS para HTTP sem criptografia foi recusado (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refused a redirect to %1: only http and https addresses are followed.</source>
        <translation>Um redirecionamento para %1 foi recusado: somente endereços http e https são seguidos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server answered %1 (a redirect) without saying where to.</source>
        <translation>O servidor respondeu %1 (um redirecionamento) sem informar para onde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unsupported address %1: only http, https and file addresses can be fetched.</source>
        <translation>Endereço não suportado %1: somente endereços http, https e file podem ser baixados.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the TLS handshake failed</source>
        <translation>a negociação TLS falhou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secure connection to %1 could not be verified: %2</source>
        <translation>Não foi possível verificar a conexão segura com %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server %1 was not found.</source>
        <translation>O servidor %1 não foi encontrado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server %1 refused the connection.</source>
        <translation>O servidor %1 recusou a conexão.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server %1 closed the connection before answering.</source>
        <translation>O servidor %1 encerrou a conexão antes de responder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to %1 timed out.</source>
        <translation>A conexão com %1 excedeu o tempo limite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The network is not available.</source>
        <translation>A rede não está disponível.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The proxy failed: %1</source>
        <translation>O proxy falhou: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server %1 sent an invalid HTTP response: %2</source>
        <translation>O servidor %1 enviou uma resposta HTTP inválida: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetching from %1 failed: %2</source>
        <translation>Falha ao baixar de %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <location filename="../models/net/fetch/filefetch.cpp" line="+19"/>
        <source>no such file</source>
        <translation>o arquivo não existe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a regular file</source>
        <translation>não é um arquivo comum</translation>
    </message>
    <message>
        <location filename="../models/net/blockingfetch.cpp" line="-2"/>
        <source>The request was cancelled.</source>
        <translation>A solicitação foi cancelada.</translation>
    </message>
</context>
<context>
    <name>fi::net::HttpListener</name>
    <message>
        <location filename="../models/net/listener/httplistener.cpp" line="+122"/>
        <source>The request was not answered</source>
        <translation>A solicitação não foi respondida</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Too many requests</source>
        <translation>Solicitações demais</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not accepting requests</source>
        <translation>Não está aceitando solicitações</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Request not complete within %1 ms</source>
        <translation>Solicitação não concluída em %1 ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No answer within %1 ms</source>
        <translation>Sem resposta em %1 ms</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Already listening</source>
        <translation>Já está escutando</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Too many connections (%1)</source>
        <translation>Conexões demais (%1)</translation>
    </message>
    <message>
        <location filename="../models/net/listener/httpwire.cpp" line="+104"/>
        <source>More than %1 header fields</source>
        <translation>Mais de %1 campos de cabeçalho</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+207"/>
        <source>Request body larger than %1 bytes</source>
        <translation>Corpo da solicitação com mais de %1 bytes</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Request line longer than %1 bytes</source>
        <translation>Linha de solicitação com mais de %1 bytes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header section longer than %1 bytes</source>
        <translation>Seção de cabeçalhos com mais de %1 bytes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Header section too large</source>
        <translation>Seção de cabeçalhos grande demais</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Malformed request: %1</source>
        <translation>Solicitação malformada: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Malformed request</source>
        <translation>Solicitação malformada</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>HTTP version %1.%2 is not supported</source>
        <translation>A versão HTTP %1.%2 não é suportada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invalid header field</source>
        <translation>Campo de cabeçalho inválido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exactly one Host header is required</source>
        <translation>É necessário exatamente um cabeçalho Host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host must be 127.0.0.1 or localhost</source>
        <translation>O Host deve ser 127.0.0.1 ou localhost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CONNECT is not supported</source>
        <translation>CONNECT não é suportado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Transfer-Encoding in an HTTP/1.0 request</source>
        <translation>Transfer-Encoding em uma solicitação HTTP/1.0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only &quot;Transfer-Encoding: chunked&quot; is supported</source>
        <translation>Somente &quot;Transfer-Encoding: chunked&quot; é suportado</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Invalid request target</source>
        <translation>Destino da solicitação inválido</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only &quot;Expect: 100-continue&quot; is supported</source>
        <translation>Somente &quot;Expect: 100-continue&quot; é suportado</translation>
    </message>
</context>
<context>
    <name>fi::secrets</name>
    <message>
        <location filename="../models/secrets/secretstore.cpp" line="+106"/>
        <source>The system keychain did not answer in time.</source>
        <translation>O chaveiro do sistema não respondeu a tempo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No password is stored in the keychain for this account.</source>
        <translation>Nenhuma senha está salva no chaveiro para esta conta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system keychain failed: %1</source>
        <translation>Falha no chaveiro do sistema: %1</translation>
    </message>
</context>
<context>
    <name>fi::webhook</name>
    <message>
        <location filename="../models/sources/webhook/webhookkind.cpp" line="-140"/>
        <source>&quot;%1&quot; is not a local webhook address (http://127.0.0.1:PORT/items, PORT 1024–65535).</source>
        <translation>&quot;%1&quot; não é um endereço de webhook local (http://127.0.0.1:PORT/items, PORT 1024–65535).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+85"/>
        <source>The webhook has no token; give it one in its settings.</source>
        <translation>O webhook não tem token; defina um nas configurações dele.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Webhook (port %1)</source>
        <translation>Webhook (porta %1)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%1 webhook sources are named &quot;%2&quot;; rename one of them.</source>
        <translation>Há %1 fontes webhook chamadas &quot;%2&quot;; renomeie uma delas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No enabled webhook source is named &quot;%1&quot;.</source>
        <translation>Nenhuma fonte webhook ativada se chama &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no webhook source: add one first (File ▸ Add webhook…, or focusinbox sources add webhook).</source>
        <translation>Não há nenhuma fonte webhook: adicione uma antes (Arquivo ▸ Adicionar webhook…, ou focusinbox sources add webhook).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are %1 webhook sources: say which one with --source NAME.</source>
        <translation>Há %1 fontes webhook: indique qual delas com --source NAME.</translation>
    </message>
    <message>
        <location filename="../models/sources/webhook/webhookpayload.cpp" line="+39"/>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>&quot;%1&quot; deve ser uma string.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;due&quot; must be an ISO 8601 date-time with its offset, such as 2026-12-03T17:00:00Z or 2026-12-03T14:00:00-03:00.</source>
        <translation>&quot;due&quot; deve ser uma data e hora ISO 8601 com o deslocamento UTC, como 2026-12-03T17:00:00Z ou 2026-12-03T14:00:00-03:00.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;due&quot; is before 1970.</source>
        <translation>&quot;due&quot; é anterior a 1970.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The body is empty; send a JSON object such as {&quot;title&quot;: &quot;…&quot;}.</source>
        <translation>O corpo está vazio; envie um objeto JSON como {&quot;title&quot;: &quot;…&quot;}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The JSON is nested deeper than %1 levels.</source>
        <translation>O JSON tem mais de %1 níveis de aninhamento.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The body is not valid JSON: %1 at byte %2.</source>
        <translation>O corpo não é um JSON válido: %1 no byte %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The body must be a JSON object such as {&quot;title&quot;: &quot;…&quot;}.</source>
        <translation>O corpo deve ser um objeto JSON como {&quot;title&quot;: &quot;…&quot;}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown member &quot;%1&quot;; a payload has title, body, url, sender, tier, remote_id and due.</source>
        <translation>Membro desconhecido &quot;%1&quot;; um payload tem title, body, url, sender, tier, remote_id e due.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;title&quot; is required and must not be empty.</source>
        <translation>&quot;title&quot; é obrigatório e não pode estar vazio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;title&quot; is longer than %1 characters.</source>
        <translation>&quot;title&quot; tem mais de %1 caracteres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;title&quot; and &quot;sender&quot; must not contain control characters.</source>
        <translation>&quot;title&quot; e &quot;sender&quot; não podem conter caracteres de controle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;body&quot; contains control characters.</source>
        <translation>&quot;body&quot; contém caracteres de controle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;sender&quot; is longer than %1 characters.</source>
        <translation>&quot;sender&quot; tem mais de %1 caracteres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;remote_id&quot; must be 1 to %1 characters without control characters.</source>
        <translation>&quot;remote_id&quot; deve ter de 1 a %1 caracteres, sem caracteres de controle.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;url&quot; must be an absolute http or https address.</source>
        <translation>&quot;url&quot; deve ser um endereço http ou https absoluto.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;tier&quot; must be 1 (Reference), 2 (Async) or 3 (Now).</source>
        <translation>&quot;tier&quot; deve ser 1 (Referência), 2 (Assíncrono) ou 3 (Agora).</translation>
    </message>
    <message>
        <location filename="../models/sources/webhook/webhooktokens.cpp" line="+25"/>
        <source>The token could not be stored in the system keychain: %1</source>
        <translation>Não foi possível salvar o token no chaveiro do sistema: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+17"/>
        <source>The webhook could not be saved in the database.</source>
        <translation>Não foi possível salvar o webhook no banco de dados.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The new token could not be stored in the system keychain: %1</source>
        <translation>Não foi possível salvar o novo token no chaveiro do sistema: %1</translation>
    </message>
</context>
<context>
    <name>fi::webhook::WebhookConnector</name>
    <message>
        <location filename="../models/sources/webhook/webhookconnector.cpp" line="+87"/>
        <source>The webhook&apos;s token could not be read from the system keychain (%1). Open the source&apos;s settings and rotate the token.</source>
        <translation>Não foi possível ler o token do webhook no chaveiro do sistema (%1). Abra as configurações da fonte e renove o token.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no entry</source>
        <translation>nenhuma entrada</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The webhook&apos;s address %1 is not http://127.0.0.1:PORT/items.</source>
        <translation>O endereço do webhook, %1, não é http://127.0.0.1:PORT/items.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>Não foi possível escutar em 127.0.0.1:%1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Scripts can POST items to %1 with the source&apos;s token (Authorization: Bearer …).</source>
        <translation>Scripts podem enviar itens com POST para %1 usando o token da fonte (Authorization: Bearer …).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Listening on :%1</source>
        <translation>Escutando em :%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not found: items are sent with POST %1.</source>
        <translation>Não encontrado: os itens são enviados com POST %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use POST to send an item.</source>
        <translation>Use POST para enviar um item.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Missing or wrong token: send &quot;Authorization: Bearer &lt;token&gt;&quot; with the source&apos;s token.</source>
        <translation>Token ausente ou incorreto: envie &quot;Authorization: Bearer &lt;token&gt;&quot; com o token da fonte.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The item was not stored: %1</source>
        <translation>O item não foi salvo: %1</translation>
    </message>
</context>
<context>
    <name>fi::webhook::WebhookDialog</name>
    <message>
        <location filename="../views/sources/webhook/webhookdialog.cpp" line="+43"/>
        <source>Webhook Settings</source>
        <translation>Configurações do webhook</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Webhook</source>
        <translation>Adicionar webhook</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Scripts, CI jobs and monitoring on this computer can add items to Focus Inbox by posting JSON to a local port. Every request needs the webhook&apos;s token, which is kept in the system keychain only.</source>
        <translation>Scripts, jobs de CI e ferramentas de monitoramento deste computador podem adicionar itens ao Focus Inbox enviando JSON para uma porta local. Toda solicitação precisa do token do webhook, que fica guardado somente no chaveiro do sistema.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How this webhook is shown in Focus Inbox (optional)</source>
        <translation>Como este webhook é exibido no Focus Inbox (opcional)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The port on 127.0.0.1 the webhook listens on (1024–65535); only programs on this computer can connect</source>
        <translation>A porta em 127.0.0.1 em que o webhook escuta (1024–65535); somente programas deste computador podem se conectar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint:</source>
        <translation>Endpoint:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scripts send it as &quot;Authorization: Bearer TOKEN&quot;</source>
        <translation>Os scripts o enviam como &quot;Authorization: Bearer TOKEN&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>S&amp;how</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Show the token in clear text</source>
        <translation>Mostrar o token de forma legível</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the token to the clipboard</source>
        <translation>Copiar o token para a área de transferência</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rotate token…</source>
        <translation>&amp;Renovar token…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the token with a new one; scripts using the old one are refused</source>
        <translation>Substituir o token por um novo; os scripts que usarem o antigo serão recusados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The webhook could not be saved in the database.</source>
        <translation>Não foi possível salvar o webhook no banco de dados.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adding…</source>
        <translation>Adicionando…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>reading from the keychain…</source>
        <translation>lendo do chaveiro…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown error</source>
        <translation>erro desconhecido</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>interrupted</source>
        <translation>interrompido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not available</source>
        <translation>indisponível</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token could not be read from the system keychain: %1</source>
        <translation>Não foi possível ler o token do chaveiro do sistema: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotate the token to give the webhook a new one.</source>
        <translation>Renove o token para dar um novo ao webhook.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rotate Token</source>
        <translation>Renovar token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give &quot;%1&quot; a new token? Scripts that still send the old token will get 401 Unauthorized until they are given the new one.</source>
        <translation>Dar um novo token a &quot;%1&quot;? Os scripts que ainda enviarem o token antigo receberão 401 Unauthorized até receberem o novo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Rotate Token</source>
        <translation>&amp;Renovar token</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Making a new token…</source>
        <translation>Gerando um novo token…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The work was interrupted.</source>
        <translation>A operação foi interrompida.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The webhook has a new token. Scripts using the old one are now refused.</source>
        <translation>O webhook tem um novo token. Os scripts que usam o antigo agora são recusados.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Port %1 is already used by the webhook &quot;%2&quot;. Choose another port.</source>
        <translation>A porta %1 já é usada pelo webhook &quot;%2&quot;. Escolha outra porta.</translation>
    </message>
</context>
<context>
    <name>fi::webhook::WebhookResultPage</name>
    <message>
        <location filename="../views/sources/webhook/webhookresultpage.cpp" line="+36"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The webhook is ready. Scripts can now post items to it.</source>
        <translation>O webhook está pronto. Os scripts já podem enviar itens para ele.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the token to the clipboard</source>
        <translation>Copiar o token para a área de transferência</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Example command</source>
        <translation>Comando de exemplo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep the token secret: whoever has it can add items. It is stored in the system keychain; &quot;Webhook settings…&quot; shows it again.</source>
        <translation>Mantenha o token em segredo: quem o tiver pode adicionar itens. Ele fica guardado no chaveiro do sistema; &quot;Configurações do webhook…&quot; o mostra novamente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy co&amp;mmand</source>
        <translation>Copiar co&amp;mando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the example command (it contains the token) to the clipboard</source>
        <translation>Copiar o comando de exemplo (ele contém o token) para a área de transferência</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Endpoint:</source>
        <translation>Endpoint:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Example:</source>
        <translation>&amp;Exemplo:</translation>
    </message>
</context>
</TS>
