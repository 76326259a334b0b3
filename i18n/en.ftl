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
