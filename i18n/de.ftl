# Deutsch (Sie-Form). Concurs eigene Beschriftungen bleiben Englisch ({ -ui-… } aus
# concur-labels.ftl), in „…“ gesetzt; der Satz um sie herum ist übersetzt.

## Glossar: die Begriffe des Produkts, in jeder Meldung gleich verwendet.

-profile = Profil
-ws-admin = WS-Admin
-handoff-packet = Übergabepaket
-token-packet = Token-Paket
-app-provider = App-Anbieter
-helpdesk = Concur-Helpdesk

## Die Checkliste: Wege, Gruppen, wer welchen Schritt erledigt

route-admin-ws = Der autorisierende Administrator, in Concur
route-helpdesk = { -helpdesk }, per Ticket
route-admin-token = Token erzeugen und übergeben
route-app-center = Im „{ -ui-app-center }“ verbinden (nichts zu übergeben)

group-check-app-center = Schritt 1: „{ -ui-app-center }“ und Ihre Rolle prüfen
group-connect-app-center = Schritt 2: Die App im „{ -ui-app-center }“ verbinden
group-create-ws = Schritt 1: Das { -ws-admin }-{ -profile } anlegen und aktivieren
group-hand-over-ws = Die Zugangsdaten an den { -app-provider } übergeben
group-enable-ws = Schritt 2: Die App aktivieren
group-create-token = Schritt 1: Den „{ -ui-company-request-token }“ erzeugen
group-hand-over-token = Den Token innerhalb von 24 Stunden an den { -app-provider } übergeben
group-enable-token = Schritt 2: Bestätigen, dass die App verbunden ist

actor-admin = Autorisierender Administrator
actor-helpdesk = { -helpdesk }
actor-provider = App-Anbieter

status-todo = offen
status-done = erledigt
status-not-applicable = entfällt

checklist-gate-note = { $errors ->
        [one] Das { -profile } hat { $errors } Fehler; bis er behoben ist,
       *[other] Das { -profile } hat { $errors } Fehler; bis sie behoben sind,
    } { $locked ->
        [one] bleibt dieser Schritt
       *[other] bleiben diese { $locked } Schritte
    } gesperrt: { $steps }.
checklist-set-aside = { $count ->
        [one] { $count } als erledigt markierter Schritt wurde wieder auf offen gesetzt ({ $steps }): Er ist gesperrt, solange das { -profile } Fehler hat.
       *[other] { $count } als erledigt markierte Schritte wurden wieder auf offen gesetzt ({ $steps }): Sie sind gesperrt, solange das { -profile } Fehler hat.
    } Notizen bleiben erhalten.
tick-unknown-step = diese Checkliste hat keinen Schritt { $step }
tick-profile-has-errors = { $count ->
        [one] das { -profile } hat noch { $count } Fehler; beheben Sie ihn zuerst (der erste, bei { $field }: { $message })
       *[other] das { -profile } hat noch { $count } Fehler; beheben Sie sie zuerst (der erste, bei { $field }: { $message })
    }

## Die Schritte der Checkliste

the-app = die App
the-new-ws-admin = den neuen { -ws-admin }-Benutzer
the-authorizing-admin-name = Der autorisierende Administrator
login-taken = Meldet Concur, dass die „{ -ui-login-id }“ bereits vergeben ist (sie ist in ganz Concur eindeutig, nicht nur in Ihrem Unternehmen), ergänzen Sie vor dem @ einen Zusatz wie WSAdmin-<App>-<Firma> und ändern Sie sie auch in diesem { -profile }, damit Checkliste und Übergabe übereinstimmen.
password-instruction = ein eindeutiges, starkes Passwort: Geben Sie es in Concur ein, niemals in ein Ticket, eine E-Mail oder diese Checkliste
entry-ticket-text = Tickettext
entry-app = App-Name
ticket-after-fixes = wird angezeigt, sobald das { -profile } fehlerfrei ist: Beheben Sie zuerst die Befunde
depending-on-configuration = { $first } oder { $second } (je nach Konfiguration)

step-dedicated-profile = Sicherstellen, dass das { -ws-admin }-{ -profile } ein neuer, eigener Benutzer ist
step-dedicated-profile-detail = Es darf nicht das Konto einer echten Person sein: Werden die Zugangsdaten eines echten Benutzers verwendet und verlässt diese Person das Unternehmen, funktioniert die App nicht mehr.
step-create-user = Den { -ws-admin }-Benutzer anlegen
step-create-user-standard-detail = Auf neueren Sites liegt die Seite unter Administration > Expense Settings (oder Expense & Invoice Settings, oder Invoice Settings) > User Accounts > Create/Edit User. Geben Sie die Werte unten ein und setzen Sie die Berechtigungen auf derselben Seite. { $login-taken }
step-create-user-professional-detail = Manche Sites zeigen sie als Administration > Company Admin > Add New User. Geben Sie die Werte unten ein. { $login-taken }
step-grant-permissions = Dem { -ws-admin }-Benutzer seine Berechtigungen erteilen
step-grant-permissions-detail = Suchen Sie { $user }, wählen Sie „{ -ui-add }“, um „{ -ui-web-services-administrator }“ zu erteilen, und fügen Sie die Datenrollen hinzu, die die App braucht.
step-helpdesk-ticket = Ein Ticket beim { -helpdesk } eröffnen, um den { -ws-admin }-Benutzer anzulegen
step-helpdesk-ticket-detail = Fügen Sie den Tickettext unten in ein Ticket beim { -helpdesk } ein; er enthält kein Passwort. { $login-taken }
step-receive-initial-password = Das Erstpasswort des neuen Benutzers von Concur erhalten
step-receive-initial-password-detail = Der Helpdesk sendet es auf eigenem Weg, wie im Ticket erbeten. Halten Sie es aus E-Mail-Verläufen, Chats und dieser Checkliste heraus.
step-save-and-activate = Speichern, dann einmal mit den neuen Zugangsdaten bei Concur anmelden
step-log-in-with-initial = Einmal mit der „{ -ui-login-id }“ und dem Erstpasswort bei Concur anmelden
step-save-and-activate-detail = Die erste Anmeldung aktiviert das Konto; bis dahin kann die App es nicht nutzen. Verlangt Concur bei dieser Anmeldung ein neues Passwort, vergeben Sie ein neues, eindeutiges: Dieses neue Passwort versiegeln Sie für den Anbieter.
step-send-credentials = „{ -ui-login-id }“ und Passwort sicher an { $app } senden
step-send-credentials-detail = Versiegeln Sie sie in einem { -handoff-packet } (age) für den Schlüssel des Anbieters oder mit einer telefonisch mitgeteilten Passphrase; senden Sie sie nie in einer unverschlüsselten E-Mail oder im Chat.
step-provider-confirms = Die Zugangsdaten empfangen und öffnen
step-provider-confirms-detail = Das Team von { $app } öffnet das Paket und bestätigt, dass es die Zugangsdaten hat.
step-named-admin-enables = { $admin }, der im { -profile } genannte Administrator, aktiviert die App
step-named-admin-enables-detail = Der Administrator, dessen Name im { -ws-admin }-{ -profile } steht, ist derjenige, der die App aktiviert.
step-log-in-as-ws-admin = Mit den { -ws-admin }-Zugangsdaten bei Concur anmelden
step-log-in-as-ws-admin-detail = Verwenden Sie das neue { -profile }, nicht Ihr eigenes Konto.
step-enable-app = { $app } aktivieren („{ -ui-enable }“) und die Datenfreigabe bestätigen
step-enable-app-detail = Suchen Sie { $app }, klicken Sie auf „{ -ui-enable }“ und bestätigen Sie die Datenfreigabe.

step-confirm-own-role = Prüfen, dass Ihr eigenes Konto die Rolle { $role } hat
step-confirm-own-role-detail = Um einen „{ -ui-company-request-token }“ zu erzeugen oder im „{ -ui-app-center }“ zu verbinden, braucht das Konto, mit dem Sie sich anmelden, diese Rolle; ohne sie fehlt die Seite „{ -ui-company-request-token }“ und „{ -ui-connect }“ ist ausgegraut. Fehlt sie Ihnen, wenden Sie sich an Ihren Concur-Administrator. Die Seite gibt es nur in den Rechenzentren US und EMEA: Anderswo fehlt sie unabhängig von Ihren Rollen, und „{ -ui-client-web-services }“ erzeugt den Token.
own-roles-standard = { $menu } > Ihr eigener Benutzer (auf manchen Sites heißt das Menü Expense & Invoice Settings oder Invoice Settings statt Expense Settings)
own-roles-standard-detail = { $detail } Öffnen Sie dort Ihren eigenen Benutzer; auf manchen Sites heißt das Menü Expense & Invoice Settings oder Invoice Settings statt Expense Settings.
step-app-center-enabled = Prüfen, dass Ihr Unternehmen das „{ -ui-app-center }“ hat
step-app-center-enabled-detail = Hat Ihr Unternehmen das „{ -ui-app-center }“, sehen Sie nach der Anmeldung bei Concur einen Reiter „{ -ui-app-center }“. Fehlt der Reiter, eröffnen Sie ein Ticket beim SAP { -helpdesk }, um ihn freischalten zu lassen.
step-connect-in-app-center = { $app } im „{ -ui-app-center }“ verbinden
step-connect-in-app-center-detail = Suchen Sie den Eintrag von { $app }, wählen Sie „{ -ui-connect }“ und folgen Sie den Anweisungen; das „{ -ui-app-center }“ gibt den Token selbst an den Anbieter weiter, es ist also nichts zu kopieren oder zu senden.
step-generate-token = Einen „{ -ui-company-request-token }“ für die „{ -ui-app-id }“ von { $app } erzeugen
step-generate-token-detail = Geben Sie unten die „{ -ui-app-id }“ ein und wählen Sie „{ -ui-submit }“. Der Token gilt ab dann 24 Stunden: Notieren Sie die Uhrzeit. Die Seite gibt es nur in den Rechenzentren US und EMEA; anderswo fragen Sie „{ -ui-client-web-services }“.
step-copy-token-values = „{ -ui-company-uuid }“ und Token kopieren, bevor Sie den Dialog schließen
step-copy-token-values-detail = Der Dialog zeigt sie nur einmal. Fügen Sie beide direkt in die Übergabe dieses Werkzeugs ein, nie in diese Checkliste, ein Ticket oder eine E-Mail; wurde der Dialog geschlossen, erzeugen Sie auf dieselbe Weise einen neuen Token.
step-send-token = „{ -ui-company-uuid }“ und Token für { $app } versiegeln und innerhalb von 24 Stunden senden
step-send-token-detail = Versiegeln Sie sie in einem { -token-packet } (age) für den Schlüssel des Anbieters oder mit einer telefonisch mitgeteilten Passphrase; das Paket nennt den Ablauf des Tokens. Senden Sie sie nie in einer unverschlüsselten E-Mail oder im Chat.
step-provider-connects = Den Token vor seinem Ablauf einlösen
step-provider-connects-detail = Das Team von { $app } öffnet das Paket und tauscht „{ -ui-company-uuid }“ und Token auf seinem eigenen Server gegen die OAuth-Token des Unternehmens. Ist der Token vorher abgelaufen, erzeugt der Administrator einen neuen und versiegelt ihn erneut.
step-confirm-listing = Bestätigen, dass der Eintrag von { $app } „{ -ui-connected }“ zeigt
step-confirm-listing-detail = Der Eintrag von { $app } im „{ -ui-app-center }“ zeigt, dass die App verbunden ist. Falls nicht, öffnen Sie den Eintrag und wählen Sie erneut „{ -ui-connect }“.
step-confirm-with-provider = Mit dem Anbieter von { $app } bestätigen, dass die Verbindung funktioniert
step-confirm-with-provider-detail = Das Team von { $app } bestätigt, dass der Tausch gelungen ist und die App die Daten des Unternehmens liest. Ist er fehlgeschlagen (ein abgelaufener Token oder das falsche Rechenzentrum), erzeugen Sie einen neuen Token und versiegeln ihn erneut.

## Das Helpdesk-Ticket

ticket-request = Bitte legen Sie in unserer Concur { $edition }{ $company } ein Benutzerprofil „{ -ui-web-services-administrator }“ an, damit wir die Partner-App { $app } aktivieren können.
ticket-app-placeholder = [App-Name]
ticket-login-id-placeholder = [{ -ui-login-id }]
ticket-first-name-placeholder = [Vorname]
ticket-last-name-placeholder = [Nachname]
ticket-permissions-placeholder = [Berechtigungen]
ticket-admin-email-placeholder = [E-Mail des Administrators]
ticket-dedicated = Dies ist ein eigenes Dienstprofil, nicht das Konto einer echten Person. Der autorisierende Administrator ist { $admin } ({ $email }) und wird die App aktivieren.
ticket-no-password = Bitte schreiben Sie das Passwort nicht in dieses Ticket; teilen Sie uns mit, wie das Erstpasswort übermittelt wird.

## Der Markdown-Export

md-title-app-center = Checkliste zur Verbindung im „{ -ui-app-center }“
md-title-token = Checkliste zum „{ -ui-company-request-token }“
md-title-ws = { -ws-admin }-Checkliste
md-app-not-named = (App noch nicht benannt)
md-company = Unternehmen
md-edition = Edition
md-prepared = Vorbereitet am
md-progress = Fortschritt: { $done } von { $total } erledigt
md-data-centre = Rechenzentrum
md-data-centre-not-chosen = noch nicht gewählt
md-ws-login-id = „{ -ui-login-id }“ des { -ws-admin }
md-authorizing-admin = Autorisierender Administrator
md-data-needed = Daten, die die App braucht
md-none-chosen = keine gewählt
md-profile-check = Prüfung des { -profile }s
md-no-token = Diese Checkliste enthält keinen Token. Senden Sie den Token nur in einem versiegelten { -token-packet }.
md-no-password = Diese Checkliste enthält kein Passwort. Senden Sie die Zugangsdaten nur in einem versiegelten { -handoff-packet }.
md-group-progress = { $done } von { $total } erledigt
md-not-applicable = entfällt
md-in-concur = In Concur
md-gated = Erst, wenn das { -profile } fehlerfrei ist.
md-done = Erledigt
md-marked-not-applicable = Als entfallend markiert
md-note = Notiz
md-empty = (leer)

## Die Bilanz der Regeln

tally = { $errors ->
        [0] keine Fehler
        [one] { $errors } Fehler
       *[other] { $errors } Fehler
    }, { $warnings ->
        [0] keine Warnungen
        [one] { $warnings } Warnung
       *[other] { $warnings } Warnungen
    }

## Die Seite

language-label = Sprache
language-failed = Die Sprache konnte nicht geändert werden: { $reason }
title-ws = { -ws-admin }-{ -profile }
lede-ws = Bereiten Sie den eigenen Concur-Benutzer „{ -ui-web-services-administrator }“ vor, mit dem sich eine Partner-App anmeldet. Alles bleibt in diesem Browser; Entwürfe werden hier gespeichert und nirgendwohin gesendet.
lede-token = Bereiten Sie den Token vor, mit dem sich eine Partner-App mit „{ -ui-app-id }“ verbindet, und übergeben Sie ihn versiegelt. Alles bleibt in diesem Browser; Entwürfe werden hier gespeichert und nirgendwohin gesendet.
title-provider = Concur-Zugangsdaten eines Kunden empfangen
lede-provider = Für den { -app-provider }: Erzeugen Sie einen Schlüssel, senden Sie seinen öffentlichen Teil an den Administrator des Kunden und öffnen Sie das versiegelte Paket, das zurückkommt. Alles bleibt in diesem Browser.
i-am-provider = Ich bin der App-Anbieter
i-am-admin = Ich bin der Administrator des Kunden
views-label = Ansichten
tab-profile = Profil
tab-checklist = Checkliste
tab-handoff = Übergabe
open-link-label = Geteilten Link öffnen
open-link-button = Öffnen
welcome-company-day = Vorbereitet für { $company } am { $day }
welcome-company = Vorbereitet für { $company }
welcome-day = Eine Checkliste, vorbereitet am { $day }
welcome-plain = Eine für Sie vorbereitete Checkliste
welcome-stays-here = Nichts, was Sie eingeben, verlässt diesen Browser, bevor Sie es teilen.
got-it = Verstanden
printed = Gedruckt am { $day } · { $edition } · { $draft }
print-ws = „{ -ui-login-id }“ des { -ws-admin }: { $login } · Autorisierender Administrator: { $admin }
print-token = „{ -ui-company-request-token }“ · „{ -ui-app-id }“: { $app-id } · Autorisierender Administrator: { $admin }
checklist-title-ws = Checkliste zur Aktivierung
checklist-title-token = Checkliste zum „{ -ui-company-request-token }“
all-steps = Alle Schritte
progress-done = { $done } von { $total } erledigt
who-creates = Wer legt den { -ws-admin }-Benutzer an?
how-token = Wie erhält die App ihren Token?
see-findings = Befunde ansehen
export-title = Exportieren und teilen
export-hint = Exporte und Links enthalten die Namen und IDs des { -profile }s, nie ein Passwort.
notes-secret = Eine Notiz hier sieht wie ein Passwort oder Token aus: Entfernen Sie sie vor dem Teilen.
download-markdown = Markdown herunterladen
download-json = JSON herunterladen
print = Drucken
share-link = Als Link teilen
share-template = Eine Vorlage teilen (ohne persönliche Angaben)
link-template-label = Vorlagen-Link für Ihren Kunden
link-label = Link zu dieser Checkliste
link-template-hint = Enthält Edition, App, Unternehmensdomain und benötigte Daten: keine Namen, keine IDs, kein Passwort. Den Rest füllt der Kunde aus.
link-hint = Enthält die Checkliste sowie Namen und IDs des { -profile }s, nie ein Passwort. Der Teil nach # bleibt im Browser: Er wird an keinen Server gesendet.
copy-link = Link kopieren
link-copied = Link kopiert.
copy = Kopieren
copy-value = { $label } kopieren
copied = Kopiert
generate-password = Passwort erzeugen
open-handoff-to-seal = Übergabe öffnen und versiegeln
locked-until-clean = Gesperrt, bis das { -profile } fehlerfrei ist.
not-ticked = Nicht abgehakt: { $reason }.
not-applicable = Entfällt
stamp-done = Erledigt { $when }
stamp-marked = Markiert { $when }
note = Notiz
note-placeholder = Optional: wer, wann, Ticketnummer
note-secret = Das sieht wie ein Passwort oder Token aus: Notizen werden unverschlüsselt gespeichert und geteilt. Entfernen Sie es.

## Das Profilformular

field-connection = Wie sich die App verbindet
field-edition = Concur-Edition
field-app-name = Name der Partner-App
field-app-id = „{ -ui-app-id }“ der App
field-company-name = Kundenunternehmen (optional)
field-data-center = Concur-Rechenzentrum
field-company-domain = E-Mail-Domain des Unternehmens
field-data-access = Daten, die die App braucht
field-admin-first-name = Vorname des Administrators
field-admin-last-name = Nachname des Administrators
field-admin-email = E-Mail des Administrators
field-admin-login-id = Eigene „{ -ui-login-id }“ des Administrators
field-admin-role = Eigene Rolle des Administrators
field-known-users = Bekannte echte Benutzer
field-passphrase = Passphrase
field-generated-at = Erzeugt am
connection-ws = { -ws-admin }-Benutzer (dieser Leitfaden)
hint-connection = Fragen Sie den { -app-provider }. Apps, die sich mit Benutzername und Passwort anmelden, brauchen einen { -ws-admin }-Benutzer; Apps, die Ihnen eine „{ -ui-app-id }“ geben, brauchen einen „{ -ui-company-request-token }“.
legend-app-company = Die App und Ihr Unternehmen
legend-admin = Der Administrator, der die App autorisiert
legend-ws-profile = Das { -ws-admin }-{ -profile }
hint-app-name = So, wie der { -app-provider } ihn schreibt, z. B. Expensify
hint-company-name = Für wen dieser Entwurf ist, z. B. Müller & Söhne GmbH: erscheint in Titeln, Exporten und im Paket
hint-app-id = Die UUID, die Ihnen der { -app-provider } gibt, z. B. 0f8e6c2a-5b1d-4e7f-9a3c-2d4b6e8f0a1c
hint-company-domain = Der Teil nach dem @ in den E-Mail-Adressen Ihres Unternehmens, z. B. acme.com
hint-admin-login-id = Optional: nur, wenn sie von der E-Mail abweicht
hint-login-id = WSAdmin, dann der Name der App, an der Domain Ihres Unternehmens
hint-first-name = WSAdmin und der Vorname des autorisierenden Administrators, z. B. WSADMIN_John
hint-last-name = Der Nachname des autorisierenden Administrators
hint-email-standard = Optional in der Standard Edition
hint-email-professional = Professional Edition: die eigene E-Mail des autorisierenden Administrators
hint-edition = Die Standard Edition legt Benutzer unter Administration > Setup > Users an, die Professional Edition unter Administration > Company Admin.
hint-data-center = Wo das Concur Ihres Unternehmens liegt: Die Adresse, unter der Sie sich anmelden, verrät es (us. oder www. ist US, eu1. oder emea. ist EMEA).
choose = Bitte wählen…
role-confirmation = Mein eigenes Konto hat die Rolle { $role } ({ $menu })
optional-suffix = {" "}(optional)
hint-known-users = E-Mails oder „{ -ui-login-id }“s echter Personen, eine pro Zeile: Die „{ -ui-login-id }“ des { -ws-admin } darf keine davon sein.
spelling-waiting = Der Name der App wird für die „{ -ui-login-id }“ in lateinische Buchstaben übertragen…
spelling-failed = Dieser Browser konnte den Worker nicht starten, der den Namen der App in lateinische Buchstaben überträgt, daher gibt es keinen Vorschlag für die „{ -ui-login-id }“: Geben Sie sie selbst ein als WSAdmin-, den Namen der App in lateinischen Buchstaben, @ und die Domain Ihres Unternehmens.
severity-error = Fehler
severity-warning = Warnung
fix-label = Lösung:
apply-fix = Lösung übernehmen
rule = Regel
summary-start = Neues { -profile }: Beginnen Sie mit der Edition, dem Namen der App und dem autorisierenden Administrator. Befunde erscheinen während der Eingabe.
summary-clear-ws = Alles in Ordnung: Dieses { -profile } kann in Concur angelegt werden.
summary-clear-token = Alles in Ordnung: Sie können den „{ -ui-company-request-token }“ erzeugen.
summary-warnings = { $tally }. Nichts blockiert das { -profile }; ein Blick auf die Warnungen lohnt sich.
summary-errors = { $tally }. Beheben Sie die Fehler, bevor Sie das { -profile } anlegen.
drafts-label = Entwürfe
draft = Entwurf
new-profile = Neues { -profile }
delete-draft = Entwurf löschen
delete-draft-confirm = Den Entwurf „{ $title }“ löschen? Das lässt sich nicht rückgängig machen.
import = Importieren…
export = Exportieren
fill-suggestions = Vorschläge einfügen
ticket-in-english = Helpdesk-Ticket auf Englisch schreiben (der Concur-Helpdesk braucht es womöglich)

## Warum jede Regel zählt

why-app-required = Der { -ui-login-id } und der Aktivierungsschritt nennen beide die Partner-App.
why-app-name-chars = Der Name wird in das Helpdesk-Ticket und das Paket übernommen, wo ein Steuerzeichen Text verbergen kann.
why-app-id-required = Ein „{ -ui-company-request-token }“ wird für genau eine „{ -ui-app-id }“ erzeugt; ohne sie gibt es auf der Concur-Seite nichts einzugeben.
why-app-id-format = Die Concur-Seite nimmt eine „{ -ui-app-id }“ nur als die vom Anbieter registrierte UUID an; alles darum herum wird abgelehnt.
why-data-center-required = Die Token-Seite gibt es nur in einigen Rechenzentren, und der Anbieter muss das Rechenzentrum des Unternehmens aufrufen.
why-data-center-no-token-page = Die Seite „{ -ui-company-request-token }“ gibt es in diesem Rechenzentrum nicht, daher kann der Administrator den Token nicht selbst erzeugen.
why-access-none = Die Rollen im { -profile } entscheiden, welche Daten die App sieht; ohne Rolle sieht sie nichts.
why-domain-format = Die „{ -ui-login-id }“ endet mit der E-Mail-Domain des Unternehmens; eine Webadresse oder ein Tippfehler dort landet in jedem Vorschlag.
why-admin-incomplete = Das { -profile } trägt den Namen des autorisierenden Administrators, damit später jeder sehen kann, wer die App aktiviert hat.
why-admin-role-unconfirmed = Nur ein Administrator, dessen eigenes Konto die Web-Services-Rolle der Edition hat, kann die Seite „{ -ui-company-request-token }“ öffnen oder „{ -ui-connect }“ im „{ -ui-app-center }“ nutzen.
why-admin-name-chars = Die Namen des Administrators werden ins { -profile } übernommen; Leerzeichen darum herum oder unsichtbare Zeichen darin würden mitkopiert.
why-admin-email-format = Die E-Mail des Administrators liefert die Domain des Unternehmens und steht in der Professional Edition im { -profile }; sie muss eine echte Adresse sein.
why-login-required = Der { -app-provider } meldet sich mit dieser „{ -ui-login-id }“ an.
why-login-format = Eine „{ -ui-login-id }“ in Concur hat die Form einer E-Mail-Adresse, name@domain.
why-login-chars = Concur lehnt diese Zeichen ab, und unsichtbare Zeichen ergeben eine „{ -ui-login-id }“, die niemand eintippen kann.
why-login-length = Concur kürzt längere „{ -ui-login-id }“s oder lehnt sie ab.
why-login-wsadmin = WSAdmin in der „{ -ui-login-id }“ kennzeichnet das Konto als Dienstprofil, nicht als Person.
why-login-app = Der Name der App in der „{ -ui-login-id }“ unterscheidet die { -ws-admin }-Konten, wenn mehrere Apps aktiviert sind.
why-login-personal = Wird das Konto einer echten Person verwendet und verlässt sie das Unternehmen, funktioniert die App nicht mehr.
why-login-domain = Eine „{ -ui-login-id }“ außerhalb der Domain des Unternehmens ist leicht mit der eines anderen oder des App-Anbieters zu verwechseln.
why-first-required = Concur verlangt bei jedem Benutzer einen Vornamen.
why-first-chars = Leerzeichen um einen Namen oder unsichtbare Zeichen darin machen das { -profile } schwer auffindbar und unterscheidbar.
why-first-prefix = Das Präfix WSAdmin macht das { -profile } später leicht auffindbar und erkennbar.
why-first-admin = Der Vorname hält fest, welcher echte Administrator die App autorisiert hat.
why-first-length = Concur lehnt längere Vornamen ab.
why-last-required = Concur verlangt bei jedem Benutzer einen Nachnamen.
why-last-chars = Leerzeichen um einen Namen oder unsichtbare Zeichen darin machen das { -profile } schwer auffindbar und unterscheidbar.
why-last-admin = Der Nachname hält fest, welcher echte Administrator die App autorisiert hat.
why-last-length = Concur lehnt längere Nachnamen ab.
why-email-required = Die Professional Edition trägt die echte E-Mail des autorisierenden Administrators ins { -profile } ein.
why-email-format = Concur lehnt eine E-Mail-Adresse ab, an die es nicht zustellen kann.
why-email-admin = Die Professional Edition erwartet die echte E-Mail des autorisierenden Administrators im { -profile }.
why-perm-admin = Ohne die Web-Services-Administratorrolle lässt sich die App nicht aktivieren: Concur graut „{ -ui-connect }“ aus.
why-perm-access = Die App sieht nur die Daten, deren Rolle das { -profile } hat; fehlt eine Rolle, fehlen die Daten.
why-perm-unneeded = Eine Rolle für Daten, die die App nicht braucht, gibt ihr mehr, als sie verlangt hat.
why-perm-unknown = Auf dem Bildschirm einer Edition gibt es nur deren eigene Berechtigungen; alles andere lässt sich nicht ankreuzen.
why-perm-duplicate = Eine doppelt aufgeführte Berechtigung wird im Concur-Bildschirm nur einmal angekreuzt; die Liste sagt dann nicht mehr, was das { -profile } hat.
why-company-uuid-format = Der Anbieter tauscht den Token zusammen mit der „{ -ui-company-uuid }“ ein; eine falsche lässt den Tausch scheitern.
why-token-required = Den Token tauscht der Anbieter gegen den Zugang des Unternehmens ein; ohne ihn gibt es nichts zu übergeben.
why-token-paste = Ein kopierter Token hat nie Leerzeichen, Zeilenumbrüche oder typografische Zeichen; mit ihnen scheitert der Tausch.
why-token-future = Der Ablauf zählt ab der Erzeugung; eine Zeit in der Zukunft lässt den Token länger gültig erscheinen, als er ist.
why-token-expired = Concur lehnt einen Request Token 24 Stunden nach seiner Erzeugung ab; der Anbieter könnte ihn nicht nutzen.
why-token-expiring = Der Anbieter muss den Token vor dem Ablauf eintauschen; bei wenigen verbleibenden Stunden ist ein Paket, das erst morgen gelesen wird, nutzlos.
why-password-weak = Das Passwort ist alles, was ein { -profile } schützt, das die Spesen-, Reise- oder Rechnungsdaten des Unternehmens lesen kann.
why-password-personal = Ein Passwort aus den eigenen Namen des { -profile }s probiert ein Angreifer als Erstes.
why-passphrase-weak = Wer ein versiegeltes Paket hat, kann offline beliebig lange Passphrasen ausprobieren; nur eine lange, unerratbare hält das Passwort darin geschützt.
why-passphrase-words = Eine Passphrase wird dem Anbieter am Telefon vorgelesen; sie besteht aus einer Handvoll Wörter, nicht aus einer Zeichenkette oder einem wiederholten Wort.
why-passphrase-known = Bekannte Sätze stehen in jeder Knackliste und werden zuerst probiert, wie lang sie auch sind.
why-passphrase-personal = Die eigenen Namen des { -profile }s (die App, das Unternehmen, der Administrator) sind die ersten Wörter, die ein Angreifer mit dem Paket probiert.
why-password-policy = Concur lehnt ein Passwort ab, das gegen die Anmelderichtlinie des Unternehmens verstößt.

## Befunde und Lösungen zum Profil

subject-problem = { $subject } { $problem }
subj-login-id = Die „{ -ui-login-id }“
subj-first-name = Der Vorname
subj-last-name = Der Nachname
subj-email = Die E-Mail
subj-admin-first-name = Der Vorname des autorisierenden Administrators
subj-admin-last-name = Der Nachname des autorisierenden Administrators
subj-admin-email = Die E-Mail des autorisierenden Administrators
subj-company-domain = Die Unternehmensdomain { $domain }
required = Dieses Feld ist erforderlich
use-value = Verwenden Sie { $value }
not-uuid-secret = „{ $what }“ ist keine UUID; der Inhalt sieht wie ein Token oder Passwort aus (hier nicht gezeigt): Verschieben Sie ihn dorthin, wo er hingehört
not-uuid = „{ $what }“ { $value } ist keine UUID
too-long = { $subject } hat { $length } Zeichen; Concur erlaubt höchstens { $max }
pred-contains = enthält { $char }
pred-spaces-around = hat Leerzeichen davor oder danach
pred-longer-than = ist länger als { $max } Zeichen
char-space = ein Leerzeichen
char-invisible = ein unsichtbares Zeichen ({ $code })
char-forbidden = { $char }, das Concur nicht zulässt
addr-no-at = hat kein @; sie muss wie name@firma.com aussehen
addr-many-at = hat { $count } @-Zeichen; es muss genau eines sein
addr-nothing-before-at = hat nichts vor dem @
addr-local-dots = hat einen Punkt am Anfang oder Ende des Teils vor dem @ oder zwei Punkte hintereinander
addr-no-dot-domain = hat keinen Punkt in der Domain nach dem @
addr-empty-domain-part = hat einen leeren Teil in der Domain (ein Punkt am Anfang oder Ende oder zwei Punkte)
addr-hyphen = hat einen Teil der Domain, der mit einem Bindestrich beginnt oder endet
domain-empty = ist leer
domain-space = enthält ein Leerzeichen
domain-at = enthält ein @: Geben Sie nur an, was danach folgt
domain-web = ist eine Webadresse: Geben Sie nur die Domain an
domain-ends-dot = endet mit einem Punkt
domain-no-dot = hat keinen Punkt
domain-www = beginnt mit www., das eine Website bezeichnet; geben Sie die E-Mail-Domain an
domain-bad-part = hat einen Teil, der leer ist, mit einem Bindestrich beginnt oder endet oder ein Zeichen enthält, das eine Domain nicht haben kann
fix-app-required = Geben Sie den Namen der Partner-App so ein, wie ihr Anbieter ihn schreibt
app-name-holds = Der Name der App enthält { $char }
fix-app-name-again = Geben Sie den Namen der App erneut so ein, wie ihr Anbieter ihn schreibt
app-id-missing = Die „{ -ui-app-id }“ der App fehlt
fix-app-id-ask = Fragen Sie den { -app-provider } nach seiner „{ -ui-app-id }“: eine UUID wie 0f8e6c2a-5b1d-4e7f-9a3c-2d4b6e8f0a1c
fix-app-id-copy = Kopieren Sie die „{ -ui-app-id }“ erneut vom Anbieter: 8-4-4-4-12 Hexadezimalziffern, z. B. 0f8e6c2a-5b1d-4e7f-9a3c-2d4b6e8f0a1c
data-center-not-chosen = Das Concur-Rechenzentrum des Unternehmens ist nicht gewählt
fix-data-center = Sehen Sie sich die Adresse an, unter der Sie sich bei Concur anmelden: us. oder www. ist US, eu1. oder emea. ist EMEA; fragen Sie im Zweifel Concur
no-token-page = Die Seite „{ -ui-company-request-token }“ ist im Rechenzentrum { $center } nicht verfügbar
fix-no-token-page = Wenden Sie sich an SAP Concur „{ -ui-client-web-services }“, um den Token erzeugen zu lassen
no-data = Für die App sind keine Daten gewählt
fix-no-data = Kreuzen Sie Expense, Travel und/oder Invoice an, wie es der { -app-provider } verlangt
fix-domain = Geben Sie nur die Domain der E-Mail-Adressen des Unternehmens ein, z. B. acme.com
admin-first-missing = Der Vorname des autorisierenden Administrators fehlt
admin-last-missing = Der Nachname des autorisierenden Administrators fehlt
admin-email-missing = Die E-Mail des autorisierenden Administrators fehlt
fix-admin-first = Geben Sie den Vornamen des echten Administrators ein, der die App autorisiert
fix-admin-last = Geben Sie den Nachnamen des echten Administrators ein, der die App autorisiert
fix-admin-email = Geben Sie die E-Mail des echten Administrators ein, der die App autorisiert
fix-admin-first-mononym = Geben Sie den Vornamen des echten Administrators ein, der die App autorisiert. Ist { $name } sein einziger Name, braucht Concur trotzdem beide Namen: Üblich ist, ihn in beide Felder einzutragen
fix-admin-last-mononym = Geben Sie den Nachnamen des echten Administrators ein, der die App autorisiert. Ist { $name } sein einziger Name, braucht Concur trotzdem beide Namen: Üblich ist, ihn in beide Felder einzutragen
role-unconfirmed = Sie haben nicht bestätigt, dass Ihr eigenes Konto die Rolle { $role } hat
fix-role-unconfirmed = Prüfen Sie die Rollen Ihres eigenen Benutzers ({ $menu }) und setzen Sie dann das Häkchen; fehlt die Rolle, fragen Sie Ihren Concur-Administrator danach
fix-spaces-around = Entfernen Sie die Leerzeichen darum herum: { $value }
fix-email-alias = Dies ist eine echte Adresse, aber Concur lehnt das Zeichen darin für die gespeicherte E-Mail ab. Verwenden Sie eine andere Adresse desselben Postfachs ohne dieses Zeichen, z. B. { $alias }; gibt es keine, bitten Sie Ihren Mail-Administrator um einen solchen Alias
fix-admin-own-address = Geben Sie die eigene Adresse des Administrators ein, z. B. john.smith@acme.com
login-empty = Die „{ -ui-login-id }“ ist leer
fix-login-use-scheme = Verwenden Sie WSAdmin-<App>@<Ihre Unternehmensdomain>
fix-login-shape = Schreiben Sie sie als name@firmendomain
fix-only-allowed-chars = Verwenden Sie nur Buchstaben, Ziffern, @ und . _ -
fix-remove-it = Entfernen Sie es: { $value }
fix-login-shorten = Kürzen Sie sie und behalten Sie WSAdmin und den Namen der App bei
login-no-wsadmin = Die „{ -ui-login-id }“ enthält vor dem @ kein WSAdmin
fix-login-start = Beginnen Sie sie mit WSAdmin-
login-no-app = Die „{ -ui-login-id }“ nennt die App { $app } nicht
login-app-cut = { $message } (ihre ersten { $room } Buchstaben, { $part }, genügen: Der ganze Name passt nicht in { $max } Zeichen)
fix-login-app = Setzen Sie den Namen der App hinter WSAdmin-
login-id-taken = Die „{ -ui-login-id }“ ist bereits vergeben: Sie steht unter den bekannten Benutzern, und „{ -ui-login-id }“s sind in ganz Concur eindeutig
fix-login-qualifier = Ergänzen Sie vor dem @ einen Zusatz, z. B. WSAdmin-<App>-<Firma>@<Domain>
login-is-admin-email = Die „{ -ui-login-id }“ ist die eigene E-Mail des autorisierenden Administrators; das { -profile } muss ein eigenes sein, nicht das einer Person
login-is-admin-login = Die „{ -ui-login-id }“ ist die eigene „{ -ui-login-id }“ des autorisierenden Administrators; das { -profile } muss ein eigenes sein, nicht das einer Person
login-is-known-user = Die „{ -ui-login-id }“ gehört einem bekannten echten Benutzer; das { -profile } muss ein eigenes sein, nicht das einer Person
fix-login-new-user = Legen Sie einen neuen Benutzer namens WSAdmin-<App>@<Domain> an
login-other-domain = Die Domain { $domain } der „{ -ui-login-id }“ ist nicht die des Unternehmens, { $company }
login-other-domain-from-email = Die Domain { $domain } der „{ -ui-login-id }“ ist nicht die des Unternehmens, { $company } (aus der E-Mail des Administrators)
fix-login-domain = Beenden Sie die „{ -ui-login-id }“ mit der Domain des Unternehmens
login-fix-ascii = { $fix } ({ $typed } so, wie DNS es in ASCII-Buchstaben schreibt, { $ascii }, was eine „{ -ui-login-id }“ verwendet)
first-empty = Der Vorname ist leer
fix-first-use = Verwenden Sie WSADMIN_ und den Vornamen des autorisierenden Administrators
first-no-prefix = Der Vorname beginnt nicht mit WSAdmin
fix-first-prefix = Schreiben Sie WSADMIN_ vor den Vornamen des Administrators
first-should-be-admins = Nach WSAdmin sollte der Vorname der Vorname des Administrators sein, { $name }
fix-first-write = Schreiben Sie WSADMIN_ und den Vornamen des Administrators
first-should-be = Nach { $prefix } sollte der Vorname { $expected } sein
expected-first = der Vorname des Administrators, { $name }
expected-last = der Nachname des Administrators, { $name }
expected-cut = { $whole }, oder, da er nicht in { $max } Zeichen passt, ein Anfangsstück davon wie { $part }
fix-first-shorten = Kürzen Sie ihn; WSADMIN_ und ein Anfangsstück des Vornamens des Administrators genügen
last-empty = Der Nachname ist leer
fix-last-use-authorizing = Verwenden Sie den Nachnamen des autorisierenden Administrators
last-should-be = Der Nachname sollte { $expected } sein
fix-last-use = Verwenden Sie den Nachnamen des Administrators
fix-last-shorten = Kürzen Sie ihn auf 32 Zeichen und behalten Sie ganze Wörter bei
email-needed = Die Professional Edition braucht eine E-Mail im { -profile }
fix-email-use-admin = Verwenden Sie die E-Mail des autorisierenden Administrators
fix-email-valid = Geben Sie eine gültige Adresse ein, z. B. name@firma.com
email-should-be-admins = Die E-Mail sollte die des autorisierenden Administrators sein, { $email }
profile-lacks = Dem { -profile } fehlt { $role }
fix-tick = Kreuzen Sie { $role } an
data-role-missing = Die App braucht { $data }-Daten, aber dem { -profile } fehlt { $role }
role-unneeded = { $role } gewährt { $data }-Daten, die die App nicht braucht
fix-untick = Entfernen Sie das Häkchen bei { $role } oder kreuzen Sie { $data } unter den benötigten Daten an
fix-other-edition-label = { $role } ist eine Bezeichnung der { $other }; die { $edition } nennt es { $equivalent }
fix-remove-listing = Entfernen Sie es; die { $edition } kennt { $roles }
not-a-permission = { $role } ist keine Berechtigung der { $edition }
listed-twice = { $role } ist mehrfach aufgeführt
fix-keep-one = Behalten Sie jede nur einmal
fix-name-again = Geben Sie den Namen erneut ein, ohne Leerzeichen darum herum

## The command line

cli-ready-ws = Bereit zum Anlegen in Concur.
cli-ready-token = Bereit, den „{ -ui-company-request-token }“ zu erzeugen.
cli-error = Fehler
cli-warning = Warnung
cli-fix = Lösung:
cli-files-summary = { $files } Dateien: { $clean } fehlerfrei, { $errors } mit Fehlern, { $unusable } unbrauchbar
fix-by-hand = Korrigieren Sie es von Hand: Nichts, was sich aus dem Profil ableiten lässt, erfüllt hier jede Regel

## The handoff: the provider's side

handoff-title = Übergabe der Zugangsdaten
handoff-memory-only = Passwörter, Passphrasen und Schlüssel bleiben nur im Speicher dieser Seite: Sie werden nie gespeichert, exportiert oder gesendet.
clear-secrets = Geheimnisse löschen
secrets-cleared = Geheimnisse von dieser Seite gelöscht
provider-side-title = Seite des { -app-provider }s: Zugangsdaten empfangen
make-a-key = 1. Schlüssel erzeugen
key-hint = Halten Sie die Schlüsseldatei geheim; senden Sie den öffentlichen Schlüssel (oder den Link) an den Administrator des Kunden.
generate-key = Schlüssel erzeugen und herunterladen
your-public-key = Ihr öffentlicher Schlüssel
fingerprint-hint = Fingerabdruck, zum Vorlesen, wenn der Administrator fragt:
copy-public-key = Öffentlichen Schlüssel kopieren
copy-client-link = Link für den Kunden kopieren
open-a-packet = 2. Paket öffnen
packet-label = Paket (einfügen oder die .age-Datei wählen)
choose-packet-file = Paketdatei wählen
your-key-file = Ihre Schlüsseldatei
key-loaded-from = Schlüssel geladen aus { $name }
or-passphrase = Oder die Passphrase
open-packet = Paket öffnen
hide = Verbergen
reveal = Anzeigen

## The page's notices

copy-of-a-draft = Dies ist eine Kopie eines Ihrer Entwürfe: Wählen Sie unten, ob Sie ihn aktualisieren möchten.
opened-shared = Die geteilte Checkliste wurde als eigener Entwurf geöffnet.
imported-as-draft = { $name } wurde als eigener Entwurf importiert.
already-here = { $title } ist bereits hier, mit allem, was diese Kopie enthält.
provider-file-too-large = { $name } ist zu groß für ein Paket oder eine Schlüsseldatei
not-our-link = Das ist kein wsadmin-prep-Link: Er hat keinen Teil #checklist= oder #recipient=. Ihre Entwürfe bleiben unverändert.
eviction-notice = Dieser Browser löscht hier gespeicherte Entwürfe womöglich nach 7 Tagen ohne Besuch (Safari tut das, außer die App liegt auf dem Home-Bildschirm). Bewahren Sie einen Entwurf, den Sie brauchen, als Datei auf:
export-this-draft = Diesen Entwurf exportieren
saving-refused = Entwürfe werden nicht gespeichert: Der Browser hat das Speichern abgelehnt (sein Speicher ist voll oder deaktiviert). Nichts zuvor Gespeichertes wird entfernt; sichern Sie diesen Entwurf mit Exportieren als Datei.
saving-unavailable = Dieser Browser lässt die Seite keine Entwürfe aufbewahren: Sie bleiben nur, bis dieser Tab geschlossen wird. Sichern Sie einen Entwurf mit Exportieren als Datei.
reload = Neu laden
update-ready = Eine neue Version von wsadmin-prep ist bereit. Ihre Entwürfe bleiben erhalten.
newer-saves = { $count ->
        [one] Ein Entwurf wurde von einer neueren Version von wsadmin-prep gespeichert; diese Version lässt ihn unverändert. Laden Sie neu, um ihn mit der neueren Version zu öffnen.
       *[other] { $count } Entwürfe wurden von einer neueren Version von wsadmin-prep gespeichert; diese Version lässt sie unverändert. Laden Sie neu, um sie mit der neueren Version zu öffnen.
    }
copy-changes = Dies ist eine Kopie Ihres Entwurfs { $title }. Sie ändert:
update-the-draft = Entwurf aktualisieren
keep-both = Beide behalten
conflict-changed = Dieser Entwurf wurde in einem anderen Tab oder Fenster geändert, während Sie ihn hier bearbeitet haben.
load-newer = Neuere Version laden
conflict-deleted = Dieser Entwurf wurde in einem anderen Tab oder Fenster gelöscht, während Sie ihn hier bearbeitet haben.
close-it-here = Hier schließen
conflict-newer-version = Eine neuere Version von wsadmin-prep, die in einem anderen Tab oder Fenster geöffnet ist, hat diesen Entwurf geändert.
close-it-here-reload = Hier schließen (zum Öffnen neu laden)
not-saved-until-choice = Was Sie hier ändern, wird erst gespeichert, wenn Sie gewählt haben.
keep-mine = Meine Fassung als eigenen Entwurf behalten
link-made-in = Diese Checkliste wurde auf { $language } geteilt. Seite anzeigen auf:

## The handoff: the admin's side

admin-side-token = Ihre Seite: „{ -ui-company-uuid }“ und Token für den { -app-provider } versiegeln
admin-side-ws = Ihre Seite: „{ -ui-login-id }“ und Passwort für den { -app-provider } versiegeln
sealing-waits = { $errors ->
        [one] Das { -profile } hat { $errors } Fehler; das Versiegeln wartet, bis er behoben ist.
       *[other] Das { -profile } hat { $errors } Fehler; das Versiegeln wartet, bis sie behoben sind.
    }
sealing-waits-token = { $errors ->
        [one] Das { -profile } hat { $errors } Fehler bei Name der App, „{ -ui-app-id }“ oder Rechenzentrum; das Versiegeln wartet, bis er behoben ist.
       *[other] Das { -profile } hat { $errors } Fehler bei Name der App, „{ -ui-app-id }“ oder Rechenzentrum; das Versiegeln wartet, bis sie behoben sind.
    }
legend-password = Passwort
ws-admin-password = { -ws-admin }-Passwort
password-hint = Geben Sie es hier und in Concur ein; es wird nie gespeichert. Unten können Sie eines erzeugen.
show = Anzeigen
checking = Wird geprüft…
password-strength = Passwortstärke
strength-of-4 = Stärke { $score } von 4
strength-first-100 = (erste 100 Zeichen)
generate-a-password = Passwort erzeugen
length-characters = Länge: { $length } Zeichen
symbols = Sonderzeichen
no-lookalikes = Keine verwechselbaren Zeichen (0/O, 1/l)
words-instead = Stattdessen Wörter (6 Wörter)
generate = Erzeugen
company-policy = Passwortrichtlinie des Unternehmens (mit dem { -profile } gespeichert)
minimum-length = Mindestlänge
upper-case = Großbuchstaben
lower-case = Kleinbuchstaben
digit = Ziffer
symbol = Sonderzeichen
seal-for-provider = Für den { -app-provider } versiegeln
seal-to = Versiegeln für
seal-to-key = Den öffentlichen Schlüssel des Anbieters (empfohlen)
seal-to-passphrase = Eine Passphrase, die Sie telefonisch mitteilen
providers-public-key = Öffentlicher Schlüssel des Anbieters
key-from-link = Aus dem geöffneten Link übernommen. Ein Link kann gefälscht sein: Prüfen Sie den Schlüssel vor dem Versiegeln mit dem Anbieter.
key-typed = Beginnt mit age1; der Anbieter erzeugt ihn auf seiner Seite dieser Seite.
no-key-link = Noch kein Schlüssel? Senden Sie Ihrem Anbieter diesen Link, dort erzeugt er einen:
no-key-file = Noch kein Schlüssel? Senden Sie Ihrem Anbieter die Einzeldatei dieser App: Er öffnet sie und wählt „Ich bin der App-Anbieter“.
key-fingerprint = Fingerabdruck (20 Zeichen nahe dem Ende des Schlüssels):
confirm-key = Ich habe diesen Schlüssel mit dem Anbieter bestätigt: Er hat denselben Fingerabdruck vorgelesen
other-key-offered = Der geöffnete Link enthält einen anderen Schlüssel, Fingerabdruck
yours-is-kept = . Ihrer bleibt, außer Sie wählen ihn.
use-links-key = Schlüssel aus dem Link verwenden
keep-my-key = Meinen Schlüssel behalten
hide-passphrase = Passphrase verbergen
show-passphrase = Passphrase anzeigen
passphrase-again = Passphrase wiederholen
generate-passphrase = Passphrase erzeugen
tell-by-phone = Teilen Sie sie dem Anbieter telefonisch mit, nie in der Nachricht, die das Paket enthält.
copy-passphrase = Passphrase kopieren
logged-in-once = Ich habe mich einmal mit diesen Zugangsdaten angemeldet (das Konto ist aktiviert)
note-for-provider = Notiz für den Anbieter (optional)
sealing = Wird versiegelt…
seal-packet = Paket versiegeln
sealed-packet = Versiegeltes Paket: auf beliebigem Weg senden
download-age = Als .age herunterladen
copy-packet = Paket kopieren
packet-taken-tick = Paket übernommen. { $step } in der Checkliste jetzt als erledigt abhaken?
tick-it = Abhaken
token-dialog-showed = Was der Concur-Dialog angezeigt hat
token-dialog-hint = Erzeugen Sie den Token unter { $menu } und kopieren Sie dann beide Werte hierher, bevor Sie den Dialog schließen. Sie bleiben nur im Speicher dieser Seite.
token-generated-when = Wann der Token erzeugt wurde (Ihre Zeit)
token-generated-hint = Beim Einfügen des Tokens gesetzt; ändern Sie es, wenn Sie den Token früher erzeugt haben.

## What keeps a packet from being sealed

blocker-profile-errors = { $count ->
        [one] Das { -profile } hat { $count } Fehler; beheben Sie ihn zuerst
       *[other] Das { -profile } hat { $count } Fehler; beheben Sie sie zuerst
    }
blocker-no-password = Geben Sie das { -ws-admin }-Passwort ein
blocker-password-unchecked = Das Passwort wird noch geprüft
blocker-password-rules = Das Passwort verstößt gegen { $rules }; beheben Sie zuerst die Befunde zum Passwort
blocker-no-recipient = Geben Sie den öffentlichen Schlüssel des Anbieters ein (age1…)
blocker-passphrase-short = Die Passphrase hat { $chars } Zeichen; sie braucht mindestens { $min }
blocker-passphrases-differ = Die beiden Passphrasen stimmen nicht überein
blocker-passphrase-unchecked = Die Passphrase wird noch geprüft
blocker-passphrase-rules = Die Passphrase verstößt gegen { $rules }: Erzeugen Sie eine oder versiegeln Sie für den Schlüssel des Anbieters
blocker-key-not-confirmed = Bestätigen Sie den Schlüssel zuerst mit dem Anbieter: Er liest den Fingerabdruck vor, und dieser stimmt überein
blocker-note-too-long = Die Notiz hat { $chars } Zeichen; eine Notiz darf höchstens { $max } haben
blocker-token-rules = Die Werte des Tokens verstoßen gegen { $rules }; beheben Sie zuerst die Befunde zum Token
blocker-not-activated = Melden Sie sich zuerst einmal mit diesen Zugangsdaten bei Concur an und bestätigen Sie es: Concur verlangt dabei womöglich ein neues Passwort, und dieses neue ist das zu versiegelnde

## The password's and the passphrase's findings

pw-weak = Das Passwort ist leicht zu erraten (Stärke { $score } von 4)
pw-use-generator = Verwenden Sie den Generator oder vier oder mehr zusammenhanglose Wörter
pw-contains = Das Passwort enthält { $what }
pw-nothing-personal = Verwenden Sie ein Passwort ohne Bestandteile aus dem { -profile }
pp-weak = Die Passphrase ist offline zu leicht zu erraten (etwa { $bits } Bit; mindestens { $min } sind nötig)
pp-generate-or-key = Erzeugen Sie eine (sechs oder mehr zufällige Wörter) oder versiegeln Sie stattdessen für den Schlüssel des Anbieters
pp-few-words = { $words ->
        [one] Die Passphrase hat { $words } verschiedenes Wort mit drei oder mehr Buchstaben; sie braucht mindestens { $min }
       *[other] Die Passphrase hat { $words } verschiedene Wörter mit drei oder mehr Buchstaben; sie braucht mindestens { $min }
    }
pp-generate = Erzeugen Sie eine (sechs oder mehr zufällige Wörter)
pp-well-known = Die Passphrase enthält einen bekannten Satz ({ $source })
pp-contains = Die Passphrase enthält { $what }
pp-nothing-personal = Verwenden Sie eine Passphrase ohne Bestandteile aus dem { -profile }; erzeugen Sie eine
pw-breaks-policy = Das Passwort verstößt gegen die Richtlinie des Unternehmens: { $shortfalls }
pw-meet-policy = Erzeugen Sie eines, das die Richtlinie erfüllt
personal-login-id = die „{ -ui-login-id }“
personal-admin-first = den Vornamen des Administrators
personal-admin-last = den Nachnamen des Administrators
personal-app = den Namen der App
personal-domain = die Domain des Unternehmens
policy-too-short = es hat { $length } Zeichen; die Richtlinie verlangt mindestens { $min }
policy-too-long = es hat { $length } Zeichen; Concur akzeptiert höchstens { $max }
policy-no-upper = es hat keinen Großbuchstaben
policy-no-lower = es hat keinen Kleinbuchstaben
policy-no-digit = es hat keine Ziffer
policy-no-symbol = es hat kein Sonderzeichen

## The token's times and findings

span-under-minute = weniger als eine Minute
span-min = { $m } Min.
span-h = { $h } Std.
span-h-min = { $h } Std. { $m } Min.
time-left = noch { $span }
time-expiring = noch { $span }: Verbinden Sie jetzt, oder bitten Sie den Administrator um einen neuen Token
time-expired = vor { $span } abgelaufen: Der Administrator muss einen neuen Token erzeugen ({ $menu }) und erneut versiegeln
token-has = Token: { $time }.
token-do-not-use = Verwenden Sie diesen Token nicht: { $problem }.
token-expires-at = Läuft ab am { $at } (Ihre Zeit): { $time }.
uuid-missing = Die „{ -ui-company-uuid }“ fehlt
fix-uuid-copy = Kopieren Sie die „{ -ui-company-uuid }“ aus dem Dialog, der den Token zeigte
fix-uuid-again = Kopieren Sie die „{ -ui-company-uuid }“ erneut aus dem Dialog: 8-4-4-4-12 Hexadezimalziffern
token-missing = Der „{ -ui-company-request-token }“ fehlt
fix-token-paste = Fügen Sie den Token aus dem Dialog ein; ist er geschlossen, erzeugen Sie einen neuen ({ $menu })
token-too-long = Der Token hat { $length } Zeichen, weit mehr als ein Request Token; es wurde etwas anderes eingefügt
fix-token-alone = Kopieren Sie nur den Token aus dem Dialog
token-line-breaks = Der Token hat Zeilenumbrüche darin oder darum herum, die ein kopierter Token nie hat
token-spaces = Der Token hat Leerzeichen darin oder darum herum, die ein kopierter Token nie hat
fix-remove-whitespace = Entfernen Sie die Leerzeichen und Zeilenumbrüche
token-odd-char = Der Token enthält das Zeichen { $code }, das ein kopierter Token nie hat
fix-token-again = Kopieren Sie den Token erneut aus dem Dialog, direkt in dieses Feld (nicht über ein Textverarbeitungsprogramm)
token-future = Die Erzeugungszeit { $at } liegt { $span } in der Zukunft
fix-token-future = Geben Sie ein, wann der Token erzeugt wurde (die Zeit, zu der der Dialog ihn zeigte); prüfen Sie die Uhr dieses Computers
token-expired = Der Token ist vor { $span } abgelaufen (um { $at })
fix-token-expired = Erzeugen Sie einen neuen Token für dieselbe „{ -ui-app-id }“ ({ $menu }) und versiegeln Sie diesen
token-expiring = Der Token läuft in { $span } ab (um { $at })
fix-token-expiring = Senden Sie ihn jetzt und bitten Sie den Anbieter, vorher zu verbinden, oder erzeugen Sie einen neuen Token für dieselbe „{ -ui-app-id }“

## Drafts: greetings, titles, notices

welcome-fill-then-suggest = Füllen Sie { $fields } aus; danach schreibt „Vorschläge einfügen“ die Felder des { -ws-admin }-Benutzers.
welcome-fill = Füllen Sie { $fields } aus.
welcome-suggest = Wählen Sie „Vorschläge einfügen“, um die Felder des { -ws-admin }-Benutzers zu schreiben.
welcome-all-filled = Alles ist ausgefüllt: Haken Sie jeden Schritt der Checkliste ab, sobald Sie ihn erledigt haben.
app-id-from-link = Aus dem geöffneten Link: Prüfen Sie sie mit dem { -app-provider }, bevor Sie den Token erzeugen.
untitled-profile = Unbenanntes { -profile }
switched-edition = Zur { $edition } gewechselt; Rollen in deren Bezeichnungen umbenannt: { $pairs }.
fill-suggestions-needs = „Vorschläge einfügen“ schreibt die Felder des { -ws-admin }-Benutzers aus { $fields }: Füllen Sie { $count ->
        [one] dieses Feld
       *[other] diese Felder
    } zuerst aus.
nothing-to-suggest-token = Auf diesem Weg gibt es nichts vorzuschlagen: Ein „{ -ui-company-request-token }“ hat kein Namensschema. „Vorschläge einfügen“ korrigiert nur eine eingefügte „{ -ui-app-id }“.
change-kept-yours = { $field }: Ihre Fassung behalten (die Kopie hat { $there })
change-note = { $step }: Notiz

## Links that cannot be opened

link-not-checklist = dieser Link enthält keine Checkliste
link-newer-version = dieser Link wurde von einer neueren Version von wsadmin-prep erstellt (Linkformat { $version }); bitten Sie den Absender stattdessen um einen JSON-Export
link-damaged = dieser Link ist beschädigt ({ $reason }); er wurde beim Kopieren womöglich abgeschnitten
link-not-opened = Der Link konnte nicht geöffnet werden: { $error }. Ihre eigenen Entwürfe bleiben unverändert.
provider-link-not-used = Der Link des Anbieters wurde nicht verwendet: { $error }.
open-link-placeholder = https://…#checklist=… oder #recipient=…

## Dateien, Speicherstände und Links, die sich nicht verwenden lassen (der Grund eines Parsers, danach zitiert, bleibt in dessen Worten)

json-at = Zeile { $line }, Spalte { $column }: { $reason }
json-not-object = es muss ein JSON-Objekt sein
json-unknown-schema = unbekanntes Schema { $found }: Diese Version liest { $expected }
json-missing-schema = es hat kein „schema“: { $expected }
json-key-not-string = ein Schlüssel ist keine JSON-Zeichenkette
json-key-twice = der Schlüssel { $key } kommt zweimal vor
json-too-many-keys = ein Objekt hat mehr als { $max } Schlüssel; keine Datei von wsadmin-prep hat so viele
checklist-file-profile = sein { -profile }: { $error }
checklist-file-unknown-step = es enthält einen Schritt { $id }, den diese Checkliste nicht hat
import-not-checklist = keine verwendbare Checkliste: { $error }
import-not-profile = keine { -profile }datei: { $error }
import-markdown = eine Markdown-Checkliste, die zum Lesen und Drucken gedacht ist: Importieren Sie stattdessen den JSON-Export der Checkliste (JSON herunterladen)
import-too-large = { $name } ist { $whole },{ $tenth } MB groß; eine { -profile }datei hat wenige hundert Byte, also kann es keine sein (Grenze 1 MB)
import-unreadable = { $name } konnte nicht gelesen werden: { $error }
import-unusable = { $name }: { $error }
draft-unchanged = { $problem }. Ihr geöffneter Entwurf bleibt unverändert.
restore-newer = er wurde von einer neueren Version von wsadmin-prep gespeichert ({ $schema })
restore-damaged = er ist beschädigt ({ $error })
draft-set-aside = Ein gespeicherter Entwurf konnte nicht geöffnet werden: { $error }. Er wird im Speicher dieses Browsers unter { $key } beiseitegelegt.
draft-left-as-is = Ein gespeicherter Entwurf konnte nicht geöffnet werden: { $error }. Der Speicher ist zu voll, um ihn beiseitezulegen; er bleibt, wie er war.
legacy-not-moved = Einige Entwürfe einer früheren Version konnten nicht in die neue Ablage übernommen werden (der Speicher ist voll); sie sind hier geöffnet, und die frühere Speicherung bleibt, wie sie war.
recipient-link-not-key = der Schlüssel im Link ist kein öffentlicher age-Schlüssel (age1…); bitten Sie den Anbieter um den Schlüssel selbst
link-not-base64 = kein gültiges base64url
link-not-deflate = seine Daten lassen sich nicht entpacken
link-not-checklist-data = seine Daten sind keine Checkliste: { $error }
no-compression = dieser Browser kann den Link nicht komprimieren (ihm fehlt CompressionStream)
language-file-missing = Die Sprachdatei für { $language } konnte nicht geladen werden (offline, bevor sie je abgerufen wurde?). Die Seite bleibt auf { $current }.
language-file-unusable = Die Sprachdatei für { $language } ist nicht verwendbar: { $error }. Laden Sie die Seite neu, um die aktuelle zu erhalten.
pack-damaged = die Sprachdatei ist beschädigt
pack-other-build = die Sprachdatei gehört zu einer anderen Version der App
local-file-notice = Aus einer Datei geöffnet: Andere hier aus Dateien geöffnete Webseiten können ihre Entwürfe lesen (nie ein Passwort).
worker-stopped = der Hintergrundprozess, der Passwörter prüft und versiegelt, wurde beendet (womöglich fehlte Speicher); versuchen Sie es erneut
worker-unreadable-message = der Hintergrundprozess konnte eine Nachricht nicht lesen; versuchen Sie es erneut
worker-cannot-start = dieser Browser kann den Hintergrundprozess nicht starten, der Passwörter prüft und versiegelt
worker-request-stopped = Die Anfrage wurde abgebrochen, bevor der Hintergrundprozess antwortete; versuchen Sie es erneut.
worker-bad-request = der Hintergrundprozess konnte die Anfrage nicht lesen: { $error }

## Der Freigabelink der Checkliste, Kopien

share-opens-elsewhere = Dieser Link öffnet { $host }, nicht die Adresse dieser Seite: Sie wurde auf diesem Computer eingestellt.
share-trust-host = Unter { $host } stellt mein Unternehmen wsadmin-prep bereit
share-base-label = Adresse von wsadmin-prep, die der Link öffnet
share-base-hint = Ändern Sie sie auf die Adresse, unter der Ihr Unternehmen wsadmin-prep bereitstellt, falls diese eine andere ist.
share-base-none = Diese Kopie hat keine Webadresse, daher besteht der Link nur aus seinem #-Teil: Der Empfänger fügt ihn unter „Geteilten Link öffnen“ ein. Geben Sie an, wo Ihr Unternehmen wsadmin-prep bereitstellt (https://…), um einen vollständigen Link zu erhalten.
in-concur = In Concur:
concur-label-here = (in Concur auf Deutsch: „{ $label }“)
quoted = „{ $label }“
token-pasted-expires = Der eingefügte Token läuft ab: { $at }.
value-copied = { $what } kopiert
copied-public-key = Öffentlicher Schlüssel
copied-link = Link
copied-passphrase = Passphrase
copied-packet = Paket
copied-password = „{ -ui-password }“
copied-provider-link = Link des Anbieters

## Pakete versiegeln und öffnen

not-sealed = Nicht versiegelt: { $reasons }.
seal-checked-key = Geprüft: versiegelt für { $recipient }; nur die zugehörige Identität öffnet es.
seal-checked-passphrase = Geprüft: mit der Passphrase erneut geöffnet, und der Inhalt stimmt überein.
packet-not-age = dies ist kein mit age versiegeltes Paket ({ $reason })
packet-too-large = dies ist { $kib } KB groß oder größer, zu groß für ein { -handoff-packet } (echte sind wenige KB groß); es wurde nicht geöffnet
packet-post-quantum = dieses Paket wurde für einen Post-Quanten-Schlüssel von age (age1pq1…) versiegelt, den diese Version noch nicht verwenden kann: Bitten Sie darum, es für einen X25519-Schlüssel (age1…) oder mit einer Passphrase zu versiegeln
packet-wrong-key = dieses Paket wurde für einen anderen Schlüssel versiegelt. Wählen Sie die Schlüsseldatei, deren öffentlichen Schlüssel Sie dem Administrator gesendet haben
packet-wrong-passphrase = die Passphrase öffnet dieses Paket nicht: Klären Sie sie mit der Person, die es versiegelt hat
packet-sealed-to-key = dieses Paket wurde für einen öffentlichen Schlüssel versiegelt: Öffnen Sie es stattdessen mit der passenden Identitätsdatei
packet-sealed-to-passphrase = dieses Paket wurde mit einer Passphrase versiegelt: Öffnen Sie es stattdessen damit
packet-altered = dieses Paket wurde nach dem Versiegeln gekürzt oder verändert: Bitten Sie erneut darum
packet-excessive-work = dieses Paket verlangt den scrypt-Arbeitsfaktor { $factor }, mehr als die { $max }, die ein echtes Paket braucht; es wurde abgelehnt
packet-not-handoff = das Paket ließ sich öffnen, aber sein Inhalt ist kein { -handoff-packet }: { $reason }
packet-armor-damaged = seine Armor-Kodierung ist beschädigt: { $error }
packet-unknown-version = eine unbekannte age-Version
packet-header-unreadable = sein Header ist nicht lesbar; womöglich ist es abgeschnitten
packet-stanza-unfinished = einem Abschnitt seines Headers fehlt die kurze letzte Zeile
packet-not-json = es ist kein JSON
packet-no-schema = es hat kein Schema
packet-holds-token = es enthält einen „{ -ui-company-request-token }“, nicht die Zugangsdaten eines { -ws-admin }-Benutzers
key-empty = der öffentliche Schlüssel des Anbieters ist leer
key-post-quantum = der öffentliche Schlüssel des Anbieters ist ein Post-Quanten-Schlüssel von age (age1pq1…), den diese Version noch nicht verwenden kann: Bitten Sie um einen X25519-Schlüssel (age1…)
key-bad-start = der öffentliche Schlüssel des Anbieters muss mit age1 beginnen (dieser beginnt mit { $start })
key-invalid = der öffentliche Schlüssel des Anbieters ist kein gültiger X25519-Schlüssel von age: Prüfen Sie, ob er vollständig kopiert wurde
identity-no-key = die Identitätsdatei enthält keinen Schlüssel
identity-post-quantum = die Identitätsdatei enthält einen Post-Quanten-Schlüssel von age (AGE-SECRET-KEY-PQ-1…), den diese Version noch nicht verwenden kann
identity-not-x25519 = die Identitätsdatei enthält keinen geheimen X25519-Schlüssel von age (AGE-SECRET-KEY-1…)
token-times-unreadable = seine Erzeugungs- oder Ablaufzeit ist keine Zeitangabe nach RFC 3339
token-times-disagree = seine Zeiten passen nicht zusammen (erzeugt { $generated }, läuft ab { $expires }): Ein Token gilt 24 Stunden
token-times-future = sein Token wurde laut Angabe um { $generated } erzeugt, nach dieser Uhr noch in der Zukunft

## Die Felder eines geöffneten Pakets (Concurs eigene Feldnamen bleiben, wie Concur sie zeigt)

opened-app = App
opened-company = Unternehmen
opened-edition = Edition
opened-activated = Aktiviert
opened-activated-yes = ja
opened-activated-not-yet = noch nicht: Der Administrator muss sich zuerst einmal anmelden
opened-company-domain = Domain des Unternehmens
opened-sealed-at = Versiegelt am
opened-note = Notiz
opened-data-centre = Rechenzentrum
opened-generated-at = Erzeugt am
opened-expires-at = Läuft ab am
opened-time-left = Verbleibende Zeit

## Fehler der Befehlszeile

pair = { $first }: { $second }
cli-cannot-use = { $path } ist nicht verwendbar
cli-cannot-read = { $path } kann nicht gelesen werden
cli-cannot-write = { $path } kann nicht geschrieben werden
cli-cannot-open = Öffnen nicht möglich
cli-cannot-open-path = { $path } kann nicht geöffnet werden
cli-cannot-seal = Versiegeln nicht möglich
cli-not-sealed = nicht versiegelt
cli-cannot-make-checklist = die Checkliste kann nicht erstellt werden
cli-helpdesk-is-for-ws = --helpdesk gilt für { -ws-admin }-Benutzer
cli-app-center-is-for-token = --app-center gilt für den Weg über den „{ -ui-company-request-token }“
cli-no-such-route = ein { -profile } für { $connection } hat diesen Weg nicht: { $route }
cli-give-identity = geben Sie --identity oder --passphrase-file an
cli-give-recipient = geben Sie --to oder --passphrase-file an
cli-give-uuid = geben Sie --company-uuid oder --company-uuid-file an
cli-give-generated-at = geben Sie --generated-at an: wann Concurs Dialog den Token gezeigt hat (eine Zeit nach RFC 3339 wie 2026-11-28T10:00:00Z), oder `now`, wenn das gerade eben war; die 24 Stunden des Anbieters zählen ab dann
cli-generated-at-invalid = --generated-at { $text } ist keine Zeit nach RFC 3339 wie 2026-11-28T10:00:00Z oder 2026-11-28T11:00:00+01:00
cli-files-unusable = { $count ->
        [one] { $count } von { $total } Dateien ist nicht verwendbar (oben genannt)
       *[other] { $count } von { $total } Dateien sind nicht verwendbar (oben genannt)
    }
cli-the-token-in = der Token in { $path }
cli-output-failed = die Ausgabe kann nicht geschrieben werden: { $error }
cli-standard-output = die Standardausgabe
cli-public-key = Öffentlicher Schlüssel: { $key }
cli-fix-summary = { $path }: vorher { $before }; jetzt { $after }
cli-input-too-large = die Datei ist größer als { $mib } MiB; eine { -profile }datei hat wenige hundert Byte
cli-the-password = das Passwort
cli-the-token = den Token
cli-stdin-terminal = die Standardeingabe ist ein Terminal, das { $what } beim Tippen anzeigen würde; leiten Sie die Eingabe stattdessen per Pipe ein, zum Beispiel: read -rs SECRET && printf '%s\n' "$SECRET" | wsadmin-prep …
cli-stdin-unreadable = wsadmin-prep kann { $what } nicht von der Standardeingabe lesen: { $error }
cli-stdin-empty = die Standardeingabe ist leer: Leiten Sie { $what } per Pipe ein
cli-passphrase-file-unreadable = die Passphrase-Datei { $path } kann nicht gelesen werden: { $error }
cli-passphrase-file-empty = die Passphrase-Datei { $path } ist leer
cli-secret-file-too-large = sie ist größer als 64 KiB; eine Schlüssel- oder Passphrase-Datei hat wenige hundert Byte
cli-secret-file-not-utf8 = sie ist kein UTF-8-Text
cli-uuid-file-unreadable = die Datei mit der „{ -ui-company-uuid }“ { $path } kann nicht gelesen werden
cli-already-exists = sie existiert bereits; wählen Sie einen anderen Namen, nichts wurde überschrieben
cli-no-temporary-file = neben der Ausgabe lässt sich keine temporäre Datei anlegen

## Die Hilfe der Befehlszeile: die Zusammenfassung jedes Befehls (die Hilfe der Optionen und die langen Beschreibungen bleiben englisch)

help-about = Ein SAP-Concur-{ -profile } für den „{ -ui-web-services-administrator }“ ({ -ws-admin }) offline vorbereiten und prüfen
help-lang = Die Sprache der Ausgabe für Menschen [Standard: aus LC_ALL, LC_MESSAGES oder LANG, sonst Englisch]. JSON, Regel-IDs und Concurs eigene Bezeichnungen bleiben englisch
help-validate = Eine { -profile }datei gegen jede Regel prüfen und die Befunde mit ihren Korrekturen ausgeben
help-fix = Jeden Vorschlag auf ein { -profile } anwenden, wie es „Vorschläge einfügen“ in der Web-App tut
help-checklist = Die Checkliste zur Aktivierung für ein { -profile } ausgeben, als Markdown oder JSON
help-keygen = Eine age-Identität zum Empfangen von Übergabepaketen erzeugen (die Seite des Anbieters)
help-seal = Die „{ -ui-login-id }“ und ein Passwort (von stdin gelesen) mit age für den { -app-provider } versiegeln
help-seal-token = Einen „{ -ui-company-request-token }“ (von stdin gelesen) und seine „{ -ui-company-uuid }“ für den { -app-provider } versiegeln
help-open = Ein Übergabepaket (Zugangsdaten oder Token) öffnen und seine Felder ausgeben (die Seite des Anbieters)

## Die Hinweise von zxcvbn zu einem Passwort

zx-straight-rows = Gerade Tastenreihen sind leicht zu erraten.
zx-short-keyboard = Kurze Tastaturmuster sind leicht zu erraten.
zx-repeats-aaa = Wiederholungen wie „aaa“ sind leicht zu erraten.
zx-repeats-abcabc = Wiederholungen wie „abcabcabc“ sind kaum schwerer zu erraten als „abc“.
zx-top-10 = Dies ist eines der 10 häufigsten Passwörter.
zx-top-100 = Dies ist eines der 100 häufigsten Passwörter.
zx-common = Dies ist ein sehr häufiges Passwort.
zx-similar-common = Dies ähnelt einem häufig verwendeten Passwort.
zx-sequences = Folgen wie abc oder 6543 sind leicht zu erraten.
zx-recent-years = Jahreszahlen der letzten Jahre sind leicht zu erraten.
zx-word-alone = Ein einzelnes Wort ist leicht zu erraten.
zx-dates = Datumsangaben sind oft leicht zu erraten.
zx-names-alone = Vor- und Nachnamen allein sind leicht zu erraten.
zx-common-names = Häufige Vor- und Nachnamen sind leicht zu erraten.
zx-use-few-words = Verwenden Sie einige Wörter und meiden Sie gängige Redewendungen.
zx-no-need-symbols = Sonderzeichen, Ziffern oder Großbuchstaben sind nicht nötig.
zx-add-word = Fügen Sie ein oder zwei Wörter hinzu. Ungewöhnliche Wörter sind besser.
zx-capitalization = Großschreibung hilft kaum.
zx-all-uppercase = Nur Großbuchstaben sind fast so leicht zu erraten wie nur Kleinbuchstaben.
zx-reversed = Rückwärts geschriebene Wörter sind kaum schwerer zu erraten.
zx-substitutions = Vorhersehbare Ersetzungen wie „@“ statt „a“ helfen kaum.
zx-longer-keyboard = Verwenden Sie ein längeres Tastaturmuster mit mehr Richtungswechseln.
zx-avoid-repeats = Meiden Sie wiederholte Wörter und Zeichen.
zx-avoid-sequences = Meiden Sie Zeichenfolgen.
zx-avoid-recent-years = Meiden Sie Jahreszahlen der letzten Jahre.
zx-avoid-your-years = Meiden Sie Jahreszahlen, die mit Ihnen in Verbindung stehen.
zx-avoid-your-dates = Meiden Sie Daten und Jahreszahlen, die mit Ihnen in Verbindung stehen.
