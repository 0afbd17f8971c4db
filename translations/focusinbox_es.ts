<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="../app/cli/manpage.cpp" line="+107"/>
        <source>Displays help on commandline options.</source>
        <translation>Mostrar la ayuda sobre las opciones de la línea de comandos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Displays help including Qt specific options.</source>
        <translation>Mostrar la ayuda, incluidas las opciones específicas de Qt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Displays version information.</source>
        <translation>Mostrar la información de la versión.</translation>
    </message>
</context>
<context>
    <name>fi</name>
    <message>
        <location filename="../models/accessibletext.cpp" line="+33"/>
        <location line="+2"/>
        <source>%1 %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>deadline met</source>
        <translation>plazo cumplido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deadline missed</source>
        <translation>plazo incumplido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>due in %1</source>
        <translation>vence en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due now</source>
        <translation>vence ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue by %1</source>
        <translation>vencido hace %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (working)</source>
        <translation>%1 (horario laboral)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snoozed</source>
        <translation>Pospuesto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no subject</source>
        <translation>sin asunto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unread</source>
        <translation>no leído</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>flagged</source>
        <translation>destacado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../views/keyboard/shortcutbindings.cpp" line="+73"/>
        <source>“%1” is not a key sequence (examples: “E”, “Ctrl+K”, “G, N”)</source>
        <translation>“%1” no es una combinación de teclas (ejemplos: “E”, “Ctrl+K”, “G, N”)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: “%2” is already used by “%3”; not bound</source>
        <translation>%1: “%2” ya lo usa “%3”; no se asignó</translation>
    </message>
</context>
<context>
    <name>fi::AboutDialog</name>
    <message>
        <location filename="../views/about/aboutdialog.cpp" line="+23"/>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (at build time)</source>
        <translation>%1 (al compilar)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About Focus Inbox</source>
        <translation>Acerca de Focus Inbox</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Focus Inbox</source>
        <translation>Focus Inbox</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A tiered inbox with response deadlines that guards deep work.</source>
        <translation>Una bandeja de entrada por niveles, con plazos de respuesta, que protege tu concentración.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>License: %1</source>
        <translation>Licencia: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Built with these libraries:</source>
        <translation>Compilado con estas bibliotecas:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used for</source>
        <translation>Se usa para</translation>
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
        <translation>Copiar la versión y las bibliotecas, p. ej., para un informe de error</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1 (revision %2)</source>
        <translation>Versión %1 (revisión %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Focus Inbox %1</source>
        <translation>Focus Inbox %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus Inbox %1 (revision %2)</source>
        <translation>Focus Inbox %1 (revisión %2)</translation>
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
        <translation>Editar fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is a %2 source, which cannot be edited here; remove it and add it again to change it.</source>
        <translation>&quot;%1&quot; es una fuente de tipo %2, que no se puede editar aquí; quítala y vuelve a agregarla para cambiarla.</translation>
    </message>
</context>
<context>
    <name>fi::AppConfig</name>
    <message>
        <location filename="../models/config/appconfig.cpp" line="+49"/>
        <source>%1 could not be kept aside before saving (%2); not overwritten</source>
        <translation>No se pudo apartar %1 antes de guardar (%2); no se sobrescribió</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be an object of action id → list of keys</source>
        <translation>debe ser un objeto de id de acción → lista de teclas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: must be a list of key strings such as [&quot;Ctrl+K&quot;]</source>
        <translation>%1: debe ser una lista de cadenas de teclas, como [&quot;Ctrl+K&quot;]</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1; using defaults</source>
        <translation>%1; se usan los valores predeterminados</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>every entry must be a string</source>
        <translation>cada entrada debe ser una cadena</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a GitHub login (letters, digits and &apos;-&apos;, at most 39)</source>
        <translation>&quot;%1&quot; no es un nombre de usuario de GitHub (letras, dígitos y &apos;-&apos;, como máximo 39)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>startMinimized must be true or false</source>
        <translation>startMinimized debe ser true o false</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>language must be &quot;&quot; (the system&apos;s), &quot;en&quot;, &quot;es&quot; or &quot;pt_BR&quot;</source>
        <translation>language debe ser &quot;&quot; (el del sistema), &quot;en&quot;, &quot;es&quot; o &quot;pt_BR&quot;</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>conversations must be true or false</source>
        <translation>conversations debe ser true o false</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>afterAction must be &quot;next&quot; or &quot;previous&quot;</source>
        <translation>afterAction debe ser &quot;next&quot; o &quot;previous&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be at least 5 seconds</source>
        <translation>debe ser de al menos 5 segundos</translation>
    </message>
</context>
<context>
    <name>fi::AppPaths</name>
    <message>
        <location filename="../models/config/apppaths.cpp" line="+116"/>
        <source>Could not move %1 to the new folders; it stays where it is.</source>
        <translation>No se pudo mover %1 a las carpetas nuevas; se queda donde está.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is a symbolic link; Focus Inbox writes its logs only into a real directory.</source>
        <translation>%1 es un enlace simbólico; Focus Inbox solo escribe sus registros en un directorio real.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create the data directory %1</source>
        <translation>No se puede crear el directorio de datos %1</translation>
    </message>
</context>
<context>
    <name>fi::Application</name>
    <message>
        <location filename="../app/application.cpp" line="+68"/>
        <source>Keep database, config and logs in &lt;dir&gt;.</source>
        <translation>Guardar la base de datos, la configuración y los registros en &lt;dir&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start hidden in the tray.</source>
        <translation>Iniciar oculto en la bandeja del sistema.</translation>
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
        <translation>Focus Inbox no puede abrir su base de datos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>open: no item with id %1 (the &quot;id&quot; of list --json)</source>
        <translation>open: no hay ningún elemento con el id %1 (el &quot;id&quot; de list --json)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not load the message: %1</source>
        <translation>No se pudo cargar el mensaje: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The item&apos;s source no longer exists.</source>
        <translation>La fuente del elemento ya no existe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 new, %3 updated, %4 failed</source>
        <translation>%1: %2 nuevos, %3 actualizados, %4 con errores</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: sync failed: %2</source>
        <translation>%1: error al sincronizar: %2</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>open: %1</source>
        <translation>open: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Another Focus Inbox holds the data directory %1 but does not answer; not starting a second one.</source>
        <translation>Otra instancia de Focus Inbox tiene el directorio de datos %1, pero no responde; no se iniciará una segunda.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+12"/>
        <location line="+48"/>
        <source>Focus Inbox is still starting; try again</source>
        <translation>Focus Inbox todavía se está iniciando; inténtalo de nuevo</translation>
    </message>
</context>
<context>
    <name>fi::ArrivalsHeatMap</name>
    <message>
        <location filename="../views/insights/arrivalsheatmap.cpp" line="+29"/>
        <source>Items received per hour of the week</source>
        <translation>Elementos recibidos por hora de la semana</translation>
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
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items received per hour of the week (%1), by day and hour starting: %2.</source>
        <translation>Elementos recibidos por hora de la semana (%1), por día y hora de inicio: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%1 %2–%3: %n item(s)</source>
        <translation>
            <numerusform>%1 %2–%3: %n elemento</numerusform>
            <numerusform>%1 %2–%3: %n elementos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fi::ArrivalsSection</name>
    <message>
        <location filename="../views/insights/arrivalssection.cpp" line="+27"/>
        <source>All tiers</source>
        <translation>Todos los niveles</translation>
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
            <numerusform>%n elemento recibido; la hora con más actividad: %1</numerusform>
            <numerusform>%n elementos recibidos; la hora con más actividad: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The stronger the colour, the more items (at most %n in one hour). Times are in %1. Hover over a cell for its count; hours with many arrivals are where focus sessions get interrupted.</source>
        <translation>
            <numerusform>Cuanto más intenso el color, más elementos (como máximo %n en una hora). Las horas están en la zona horaria %1. Pasa el puntero sobre una celda para ver la cantidad; en las horas con muchas llegadas es donde se interrumpen las sesiones de enfoque.</numerusform>
            <numerusform>Cuanto más intenso el color, más elementos (como máximo %n en una hora). Las horas están en la zona horaria %1. Pasa el puntero sobre una celda para ver la cantidad; en las horas con muchas llegadas es donde se interrumpen las sesiones de enfoque.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fi::BlockedImagesBar</name>
    <message>
        <location filename="../views/blockedimagesbar.cpp" line="+18"/>
        <source>Load images from this feed</source>
        <translation>Cargar las imágenes de este feed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this feed&apos;s images now and in its other entries. Loading an image tells its server that you read the entry.</source>
        <translation>Mostrar las imágenes de este feed ahora y en sus otras entradas. Al cargar una imagen, su servidor sabe que leíste la entrada.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n remote image(s) blocked to protect your privacy.</source>
        <translation>
            <numerusform>%n imagen remota bloqueada para proteger tu privacidad.</numerusform>
            <numerusform>%n imágenes remotas bloqueadas para proteger tu privacidad.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fi::BodyLoader</name>
    <message>
        <location filename="../models/sources/bodyloader.cpp" line="+15"/>
        <source>Loading message bodies from &quot;%1&quot; sources is not supported.</source>
        <translation>No se admite cargar el cuerpo de los mensajes desde fuentes &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Items of &quot;%1&quot; sources have no message to open.</source>
        <translation>Los elementos de fuentes &quot;%1&quot; no tienen ningún mensaje que abrir.</translation>
    </message>
    <message>
        <location filename="../models/sources/maildir/maildirbody.cpp" line="+48"/>
        <location line="+23"/>
        <source>The message file &quot;%1&quot; no longer exists in %2.</source>
        <translation>El archivo de mensaje &quot;%1&quot; ya no existe en %2.</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+23"/>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>No se puede leer &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Cannot parse &quot;%1&quot;: %2</source>
        <translation>No se puede interpretar &quot;%1&quot;: %2</translation>
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
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Snooze 1 h</source>
        <translation>&amp;Posponer 1 h</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Focus Inbox — Breakthrough</source>
        <translation>Focus Inbox — Interrupción permitida</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Breakthrough — %1 · %2 · %3</source>
        <translation>Interrupción permitida — %1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n más</numerusform>
            <numerusform>+%n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fi::CalendarSessions</name>
    <message>
        <location filename="../models/focus/calendarsessions.cpp" line="+120"/>
        <source>Cannot read focus calendar %1: %2</source>
        <translation>No se puede leer el calendario de enfoque %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not an iCalendar file.</source>
        <translation>%1 no es un archivo iCalendar.</translation>
    </message>
</context>
<context>
    <name>fi::ChangeReplayService</name>
    <message>
        <location filename="../models/sync/changereplayservice.cpp" line="+200"/>
        <source>The source cannot send changes now.</source>
        <translation>La fuente no puede enviar cambios ahora.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>A change sent to the source could not be saved.</source>
        <translation>No se pudo guardar un cambio enviado a la fuente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some changes could not be sent yet.</source>
        <translation>Algunos cambios todavía no se pudieron enviar.</translation>
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
        <translation>Escribe un comando, una vista, una fuente…</translation>
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
        <translation>Ningún comando coincide</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>↑↓ to choose · Enter to run · Esc to close</source>
        <translation>↑↓ para elegir · Enter para ejecutar · Esc para cerrar</translation>
    </message>
    <message>
        <location filename="../views/palette/paletteproviders.cpp" line="+46"/>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>View</source>
        <translation>Vista</translation>
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
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Edit “%1”…</source>
        <translation>Editar “%1”…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save search…</source>
        <translation>Guardar búsqueda…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved search: %1</source>
        <translation>Búsqueda guardada: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete saved search: %1</source>
        <translation>Eliminar búsqueda guardada: %1</translation>
    </message>
</context>
<context>
    <name>fi::ConditionRow</name>
    <message>
        <location filename="../views/settings/rules/conditionrow.cpp" line="+68"/>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Fuente</translation>
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
        <translation>Clave del atributo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contains</source>
        <translation>contiene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is</source>
        <translation>es</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matches regex</source>
        <translation>coincide con la expresión regular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is one of</source>
        <translation>es uno de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison</source>
        <translation>Comparación</translation>
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
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this condition</source>
        <translation>Quitar esta condición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove condition</source>
        <translation>Quitar condición</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Enter an attribute key, such as github.reason, feed.category or mail.list-id.</source>
        <translation>Escribe una clave de atributo, como github.reason, feed.category o mail.list-id.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not an attribute key: use &lt;namespace&gt;.&lt;name&gt; in letters, digits, &apos;-&apos; and &apos;_&apos;, such as github.reason.</source>
        <translation>“%1” no es una clave de atributo: usa &lt;espacio de nombres&gt;.&lt;nombre&gt; con letras, dígitos, &apos;-&apos; y &apos;_&apos;, como github.reason.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter one or more values, separated by commas.</source>
        <translation>Escribe uno o más valores, separados por comas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a value.</source>
        <translation>Escribe un valor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invalid regular expression: %1 (at character %2).</source>
        <translation>Expresión regular no válida: %1 (en el carácter %2).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Values, separated by commas</source>
        <translation>Valores, separados por comas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular expression (case-insensitive)</source>
        <translation>Expresión regular (no distingue mayúsculas de minúsculas)</translation>
    </message>
</context>
<context>
    <name>fi::ConversationStack</name>
    <message>
        <location filename="../views/conversationstack.cpp" line="+36"/>
        <source>Messages of this conversation</source>
        <translation>Mensajes de esta conversación</translation>
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
        <translation>Se muestra abajo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Press Enter or click to read this message</source>
        <translation>Pulse Intro o haga clic para leer este mensaje</translation>
    </message>
</context>
<context>
    <name>fi::DeadlineFeature</name>
    <message>
        <location filename="../app/deadlines/deadlinefeature.cpp" line="+37"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Deadlines of %n item(s) recomputed</source>
        <translation>
            <numerusform>Se recalculó el plazo de %n elemento</numerusform>
            <numerusform>Se recalcularon los plazos de %n elementos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fi::DeadlineState</name>
    <message>
        <location filename="../models/deadlines/deadlinestate.cpp" line="+49"/>
        <source>On track</source>
        <translation>En plazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon</source>
        <translation>Vence pronto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Incumplido</translation>
    </message>
</context>
<context>
    <name>fi::DeadlineWarnings</name>
    <message>
        <location filename="../app/deadlines/deadlinewarnings.cpp" line="+85"/>
        <source>Reply overdue: %1</source>
        <translation>Respuesta vencida: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply %1: %2</source>
        <translation>Respuesta %1: %2</translation>
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
        <translation>Plazos de respuesta</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+59"/>
        <source>Working hours</source>
        <translation>Horario laboral</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clock</source>
        <translation>Reloj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A reply is expected</source>
        <translation>Se espera una respuesta</translation>
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
        <translation>Calendario</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1: no reply expected</source>
        <translation>%1: no se espera respuesta</translation>
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
        <translation>%1: un mensaje recibido ahora vencería %2</translation>
    </message>
</context>
<context>
    <name>fi::DeepWorkSection</name>
    <message>
        <location filename="../views/insights/deepworksection.cpp" line="+36"/>
        <source>Focus hours per day</source>
        <translation>Horas de enfoque por día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus hours per week</source>
        <translation>Horas de enfoque por semana</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sessions:</source>
        <translation>Sesiones:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended early:</source>
        <translation>Terminadas antes de tiempo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extended:</source>
        <translation>Extendidas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest uninterrupted stretch:</source>
        <translation>Tramo más largo sin interrupciones:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notifications held for the digest:</source>
        <translation>Notificaciones en espera para el resumen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breakthroughs let through:</source>
        <translation>Interrupciones permitidas:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Breakthroughs</source>
        <translation>Interrupciones permitidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it came through</source>
        <translation>Por qué se permitió</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Breakthroughs: what interrupted a session, and why</source>
        <translation>Interrupciones permitidas: qué interrumpió una sesión y por qué</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No focus sessions in this period</source>
        <translation>No hay sesiones de enfoque en este período</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 of deep work kept of %2 scheduled, in %n session(s)</source>
        <translation>
            <numerusform>%1 de enfoque cumplido de %2 programado, en %n sesión</numerusform>
            <numerusform>%1 de enfoque cumplido de %2 programado, en %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scheduled</source>
        <translation>Programadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept</source>
        <translation>Cumplidas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 %2 scheduled, %3 kept</source>
        <translation>%1: %2 programadas, %3 cumplidas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Week starting</source>
        <translation>Inicio de la semana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day of the month, %1 to %2</source>
        <translation>Día del mes, del %1 al %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Focus (hours)</source>
        <translation>Enfoque (horas)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Focus hours per week, scheduled and kept: %1.</source>
        <translation>Horas de enfoque por semana, programadas y cumplidas: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus hours per day, scheduled and kept: %1.</source>
        <translation>Horas de enfoque por día, programadas y cumplidas: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(item removed)</source>
        <translation>(elemento eliminado)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing broke through a focus session in this period.</source>
        <translation>Nada interrumpió una sesión de enfoque en este período.</translation>
    </message>
</context>
<context>
    <name>fi::DigestDialog</name>
    <message>
        <location filename="../views/focus/digestdialog.cpp" line="+17"/>
        <source>While you focused</source>
        <translation>Mientras te concentrabas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>overdue (%1)</source>
        <translation>vencido (%1)</translation>
    </message>
</context>
<context>
    <name>fi::DndBackend</name>
    <message>
        <location filename="../app/dnd/nodndbackend.cpp" line="+14"/>
        <source>not supported here</source>
        <translation>no compatible aquí</translation>
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
        <translation>Sesión de enfoque</translation>
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
        <translation>No se encontró ningún No molestar del escritorio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: Do Not Disturb is already on; left as it is</source>
        <translation>%1: No molestar ya está activado; se deja como está</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the desktop did not let Do Not Disturb be turned on</source>
        <translation>%1: el escritorio no permitió activar No molestar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: Do Not Disturb turned on and off again</source>
        <translation>%1: No molestar se activó y se volvió a desactivar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: Do Not Disturb was switched, but its state could not be read back</source>
        <translation>%1: se cambió No molestar, pero no se pudo volver a leer su estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: Do Not Disturb was switched on, but the desktop still says it is off</source>
        <translation>%1: se activó No molestar, pero el escritorio sigue indicando que está desactivado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(it could not be turned off again)</source>
        <translation>(no se pudo volver a desactivar)</translation>
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
        <translation>sin plazo</translation>
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
        <translation>Ahora (predeterminado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Async default</source>
        <translation>Asíncrono (predeterminado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference default</source>
        <translation>Referencia (predeterminado)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 working</source>
        <translation>%1 en horario laboral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No reply expected</source>
        <translation>No se espera respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due %1
Set by %2</source>
        <translation>Vence el %1
Establecido por %2</translation>
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
        <translation>vence en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue %1</source>
        <translation>vencido hace %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (working)</source>
        <translation>%1 (horario laboral)</translation>
    </message>
</context>
<context>
    <name>fi::FocusController</name>
    <message>
        <location filename="../app/focus/focuscontroller.cpp" line="+346"/>
        <source>unknown focus action %1</source>
        <translation>acción de enfoque desconocida %1</translation>
    </message>
</context>
<context>
    <name>fi::FocusDigest</name>
    <message numerus="yes">
        <location filename="../models/focus/focusdigest.cpp" line="+40"/>
        <source>While you focused (%n min)</source>
        <translation>
            <numerusform>Mientras te concentrabas (%n min)</numerusform>
            <numerusform>Mientras te concentrabas (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing new arrived.</source>
        <translation>No llegó nada nuevo.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new — </source>
        <translation>
            <numerusform>Nuevos: %n — </numerusform>
            <numerusform>Nuevos: %n — </numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 Now, %2 Async, %3 Reference</source>
        <translation>%1 Ahora, %2 Asíncrono, %3 Referencia</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n due within the hour</source>
        <translation>
            <numerusform>; vencen en la próxima hora: %n</numerusform>
            <numerusform>; vencen en la próxima hora: %n</numerusform>
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
        <translation>No molestar del escritorio: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop Do Not Disturb: not supported here</source>
        <translation>No molestar del escritorio: no compatible aquí</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>● Focusing — %1 left · %n held back</source>
        <translation>
            <numerusform>● Modo enfoque — quedan %1 · %n en espera</numerusform>
            <numerusform>● Modo enfoque — quedan %1 · %n en espera</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not focusing</source>
        <translation>Sin sesión de enfoque</translation>
    </message>
</context>
<context>
    <name>fi::FocusMenu</name>
    <message>
        <location filename="../views/focus/focusmenu.cpp" line="+9"/>
        <source>F&amp;ocus</source>
        <translation>E&amp;nfoque</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Focus for %1 minutes</source>
        <translation>Enfoque durante %1 minutos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E&amp;xtend 15 min</source>
        <translation>&amp;Extender 15 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;End session</source>
        <translation>&amp;Terminar sesión</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Start focus (%1 min)</source>
        <translation>&amp;Iniciar enfoque (%1 min)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Focus until %1</source>
        <translation>Enfoque hasta las %1</translation>
    </message>
</context>
<context>
    <name>fi::FocusPage</name>
    <message>
        <location filename="../views/settings/focuspage.cpp" line="+79"/>
        <source>Weekly schedule</source>
        <translation>Horario semanal</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Drag on a day to draw a block; drag its edges to resize it or its middle to move it; Delete removes the selected block. Arrow keys select blocks, Shift+Up/Down changes the end, Ctrl+Up/Down moves it.</source>
        <translation>Arrastra sobre un día para dibujar un bloque; arrastra sus bordes para cambiar su tamaño o su centro para moverlo; Delete elimina el bloque seleccionado. Las flechas seleccionan bloques, Shift+Arriba/Abajo cambia el final y Ctrl+Arriba/Abajo lo mueve.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Manual sessions</source>
        <translation>Sesiones manuales</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default session length in minutes</source>
        <translation>Duración predeterminada de la sesión en minutos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Start focus lasts</source>
        <translation>&amp;Duración de “Iniciar enfoque”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sessions from a calendar</source>
        <translation>Sesiones desde un calendario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An .ics file (optional)</source>
        <translation>Un archivo .ics (opcional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A regular expression matched against each event&apos;s title, ignoring case</source>
        <translation>Una expresión regular que se compara con el título de cada evento, sin distinguir mayúsculas de minúsculas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Events &amp;titled</source>
        <translation>Eventos con &amp;título</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who may interrupt a session</source>
        <translation>Quién puede interrumpir una sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier &amp;3 only</source>
        <translation>Solo el nivel &amp;3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier 3 and anything &amp;overdue</source>
        <translation>El nivel 3 y todo lo &amp;vencido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the senders below</source>
        <translation>Solo los remitentes indicados abajo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>boss@example.org</source>
        <translation>jefe@example.org</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Senders who always break through</source>
        <translation>Remitentes que siempre pueden interrumpir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tier 3 breaks through only from these sources (config.json): %1</source>
        <translation>El nivel 3 solo interrumpe desde estas fuentes (config.json): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Senders who always break through (one address per line):</source>
        <translation>Remitentes que siempre pueden interrumpir (una dirección por línea):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Desktop Do Not Disturb</source>
        <translation>No molestar del escritorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn on the desktop&apos;s Do Not &amp;Disturb during sessions</source>
        <translation>Activar el No &amp;molestar del escritorio durante las sesiones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn Do Not Disturb on, check it, and turn it off again</source>
        <translation>Activar No molestar, comprobarlo y volver a desactivarlo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Which desktop Do Not Disturb is used is known once Focus Inbox runs.</source>
        <translation>Qué No molestar del escritorio se usa se sabrá cuando Focus Inbox esté en ejecución.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found on this desktop: %1</source>
        <translation>Encontrado en este escritorio: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No desktop Do Not Disturb found (%1); during sessions only Focus Inbox&apos;s own notifications are held back.</source>
        <translation>No se encontró ningún No molestar del escritorio (%1); durante las sesiones solo quedan en espera las notificaciones propias de Focus Inbox.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Calendar file</source>
        <translation>Archivo de calendario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>Archivos iCalendar (*.ics);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The calendar file %1 does not exist or cannot be read.</source>
        <translation>El archivo de calendario %1 no existe o no se puede leer.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Unknown time zone &quot;%1&quot;; pick one from the list (e.g. Europe/Berlin).</source>
        <translation>Zona horaria desconocida &quot;%1&quot;; elige una de la lista (p. ej., Europe/Berlin).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The calendar pattern is not a valid regular expression: %1 (at character %2).</source>
        <translation>El patrón de calendario no es una expresión regular válida: %1 (en el carácter %2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not an e-mail address: %1</source>
        <translation>No es una dirección de correo electrónico: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>ddd HH:mm</source>
        <translation>ddd HH:mm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In a session now, until %1</source>
        <translation>En sesión ahora, hasta %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your next session: %1–%2</source>
        <extracomment>The next focus session, e.g. &quot;Your next session: Tue 09:00–11:00&quot;.</extracomment>
        <translation>Tu próxima sesión: %1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No session scheduled</source>
        <translation>No hay ninguna sesión programada</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n session(s) in the next 7 days</source>
        <translation>
            <numerusform>%n sesión en los próximos 7 días</numerusform>
            <numerusform>%n sesiones en los próximos 7 días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fi::FocusSchedule</name>
    <message>
        <location filename="../models/focus/focusschedule.cpp" line="+63"/>
        <source>unknown weekday %1</source>
        <translation>día de la semana desconocido %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a block needs &quot;days&quot; and &quot;start&quot;/&quot;end&quot; as HH:mm</source>
        <translation>un bloque necesita &quot;days&quot; y &quot;start&quot;/&quot;end&quot; en formato HH:mm</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>unknown time zone %1; using the system zone</source>
        <translation>zona horaria desconocida %1; se usa la del sistema</translation>
    </message>
</context>
<context>
    <name>fi::FocusSettings</name>
    <message>
        <location filename="../models/focus/focussettings.cpp" line="+76"/>
        <source>calendar pattern %1 is not a valid regular expression</source>
        <translation>el patrón de calendario %1 no es una expresión regular válida</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>defaultSessionMinutes must be between 5 and 480</source>
        <translation>defaultSessionMinutes debe estar entre 5 y 480</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>coalesceSeconds must be between 0 and 3600</source>
        <translation>coalesceSeconds debe estar entre 0 y 3600</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>source %1: mode must be notify, badge or silent</source>
        <translation>fuente %1: mode debe ser notify, badge o silent</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>perTier %1: the key must be 1, 2 or 3 and the mode off, quiet or normal</source>
        <translation>perTier %1: la clave debe ser 1, 2 o 3, y el modo, off, quiet o normal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>digest must be true or false</source>
        <translation>digest debe ser true o false</translation>
    </message>
</context>
<context>
    <name>fi::FocusStateFile</name>
    <message>
        <location filename="../models/focus/focusstatefile.cpp" line="+19"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
</context>
<context>
    <name>fi::GeneralPage</name>
    <message>
        <location filename="../views/settings/generalpage.cpp" line="+36"/>
        <source>Startup</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start Focus Inbox when I &amp;log in</source>
        <translation>Iniciar Focus Inbox al iniciar &amp;sesión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start &amp;minimised to the tray</source>
        <translation>Iniciar &amp;minimizado en la bandeja del sistema</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adds %1 for your desktop&apos;s session start.</source>
        <translation>Agrega %1 para el inicio de sesión de tu escritorio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the tray icon appears; notifications still show. Without a tray the window opens anyway.</source>
        <translation>Solo aparece el ícono en la bandeja del sistema; las notificaciones se siguen mostrando. Si no hay bandeja del sistema, la ventana se abre de todos modos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic (system language)</source>
        <translation>Automático (idioma del sistema)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Takes effect after a restart.</source>
        <translation>Se aplica después de reiniciar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where your data lives</source>
        <translation>Dónde se guardan tus datos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database, config.json, logs and cached messages:</source>
        <translation>La base de datos, config.json, los registros y los mensajes en caché:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>fi::GuiLauncher</name>
    <message>
        <location filename="../app/guilauncher.cpp" line="+46"/>
        <source>it cannot be started</source>
        <translation>no se puede iniciar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it crashed</source>
        <translation>se cerró inesperadamente</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="+30"/>
        <source>focusinbox: the window&apos;s program %1 is not installed next to this one or in %2; commands still work.</source>
        <translation>focusinbox: el programa de la ventana, %1, no está instalado junto a este ni en %2; los comandos siguen funcionando.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>focusinbox: cannot start %1: %2</source>
        <translation>focusinbox: no se puede iniciar %1: %2</translation>
    </message>
</context>
<context>
    <name>fi::ImapAccountDialog</name>
    <message>
        <location filename="../views/sources/imap/imapaccountdialog.cpp" line="+98"/>
        <source>Edit IMAP Account</source>
        <translation>Editar cuenta IMAP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add IMAP Account</source>
        <translation>Agregar cuenta IMAP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Focus Inbox reads the folders you choose. Your password is kept in the system keychain, never in its own files.</source>
        <translation>Focus Inbox lee las carpetas que elijas. Tu contraseña se guarda en el llavero del sistema, nunca en sus propios archivos.</translation>
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
        <translation>Nombre de host o dirección IP del servidor IMAP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS (port 993)</source>
        <translation>TLS (puerto 993)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (puerto 143)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (unencrypted)</source>
        <translation>Ninguna (sin cifrar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS encrypts from the first byte; STARTTLS upgrades a plain connection and refuses servers that cannot. Certificates are verified against the system&apos;s trusted authorities.</source>
        <translation>TLS cifra desde el primer byte; STARTTLS convierte una conexión sin cifrar en una cifrada y rechaza los servidores que no pueden hacerlo. Los certificados se verifican con las autoridades de confianza del sistema.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follows the security choice (993 or 143) unless you change it</source>
        <translation>Sigue la opción de seguridad (993 o 143), salvo que lo cambies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow &amp;plaintext on this network</source>
        <translation>Permitir &amp;texto sin cifrar en esta red</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sends your password and mail unencrypted to this server. Only for networks you trust; loopback never needs this.</source>
        <translation>Envía tu contraseña y tu correo sin cifrar a este servidor. Solo para redes en las que confíes; una conexión loopback (local) nunca lo necesita.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;eguridad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Login</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+551"/>
        <source>you@example.org</source>
        <translation>tu@example.org</translation>
    </message>
    <message>
        <location line="-550"/>
        <source>Your IMAP user name, often your email address</source>
        <translation>Tu nombre de usuario IMAP, que suele ser tu dirección de correo electrónico</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave empty to keep the password stored in the keychain</source>
        <translation>Déjalo vacío para conservar la contraseña guardada en el llavero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored in the system keychain</source>
        <translation>Se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+531"/>
        <source>&amp;Check connection &amp;&amp; load folders</source>
        <translation>&amp;Comprobar conexión &amp;&amp; cargar carpetas</translation>
    </message>
    <message>
        <location line="-528"/>
        <source>Connect, log in and list the server&apos;s folders (nothing is changed)</source>
        <translation>Conectarse, iniciar sesión y listar las carpetas del servidor (no se modifica nada)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Trust this certificate for this account</source>
        <translation>Con&amp;fiar en este certificado para esta cuenta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept exactly the certificate with this SHA-256 fingerprint for this account, although no trusted authority vouches for it. A different certificate is refused again.</source>
        <translation>Aceptar para esta cuenta exactamente el certificado con esta huella digital SHA-256, aunque ninguna autoridad de confianza lo avale. Cualquier otro certificado se seguirá rechazando.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SHA-256 fingerprint of the server&apos;s certificate: compare it with the one your provider or administrator gives you</source>
        <translation>Huella digital SHA-256 del certificado del servidor: compárala con la que te dé tu proveedor o administrador</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+5"/>
        <source>Folders to watch</source>
        <translation>Carpetas que se vigilarán</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Mail in the checked folders lands in your inbox. Space checks the current folder.</source>
        <translation>El correo de las carpetas marcadas llega a tu bandeja de entrada. La barra espaciadora marca la carpeta actual.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the connection to choose from the server&apos;s folders.</source>
        <translation>Comprueba la conexión para elegir entre las carpetas del servidor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark items done here as &amp;read on the server</source>
        <translation>Marcar en el servidor como &amp;leídos los elementos hechos aquí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write back: opening or finishing an item sets \Seen on the server, and done items move to the archive folder if one is chosen</source>
        <translation>Escritura en el servidor: al abrir o terminar un elemento se marca \Seen en el servidor, y los elementos hechos se mueven a la carpeta de archivo, si se eligió una</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where done items are moved on the server; &quot;Don&apos;t move&quot; leaves them in place</source>
        <translation>Adónde se mueven los elementos hechos en el servidor; &quot;No mover&quot; los deja donde están</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often to look for new mail, in seconds (at least 30)</source>
        <translation>Cada cuánto buscar correo nuevo, en segundos (al menos 30)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mail sent to these addresses is addressed to you (Async, with a response deadline). Separate several with commas. Empty: the user name, if it is an address.</source>
        <translation>El correo enviado a estas direcciones está dirigido a ti (Asíncrono, con plazo de respuesta). Separa varias con comas. Vacío: el nombre de usuario, si es una dirección.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How this account is shown in Focus Inbox</source>
        <translation>Cómo se muestra esta cuenta en Focus Inbox</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Archive done items to:</source>
        <translation>&amp;Archivar elementos hechos en:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check for new mail e&amp;very:</source>
        <translation>Buscar correo nue&amp;vo cada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your a&amp;ddresses:</source>
        <translation>Tus &amp;direcciones:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display &amp;name:</source>
        <translation>&amp;Nombre visible:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check the connection if needed, then save</source>
        <translation>Comprobar la conexión si hace falta y luego guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;without checking</source>
        <translation>Guardar &amp;sin comprobar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save now, e.g. when the server is not reachable from here; problems show up at the next sync</source>
        <translation>Guardar ahora, p. ej., cuando no se puede acceder al servidor desde aquí; los problemas aparecerán en la próxima sincronización</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Enter the server&apos;s host name.</source>
        <translation>Escribe el nombre de host del servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter only the server&apos;s host name, such as imap.example.org.</source>
        <translation>Escribe solo el nombre de host del servidor, como imap.example.org.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your user name.</source>
        <translation>Escribe tu nombre de usuario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your password.</source>
        <translation>Escribe tu contraseña.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without encryption, your password would cross the network readable to anyone. Choose TLS or STARTTLS, or allow plaintext on this network.</source>
        <translation>Sin cifrado, tu contraseña viajaría por la red legible para cualquiera. Elige TLS o STARTTLS, o permite el texto sin cifrar en esta red.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose at least one folder to watch.</source>
        <translation>Elige al menos una carpeta para vigilar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This account is already added as &quot;%1&quot;.</source>
        <translation>Esta cuenta ya se agregó como &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Connected and logged in as %1. Folders found: %2.</source>
        <translation>Conectado y con sesión iniciada como %1. Carpetas encontradas: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate is accepted because you trust its fingerprint.</source>
        <translation>El certificado se acepta porque confías en su huella digital.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 (not on the server)</source>
        <translation>%1 (no está en el servidor)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s folder list does not contain this folder</source>
        <translation>La lista de carpetas del servidor no contiene esta carpeta</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Don&apos;t move</source>
        <translation>No mover</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving was interrupted.</source>
        <translation>Se interrumpió el guardado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>user@host</source>
        <translation>usuario@host</translation>
    </message>
</context>
<context>
    <name>fi::InboxListView</name>
    <message>
        <location filename="../views/inboxlistview.cpp" line="+35"/>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <location line="+310"/>
        <source>Nothing matches this search.</source>
        <translation>Nada coincide con esta búsqueda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing in Now — enjoy the focus.</source>
        <translation>Nada en Ahora — disfruta el enfoque.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Async is clear. Nothing waits for a reply.</source>
        <translation>Asíncrono está al día. Nada espera respuesta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reading waiting in Reference.</source>
        <translation>No hay lecturas pendientes en Referencia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing done yet. Press E on an item to mark it done.</source>
        <translation>Aún no hay nada hecho. Presiona E en un elemento para marcarlo como hecho.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing snoozed. Press S on an item to snooze it.</source>
        <translation>No hay nada pospuesto. Presiona S en un elemento para posponerlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No new senders to screen.</source>
        <translation>No hay remitentes nuevos que revisar.</translation>
    </message>
</context>
<context>
    <name>fi::InboxModel</name>
    <message>
        <location filename="../models/inboxmodel.cpp" line="+68"/>
        <source>New senders</source>
        <translation>Remitentes nuevos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Snoozed</source>
        <translation>Pospuestos</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed</source>
        <translation>incumplido</translation>
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
            <numerusform>%1, conversación de %n mensaje</numerusform>
            <numerusform>%1, conversación de %n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+611"/>
        <source>now</source>
        <translation>ahora</translation>
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
        <translation>horario laboral</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>working hours or calendar time, as each item&apos;s policy says</source>
        <translation>horario laboral o tiempo de calendario, según la política de cada elemento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>calendar time</source>
        <translation>tiempo de calendario</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sender is on the always-break-through list</source>
        <translation>El remitente está en la lista de los que siempre pueden interrumpir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier 3 (Now) item</source>
        <translation>Elemento de nivel 3 (Ahora)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already overdue when it arrived</source>
        <translation>Ya estaba vencido al llegar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due before the session ended</source>
        <translation>Vencía antes de que terminara la sesión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mailing list</source>
        <translation>Lista de correo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repository</source>
        <translation>Repositorio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sender</source>
        <translation>Remitente</translation>
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
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Week of %1</source>
        <translation>Semana del %1</translation>
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
        <translation>No hay elementos en este período</translation>
    </message>
</context>
<context>
    <name>fi::InsightsWindow</name>
    <message>
        <location filename="../views/insights/insightswindow.cpp" line="+71"/>
        <source>Insights</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How fast do I answer?</source>
        <translation>¿Qué tan rápido respondo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do I keep my response windows?</source>
        <translation>¿Cumplo mis plazos de respuesta?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much deep work did I get?</source>
        <translation>¿Cuánto tiempo de enfoque logré?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What arrives when?</source>
        <translation>¿Qué llega y cuándo?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export chart as &amp;PNG</source>
        <translation>Exportar &amp;gráfico como PNG</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export data as &amp;CSV…</source>
        <translation>Exportar datos como &amp;CSV…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last week</source>
        <translation>La semana pasada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom range</source>
        <translation>Rango personalizado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All tiers</source>
        <translation>Todos los niveles</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;eriod:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Source:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;ier:</source>
        <translation>&amp;Nivel:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>All sources</source>
        <translation>Todas las fuentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The last day comes before the first day.</source>
        <translation>El último día es anterior al primero.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not read the figures: %1</source>
        <translation>No se pudieron leer los datos: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No chart on this page</source>
        <translation>No hay ningún gráfico en esta página</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There are no figures to export yet.</source>
        <translation>Todavía no hay datos para exportar.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+7"/>
        <source>Export data as CSV</source>
        <translation>Exportar datos como CSV</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
</context>
<context>
    <name>fi::InstanceChannel</name>
    <message>
        <location filename="../app/focus/instancechannel.cpp" line="+77"/>
        <source>No place for the single-instance socket: $XDG_RUNTIME_DIR is not set (or not private) and the data directory&apos;s path %1 is too long for a socket.</source>
        <translation>No hay dónde crear el socket de instancia única: $XDG_RUNTIME_DIR no está definido (o no es privado) y la ruta del directorio de datos %1 es demasiado larga para un socket.</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+29"/>
        <source>Cannot take the single-instance lock %1: %2</source>
        <translation>No se puede obtener el bloqueo de instancia única %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot listen on %1: %2</source>
        <translation>No se puede escuchar en %1: %2</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>bad request: %1</source>
        <translation>solicitud incorrecta: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bad request: line longer than %1 bytes</source>
        <translation>solicitud incorrecta: línea de más de %1 bytes</translation>
    </message>
</context>
<context>
    <name>fi::InstanceRequest</name>
    <message>
        <location filename="../models/focus/instancerequest.cpp" line="+29"/>
        <source>line longer than %1 bytes</source>
        <translation>línea de más de %1 bytes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>more than one line</source>
        <translation>más de una línea</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>unknown triage action</source>
        <translation>acción de clasificación desconocida</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;ids&quot; must be an array of 1 to %1 item ids</source>
        <translation>&quot;ids&quot; debe ser un arreglo de 1 a %1 ids de elementos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;ids&quot; must hold whole numbers from 1 to %1</source>
        <translation>&quot;ids&quot; debe contener números enteros de 1 a %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;tier&quot; must be 1, 2 or 3</source>
        <translation>&quot;tier&quot; debe ser 1, 2 o 3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;until&quot; must be a whole number of milliseconds from 1 to %1</source>
        <translation>&quot;until&quot; debe ser un número entero de milisegundos de 1 a %1</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>&quot;args&quot; must be an array of at most %1 strings</source>
        <translation>&quot;args&quot; debe ser una matriz de %1 cadenas como máximo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;args&quot; must hold strings of at most %1 characters</source>
        <translation>&quot;args&quot; debe contener cadenas de %1 caracteres como máximo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;source&quot; must be a string of at most %1 characters</source>
        <translation>&quot;source&quot; debe ser una cadena de %1 caracteres como máximo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;item&quot; must be an object</source>
        <translation>&quot;item&quot; debe ser un objeto</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;id&quot; must be a whole number from 1 to %1</source>
        <translation>&quot;id&quot; debe ser un número entero de 1 a %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;batch&quot; must be a whole number from 0 to %1</source>
        <translation>&quot;batch&quot; debe ser un número entero de 0 a %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown rules action</source>
        <translation>acción de reglas desconocida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown command</source>
        <translation>comando desconocido</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown focus action</source>
        <translation>acción de enfoque desconocida</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;minutes&quot; must be a whole number from 0 to %1</source>
        <translation>&quot;minutes&quot; debe ser un número entero de 0 a %1</translation>
    </message>
</context>
<context>
    <name>fi::ItemDelegate</name>
    <message>
        <location filename="../views/itemdelegate.cpp" line="+213"/>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 · sample</source>
        <translation>%1 · ejemplo</translation>
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
        <translation>Hecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze 1 h</source>
        <translation>Posponer 1 h</translation>
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
            <numerusform>%n nuevo en %1</numerusform>
            <numerusform>%n nuevos en %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest: %1 — %2</source>
        <translation>Último: %1 — %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Breakthrough — %1: %2</source>
        <translation>Interrupción permitida — %1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Back from snooze — %1: %2</source>
        <translation>Fin de la posposición — %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n snoozed items are back</source>
        <translation>
            <numerusform>Volvió %n elemento pospuesto</numerusform>
            <numerusform>Volvieron %n elementos pospuestos</numerusform>
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
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Show them</source>
        <translation>Mostrarlos</translation>
    </message>
</context>
<context>
    <name>fi::ItemOpener</name>
    <message>
        <location filename="../app/session/itemopener.cpp" line="+36"/>
        <source>no item with id %1 (the &quot;id&quot; of list --json)</source>
        <translation>no hay ningún elemento con el id %1 (el &quot;id&quot; de list --json)</translation>
    </message>
</context>
<context>
    <name>fi::ItemStore</name>
    <message>
        <location filename="../models/storage/itemstore.cpp" line="+112"/>
        <location filename="../models/storage/migrator.cpp" line="+162"/>
        <location line="+29"/>
        <source>Cannot open the database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>The database is not open.</source>
        <translation>La base de datos no está abierta.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not stored: an earlier batch of this sync failed.</source>
        <translation>No se guardó: falló un lote anterior de esta sincronización.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Storing a batch failed: %1</source>
        <translation>Error al guardar un lote: %1</translation>
    </message>
    <message>
        <location filename="../models/storage/migrator.cpp" line="-21"/>
        <source>The database %1 was written by a newer version of Focus Inbox (schema %2, this version knows up to %3). It was left unchanged; please update Focus Inbox.</source>
        <translation>La base de datos %1 fue escrita por una versión más reciente de Focus Inbox (esquema %2; esta versión admite hasta el %3). No se modificó; actualiza Focus Inbox.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot back up the database %1: %2</source>
        <translation>No se puede hacer una copia de seguridad de la base de datos %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write the backup %1 before upgrading the database.</source>
        <translation>No se puede escribir la copia de seguridad %1 antes de actualizar la base de datos.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Upgrading the database %1 with %2 failed: %3. It was left at schema version %4.</source>
        <translation>Error al actualizar la base de datos %1 con %2: %3. Se quedó en la versión de esquema %4.</translation>
    </message>
</context>
<context>
    <name>fi::JsonFile</name>
    <message>
        <location filename="../models/config/jsonfile.cpp" line="+107"/>
        <source>larger than %1 MiB</source>
        <translation>de más de %1 MiB</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>offset %1: %2</source>
        <translation>posición %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a JSON array</source>
        <translation>no es una matriz JSON</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is not valid (%2); it could not be moved aside and is left in place</source>
        <translation>%1 no es válido (%2); no se pudo apartar y se dejó en su sitio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not valid (%2); it was kept as %3</source>
        <translation>%1 no es válido (%2); se conservó como %3</translation>
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
        <translation>Filtrar por acción, id o tecla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter actions</source>
        <translation>Filtrar acciones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <source>Shortcut</source>
        <translation>Atajo</translation>
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
        <translation>Atajo alternativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change…</source>
        <translation>&amp;Cambiar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change a&amp;lternate…</source>
        <translation>Cambiar a&amp;lternativo…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Remove shortcuts</source>
        <translation>&amp;Quitar atajos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset to &amp;default</source>
        <translation>Restablecer &amp;predeterminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset &amp;all</source>
        <translation>Restablecer &amp;todos</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+145"/>
        <source>%1 has no shortcut now.</source>
        <translation>%1 ya no tiene atajo.</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Shortcut message</source>
        <translation>Mensaje de atajos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter records a new shortcut for the selected action, Alt+Enter an alternate; two keys in a row make a sequence such as “G, N”. Esc cancels.</source>
        <translation>Enter graba un atajo nuevo para la acción seleccionada; Alt+Enter, uno alternativo. Dos teclas seguidas forman una secuencia, como “G, N”. Esc cancela.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1, no shortcut</source>
        <translation>%1, sin atajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (changed)</source>
        <translation>%1 (modificado)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No action selected</source>
        <translation>Ninguna acción seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is already the shortcut of %2. Not changed: remove it there first, or choose other keys.</source>
        <translation>%1 ya es el atajo de %2. No se cambió: quítalo primero de allí o elige otras teclas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 clashes with %2 of %3: one starts the other, so only one could ever work. Not changed: choose other keys.</source>
        <translation>%1 choca con %2 de %3: uno es el comienzo del otro, así que solo uno podría funcionar. No se cambió: elige otras teclas.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The default %1 of %2 is now used by %3. Not changed: rebind %3 first.</source>
        <translation>El atajo predeterminado %1 de %2 ahora lo usa %3. No se cambió: primero asigna otro atajo a %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is back to its default.</source>
        <translation>%1 volvió a su valor predeterminado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every shortcut is back to its default.</source>
        <translation>Todos los atajos volvieron a sus valores predeterminados.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Press the new shortcut for %1 (Esc cancels)…</source>
        <translation>Presiona el nuevo atajo para %1 (Esc cancela)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press the alternate shortcut for %1 (Esc cancels)…</source>
        <translation>Presiona el atajo alternativo para %1 (Esc cancela)…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Not changed.</source>
        <translation>No se cambió.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>fi::LibraryInfo</name>
    <message>
        <location filename="../app/session/aboutinfo.cpp" line="+19"/>
        <source>Insights charts</source>
        <translation>gráficos de Estadísticas</translation>
    </message>
    <message>
        <location filename="../models/about/libraryinfo.cpp" line="+28"/>
        <source>application framework</source>
        <translation>framework de la aplicación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MIME parsing</source>
        <translation>análisis de MIME</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IMAP</source>
        <translation>IMAP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iCalendar (focus sessions from a calendar, holidays)</source>
        <translation>iCalendar (sesiones de enfoque desde un calendario, días feriados)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>passwords and tokens in the system keyring</source>
        <translation>contraseñas y tokens en el llavero del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain</source>
        <translation>Dominio público</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database</source>
        <translation>la base de datos</translation>
    </message>
</context>
<context>
    <name>fi::MaildirSource</name>
    <message>
        <location filename="../models/sources/maildir/maildirsource.cpp" line="+61"/>
        <source>Cannot read the file: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The Maildir folder &quot;%1&quot; does not exist or is not a directory.</source>
        <translation>La carpeta Maildir &quot;%1&quot; no existe o no es un directorio.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a Maildir: it has no cur/ or new/ directory and no Maildir++ subfolders.</source>
        <translation>&quot;%1&quot; no es un Maildir: no tiene directorio cur/ ni new/ ni subcarpetas Maildir++.</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>A sync of this Maildir is already running.</source>
        <translation>Ya hay una sincronización de este Maildir en curso.</translation>
    </message>
</context>
<context>
    <name>fi::MainActions</name>
    <message>
        <location filename="../views/mainactions.cpp" line="+32"/>
        <source>Add &amp;Source</source>
        <translation>Agregar &amp;fuente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in &amp;source</source>
        <translation>Abrir en la &amp;fuente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the item&apos;s web page in the browser</source>
        <translation>Abrir la página web del elemento en el navegador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;done</source>
        <translation>&amp;Marcar como hecho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to &amp;Now</source>
        <translation>Mover a A&amp;hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to &amp;Async</source>
        <translation>Mover a A&amp;síncrono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to &amp;Reference</source>
        <translation>Mover a &amp;Referencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;nooze…</source>
        <translation>P&amp;osponer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze: after this focus session, in 1 hour, this evening, tomorrow 09:00, next working morning, next Monday, or a typed time</source>
        <translation>Posponer: hasta después de esta sesión de enfoque, 1 hora, esta noche, mañana a las 09:00, la próxima mañana laborable, el próximo lunes o una hora escrita</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snooze and &amp;pause the clock…</source>
        <translation>Posponer y pausar el re&amp;loj…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze; the response time left is kept and resumes at wake-up</source>
        <translation>Posponer; se conserva el tiempo de respuesta restante, que se reanuda cuando el elemento vuelve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only &amp;overdue</source>
        <translation>Solo &amp;vencidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only due t&amp;oday</source>
        <translation>Solo los que vencen &amp;hoy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next item</source>
        <translation>Elemento &amp;siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous item</source>
        <translation>Elemento &amp;anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &amp;tier</source>
        <translation>Siguiente &amp;nivel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Focus Inbox</source>
        <translation>&amp;Acerca de Focus Inbox</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se&amp;lect</source>
        <translation>Sele&amp;ccionar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend selection &amp;down</source>
        <translation>Extender selección hacia a&amp;bajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend selection &amp;up</source>
        <translation>E&amp;xtender selección hacia arriba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;read or unread</source>
        <translation>Marcar como leído o &amp;no leído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flag or unflag</source>
        <translation>&amp;Destacar o quitar destacado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reply</source>
        <translation>Res&amp;ponder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mute thread</source>
        <translation>S&amp;ilenciar hilo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark done and stop the thread&apos;s notifications at the source</source>
        <translation>Marcar como hecho y detener las notificaciones del hilo en la fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Command palette…</source>
        <translation>Paleta de &amp;comandos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Now</source>
        <translation>Ir a A&amp;hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Async</source>
        <translation>Ir a A&amp;síncrono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Reference</source>
        <translation>Ir a &amp;Referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Done</source>
        <translation>Ir a H&amp;echo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to S&amp;noozed</source>
        <translation>Ir a &amp;Pospuestos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to New send&amp;ers</source>
        <translation>Ir a Remitentes &amp;nuevos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Insights</source>
        <translation>Esta&amp;dísticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How fast you answer, which response windows you keep, your deep work and when items arrive</source>
        <translation>Qué tan rápido respondes, qué plazos de respuesta cumples, tu tiempo de enfoque y cuándo llegan los elementos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Block sender</source>
        <translation>&amp;Bloquear remitente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screener: everything from this sender goes to Done, never notified</source>
        <translation>Filtro de remitentes: todo lo de este remitente va a Hecho, sin notificaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always put this sender in &amp;Now…</source>
        <translation>Poner siempre a este remitente en A&amp;hora…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always put this sender in &amp;Async…</source>
        <translation>Poner siempre a este remitente en A&amp;síncrono…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always put this sender in &amp;Reference…</source>
        <translation>Poner siempre a este remitente en &amp;Referencia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never put this &amp;list in Now…</source>
        <translation>No poner nunca esta &amp;lista en Ahora…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First item</source>
        <translation>P&amp;rimer elemento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last item</source>
        <translation>Ú&amp;ltimo elemento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Focus next &amp;pane</source>
        <translation>Ir al &amp;panel siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus previous pa&amp;ne</source>
        <translation>Ir al panel ant&amp;erior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus next &amp;control</source>
        <translation>Ir al control si&amp;guiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus previous con&amp;trol</source>
        <translation>Ir al contr&amp;ol anterior</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Item</source>
        <translation>E&amp;lemento</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Make a &amp;rule</source>
        <translation>Crear una re&amp;gla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go to</source>
        <translation>&amp;Ir a</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
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
        <translation>Pospuesto hasta %1 — presiona U para deshacer</translation>
    </message>
    <message numerus="yes">
        <location line="-15"/>
        <source>Moved %n item(s) to %1 — press U to undo</source>
        <translation>
            <numerusform>Se movió %n elemento a %1 — presiona U para deshacer</numerusform>
            <numerusform>Se movieron %n elementos a %1 — presiona U para deshacer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/mainwindow_deadlines.cpp" line="-77"/>
        <source>Showing overdue items of every tier</source>
        <translation>Mostrando elementos vencidos de todos los niveles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing items of every tier due today</source>
        <translation>Mostrando elementos de todos los niveles que vencen hoy</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Some shortcuts were not bound: %1</source>
        <translation>Algunos atajos no se asignaron: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Snooze and pause the clock</source>
        <translation>Posponer y pausar el reloj</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hide until (the response time left resumes then):</source>
        <translation>Ocultar hasta (entonces se reanuda el tiempo de respuesta restante):</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Snoozed until %1, %2 left on the clock — press U to undo</source>
        <translation>Pospuesto hasta %1, quedan %2 en el reloj — presiona U para deshacer</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindow_triage.cpp" line="+33"/>
        <source>%n item(s) selected — actions apply to all of them</source>
        <translation>
            <numerusform>%n elemento seleccionado — las acciones se aplican a él</numerusform>
            <numerusform>%n elementos seleccionados — las acciones se aplican a todos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Marked %n item(s) read — press U to undo</source>
        <translation>
            <numerusform>Se marcó %n elemento como leído — presiona U para deshacer</numerusform>
            <numerusform>Se marcaron %n elementos como leídos — presiona U para deshacer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Marked %n item(s) unread — press U to undo</source>
        <translation>
            <numerusform>Se marcó %n elemento como no leído — presiona U para deshacer</numerusform>
            <numerusform>Se marcaron %n elementos como no leídos — presiona U para deshacer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Flagged %n item(s) — press U to undo</source>
        <translation>
            <numerusform>Se destacó %n elemento — presiona U para deshacer</numerusform>
            <numerusform>Se destacaron %n elementos — presiona U para deshacer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Unflagged %n item(s) — press U to undo</source>
        <translation>
            <numerusform>Se quitó el destacado de %n elemento — presiona U para deshacer</numerusform>
            <numerusform>Se quitó el destacado de %n elementos — presiona U para deshacer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/mainwindow_rules.cpp" line="+44"/>
        <source>Nothing to undo: the apply is no longer the last change.</source>
        <translation>No hay nada que deshacer: la aplicación de las reglas ya no es el último cambio.</translation>
    </message>
</context>
<context>
    <name>fi::MePage</name>
    <message>
        <location filename="../views/settings/mepage.cpp" line="+52"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>line %1: “%2”</source>
        <translation>línea %1: “%2”</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(and %n more)</source>
        <translation>
            <numerusform>(y %n más)</numerusform>
            <numerusform>(y %n más)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Your e-mail addresses</source>
        <translation>Tus direcciones de correo electrónico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One address per line, such as ana@example.org. Mail to one of them is addressed to you: it goes to Async and may notify.</source>
        <translation>Una dirección por línea, como ana@example.org. El correo enviado a una de ellas está dirigido a ti: va a Asíncrono y puede generar una notificación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Your GitHub logins</source>
        <translation>Tus nombres de usuario de GitHub</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One login per line, as on github.com (octocat), for every GitHub account and server. GitHub activity whose sender is one of them is yours: it goes to Reference and owes no reply.</source>
        <translation>Un nombre de usuario por línea, como en github.com (octocat), para cada cuenta y servidor de GitHub. La actividad de GitHub cuyo remitente sea uno de ellos es tuya: va a Referencia y no requiere respuesta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Known to your sources</source>
        <translation>Conocidos por tus fuentes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Addresses and logins your sources add</source>
        <translation>Direcciones y nombres de usuario que agregan tus fuentes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No source adds addresses or logins of its own.</source>
        <translation>Ninguna fuente agrega direcciones ni nombres de usuario propios.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These count as yours too, each for its own source. Change them in the source&apos;s settings.</source>
        <translation>Estos también cuentan como tuyos, cada uno para su propia fuente. Cámbialos en la configuración de la fuente.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not an e-mail address (name@domain, no spaces): %1</source>
        <translation>No es una dirección de correo electrónico (nombre@dominio, sin espacios): %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a GitHub login (letters, digits and &apos;-&apos;, at most 39, not starting with &apos;-&apos;): %1</source>
        <translation>No es un nombre de usuario de GitHub (letras, dígitos y &apos;-&apos;, como máximo 39, sin empezar por &apos;-&apos;): %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>GitHub login %1</source>
        <translation>Usuario de GitHub %1</translation>
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
        <translation>El mensaje está vacío.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not an RFC 5322 message: no header block could be parsed.</source>
        <translation>No es un mensaje RFC 5322: no se pudo interpretar ningún bloque de encabezado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not an RFC 5322 message: it has no header fields.</source>
        <translation>No es un mensaje RFC 5322: no tiene campos de encabezado.</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>Not an RFC 5322 message: none of its %n header field(s) is a message header (From, To, Subject, Date, Message-ID, Received…).</source>
        <translation>
            <numerusform>No es un mensaje RFC 5322: su %n campo de encabezado no es un encabezado de mensaje (From, To, Subject, Date, Message-ID, Received…).</numerusform>
            <numerusform>No es un mensaje RFC 5322: ninguno de sus %n campos de encabezado es un encabezado de mensaje (From, To, Subject, Date, Message-ID, Received…).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fi::MuteCommand</name>
    <message numerus="yes">
        <location filename="../views/triage/triagecommands.cpp" line="+62"/>
        <source>Mute %n thread(s)</source>
        <translation>
            <numerusform>Silenciar %n hilo</numerusform>
            <numerusform>Silenciar %n hilos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fi::MuteFeature</name>
    <message numerus="yes">
        <location filename="../views/triage/mutefeature.cpp" line="+40"/>
        <source>Muted %n thread(s): no more notifications from them until someone mentions you — press U to undo (it stays muted at the source)</source>
        <translation>
            <numerusform>Se silenció %n hilo: no recibirás más notificaciones de él hasta que alguien te mencione — presiona U para deshacer (en la fuente sigue silenciado)</numerusform>
            <numerusform>Se silenciaron %n hilos: no recibirás más notificaciones de ellos hasta que alguien te mencione — presiona U para deshacer (en la fuente siguen silenciados)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fi::NotificationsPage</name>
    <message>
        <location filename="../views/settings/notificationspage.cpp" line="+23"/>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiet (no sound)</source>
        <translation>Silencioso (sin sonido)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show &amp;desktop notifications for new items</source>
        <translation>Mostrar notificaciones de &amp;escritorio para los elementos nuevos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New items by tier</source>
        <translation>Elementos nuevos por nivel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Now (Tier 3):</source>
        <translation>A&amp;hora (nivel 3):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Async (Tier 2, addressed to you):</source>
        <translation>A&amp;síncrono (nivel 2, dirigidos a ti):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference (Tier 1):</source>
        <translation>&amp;Referencia (nivel 1):</translation>
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
        <translation>A&amp;grupar los elementos de una fuente durante:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quiet: the notification shows without sound and with low urgency. Off: only the tray badge and the counts change. New items of one source that arrive within the grouping time share one notification with a count.</source>
        <translation>Silencioso: la notificación se muestra sin sonido y con urgencia baja. Desactivado: solo cambian el indicador de la bandeja del sistema y los contadores. Los elementos nuevos de una misma fuente que llegan dentro del tiempo de agrupación comparten una notificación con un contador.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Focus sessions</source>
        <translation>Sesiones de enfoque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a &amp;digest of what was held back when a session ends</source>
        <translation>Mostrar un res&amp;umen de lo que quedó en espera al terminar una sesión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>During a session new items are held back; breakthroughs follow Preferences ▸ Focus and always show.</source>
        <translation>Durante una sesión, los elementos nuevos quedan en espera; las interrupciones permitidas siguen lo configurado en Preferencias ▸ Enfoque y siempre se muestran.</translation>
    </message>
</context>
<context>
    <name>fi::OpenSourceFeature</name>
    <message>
        <location filename="../views/triage/opensourcefeature.cpp" line="+69"/>
        <source>Cannot create the folder %1</source>
        <translation>No se puede crear la carpeta %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not open the item&apos;s web page</source>
        <translation>No se pudo abrir la página web del elemento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening the message in your mail client…</source>
        <translation>Abriendo el mensaje en tu cliente de correo…</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+10"/>
        <source>Could not open the message: %1</source>
        <translation>No se pudo abrir el mensaje: %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>no application opens %1</source>
        <translation>ninguna aplicación abre %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open the message in your mail client</source>
        <translation>Abrir el mensaje en tu cliente de correo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the item&apos;s web page in the browser, or the message in your mail client</source>
        <translation>Abrir la página web del elemento en el navegador o el mensaje en tu cliente de correo</translation>
    </message>
</context>
<context>
    <name>fi::Parser</name>
    <message>
        <location filename="../models/search/searchquery.cpp" line="+68"/>
        <source>“OR” needs a term on each side; ignored.</source>
        <translation>“OR” necesita un término a cada lado; se ignoró.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The quote is never closed; the phrase runs to the end.</source>
        <translation>Las comillas no se cierran; la frase llega hasta el final.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“-” excludes the term right after it; ignored.</source>
        <translation>“-” excluye el término que le sigue; se ignoró.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Unknown operator “%1:”; searched as text. Operators: %2.</source>
        <translation>Operador desconocido “%1:”; se buscó como texto. Operadores: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1:” needs a value; ignored.</source>
        <translation>“%1:” necesita un valor; se ignoró.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>“from:” needs a name or address; ignored.</source>
        <translation>“from:” necesita un nombre o una dirección; se ignoró.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown kind “%1”; ignored. Kinds: %2.</source>
        <translation>Tipo desconocido “%1”; se ignoró. Tipos: %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“tier:%1” is not a tier; use 1, 2, 3, now, async or reference. Ignored.</source>
        <translation>“tier:%1” no es un nivel; usa 1, 2, 3, now, async o reference. Se ignoró.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“is:%1” is unknown; use %2. Ignored.</source>
        <translation>“is:%1” es desconocido; usa %2. Se ignoró.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a date; use a date like 2026-12-01 or an age like 7d. Ignored.</source>
        <translation>“%1” no es una fecha; usa una fecha como 2026-12-01 o una antigüedad como 7d. Se ignoró.</translation>
    </message>
</context>
<context>
    <name>fi::PauseClockCommand</name>
    <message numerus="yes">
        <location filename="../views/triage/pauseclockcommand.cpp" line="+14"/>
        <source>Snooze %n item(s) and pause the clock</source>
        <translation>
            <numerusform>Posponer %n elemento y pausar el reloj</numerusform>
            <numerusform>Posponer %n elementos y pausar el reloj</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fi::PngExport</name>
    <message>
        <location filename="../views/insights/pngexport.cpp" line="+27"/>
        <source>The chart has no size to draw.</source>
        <translation>El gráfico no tiene tamaño para dibujarse.</translation>
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
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
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
        <translation>Se omitió la política &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the name is empty.</source>
        <translation>el nombre está vacío.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the name &quot;%1&quot; is reserved: it means no deadline.</source>
        <translation>el nombre &quot;%1&quot; está reservado: indica que no hay plazo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the name &quot;%1&quot; is reserved: it means a due set by the source.</source>
        <translation>el nombre &quot;%1&quot; está reservado: indica un plazo establecido por la fuente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected an object like {&quot;windowMinutes&quot;: 240, &quot;clock&quot;: &quot;working&quot;}.</source>
        <translation>se esperaba un objeto como {&quot;windowMinutes&quot;: 240, &quot;clock&quot;: &quot;working&quot;}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown key &quot;%1&quot;.</source>
        <translation>clave desconocida &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;windowMinutes&quot; must be a whole number of minutes ≥ 0, or null.</source>
        <translation>&quot;windowMinutes&quot; debe ser un número entero de minutos ≥ 0, o null.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;clock&quot; must be &quot;calendar&quot; or &quot;working&quot;.</source>
        <translation>&quot;clock&quot; debe ser &quot;calendar&quot; o &quot;working&quot;.</translation>
    </message>
</context>
<context>
    <name>fi::PreferencesDialog</name>
    <message>
        <location filename="../views/settings/preferencesdialog.cpp" line="+28"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Focus</source>
        <translation>Enfoque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyboard</source>
        <translation>Teclado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Triage</source>
        <translation>Clasificación</translation>
    </message>
</context>
<context>
    <name>fi::PrivateFiles</name>
    <message>
        <location filename="../models/config/privatefiles.cpp" line="+82"/>
        <location line="+17"/>
        <source>Cannot use the data directory %1: %2</source>
        <translation>No se puede usar el directorio de datos %1: %2</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+2"/>
        <location line="+28"/>
        <source>Cannot create the data directory %1</source>
        <translation>No se puede crear el directorio de datos %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The data directory %1 is a link owned by another user (uid %2); Focus Inbox does not use it.</source>
        <translation>El directorio de datos %1 es un enlace que pertenece a otro usuario (uid %2); Focus Inbox no lo usa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The data directory %1 is not a directory.</source>
        <translation>El directorio de datos %1 no es un directorio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data directory %1 belongs to another user (uid %2); Focus Inbox only uses a data directory of its own user (uid %3).</source>
        <translation>El directorio de datos %1 pertenece a otro usuario (uid %2); Focus Inbox solo usa un directorio de datos de su propio usuario (uid %3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot make the data directory %1 private: %2</source>
        <translation>No se puede hacer privado el directorio de datos %1: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is a symbolic link; not writing through it</source>
        <translation>%1 es un enlace simbólico; no se escribirá a través de él</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a regular file; not writing to it</source>
        <translation>%1 no es un archivo normal; no se escribirá en él</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 belongs to another user; not writing to it</source>
        <translation>%1 pertenece a otro usuario; no se escribirá en él</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has other hard links; not writing to it</source>
        <translation>%1 tiene otros enlaces físicos; no se escribirá en él</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>fi::PushRequest</name>
    <message>
        <location filename="../app/sources/pushrequest.cpp" line="+50"/>
        <source>Focus Inbox gave no answer about the item.</source>
        <translation>Focus Inbox no respondió sobre el elemento.</translation>
    </message>
</context>
<context>
    <name>fi::PushWatcher</name>
    <message>
        <location filename="../models/sources/source.h" line="+119"/>
        <source>The app is not ready to store items yet.</source>
        <translation>La aplicación todavía no está lista para guardar elementos.</translation>
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
        <translation>Selecciona un elemento para leerlo.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Sample item — part of the sample workspace.</source>
        <translation>Elemento de ejemplo — parte del espacio de trabajo de ejemplo.</translation>
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
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why is this here?</source>
        <translation>¿Por qué está aquí?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is this here? The rule that placed the item and how its deadline is counted</source>
        <translation>¿Por qué está aquí? La regla que colocó el elemento y cómo se calcula su plazo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Message body</source>
        <translation>Cuerpo del mensaje</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
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
        <translation>No se espera respuesta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>was due %1</source>
        <translation>vencía el %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1

(The full message could not be read.)</source>
        <translation>%1

(No se pudo leer el mensaje completo).</translation>
    </message>
</context>
<context>
    <name>fi::ReplyFeature</name>
    <message>
        <location filename="../views/triage/replyfeature.cpp" line="+45"/>
        <source>Could not open the mail client to reply</source>
        <translation>No se pudo abrir el cliente de correo para responder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not open the item&apos;s web page</source>
        <translation>No se pudo abrir la página web del elemento</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reply in your mail client</source>
        <translation>Responder en tu cliente de correo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply on the web page: %1</source>
        <translation>Responder en la página web: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply through the item&apos;s own reply path (mail or web page)</source>
        <translation>Responder por el canal de respuesta propio del elemento (correo o página web)</translation>
    </message>
</context>
<context>
    <name>fi::ResponseTimeSection</name>
    <message>
        <location filename="../views/insights/responsetimesection.cpp" line="+40"/>
        <source>Response time per tier</source>
        <translation>Tiempo de respuesta por nivel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly median response time</source>
        <translation>Mediana semanal del tiempo de respuesta</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: no items.</source>
        <translation>%1: no hay elementos.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: none of %n item(s) answered yet.</source>
        <translation>
            <numerusform>%1: %n elemento, todavía sin responder.</numerusform>
            <numerusform>%1: %n elementos, ninguno respondido todavía.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %2 of %n item(s) answered; median %3, 90th percentile %4, in %5.</source>
        <translation>
            <numerusform>%1: %2 de %n elemento respondido; mediana %3, percentil 90 %4, en %5.</numerusform>
            <numerusform>%1: %2 de %n elementos respondidos; mediana %3, percentil 90 %4, en %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1 of %n item(s) answered</source>
        <translation>
            <numerusform>%1 de %n elemento respondido</numerusform>
            <numerusform>%1 de %n elementos respondidos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A response is a reply, or marking the item done where no reply was detected.</source>
        <translation>Cuenta como respuesta contestar o, si no se detectó ninguna respuesta, marcar el elemento como hecho.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Nothing was answered in this period</source>
        <translation>No se respondió nada en este período</translation>
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
        <translation>%1: ninguno respondido</translation>
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
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Response time (hours)</source>
        <translation>Tiempo de respuesta (horas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Median response time: %1. 90th percentile: %2.</source>
        <translation>Mediana del tiempo de respuesta: %1. Percentil 90: %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Week starting</source>
        <translation>Inicio de la semana</translation>
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
        <translation>Mediana semanal del tiempo de respuesta, por inicio de semana: %1.</translation>
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
        <translation>Plazos de respuesta cumplidos por nivel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response windows kept per source</source>
        <translation>Plazos de respuesta cumplidos por fuente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An item keeps its window when the reply (or done) came before its deadline; it misses it when the response came later, or there was none and the deadline has passed.</source>
        <translation>Un elemento cumple su plazo cuando se respondió (o se marcó como hecho) antes del vencimiento; lo incumple cuando la respuesta llegó después, o cuando no hubo respuesta y el plazo ya venció.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worst offenders</source>
        <translation>Peores casos</translation>
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
        <translation>Incumplidos</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+62"/>
        <location line="+33"/>
        <source>Met</source>
        <translation>Cumplidos</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Worst offenders: whose items most often went overdue</source>
        <translation>Peores casos: de quién son los elementos que más a menudo quedaron vencidos</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+64"/>
        <source>No response window came due in this period</source>
        <translation>Ningún plazo de respuesta vencía en este período</translation>
    </message>
    <message numerus="yes">
        <location line="-58"/>
        <source>%1 of response windows kept (%2 of %n)</source>
        <translation>
            <numerusform>%1 de los plazos de respuesta cumplidos (%2 de %n)</numerusform>
            <numerusform>%1 de los plazos de respuesta cumplidos (%2 de %n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 none due</source>
        <translation>%1: ningún plazo vencía</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>Kept (%)</source>
        <translation>Cumplidos (%)</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Response windows kept per tier: %1.</source>
        <translation>Plazos de respuesta cumplidos por nivel: %1.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Response windows kept per source: %1.</source>
        <translation>Plazos de respuesta cumplidos por fuente: %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No item went overdue in this period.</source>
        <translation>Ningún elemento quedó vencido en este período.</translation>
    </message>
</context>
<context>
    <name>fi::RetierCommand</name>
    <message>
        <location filename="../views/triage/retiercommand.cpp" line="+12"/>
        <source>Apply rules to stored items</source>
        <translation>Aplicar las reglas a los elementos guardados</translation>
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
        <translation>%1 y %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 or %2</source>
        <comment>conditions of which one must hold</comment>
        <translation>%1 o %2</translation>
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
            <numerusform>%1 o %n más</numerusform>
            <numerusform>%1 o %n más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 or %2</source>
        <comment>the last of a list of values</comment>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>%1 is present</source>
        <translation>%1 está presente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is absent</source>
        <translation>%1 no está presente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is present and not %2</source>
        <translation>%1 está presente y no es %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+100"/>
        <source>%1 is %2</source>
        <translation>%1 es %2</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>%1 is present and does not start with %2</source>
        <translation>%1 está presente y no empieza con %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 starts with %2</source>
        <translation>%1 empieza con %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is present and does not contain %2</source>
        <translation>%1 está presente y no contiene %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+92"/>
        <source>%1 contains %2</source>
        <translation>%1 contiene %2</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>%1 is present and does not match %2</source>
        <translation>%1 está presente y no coincide con %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+92"/>
        <source>%1 matches %2</source>
        <translation>%1 coincide con %2</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>header %1</source>
        <translation>el encabezado %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>me</source>
        <comment>an address pattern: one of the user&apos;s own addresses or logins</comment>
        <translation>una de mis direcciones</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>sender is %1</source>
        <translation>el remitente es %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a recipient is %1</source>
        <translation>un destinatario es %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sender is from %1</source>
        <translation>el remitente es de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a recipient is from %1</source>
        <translation>un destinatario es de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sender matches %1</source>
        <translation>el remitente coincide con %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a recipient matches %1</source>
        <translation>un destinatario coincide con %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I am in To</source>
        <translation>estoy en Para</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I am in Cc</source>
        <translation>estoy en Cc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I am in To or Cc</source>
        <translation>estoy en Para o Cc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I am not in To or Cc</source>
        <translation>no estoy en Para ni en Cc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it came through a mailing list</source>
        <translation>llegó por una lista de correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recipient is %1</source>
        <translation>el destinatario es %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sender</source>
        <translation>el remitente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a recipient</source>
        <translation>un destinatario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subject</source>
        <translation>el asunto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list</source>
        <translation>la lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>source</source>
        <translation>la fuente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>source kind</source>
        <translation>el tipo de fuente</translation>
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
        <translation>siempre</translation>
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
        <translation>la fuente es %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>subject contains %1</source>
        <translation>el asunto contiene %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>body contains %1</source>
        <translation>el cuerpo contiene %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subject or body contains %1</source>
        <translation>el asunto o el cuerpo contiene %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>any of: %1</source>
        <translation>cualquiera de: %1</translation>
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
        <translation>condición desconocida %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1; turned off</source>
        <comment>a rule that never matches</comment>
        <translation>%1; desactivada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; marked done</source>
        <comment>a rule whose items are marked done at once</comment>
        <translation>%1; se marca como hecho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; no notifications</source>
        <comment>a rule whose items never notify</comment>
        <translation>%1; sin notificaciones</translation>
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
        <translation>movido aquí por ti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>by rule “%1”, which takes every item no earlier rule placed</source>
        <translation>por la regla “%1”, que toma todo elemento que ninguna regla anterior colocó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by rule “%1” (%2)</source>
        <translation>por la regla “%1” (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>by rule “%1”, a default of %2 (%3)</source>
        <translation>por la regla “%1”, una regla predeterminada de %2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no rule matched</source>
        <translation>ninguna regla coincidió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting in New senders (a new sender, and no rule of yours placed it)</source>
        <translation>en espera en Remitentes nuevos (un remitente nuevo, y ninguna regla tuya lo colocó)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the default of its source (no rule matched)</source>
        <translation>el valor predeterminado de su fuente (ninguna regla coincidió)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the default of source “%1” (no rule matched)</source>
        <translation>el valor predeterminado de la fuente “%1” (ninguna regla coincidió)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by rule “%1”, which no longer exists</source>
        <translation>por la regla “%1”, que ya no existe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>due %1, the time its source set</source>
        <translation>vence el %1, la hora que fijó su fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>no reply owed</source>
        <translation>no requiere respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reply owed (policy “%1”)</source>
        <translation>no requiere respuesta (política “%1”)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>due %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>due %1 after the last activity, counted in working hours (policy “%2”)</source>
        <translation>vence %1 después de la última actividad, contado en horario laboral (política “%2”)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due %1 after the last activity, counted in calendar time (policy “%2”)</source>
        <translation>vence %1 después de la última actividad, contado en tiempo de calendario (política “%2”)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due %1 after receipt, counted in working hours (policy “%2”)</source>
        <translation>vence %1 después de recibirse, contado en horario laboral (política “%2”)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due %1 after receipt, counted in calendar time (policy “%2”)</source>
        <translation>vence %1 después de recibirse, contado en tiempo de calendario (política “%2”)</translation>
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
        <translation>Nombre de la regla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conditions</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Match all conditions</source>
        <translation>Cumplir todas las condiciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match any condition</source>
        <translation>Cumplir cualquier condición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the conditions combine</source>
        <translation>Cómo se combinan las condiciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add condition</source>
        <translation>Agregar condición</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Then</source>
        <translation>Entonces</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tier default</source>
        <translation>Predeterminada del nivel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No deadline</source>
        <translation>Sin plazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip notifications</source>
        <translation>Omitir notificaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items this rule places never raise a desktop notification and never break through a focus session.</source>
        <translation>Los elementos que coloca esta regla nunca generan una notificación de escritorio ni interrumpen una sesión de enfoque.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tier:</source>
        <translation>Ni&amp;vel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response &amp;policy:</source>
        <translation>&amp;Política de respuesta:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 (not defined)</source>
        <translation>%1 (no definida)</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>A rule needs a name.</source>
        <translation>Una regla necesita un nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another rule is already called “%1”; names must be unique.</source>
        <translation>Ya hay otra regla llamada “%1”; los nombres deben ser únicos.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Condition %1: %2</source>
        <translation>Condición %1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Also requires: %1</source>
        <translation>También requiere: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No conditions: this rule places every item that reaches it.</source>
        <translation>Sin condiciones: esta regla coloca todos los elementos que llegan a ella.</translation>
    </message>
</context>
<context>
    <name>fi::RuleListWidget</name>
    <message>
        <location filename="../views/settings/rules/rulelistwidget.cpp" line="+52"/>
        <source>Rules, first match wins</source>
        <translation>Reglas; gana la primera que coincide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move u&amp;p</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>New rule</source>
        <translation>Regla nueva</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
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
        <translation>Elementos que moverían las reglas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also move items I moved by &amp;hand</source>
        <translation>Mover también los elementos que moví a &amp;mano</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No stored items to preview.</source>
        <translation>No hay elementos guardados para previsualizar.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Fix the rules marked with a warning to see which stored items they would move.</source>
        <translation>Corrige las reglas marcadas con una advertencia para ver qué elementos guardados moverían.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Looking at the stored items…</source>
        <translation>Revisando los elementos guardados…</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>These rules would move %n stored item(s).</source>
        <translation>
            <numerusform>Estas reglas moverían %n elemento guardado.</numerusform>
            <numerusform>Estas reglas moverían %n elementos guardados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The first %n are listed.</source>
        <translation>
            <numerusform>Se muestra solo %n.</numerusform>
            <numerusform>Se muestran los primeros %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n more would stay in their tier with another rule or deadline.</source>
        <translation>
            <numerusform>%n más se quedaría en su nivel con otra regla u otro plazo.</numerusform>
            <numerusform>%n más se quedarían en su nivel con otra regla u otro plazo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
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
        <translation>una regla debe ser un objeto JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another rule already has this name</source>
        <translation>otra regla ya tiene este nombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../views/settings/rules/rulespage.cpp" line="+38"/>
        <source>Rule %1 (&quot;%2&quot;) skipped: %3.</source>
        <translation>Se omitió la regla %1 (&quot;%2&quot;): %3.</translation>
    </message>
    <message>
        <location filename="../models/rules/fieldcondition.cpp" line="+27"/>
        <source>a condition must be an object like {&quot;field&quot;: &quot;subject&quot;, &quot;op&quot;: &quot;contains&quot;, &quot;value&quot;: &quot;outage&quot;}</source>
        <translation>una condición debe ser un objeto como {&quot;field&quot;: &quot;subject&quot;, &quot;op&quot;: &quot;contains&quot;, &quot;value&quot;: &quot;outage&quot;}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown condition key &quot;%1&quot; (known: field, op, value)</source>
        <translation>clave de condición desconocida &quot;%1&quot; (conocidas: field, op, value)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown field &quot;%1&quot; (known: sender, recipients, subject, list, source, kind, or an attribute such as github.reason)</source>
        <translation>campo desconocido &quot;%1&quot; (conocidos: sender, recipients, subject, list, source, kind o un atributo como github.reason)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>field &quot;%1&quot;: &quot;one-of&quot; needs a list of non-empty strings</source>
        <translation>campo &quot;%1&quot;: &quot;one-of&quot; necesita una lista de cadenas no vacías</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>field &quot;%1&quot;: the value must be a non-empty string</source>
        <translation>campo &quot;%1&quot;: el valor debe ser una cadena no vacía</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../models/rules/rule.cpp" line="+38"/>
        <source>invalid regular expression &quot;%1&quot;: %2</source>
        <translation>expresión regular no válida &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>field &quot;%1&quot;: &quot;op&quot; must be contains, is, matches or one-of</source>
        <translation>campo &quot;%1&quot;: &quot;op&quot; debe ser contains, is, matches o one-of</translation>
    </message>
    <message>
        <location filename="../models/rules/rule.cpp" line="+19"/>
        <source>keywords must be a string like &quot;outage|incident&quot; or a list of strings</source>
        <translation>las palabras clave deben ser una cadena como &quot;outage|incident&quot; o una lista de cadenas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the keyword list is empty</source>
        <translation>la lista de palabras clave está vacía</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>address patterns must be a string or a list of strings</source>
        <translation>los patrones de dirección deben ser una cadena o una lista de cadenas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a header condition must be an object like {&quot;name&quot;: &quot;list-id&quot;}</source>
        <translation>una condición de encabezado debe ser un objeto como {&quot;name&quot;: &quot;list-id&quot;}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown header condition key &quot;%1&quot;</source>
        <translation>clave de condición de encabezado desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a header condition needs a &quot;name&quot;</source>
        <translation>una condición de encabezado necesita un &quot;name&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>header &quot;%1&quot;: use only one of &quot;matches&quot;, &quot;notMatches&quot;, &quot;absent&quot;</source>
        <translation>encabezado &quot;%1&quot;: usa solo uno de &quot;matches&quot;, &quot;notMatches&quot;, &quot;absent&quot;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;attributes&quot; must be an object like {&quot;github.reason&quot;: &quot;^review_requested$&quot;}</source>
        <translation>&quot;attributes&quot; debe ser un objeto como {&quot;github.reason&quot;: &quot;^review_requested$&quot;}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>attribute &quot;%1&quot;: a key is &quot;&lt;namespace&gt;.&lt;name&gt;&quot; like &quot;github.reason&quot; or &quot;mail.list-id&quot;</source>
        <translation>atributo &quot;%1&quot;: una clave tiene la forma &quot;&lt;espacio de nombres&gt;.&lt;nombre&gt;&quot;, como &quot;github.reason&quot; o &quot;mail.list-id&quot;</translation>
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
        <translation>atributo &quot;%1&quot;: el valor debe ser una expresión regular, true (presente), false (ausente) o un objeto con &quot;matches&quot;, &quot;notMatches&quot; o &quot;absent&quot;</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>empty address pattern</source>
        <translation>patrón de dirección vacío</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>&quot;source&quot; must be a source kind or name, or a list of them</source>
        <translation>&quot;source&quot; debe ser un tipo o nombre de fuente, o una lista de ellos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;recipient&quot; must be one of to-me, cc-me, me, not-me, list (got &quot;%1&quot;)</source>
        <translation>&quot;recipient&quot; debe ser uno de to-me, cc-me, me, not-me, list (se recibió &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;conditions&quot; must be a non-empty list of {&quot;field&quot;, &quot;op&quot;, &quot;value&quot;} objects</source>
        <translation>&quot;conditions&quot; debe ser una lista no vacía de objetos {&quot;field&quot;, &quot;op&quot;, &quot;value&quot;}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;match&quot; must be &quot;all&quot; or &quot;any&quot;</source>
        <translation>&quot;match&quot; debe ser &quot;all&quot; o &quot;any&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>&quot;any&quot; must be a non-empty list of condition objects (nested at most %1 deep)</source>
        <translation>&quot;any&quot; debe ser una lista no vacía de objetos de condición (con un anidamiento máximo de %1 niveles)</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>&quot;scope&quot; must be &quot;mail&quot; (items of kinds that deliver mail) or &quot;all&quot; (every kind)</source>
        <translation>&quot;scope&quot; debe ser &quot;mail&quot; (elementos de tipos que entregan correo) o &quot;all&quot; (todos los tipos)</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>a rule needs a non-empty &quot;name&quot;</source>
        <translation>una regla necesita un &quot;name&quot; no vacío</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>unknown condition &quot;%1&quot; (known: source, sender, recipient, recipientAddress, headers, attributes, subject, body, text, any, conditions, match)</source>
        <translation>condición desconocida &quot;%1&quot; (conocidas: source, sender, recipient, recipientAddress, headers, attributes, subject, body, text, any, conditions, match)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>unknown key &quot;%1&quot; (known: name, when, tier, policy, scope, comment, enabled, notify, done)</source>
        <translation>clave desconocida &quot;%1&quot; (conocidas: name, when, tier, policy, scope, comment, enabled, notify, done)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;tier&quot; must be 1, 2, 3 or &quot;reference&quot;, &quot;async&quot;, &quot;now&quot;</source>
        <translation>&quot;tier&quot; debe ser 1, 2, 3 o &quot;reference&quot;, &quot;async&quot;, &quot;now&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;policy&quot; must be a policy name</source>
        <translation>&quot;policy&quot; debe ser el nombre de una política</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; debe ser true o false</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;when&quot; must be an object of conditions</source>
        <translation>&quot;when&quot; debe ser un objeto de condiciones</translation>
    </message>
</context>
<context>
    <name>fi::RulesPage</name>
    <message>
        <location filename="../views/settings/rules/rulespage.cpp" line="+14"/>
        <source>New items are placed by the first rule, from the top, whose conditions hold. Untick a rule to turn it off; drag rules or use Move up/down to change the order.</source>
        <translation>Los elementos nuevos los coloca la primera regla, empezando desde arriba, cuyas condiciones se cumplen. Desmarca una regla para desactivarla; arrastra las reglas o usa Subir/Bajar para cambiar el orden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stored items</source>
        <translation>Elementos guardados</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Apply to &amp;stored items</source>
        <translation>Aplicar a los elementos &amp;guardados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save these rules and move the stored items the preview lists. Edit ▸ Undo takes it back.</source>
        <translation>Guardar estas reglas y mover los elementos guardados que muestra la vista previa. Editar ▸ Deshacer lo revierte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U&amp;ndo apply</source>
        <translation>&amp;Deshacer aplicación</translation>
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
        <translation>Aplicando las reglas…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undoing the apply…</source>
        <translation>Deshaciendo la aplicación…</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Another rule is also called “%1”; names must be unique.</source>
        <translation>Otra regla también se llama “%1”; los nombres deben ser únicos.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n rule(s) with a mistake (marked in the list): fix them to save or apply the rules.</source>
        <translation>
            <numerusform>%n regla con un error (marcada en la lista): corrígela para guardar o aplicar las reglas.</numerusform>
            <numerusform>%n reglas con errores (marcadas en la lista): corrígelas para guardar o aplicar las reglas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Moved %n item(s).</source>
        <translation>
            <numerusform>Se movió %n elemento.</numerusform>
            <numerusform>Se movieron %n elementos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Apply undone: %n item(s) back where they were.</source>
        <translation>
            <numerusform>Aplicación deshecha: %n elemento volvió a donde estaba.</numerusform>
            <numerusform>Aplicación deshecha: %n elementos volvieron a donde estaban.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>Could not write “%1”: %2</source>
        <translation>No se pudo escribir “%1”: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not read “%1”: %2</source>
        <translation>No se pudo leer “%1”: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is too large for a rules file.</source>
        <translation>“%1” es demasiado grande para un archivo de reglas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not valid JSON: %2 (at byte %3).</source>
        <translation>“%1” no es JSON válido: %2 (en el byte %3).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” holds no rules: expected a JSON array of rules, or an object with a &quot;rules&quot; array.</source>
        <translation>“%1” no contiene reglas: se esperaba una matriz JSON de reglas o un objeto con una matriz &quot;rules&quot;.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+5"/>
        <location line="+44"/>
        <source>Import rules</source>
        <translation>Importar reglas</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Nothing was imported from “%1”:</source>
        <translation>No se importó nada de “%1”:</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Replace the %n rule(s) in the list with %1 from “%2”?</source>
        <translation>
            <numerusform>¿Reemplazar %n regla de la lista por %1 de “%2”?</numerusform>
            <numerusform>¿Reemplazar las %n reglas de la lista por %1 de “%2”?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>the %n rule(s)</source>
        <translation>
            <numerusform>%n regla</numerusform>
            <numerusform>las %n reglas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Imported %n rule(s); OK saves them.</source>
        <translation>
            <numerusform>Se importó %n regla; Aceptar la guarda.</numerusform>
            <numerusform>Se importaron %n reglas; Aceptar las guarda.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <source>Export rules</source>
        <translation>Exportar reglas</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+12"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>Exported %n rule(s).</source>
        <translation>
            <numerusform>Se exportó %n regla.</numerusform>
            <numerusform>Se exportaron %n reglas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fi::RulesResult</name>
    <message>
        <location filename="../app/rules/rulesrequesthandler.cpp" line="+20"/>
        <source>config.json has rules that do not load: %1</source>
        <translation>config.json tiene reglas que no se cargan: %1</translation>
    </message>
    <message>
        <location filename="../models/triage/rulesrequest.cpp" line="+32"/>
        <source>the running Focus Inbox did not apply the rules</source>
        <translation>el Focus Inbox en ejecución no aplicó las reglas</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the database refused the change (see the log)</source>
        <translation>la base de datos rechazó el cambio (consulta el registro)</translation>
    </message>
</context>
<context>
    <name>fi::Sample</name>
    <message>
        <location filename="../models/sample/sampleworkspace.cpp" line="+67"/>
        <location line="+55"/>
        <source>Cannot create %1</source>
        <translation>No se puede crear %1</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+61"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Sample workspace</source>
        <translation>Espacio de trabajo de ejemplo</translation>
    </message>
</context>
<context>
    <name>fi::SavedSearches</name>
    <message>
        <location filename="../models/config/savedsearches.cpp" line="+42"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
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
        <translation>Los remitentes nuevos esperan aquí hasta que decidas. Presiona 3 para Ahora, 2 para Asíncrono, 1 para Referencia o B para bloquear: la decisión se convierte en una regla para ese remitente.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Could not add a rule for %1: %2</source>
        <translation>No se pudo agregar una regla para %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%1: %2 — %n item(s) placed; the rule is in Preferences ▸ Rules</source>
        <translation>
            <numerusform>%1: %2 — se colocó %n elemento; la regla está en Preferencias ▸ Reglas</numerusform>
            <numerusform>%1: %2 — se colocaron %n elementos; la regla está en Preferencias ▸ Reglas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fi::SearchFeature</name>
    <message>
        <location filename="../views/search/searchfeature.cpp" line="+147"/>
        <source>Saved search “%1” now searches “%2”</source>
        <translation>La búsqueda guardada “%1” ahora busca “%2”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved search “%1”</source>
        <translation>Búsqueda “%1” guardada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type a search first, then save it</source>
        <translation>Escribe primero una búsqueda y luego guárdala</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save search</source>
        <translation>Guardar búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in the sidebar:</source>
        <translation>Nombre en la barra lateral:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A saved search needs a name</source>
        <translation>Una búsqueda guardada necesita un nombre</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Deleted saved search “%1”</source>
        <translation>Se eliminó la búsqueda guardada “%1”</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not save the saved searches: %1</source>
        <translation>No se pudieron guardar las búsquedas guardadas: %1</translation>
    </message>
</context>
<context>
    <name>fi::SearchField</name>
    <message>
        <location filename="../views/search/searchfield.cpp" line="+51"/>
        <source>Search all tiers  ( / )</source>
        <translation>Buscar en todos los niveles  ( / )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words, &quot;phrases&quot;, -negation, OR, and from: to: source: kind: tier: is: before: after:</source>
        <translation>Palabras, &quot;frases&quot;, -negación, OR, y from: to: source: kind: tier: is: before: after:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this search in the sidebar</source>
        <translation>Guardar esta búsqueda en la barra lateral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save search</source>
        <translation>Guardar búsqueda</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search hint</source>
        <translation>Sugerencia de búsqueda</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Searching all tiers, done and snoozed included…</source>
        <translation>Buscando en todos los niveles, incluidos hechos y pospuestos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tiers, done and snoozed included · 1 result</source>
        <translation>Todos los niveles, incluidos hechos y pospuestos · 1 resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tiers, done and snoozed included · %1 results</source>
        <translation>Todos los niveles, incluidos hechos y pospuestos · %1 resultados</translation>
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
        <translation>Crear una regla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rule &quot;%1&quot; puts %2 in %3, for new items from now on.</source>
        <translation>La regla &quot;%1&quot; coloca %2 en %3 para los elementos nuevos de ahora en adelante.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>It would move %n stored item(s) to another tier.</source>
        <translation>
            <numerusform>Movería %n elemento guardado a otro nivel.</numerusform>
            <numerusform>Movería %n elementos guardados a otro nivel.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the rule and move them</source>
        <translation>Agregar la regla y moverlos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for new items</source>
        <translation>Solo para elementos nuevos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add the rule</source>
        <translation>Agregar la regla</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Rule &quot;%1&quot; added; %n item(s) moved — press U to undo the move</source>
        <translation>
            <numerusform>Regla &quot;%1&quot; agregada; se movió %n elemento — presiona U para deshacer el movimiento</numerusform>
            <numerusform>Regla &quot;%1&quot; agregada; se movieron %n elementos — presiona U para deshacer el movimiento</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule &quot;%1&quot; added for new items</source>
        <translation>Regla &quot;%1&quot; agregada para los elementos nuevos</translation>
    </message>
</context>
<context>
    <name>fi::SetFlagCommand</name>
    <message numerus="yes">
        <location filename="../views/triage/triagecommands.cpp" line="+69"/>
        <source>Flag %n item(s)</source>
        <translation>
            <numerusform>Destacar %n elemento</numerusform>
            <numerusform>Destacar %n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Unflag %n item(s)</source>
        <translation>
            <numerusform>Quitar el destacado de %n elemento</numerusform>
            <numerusform>Quitar el destacado de %n elementos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fi::SetSeenCommand</name>
    <message numerus="yes">
        <location line="-24"/>
        <source>Mark %n item(s) read</source>
        <translation>
            <numerusform>Marcar %n elemento como leído</numerusform>
            <numerusform>Marcar %n elementos como leídos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Mark %n item(s) unread</source>
        <translation>
            <numerusform>Marcar %n elemento como no leído</numerusform>
            <numerusform>Marcar %n elementos como no leídos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fi::SetStateCommand</name>
    <message numerus="yes">
        <location line="-85"/>
        <source>Mark %n item(s) done</source>
        <translation>
            <numerusform>Marcar %n elemento como hecho</numerusform>
            <numerusform>Marcar %n elementos como hechos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Snooze %n item(s)</source>
        <translation>
            <numerusform>Posponer %n elemento</numerusform>
            <numerusform>Posponer %n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Reopen %n item(s)</source>
        <translation>
            <numerusform>Reabrir %n elemento</numerusform>
            <numerusform>Reabrir %n elementos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fi::SetTierCommand</name>
    <message numerus="yes">
        <location line="+38"/>
        <source>Move %n item(s) to %1</source>
        <translation>
            <numerusform>Mover %n elemento a %1</numerusform>
            <numerusform>Mover %n elementos a %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fi::ShortcutOverlay</name>
    <message>
        <location filename="../views/shortcutoverlay.cpp" line="+41"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>fi::SnoozeEntries</name>
    <message>
        <location filename="../views/palette/snoozeentries.cpp" line="+58"/>
        <source>Snooze until after this focus session</source>
        <translation>Posponer hasta después de esta sesión de enfoque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze for 1 hour</source>
        <translation>Posponer 1 hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze until this evening</source>
        <translation>Posponer hasta esta noche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze until tomorrow 09:00</source>
        <translation>Posponer hasta mañana a las 09:00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze until the next working morning</source>
        <translation>Posponer hasta la próxima mañana laborable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze until next Monday</source>
        <translation>Posponer hasta el próximo lunes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
</context>
<context>
    <name>fi::SnoozePhrase</name>
    <message>
        <location filename="../models/snooze/snoozephrase.cpp" line="+30"/>
        <source>try &quot;tue 14:30&quot;, &quot;in 3h&quot; or &quot;dec 5&quot;</source>
        <translation>prueba &quot;martes 14:30&quot;, &quot;en 3h&quot; o &quot;5 dic&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has already passed.</source>
        <translation>%1 ya pasó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is more than ten years away.</source>
        <translation>%1 está a más de diez años.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+472"/>
        <location line="+13"/>
        <source>There is no date %1.</source>
        <translation>No existe la fecha %1.</translation>
    </message>
    <message>
        <location line="-480"/>
        <location line="+91"/>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a valid time of day.</source>
        <translation>&quot;%1&quot; no es una hora del día válida.</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>&quot;%1&quot; is not a valid UTC offset.</source>
        <translation>&quot;%1&quot; no es un desfase UTC válido.</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+337"/>
        <location line="+23"/>
        <source>&quot;%1&quot; names two different times or days.</source>
        <translation>&quot;%1&quot; indica dos horas o días distintos.</translation>
    </message>
    <message>
        <location line="-223"/>
        <location line="+137"/>
        <location line="+75"/>
        <location line="+4"/>
        <location line="+51"/>
        <location line="+73"/>
        <source>&quot;%1&quot; is not a time I understand; %2.</source>
        <translation>&quot;%1&quot; no es una hora que entienda; %2.</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>&quot;%1&quot; needs a number before it; %2.</source>
        <translation>&quot;%1&quot; necesita un número antes; %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a day of the month.</source>
        <translation>&quot;%1&quot; no es un día del mes.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A snooze must last longer than zero.</source>
        <translation>La posposición debe durar más que cero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is more than ten years away.</source>
        <translation>&quot;%1&quot; está a más de diez años.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; gives both a duration and a date or time; give one of them.</source>
        <translation>&quot;%1&quot; indica una duración y también una fecha u hora; indica solo una de ellas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The working hours have no working day.</source>
        <translation>El horario laboral no tiene ningún día laborable.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+28"/>
        <source>&quot;%1&quot; needs a month, e.g. &quot;dec 5&quot;.</source>
        <translation>&quot;%1&quot; necesita un mes, p. ej., &quot;5 dic&quot;.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>After this focus session</source>
        <translation>Después de esta sesión de enfoque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In 1 hour</source>
        <translation>En 1 hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This evening</source>
        <translation>Esta noche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow 09:00</source>
        <translation>Mañana a las 09:00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next working morning</source>
        <translation>Próxima mañana laborable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next Monday</source>
        <translation>Próximo lunes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type when to wake it: %1.</source>
        <translation>Escribe cuándo debe volver: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No focus session is running.</source>
        <translation>No hay ninguna sesión de enfoque en curso.</translation>
    </message>
</context>
<context>
    <name>fi::SnoozePicker</name>
    <message>
        <location filename="../views/triage/snoozepicker.cpp" line="+32"/>
        <source>no focus session</source>
        <translation>sin sesión de enfoque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no working days set</source>
        <translation>no hay días laborables configurados</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Snooze until…</source>
        <translation>Posponer hasta…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Snooze choices</source>
        <translation>Opciones para posponer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Snooze until a typed time</source>
        <translation>Posponer hasta una hora escrita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or type a time: tue 14:30, in 3h, dec 5…</source>
        <translation>O escribe una hora: martes 14:30, en 3h, 5 dic…</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n items</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Keys 1–6 choose · Tab to type · Esc closes</source>
        <translation>Teclas 1–6: elegir · Tab: escribir · Esc: cerrar</translation>
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
        <translation>hoy %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow %1</source>
        <translation>mañana %1</translation>
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
        <translation>vuelve %1</translation>
    </message>
</context>
<context>
    <name>fi::SourceEditors</name>
    <message>
        <location filename="../views/sources/imap/imapeditor.cpp" line="+47"/>
        <source>Add &amp;IMAP account…</source>
        <translation>Agregar cuenta &amp;IMAP…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a mail account on an IMAP server</source>
        <translation>Agregar una cuenta de correo en un servidor IMAP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit account…</source>
        <translation>Editar cuenta…</translation>
    </message>
    <message>
        <location filename="../views/sources/maildir/maildireditor.cpp" line="+104"/>
        <source>&amp;Add Maildir…</source>
        <translation>&amp;Agregar Maildir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a Maildir folder on this computer</source>
        <translation>Agregar una carpeta Maildir de este equipo</translation>
    </message>
    <message>
        <location filename="../views/sources/feed/feededitor.cpp" line="+14"/>
        <source>Add &amp;feed…</source>
        <translation>Agregar &amp;feed…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow an RSS, Atom or JSON feed, or a web page that announces one</source>
        <translation>Seguir un feed RSS, Atom o JSON, o una página web que anuncie uno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit feed…</source>
        <translation>Editar feed…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import feeds from &amp;OPML…</source>
        <translation>Importar feeds desde &amp;OPML…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the feeds listed in an OPML file from another feed reader</source>
        <translation>Agregar los feeds de un archivo OPML de otro lector de feeds</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;xport feeds as OPML…</source>
        <translation>E&amp;xportar feeds como OPML…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the list of feeds as an OPML file for other feed readers</source>
        <translation>Guardar la lista de feeds como un archivo OPML para otros lectores de feeds</translation>
    </message>
    <message>
        <location filename="../views/sources/github/githubeditor.cpp" line="+12"/>
        <source>Add &amp;GitHub account…</source>
        <translation>Agregar cuenta de &amp;GitHub…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the notifications of a GitHub or GitHub Enterprise Server account</source>
        <translation>Seguir las notificaciones de una cuenta de GitHub o GitHub Enterprise Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit GitHub account…</source>
        <translation>Editar cuenta de GitHub…</translation>
    </message>
    <message>
        <location filename="../views/sources/webhook/webhookeditor.cpp" line="+12"/>
        <source>Add &amp;webhook…</source>
        <translation>Agregar &amp;webhook…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let scripts, CI and monitoring push items to Focus Inbox over a local HTTP endpoint</source>
        <translation>Permitir que scripts, CI y herramientas de monitoreo envíen elementos a Focus Inbox mediante un punto de conexión HTTP local</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Webhook settings…</source>
        <translation>Configuración del webhook…</translation>
    </message>
</context>
<context>
    <name>fi::SourceKind</name>
    <message>
        <location filename="../models/sources/imap/imapkind.cpp" line="+44"/>
        <source>IMAP account</source>
        <translation>cuenta IMAP</translation>
    </message>
    <message>
        <location filename="../models/sources/maildir/maildirkind.cpp" line="+56"/>
        <source>Maildir folder</source>
        <translation>carpeta Maildir</translation>
    </message>
    <message>
        <location filename="../models/sources/feed/feedkind.cpp" line="+43"/>
        <source>Feed (RSS, Atom, JSON Feed)</source>
        <translation>feed (RSS, Atom, JSON Feed)</translation>
    </message>
    <message>
        <location filename="../models/sources/github/githubkind.cpp" line="+115"/>
        <source>GitHub notifications</source>
        <translation>notificaciones de GitHub</translation>
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
        <translation>Fuentes</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Listen again</source>
        <translation>Volver a escuchar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Screen new senders</source>
        <translation>Filtrar remitentes nuevos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mail from senders never seen before waits in New senders until you decide</source>
        <translation>El correo de remitentes que nunca se vieron antes espera en Remitentes nuevos hasta que decidas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove source…</source>
        <translation>Quitar fuente…</translation>
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
        <translation>Sincronizado hace un momento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synced %1 ago</source>
        <translation>Sincronizado hace %1</translation>
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
        <translation>Requiere atención</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not listening · retrying in %1</source>
        <translation>Sin escuchar · reintento en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline · retrying in %1</source>
        <translation>Sin conexión · reintento en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync failed</source>
        <translation>Error al sincronizar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Up to date · instant</source>
        <translation>Al día · instantáneo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting to sync</source>
        <translation>Esperando para sincronizar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fix the source&apos;s settings (Edit… in its context menu), then choose Sync now.</source>
        <translation>Corrige la configuración de la fuente (Editar… en su menú contextual) y luego elige Sincronizar ahora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempt %1 failed; trying again in %2.</source>
        <translation>Falló el intento %1; se volverá a intentar en %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last synced %1.</source>
        <translation>Última sincronización: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New mail arrives as soon as the server reports it (IMAP IDLE).</source>
        <translation>El correo nuevo llega en cuanto el servidor lo notifica (IMAP IDLE).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next check in %1.</source>
        <translation>Próxima comprobación en %1.</translation>
    </message>
</context>
<context>
    <name>fi::SourcesFeature</name>
    <message numerus="yes">
        <location filename="../app/sources/sourcesfeature.cpp" line="+45"/>
        <source>Could not update “%1” (%2); %n change(s) will be sent later.</source>
        <translation>
            <numerusform>No se pudo actualizar “%1” (%2); %n cambio se enviará más tarde.</numerusform>
            <numerusform>No se pudo actualizar “%1” (%2); %n cambios se enviarán más tarde.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Remove source</source>
        <translation>Quitar fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%1” and its items from Focus Inbox?

Nothing is deleted on the server or on disk; you can add the source again later.</source>
        <translation>¿Quitar “%1” y sus elementos de Focus Inbox?

No se elimina nada en el servidor ni en el disco; puedes volver a agregar la fuente más tarde.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Removed “%1”.</source>
        <translation>Se quitó “%1”.</translation>
    </message>
</context>
<context>
    <name>fi::StoreWriter</name>
    <message>
        <location filename="../models/storage/storewriter.cpp" line="+21"/>
        <source>The disk is full (%1).</source>
        <translation>El disco está lleno (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database file cannot be written; the disk may be full or failing (%1).</source>
        <translation>No se puede escribir el archivo de la base de datos; puede que el disco esté lleno o con fallos (%1).</translation>
    </message>
</context>
<context>
    <name>fi::SyncManager</name>
    <message>
        <location filename="../models/sync/syncmanager.cpp" line="+131"/>
        <source>The source &quot;%1&quot; is disabled.</source>
        <translation>La fuente &quot;%1&quot; está desactivada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The source no longer exists.</source>
        <translation>La fuente ya no existe.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The store did not take the items.</source>
        <translation>El almacenamiento no aceptó los elementos.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unknown source kind &quot;%1&quot;</source>
        <translation>Tipo de fuente desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Could not store a batch: %1</source>
        <translation>No se pudo guardar un lote: %1</translation>
    </message>
</context>
<context>
    <name>fi::SyncScheduler</name>
    <message>
        <location filename="../models/sync/syncscheduler.cpp" line="+224"/>
        <source>This source cannot listen with its settings.</source>
        <translation>Esta fuente no puede escuchar con su configuración.</translation>
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
        <translation>Ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Async</source>
        <translation>Asíncrono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
</context>
<context>
    <name>fi::TierSidebar</name>
    <message>
        <location filename="../views/tiersidebar.cpp" line="+123"/>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inbox views</source>
        <translation>Vistas de la bandeja de entrada</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+8"/>
        <source>Saved searches</source>
        <translation>Búsquedas guardadas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Show results</source>
        <translation>Mostrar resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete saved search</source>
        <translation>Eliminar búsqueda guardada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Add a source</source>
        <translation>Agregar una fuente</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Sample workspace&lt;/b&gt;&lt;br&gt;These items are samples. Add an IMAP account or a Maildir from the File menu to see your own mail.</source>
        <translation>&lt;b&gt;Espacio de trabajo de ejemplo&lt;/b&gt;&lt;br&gt;Estos elementos son ejemplos. Agrega una cuenta IMAP o un Maildir desde el menú Archivo para ver tu propio correo.</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>%1, 1 item</source>
        <translation>%1, 1 elemento</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+38"/>
        <source>%1, %2 items</source>
        <translation>%1, %2 elementos</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 — 1 open item</source>
        <translation>%1 — 1 elemento abierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 open items</source>
        <translation>%1 — %2 elementos abiertos</translation>
    </message>
</context>
<context>
    <name>fi::TrayIcon</name>
    <message>
        <location filename="../app/trayicon.cpp" line="+20"/>
        <source>Open Focus Inbox</source>
        <translation>Abrir Focus Inbox</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Start focus %n min</source>
        <translation>
            <numerusform>Iniciar enfoque %n min</numerusform>
            <numerusform>Iniciar enfoque %n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End focus</source>
        <translation>Terminar enfoque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message numerus="yes">
        <location line="+82"/>
        <source>Focus Inbox — %n in Now</source>
        <translation>
            <numerusform>Focus Inbox — %n en Ahora</numerusform>
            <numerusform>Focus Inbox — %n en Ahora</numerusform>
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
        <translation>Modo enfoque hasta las %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n held</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n vencido</numerusform>
            <numerusform>%n vencidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fi::TraySession</name>
    <message>
        <location filename="../app/session/traysession.cpp" line="+62"/>
        <source>Focus Inbox is still running</source>
        <translation>Focus Inbox sigue en ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It keeps syncing and guarding your focus from the tray. To quit, choose Quit in the tray menu or File ▸ Quit.</source>
        <translation>Sigue sincronizando y protegiendo tu enfoque desde la bandeja del sistema. Para salir, elige Salir en el menú de la bandeja o Archivo ▸ Salir.</translation>
    </message>
</context>
<context>
    <name>fi::Triage</name>
    <message>
        <location filename="../models/triage/triageapply.cpp" line="+80"/>
        <source>the running Focus Inbox gave no answer to the request</source>
        <translation>el Focus Inbox en ejecución no respondió a la solicitud</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>not a triage request with item ids</source>
        <translation>no es una solicitud de clasificación con ids de elementos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the tier must be 1, 2 or 3</source>
        <translation>el nivel debe ser 1, 2 o 3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the snooze time has passed already</source>
        <translation>la hora de la posposición ya pasó</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no such item: %1 (nothing was changed)</source>
        <translation>no existe el elemento: %1 (no se cambió nada)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the database refused the change (see the log)</source>
        <translation>la base de datos rechazó el cambio (consulta el registro)</translation>
    </message>
</context>
<context>
    <name>fi::TriagePage</name>
    <message>
        <location filename="../views/settings/triagepage.cpp" line="+14"/>
        <source>After an action</source>
        <translation>Después de una acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the &amp;next item (below)</source>
        <translation>Seleccionar el elemento &amp;siguiente (abajo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select the &amp;previous item (above)</source>
        <translation>Seleccionar el elemento &amp;anterior (arriba)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Done, snooze, a tier, read/unread and flag move the selection on by themselves, so triage never needs a second key. At the end of the list the other neighbour is selected.</source>
        <translation>Hecho, posponer, un nivel, leído/no leído y destacar mueven la selección por sí solos, así que la clasificación nunca necesita una segunda tecla. Al final de la lista se selecciona el vecino del otro lado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group messages into &amp;conversations</source>
        <translation>Agrupar los mensajes en &amp;conversaciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per conversation, with one deadline: a reply of yours meets every message before it. Done, snooze and a tier act on the whole conversation.</source>
        <translation>Una fila por conversación, con un solo plazo: una respuesta suya cumple con todos los mensajes anteriores. Hecho, posponer y un nivel actúan sobre toda la conversación.</translation>
    </message>
</context>
<context>
    <name>fi::WeekGrid</name>
    <message>
        <location filename="../views/settings/focus/weekgrid.cpp" line="+52"/>
        <source>Weekly focus schedule</source>
        <translation>Horario semanal de enfoque</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+255"/>
        <source>No focus blocks</source>
        <translation>Sin bloques de enfoque</translation>
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
        <translation>Eliminar bloque</translation>
    </message>
</context>
<context>
    <name>fi::WorkingHours</name>
    <message>
        <location filename="../models/deadlines/holidayimport.cpp" line="+180"/>
        <source>Cannot read holiday calendar %1: %2</source>
        <translation>No se puede leer el calendario de feriados %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>%1 is too large for a holiday calendar (more than %2 MiB).</source>
        <translation>%1 es demasiado grande para un calendario de feriados (más de %2 MiB).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not an iCalendar file (no BEGIN:VCALENDAR).</source>
        <translation>%1 no es un archivo iCalendar (falta BEGIN:VCALENDAR).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 nests calendar components more than %2 deep.</source>
        <translation>%1 anida componentes de calendario en más de %2 niveles de profundidad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be parsed as iCalendar.</source>
        <translation>No se pudo interpretar %1 como iCalendar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has too many holidays or recurrences to import (more than %2 events, %3 dates or %4 seconds of work).</source>
        <translation>%1 tiene demasiados feriados o repeticiones para importar (más de %2 eventos, %3 fechas o %4 segundos de procesamiento).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 contains no VCALENDAR.</source>
        <translation>%1 no contiene ningún VCALENDAR.</translation>
    </message>
    <message>
        <location filename="../models/deadlines/workinghours.cpp" line="+52"/>
        <source>invalid weekday.</source>
        <translation>día de la semana no válido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>interval %1 is empty or outside 00:00–24:00.</source>
        <translation>el intervalo %1 está vacío o fuera de 00:00–24:00.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interval %1 is not in 15-minute steps.</source>
        <translation>el intervalo %1 no va en pasos de 15 minutos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>intervals %1 and %2 overlap.</source>
        <translation>los intervalos %1 y %2 se superponen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not an interval like &quot;09:00-17:00&quot;.</source>
        <translation>&quot;%1&quot; no es un intervalo como &quot;09:00-17:00&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a valid time range.</source>
        <translation>&quot;%1&quot; no es un rango horario válido.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; ends before it starts (split overnight shifts into two days).</source>
        <translation>&quot;%1&quot; termina antes de empezar (divide los turnos nocturnos en dos días).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not in 15-minute steps.</source>
        <translation>&quot;%1&quot; no va en pasos de 15 minutos.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Working hours: %1</source>
        <translation>Horario laboral: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown key &quot;%1&quot; ignored.</source>
        <translation>se ignoró la clave desconocida &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown time zone &quot;%1&quot;; using %2.</source>
        <translation>zona horaria desconocida &quot;%1&quot;; se usa %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;week&quot; must be an object keyed by &quot;mon&quot; … &quot;sun&quot;; keeping Mon–Fri 09:00–17:00.</source>
        <translation>&quot;week&quot; debe ser un objeto con claves &quot;mon&quot; … &quot;sun&quot;; se mantiene lun–vie 09:00–17:00.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown weekday &quot;%1&quot; ignored (use mon, tue, wed, thu, fri, sat, sun).</source>
        <translation>se ignoró el día de la semana desconocido &quot;%1&quot; (usa mon, tue, wed, thu, fri, sat, sun).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; must be a list like [&quot;09:00-17:00&quot;].</source>
        <translation>&quot;%1&quot; debe ser una lista como [&quot;09:00-17:00&quot;].</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 No working time on that day.</source>
        <translation>%1: %2 Sin horario laboral ese día.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;holidays&quot; must be a list of dates like &quot;2026-12-25&quot;.</source>
        <translation>&quot;holidays&quot; debe ser una lista de fechas como &quot;2026-12-25&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>holiday &quot;%1&quot; is not a date like 2026-12-25.</source>
        <translation>el feriado &quot;%1&quot; no es una fecha como 2026-12-25.</translation>
    </message>
</context>
<context>
    <name>fi::WorkingHoursEditor</name>
    <message>
        <location filename="../views/settings/workinghourseditor.cpp" line="+33"/>
        <source>not working</source>
        <translation>no laborable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intervals in 15-minute steps, e.g. 09:00-12:00, 13:00-17:00</source>
        <translation>Intervalos en pasos de 15 minutos, p. ej., 09:00-12:00, 13:00-17:00</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
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
        <translation>Archivos iCalendar (*.ics);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read holiday calendar %1: it does not exist.</source>
        <translation>No se puede leer el calendario de feriados %1: no existe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 no es un archivo normal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is too large for a holiday calendar (%2 MB; at most %3 MB).</source>
        <translation>%1 es demasiado grande para un calendario de feriados (%2 MB; máximo %3 MB).</translation>
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
            <numerusform>Se importó %n feriado nuevo.</numerusform>
            <numerusform>Se importaron %n feriados nuevos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fi::autostart</name>
    <message>
        <location filename="../models/config/autostart.cpp" line="+101"/>
        <source>The program&apos;s path %1 cannot be started at login.</source>
        <translation>La ruta del programa %1 no se puede iniciar al iniciar sesión.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not remove %1: %2</source>
        <translation>No se pudo eliminar %1: %2</translation>
    </message>
</context>
<context>
    <name>fi::buildinfo</name>
    <message>
        <location filename="../models/config/buildinfo.cpp" line="+31"/>
        <source>Focus Inbox %1 (revision %2, portable build)</source>
        <translation>Focus Inbox %1 (revisión %2, compilación portable)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Focus Inbox %1 (revision %2)</source>
        <translation>Focus Inbox %1 (revisión %2)</translation>
    </message>
</context>
<context>
    <name>fi::cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="+101"/>
        <source>Keep database, config and logs in &lt;dir&gt;.</source>
        <translation>Guardar la base de datos, la configuración y los registros en &lt;dir&gt;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name of a new source.</source>
        <translation>Nombre de una fuente nueva.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your own address in a new source (repeatable): mail to it is &quot;addressed to me&quot;.</source>
        <translation>Tu propia dirección en una fuente nueva (se puede repetir): el correo enviado a ella está &quot;dirigido a mí&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print JSON lines.</source>
        <translation>Mostrar líneas JSON.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only items of tier &lt;n&gt; (1, 2 or 3).</source>
        <translation>Solo elementos del nivel &lt;n&gt; (1, 2 o 3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open (default), done, snoozed or all.</source>
        <translation>open (predeterminado), done, snoozed o all.</translation>
    </message>
    <message>
        <location filename="../app/cli/imapcommand.cpp" line="+103"/>
        <source>IMAP folder to watch (repeatable).</source>
        <translation>Carpeta IMAP que se vigilará (se puede repetir).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tls, starttls or none.</source>
        <translation>tls, starttls o none.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust this SHA-256 certificate fingerprint for the account.</source>
        <translation>Confiar en esta huella digital SHA-256 del certificado para la cuenta.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="-85"/>
        <source>Focus Inbox — a tiered inbox with response deadlines that guards deep work.

Without a command, opens the window. Commands:
</source>
        <translation>Focus Inbox — una bandeja de entrada por niveles, con plazos de respuesta, que protege tu concentración.

Sin un comando, abre la ventana. Comandos:
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
        <translation>  sources list                           lista las fuentes configuradas
  sync                                   sincroniza todas las fuentes una vez (resumen en stdout)
  list --json [--tier N] [--state S]     muestra los elementos, un objeto JSON por línea
  list --json --conversations [--tier N] [--state S]
                                         un objeto por conversación con un elemento de la
                                         consulta: {conversation, subject, count, tier, due,
                                         deadline_state, state, item_ids}
  search QUERY... [--json] [--limit N]   busca elementos como el campo de búsqueda (todos los niveles
                                         y estados, mejor coincidencia primero): palabras, &quot;frases&quot;,
                                         -palabra, OR, from: to: source: kind: tier: is: before: after:;
                                         una consulta que el analizador debe corregir sale con código 2;
                                         search -- -palabra … cuando la consulta empieza con &apos;-&apos;
  open ID                                muestra en la ventana el elemento ID (el &quot;id&quot; de
                                         list --json) seleccionado y la trae al frente; inicia
                                         Focus Inbox si no está en ejecución. Código 4: no hay
                                         ningún elemento con ese id
  focus start [--minutes N] | stop | extend N | status [--json]
                                         sesión de enfoque de la instancia en ejecución
  due --received ISO8601 --tier N [--policy NAME]
                                         muestra el plazo (ISO 8601 UTC o none)
  push --title T [--body B|-] [--url U] [--sender S] [--tier 1|2|3] [--due ISO]
       [--remote-id ID] [--source NAME] [--json]
                                         agrega un elemento a una fuente webhook (a través de
                                         la instancia en ejecución o, si no, de la base de datos);
                                         el mismo --remote-id otra vez actualiza ese elemento
  rules preview [--json] [--include-manual]
                                         los elementos guardados que las reglas de config.json
                                         moverían a otro nivel (no cambia nada); --json: un
                                         objeto por línea {id, subject, from_tier, to_tier, rule}
  rules apply [--json] [--include-manual] los mueve (en un lote que se puede deshacer; los
                                         elementos que moviste a mano se quedan, salvo con
                                         --include-manual)
  rules undo [BATCH]                     devuelve los elementos de un lote (predeterminado: el último)
  stats [--json] [--since DATE] [--until DATE] [--tier N] [--source NAME] [--kind KIND]
                                         tiempos de respuesta, plazos cumplidos, tiempo de enfoque
                                         y llegadas (predeterminado: los últimos 30 días; una DATE
                                         es YYYY-MM-DD, con el día de --until incluido, o ISO 8601)

Clasificación (ID = el &quot;id&quot; de list --json, o una &quot;conversation&quot; (c12) para todos sus
elementos; varios a la vez o separados por comas):
  done ID...                             marca elementos como hechos
  reopen ID...                           reabre elementos hechos o pospuestos
  seen ID... | unseen ID...              marca elementos como leídos o no leídos
  tier ID... 1|2|3                       mueve elementos a Referencia (1), Asíncrono (2) o Ahora (3)
                                         (o: tier ID... --tier N)
  snooze ID... --until ISO|PHRASE        pospone hasta una hora: 2026-12-05T09:00, &quot;mañana&quot;,
                                         &quot;martes 14:30&quot;, &quot;en 3h&quot; (en, es, pt_BR)
  Estos comandos pasan por el Focus Inbox en ejecución, si lo hay (su ventana se actualiza
  al instante); si no, van directo a la base de datos. En ambos casos, la fuente los recibe
  como una clasificación hecha en la ventana (IMAP: done marca \Seen y mueve el mensaje a la
  carpeta de archivo, si hay una configurada; seen/unseen marcan o quitan \Seen).
  --json muestra después cada elemento (como list --json) con &quot;changed&quot;: true o false.
  Códigos de salida: 0 hecho, 1 la instancia en ejecución no respondió, 2 error de uso,
  3 error de almacenamiento, 4 no hay ningún elemento con ese id (no se cambió nada).

Ejemplos:
  focusinbox list --json --tier 3
  focusinbox search from:ana is:open --json --limit 20
  focusinbox done 12 17
  focusinbox tier 12 3
  focusinbox snooze 12,17 --until &quot;mañana 09:00&quot; --json
  focusinbox open 12</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Open the app hidden in the tray (no command).</source>
        <translation>Abrir la aplicación oculta en la bandeja del sistema (sin comando).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>list: one line per conversation instead of one per item.</source>
        <translation>list: una línea por conversación en lugar de una por elemento.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>At most &lt;n&gt; results (search).</source>
        <translation>Como máximo &lt;n&gt; resultados (search).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Length of a focus session.</source>
        <translation>Duración de una sesión de enfoque.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received time for due (ISO 8601).</source>
        <translation>Hora de recepción para due (ISO 8601).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response policy name for due.</source>
        <translation>Nombre de la política de respuesta para due.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title of a pushed item.</source>
        <translation>Título del elemento enviado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plain-text body of a pushed item (- reads standard input).</source>
        <translation>Cuerpo en texto sin formato del elemento enviado (- lee la entrada estándar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web address of a pushed item.</source>
        <translation>Dirección web del elemento enviado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender of a pushed item.</source>
        <translation>Remitente del elemento enviado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Response deadline of a pushed item (ISO 8601).</source>
        <translation>Plazo de respuesta del elemento enviado (ISO 8601).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Id of a pushed item: pushing it again updates it.</source>
        <translation>Id del elemento enviado: si se vuelve a enviar, se actualiza.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Webhook source of a pushed item (its name).</source>
        <translation>Fuente webhook del elemento enviado (su nombre).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rules preview|apply: also re-tier items moved by hand.</source>
        <translation>rules preview|apply: también cambiar de nivel los elementos movidos a mano.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wake time for snooze: ISO 8601 or a phrase (&quot;tomorrow 09:00&quot;); end of the period for stats (a date is included).</source>
        <translation>Hora de regreso para snooze: ISO 8601 o una frase (&quot;mañana 09:00&quot;); fin del período para stats (si es una fecha, ese día se incluye).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start of the period for stats (YYYY-MM-DD or ISO 8601).</source>
        <translation>Inicio del período para stats (YYYY-MM-DD o ISO 8601).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only sources of this kind (stats), e.g. imap, feed.</source>
        <translation>Solo fuentes de este tipo (stats), p. ej., imap, feed.</translation>
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
        <translation>no se indicó ningún comando.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>comando desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>config: %1</source>
        <translation>configuración: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/duecommand.cpp" line="+38"/>
        <source>due needs --received &lt;ISO 8601 time&gt; and --tier &lt;1|2|3&gt;</source>
        <translation>due necesita --received &lt;hora ISO 8601&gt; y --tier &lt;1|2|3&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--received: &quot;%1&quot; is not an ISO 8601 date-time (e.g. 2026-03-27T16:30:00Z)</source>
        <translation>--received: &quot;%1&quot; no es una fecha y hora ISO 8601 (p. ej., 2026-03-27T16:30:00Z)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/listcommand.cpp" line="+32"/>
        <location filename="../app/cli/statscommand.cpp" line="+82"/>
        <source>--tier must be 1, 2 or 3</source>
        <translation>--tier debe ser 1, 2 o 3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--policy: unknown policy &quot;%1&quot; (known: %2)</source>
        <translation>--policy: política desconocida &quot;%1&quot; (conocidas: %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/focuscommand.cpp" line="+71"/>
        <source>usage: focus start [--minutes N] | stop | extend N | status [--json]</source>
        <translation>uso: focus start [--minutes N] | stop | extend N | status [--json]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>minutes must be a number from 1 to 1440</source>
        <translation>los minutos deben ser un número del 1 al 1440</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Focus Inbox is running for this data directory but did not answer (still starting?); try again.</source>
        <translation>Focus Inbox se está ejecutando con este directorio de datos, pero no respondió (¿todavía se está iniciando?); inténtalo de nuevo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Focusing until %1 (%2 min left).</source>
        <translation>Sesión de enfoque hasta las %1 (quedan %2 min).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not focusing.</source>
        <translation>No hay ninguna sesión de enfoque activa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(Focus Inbox is not running; it will honour this when it starts.)</source>
        <translation>(Focus Inbox no se está ejecutando; lo aplicará al iniciarse).</translation>
    </message>
    <message>
        <location filename="../app/cli/imapcommand.cpp" line="-71"/>
        <source>--security must be tls, starttls or none</source>
        <translation>--security debe ser tls, starttls o none</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No password: pipe it on standard input, or store it in the keychain first (%1)</source>
        <translation>Falta la contraseña: pásala por la entrada estándar o guárdala antes en el llavero (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommand.cpp" line="+49"/>
        <source>HTTP status %1</source>
        <translation>estado HTTP %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+40"/>
        <source>Cannot add the feed: %1</source>
        <translation>No se puede agregar el feed: %1</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>--interval must be a whole number of minutes, at least %1</source>
        <translation>--interval debe ser un número entero de minutos, de al menos %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../app/cli/imapcommand.cpp" line="+9"/>
        <source>Cannot use %1: %2</source>
        <translation>No se puede usar %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a web page; it announces the feed %2</source>
        <translation>%1 es una página web; anuncia el feed %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Cannot import %1: %2</source>
        <translation>No se puede importar %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Feeds imported from %1: %2 added, %3 skipped (already added, listed twice or invalid).</source>
        <translation>Feeds importados desde %1: %2 agregados, %3 omitidos (ya agregados, repetidos en la lista o no válidos).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Focus Inbox feeds</source>
        <translation>Feeds de Focus Inbox</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feeds exported to %1: %2.</source>
        <translation>Feeds exportados a %1: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>URL [--name N] [--interval MINUTES]</source>
        <translation>URL [--name N] [--interval MINUTES]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add an RSS, Atom or JSON feed (http, https or file URL)</source>
        <translation>agrega un feed RSS, Atom o JSON (URL http, https o file)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes between refreshes of a new feed (at least 5; default 30).</source>
        <translation>Minutos entre actualizaciones de un feed nuevo (al menos 5; predeterminado 30).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add the feeds of an OPML file (folders become categories)</source>
        <translation>agrega los feeds de un archivo OPML (las carpetas se convierten en categorías)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>[FILE]</source>
        <translation>[FILE]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the feeds as OPML 2.0 to FILE or standard output</source>
        <translation>escribe los feeds como OPML 2.0 en FILE o en la salida estándar</translation>
    </message>
    <message>
        <location filename="../app/cli/imapcommand.cpp" line="+2"/>
        <source>To trust this certificate for this account: --trust-fingerprint %1</source>
        <translation>Para confiar en este certificado para esta cuenta: --trust-fingerprint %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No such folder on %1: %2. The server has: %3</source>
        <translation>No existe esa carpeta en %1: %2. El servidor tiene: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not store the password in the system keychain: %1</source>
        <translation>No se pudo guardar la contraseña en el llavero del sistema: %1</translation>
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
        <translation>agrega una cuenta IMAP (contraseña por la entrada estándar o en el llavero)</translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommand.cpp" line="-109"/>
        <location filename="../app/cli/githubcommand.cpp" line="+52"/>
        <location filename="../app/cli/sourcescommand.cpp" line="+20"/>
        <source>Already added as source %1 (%2)</source>
        <translation>Ya se agregó como fuente %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcescommand.cpp" line="+6"/>
        <source>Could not save the source</source>
        <translation>No se pudo guardar la fuente</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/webhookcommand.cpp" line="+70"/>
        <source>Added source %1: %2 (%3)</source>
        <translation>Fuente %1 agregada: %2 (%3)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>usage: focusinbox sources %1</source>
        <translation>uso: focusinbox sources %1</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="-7"/>
        <source>--state must be open, done, snoozed or all</source>
        <translation>--state debe ser open, done, snoozed o all</translation>
    </message>
    <message>
        <location filename="../app/cli/maildircommand.cpp" line="+21"/>
        <source>Not a Maildir (no cur/ directory): %1</source>
        <translation>No es un Maildir (no hay directorio cur/): %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PATH [--name N] [--address A]</source>
        <translation>PATH [--name N] [--address A]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a Maildir source</source>
        <translation>agrega una fuente Maildir</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcescommand.cpp" line="-13"/>
        <source>known source kinds: %1</source>
        <translation>tipos de fuente conocidos: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="+19"/>
        <source>%1: %2/%3</source>
        <translation>%1: %2/%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>failed: %1: %2</source>
        <translation>error: %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: sync failed: %2</source>
        <translation>%1: error al sincronizar: %2</translation>
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
        <translation>no es un comando open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>usage: open ID (one item id, the &quot;id&quot; of list --json)</source>
        <translation>uso: open ID (un id de elemento, el &quot;id&quot; de list --json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/triagecommand.cpp" line="+51"/>
        <source>&quot;%1&quot; is not an item id (the &quot;id&quot; of list --json)</source>
        <translation>&quot;%1&quot; no es un id de elemento (el &quot;id&quot; de list --json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the window could not be opened</source>
        <translation>no se pudo abrir la ventana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open: %1</source>
        <translation>open: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/triagecommand.cpp" line="+7"/>
        <source>no item id given</source>
        <translation>no se indicó ningún id de elemento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at most %1 item ids at a time</source>
        <translation>como máximo %1 ids de elementos a la vez</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+18"/>
        <source>--until: %1 has passed already</source>
        <translation>--until: %1 ya pasó</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>--until: &quot;%1&quot;: %2 (or give an ISO 8601 date-time, e.g. 2026-12-05T09:00)</source>
        <translation>--until: &quot;%1&quot;: %2 (o indica una fecha y hora ISO 8601, p. ej., 2026-12-05T09:00)</translation>
    </message>
    <message>
        <location filename="../app/cli/instanceroute.cpp" line="+41"/>
        <source>Focus Inbox is running for this data directory but did not answer in time; the change may not have been made. Check with list --json, or run the command again.</source>
        <translation>Focus Inbox se está ejecutando con este directorio de datos, pero no respondió a tiempo; es posible que el cambio no se haya hecho. Compruébalo con list --json o vuelve a ejecutar el comando.</translation>
    </message>
    <message>
        <location filename="../app/cli/triagecommand.cpp" line="-88"/>
        <source>no conversation with the id %1</source>
        <translation>no hay ninguna conversación con el id %1</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Marked done: %1</source>
        <translation>Marcados como hechos: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopened: %1</source>
        <translation>Reabiertos: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marked read: %1</source>
        <translation>Marcados como leídos: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marked unread: %1</source>
        <translation>Marcados como no leídos: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved to %1: %2</source>
        <translation>Movidos a %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snoozed until %1: %2</source>
        <translation>Pospuestos hasta %1: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>usage: tier ID... 1|2|3 (the tier comes last: 1 Reference, 2 Async, 3 Now)</source>
        <translation>uso: tier ID... 1|2|3 (el nivel va al final: 1 Referencia, 2 Asíncrono, 3 Ahora)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: snooze ID... --until ISO|PHRASE</source>
        <translation>uso: snooze ID... --until ISO|PHRASE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--until belongs to snooze, not to %1</source>
        <translation>--until corresponde a snooze, no a %1</translation>
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
        <translation>(ya estaban así: %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/searchcommand.cpp" line="+23"/>
        <source>search needs a query, e.g. focusinbox search from:ana is:open</source>
        <translation>search necesita una consulta, p. ej., focusinbox search from:ana is:open</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--limit must be a positive number</source>
        <translation>--limit debe ser un número positivo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>focusinbox: search: %1</source>
        <translation>focusinbox: search: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/githubcommand.cpp" line="-28"/>
        <source>Cannot add GitHub: %1</source>
        <translation>No se puede agregar GitHub: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No token: pipe a GitHub personal access token (classic, with the &quot;notifications&quot; scope) on standard input.</source>
        <translation>Falta el token: pasa por la entrada estándar un token de acceso personal de GitHub (classic, con el ámbito &quot;notifications&quot;).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the answer to GET /user has no login</source>
        <translation>la respuesta a GET /user no incluye el nombre de usuario (login)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot use this token at %1: %2</source>
        <translation>No se puede usar este token en %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not store the token in the system keychain: %1</source>
        <translation>No se pudo guardar el token en el llavero del sistema: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>[--base-url https://HOST/api/v3] [--name N]  (token on stdin)</source>
        <translation>[--base-url https://HOST/api/v3] [--name N]  (token por la entrada estándar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add GitHub notifications (personal access token on stdin)</source>
        <translation>agrega notificaciones de GitHub (token de acceso personal por la entrada estándar)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GitHub API address (default https://api.github.com; GitHub Enterprise Server: https://HOST/api/v3).</source>
        <translation>Dirección de la API de GitHub (predeterminada: https://api.github.com; GitHub Enterprise Server: https://HOST/api/v3).</translation>
    </message>
    <message>
        <location filename="../app/cli/pushcommand.cpp" line="+50"/>
        <source>usage: push --title T [--body B|-] [--url U] [--sender S] [--tier 1|2|3] [--due ISO] [--remote-id ID] [--source NAME] [--json]</source>
        <translation>uso: push --title T [--body B|-] [--url U] [--sender S] [--tier 1|2|3] [--due ISO] [--remote-id ID] [--source NAME] [--json]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>push: cannot read the body from standard input</source>
        <translation>push: no se puede leer el cuerpo desde la entrada estándar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>push: --body is longer than %1 characters; send larger bodies with POST /items</source>
        <translation>push: --body tiene más de %1 caracteres; envía cuerpos más grandes con POST /items</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>push: --tier must be 1 (Reference), 2 (Async) or 3 (Now)</source>
        <translation>push: --tier debe ser 1 (Referencia), 2 (Asíncrono) o 3 (Ahora)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>push: --due must be an ISO 8601 date-time, e.g. 2026-12-05T17:00 (read in your working-hours time zone) or 2026-12-05T17:00:00Z</source>
        <translation>push: --due debe ser una fecha y hora ISO 8601, p. ej., 2026-12-05T17:00 (se interpreta en la zona horaria de tu horario laboral) o 2026-12-05T17:00:00Z</translation>
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
        <translation>push: argumento inesperado &quot;%1&quot; (indica el título con --title)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Pushed item %1 to %2</source>
        <translation>Elemento %1 enviado a %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated item %1 in %2</source>
        <translation>Elemento %1 actualizado en %2</translation>
    </message>
    <message>
        <location filename="../app/cli/webhookcommand.cpp" line="-42"/>
        <source>Endpoint: %1</source>
        <translation>Punto de conexión: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token: %1</source>
        <translation>Token: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try it:</source>
        <translation>Pruébalo:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--port must be a number from 1024 to 65535</source>
        <translation>--port debe ser un número de 1024 a 65535</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Port %1 is already used by source %2 (%3); choose another with --port</source>
        <translation>El puerto %1 ya lo usa la fuente %2 (%3); elige otro con --port</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Webhook source %1 is already named &quot;%2&quot;; choose another name with --name</source>
        <translation>La fuente webhook %1 ya se llama &quot;%2&quot;; elige otro nombre con --name</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No webhook source has the id or name &quot;%1&quot; (see sources list)</source>
        <translation>Ninguna fuente webhook tiene el id o el nombre &quot;%1&quot; (consulta sources list)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 webhook sources are named &quot;%2&quot;; give the id instead (see sources list)</source>
        <translation>Hay %1 fuentes webhook llamadas &quot;%2&quot;; indica el id (ver sources list)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not read the token from the system keychain: %1 (replace it with --rotate)</source>
        <translation>No se pudo leer el token del llavero del sistema: %1 (reemplázalo con --rotate)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>[--port N] [--name N] [--json]</source>
        <translation>[--port N] [--name N] [--json]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a local webhook on 127.0.0.1 (prints its token)</source>
        <translation>agrega un webhook local en 127.0.0.1 (muestra su token)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port of a new webhook on 127.0.0.1 (default 8765).</source>
        <translation>Puerto de un webhook nuevo en 127.0.0.1 (predeterminado 8765).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the webhook&apos;s token (webhook-token).</source>
        <translation>Reemplazar el token del webhook (webhook-token).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NAME|ID [--rotate] [--json]</source>
        <translation>NAME|ID [--rotate] [--json]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print a webhook&apos;s token, or replace it with --rotate</source>
        <translation>muestra el token de un webhook o lo reemplaza con --rotate</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="+26"/>
        <source>rules: config.json has rules that do not load (listed above); fix them first</source>
        <translation>rules: config.json tiene reglas que no se cargan (listadas arriba); corrígelas primero</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n item(s) would move to another tier</source>
        <translation>
            <numerusform>%n elemento se movería a otro nivel</numerusform>
            <numerusform>%n elementos se moverían a otro nivel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n more would only change rule or deadline)</source>
        <translation>
            <numerusform>(%n más solo cambiaría de regla o plazo)</numerusform>
            <numerusform>(%n más solo cambiarían de regla o plazo)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing was changed. Apply with: focusinbox rules apply</source>
        <translation>no se cambió nada. Aplica con: focusinbox rules apply</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>rules: %1</source>
        <translation>rules: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>rules: nothing to undo</source>
        <translation>rules: no hay nada que deshacer</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Undid batch %1: %n item(s) back where they were</source>
        <translation>
            <numerusform>Se deshizo el lote %1: %n elemento volvió a donde estaba</numerusform>
            <numerusform>Se deshizo el lote %1: %n elementos volvieron a donde estaban</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n changed since, left as they are)</source>
        <translation>
            <numerusform>(%n cambió desde entonces; se dejó como está)</numerusform>
            <numerusform>(%n cambiaron desde entonces; se dejaron como están)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rules: every item already sits where the rules put it</source>
        <translation>rules: todos los elementos ya están donde los colocan las reglas</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Moved %n item(s) to another tier</source>
        <translation>
            <numerusform>Se movió %n elemento a otro nivel</numerusform>
            <numerusform>Se movieron %n elementos a otro nivel</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch %1; undo with: focusinbox rules undo %1</source>
        <translation>lote %1; deshazlo con: focusinbox rules undo %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>usage: rules preview|apply [--json] [--include-manual] | rules undo [BATCH]</source>
        <translation>uso: rules preview|apply [--json] [--include-manual] | rules undo [BATCH]</translation>
    </message>
    <message>
        <location filename="../app/cli/statscommand.cpp" line="-27"/>
        <source>--until: &quot;%1&quot; is not a date (2026-11-30) or an ISO 8601 date-time</source>
        <translation>--until: &quot;%1&quot; no es una fecha (2026-11-30) ni una fecha y hora ISO 8601</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--since: &quot;%1&quot; is not a date (2026-11-01) or an ISO 8601 date-time</source>
        <translation>--since: &quot;%1&quot; no es una fecha (2026-11-01) ni una fecha y hora ISO 8601</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>stats: the period is empty (--until must come after --since)</source>
        <translation>stats: el período está vacío (--until debe ser posterior a --since)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--source: no source is called &quot;%1&quot;</source>
        <translation>--source: ninguna fuente se llama &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>stats: cannot read the database: %1</source>
        <translation>stats: no se puede leer la base de datos: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Period: %1 – %2 (%3)</source>
        <translation>Período: %1 – %2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 received, %3 responded, median %4 h, 90th percentile %5 h, %6 met, %7 missed</source>
        <translation>%1: %2 recibidos, %3 respondidos, mediana %4 h, percentil 90 %5 h, %6 cumplidos, %7 incumplidos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Focus: %1 h kept of %2 h scheduled in %3 sessions, %4 held, %5 breakthroughs</source>
        <translation>Enfoque: %1 h cumplidas de %2 h programadas en %3 sesiones, %4 en espera, %5 interrupciones permitidas</translation>
    </message>
</context>
<context>
    <name>fi::feed</name>
    <message>
        <location filename="../models/sources/feed/feedkind.cpp" line="-28"/>
        <source>No feed URL was given.</source>
        <translation>No se indicó ninguna URL de feed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not an http, https or file URL.</source>
        <translation>&quot;%1&quot; no es una URL http, https o file.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The refresh interval must be a number of minutes, at least %1.</source>
        <translation>El intervalo de actualización debe ser un número de minutos, de al menos %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The default tier must be 1, 2 or 3.</source>
        <translation>El nivel predeterminado debe ser 1, 2 o 3.</translation>
    </message>
</context>
<context>
    <name>fi::feed::AddFeedDialog</name>
    <message>
        <location filename="../views/sources/feed/addfeeddialog.cpp" line="+72"/>
        <source>Add Feed</source>
        <translation>Agregar feed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paste the address of a feed (RSS, Atom or JSON Feed), or of a web page that announces one: Focus Inbox finds it.</source>
        <translation>Pega la dirección de un feed (RSS, Atom o JSON Feed) o de una página web que anuncie uno: Focus Inbox lo encuentra.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>https://example.org/feed.xml</source>
        <translation>https://example.org/feed.xml</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The feed&apos;s address, a web page&apos;s address, or a local file</source>
        <translation>La dirección del feed, la dirección de una página web o un archivo local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load the address and look for a feed (nothing is saved)</source>
        <translation>Cargar la dirección y buscar un feed (no se guarda nada)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Feeds on this &amp;page:</source>
        <translation>Feeds en esta &amp;página:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Feeds on this page</source>
        <translation>Feeds en esta página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page announces several feeds: choose the one to add</source>
        <translation>La página anuncia varios feeds: elige el que quieres agregar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How this feed is shown in Focus Inbox; filled in from the feed&apos;s title</source>
        <translation>Cómo se muestra este feed en Focus Inbox; se completa con el título del feed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the address if needed, then add the feed</source>
        <translation>Comprobar la dirección si hace falta y luego agregar el feed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add&amp;ress:</source>
        <translation>Di&amp;rección:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check for new entries &amp;every:</source>
        <translation>Buscar entradas nue&amp;vas cada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New entries &amp;land in:</source>
        <translation>Las entradas nuevas &amp;llegan a:</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The server answered with HTTP status %1.</source>
        <translation>El servidor respondió con el estado HTTP %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer.</source>
        <translation>Sin respuesta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load %1: %2</source>
        <translation>No se pudo cargar %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a web page, not a feed.</source>
        <translation>%1 es una página web, no un feed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a web page that announces no feed. Look for an RSS or Atom link on it and paste that address instead.</source>
        <translation>%1 es una página web que no anuncia ningún feed. Busca en ella un enlace RSS o Atom y pega esa dirección en su lugar.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading the feed…</source>
        <translation>Leyendo el feed…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is not a feed.</source>
        <translation>%1 no es un feed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a feed: %2</source>
        <translation>%1 no es un feed: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Found a feed with %n item(s).</source>
        <translation>
            <numerusform>Se encontró un feed con %n elemento.</numerusform>
            <numerusform>Se encontró un feed con %n elementos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Found “%1” with %n item(s).</source>
        <translation>
            <numerusform>Se encontró “%1” con %n elemento.</numerusform>
            <numerusform>Se encontró “%1” con %n elementos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>This page announces %n feeds. Choose the one to add.</source>
        <translation>
            <numerusform>Esta página anuncia %n feed. Elige el que quieres agregar.</numerusform>
            <numerusform>Esta página anuncia %n feeds. Elige el que quieres agregar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>This feed is already in Focus Inbox as “%1”.</source>
        <translation>Este feed ya está en Focus Inbox como “%1”.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The feed could not be saved; see the log for the database&apos;s reason.</source>
        <translation>No se pudo guardar el feed; consulta el registro para ver el motivo de la base de datos.</translation>
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
        <translation>La dirección del feed (http, https o un archivo local)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. Work/Status</source>
        <translation>p. ej., Trabajo/Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder for this feed (from OPML import, kept on export). Its entries carry it as the attribute feed.category, which rules can test.</source>
        <translation>Una carpeta para este feed (de la importación OPML, se conserva al exportar). Sus entradas la llevan en el atributo feed.category, que las reglas pueden evaluar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check for new entries &amp;every:</source>
        <translation>Buscar entradas nue&amp;vas cada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New entries &amp;land in:</source>
        <translation>Las entradas nuevas &amp;llegan a:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Another feed already reads this address: “%1”.</source>
        <translation>Otro feed ya lee esta dirección: “%1”.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The feed could not be saved; see the log for the database&apos;s reason.</source>
        <translation>No se pudo guardar el feed; consulta el registro para ver el motivo de la base de datos.</translation>
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
        <translation>Cada cuánto buscar entradas nuevas, en minutos (al menos %1). Si un feed pide pausas más largas, se respetan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Where new entries land when no rule places them. Feeds have no reply deadline; a rule can still lift single entries (a status page to Now).</source>
        <translation>Adónde van las entradas nuevas cuando ninguna regla las ubica. Los feeds no tienen plazo de respuesta; aun así, una regla puede subir entradas individuales (una página de estado a Ahora).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enter the address of a feed or of a web page.</source>
        <translation>Escribe la dirección de un feed o de una página web.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a web address. Feeds are read over http or https, or from a local file.</source>
        <translation>“%1” no es una dirección web. Los feeds se leen por http o https, o desde un archivo local.</translation>
    </message>
</context>
<context>
    <name>fi::feed::FeedParser</name>
    <message>
        <location filename="../models/sources/feed/feedparser.cpp" line="+63"/>
        <source>The feed has more than %1 entries; %2 were left out.</source>
        <translation>El feed tiene más de %1 entradas; se omitieron %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This is not a feed: the document is not valid JSON.</source>
        <translation>Esto no es un feed: el documento no es JSON válido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a feed: the JSON document is not a JSON Feed.</source>
        <translation>Esto no es un feed: el documento JSON no es un JSON Feed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+44"/>
        <source>The feed was refused: it is nested more than %1 levels deep.</source>
        <translation>Se rechazó el feed: tiene más de %1 niveles de anidamiento.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The feed was refused: its DTD declares XML entities, which feeds do not need and which can expand without bound.</source>
        <translation>Se rechazó el feed: su DTD declara entidades XML, que los feeds no necesitan y que pueden expandirse sin límite.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This is not a feed: the XML cannot be read (%1, line %2).</source>
        <translation>Esto no es un feed: no se puede leer el XML (%1, línea %2).</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+39"/>
        <source>This is an HTML page, not a feed.</source>
        <translation>Esto es una página HTML, no un feed.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>This is not a feed: the XML document&apos;s root element is &lt;%1&gt;.</source>
        <translation>Esto no es un feed: el elemento raíz del documento XML es &lt;%1&gt;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The feed is not well-formed XML (%1, line %2); what came before the error was read.</source>
        <translation>El feed no es XML bien formado (%1, línea %2); se leyó lo que había antes del error.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The feed was refused: it is larger than %1.</source>
        <translation>Se rechazó el feed: ocupa más de %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not a feed: the document is empty.</source>
        <translation>Esto no es un feed: el documento está vacío.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not a feed: the document is neither XML nor JSON.</source>
        <translation>Esto no es un feed: el documento no es XML ni JSON.</translation>
    </message>
    <message>
        <location filename="../models/sources/feed/parse/feedencoding.cpp" line="+166"/>
        <source>The server sent the feed as %1, not as XML or JSON.</source>
        <translation>El servidor envió el feed como %1, no como XML ni JSON.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The feed declares no character encoding and is not UTF-8; it was read as %1.</source>
        <translation>El feed no declara ninguna codificación de caracteres y no es UTF-8; se leyó como %1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The feed names an unknown character encoding (%1); it was read as UTF-8.</source>
        <translation>El feed indica una codificación de caracteres desconocida (%1); se leyó como UTF-8.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Some bytes were not valid %1 and were replaced.</source>
        <translation>Algunos bytes no eran %1 válido y se reemplazaron.</translation>
    </message>
</context>
<context>
    <name>fi::feed::FeedSource</name>
    <message>
        <location filename="../models/sources/feed/feedsource.cpp" line="+62"/>
        <source>The document is not a feed that can be read.</source>
        <translation>El documento no es un feed que se pueda leer.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The server asked to wait before the next request.</source>
        <translation>El servidor pidió esperar antes de la próxima solicitud.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Next attempt after %2.</source>
        <translation>%1 Próximo intento después de %2.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The feed could not be fetched.</source>
        <translation>No se pudo descargar el feed.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>A refresh of this feed is already running.</source>
        <translation>Ya hay una actualización de este feed en curso.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not an http, https or file URL.</source>
        <translation>&quot;%1&quot; no es una URL http, https o file.</translation>
    </message>
</context>
<context>
    <name>fi::feed::Opml</name>
    <message>
        <location filename="../models/sources/feed/opml/feedurl.cpp" line="+16"/>
        <source>The feed URL is empty.</source>
        <translation>La URL del feed está vacía.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a valid URL (%2).</source>
        <translation>&quot;%1&quot; no es una URL válida (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; has no host name.</source>
        <translation>&quot;%1&quot; no tiene nombre de host.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; names a file on another host; only local files can be read.</source>
        <translation>&quot;%1&quot; indica un archivo en otro host; solo se pueden leer archivos locales.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not an absolute file path.</source>
        <translation>&quot;%1&quot; no es una ruta de archivo absoluta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a feed URL: it needs to start with http://, https:// or file://.</source>
        <translation>&quot;%1&quot; no es una URL de feed: debe comenzar con http://, https:// o file://.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a feed URL: the scheme &quot;%2&quot; is not supported (use http, https or file).</source>
        <translation>&quot;%1&quot; no es una URL de feed: el esquema &quot;%2&quot; no es compatible (usa http, https o file).</translation>
    </message>
    <message>
        <location filename="../models/sources/feed/opml/opmlimport.cpp" line="+68"/>
        <location line="+19"/>
        <source>&quot;%1&quot; skipped: %2</source>
        <translation>Se omitió &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The feeds could not be saved; none was added.</source>
        <translation>No se pudieron guardar los feeds; no se agregó ninguno.</translation>
    </message>
    <message>
        <location filename="../models/sources/feed/opml.cpp" line="+130"/>
        <source>The file is too large for an OPML subscription list (%1 MB; at most %2 MB).</source>
        <translation>El archivo es demasiado grande para una lista de suscripciones OPML (%1 MB; como máximo %2 MB).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not an OPML file (it is empty).</source>
        <translation>Esto no es un archivo OPML (está vacío).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This is not an OPML file: it is a &lt;!DOCTYPE %1&gt; document.</source>
        <translation>Esto no es un archivo OPML: es un documento &lt;!DOCTYPE %1&gt;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The OPML file declares a DTD; such files are refused (their entities could expand without bound).</source>
        <translation>El archivo OPML declara un DTD; esos archivos se rechazan (sus entidades podrían expandirse sin límite).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The OPML file uses an undeclared entity &quot;&amp;%1;&quot;.</source>
        <translation>El archivo OPML usa una entidad no declarada &quot;&amp;%1;&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not an OPML file: its root element is &lt;%1&gt;, not &lt;opml&gt;.</source>
        <translation>Esto no es un archivo OPML: su elemento raíz es &lt;%1&gt;, no &lt;opml&gt;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>The OPML file is nested more than %1 levels deep.</source>
        <translation>El archivo OPML tiene más de %1 niveles de anidamiento.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The OPML file has more than %1 outlines.</source>
        <translation>El archivo OPML tiene más de %1 elementos outline.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This is not an OPML file (not XML: %1).</source>
        <translation>Esto no es un archivo OPML (no es XML: %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The OPML file is not well-formed at line %1, column %2: %3</source>
        <translation>El archivo OPML no está bien formado en la línea %1, columna %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The OPML file has no &lt;body&gt;, so it lists no feeds.</source>
        <translation>El archivo OPML no tiene &lt;body&gt;, así que no contiene ningún feed.</translation>
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
        <translation>Feeds de Focus Inbox</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>fi::feed::OpmlImportDialog</name>
    <message>
        <location line="-206"/>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>Archivos OPML (*.opml *.xml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+65"/>
        <source>Import Feeds from OPML</source>
        <translation>Importar feeds desde OPML</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>An OPML file is the feed list other feed readers export. Feeds already in Focus Inbox are skipped; folders become the feeds&apos; categories.</source>
        <translation>Un archivo OPML es la lista de feeds que exportan otros lectores de feeds. Los feeds que ya están en Focus Inbox se omiten; las carpetas se convierten en las categorías de los feeds.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No file chosen</source>
        <translation>No se eligió ningún archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is too large for a feed list.</source>
        <translation>%1 es demasiado grande para una lista de feeds.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an OPML feed list: %2</source>
        <translation>%1 no es una lista de feeds OPML: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 lists no feeds.</source>
        <translation>%1 no contiene ningún feed.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%1 lists %n feed(s).</source>
        <translation>
            <numerusform>%1 contiene %n feed.</numerusform>
            <numerusform>%1 contiene %n feeds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>They are in %n folder(s).</source>
        <translation>
            <numerusform>Están en %n carpeta.</numerusform>
            <numerusform>Están en %n carpetas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of them are already in Focus Inbox and will be skipped.</source>
        <translation>
            <numerusform>%n de ellos ya está en Focus Inbox y se omitirá.</numerusform>
            <numerusform>%n de ellos ya están en Focus Inbox y se omitirán.</numerusform>
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
        <translation>No se importó nada: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Added %n feed(s).</source>
        <translation>
            <numerusform>Se agregó %n feed.</numerusform>
            <numerusform>Se agregaron %n feeds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Skipped %n (already in Focus Inbox or not usable).</source>
        <translation>
            <numerusform>Se omitió %n (ya estaba en Focus Inbox o no se podía usar).</numerusform>
            <numerusform>Se omitieron %n (ya estaban en Focus Inbox o no se podían usar).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fi::github</name>
    <message>
        <location filename="../models/sources/github/githubthreads.cpp" line="+85"/>
        <source>GitHub sent notifications that are not valid JSON (%1 at byte %2).</source>
        <translation>GitHub envió notificaciones que no son JSON válido (%1 en el byte %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitHub sent something other than a list of notifications.</source>
        <translation>GitHub envió algo que no es una lista de notificaciones.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Your review was requested.</source>
        <translation>Se solicitó tu revisión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You were @mentioned.</source>
        <translation>Te @mencionaron.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A team you belong to was @mentioned.</source>
        <translation>Se @mencionó a un equipo al que perteneces.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You were assigned.</source>
        <translation>Te asignaron.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You opened this thread.</source>
        <translation>Abriste este hilo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You commented on this thread.</source>
        <translation>Comentaste en este hilo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub found a security vulnerability in this repository.</source>
        <translation>GitHub encontró una vulnerabilidad de seguridad en este repositorio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are watching this repository.</source>
        <translation>Sigues este repositorio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You changed the thread&apos;s state (for example, closed an issue).</source>
        <translation>Cambiaste el estado del hilo (por ejemplo, cerraste un issue).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A GitHub Actions workflow run you triggered finished.</source>
        <translation>Terminó una ejecución de flujo de trabajo de GitHub Actions que iniciaste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You subscribed to this thread.</source>
        <translation>Te suscribiste a este hilo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your approval was requested for a deployment.</source>
        <translation>Se solicitó tu aprobación para una implementación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You were invited to contribute to this repository.</source>
        <translation>Te invitaron a contribuir a este repositorio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GitHub&apos;s reason: %1.</source>
        <translation>Motivo de GitHub: %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 in %2

%3

%4</source>
        <translation>%1 en %2

%3

%4</translation>
    </message>
    <message>
        <location filename="../models/sources/github/githubapi.cpp" line="+112"/>
        <source>GitHub did not accept the token (401 %1). Enter a new token for this account.</source>
        <translation>GitHub no aceptó el token (401 %1). Escribe un token nuevo para esta cuenta.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>GitHub&apos;s rate limit is reached (%1); the next request waits until %2.</source>
        <translation>Se alcanzó el límite de solicitudes de GitHub (%1); la próxima solicitud esperará hasta %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GitHub refused the request (403 %1). Check that the token may read notifications.</source>
        <translation>GitHub rechazó la solicitud (403 %1). Comprueba que el token tenga permiso para leer notificaciones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub has no notifications API at this address (404). Check the base URL.</source>
        <translation>GitHub no tiene una API de notificaciones en esta dirección (404). Comprueba la URL base.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 GitHub says: %2</source>
        <translation>%1 GitHub dice: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No GitHub token for %1 in the keychain (%2). Enter the token again in Sources.</source>
        <translation>No hay ningún token de GitHub para %1 en el llavero (%2). Vuelve a escribir el token en Fuentes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <location filename="../models/sources/github/githubkind.cpp" line="-68"/>
        <source>&quot;%1&quot; is not an https address of GitHub&apos;s API (https://api.github.com or https://HOST/api/v3).</source>
        <translation>&quot;%1&quot; no es una dirección https de la API de GitHub (https://api.github.com o https://HOST/api/v3).</translation>
    </message>
</context>
<context>
    <name>fi::github::GitHubAccountDialog</name>
    <message>
        <location filename="../views/sources/github/githubaccountdialog.cpp" line="+91"/>
        <source>Edit GitHub Account</source>
        <translation>Editar cuenta de GitHub</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add GitHub Account</source>
        <translation>Agregar cuenta de GitHub</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Focus Inbox reads your GitHub notifications with a personal access token. The token is kept in the system keychain, never in its own files.</source>
        <translation>Focus Inbox lee tus notificaciones de GitHub con un token de acceso personal. El token se guarda en el llavero del sistema, nunca en sus propios archivos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API base URL</source>
        <translation>URL base de la API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, or https://HOST/api/v3 for GitHub Enterprise Server</source>
        <translation>%1 o https://HOST/api/v3 para GitHub Enterprise Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address of GitHub&apos;s REST API: %1 for github.com, https://HOST/api/v3 for GitHub Enterprise Server</source>
        <translation>La dirección de la API REST de GitHub: %1 para github.com, https://HOST/api/v3 para GitHub Enterprise Server</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Personal access token</source>
        <translation>Token de acceso personal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ghp_…</source>
        <translation>ghp_…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty to keep the token stored in the keychain</source>
        <translation>Déjalo vacío para conservar el token guardado en el llavero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored in the system keychain</source>
        <translation>Se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+373"/>
        <source>&amp;Check</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <location line="-371"/>
        <source>Ask GitHub who this token belongs to (nothing is changed)</source>
        <translation>Preguntar a GitHub a quién pertenece este token (no se modifica nada)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use a personal access token (classic) with the &quot;notifications&quot; scope. GitHub&apos;s notifications API does not accept fine-grained tokens.</source>
        <translation>Usa un token de acceso personal (classic) con el ámbito &quot;notifications&quot;. La API de notificaciones de GitHub no acepta tokens fine-grained.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check result</source>
        <translation>Resultado de la comprobación</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How this account is shown in Focus Inbox (optional)</source>
        <translation>Cómo se muestra esta cuenta en Focus Inbox (opcional)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check for new notifications every, in minutes</source>
        <translation>Intervalo para buscar notificaciones nuevas, en minutos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How often to ask GitHub for new notifications, in minutes (at least one). When GitHub asks for longer pauses, they are kept.</source>
        <translation>Cada cuánto preguntar a GitHub por notificaciones nuevas, en minutos (al menos uno). Si GitHub pide pausas más largas, se respetan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the account</source>
        <translation>Guardar la cuenta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add the account (after a successful check)</source>
        <translation>Agregar la cuenta (después de una comprobación correcta)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API &amp;base URL:</source>
        <translation>URL &amp;base de la API:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal access &amp;token:</source>
        <translation>&amp;Token de acceso personal:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check for new notifications &amp;every:</source>
        <translation>Buscar notificaciones nue&amp;vas cada:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&quot;%1&quot; is not an address of GitHub&apos;s API. Use %2, or https://HOST/api/v3 for GitHub Enterprise Server.</source>
        <translation>&quot;%1&quot; no es una dirección de la API de GitHub. Usa %2 o https://HOST/api/v3 para GitHub Enterprise Server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste a personal access token, then check it.</source>
        <translation>Pega un token de acceso personal y luego compruébalo.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Reading the token from the keychain…</source>
        <translation>Leyendo el token del llavero…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Asking %1 who this token belongs to…</source>
        <translation>Preguntando a %1 a quién pertenece este token…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 answered, but not like GitHub&apos;s API. Check the base URL.</source>
        <translation>%1 respondió, pero no como la API de GitHub. Comprueba la URL base.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This account is already in Focus Inbox as &quot;%1&quot;; edit that one instead.</source>
        <translation>Esta cuenta ya está en Focus Inbox como &quot;%1&quot;; edita esa cuenta en su lugar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token lacks the &quot;notifications&quot; scope, so GitHub will refuse to list notifications. Add the scope to the token on GitHub.</source>
        <translation>Al token le falta el ámbito &quot;notifications&quot;, así que GitHub se negará a listar las notificaciones. Agrega el ámbito al token en GitHub.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This account is already in Focus Inbox as &quot;%1&quot;.</source>
        <translation>Esta cuenta ya está en Focus Inbox como &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The token could not be stored in the system keychain: %1</source>
        <translation>No se pudo guardar el token en el llavero del sistema: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account could not be saved in the database.</source>
        <translation>No se pudo guardar la cuenta en la base de datos.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saving was interrupted.</source>
        <translation>Se interrumpió el guardado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>login</source>
        <translation>usuario</translation>
    </message>
</context>
<context>
    <name>fi::github::GitHubSource</name>
    <message>
        <location filename="../models/sources/github/githubsource.cpp" line="+89"/>
        <source>GitHub asked to wait before the next request.</source>
        <translation>GitHub pidió esperar antes de la próxima solicitud.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 Next attempt after %2.</source>
        <translation>%1 Próximo intento después de %2.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>GitHub&apos;s page %1 of notifications could not be read: %2 Nothing of this poll was stored.</source>
        <translation>No se pudo leer la página %1 de notificaciones de GitHub: %2 No se guardó nada de esta consulta.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ignored a next page at another address (%1).</source>
        <translation>Se ignoró una página siguiente en otra dirección (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>More than %1 pages of notifications: the rest waits for the next poll.</source>
        <translation>Más de %1 páginas de notificaciones: el resto queda para la próxima consulta.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A poll of this GitHub account is already running.</source>
        <translation>Ya hay una consulta de esta cuenta de GitHub en curso.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not an https address of GitHub&apos;s API.</source>
        <translation>&quot;%1&quot; no es una dirección https de la API de GitHub.</translation>
    </message>
</context>
<context>
    <name>fi::github::Replayer</name>
    <message>
        <location filename="../models/sources/github/githubreplayer.cpp" line="+35"/>
        <source>Cancelled.</source>
        <translation>Se canceló.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <location line="+10"/>
        <location line="+15"/>
        <location line="+8"/>
        <source>The store could not record the change.</source>
        <translation>La base de datos no pudo registrar el cambio.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The thread address %1 is not at this account&apos;s API; it was not marked read.</source>
        <translation>La dirección del hilo %1 no está en la API de esta cuenta; no se marcó como leído.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>GitHub no longer has this thread (404); it could not be muted.</source>
        <translation>GitHub ya no tiene este hilo (404); no se pudo silenciar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub no longer has this thread (404); it could not be marked read.</source>
        <translation>GitHub ya no tiene este hilo (404); no se pudo marcar como leído.</translation>
    </message>
</context>
<context>
    <name>fi::imap</name>
    <message>
        <location filename="../models/sources/imap/imapcert.cpp" line="+86"/>
        <source>The server sent no certificate.</source>
        <translation>El servidor no envió ningún certificado.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>it is not meant for authenticating a server: its Extended Key Usage lacks serverAuth</source>
        <translation>no está destinado a autenticar un servidor: su uso extendido de clave (Extended Key Usage) no incluye serverAuth</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s certificate is not trusted (%1). SHA-256 fingerprint: %2. Trust it explicitly for this account only if you know this is the right certificate.</source>
        <translation>El certificado del servidor no es de confianza (%1). Huella digital SHA-256: %2. Confía en él explícitamente para esta cuenta solo si sabes que es el certificado correcto.</translation>
    </message>
    <message>
        <location filename="../models/sources/imap/imapaccountsave.cpp" line="+20"/>
        <source>The account&apos;s login changed, so its password is needed again: %1</source>
        <translation>Cambió el inicio de sesión de la cuenta, así que se necesita de nuevo su contraseña: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The password could not be stored in the system keychain: %1</source>
        <translation>No se pudo guardar la contraseña en el llavero del sistema: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The account could not be saved in the database.</source>
        <translation>No se pudo guardar la cuenta en la base de datos.</translation>
    </message>
</context>
<context>
    <name>fi::imap::Account</name>
    <message>
        <location filename="../models/sources/imap/imapaccount.cpp" line="+79"/>
        <source>Not an IMAP URL (expected imaps://user@host:993/INBOX): %1</source>
        <translation>No es una URL IMAP (se esperaba imaps://user@host:993/INBOX): %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The URL must not contain a password; it is read from standard input or the keychain.</source>
        <translation>La URL no debe contener una contraseña; esta se lee de la entrada estándar o del llavero.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unknown security mode &quot;%1&quot; (use tls, starttls or none).</source>
        <translation>Modo de seguridad desconocido &quot;%1&quot; (usa tls, starttls o none).</translation>
    </message>
</context>
<context>
    <name>fi::imap::BodyLoader</name>
    <message>
        <location filename="../models/sources/imap/imapbodyloader.cpp" line="+26"/>
        <source>The item has no IMAP UID (&quot;%1&quot;).</source>
        <translation>El elemento no tiene UID de IMAP (&quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The folder %1 changed on the server; sync to see this message again.</source>
        <translation>La carpeta %1 cambió en el servidor; sincroniza para volver a ver este mensaje.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The message is no longer in %1 on the server.</source>
        <translation>El mensaje ya no está en %1 en el servidor.</translation>
    </message>
</context>
<context>
    <name>fi::imap::FolderSync</name>
    <message>
        <location filename="../models/sources/imap/imapfoldersync.cpp" line="+112"/>
        <source>The server sent no valid UIDVALIDITY for this folder (RFC 3501, section 2.3.1.1), so its messages cannot be told apart safely; nothing was changed.</source>
        <translation>El servidor no envió un UIDVALIDITY válido para esta carpeta (RFC 3501, sección 2.3.1.1), así que sus mensajes no se pueden distinguir con seguridad; no se modificó nada.</translation>
    </message>
</context>
<context>
    <name>fi::imap::IdleWatcher</name>
    <message>
        <location filename="../models/sources/imap/imapidle.cpp" line="+77"/>
        <source>The server refused IDLE.</source>
        <translation>El servidor rechazó IDLE.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The connection to the server was lost while waiting for new mail.</source>
        <translation>Se perdió la conexión con el servidor mientras se esperaba correo nuevo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No password for %1: %2</source>
        <translation>No hay contraseña para %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server does not support IDLE; new mail arrives with the next poll.</source>
        <translation>El servidor no admite IDLE; el correo nuevo llegará con la próxima consulta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>IDLE could not be set up on this connection.</source>
        <translation>No se pudo configurar IDLE en esta conexión.</translation>
    </message>
</context>
<context>
    <name>fi::imap::ImapSource</name>
    <message>
        <location filename="../models/sources/imap/imapsource.cpp" line="+172"/>
        <source>No password for %1: %2</source>
        <translation>No hay contraseña para %1: %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Folder %1: %2</source>
        <translation>Carpeta %1: %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>A sync of this IMAP account is already running.</source>
        <translation>Ya hay una sincronización de esta cuenta IMAP en curso.</translation>
    </message>
</context>
<context>
    <name>fi::imap::LegacyQueue</name>
    <message>
        <location filename="../models/sources/imap/imaplegacyqueue.cpp" line="+129"/>
        <source>The pending changes of %1 could not be moved into the database; they are kept in %2 and tried again at the next start.</source>
        <translation>Los cambios pendientes de %1 no se pudieron pasar a la base de datos; se conservan en %2 y se volverá a intentar en el próximo inicio.</translation>
    </message>
</context>
<context>
    <name>fi::imap::Names</name>
    <message>
        <location filename="../models/sources/imap/imapnames.cpp" line="+29"/>
        <source>The user name is empty.</source>
        <translation>El nombre de usuario está vacío.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user name contains a control character (such as a line break); it cannot be sent to the server.</source>
        <translation>El nombre de usuario contiene un carácter de control (como un salto de línea); no se puede enviar al servidor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user name contains characters outside US-ASCII; IMAP LOGIN cannot send it safely.</source>
        <translation>El nombre de usuario contiene caracteres fuera de US-ASCII; IMAP LOGIN no puede enviarlo de forma segura.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The password contains a line break or NUL character, which IMAP LOGIN cannot send.</source>
        <translation>La contraseña contiene un salto de línea o un carácter NUL, que IMAP LOGIN no puede enviar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The folder name is empty.</source>
        <translation>El nombre de la carpeta está vacío.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder name &quot;%1&quot; contains a control character (such as a line break); it cannot be sent to the server.</source>
        <translation>El nombre de carpeta &quot;%1&quot; contiene un carácter de control (como un salto de línea); no se puede enviar al servidor.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The folder name is not valid Unicode.</source>
        <translation>El nombre de la carpeta no es Unicode válido.</translation>
    </message>
</context>
<context>
    <name>fi::imap::Run</name>
    <message>
        <location filename="../models/sources/imap/imapreplayer.cpp" line="+144"/>
        <source>No password for %1: %2</source>
        <translation>No hay contraseña para %1: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The update of the mail server was stopped.</source>
        <translation>Se detuvo la actualización del servidor de correo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The outcome of an update of the mail server could not be recorded in the database.</source>
        <translation>No se pudo registrar en la base de datos el resultado de una actualización del servidor de correo.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The folder %1 was rebuilt on the server (its UIDVALIDITY changed), so the message cannot be found by its old number; the next sync reads the folder again.</source>
        <translation>La carpeta %1 se reconstruyó en el servidor (cambió su UIDVALIDITY), así que el mensaje no se puede encontrar por su número anterior; la próxima sincronización volverá a leer la carpeta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The message has neither a known number nor a Message-ID in %1.</source>
        <translation>El mensaje no tiene en %1 ni un número conocido ni un Message-ID.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The message is no longer in %1.</source>
        <translation>El mensaje ya no está en %1.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The server kept the message in %1 after it was copied to %2 (is deleting messages there allowed?).</source>
        <translation>El servidor conservó el mensaje en %1 después de copiarlo a %2 (¿se permite eliminar mensajes ahí?).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>An IMAP server does not store this change.</source>
        <translation>Un servidor IMAP no guarda este cambio.</translation>
    </message>
</context>
<context>
    <name>fi::imap::Session</name>
    <message>
        <location filename="../models/sources/imap/imapsession.cpp" line="+271"/>
        <source>The server announced %1 of data in one piece during %2, more than the limit of %3; the connection was closed.</source>
        <translation>El servidor anunció %1 de datos en un solo bloque durante %2, por encima del límite de %3; se cerró la conexión.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server sent more than %1 in answer to %2; the connection was closed.</source>
        <translation>El servidor envió más de %1 en respuesta a %2; se cerró la conexión.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server did not complete %1 within %2 seconds; the connection was closed.</source>
        <translation>El servidor no completó %1 en %2 segundos; se cerró la conexión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server stopped answering during %1 (nothing for %2 seconds).</source>
        <translation>El servidor dejó de responder durante %1 (sin respuesta en %2 segundos).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to the server was closed because the app stopped it.</source>
        <translation>Se cerró la conexión con el servidor porque la aplicación la detuvo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to the server was lost during %1.</source>
        <translation>Se perdió la conexión con el servidor durante %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server rejected the user name or password.</source>
        <translation>El servidor rechazó el nombre de usuario o la contraseña.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server refused %1 (libetpan error %2): %3</source>
        <translation>El servidor rechazó %1 (error de libetpan %2): %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refusing to send the password unencrypted to %1: choose TLS or STARTTLS, or allow plaintext explicitly for this account.</source>
        <translation>No se enviará la contraseña sin cifrar a %1: elige TLS o STARTTLS, o permite explícitamente el texto sin cifrar para esta cuenta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server name &quot;%1&quot; could not be found (%2).</source>
        <translation>No se encontró el nombre de servidor &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not connect to %1 port %2: the connection was refused or the server is unreachable.</source>
        <translation>No se pudo conectar a %1 en el puerto %2: se rechazó la conexión o no se puede acceder al servidor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The TLS handshake with %1 port %2 failed (is this a TLS port?).</source>
        <translation>Falló el protocolo de enlace TLS con %1 en el puerto %2 (¿es un puerto TLS?).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server logged in without a password (PREAUTH) before the connection was encrypted; refused.</source>
        <translation>El servidor inició sesión sin contraseña (PREAUTH) antes de que la conexión estuviera cifrada; se rechazó.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server %1 port %2 did not answer with an IMAP greeting.</source>
        <translation>El servidor %1 en el puerto %2 no respondió con un saludo IMAP.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server %1 does not offer STARTTLS; refusing to continue unencrypted.</source>
        <translation>El servidor %1 no ofrece STARTTLS; no se continuará sin cifrado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server %1 sent unexpected data right after agreeing to STARTTLS, before encryption began (a sign of an injection attack); refused.</source>
        <translation>El servidor %1 envió datos inesperados justo después de aceptar STARTTLS, antes de que empezara el cifrado (señal de un ataque de inyección); se rechazó.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server %1 refused STARTTLS (libetpan error %2).</source>
        <translation>El servidor %1 rechazó STARTTLS (error de libetpan %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>STARTTLS with %1 failed (libetpan error %2).</source>
        <translation>Falló STARTTLS con %1 (error de libetpan %2).</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>A header to search for is not plain ASCII text; nothing was sent.</source>
        <translation>Un encabezado que se debe buscar no es texto ASCII simple; no se envió nada.</translation>
    </message>
</context>
<context>
    <name>fi::maildir</name>
    <message>
        <location filename="../models/sources/maildir/maildirkind.cpp" line="-13"/>
        <source>No Maildir folder was given.</source>
        <translation>No se indicó ninguna carpeta Maildir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../views/sources/maildir/maildireditor.cpp" line="-36"/>
        <source>%1 has no cur/ directory, so it is not a Maildir.</source>
        <translation>%1 no tiene un directorio cur/, así que no es un Maildir.</translation>
    </message>
    <message>
        <location filename="../views/sources/maildir/maildireditor.cpp" line="-44"/>
        <source>Add Maildir</source>
        <translation>Agregar Maildir</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add your Maildir?</source>
        <translation>¿Agregar tu Maildir?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus Inbox found a Maildir at %1. Add it as a source?</source>
        <translation>Focus Inbox encontró un Maildir en %1. ¿Quieres agregarlo como fuente?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not a Maildir</source>
        <translation>No es un Maildir</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your address</source>
        <translation>Tu dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which address(es) of yours receive mail in this Maildir?
Mail sent to you lands in Async with a deadline. Separate several with commas.</source>
        <translation>¿Qué direcciones tuyas reciben correo en este Maildir?
El correo dirigido a ti llega a Asíncrono con un plazo. Separa varias con comas.</translation>
    </message>
</context>
<context>
    <name>fi::maildir::MaildirChangeReplayer</name>
    <message>
        <location filename="../models/sources/maildir/maildirreplayer.cpp" line="+83"/>
        <source>The update of the Maildir was stopped.</source>
        <translation>Se detuvo la actualización del Maildir.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A Maildir does not store this change.</source>
        <translation>Un Maildir no guarda este cambio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <location line="+16"/>
        <location line="+10"/>
        <source>The outcome of a Maildir update could not be recorded.</source>
        <translation>No se pudo registrar el resultado de una actualización del Maildir.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>The message file &quot;%1&quot; no longer exists in %2.</source>
        <translation>El archivo de mensaje &quot;%1&quot; ya no existe en %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot rename &quot;%1&quot; to &quot;%2&quot; (is the Maildir writable?).</source>
        <translation>No se puede cambiar el nombre de &quot;%1&quot; a &quot;%2&quot; (¿se puede escribir en el Maildir?).</translation>
    </message>
</context>
<context>
    <name>fi::net::HttpFetcher</name>
    <message>
        <location filename="../models/net/fetch/fetcherrors.cpp" line="+20"/>
        <source>The server answered %1.</source>
        <translation>El servidor respondió %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answered %1 %2.</source>
        <translation>El servidor respondió %1 %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/net/blockingfetch.cpp" line="+47"/>
        <location filename="../models/net/fetch/fetcherrors.cpp" line="+8"/>
        <source>No answer within %n s.</source>
        <translation>
            <numerusform>Sin respuesta en %n s.</numerusform>
            <numerusform>Sin respuesta en %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/net/fetch/fetcherrors.cpp" line="+6"/>
        <source>The document is larger than %1 MB.</source>
        <translation>El documento ocupa más de %1 MB.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The document is larger than %1 KB.</source>
        <translation>El documento ocupa más de %1 KB.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document is larger than %1 bytes.</source>
        <translation>El documento ocupa más de %1 bytes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too many redirects (more than %1).</source>
        <translation>Demasiadas redirecciones (más de %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redirect loop at %1.</source>
        <translation>Bucle de redirecciones en %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refused a redirect from HTTPS to unencrypted HTTP (%1).</source>
        <translation>Se rechazó una redirección de HTTPS a HTTP sin cifrar (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refused a redirect to %1: only http and https addresses are followed.</source>
        <translation>Se rechazó una redirección a %1: solo se siguen direcciones http y https.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server answered %1 (a redirect) without saying where to.</source>
        <translation>El servidor respondió %1 (una redirección) sin indicar adónde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unsupported address %1: only http, https and file addresses can be fetched.</source>
        <translation>Dirección no admitida %1: solo se pueden descargar direcciones http, https y file.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the TLS handshake failed</source>
        <translation>falló la negociación TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secure connection to %1 could not be verified: %2</source>
        <translation>No se pudo verificar la conexión segura con %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server %1 was not found.</source>
        <translation>No se encontró el servidor %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server %1 refused the connection.</source>
        <translation>El servidor %1 rechazó la conexión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server %1 closed the connection before answering.</source>
        <translation>El servidor %1 cerró la conexión antes de responder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to %1 timed out.</source>
        <translation>Se agotó el tiempo de espera de la conexión con %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The network is not available.</source>
        <translation>La red no está disponible.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The proxy failed: %1</source>
        <translation>Falló el proxy: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server %1 sent an invalid HTTP response: %2</source>
        <translation>El servidor %1 envió una respuesta HTTP no válida: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetching from %1 failed: %2</source>
        <translation>Falló la descarga desde %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../models/net/fetch/filefetch.cpp" line="+19"/>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <location filename="../models/net/blockingfetch.cpp" line="-2"/>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
</context>
<context>
    <name>fi::net::HttpListener</name>
    <message>
        <location filename="../models/net/listener/httplistener.cpp" line="+122"/>
        <source>The request was not answered</source>
        <translation>No se respondió a la solicitud</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Too many requests</source>
        <translation>Demasiadas solicitudes</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not accepting requests</source>
        <translation>No se aceptan solicitudes</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Request not complete within %1 ms</source>
        <translation>La solicitud no se completó en %1 ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No answer within %1 ms</source>
        <translation>Sin respuesta en %1 ms</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Already listening</source>
        <translation>Ya está escuchando</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Too many connections (%1)</source>
        <translation>Demasiadas conexiones (%1)</translation>
    </message>
    <message>
        <location filename="../models/net/listener/httpwire.cpp" line="+104"/>
        <source>More than %1 header fields</source>
        <translation>Más de %1 campos de encabezado</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+207"/>
        <source>Request body larger than %1 bytes</source>
        <translation>Cuerpo de la solicitud de más de %1 bytes</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Request line longer than %1 bytes</source>
        <translation>Línea de solicitud de más de %1 bytes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header section longer than %1 bytes</source>
        <translation>Sección de encabezados de más de %1 bytes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Header section too large</source>
        <translation>Sección de encabezados demasiado grande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Malformed request: %1</source>
        <translation>Solicitud mal formada: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Malformed request</source>
        <translation>Solicitud mal formada</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>HTTP version %1.%2 is not supported</source>
        <translation>No se admite la versión HTTP %1.%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invalid header field</source>
        <translation>Campo de encabezado no válido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exactly one Host header is required</source>
        <translation>Se requiere exactamente un encabezado Host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host must be 127.0.0.1 or localhost</source>
        <translation>El encabezado Host debe ser 127.0.0.1 o localhost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CONNECT is not supported</source>
        <translation>No se admite CONNECT</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Transfer-Encoding in an HTTP/1.0 request</source>
        <translation>Transfer-Encoding en una solicitud HTTP/1.0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only &quot;Transfer-Encoding: chunked&quot; is supported</source>
        <translation>Solo se admite &quot;Transfer-Encoding: chunked&quot;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Invalid request target</source>
        <translation>Destino de la solicitud no válido</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only &quot;Expect: 100-continue&quot; is supported</source>
        <translation>Solo se admite &quot;Expect: 100-continue&quot;</translation>
    </message>
</context>
<context>
    <name>fi::secrets</name>
    <message>
        <location filename="../models/secrets/secretstore.cpp" line="+106"/>
        <source>The system keychain did not answer in time.</source>
        <translation>El llavero del sistema no respondió a tiempo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No password is stored in the keychain for this account.</source>
        <translation>No hay ninguna contraseña guardada en el llavero para esta cuenta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system keychain failed: %1</source>
        <translation>Error del llavero del sistema: %1</translation>
    </message>
</context>
<context>
    <name>fi::webhook</name>
    <message>
        <location filename="../models/sources/webhook/webhookkind.cpp" line="-140"/>
        <source>&quot;%1&quot; is not a local webhook address (http://127.0.0.1:PORT/items, PORT 1024–65535).</source>
        <translation>&quot;%1&quot; no es una dirección de webhook local (http://127.0.0.1:PORT/items, PORT 1024–65535).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+85"/>
        <source>The webhook has no token; give it one in its settings.</source>
        <translation>El webhook no tiene token; asígnale uno en su configuración.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Webhook (port %1)</source>
        <translation>Webhook (puerto %1)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%1 webhook sources are named &quot;%2&quot;; rename one of them.</source>
        <translation>Hay %1 fuentes webhook llamadas &quot;%2&quot;; cambia el nombre de una de ellas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No enabled webhook source is named &quot;%1&quot;.</source>
        <translation>No hay ninguna fuente webhook activada llamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no webhook source: add one first (File ▸ Add webhook…, or focusinbox sources add webhook).</source>
        <translation>No hay ninguna fuente webhook: agrega una primero (Archivo ▸ Agregar webhook… o focusinbox sources add webhook).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are %1 webhook sources: say which one with --source NAME.</source>
        <translation>Hay %1 fuentes webhook: indica cuál con --source NAME.</translation>
    </message>
    <message>
        <location filename="../models/sources/webhook/webhookpayload.cpp" line="+39"/>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>&quot;%1&quot; debe ser una cadena.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;due&quot; must be an ISO 8601 date-time with its offset, such as 2026-12-03T17:00:00Z or 2026-12-03T14:00:00-03:00.</source>
        <translation>&quot;due&quot; debe ser una fecha y hora ISO 8601 con su desfase horario, como 2026-12-03T17:00:00Z o 2026-12-03T14:00:00-03:00.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;due&quot; is before 1970.</source>
        <translation>&quot;due&quot; es anterior a 1970.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The body is empty; send a JSON object such as {&quot;title&quot;: &quot;…&quot;}.</source>
        <translation>El cuerpo está vacío; envía un objeto JSON como {&quot;title&quot;: &quot;…&quot;}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The JSON is nested deeper than %1 levels.</source>
        <translation>El JSON tiene más de %1 niveles de anidamiento.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The body is not valid JSON: %1 at byte %2.</source>
        <translation>El cuerpo no es JSON válido: %1 en el byte %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The body must be a JSON object such as {&quot;title&quot;: &quot;…&quot;}.</source>
        <translation>El cuerpo debe ser un objeto JSON como {&quot;title&quot;: &quot;…&quot;}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown member &quot;%1&quot;; a payload has title, body, url, sender, tier, remote_id and due.</source>
        <translation>Miembro desconocido &quot;%1&quot;; los miembros válidos son title, body, url, sender, tier, remote_id y due.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;title&quot; is required and must not be empty.</source>
        <translation>&quot;title&quot; es obligatorio y no debe estar vacío.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;title&quot; is longer than %1 characters.</source>
        <translation>&quot;title&quot; tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;title&quot; and &quot;sender&quot; must not contain control characters.</source>
        <translation>&quot;title&quot; y &quot;sender&quot; no deben contener caracteres de control.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;body&quot; contains control characters.</source>
        <translation>&quot;body&quot; contiene caracteres de control.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;sender&quot; is longer than %1 characters.</source>
        <translation>&quot;sender&quot; tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;remote_id&quot; must be 1 to %1 characters without control characters.</source>
        <translation>&quot;remote_id&quot; debe tener de 1 a %1 caracteres, sin caracteres de control.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;url&quot; must be an absolute http or https address.</source>
        <translation>&quot;url&quot; debe ser una dirección http o https absoluta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;tier&quot; must be 1 (Reference), 2 (Async) or 3 (Now).</source>
        <translation>&quot;tier&quot; debe ser 1 (Referencia), 2 (Asíncrono) o 3 (Ahora).</translation>
    </message>
    <message>
        <location filename="../models/sources/webhook/webhooktokens.cpp" line="+25"/>
        <source>The token could not be stored in the system keychain: %1</source>
        <translation>No se pudo guardar el token en el llavero del sistema: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+17"/>
        <source>The webhook could not be saved in the database.</source>
        <translation>No se pudo guardar el webhook en la base de datos.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The new token could not be stored in the system keychain: %1</source>
        <translation>No se pudo guardar el token nuevo en el llavero del sistema: %1</translation>
    </message>
</context>
<context>
    <name>fi::webhook::WebhookConnector</name>
    <message>
        <location filename="../models/sources/webhook/webhookconnector.cpp" line="+87"/>
        <source>The webhook&apos;s token could not be read from the system keychain (%1). Open the source&apos;s settings and rotate the token.</source>
        <translation>No se pudo leer el token del webhook del llavero del sistema (%1). Abre la configuración de la fuente y regenera el token.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no entry</source>
        <translation>no hay ninguna entrada</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The webhook&apos;s address %1 is not http://127.0.0.1:PORT/items.</source>
        <translation>La dirección del webhook %1 no es http://127.0.0.1:PORT/items.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>No se puede escuchar en 127.0.0.1:%1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Scripts can POST items to %1 with the source&apos;s token (Authorization: Bearer …).</source>
        <translation>Los scripts pueden enviar elementos con POST a %1 con el token de la fuente (Authorization: Bearer …).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Listening on :%1</source>
        <translation>Escuchando en :%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not found: items are sent with POST %1.</source>
        <translation>No encontrado: los elementos se envían con POST %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use POST to send an item.</source>
        <translation>Usa POST para enviar un elemento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Missing or wrong token: send &quot;Authorization: Bearer &lt;token&gt;&quot; with the source&apos;s token.</source>
        <translation>Falta el token o es incorrecto: envía &quot;Authorization: Bearer &lt;token&gt;&quot; con el token de la fuente.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The item was not stored: %1</source>
        <translation>No se guardó el elemento: %1</translation>
    </message>
</context>
<context>
    <name>fi::webhook::WebhookDialog</name>
    <message>
        <location filename="../views/sources/webhook/webhookdialog.cpp" line="+43"/>
        <source>Webhook Settings</source>
        <translation>Configuración del webhook</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Webhook</source>
        <translation>Agregar webhook</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Scripts, CI jobs and monitoring on this computer can add items to Focus Inbox by posting JSON to a local port. Every request needs the webhook&apos;s token, which is kept in the system keychain only.</source>
        <translation>Los scripts, los trabajos de CI y las herramientas de monitoreo de este equipo pueden agregar elementos a Focus Inbox enviando JSON a un puerto local. Cada solicitud necesita el token del webhook, que se guarda solo en el llavero del sistema.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How this webhook is shown in Focus Inbox (optional)</source>
        <translation>Cómo se muestra este webhook en Focus Inbox (opcional)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The port on 127.0.0.1 the webhook listens on (1024–65535); only programs on this computer can connect</source>
        <translation>El puerto de 127.0.0.1 en el que escucha el webhook (1024–65535); solo los programas de este equipo pueden conectarse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Endpoint</source>
        <translation>Punto de conexión</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint:</source>
        <translation>Punto de conexión:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scripts send it as &quot;Authorization: Bearer TOKEN&quot;</source>
        <translation>Los scripts lo envían como &quot;Authorization: Bearer TOKEN&quot;</translation>
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
        <translation>Mostrar el token sin ocultarlo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the token to the clipboard</source>
        <translation>Copiar el token al portapapeles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rotate token…</source>
        <translation>&amp;Regenerar token…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the token with a new one; scripts using the old one are refused</source>
        <translation>Reemplazar el token por uno nuevo; se rechazarán los scripts que usen el anterior</translation>
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
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The webhook could not be saved in the database.</source>
        <translation>No se pudo guardar el webhook en la base de datos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adding…</source>
        <translation>Agregando…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>reading from the keychain…</source>
        <translation>leyendo del llavero…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token could not be read from the system keychain: %1</source>
        <translation>No se pudo leer el token del llavero del sistema: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotate the token to give the webhook a new one.</source>
        <translation>Regenera el token para darle uno nuevo al webhook.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rotate Token</source>
        <translation>Regenerar token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give &quot;%1&quot; a new token? Scripts that still send the old token will get 401 Unauthorized until they are given the new one.</source>
        <translation>¿Dar un token nuevo a &quot;%1&quot;? Los scripts que todavía envíen el token anterior recibirán 401 Unauthorized hasta que se les dé el nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Rotate Token</source>
        <translation>&amp;Regenerar token</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Making a new token…</source>
        <translation>Generando un token nuevo…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The work was interrupted.</source>
        <translation>Se interrumpió la operación.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The webhook has a new token. Scripts using the old one are now refused.</source>
        <translation>El webhook tiene un token nuevo. Ahora se rechazan los scripts que usan el anterior.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Port %1 is already used by the webhook &quot;%2&quot;. Choose another port.</source>
        <translation>El puerto %1 ya lo usa el webhook &quot;%2&quot;. Elige otro puerto.</translation>
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
        <translation>El webhook está listo. Ahora los scripts pueden enviarle elementos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Endpoint</source>
        <translation>Punto de conexión</translation>
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
        <translation>Copiar el token al portapapeles</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Example command</source>
        <translation>Comando de ejemplo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep the token secret: whoever has it can add items. It is stored in the system keychain; &quot;Webhook settings…&quot; shows it again.</source>
        <translation>Mantén el token en secreto: quien lo tenga puede agregar elementos. Se guarda en el llavero del sistema; &quot;Configuración del webhook…&quot; lo vuelve a mostrar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy co&amp;mmand</source>
        <translation>Copiar co&amp;mando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the example command (it contains the token) to the clipboard</source>
        <translation>Copiar el comando de ejemplo (contiene el token) al portapapeles</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Endpoint:</source>
        <translation>Punto de conexión:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Example:</source>
        <translation>&amp;Ejemplo:</translation>
    </message>
</context>
</TS>
