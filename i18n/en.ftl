# English: the source language. Every other catalogue has exactly these messages, with the
# same variables. Concur's labels are the terms of concur-labels.ftl (`{ -ui-… }`).

## Glossary: the product's own words, used alike in every message.

-profile = profile
-ws-admin = WS Admin
-handoff-packet = handoff packet
-token-packet = token packet
-app-provider = app provider
-authorizing-admin = authorizing admin
-helpdesk = Concur Helpdesk

## The checklist: routes, groups, who does each step

route-admin-ws = The authorizing admin, in Concur
route-helpdesk = { -helpdesk }, from a ticket
route-admin-token = Generate a token and hand it over
route-app-center = Connect in the { -ui-app-center } (nothing to hand over)

group-check-app-center = Step 1: Check the { -ui-app-center } and your role
group-connect-app-center = Step 2: Connect the app in the { -ui-app-center }
group-create-ws = Step 1: Create and activate the { -ws-admin } { -profile }
group-hand-over-ws = Hand the credentials to the { -app-provider }
group-enable-ws = Step 2: Enable the app
group-create-token = Step 1: Generate the { -ui-company-request-token }
group-hand-over-token = Hand the token to the { -app-provider } within 24 hours
group-enable-token = Step 2: Confirm the app is connected

actor-admin = Authorizing admin
actor-helpdesk = { -helpdesk }
actor-provider = App provider

status-todo = to do
status-done = done
status-not-applicable = not applicable

checklist-gate-note = { $errors ->
        [one] The { -profile } has { $errors } error; until it is fixed,
       *[other] The { -profile } has { $errors } errors; until they are fixed,
    } { $locked ->
        [one] this step stays
       *[other] these { $locked } steps stay
    } locked: { $steps }.
checklist-set-aside = { $count ->
        [one] { $count } step marked done was set back to to-do ({ $steps }): it is locked while the { -profile } has errors.
       *[other] { $count } steps marked done were set back to to-do ({ $steps }): they are locked while the { -profile } has errors.
    } Notes are kept.
tick-unknown-step = there is no step { $step } in this checklist
tick-profile-has-errors = { $count ->
        [one] the { -profile } still has { $count } error; fix it first (the first, on { $field }: { $message })
       *[other] the { -profile } still has { $count } errors; fix them first (the first, on { $field }: { $message })
    }

## The checklist's steps

the-app = the app
the-new-ws-admin = the new { -ws-admin } user
the-authorizing-admin-name = The { -authorizing-admin }
login-taken = If Concur says the { -ui-login-id } is already taken ({ -ui-login-id }s are unique across all of Concur, not only your company), add a qualifier before the @, such as WSAdmin-<App>-<Company>, and change it in this { -profile } too, so that the checklist and the handoff match.
password-instruction = a unique, strong password: type it in Concur, never in a ticket, e-mail or this checklist
entry-ticket-text = Ticket text
entry-app = App
ticket-after-fixes = shown once the { -profile } has no errors: fix the findings first
depending-on-configuration = { $first } or { $second } (depending on configuration)

step-dedicated-profile = Make sure the { -ws-admin } { -profile } is a new, dedicated user
step-dedicated-profile-detail = It must not be any real person's account: if a real user's credentials are used and they leave the company, the app stops working.
step-create-user = Create the { -ws-admin } user
step-create-user-standard-detail = On newer sites the page is under Administration > Expense Settings (or Expense & Invoice Settings, or Invoice Settings) > User Accounts > Create/Edit User. Enter the values below and tick the permissions on the same page. { $login-taken }
step-create-user-professional-detail = Some sites show it as Administration > Company Admin > Add New User. Enter the values below. { $login-taken }
step-grant-permissions = Grant the { -ws-admin } user its permissions
step-grant-permissions-detail = Find { $user }, select { -ui-add } to grant { -ui-web-services-administrator }, and add the data roles the app needs.
step-helpdesk-ticket = Log a ticket with the { -helpdesk } to create the { -ws-admin } user
step-helpdesk-ticket-detail = Paste the ticket text below into a { -helpdesk } ticket; it carries no password. { $login-taken }
step-receive-initial-password = Receive the new user's initial password from Concur
step-receive-initial-password-detail = The Helpdesk sends it by its own channel, as the ticket asks. Keep it out of e-mail threads, chat and this checklist.
step-save-and-activate = Save, then log in to Concur once with the new credentials
step-log-in-with-initial = Log in to Concur once with the { -ui-login-id } and initial password
step-save-and-activate-detail = The first log-in activates the account; until then the app cannot use it. If Concur asks for a new password at this log-in, set a new unique one: that new password is the one to seal for the provider.
step-send-credentials = Send the { -ui-login-id } and password to { $app } securely
step-send-credentials-detail = Seal them in a { -handoff-packet } (age) for the provider's key or a passphrase given by phone; never send them in plain e-mail or chat.
step-provider-confirms = Receive and open the credentials
step-provider-confirms-detail = { $app }'s team opens the packet and confirms they have the credentials.
step-named-admin-enables = { $admin }, the admin named on the { -profile }, does the enabling
step-named-admin-enables-detail = The administrator whose name is on the { -ws-admin } { -profile } is the one who enables the app.
step-log-in-as-ws-admin = Log in to Concur with the { -ws-admin } credentials
step-log-in-as-ws-admin-detail = Use the new { -profile }, not your own account.
step-enable-app = { -ui-enable } { $app } and confirm the sharing of data
step-enable-app-detail = Find { $app }, click { -ui-enable }, and confirm the sharing of data.

step-confirm-own-role = Check that your own account has the role { $role }
step-confirm-own-role-detail = Generating a { -ui-company-request-token }, or connecting in the { -ui-app-center }, needs this role on the account you log in with; without it the { -ui-company-request-token } page is missing and { -ui-connect } is greyed out. If you lack it, ask your Concur administrator. The page exists only in the US and EMEA data centres: elsewhere it is missing whatever your roles, and { -ui-client-web-services } generates the token.
own-roles-standard = { $menu } > your own user (on some sites the menu reads Expense & Invoice Settings or Invoice Settings instead of Expense Settings)
own-roles-standard-detail = { $detail } Open your own user there; on some sites the menu reads Expense & Invoice Settings or Invoice Settings instead of Expense Settings.
step-app-center-enabled = Check that your company has the { -ui-app-center }
step-app-center-enabled-detail = When your company has the { -ui-app-center }, you see an { -ui-app-center } tab once logged in to Concur. If the tab is missing, log a ticket with the SAP { -helpdesk } to have it enabled.
step-connect-in-app-center = { -ui-connect } { $app } in the { -ui-app-center }
step-connect-in-app-center-detail = Find { $app }'s listing, choose { -ui-connect } and follow its prompts; the { -ui-app-center } passes the token to the provider itself, so there is nothing to copy or send.
step-generate-token = Generate a { -ui-company-request-token } for { $app }'s { -ui-app-id }
step-generate-token-detail = Enter the { -ui-app-id } below and select { -ui-submit }. The token is valid for 24 hours from then: note the time. The page is there in the US and EMEA data centres only; elsewhere, ask { -ui-client-web-services }.
step-copy-token-values = Copy the { -ui-company-uuid } and the token before closing the dialog
step-copy-token-values-detail = The dialog shows them once. Paste both straight into this tool's handoff, never into this checklist, a ticket or an e-mail; if the dialog was closed, generate a new token the same way.
step-send-token = Seal the { -ui-company-uuid } and token for { $app } and send them within 24 hours
step-send-token-detail = Seal them in a { -token-packet } (age) for the provider's key or a passphrase given by phone; the packet says when the token expires. Never send them in plain e-mail or chat.
step-provider-connects = Exchange the token before it expires
step-provider-connects-detail = { $app }'s team opens the packet and exchanges the { -ui-company-uuid } and token for the company's OAuth tokens on its own server. If the token expired first, the admin generates a new one and seals it again.
step-confirm-listing = Confirm that { $app }'s listing shows { -ui-connected }
step-confirm-listing-detail = { $app }'s listing in the { -ui-app-center } shows that it is connected. If it does not, open the listing and choose { -ui-connect } again.
step-confirm-with-provider = Confirm with { $app }'s provider that the connection works
step-confirm-with-provider-detail = { $app }'s team confirms that the exchange worked and the app reads the company's data. If it failed (an expired token, or the wrong data centre), generate a new token and seal it again.

## The Helpdesk ticket (its language is chosen apart from the page's: the Helpdesk may need English)

ticket-request = Please create a { -ui-web-services-administrator } user { -profile } in our Concur { $edition }{ $company } so that we can enable the partner app { $app }.
ticket-app-placeholder = [app name]
ticket-login-id-placeholder = [{ -ui-login-id }]
ticket-first-name-placeholder = [{ -ui-first-name }]
ticket-last-name-placeholder = [{ -ui-last-name }]
ticket-permissions-placeholder = [permissions]
ticket-admin-email-placeholder = [admin e-mail]
ticket-dedicated = This is a dedicated service { -profile }, not a real person's account. The authorizing administrator is { $admin } ({ $email }), who will enable the app.
ticket-no-password = Please do not put the password in this ticket; tell us how the initial password will be provided.

## The Markdown export

md-title-app-center = { -ui-app-center } connection checklist
md-title-token = { -ui-company-request-token } checklist
md-title-ws = { -ws-admin } enablement checklist
md-app-not-named = (app not named yet)
md-company = Company
md-edition = Edition
md-prepared = Prepared
md-progress = Progress: { $done } of { $total } done
md-data-centre = Data centre
md-data-centre-not-chosen = not chosen yet
md-ws-login-id = { -ws-admin } { -ui-login-id }
md-authorizing-admin = Authorizing admin
md-data-needed = Data the app needs
md-none-chosen = none chosen
md-profile-check = Profile check
md-no-token = This checklist carries no token. Send the token only in a sealed { -token-packet }.
md-no-password = This checklist carries no password. Send the credentials only in a sealed { -handoff-packet }.
md-group-progress = { $done } of { $total } done
md-not-applicable = not applicable
md-in-concur = In Concur
md-gated = Only once the { -profile } has no errors.
md-done = Done
md-marked-not-applicable = Marked not applicable
md-note = Note
md-empty = (empty)

## The rules' tally

tally = { $errors ->
        [0] no errors
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [0] no warnings
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }

## The page

language-label = Language
language-failed = The language could not be changed: { $reason }
title-ws = { -ws-admin } { -profile }
lede-ws = Prepare the dedicated Concur { -ui-web-services-administrator } user a partner app signs in as. Everything stays in this browser; drafts are saved here, never sent anywhere.
lede-token = Prepare the token a partner app with an { -ui-app-id } connects with, and hand it over sealed. Everything stays in this browser; drafts are saved here, never sent anywhere.
title-provider = Receive a client's Concur credentials
lede-provider = For the { -app-provider }: make a key, send its public half to the client's admin, and open the sealed packet they send back. Everything stays in this browser.
i-am-provider = I am the app provider
i-am-admin = I am the client's admin
views-label = Views
tab-profile = Profile
tab-checklist = Checklist
tab-handoff = Handoff
open-link-label = Open a shared link
open-link-button = Open
welcome-company-day = Prepared for { $company } on { $day }
welcome-company = Prepared for { $company }
welcome-day = A checklist prepared on { $day }
welcome-plain = A checklist prepared for you
welcome-stays-here = Nothing you enter leaves this browser until you share it.
got-it = Got it
printed = Printed { $day } · { $edition } · { $draft }
print-ws = { -ws-admin } { -ui-login-id }: { $login } · Authorizing admin: { $admin }
print-token = { -ui-company-request-token } · { -ui-app-id }: { $app-id } · Authorizing admin: { $admin }
checklist-title-ws = Enablement checklist
checklist-title-token = { -ui-company-request-token } checklist
all-steps = All steps
progress-done = { $done } of { $total } done
who-creates = Who creates the { -ws-admin } user?
how-token = How does the app get its token?
see-findings = See the findings
export-title = Export and share
export-hint = Exports and links carry the { -profile }'s names and IDs, never a password.
notes-secret = A note here looks like a password or a token: take it out before sharing.
download-markdown = Download Markdown
download-json = Download JSON
print = Print
share-link = Share as a link
share-template = Share a template (no personal details)
link-template-label = Template link for your client
link-label = Link to this checklist
link-template-hint = Carries the edition, app, company domain and data needed: no names, no IDs, no password. The client fills in the rest.
link-hint = Carries the checklist and the { -profile }'s names and IDs, never a password. The part after # stays in the browser: it is not sent to any server.
copy-link = Copy link
link-copied = Link copied.
copy = Copy
copy-value = Copy { $label }
copied = Copied
generate-password = Generate the password
open-handoff-to-seal = Open the handoff to seal them
locked-until-clean = Locked until the { -profile } has no errors.
not-ticked = Not ticked: { $reason }.
not-applicable = Not applicable
stamp-done = Done { $when }
stamp-marked = Marked { $when }
note = Note
note-placeholder = Optional: who, when, ticket number
note-secret = This looks like a password or a token: notes are saved and shared in clear. Take it out.

## The profile form

field-connection = How the app connects
field-edition = Concur edition
field-app-name = Partner app name
field-app-id = The app's { -ui-app-id }
field-company-name = Client company (optional)
field-data-center = Concur data centre
field-company-domain = Company e-mail domain
field-data-access = Data the app needs
field-admin-first-name = Admin's first name
field-admin-last-name = Admin's last name
field-admin-email = Admin's e-mail
field-admin-login-id = Admin's own { -ui-login-id }
field-admin-role = Admin's own role
field-known-users = Known real users
field-passphrase = Passphrase
field-generated-at = Generated at
connection-ws = { -ws-admin } user (this guide)
hint-connection = Ask the { -app-provider }. Apps that sign in with a user name and password need a { -ws-admin } user; apps that give you an { -ui-app-id } need a { -ui-company-request-token }.
legend-app-company = The app and your company
legend-admin = The administrator who authorizes the app
legend-ws-profile = The { -ws-admin } { -profile }
hint-app-name = As the { -app-provider } spells it, e.g. Expensify
hint-company-name = Whose draft this is, e.g. Müller & Söhne GmbH: shown in titles, exports and the packet
hint-app-id = The UUID the { -app-provider } gives you, e.g. 0f8e6c2a-5b1d-4e7f-9a3c-2d4b6e8f0a1c
hint-company-domain = The part after the @ in your company's e-mail addresses, e.g. acme.com
hint-admin-login-id = Optional: only if it differs from the e-mail
hint-login-id = WSAdmin, then the app's name, at your company's domain
hint-first-name = WSAdmin and the authorizing admin's first name, e.g. WSADMIN_John
hint-last-name = The authorizing admin's last name
hint-email-standard = Optional in Standard Edition
hint-email-professional = Professional Edition: the authorizing admin's own e-mail
hint-edition = Standard Edition creates users under Administration > Setup > Users; Professional Edition under Administration > Company Admin.
hint-data-center = Where your company's Concur is: the address you sign in at tells (us. or www. is US, eu1. or emea. is EMEA).
choose = Choose…
role-confirmation = My own account has the role { $role } ({ $menu })
optional-suffix = {" "}(optional)
hint-known-users = E-mails or { -ui-login-id }s of real people, one per line: the { -ws-admin } { -ui-login-id } must be none of them.
spelling-waiting = Spelling the app's name in Latin letters for the { -ui-login-id }…
spelling-failed = This browser could not start the worker that spells the app's name in Latin letters, so the { -ui-login-id } has no suggestion: type it yourself as WSAdmin-, the app's name in Latin letters, @ and your company's domain.
severity-error = Error
severity-warning = Warning
fix-label = Fix:
apply-fix = Apply fix
rule = Rule
summary-start = New { -profile }: start with the edition, the app's name and the { -authorizing-admin }. Findings appear as you type.
summary-clear-ws = All clear: this { -profile } is ready to create in Concur.
summary-clear-token = All clear: you are ready to generate the { -ui-company-request-token }.
summary-warnings = { $tally }. Nothing blocks the { -profile }; the warnings are worth a look.
summary-errors = { $tally }. Fix the errors before creating the { -profile }.
drafts-label = Drafts
draft = Draft
new-profile = New { -profile }
delete-draft = Delete draft
delete-draft-confirm = Delete the draft "{ $title }"? This cannot be undone.
import = Import…
export = Export
fill-suggestions = Fill suggestions
ticket-in-english = Write the Helpdesk ticket in English (Concur's Helpdesk may need it)

## Why each rule matters (rule IDs stay as they are)

why-app-required = The Login ID and the enablement step both name the partner app.
why-app-name-chars = The name is copied into the Helpdesk ticket and the packet, where a control character can hide text.
why-app-id-required = A Company Request Token is generated for one App ID; without it there is nothing to enter on Concur's page.
why-app-id-format = Concur's page accepts an App ID only as the UUID the provider registered; anything around it is refused.
why-data-center-required = The token page exists in some data centres only, and the provider must call the company's own data centre.
why-data-center-no-token-page = Concur's Company Request Token page is not there in this data centre, so the admin cannot generate the token themselves.
why-access-none = The roles on the profile decide which data the app sees; with none it sees nothing.
why-domain-format = The Login ID ends with the company's e-mail domain; a web address or a typo there ends up in every suggestion.
why-admin-incomplete = The profile carries the authorizing admin's name so that anyone can later tell who enabled the app.
why-admin-role-unconfirmed = Only an admin whose own account holds the edition's web-services role can open the Company Request Token page or use the App Center's Connect button.
why-admin-name-chars = The admin's names are copied onto the profile; spaces around them or invisible characters in them would be copied too.
why-admin-email-format = The admin's e-mail gives the company's domain and, in Professional Edition, goes on the profile; it must be a real address.
why-login-required = The app provider signs in with this Login ID.
why-login-format = Concur Login IDs have the form of an e-mail address, local@domain.
why-login-chars = Concur refuses these characters, and invisible ones make a Login ID nobody can type.
why-login-length = Concur cuts off or refuses longer Login IDs.
why-login-wsadmin = WSAdmin in the Login ID marks the account as a service profile, not a person.
why-login-app = Naming the app in the Login ID tells each app's WS Admin apart when several are enabled.
why-login-personal = If a real person's account is used and they leave the company, the app stops working.
why-login-domain = A Login ID outside the company's domain is easy to mistake for someone else's, or for the app provider's.
why-first-required = Concur requires a first name on every user.
why-first-chars = Spaces around a name or invisible characters in it make the profile hard to find and to tell apart.
why-first-prefix = The WSAdmin prefix makes the profile easy to find and identify later.
why-first-admin = The first name records which real administrator authorized the app.
why-first-length = Concur refuses longer first names.
why-last-required = Concur requires a last name on every user.
why-last-chars = Spaces around a name or invisible characters in it make the profile hard to find and to tell apart.
why-last-admin = The last name records which real administrator authorized the app.
why-last-length = Concur refuses longer last names.
why-email-required = Professional Edition puts the authorizing admin's real e-mail on the profile.
why-email-format = Concur refuses an e-mail address it cannot deliver to.
why-email-admin = Professional Edition expects the authorizing admin's real e-mail on the profile.
why-perm-admin = Without the web-services admin role the app cannot be enabled: Concur greys out Connect.
why-perm-access = The app sees only the data whose role the profile holds; a missing role means no data.
why-perm-unneeded = A role for data the app does not need gives it more than it asked for.
why-perm-unknown = Only the edition's own permission labels exist on its screen; anything else cannot be ticked.
why-perm-duplicate = A permission listed twice is ticked once on Concur's screen; the list no longer says what the profile holds.
why-company-uuid-format = The provider exchanges the token together with the Company UUID; a wrong one fails the exchange.
why-token-required = The token is what the provider exchanges for the company's access; without it there is nothing to hand over.
why-token-paste = A copied token never has spaces, line breaks or typographic characters; with them the exchange fails.
why-token-future = The expiry is counted from the generation time; a time in the future makes it look valid for longer than it is.
why-token-expired = Concur refuses a request token 24 hours after it was generated; the provider could not use it.
why-token-expiring = The provider must exchange the token before it expires; with a few hours left, a packet read tomorrow is useless.
why-password-weak = The password is all that protects a profile that can read the company's expense, travel or invoice data.
why-password-personal = A password built from the profile's own names is the first thing an attacker tries.
why-passphrase-weak = Whoever holds a sealed packet can try passphrases offline for as long as they like; only a long, unguessable one keeps the password inside.
why-passphrase-words = A passphrase is read out to the provider by phone; it is a handful of words, not a string of characters or one word repeated.
why-passphrase-known = Famous phrases are in every cracking list and are tried first, however long they are.
why-passphrase-personal = The profile's own names (the app, the company, the admin) are the first words an attacker who holds the packet tries.
why-password-policy = Concur refuses a password that breaks the company's sign-in policy.

## The profile's findings and fixes

subject-problem = { $subject } { $problem }
subj-login-id = The { -ui-login-id }
subj-first-name = The first name
subj-last-name = The last name
subj-email = The e-mail
subj-admin-first-name = The authorizing admin's first name
subj-admin-last-name = The authorizing admin's last name
subj-admin-email = The authorizing admin's e-mail
subj-company-domain = The company domain { $domain }
required = This field is required
use-value = Use { $value }
not-uuid-secret = The { $what } is not a UUID; what is there looks like a token or a password (not shown here): move it to where it belongs
not-uuid = The { $what } { $value } is not a UUID
too-long = { $subject } has { $length } characters; Concur allows at most { $max }
pred-contains = contains { $char }
pred-spaces-around = has spaces before or after it
pred-longer-than = is longer than { $max } characters
char-space = a space
char-invisible = an invisible character ({ $code })
char-forbidden = { $char }, which Concur does not allow
addr-no-at = has no @; it must look like name@company.com
addr-many-at = has { $count } @ signs; it must have exactly one
addr-nothing-before-at = has nothing before the @
addr-local-dots = has a dot at the start or end of the part before the @, or two dots in a row
addr-no-dot-domain = has no dot in its domain, after the @
addr-empty-domain-part = has an empty part in its domain (a dot at its start or end, or two dots)
addr-hyphen = has a part of its domain that begins or ends with a hyphen
domain-empty = is empty
domain-space = has a space in it
domain-at = has an @: give only what follows it
domain-web = is a web address: give only the domain
domain-ends-dot = ends with a dot
domain-no-dot = has no dot
domain-www = begins with www., which names a web site; give the e-mail domain
domain-bad-part = has a part that is empty, begins or ends with a hyphen, or holds a character a domain cannot
fix-app-required = Enter the partner app's name as its provider spells it
app-name-holds = The app's name holds { $char }
fix-app-name-again = Type the app's name again as its provider spells it
app-id-missing = The app's { -ui-app-id } is missing
fix-app-id-ask = Ask the { -app-provider } for its { -ui-app-id }: a UUID such as 0f8e6c2a-5b1d-4e7f-9a3c-2d4b6e8f0a1c
fix-app-id-copy = Copy the { -ui-app-id } again from the provider: 8-4-4-4-12 hexadecimal digits, such as 0f8e6c2a-5b1d-4e7f-9a3c-2d4b6e8f0a1c
data-center-not-chosen = Which Concur data centre the company is in is not chosen
fix-data-center = Look at the address you sign in to Concur at: us. or www. is US, eu1. or emea. is EMEA; ask Concur if unsure
no-token-page = The { -ui-company-request-token } page is not available in the { $center } data centre
fix-no-token-page = Contact SAP Concur { -ui-client-web-services } to have the token generated
no-data = No data is selected for the app
fix-no-data = Tick Expense, Travel and/or Invoice, as the { -app-provider } asks
fix-domain = Enter the domain of the company's e-mail addresses only, such as acme.com
admin-first-missing = The authorizing admin's first name is missing
admin-last-missing = The authorizing admin's last name is missing
admin-email-missing = The authorizing admin's e-mail is missing
fix-admin-first = Enter the first name of the real administrator who authorizes the app
fix-admin-last = Enter the last name of the real administrator who authorizes the app
fix-admin-email = Enter the e-mail of the real administrator who authorizes the app
fix-admin-first-mononym = Enter the first name of the real administrator who authorizes the app. If { $name } is their only name, Concur still needs both names: the usual way is to enter it in both
fix-admin-last-mononym = Enter the last name of the real administrator who authorizes the app. If { $name } is their only name, Concur still needs both names: the usual way is to enter it in both
role-unconfirmed = You have not confirmed that your own account has the role { $role }
fix-role-unconfirmed = Check your own user's roles ({ $menu }), then tick the confirmation; if the role is missing, ask your Concur administrator for it
fix-spaces-around = Remove the surrounding spaces: { $value }
fix-email-alias = This is a real address, but Concur refuses the character in it for the e-mail it stores. Use another address of the same mailbox without it, such as { $alias }; if there is none, ask your mail administrator for such an alias
fix-admin-own-address = Enter the admin's own address, such as john.smith@acme.com
login-empty = The { -ui-login-id } is empty
fix-login-use-scheme = Use WSAdmin-<App>@<your company domain>
fix-login-shape = Write it as name@company-domain
fix-only-allowed-chars = Use only letters, digits, @ and . _ -
fix-remove-it = Remove it: { $value }
fix-login-shorten = Shorten it, keeping WSAdmin and the app name
login-no-wsadmin = The { -ui-login-id } does not contain WSAdmin before its @
fix-login-start = Start it with WSAdmin-
login-no-app = The { -ui-login-id } does not name the app { $app }
login-app-cut = { $message } (its first { $room } letters, { $part }, are enough: the whole name does not fit in { $max } characters)
fix-login-app = Put the app's name after WSAdmin-
login-id-taken = The { -ui-login-id } is already taken: it is listed among the known users, and { -ui-login-id }s are unique across all of Concur
fix-login-qualifier = Add a qualifier before the @, such as WSAdmin-<App>-<Company>@<domain>
login-is-admin-email = The { -ui-login-id } is the authorizing admin's own e-mail; the { -profile } must be a dedicated one, not a person's
login-is-admin-login = The { -ui-login-id } is the authorizing admin's own { -ui-login-id }; the { -profile } must be a dedicated one, not a person's
login-is-known-user = The { -ui-login-id } is a known real user's; the { -profile } must be a dedicated one, not a person's
fix-login-new-user = Create a new user named WSAdmin-<App>@<domain>
login-other-domain = The { -ui-login-id }'s domain { $domain } is not the company's { $company }
login-other-domain-from-email = The { -ui-login-id }'s domain { $domain } is not the company's { $company } (from the admin's e-mail)
fix-login-domain = End the { -ui-login-id } with the company's domain
login-fix-ascii = { $fix } ({ $typed } as DNS spells it in ASCII letters, { $ascii }, which a { -ui-login-id } uses)
first-empty = The first name is empty
fix-first-use = Use WSADMIN_ and the authorizing admin's first name
first-no-prefix = The first name does not start with WSAdmin
fix-first-prefix = Write WSADMIN_ before the admin's first name
first-should-be-admins = After WSAdmin the first name should be the admin's first name { $name }
fix-first-write = Write WSADMIN_ and the admin's first name
first-should-be = After { $prefix } the first name should be { $expected }
expected-first = the admin's first name { $name }
expected-last = the admin's last name { $name }
expected-cut = { $whole }, or, as it does not fit in { $max } characters, a leading part of it such as { $part }
fix-first-shorten = Shorten it; WSADMIN_ and a leading part of the admin's first name is enough
last-empty = The last name is empty
fix-last-use-authorizing = Use the authorizing admin's last name
last-should-be = The last name should be { $expected }
fix-last-use = Use the admin's last name
fix-last-shorten = Shorten it to 32 characters, keeping whole words
email-needed = Professional Edition needs an e-mail on the { -profile }
fix-email-use-admin = Use the authorizing admin's e-mail
fix-email-valid = Enter a valid address such as name@company.com
email-should-be-admins = The e-mail should be the authorizing admin's, { $email }
profile-lacks = The { -profile } lacks { $role }
fix-tick = Tick { $role }
data-role-missing = The app needs { $data } data but the { -profile } lacks { $role }
role-unneeded = { $role } grants { $data } data, which the app does not need
fix-untick = Untick { $role }, or tick { $data } under data needed
fix-other-edition-label = { $role } is a { $other } label; { $edition } calls it { $equivalent }
fix-remove-listing = Remove it; { $edition } lists { $roles }
not-a-permission = { $role } is not a { $edition } permission
listed-twice = { $role } is listed more than once
fix-keep-one = Keep one of each
fix-name-again = Type the name again, without spaces around it

## The command line

cli-ready-ws = Ready to create in Concur.
cli-ready-token = Ready to generate the { -ui-company-request-token }.
cli-error = error
cli-warning = warning
cli-fix = fix:
cli-files-summary = { $files } files: { $clean } clean, { $errors } with errors, { $unusable } unusable
fix-by-hand = Correct it by hand: nothing derived from the profile passes every rule here

## The handoff: the provider's side

handoff-title = Credential handoff
handoff-memory-only = Passwords, passphrases and keys stay in this page's memory only: they are never saved, exported or sent.
clear-secrets = Clear secrets
secrets-cleared = Secrets cleared from this page
provider-side-title = The { -app-provider }'s side: receive credentials
make-a-key = 1. Make a key
key-hint = Keep the key file private; send the public key (or the link) to the client's admin.
generate-key = Generate a key and download it
your-public-key = Your public key
fingerprint-hint = Fingerprint, to read out when the admin asks:
copy-public-key = Copy public key
copy-client-link = Copy link for the client
open-a-packet = 2. Open a packet
packet-label = Packet (paste it, or choose the .age file)
choose-packet-file = Choose a packet file
your-key-file = Your key file
key-loaded-from = Key loaded from { $name }
or-passphrase = Or the passphrase
open-packet = Open packet
hide = Hide
reveal = Reveal

## The page's notices

copy-of-a-draft = This is a copy of one of your drafts: choose below whether to update it.
opened-shared = Opened the shared checklist as a draft of its own.
imported-as-draft = Imported { $name } as a draft of its own.
already-here = { $title } is already here with everything this copy holds.
provider-file-too-large = { $name } is too large to be a packet or a key file
not-our-link = That is not a wsadmin-prep link: it has no #checklist= or #recipient= part. Your drafts are unchanged.
eviction-notice = This browser may delete drafts kept here after 7 days without a visit (Safari does, unless the app is on the Home Screen). Keep a draft you need as a file:
export-this-draft = Export this draft
saving-refused = Drafts are not being saved: the browser refused to store them (its storage is full or disabled). Nothing saved before is removed; use Export to keep this draft as a file.
saving-unavailable = This browser does not let the page keep drafts: they last until this tab closes. Use Export to keep a draft as a file.
reload = Reload
update-ready = A new version of wsadmin-prep is ready. Your drafts are kept.
newer-saves = { $count ->
        [one] A draft was saved by a newer version of wsadmin-prep; this version leaves it untouched. Reload to open it with the newer version.
       *[other] { $count } drafts were saved by a newer version of wsadmin-prep; this version leaves them untouched. Reload to open them with the newer version.
    }
copy-changes = This is a copy of your draft { $title }. It changes:
update-the-draft = Update the draft
keep-both = Keep both
conflict-changed = This draft was changed in another tab or window while you were editing it here.
load-newer = Load the newer version
conflict-deleted = This draft was deleted in another tab or window while you were editing it here.
close-it-here = Close it here
conflict-newer-version = A newer version of wsadmin-prep, open in another tab or window, changed this draft.
close-it-here-reload = Close it here (reload to open it)
not-saved-until-choice = What you change here is not saved until you choose.
keep-mine = Keep mine as a separate draft
link-made-in = This checklist was shared in { $language }. Show this page in:

## The handoff: the admin's side

admin-side-token = Your side: seal the { -ui-company-uuid } and token for the { -app-provider }
admin-side-ws = Your side: seal the { -ui-login-id } and password for the { -app-provider }
sealing-waits = { $errors ->
        [one] The { -profile } has { $errors } error; sealing waits until it is fixed.
       *[other] The { -profile } has { $errors } errors; sealing waits until they are fixed.
    }
sealing-waits-token = { $errors ->
        [one] The { -profile } has { $errors } error in the app's name, { -ui-app-id } or data centre; sealing waits until it is fixed.
       *[other] The { -profile } has { $errors } errors in the app's name, { -ui-app-id } or data centre; sealing waits until they are fixed.
    }
legend-password = Password
ws-admin-password = { -ws-admin } password
password-hint = Type it here and in Concur; it is never saved. Generate one below.
show = Show
checking = Checking…
password-strength = Password strength
strength-of-4 = Strength { $score } of 4
strength-first-100 = (first 100 characters)
generate-a-password = Generate a password
length-characters = Length: { $length } characters
symbols = Symbols
no-lookalikes = No look-alikes (0/O, 1/l)
words-instead = Words instead (6 words)
generate = Generate
company-policy = Company password policy (saved with the { -profile })
minimum-length = Minimum length
upper-case = Upper case
lower-case = Lower case
digit = Digit
symbol = Symbol
seal-for-provider = Seal for the { -app-provider }
seal-to = Seal to
seal-to-key = The provider's public key (recommended)
seal-to-passphrase = A passphrase you tell them by phone
providers-public-key = Provider's public key
key-from-link = Filled in from the link you opened. A link can be forged: check the key with the provider before sealing.
key-typed = Starts with age1; the provider makes it on their side of this page.
no-key-link = No key yet? Send your provider this link, where they make one:
no-key-file = No key yet? Send your provider this app's single file: they open it and choose "I am the app provider".
key-fingerprint = Fingerprint (20 characters near the key's end):
confirm-key = I confirmed this key with the provider: they read out the same fingerprint
other-key-offered = The link you opened carries another key, fingerprint
yours-is-kept = . Yours is kept unless you choose it.
use-links-key = Use the link's key
keep-my-key = Keep my key
hide-passphrase = Hide passphrase
show-passphrase = Show passphrase
passphrase-again = Passphrase again
generate-passphrase = Generate a passphrase
tell-by-phone = Tell it to the provider by phone, never in the message that carries the packet.
copy-passphrase = Copy passphrase
logged-in-once = I have logged in once with these credentials (the account is activated)
note-for-provider = Note for the provider (optional)
sealing = Sealing…
seal-packet = Seal packet
sealed-packet = Sealed packet: send it by any channel
download-age = Download .age
copy-packet = Copy packet
packet-taken-tick = Packet taken. Tick { $step } in the checklist, done now?
tick-it = Tick it
token-dialog-showed = What Concur's dialog showed
token-dialog-hint = Generate the token at { $menu }, then copy both values here before closing the dialog. They stay in this page's memory only.
token-generated-when = When the token was generated (your time)
token-generated-hint = Set when you pasted the token; change it if you generated the token earlier.

## What keeps a packet from being sealed

blocker-profile-errors = { $count ->
        [one] The { -profile } has { $count } error; fix it first
       *[other] The { -profile } has { $count } errors; fix them first
    }
blocker-no-password = Enter the { -ws-admin } password
blocker-password-unchecked = The password is still being checked
blocker-password-rules = The password breaks { $rules }; fix the password findings first
blocker-no-recipient = Enter the provider's public key (age1…)
blocker-passphrase-short = { $chars ->
        [one] The passphrase has { $chars } character; it needs at least { $min }
       *[other] The passphrase has { $chars } characters; it needs at least { $min }
    }
blocker-passphrases-differ = The two passphrases differ
blocker-passphrase-unchecked = The passphrase is still being checked
blocker-passphrase-rules = The passphrase breaks { $rules }: generate one, or seal to the provider's key
blocker-key-not-confirmed = Confirm the provider's key with the provider first: they read out its fingerprint and it matches
blocker-note-too-long = The note has { $chars } characters; a note may have at most { $max }
blocker-token-rules = The token's values break { $rules }; fix the token findings first
blocker-not-activated = Log in to Concur once with these credentials first, and confirm it: Concur may ask for a new password then, and that new one is the one to seal

## The password's and the passphrase's findings

pw-weak = The password is easy to guess (strength { $score } of 4)
pw-use-generator = Use the generator, or four or more unrelated words
pw-contains = The password contains { $what }
pw-nothing-personal = Use a password with nothing from the { -profile } in it
pp-weak = The passphrase is too easy to guess offline (about { $bits } bits; at least { $min } are needed)
pp-generate-or-key = Generate one (six or more random words), or seal to the provider's key instead
pp-few-words = { $words ->
        [one] The passphrase has { $words } distinct word of three or more letters; it needs at least { $min }
       *[other] The passphrase has { $words } distinct words of three or more letters; it needs at least { $min }
    }
pp-generate = Generate one (six or more random words)
pp-well-known = The passphrase contains a well-known phrase ({ $source })
pp-contains = The passphrase contains { $what }
pp-nothing-personal = Use a passphrase with nothing from the { -profile } in it; generate one
pw-breaks-policy = The password breaks the company's policy: { $shortfalls }
pw-meet-policy = Generate one that meets the policy
personal-login-id = the { -ui-login-id }
personal-admin-first = the admin's first name
personal-admin-last = the admin's last name
personal-app = the app's name
personal-domain = the company's domain
policy-too-short = it has { $length } characters; the policy asks for at least { $min }
policy-too-long = it has { $length } characters; Concur accepts at most { $max }
policy-no-upper = it has no upper-case letter
policy-no-lower = it has no lower-case letter
policy-no-digit = it has no digit
policy-no-symbol = it has no symbol

## The token's times and findings

span-under-minute = under a minute
span-min = { $m } min
span-h = { $h } h
span-h-min = { $h } h { $m } min
time-left = { $span } left
time-expiring = { $span } left: connect now, or ask the admin for a new token
time-expired = expired { $span } ago: the admin must generate a new token ({ $menu }) and seal it again
token-has = The token has { $time }.
token-do-not-use = Do not use this token: { $problem }.
token-expires-at = Expires { $at } (your time): { $time }.
uuid-missing = The { -ui-company-uuid } is missing
fix-uuid-copy = Copy the { -ui-company-uuid } from the dialog that showed the token
fix-uuid-again = Copy the { -ui-company-uuid } again from the dialog: 8-4-4-4-12 hexadecimal digits
token-missing = The { -ui-company-request-token } is missing
fix-token-paste = Paste the token from the dialog; if it is closed, generate a new one ({ $menu })
token-too-long = The token has { $length } characters, far more than a request token; something else was pasted
fix-token-alone = Copy the token alone from the dialog
token-line-breaks = The token has line breaks in or around it, which a copied token never has
token-spaces = The token has spaces in or around it, which a copied token never has
fix-remove-whitespace = Remove the spaces and line breaks
token-odd-char = The token contains the character { $code }, which a copied token never has
fix-token-again = Copy the token again from the dialog, straight into this field (not through a word processor)
token-future = The generation time { $at } is { $span } in the future
fix-token-future = Enter when the token was generated (the time the dialog showed it); check this computer's clock
token-expired = The token expired { $span } ago (at { $at })
fix-token-expired = Generate a new token for the same { -ui-app-id } ({ $menu }) and seal that one
token-expiring = The token expires in { $span } (at { $at })
fix-token-expiring = Send it now and tell the provider to connect before then, or generate a new token for the same { -ui-app-id }

## Drafts: greetings, titles, notices

-fill-suggestions = Fill suggestions
welcome-fill-then-suggest = Fill in { $fields }; then { -fill-suggestions } writes the { -ws-admin } user's fields.
welcome-fill = Fill in { $fields }.
welcome-suggest = Choose { -fill-suggestions } to write the { -ws-admin } user's fields.
welcome-all-filled = Everything is filled in: tick each step of the checklist as you do it.
app-id-from-link = From the link you opened: check it with the { -app-provider } before you generate the token.
untitled-profile = Untitled { -profile }
switched-edition = Switched to { $edition }; roles renamed to its labels: { $pairs }.
fill-suggestions-needs = { $count ->
        [one] { -fill-suggestions } writes the { -ws-admin } user's fields from { $fields }: fill it in first.
       *[other] { -fill-suggestions } writes the { -ws-admin } user's fields from { $fields }: fill them in first.
    }
nothing-to-suggest-token = Nothing to suggest on this route: a { -ui-company-request-token } has no naming scheme. { -fill-suggestions } only mends a pasted { -ui-app-id }.
change-kept-yours = { $field }: kept yours (the copy has { $there })
change-note = { $step }: note

## Links that cannot be opened

link-not-checklist = this link does not hold a checklist
link-newer-version = this link was made by a newer version of wsadmin-prep (link format { $version }); ask its sender for a JSON export instead
link-damaged = this link is damaged ({ $reason }); it may have been cut short when it was copied
link-not-opened = The link could not be opened: { $error }. Your own drafts are unchanged.
provider-link-not-used = The provider's link was not used: { $error }.
open-link-placeholder = https://…#checklist=… or #recipient=…

## Files, saves and links that cannot be used (a parser's own reason, quoted after, stays as the parser words it)

json-at = line { $line }, column { $column }: { $reason }
json-not-object = it must be a JSON object
json-unknown-schema = unknown schema { $found }: this version reads { $expected }
json-missing-schema = it has no "schema": { $expected }
json-key-not-string = a key is not a JSON string
json-key-twice = the key { $key } is given twice
json-too-many-keys = an object has more than { $max } keys; no wsadmin-prep file has
checklist-file-profile = its { -profile }: { $error }
checklist-file-unknown-step = it has a step { $id } that this checklist does not have
import-not-checklist = not a usable checklist: { $error }
import-not-profile = not a { -profile } file: { $error }
import-markdown = a Markdown checklist, which is for reading and printing: import the checklist's JSON export (Download JSON) instead
import-too-large = { $name } is { $whole }.{ $tenth } MB; a { -profile } file is a few hundred bytes, so it cannot be one (limit 1 MB)
import-unreadable = { $name } could not be read: { $error }
import-unusable = { $name } is { $error }
draft-unchanged = { $problem }. Your open draft is unchanged.
restore-newer = it was saved by a newer version of wsadmin-prep ({ $schema })
restore-damaged = it is damaged ({ $error })
draft-set-aside = A saved draft could not be opened: { $error }. It is kept aside in this browser's storage under { $key }.
draft-left-as-is = A saved draft could not be opened: { $error }. Storage is too full to set it aside, so it is left as it was.
legacy-not-moved = Some drafts saved by an earlier version could not be moved to the new layout (storage is full); they are open here and the earlier save is kept as it was.
recipient-link-not-key = the link's key is not an age public key (age1…); ask the provider for the key itself
link-not-base64 = not valid base64url
link-not-deflate = its data does not decompress
link-not-checklist-data = its data is not a checklist: { $error }
no-compression = this browser cannot compress the link (it lacks CompressionStream)
language-file-missing = The { $language } language file could not be loaded (offline before it was ever fetched?). The page stays in { $current }.
language-file-unusable = The { $language } language file cannot be used: { $error }. Reload the page to get the current one.
pack-damaged = the language file is damaged
pack-other-build = the language file belongs to another version of the app
local-file-notice = Opened from a file: other web pages opened from files here can read its drafts (never a password).
worker-stopped = the worker that checks and seals passwords stopped (it may have run out of memory); try again
worker-unreadable-message = the worker could not read a message; try again
worker-cannot-start = this browser cannot start the worker that checks and seals passwords
worker-request-stopped = The request was stopped before the worker answered; try again.
worker-bad-request = the worker could not read the request: { $error }

## The checklist's share link, copies

share-opens-elsewhere = This link opens { $host }, not this page's address: it was set on this computer.
share-trust-host = { $host } is where my company hosts wsadmin-prep
share-base-label = Address of wsadmin-prep the link opens
share-base-hint = Change it to where your company hosts wsadmin-prep, if that is elsewhere.
share-base-none = This copy has no web address, so the link is only its # part: the recipient pastes it into "Open a shared link". Enter where your company hosts wsadmin-prep (https://…) to make a whole link.
in-concur = In Concur:
concur-label-here = (in Concur in your language: { $label })
quoted = "{ $label }"
token-pasted-expires = The token you pasted expires { $at }.
value-copied = { $what } copied
copied-public-key = Public key
copied-link = Link
copied-passphrase = Passphrase
copied-packet = Packet
copied-password = { -ui-password }
copied-provider-link = Provider link

## Sealing and opening packets

not-sealed = Not sealed: { $reasons }.
seal-checked-key = Checked: sealed to { $recipient }; only its identity opens it.
seal-checked-passphrase = Checked: opened again with the passphrase, and the content matches.
packet-not-age = this is not an age-sealed packet ({ $reason })
packet-too-large = this is { $kib } KB or more, too large to be a { -handoff-packet } (real ones are a few KB); it was not opened
packet-post-quantum = this packet was sealed to a post-quantum age key (age1pq1…), which this version cannot use yet: ask for it sealed to an X25519 key (age1…) or a passphrase
packet-wrong-key = this packet was sealed for a different key. Choose the key file whose public key you sent to the admin
packet-wrong-passphrase = the passphrase does not open this packet: check it with the person who sealed it
packet-sealed-to-key = this packet was sealed to a public key: open it with the matching identity file instead
packet-sealed-to-passphrase = this packet was sealed to a passphrase: open it with that instead
packet-altered = this packet was cut short or altered after it was sealed: ask for it again
packet-excessive-work = this packet asks for scrypt work factor { $factor }, more than the { $max } any real packet needs; it was refused
packet-not-handoff = the packet opened, but its content is not a { -handoff-packet }: { $reason }
packet-armor-damaged = its armor is damaged: { $error }
packet-unknown-version = an unknown age version
packet-header-unreadable = its header cannot be read; it may be cut short
packet-stanza-unfinished = a stanza of its header has no final short line
packet-not-json = it is not JSON
packet-no-schema = it has no schema
packet-holds-token = it holds a { -ui-company-request-token }, not a { -ws-admin } user's credentials
key-empty = the provider's public key is empty
key-post-quantum = the provider's public key is a post-quantum age key (age1pq1…), which this version cannot use yet: ask for an X25519 key (age1…)
key-bad-start = the provider's public key must start with age1 (this one starts with { $start })
key-invalid = the provider's public key is not a valid age X25519 key: check that it was copied whole
identity-no-key = the identity file holds no key
identity-post-quantum = the identity file holds a post-quantum age key (AGE-SECRET-KEY-PQ-1…), which this version cannot use yet
identity-not-x25519 = the identity file does not hold an age X25519 secret key (AGE-SECRET-KEY-1…)
token-times-unreadable = its generation or expiry time is not an RFC 3339 time
token-times-disagree = its times disagree (generated { $generated }, expires { $expires }): a token lasts 24 hours
token-times-future = its token was generated at { $generated }, still to come by this clock

## An opened packet's fields (Concur's own field names stay as Concur shows them)

opened-app = App
opened-company = Company
opened-edition = Edition
opened-activated = Activated
opened-activated-yes = yes
opened-activated-not-yet = not yet: the admin must log in once first
opened-company-domain = Company domain
opened-sealed-at = Sealed at
opened-note = Note
opened-data-centre = Data centre
opened-generated-at = Generated at
opened-expires-at = Expires at
opened-time-left = Time left

## The command line's errors

pair = { $first }: { $second }
cli-cannot-use = cannot use { $path }
cli-cannot-read = cannot read { $path }
cli-cannot-write = cannot write { $path }
cli-cannot-open = cannot open
cli-cannot-open-path = cannot open { $path }
cli-cannot-seal = cannot seal
cli-not-sealed = not sealed
cli-cannot-make-checklist = cannot make the checklist
cli-helpdesk-is-for-ws = --helpdesk is for { -ws-admin } users
cli-app-center-is-for-token = --app-center is for the { -ui-company-request-token } route
cli-no-such-route = a { $connection } { -profile } has no such route: { $route }
cli-give-identity = give --identity or --passphrase-file
cli-give-recipient = give --to or --passphrase-file
cli-give-uuid = give --company-uuid or --company-uuid-file
cli-give-generated-at = give --generated-at: when Concur's dialog showed the token (an RFC 3339 time such as 2026-11-28T10:00:00Z), or `now` if that was just now; the provider's 24 hours count from it
cli-generated-at-invalid = --generated-at { $text } is not an RFC 3339 time such as 2026-11-28T10:00:00Z or 2026-11-28T11:00:00+01:00
cli-files-unusable = { $count ->
        [one] { $count } of { $total } files cannot be used (named above)
       *[other] { $count } of { $total } files cannot be used (named above)
    }
cli-the-token-in = the token in { $path }
cli-output-failed = cannot write the output: { $error }
cli-standard-output = standard output
cli-public-key = Public key: { $key }
cli-fix-summary = { $path }: was { $before }; now { $after }
cli-input-too-large = the file is larger than { $mib } MiB; a { -profile } file is a few hundred bytes
cli-the-password = the password
cli-the-token = the token
cli-stdin-terminal = standard input is a terminal, which would show { $what } as it is typed; pipe it in instead, for example: read -rs SECRET && printf '%s\n' "$SECRET" | wsadmin-prep …
cli-stdin-unreadable = cannot read { $what } from standard input: { $error }
cli-stdin-empty = standard input is empty: pipe { $what } into it
cli-passphrase-file-unreadable = cannot read the passphrase file { $path }: { $error }
cli-passphrase-file-empty = the passphrase file { $path } is empty
cli-secret-file-too-large = it is larger than 64 KiB; a key or passphrase file is a few hundred bytes
cli-secret-file-not-utf8 = it is not UTF-8 text
cli-uuid-file-unreadable = cannot read the { -ui-company-uuid } file { $path }
cli-already-exists = it already exists; choose another name, nothing was overwritten
cli-no-temporary-file = cannot create a temporary file beside the output

## The command line's help: each command's summary (the options' help and the long descriptions stay in English)

help-about = Prepare and check an SAP Concur { -ui-web-services-administrator } ({ -ws-admin }) { -profile }, offline
help-lang = The language of what is printed for people [default: from LC_ALL, LC_MESSAGES or LANG, else English]. JSON, rule IDs and Concur's own labels stay in English
help-validate = Check a { -profile } file against every rule and print the findings with their fixes
help-fix = Apply every suggestion to a { -profile }, as the web app's "{ -fill-suggestions }" does
help-checklist = Print the enablement checklist for a { -profile }, as Markdown or JSON
help-keygen = Generate an age identity for receiving handoff packets (the provider's side)
help-seal = Seal the { -ui-login-id } and a password (read from stdin) for the { -app-provider }, with age
help-seal-token = Seal a { -ui-company-request-token } (read from stdin) and its { -ui-company-uuid } for the { -app-provider }
help-open = Open a handoff packet (credentials or a token) and print its fields (the provider's side)

## zxcvbn's feedback on a password, worded as zxcvbn words it in English

zx-straight-rows = Straight rows of keys are easy to guess.
zx-short-keyboard = Short keyboard patterns are easy to guess.
zx-repeats-aaa = Repeats like "aaa" are easy to guess.
zx-repeats-abcabc = Repeats like "abcabcabc" are only slightly harder to guess than "abc".
zx-top-10 = This is a top-10 common password.
zx-top-100 = This is a top-100 common password.
zx-common = This is a very common password.
zx-similar-common = This is similar to a commonly used password.
zx-sequences = Sequences like abc or 6543 are easy to guess.
zx-recent-years = Recent years are easy to guess.
zx-word-alone = A word by itself is easy to guess.
zx-dates = Dates are often easy to guess.
zx-names-alone = Names and surnames by themselves are easy to guess.
zx-common-names = Common names and surnames are easy to guess.
zx-use-few-words = Use a few words, avoid common phrases.
zx-no-need-symbols = No need for symbols, digits, or uppercase letters.
zx-add-word = Add another word or two. Uncommon words are better.
zx-capitalization = Capitalization doesn't help very much.
zx-all-uppercase = All-uppercase is almost as easy to guess as all-lowercase.
zx-reversed = Reversed words aren't much harder to guess.
zx-substitutions = Predictable substitutions like '@' instead of 'a' don't help very much.
zx-longer-keyboard = Use a longer keyboard pattern with more turns.
zx-avoid-repeats = Avoid repeated words and characters.
zx-avoid-sequences = Avoid sequences.
zx-avoid-recent-years = Avoid recent years.
zx-avoid-your-years = Avoid years that are associated with you.
zx-avoid-your-dates = Avoid dates and years that are associated with you.
