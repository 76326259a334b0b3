# Español (usted). Las etiquetas de Concur quedan en inglés ({ -ui-… } de
# concur-labels.ftl), entre «…»; la frase a su alrededor está traducida.

## Glosario: los términos del producto, usados igual en cada mensaje.

-profile = perfil
-ws-admin = WS Admin
-handoff-packet = paquete de entrega
-token-packet = paquete de token
-app-provider = proveedor de la aplicación
-helpdesk = Helpdesk de Concur

## La lista de comprobación: rutas, grupos, quién hace cada paso

route-admin-ws = El administrador autorizante, en Concur
route-helpdesk = El { -helpdesk }, mediante un ticket
route-admin-token = Generar un token y entregarlo
route-app-center = Conectar en «{ -ui-app-center }» (nada que entregar)

group-check-app-center = Paso 1: Compruebe «{ -ui-app-center }» y su rol
group-connect-app-center = Paso 2: Conecte la aplicación en «{ -ui-app-center }»
group-create-ws = Paso 1: Cree y active el { -profile } { -ws-admin }
group-hand-over-ws = Entregue las credenciales al { -app-provider }
group-enable-ws = Paso 2: Habilite la aplicación
group-create-token = Paso 1: Genere el «{ -ui-company-request-token }»
group-hand-over-token = Entregue el token al { -app-provider } en 24 horas
group-enable-token = Paso 2: Confirme que la aplicación está conectada

actor-admin = Administrador autorizante
actor-helpdesk = { -helpdesk }
actor-provider = Proveedor de la aplicación

status-todo = pendiente
status-done = hecho
status-not-applicable = no aplica

checklist-gate-note = { $errors ->
        [one] El { -profile } tiene { $errors } error; hasta que se corrija,
       *[other] El { -profile } tiene { $errors } errores; hasta que se corrijan,
    } { $locked ->
        [one] este paso sigue bloqueado
       *[other] estos { $locked } pasos siguen bloqueados
    }: { $steps }.
checklist-set-aside = { $count ->
        [one] { $count } paso marcado como hecho volvió a pendiente ({ $steps }): está bloqueado mientras el { -profile } tenga errores.
       *[other] { $count } pasos marcados como hechos volvieron a pendiente ({ $steps }): están bloqueados mientras el { -profile } tenga errores.
    } Las notas se conservan.
tick-unknown-step = esta lista no tiene el paso { $step }
tick-profile-has-errors = { $count ->
        [one] el { -profile } aún tiene { $count } error; corríjalo primero (el primero, en { $field }: { $message })
       *[other] el { -profile } aún tiene { $count } errores; corríjalos primero (el primero, en { $field }: { $message })
    }

## Los pasos de la lista

the-app = la aplicación
the-new-ws-admin = el nuevo usuario { -ws-admin }
the-authorizing-admin-name = El administrador autorizante
login-taken = Si Concur indica que el «{ -ui-login-id }» ya está en uso (es único en todo Concur, no solo en su empresa), añada un calificador antes de la @, como WSAdmin-<App>-<Empresa>, y cámbielo también en este { -profile }, para que la lista y la entrega coincidan.
password-instruction = una contraseña única y robusta: escríbala en Concur, nunca en un ticket, un correo electrónico ni esta lista
entry-ticket-text = Texto del ticket
entry-app = Aplicación
ticket-after-fixes = se muestra cuando el { -profile } no tenga errores: corrija primero los hallazgos
depending-on-configuration = { $first } o { $second } (según la configuración)

step-dedicated-profile = Asegúrese de que el { -profile } { -ws-admin } sea un usuario nuevo y dedicado
step-dedicated-profile-detail = No debe ser la cuenta de una persona real: si se usan las credenciales de un usuario real y esa persona deja la empresa, la aplicación deja de funcionar.
step-create-user = Cree el usuario { -ws-admin }
step-create-user-standard-detail = En los sitios más recientes la página está en Administration > Expense Settings (o Expense & Invoice Settings, o Invoice Settings) > User Accounts > Create/Edit User. Introduzca los valores de abajo y marque los permisos en la misma página. { $login-taken }
step-create-user-professional-detail = Algunos sitios la muestran como Administration > Company Admin > Add New User. Introduzca los valores de abajo. { $login-taken }
step-grant-permissions = Conceda sus permisos al usuario { -ws-admin }
step-grant-permissions-detail = Busque { $user }, elija «{ -ui-add }» para conceder «{ -ui-web-services-administrator }» y añada los roles de datos que necesita la aplicación.
step-helpdesk-ticket = Abra un ticket con el { -helpdesk } para crear el usuario { -ws-admin }
step-helpdesk-ticket-detail = Pegue el texto del ticket de abajo en un ticket del { -helpdesk }; no contiene ninguna contraseña. { $login-taken }
step-receive-initial-password = Reciba de Concur la contraseña inicial del nuevo usuario
step-receive-initial-password-detail = El Helpdesk la envía por su propio canal, como pide el ticket. Manténgala fuera de hilos de correo, chats y esta lista.
step-save-and-activate = Guarde e inicie sesión una vez en Concur con las nuevas credenciales
step-log-in-with-initial = Inicie sesión una vez en Concur con el «{ -ui-login-id }» y la contraseña inicial
step-save-and-activate-detail = El primer inicio de sesión activa la cuenta; hasta entonces la aplicación no puede usarla. Si Concur pide una contraseña nueva en este inicio de sesión, elija una nueva y única: esa nueva contraseña es la que debe sellar para el proveedor.
step-send-credentials = Envíe el «{ -ui-login-id }» y la contraseña a { $app } de forma segura
step-send-credentials-detail = Séllelos en un { -handoff-packet } (age) para la clave del proveedor o con una frase de contraseña dada por teléfono; nunca los envíe por correo sin cifrar ni por chat.
step-provider-confirms = Reciba y abra las credenciales
step-provider-confirms-detail = El equipo de { $app } abre el paquete y confirma que tiene las credenciales.
step-named-admin-enables = { $admin }, el administrador indicado en el { -profile }, realiza la habilitación
step-named-admin-enables-detail = El administrador cuyo nombre figura en el { -profile } { -ws-admin } es quien habilita la aplicación.
step-log-in-as-ws-admin = Inicie sesión en Concur con las credenciales { -ws-admin }
step-log-in-as-ws-admin-detail = Use el nuevo { -profile }, no su propia cuenta.
step-enable-app = Habilite { $app } («{ -ui-enable }») y confirme el uso compartido de datos
step-enable-app-detail = Busque { $app }, haga clic en «{ -ui-enable }» y confirme el uso compartido de datos.

step-confirm-own-role = Compruebe que su propia cuenta tiene el rol { $role }
step-confirm-own-role-detail = Para generar un «{ -ui-company-request-token }» o conectar en «{ -ui-app-center }», la cuenta con la que inicia sesión necesita este rol; sin él, la página «{ -ui-company-request-token }» no aparece y «{ -ui-connect }» está atenuado. Si no lo tiene, pídalo a su administrador de Concur. La página solo existe en los centros de datos de EE. UU. y EMEA: en los demás no aparece sean cuales sean sus roles, y «{ -ui-client-web-services }» genera el token.
own-roles-standard = { $menu } > su propio usuario (en algunos sitios el menú se llama Expense & Invoice Settings o Invoice Settings en lugar de Expense Settings)
own-roles-standard-detail = { $detail } Abra allí su propio usuario; en algunos sitios el menú se llama Expense & Invoice Settings o Invoice Settings en lugar de Expense Settings.
step-app-center-enabled = Compruebe que su empresa tiene «{ -ui-app-center }»
step-app-center-enabled-detail = Si su empresa tiene «{ -ui-app-center }», verá una pestaña «{ -ui-app-center }» al iniciar sesión en Concur. Si falta la pestaña, abra un ticket con el SAP { -helpdesk } para que la habiliten.
step-connect-in-app-center = Conecte { $app } en «{ -ui-app-center }»
step-connect-in-app-center-detail = Busque la ficha de { $app }, elija «{ -ui-connect }» y siga las indicaciones; «{ -ui-app-center }» pasa el token al proveedor por sí mismo, así que no hay nada que copiar ni enviar.
step-generate-token = Genere un «{ -ui-company-request-token }» para el «{ -ui-app-id }» de { $app }
step-generate-token-detail = Introduzca el «{ -ui-app-id }» de abajo y elija «{ -ui-submit }». El token es válido 24 horas desde ese momento: anote la hora. La página solo existe en los centros de datos de EE. UU. y EMEA; en los demás, consulte a «{ -ui-client-web-services }».
step-copy-token-values = Copie el «{ -ui-company-uuid }» y el token antes de cerrar el cuadro de diálogo
step-copy-token-values-detail = El cuadro de diálogo los muestra una sola vez. Péguelos directamente en la entrega de esta herramienta, nunca en esta lista, un ticket o un correo electrónico; si se cerró el cuadro de diálogo, genere un token nuevo de la misma forma.
step-send-token = Selle el «{ -ui-company-uuid }» y el token para { $app } y envíelos en 24 horas
step-send-token-detail = Séllelos en un { -token-packet } (age) para la clave del proveedor o con una frase de contraseña dada por teléfono; el paquete indica cuándo caduca el token. Nunca los envíe por correo sin cifrar ni por chat.
step-provider-connects = Canjee el token antes de que caduque
step-provider-connects-detail = El equipo de { $app } abre el paquete y canjea el «{ -ui-company-uuid }» y el token por los tokens OAuth de la empresa en su propio servidor. Si el token caducó antes, el administrador genera uno nuevo y lo vuelve a sellar.
step-confirm-listing = Confirme que la ficha de { $app } muestra «{ -ui-connected }»
step-confirm-listing-detail = La ficha de { $app } en «{ -ui-app-center }» muestra que está conectada. Si no es así, abra la ficha y elija «{ -ui-connect }» de nuevo.
step-confirm-with-provider = Confirme con el proveedor de { $app } que la conexión funciona
step-confirm-with-provider-detail = El equipo de { $app } confirma que el canje funcionó y que la aplicación lee los datos de la empresa. Si falló (un token caducado o el centro de datos equivocado), genere un token nuevo y vuelva a sellarlo.

## El ticket del Helpdesk

ticket-request = Por favor, creen un { -profile } de usuario «{ -ui-web-services-administrator }» en nuestro Concur { $edition }{ $company } para que podamos habilitar la aplicación asociada { $app }.
ticket-app-placeholder = [nombre de la aplicación]
ticket-login-id-placeholder = [{ -ui-login-id }]
ticket-first-name-placeholder = [nombre]
ticket-last-name-placeholder = [apellido]
ticket-permissions-placeholder = [permisos]
ticket-admin-email-placeholder = [correo del administrador]
ticket-dedicated = Es un { -profile } de servicio dedicado, no la cuenta de una persona real. El administrador autorizante es { $admin } ({ $email }), quien habilitará la aplicación.
ticket-no-password = Por favor, no incluyan la contraseña en este ticket; indíquennos cómo se proporcionará la contraseña inicial.

## La exportación Markdown

md-title-app-center = Lista de conexión en «{ -ui-app-center }»
md-title-token = Lista del «{ -ui-company-request-token }»
md-title-ws = Lista de habilitación { -ws-admin }
md-app-not-named = (aplicación aún sin nombre)
md-company = Empresa
md-edition = Edición
md-prepared = Preparada el
md-progress = Progreso: { $done } de { $total } hechos
md-data-centre = Centro de datos
md-data-centre-not-chosen = aún sin elegir
md-ws-login-id = «{ -ui-login-id }» { -ws-admin }
md-authorizing-admin = Administrador autorizante
md-data-needed = Datos que necesita la aplicación
md-none-chosen = ninguno elegido
md-profile-check = Comprobación del { -profile }
md-no-token = Esta lista no contiene ningún token. Envíe el token solo en un { -token-packet } sellado.
md-no-password = Esta lista no contiene ninguna contraseña. Envíe las credenciales solo en un { -handoff-packet } sellado.
md-group-progress = { $done } de { $total } hechos
md-not-applicable = no aplica
md-in-concur = En Concur
md-gated = Solo cuando el { -profile } no tenga errores.
md-done = Hecho
md-marked-not-applicable = Marcado como no aplicable
md-note = Nota
md-empty = (vacío)

## El recuento de las reglas

tally = { $errors ->
        [0] ningún error
        [one] { $errors } error
       *[other] { $errors } errores
    }, { $warnings ->
        [0] ninguna advertencia
        [one] { $warnings } advertencia
       *[other] { $warnings } advertencias
    }

## La página

language-label = Idioma
language-failed = No se pudo cambiar el idioma: { $reason }
title-ws = { -profile } { -ws-admin }
lede-ws = Prepare el usuario dedicado de Concur «{ -ui-web-services-administrator }» con el que inicia sesión una aplicación asociada. Todo queda en este navegador; los borradores se guardan aquí y nunca se envían.
lede-token = Prepare el token con el que se conecta una aplicación asociada con «{ -ui-app-id }» y entréguelo sellado. Todo queda en este navegador; los borradores se guardan aquí y nunca se envían.
title-provider = Reciba las credenciales de Concur de un cliente
lede-provider = Para el { -app-provider }: cree una clave, envíe su parte pública al administrador del cliente y abra el paquete sellado que le devuelva. Todo queda en este navegador.
i-am-provider = Soy el proveedor de la aplicación
i-am-admin = Soy el administrador del cliente
views-label = Vistas
tab-profile = Perfil
tab-checklist = Lista
tab-handoff = Entrega
open-link-label = Abrir un enlace compartido
open-link-button = Abrir
welcome-company-day = Preparada para { $company } el { $day }
welcome-company = Preparada para { $company }
welcome-day = Una lista preparada el { $day }
welcome-plain = Una lista preparada para usted
welcome-stays-here = Nada de lo que introduzca sale de este navegador hasta que lo comparta.
got-it = Entendido
printed = Impresa el { $day } · { $edition } · { $draft }
print-ws = «{ -ui-login-id }» { -ws-admin }: { $login } · Administrador autorizante: { $admin }
print-token = «{ -ui-company-request-token }» · «{ -ui-app-id }»: { $app-id } · Administrador autorizante: { $admin }
checklist-title-ws = Lista de habilitación
checklist-title-token = Lista del «{ -ui-company-request-token }»
all-steps = Todos los pasos
progress-done = { $done } de { $total } hechos
who-creates = ¿Quién crea el usuario { -ws-admin }?
how-token = ¿Cómo obtiene la aplicación su token?
see-findings = Ver los hallazgos
export-title = Exportar y compartir
export-hint = Las exportaciones y los enlaces llevan los nombres e identificadores del { -profile }, nunca una contraseña.
notes-secret = Una nota aquí parece una contraseña o un token: quítela antes de compartir.
download-markdown = Descargar Markdown
download-json = Descargar JSON
print = Imprimir
share-link = Compartir como enlace
share-template = Compartir una plantilla (sin datos personales)
link-template-label = Enlace de plantilla para su cliente
link-label = Enlace a esta lista
link-template-hint = Lleva la edición, la aplicación, el dominio de la empresa y los datos necesarios: sin nombres, sin identificadores, sin contraseña. El cliente completa el resto.
link-hint = Lleva la lista y los nombres e identificadores del { -profile }, nunca una contraseña. La parte después de # se queda en el navegador: no se envía a ningún servidor.
copy-link = Copiar enlace
link-copied = Enlace copiado.
copy = Copiar
copy-value = Copiar { $label }
copied = Copiado
generate-password = Generar la contraseña
open-handoff-to-seal = Abrir la entrega para sellarlos
locked-until-clean = Bloqueado hasta que el { -profile } no tenga errores.
not-ticked = No marcado: { $reason }.
not-applicable = No aplica
stamp-done = Hecho { $when }
stamp-marked = Marcado { $when }
note = Nota
note-placeholder = Opcional: quién, cuándo, número de ticket
note-secret = Esto parece una contraseña o un token: las notas se guardan y comparten sin cifrar. Quítelo.

## El formulario del perfil

field-connection = Cómo se conecta la aplicación
field-edition = Edición de Concur
field-app-name = Nombre de la aplicación asociada
field-app-id = «{ -ui-app-id }» de la aplicación
field-company-name = Empresa cliente (opcional)
field-data-center = Centro de datos de Concur
field-company-domain = Dominio de correo de la empresa
field-data-access = Datos que necesita la aplicación
field-admin-first-name = Nombre del administrador
field-admin-last-name = Apellido del administrador
field-admin-email = Correo del administrador
field-admin-login-id = «{ -ui-login-id }» propio del administrador
field-admin-role = Rol propio del administrador
field-known-users = Usuarios reales conocidos
field-passphrase = Frase de contraseña
field-generated-at = Generado el
connection-ws = Usuario { -ws-admin } (esta guía)
hint-connection = Pregunte al { -app-provider }. Las aplicaciones que inician sesión con usuario y contraseña necesitan un usuario { -ws-admin }; las que le dan un «{ -ui-app-id }» necesitan un «{ -ui-company-request-token }».
legend-app-company = La aplicación y su empresa
legend-admin = El administrador que autoriza la aplicación
legend-ws-profile = El { -profile } { -ws-admin }
hint-app-name = Tal como lo escribe el { -app-provider }, p. ej. Expensify
hint-company-name = De quién es este borrador, p. ej. Müller & Söhne GmbH: se muestra en títulos, exportaciones y el paquete
hint-app-id = El UUID que le da el { -app-provider }, p. ej. 0f8e6c2a-5b1d-4e7f-9a3c-2d4b6e8f0a1c
hint-company-domain = La parte después de la @ en las direcciones de correo de su empresa, p. ej. acme.com
hint-admin-login-id = Opcional: solo si difiere del correo
hint-login-id = WSAdmin, luego el nombre de la aplicación, en el dominio de su empresa
hint-first-name = WSAdmin y el nombre del administrador autorizante, p. ej. WSADMIN_John
hint-last-name = El apellido del administrador autorizante
hint-email-standard = Opcional en Standard Edition
hint-email-professional = Professional Edition: el correo propio del administrador autorizante
hint-edition = Standard Edition crea los usuarios en Administration > Setup > Users; Professional Edition, en Administration > Company Admin.
hint-data-center = Dónde está el Concur de su empresa: lo indica la dirección en la que inicia sesión (us. o www. es US, eu1. o emea. es EMEA).
choose = Elija…
role-confirmation = Mi propia cuenta tiene el rol { $role } ({ $menu })
optional-suffix = {" "}(opcional)
hint-known-users = Correos o «{ -ui-login-id }» de personas reales, uno por línea: el «{ -ui-login-id }» { -ws-admin } no debe ser ninguno de ellos.
spelling-waiting = Transcribiendo el nombre de la aplicación a letras latinas para el «{ -ui-login-id }»…
spelling-failed = Este navegador no pudo iniciar el worker que transcribe el nombre de la aplicación a letras latinas, así que el «{ -ui-login-id }» no tiene sugerencia: escríbalo usted como WSAdmin-, el nombre de la aplicación en letras latinas, @ y el dominio de su empresa.
severity-error = Error
severity-warning = Advertencia
fix-label = Solución:
apply-fix = Aplicar la solución
rule = Regla
summary-start = { -profile } nuevo: empiece por la edición, el nombre de la aplicación y el administrador autorizante. Los hallazgos aparecen mientras escribe.
summary-clear-ws = Todo correcto: este { -profile } está listo para crearse en Concur.
summary-clear-token = Todo correcto: puede generar el «{ -ui-company-request-token }».
summary-warnings = { $tally }. Nada bloquea el { -profile }; vale la pena revisar las advertencias.
summary-errors = { $tally }. Corrija los errores antes de crear el { -profile }.
drafts-label = Borradores
draft = Borrador
new-profile = { -profile } nuevo
delete-draft = Eliminar borrador
delete-draft-confirm = ¿Eliminar el borrador «{ $title }»? No se puede deshacer.
import = Importar…
export = Exportar
fill-suggestions = Rellenar sugerencias
ticket-in-english = Redactar el ticket del Helpdesk en inglés (el Helpdesk de Concur puede necesitarlo)

## Por qué importa cada regla

why-app-required = El «{ -ui-login-id }» y el paso de habilitación nombran ambos la aplicación asociada.
why-app-name-chars = El nombre se copia en el ticket del Helpdesk y en el paquete, donde un carácter de control puede ocultar texto.
why-app-id-required = Un «{ -ui-company-request-token }» se genera para un solo «{ -ui-app-id }»; sin él no hay nada que introducir en la página de Concur.
why-app-id-format = La página de Concur solo acepta un «{ -ui-app-id }» como el UUID que registró el proveedor; todo lo que lo rodee se rechaza.
why-data-center-required = La página del token solo existe en algunos centros de datos, y el proveedor debe llamar al centro de datos de la empresa.
why-data-center-no-token-page = La página «{ -ui-company-request-token }» no existe en este centro de datos, así que el administrador no puede generar el token por sí mismo.
why-access-none = Los roles del { -profile } deciden qué datos ve la aplicación; sin ninguno no ve nada.
why-domain-format = El «{ -ui-login-id }» termina con el dominio de correo de la empresa; una dirección web o una errata ahí acaba en cada sugerencia.
why-admin-incomplete = El { -profile } lleva el nombre del administrador autorizante para que cualquiera pueda saber después quién habilitó la aplicación.
why-admin-role-unconfirmed = Solo un administrador cuya propia cuenta tenga el rol de servicios web de la edición puede abrir la página «{ -ui-company-request-token }» o usar «{ -ui-connect }» en «{ -ui-app-center }».
why-admin-name-chars = Los nombres del administrador se copian en el { -profile }; los espacios alrededor o los caracteres invisibles también se copiarían.
why-admin-email-format = El correo del administrador da el dominio de la empresa y, en Professional Edition, figura en el { -profile }; debe ser una dirección real.
why-login-required = El { -app-provider } inicia sesión con este «{ -ui-login-id }».
why-login-format = Un «{ -ui-login-id }» de Concur tiene forma de dirección de correo, nombre@dominio.
why-login-chars = Concur rechaza estos caracteres, y los invisibles dan un «{ -ui-login-id }» que nadie puede escribir.
why-login-length = Concur corta o rechaza los «{ -ui-login-id }» más largos.
why-login-wsadmin = WSAdmin en el «{ -ui-login-id }» marca la cuenta como { -profile } de servicio, no como una persona.
why-login-app = El nombre de la aplicación en el «{ -ui-login-id }» distingue el { -ws-admin } de cada aplicación cuando hay varias habilitadas.
why-login-personal = Si se usa la cuenta de una persona real y esta deja la empresa, la aplicación deja de funcionar.
why-login-domain = Un «{ -ui-login-id }» fuera del dominio de la empresa se confunde fácilmente con el de otra persona o el del proveedor.
why-first-required = Concur exige un nombre en cada usuario.
why-first-chars = Los espacios alrededor de un nombre o los caracteres invisibles hacen el { -profile } difícil de encontrar y distinguir.
why-first-prefix = El prefijo WSAdmin hace que el { -profile } sea fácil de encontrar e identificar después.
why-first-admin = El nombre registra qué administrador real autorizó la aplicación.
why-first-length = Concur rechaza nombres más largos.
why-last-required = Concur exige un apellido en cada usuario.
why-last-chars = Los espacios alrededor de un nombre o los caracteres invisibles hacen el { -profile } difícil de encontrar y distinguir.
why-last-admin = El apellido registra qué administrador real autorizó la aplicación.
why-last-length = Concur rechaza apellidos más largos.
why-email-required = Professional Edition pone el correo real del administrador autorizante en el { -profile }.
why-email-format = Concur rechaza una dirección de correo a la que no puede entregar.
why-email-admin = Professional Edition espera el correo real del administrador autorizante en el { -profile }.
why-perm-admin = Sin el rol de administrador de servicios web no se puede habilitar la aplicación: Concur atenúa «{ -ui-connect }».
why-perm-access = La aplicación solo ve los datos cuyo rol tiene el { -profile }; si falta un rol, faltan esos datos.
why-perm-unneeded = Un rol para datos que la aplicación no necesita le da más de lo que pidió.
why-perm-unknown = En la pantalla de una edición solo existen sus propios permisos; nada más se puede marcar.
why-perm-duplicate = Un permiso listado dos veces se marca una sola vez en Concur; la lista ya no dice lo que tiene el { -profile }.
why-company-uuid-format = El proveedor canjea el token junto con el «{ -ui-company-uuid }»; uno equivocado hace fallar el canje.
why-token-required = El token es lo que el proveedor canjea por el acceso de la empresa; sin él no hay nada que entregar.
why-token-paste = Un token copiado nunca tiene espacios, saltos de línea ni caracteres tipográficos; con ellos el canje falla.
why-token-future = La caducidad se cuenta desde la generación; una hora en el futuro hace que el token parezca válido más tiempo del real.
why-token-expired = Concur rechaza un token de solicitud 24 horas después de generarse; el proveedor no podría usarlo.
why-token-expiring = El proveedor debe canjear el token antes de que caduque; si quedan pocas horas, un paquete leído mañana no sirve.
why-password-weak = La contraseña es lo único que protege un { -profile } capaz de leer los datos de gastos, viajes o facturas de la empresa.
why-password-personal = Una contraseña hecha con los nombres del propio { -profile } es lo primero que prueba un atacante.
why-passphrase-weak = Quien tenga un paquete sellado puede probar frases de contraseña sin conexión todo el tiempo que quiera; solo una larga e imposible de adivinar mantiene la contraseña dentro.
why-passphrase-words = Una frase de contraseña se lee al proveedor por teléfono; son unas cuantas palabras, no una cadena de caracteres ni una palabra repetida.
why-passphrase-known = Las frases famosas están en todas las listas de ataque y se prueban primero, por largas que sean.
why-passphrase-personal = Los nombres del propio { -profile } (la aplicación, la empresa, el administrador) son las primeras palabras que prueba un atacante con el paquete.
why-password-policy = Concur rechaza una contraseña que incumple la política de inicio de sesión de la empresa.

## Hallazgos y soluciones del perfil

subject-problem = { $subject } { $problem }
subj-login-id = El «{ -ui-login-id }»
subj-first-name = El nombre
subj-last-name = El apellido
subj-email = El correo
subj-admin-first-name = El nombre del administrador autorizante
subj-admin-last-name = El apellido del administrador autorizante
subj-admin-email = El correo del administrador autorizante
subj-company-domain = El dominio de la empresa { $domain }
required = Este campo es obligatorio
use-value = Use { $value }
not-uuid-secret = El «{ $what }» no es un UUID; su contenido parece un token o una contraseña (no se muestra aquí): muévalo a donde corresponde
not-uuid = El «{ $what }» { $value } no es un UUID
too-long = { $subject } tiene { $length } caracteres; Concur admite como máximo { $max }
pred-contains = contiene { $char }
pred-spaces-around = tiene espacios delante o detrás
pred-longer-than = supera los { $max } caracteres
char-space = un espacio
char-invisible = un carácter invisible ({ $code })
char-forbidden = { $char }, que Concur no admite
addr-no-at = no tiene @; debe tener la forma nombre@empresa.com
addr-many-at = tiene { $count } signos @; debe tener exactamente uno
addr-nothing-before-at = no tiene nada antes de la @
addr-local-dots = tiene un punto al principio o al final de la parte antes de la @, o dos puntos seguidos
addr-no-dot-domain = no tiene punto en su dominio, después de la @
addr-empty-domain-part = tiene una parte vacía en su dominio (un punto al principio o al final, o dos puntos)
addr-hyphen = tiene una parte de su dominio que empieza o termina con un guion
domain-empty = está vacío
domain-space = contiene un espacio
domain-at = contiene una @: indique solo lo que va después
domain-web = es una dirección web: indique solo el dominio
domain-ends-dot = termina con un punto
domain-no-dot = no tiene ningún punto
domain-www = empieza por www., que designa un sitio web; indique el dominio de correo
domain-bad-part = tiene una parte vacía, que empieza o termina con un guion o que contiene un carácter que un dominio no admite
fix-app-required = Introduzca el nombre de la aplicación asociada tal como lo escribe su proveedor
app-name-holds = El nombre de la aplicación contiene { $char }
fix-app-name-again = Vuelva a escribir el nombre de la aplicación tal como lo escribe su proveedor
app-id-missing = Falta el «{ -ui-app-id }» de la aplicación
fix-app-id-ask = Pida su «{ -ui-app-id }» al { -app-provider }: un UUID como 0f8e6c2a-5b1d-4e7f-9a3c-2d4b6e8f0a1c
fix-app-id-copy = Vuelva a copiar el «{ -ui-app-id }» del proveedor: 8-4-4-4-12 dígitos hexadecimales, p. ej. 0f8e6c2a-5b1d-4e7f-9a3c-2d4b6e8f0a1c
data-center-not-chosen = No se ha elegido el centro de datos de Concur de la empresa
fix-data-center = Mire la dirección en la que inicia sesión en Concur: us. o www. es US, eu1. o emea. es EMEA; si tiene dudas, pregunte a Concur
no-token-page = La página «{ -ui-company-request-token }» no está disponible en el centro de datos { $center }
fix-no-token-page = Contacte con SAP Concur «{ -ui-client-web-services }» para que generen el token
no-data = No se ha elegido ningún dato para la aplicación
fix-no-data = Marque Expense, Travel o Invoice, según pida el { -app-provider }
fix-domain = Introduzca solo el dominio de las direcciones de correo de la empresa, p. ej. acme.com
admin-first-missing = Falta el nombre del administrador autorizante
admin-last-missing = Falta el apellido del administrador autorizante
admin-email-missing = Falta el correo del administrador autorizante
fix-admin-first = Introduzca el nombre del administrador real que autoriza la aplicación
fix-admin-last = Introduzca el apellido del administrador real que autoriza la aplicación
fix-admin-email = Introduzca el correo del administrador real que autoriza la aplicación
fix-admin-first-mononym = Introduzca el nombre del administrador real que autoriza la aplicación. Si { $name } es su único nombre, Concur necesita igualmente ambos: lo habitual es escribirlo en los dos
fix-admin-last-mononym = Introduzca el apellido del administrador real que autoriza la aplicación. Si { $name } es su único nombre, Concur necesita igualmente ambos: lo habitual es escribirlo en los dos
role-unconfirmed = No ha confirmado que su propia cuenta tiene el rol { $role }
fix-role-unconfirmed = Compruebe los roles de su propio usuario ({ $menu }) y marque la confirmación; si falta el rol, pídalo a su administrador de Concur
fix-spaces-around = Quite los espacios alrededor: { $value }
fix-email-alias = Es una dirección real, pero Concur rechaza ese carácter en el correo que guarda. Use otra dirección del mismo buzón sin él, como { $alias }; si no hay ninguna, pida ese alias a su administrador de correo
fix-admin-own-address = Introduzca la dirección propia del administrador, p. ej. john.smith@acme.com
login-empty = El «{ -ui-login-id }» está vacío
fix-login-use-scheme = Use WSAdmin-<App>@<dominio de su empresa>
fix-login-shape = Escríbalo como nombre@dominio-empresa
fix-only-allowed-chars = Use solo letras, dígitos, @ y . _ -
fix-remove-it = Quítelo: { $value }
fix-login-shorten = Acórtelo, manteniendo WSAdmin y el nombre de la aplicación
login-no-wsadmin = El «{ -ui-login-id }» no contiene WSAdmin antes de la @
fix-login-start = Empiécelo por WSAdmin-
login-no-app = El «{ -ui-login-id }» no nombra la aplicación { $app }
login-app-cut = { $message } (bastan sus primeras { $room } letras, { $part }: el nombre completo no cabe en { $max } caracteres)
fix-login-app = Ponga el nombre de la aplicación después de WSAdmin-
login-id-taken = El «{ -ui-login-id }» ya está en uso: figura entre los usuarios conocidos, y los «{ -ui-login-id }» son únicos en todo Concur
fix-login-qualifier = Añada un calificador antes de la @, como WSAdmin-<App>-<Empresa>@<dominio>
login-is-admin-email = El «{ -ui-login-id }» es el correo propio del administrador autorizante; el { -profile } debe ser dedicado, no el de una persona
login-is-admin-login = El «{ -ui-login-id }» es el «{ -ui-login-id }» propio del administrador autorizante; el { -profile } debe ser dedicado, no el de una persona
login-is-known-user = El «{ -ui-login-id }» es el de un usuario real conocido; el { -profile } debe ser dedicado, no el de una persona
fix-login-new-user = Cree un usuario nuevo llamado WSAdmin-<App>@<dominio>
login-other-domain = El dominio { $domain } del «{ -ui-login-id }» no es el de la empresa, { $company }
login-other-domain-from-email = El dominio { $domain } del «{ -ui-login-id }» no es el de la empresa, { $company } (según el correo del administrador)
fix-login-domain = Termine el «{ -ui-login-id }» con el dominio de la empresa
login-fix-ascii = { $fix } ({ $typed } tal como lo escribe el DNS en letras ASCII, { $ascii }, que es lo que usa un «{ -ui-login-id }»)
first-empty = El nombre está vacío
fix-first-use = Use WSADMIN_ y el nombre del administrador autorizante
first-no-prefix = El nombre no empieza por WSAdmin
fix-first-prefix = Escriba WSADMIN_ antes del nombre del administrador
first-should-be-admins = Después de WSAdmin, el nombre debería ser el del administrador, { $name }
fix-first-write = Escriba WSADMIN_ y el nombre del administrador
first-should-be = Después de { $prefix }, el nombre debería ser { $expected }
expected-first = el nombre del administrador, { $name }
expected-last = el apellido del administrador, { $name }
expected-cut = { $whole } o, como no cabe en { $max } caracteres, una parte inicial como { $part }
fix-first-shorten = Acórtelo; basta con WSADMIN_ y una parte inicial del nombre del administrador
last-empty = El apellido está vacío
fix-last-use-authorizing = Use el apellido del administrador autorizante
last-should-be = El apellido debería ser { $expected }
fix-last-use = Use el apellido del administrador
fix-last-shorten = Acórtelo a 32 caracteres, manteniendo palabras completas
email-needed = Professional Edition necesita un correo en el { -profile }
fix-email-use-admin = Use el correo del administrador autorizante
fix-email-valid = Introduzca una dirección válida, p. ej. nombre@empresa.com
email-should-be-admins = El correo debería ser el del administrador autorizante, { $email }
profile-lacks = Al { -profile } le falta { $role }
fix-tick = Marque { $role }
data-role-missing = La aplicación necesita datos de { $data }, pero al { -profile } le falta { $role }
role-unneeded = { $role } concede datos de { $data }, que la aplicación no necesita
fix-untick = Desmarque { $role } o marque { $data } en los datos necesarios
fix-other-edition-label = { $role } es una etiqueta de { $other }; { $edition } lo llama { $equivalent }
fix-remove-listing = Quítelo; { $edition } ofrece { $roles }
not-a-permission = { $role } no es un permiso de { $edition }
listed-twice = { $role } aparece más de una vez
fix-keep-one = Deje uno de cada
fix-name-again = Vuelva a escribir el nombre, sin espacios alrededor

## The command line

cli-ready-ws = Listo para crearse en Concur.
cli-ready-token = Listo para generar el «{ -ui-company-request-token }».
cli-error = error
cli-warning = aviso
cli-fix = solución:
cli-files-summary = { $files } archivos: { $clean } sin errores, { $errors } con errores, { $unusable } inutilizables
fix-by-hand = Corríjalo a mano: nada de lo que se deriva del perfil cumple aquí todas las reglas

## The handoff: the provider's side

handoff-title = Entrega de credenciales
handoff-memory-only = Las contraseñas, frases de contraseña y claves solo quedan en la memoria de esta página: nunca se guardan, exportan ni envían.
clear-secrets = Borrar secretos
secrets-cleared = Secretos borrados de esta página
provider-side-title = Lado del { -app-provider }: recibir credenciales
make-a-key = 1. Crear una clave
key-hint = Mantenga privado el archivo de clave; envíe la clave pública (o el enlace) al administrador del cliente.
generate-key = Generar una clave y descargarla
your-public-key = Su clave pública
fingerprint-hint = Huella, para leerla en voz alta cuando el administrador la pida:
copy-public-key = Copiar la clave pública
copy-client-link = Copiar el enlace para el cliente
open-a-packet = 2. Abrir un paquete
packet-label = Paquete (péguelo o elija el archivo .age)
choose-packet-file = Elegir un archivo de paquete
your-key-file = Su archivo de clave
key-loaded-from = Clave cargada desde { $name }
or-passphrase = O la frase de contraseña
open-packet = Abrir el paquete
hide = Ocultar
reveal = Mostrar

## The page's notices

copy-of-a-draft = Es una copia de uno de sus borradores: elija abajo si quiere actualizarlo.
opened-shared = Se abrió la lista compartida como un borrador propio.
imported-as-draft = Se importó { $name } como un borrador propio.
already-here = { $title } ya está aquí, con todo lo que contiene esta copia.
provider-file-too-large = { $name } es demasiado grande para ser un paquete o un archivo de clave
not-our-link = No es un enlace de wsadmin-prep: no tiene la parte #checklist= ni #recipient=. Sus borradores no cambian.
eviction-notice = Este navegador puede borrar los borradores guardados aquí tras 7 días sin visitas (Safari lo hace, salvo que la app esté en la pantalla de inicio). Guarde como archivo el borrador que necesite:
export-this-draft = Exportar este borrador
saving-refused = Los borradores no se están guardando: el navegador se negó a almacenarlos (su almacenamiento está lleno o desactivado). No se borra nada guardado antes; use Exportar para conservar este borrador como archivo.
saving-unavailable = Este navegador no deja que la página conserve borradores: duran hasta que se cierre esta pestaña. Use Exportar para conservar un borrador como archivo.
reload = Recargar
update-ready = Hay una nueva versión de wsadmin-prep lista. Sus borradores se conservan.
newer-saves = { $count ->
        [one] Una versión más reciente de wsadmin-prep guardó un borrador; esta versión no lo toca. Recargue para abrirlo con la versión más reciente.
       *[other] Una versión más reciente de wsadmin-prep guardó { $count } borradores; esta versión no los toca. Recargue para abrirlos con la versión más reciente.
    }
copy-changes = Es una copia de su borrador { $title }. Cambia:
update-the-draft = Actualizar el borrador
keep-both = Conservar ambos
conflict-changed = Este borrador se cambió en otra pestaña o ventana mientras lo editaba aquí.
load-newer = Cargar la versión más reciente
conflict-deleted = Este borrador se eliminó en otra pestaña o ventana mientras lo editaba aquí.
close-it-here = Cerrarlo aquí
conflict-newer-version = Una versión más reciente de wsadmin-prep, abierta en otra pestaña o ventana, cambió este borrador.
close-it-here-reload = Cerrarlo aquí (recargue para abrirlo)
not-saved-until-choice = Lo que cambie aquí no se guarda hasta que elija.
keep-mine = Conservar la mía como borrador aparte
link-made-in = Esta lista se compartió en { $language }. Mostrar esta página en:

## The handoff: the admin's side

admin-side-token = Su lado: selle el «{ -ui-company-uuid }» y el token para el { -app-provider }
admin-side-ws = Su lado: selle el «{ -ui-login-id }» y la contraseña para el { -app-provider }
sealing-waits = { $errors ->
        [one] El { -profile } tiene { $errors } error; el sellado espera a que se corrija.
       *[other] El { -profile } tiene { $errors } errores; el sellado espera a que se corrijan.
    }
sealing-waits-token = { $errors ->
        [one] El { -profile } tiene { $errors } error en el nombre de la aplicación, el «{ -ui-app-id }» o el centro de datos; el sellado espera a que se corrija.
       *[other] El { -profile } tiene { $errors } errores en el nombre de la aplicación, el «{ -ui-app-id }» o el centro de datos; el sellado espera a que se corrijan.
    }
legend-password = Contraseña
ws-admin-password = Contraseña { -ws-admin }
password-hint = Escríbala aquí y en Concur; nunca se guarda. Genere una abajo.
show = Mostrar
checking = Comprobando…
password-strength = Robustez de la contraseña
strength-of-4 = Robustez { $score } de 4
strength-first-100 = (primeros 100 caracteres)
generate-a-password = Generar una contraseña
length-characters = Longitud: { $length } caracteres
symbols = Símbolos
no-lookalikes = Sin caracteres parecidos (0/O, 1/l)
words-instead = Palabras en su lugar (6 palabras)
generate = Generar
company-policy = Política de contraseñas de la empresa (se guarda con el { -profile })
minimum-length = Longitud mínima
upper-case = Mayúsculas
lower-case = Minúsculas
digit = Dígito
symbol = Símbolo
seal-for-provider = Sellar para el { -app-provider }
seal-to = Sellar para
seal-to-key = La clave pública del proveedor (recomendado)
seal-to-passphrase = Una frase de contraseña que le dice por teléfono
providers-public-key = Clave pública del proveedor
key-from-link = Rellenada desde el enlace que abrió. Un enlace puede falsificarse: compruebe la clave con el proveedor antes de sellar.
key-typed = Empieza por age1; el proveedor la crea en su lado de esta página.
no-key-link = ¿Aún no hay clave? Envíe a su proveedor este enlace, donde creará una:
no-key-file = ¿Aún no hay clave? Envíe a su proveedor el archivo único de esta aplicación: lo abre y elige «Soy el proveedor de la aplicación».
key-fingerprint = Huella (20 caracteres cerca del final de la clave):
confirm-key = Confirmé esta clave con el proveedor: leyó la misma huella
other-key-offered = El enlace que abrió lleva otra clave, huella
yours-is-kept = . Se mantiene la suya salvo que la elija.
use-links-key = Usar la clave del enlace
keep-my-key = Conservar mi clave
hide-passphrase = Ocultar la frase de contraseña
show-passphrase = Mostrar la frase de contraseña
passphrase-again = Repita la frase de contraseña
generate-passphrase = Generar una frase de contraseña
tell-by-phone = Dígasela al proveedor por teléfono, nunca en el mensaje que lleva el paquete.
copy-passphrase = Copiar la frase de contraseña
logged-in-once = He iniciado sesión una vez con estas credenciales (la cuenta está activada)
note-for-provider = Nota para el proveedor (opcional)
sealing = Sellando…
seal-packet = Sellar el paquete
sealed-packet = Paquete sellado: envíelo por cualquier canal
download-age = Descargar .age
copy-packet = Copiar el paquete
packet-taken-tick = Paquete recogido. ¿Marcar { $step } como hecho en la lista ahora?
tick-it = Marcar
token-dialog-showed = Lo que mostró el cuadro de diálogo de Concur
token-dialog-hint = Genere el token en { $menu } y copie aquí ambos valores antes de cerrar el cuadro de diálogo. Solo quedan en la memoria de esta página.
token-generated-when = Cuándo se generó el token (su hora)
token-generated-hint = Se fija al pegar el token; cámbielo si generó el token antes.

## What keeps a packet from being sealed

blocker-profile-errors = { $count ->
        [one] El { -profile } tiene { $count } error; corríjalo primero
       *[other] El { -profile } tiene { $count } errores; corríjalos primero
    }
blocker-no-password = Introduzca la contraseña { -ws-admin }
blocker-password-unchecked = La contraseña aún se está comprobando
blocker-password-rules = La contraseña incumple { $rules }; corrija primero los hallazgos de la contraseña
blocker-no-recipient = Introduzca la clave pública del proveedor (age1…)
blocker-passphrase-short = { $chars ->
        [one] La frase de contraseña tiene { $chars } carácter; necesita al menos { $min }
       *[other] La frase de contraseña tiene { $chars } caracteres; necesita al menos { $min }
    }
blocker-passphrases-differ = Las dos frases de contraseña no coinciden
blocker-passphrase-unchecked = La frase de contraseña aún se está comprobando
blocker-passphrase-rules = La frase de contraseña incumple { $rules }: genere una o selle para la clave del proveedor
blocker-key-not-confirmed = Confirme primero la clave con el proveedor: lee su huella y coincide
blocker-note-too-long = La nota tiene { $chars } caracteres; una nota puede tener como máximo { $max }
blocker-token-rules = Los valores del token incumplen { $rules }; corrija primero los hallazgos del token
blocker-not-activated = Inicie sesión primero una vez en Concur con estas credenciales y confírmelo: Concur puede pedir entonces una contraseña nueva, y esa nueva es la que hay que sellar

## The password's and the passphrase's findings

pw-weak = La contraseña es fácil de adivinar (robustez { $score } de 4)
pw-use-generator = Use el generador, o cuatro o más palabras sin relación
pw-contains = La contraseña contiene { $what }
pw-nothing-personal = Use una contraseña sin nada del { -profile }
pp-weak = La frase de contraseña es demasiado fácil de adivinar sin conexión (unos { $bits } bits; se necesitan al menos { $min })
pp-generate-or-key = Genere una (seis o más palabras aleatorias) o selle para la clave del proveedor
pp-few-words = { $words ->
        [one] La frase de contraseña tiene { $words } palabra distinta de tres letras o más; necesita al menos { $min }
       *[other] La frase de contraseña tiene { $words } palabras distintas de tres letras o más; necesita al menos { $min }
    }
pp-generate = Genere una (seis o más palabras aleatorias)
pp-well-known = La frase de contraseña contiene una frase conocida ({ $source })
pp-contains = La frase de contraseña contiene { $what }
pp-nothing-personal = Use una frase de contraseña sin nada del { -profile }; genere una
pw-breaks-policy = La contraseña incumple la política de la empresa: { $shortfalls }
pw-meet-policy = Genere una que cumpla la política
personal-login-id = el «{ -ui-login-id }»
personal-admin-first = el nombre del administrador
personal-admin-last = el apellido del administrador
personal-app = el nombre de la aplicación
personal-domain = el dominio de la empresa
policy-too-short = tiene { $length } caracteres; la política pide al menos { $min }
policy-too-long = tiene { $length } caracteres; Concur admite como máximo { $max }
policy-no-upper = no tiene ninguna mayúscula
policy-no-lower = no tiene ninguna minúscula
policy-no-digit = no tiene ningún dígito
policy-no-symbol = no tiene ningún símbolo

## The token's times and findings

span-under-minute = menos de un minuto
span-min = { $m } min
span-h = { $h } h
span-h-min = { $h } h { $m } min
time-left = quedan { $span }
time-expiring = quedan { $span }: conecte ahora o pida un token nuevo al administrador
time-expired = caducó hace { $span }: el administrador debe generar un token nuevo ({ $menu }) y volver a sellarlo
token-has = El token: { $time }.
token-do-not-use = No use este token: { $problem }.
token-expires-at = Caduca el { $at } (su hora): { $time }.
uuid-missing = Falta el «{ -ui-company-uuid }»
fix-uuid-copy = Copie el «{ -ui-company-uuid }» del cuadro de diálogo que mostró el token
fix-uuid-again = Vuelva a copiar el «{ -ui-company-uuid }» del cuadro de diálogo: 8-4-4-4-12 dígitos hexadecimales
token-missing = Falta el «{ -ui-company-request-token }»
fix-token-paste = Pegue el token del cuadro de diálogo; si está cerrado, genere uno nuevo ({ $menu })
token-too-long = El token tiene { $length } caracteres, mucho más que un token de solicitud; se pegó otra cosa
fix-token-alone = Copie solo el token del cuadro de diálogo
token-line-breaks = El token tiene saltos de línea dentro o alrededor, algo que un token copiado nunca tiene
token-spaces = El token tiene espacios dentro o alrededor, algo que un token copiado nunca tiene
fix-remove-whitespace = Quite los espacios y saltos de línea
token-odd-char = El token contiene el carácter { $code }, que un token copiado nunca tiene
fix-token-again = Vuelva a copiar el token del cuadro de diálogo, directamente en este campo (sin pasar por un procesador de textos)
token-future = La hora de generación { $at } está { $span } en el futuro
fix-token-future = Introduzca cuándo se generó el token (la hora en que lo mostró el cuadro de diálogo); compruebe el reloj de este equipo
token-expired = El token caducó hace { $span } (a las { $at })
fix-token-expired = Genere un token nuevo para el mismo «{ -ui-app-id }» ({ $menu }) y selle ese
token-expiring = El token caduca en { $span } (a las { $at })
fix-token-expiring = Envíelo ahora y pida al proveedor que conecte antes, o genere un token nuevo para el mismo «{ -ui-app-id }»

## Drafts: greetings, titles, notices

welcome-fill-then-suggest = Rellene { $fields }; después, «Rellenar sugerencias» escribe los campos del usuario { -ws-admin }.
welcome-fill = Rellene { $fields }.
welcome-suggest = Elija «Rellenar sugerencias» para escribir los campos del usuario { -ws-admin }.
welcome-all-filled = Todo está rellenado: marque cada paso de la lista a medida que lo haga.
app-id-from-link = Del enlace que abrió: compruébelo con el { -app-provider } antes de generar el token.
untitled-profile = { -profile } sin título
switched-edition = Se cambió a { $edition }; roles renombrados con sus etiquetas: { $pairs }.
fill-suggestions-needs = «Rellenar sugerencias» escribe los campos del usuario { -ws-admin } a partir de { $fields }: { $count ->
        [one] rellénelo
       *[other] rellénelos
    } primero.
nothing-to-suggest-token = Nada que sugerir en esta ruta: un «{ -ui-company-request-token }» no tiene esquema de nombres. «Rellenar sugerencias» solo corrige un «{ -ui-app-id }» pegado.
change-kept-yours = { $field }: se mantiene la suya (la copia tiene { $there })
change-note = { $step }: nota

## Links that cannot be opened

link-not-checklist = este enlace no contiene ninguna lista
link-newer-version = este enlace lo creó una versión más reciente de wsadmin-prep (formato de enlace { $version }); pida en su lugar una exportación JSON a quien lo envió
link-damaged = este enlace está dañado ({ $reason }); puede que se cortara al copiarlo
link-not-opened = No se pudo abrir el enlace: { $error }. Sus borradores no cambian.
provider-link-not-used = No se usó el enlace del proveedor: { $error }.
open-link-placeholder = https://…#checklist=… o #recipient=…

## Archivos, guardados y enlaces que no se pueden usar (el motivo de un analizador, citado después, queda en sus palabras)

json-at = línea { $line }, columna { $column }: { $reason }
json-not-object = debe ser un objeto JSON
json-unknown-schema = esquema desconocido { $found }: esta versión lee { $expected }
json-missing-schema = no tiene «schema»: { $expected }
json-key-not-string = una clave no es una cadena JSON
json-key-twice = la clave { $key } aparece dos veces
json-too-many-keys = un objeto tiene más de { $max } claves; ningún archivo de wsadmin-prep tiene tantas
checklist-file-profile = su { -profile }: { $error }
checklist-file-unknown-step = tiene un paso { $id } que esta lista de comprobación no tiene
import-not-checklist = no es una lista de comprobación utilizable: { $error }
import-not-profile = no es un archivo de { -profile }: { $error }
import-markdown = es una lista de comprobación en Markdown, pensada para leer e imprimir: importe en su lugar la exportación JSON de la lista (Descargar JSON)
import-too-large = { $name } ocupa { $whole },{ $tenth } MB; un archivo de { -profile } ocupa unos cientos de bytes, así que no puede serlo (límite 1 MB)
import-unreadable = No se pudo leer { $name }: { $error }
import-unusable = { $name }: { $error }
draft-unchanged = { $problem }. Su borrador abierto no cambia.
restore-newer = lo guardó una versión más reciente de wsadmin-prep ({ $schema })
restore-damaged = está dañado ({ $error })
draft-set-aside = No se pudo abrir un borrador guardado: { $error }. Se conserva aparte en el almacenamiento de este navegador con la clave { $key }.
draft-left-as-is = No se pudo abrir un borrador guardado: { $error }. El almacenamiento está demasiado lleno para apartarlo, así que se deja como estaba.
legacy-not-moved = Algunos borradores guardados por una versión anterior no se pudieron pasar a la nueva organización (el almacenamiento está lleno); están abiertos aquí y el guardado anterior se conserva como estaba.
recipient-link-not-key = la clave del enlace no es una clave pública de age (age1…); pida al proveedor la clave misma
link-not-base64 = no es base64url válido
link-not-deflate = sus datos no se descomprimen
link-not-checklist-data = sus datos no son una lista de comprobación: { $error }
no-compression = este navegador no puede comprimir el enlace (le falta CompressionStream)
language-file-missing = No se pudo cargar el archivo de idioma { $language } (¿sin conexión antes de descargarlo nunca?). La página sigue en { $current }.
language-file-unusable = El archivo de idioma { $language } no se puede usar: { $error }. Recargue la página para obtener el actual.
pack-damaged = el archivo de idioma está dañado
pack-other-build = el archivo de idioma pertenece a otra versión de la aplicación
local-file-notice = Abierta desde un archivo: otras páginas web abiertas aquí desde archivos pueden leer sus borradores (nunca una contraseña).
worker-stopped = el proceso en segundo plano que comprueba y sella las contraseñas se detuvo (puede que se quedara sin memoria); inténtelo de nuevo
worker-unreadable-message = el proceso en segundo plano no pudo leer un mensaje; inténtelo de nuevo
worker-cannot-start = este navegador no puede iniciar el proceso en segundo plano que comprueba y sella las contraseñas
worker-request-stopped = La solicitud se detuvo antes de que respondiera el proceso en segundo plano; inténtelo de nuevo.
worker-bad-request = el proceso en segundo plano no pudo leer la solicitud: { $error }

## El enlace para compartir la lista, copias

share-opens-elsewhere = Este enlace abre { $host }, no la dirección de esta página: se configuró en este equipo.
share-trust-host = { $host } es donde mi empresa aloja wsadmin-prep
share-base-label = Dirección de wsadmin-prep que abre el enlace
share-base-hint = Cámbiela por la dirección donde su empresa aloja wsadmin-prep, si es otra.
share-base-none = Esta copia no tiene dirección web, así que el enlace es solo su parte #: quien lo recibe lo pega en «Abrir un enlace compartido». Indique dónde aloja su empresa wsadmin-prep (https://…) para obtener un enlace completo.
in-concur = En Concur:
concur-label-here = (en Concur en español: «{ $label }»)
quoted = «{ $label }»
token-pasted-expires = El token que pegó caduca: { $at }.
value-copied = { $what }: copiado
copied-public-key = Clave pública
copied-link = Enlace
copied-passphrase = Frase de contraseña
copied-packet = Paquete
copied-password = «{ -ui-password }»
copied-provider-link = Enlace del proveedor

## Sellar y abrir paquetes

not-sealed = No sellado: { $reasons }.
seal-checked-key = Comprobado: sellado para { $recipient }; solo la identidad correspondiente lo abre.
seal-checked-passphrase = Comprobado: abierto de nuevo con la frase de contraseña, y el contenido coincide.
packet-not-age = no es un paquete sellado con age ({ $reason })
packet-too-large = ocupa { $kib } KB o más, demasiado para un { -handoff-packet } (los reales ocupan unos pocos KB); no se abrió
packet-post-quantum = este paquete se selló para una clave poscuántica de age (age1pq1…), que esta versión aún no puede usar: pida que lo sellen para una clave X25519 (age1…) o con una frase de contraseña
packet-wrong-key = este paquete se selló para otra clave. Elija el archivo de clave cuya clave pública envió al administrador
packet-wrong-passphrase = la frase de contraseña no abre este paquete: compruébela con la persona que lo selló
packet-sealed-to-key = este paquete se selló para una clave pública: ábralo en su lugar con el archivo de identidad correspondiente
packet-sealed-to-passphrase = este paquete se selló con una frase de contraseña: ábralo en su lugar con ella
packet-altered = este paquete se cortó o se modificó después de sellarlo: pídalo de nuevo
packet-excessive-work = este paquete pide un factor de trabajo de scrypt de { $factor }, más que los { $max } que necesita un paquete real; se rechazó
packet-not-handoff = el paquete se abrió, pero su contenido no es un { -handoff-packet }: { $reason }
packet-armor-damaged = su armadura ASCII está dañada: { $error }
packet-unknown-version = una versión de age desconocida
packet-header-unreadable = su cabecera no se puede leer; puede que esté cortado
packet-stanza-unfinished = a una sección de su cabecera le falta la última línea corta
packet-not-json = no es JSON
packet-no-schema = no tiene esquema
packet-holds-token = contiene un «{ -ui-company-request-token }», no las credenciales de un usuario { -ws-admin }
key-empty = la clave pública del proveedor está vacía
key-post-quantum = la clave pública del proveedor es una clave poscuántica de age (age1pq1…), que esta versión aún no puede usar: pida una clave X25519 (age1…)
key-bad-start = la clave pública del proveedor debe empezar por age1 (esta empieza por { $start })
key-invalid = la clave pública del proveedor no es una clave X25519 de age válida: compruebe que se copió entera
identity-no-key = el archivo de identidad no contiene ninguna clave
identity-post-quantum = el archivo de identidad contiene una clave poscuántica de age (AGE-SECRET-KEY-PQ-1…), que esta versión aún no puede usar
identity-not-x25519 = el archivo de identidad no contiene una clave secreta X25519 de age (AGE-SECRET-KEY-1…)
token-times-unreadable = su hora de generación o de caducidad no es una hora RFC 3339
token-times-disagree = sus horas no concuerdan (generado { $generated }, caduca { $expires }): un token dura 24 horas
token-times-future = su token se habría generado a las { $generated }, aún por llegar según este reloj

## Los campos de un paquete abierto (los nombres de campo propios de Concur quedan como Concur los muestra)

opened-app = Aplicación
opened-company = Empresa
opened-edition = Edición
opened-activated = Activado
opened-activated-yes = sí
opened-activated-not-yet = todavía no: el administrador debe iniciar sesión una vez primero
opened-company-domain = Dominio de la empresa
opened-sealed-at = Sellado el
opened-note = Nota
opened-data-centre = Centro de datos
opened-generated-at = Generado el
opened-expires-at = Caduca el
opened-time-left = Tiempo restante

## Los errores de la línea de comandos

pair = { $first }: { $second }
cli-cannot-use = no se puede usar { $path }
cli-cannot-read = no se puede leer { $path }
cli-cannot-write = no se puede escribir { $path }
cli-cannot-open = no se puede abrir
cli-cannot-open-path = no se puede abrir { $path }
cli-cannot-seal = no se puede sellar
cli-not-sealed = no sellado
cli-cannot-make-checklist = no se puede crear la lista de comprobación
cli-helpdesk-is-for-ws = --helpdesk es para usuarios { -ws-admin }
cli-app-center-is-for-token = --app-center es para la vía del «{ -ui-company-request-token }»
cli-no-such-route = un { -profile } { $connection } no tiene esa vía: { $route }
cli-give-identity = indique --identity o --passphrase-file
cli-give-recipient = indique --to o --passphrase-file
cli-give-uuid = indique --company-uuid o --company-uuid-file
cli-give-generated-at = indique --generated-at: cuándo mostró el token el diálogo de Concur (una hora RFC 3339 como 2026-11-28T10:00:00Z), o `now` si fue ahora mismo; las 24 horas del proveedor cuentan desde entonces
cli-generated-at-invalid = --generated-at { $text } no es una hora RFC 3339 como 2026-11-28T10:00:00Z o 2026-11-28T11:00:00+01:00
cli-files-unusable = { $count ->
        [one] { $count } de { $total } archivos no se puede usar (indicado arriba)
        [many] { $count } de { $total } archivos no se pueden usar (indicados arriba)
       *[other] { $count } de { $total } archivos no se pueden usar (indicados arriba)
    }
cli-the-token-in = el token de { $path }
cli-output-failed = no se puede escribir la salida: { $error }
cli-standard-output = la salida estándar
cli-public-key = Clave pública: { $key }
cli-fix-summary = { $path }: antes { $before }; ahora { $after }
cli-input-too-large = el archivo supera { $mib } MiB; un archivo de { -profile } ocupa unos cientos de bytes
cli-the-password = la contraseña
cli-the-token = el token
cli-stdin-terminal = la entrada estándar es un terminal, que mostraría { $what } mientras se escribe; use una tubería en su lugar, por ejemplo: read -rs SECRET && printf '%s\n' "$SECRET" | wsadmin-prep …
cli-stdin-unreadable = no se puede leer { $what } de la entrada estándar: { $error }
cli-stdin-empty = la entrada estándar está vacía: pase { $what } por una tubería
cli-passphrase-file-unreadable = no se puede leer el archivo de frase de contraseña { $path }: { $error }
cli-passphrase-file-empty = el archivo de frase de contraseña { $path } está vacío
cli-secret-file-too-large = supera 64 KiB; un archivo de clave o de frase de contraseña ocupa unos cientos de bytes
cli-secret-file-not-utf8 = no es texto UTF-8
cli-uuid-file-unreadable = no se puede leer el archivo de «{ -ui-company-uuid }» { $path }
cli-already-exists = ya existe; elija otro nombre, no se sobrescribió nada
cli-no-temporary-file = no se puede crear un archivo temporal junto a la salida

## La ayuda de la línea de comandos: el resumen de cada comando (la ayuda de las opciones y las descripciones largas quedan en inglés)

help-about = Preparar y comprobar sin conexión un { -profile } de SAP Concur «{ -ui-web-services-administrator }» ({ -ws-admin })
help-lang = El idioma de lo que se muestra a las personas [predeterminado: según LC_ALL, LC_MESSAGES o LANG; si no, inglés]. El JSON, los ID de regla y las etiquetas propias de Concur quedan en inglés
help-validate = Comprobar un archivo de { -profile } con cada regla y mostrar los hallazgos con sus correcciones
help-fix = Aplicar cada sugerencia a un { -profile }, como hace «Rellenar sugerencias» en la aplicación web
help-checklist = Mostrar la lista de comprobación de la habilitación de un { -profile }, en Markdown o JSON
help-keygen = Generar una identidad de age para recibir paquetes de entrega (el lado del proveedor)
help-seal = Sellar con age el «{ -ui-login-id }» y una contraseña (leída de stdin) para el { -app-provider }
help-seal-token = Sellar un «{ -ui-company-request-token }» (leído de stdin) y su «{ -ui-company-uuid }» para el { -app-provider }
help-open = Abrir un paquete de entrega (credenciales o un token) y mostrar sus campos (el lado del proveedor)

## Las observaciones de zxcvbn sobre una contraseña

zx-straight-rows = Las filas rectas de teclas son fáciles de adivinar.
zx-short-keyboard = Los patrones cortos de teclado son fáciles de adivinar.
zx-repeats-aaa = Las repeticiones como «aaa» son fáciles de adivinar.
zx-repeats-abcabc = Las repeticiones como «abcabcabc» son apenas más difíciles de adivinar que «abc».
zx-top-10 = Es una de las 10 contraseñas más comunes.
zx-top-100 = Es una de las 100 contraseñas más comunes.
zx-common = Es una contraseña muy común.
zx-similar-common = Se parece a una contraseña muy usada.
zx-sequences = Las secuencias como abc o 6543 son fáciles de adivinar.
zx-recent-years = Los años recientes son fáciles de adivinar.
zx-word-alone = Una palabra sola es fácil de adivinar.
zx-dates = Las fechas suelen ser fáciles de adivinar.
zx-names-alone = Los nombres y apellidos solos son fáciles de adivinar.
zx-common-names = Los nombres y apellidos comunes son fáciles de adivinar.
zx-use-few-words = Use unas cuantas palabras y evite frases hechas.
zx-no-need-symbols = No hacen falta símbolos, dígitos ni mayúsculas.
zx-add-word = Añada una o dos palabras más. Las palabras poco comunes son mejores.
zx-capitalization = Las mayúsculas no ayudan mucho.
zx-all-uppercase = Todo en mayúsculas es casi tan fácil de adivinar como todo en minúsculas.
zx-reversed = Las palabras al revés no son mucho más difíciles de adivinar.
zx-substitutions = Las sustituciones previsibles como «@» en lugar de «a» no ayudan mucho.
zx-longer-keyboard = Use un patrón de teclado más largo y con más giros.
zx-avoid-repeats = Evite palabras y caracteres repetidos.
zx-avoid-sequences = Evite las secuencias.
zx-avoid-recent-years = Evite los años recientes.
zx-avoid-your-years = Evite los años relacionados con usted.
zx-avoid-your-dates = Evite las fechas y los años relacionados con usted.
