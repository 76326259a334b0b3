# Français (vouvoiement). Les libellés de Concur restent en anglais ({ -ui-… } de
# concur-labels.ftl), entre « … » ; la phrase autour d'eux est traduite.

## Glossaire : les termes du produit, employés de la même façon dans chaque message.

-profile = profil
-ws-admin = WS Admin
-handoff-packet = paquet de transmission
-token-packet = paquet de jeton
-app-provider = fournisseur de l'application
-helpdesk = Helpdesk Concur

## La checklist : parcours, groupes, qui fait chaque étape

route-admin-ws = L'administrateur autorisant, dans Concur
route-helpdesk = Le { -helpdesk }, par un ticket
route-admin-token = Générer un jeton et le transmettre
route-app-center = Connecter dans l'« { -ui-app-center} » (rien à transmettre)

group-check-app-center = Étape 1 : vérifier l'« { -ui-app-center } » et votre rôle
group-connect-app-center = Étape 2 : connecter l'application dans l'« { -ui-app-center } »
group-create-ws = Étape 1 : créer et activer le { -profile } { -ws-admin }
group-hand-over-ws = Transmettre les identifiants au { -app-provider }
group-enable-ws = Étape 2 : activer l'application
group-create-token = Étape 1 : générer le « { -ui-company-request-token } »
group-hand-over-token = Transmettre le jeton au { -app-provider } sous 24 heures
group-enable-token = Étape 2 : confirmer que l'application est connectée

actor-admin = Administrateur autorisant
actor-helpdesk = { -helpdesk }
actor-provider = Fournisseur de l'application

status-todo = à faire
status-done = fait
status-not-applicable = sans objet

checklist-gate-note = { $errors ->
        [one] Le { -profile } a { $errors } erreur ; tant qu'elle n'est pas corrigée,
       *[other] Le { -profile } a { $errors } erreurs ; tant qu'elles ne sont pas corrigées,
    } { $locked ->
        [one] cette étape reste verrouillée
       *[other] ces { $locked } étapes restent verrouillées
    } : { $steps }.
checklist-set-aside = { $count ->
        [one] { $count } étape marquée comme faite a été remise à faire ({ $steps }) : elle est verrouillée tant que le { -profile } a des erreurs.
       *[other] { $count } étapes marquées comme faites ont été remises à faire ({ $steps }) : elles sont verrouillées tant que le { -profile } a des erreurs.
    } Les notes sont conservées.
tick-unknown-step = cette checklist n'a pas d'étape { $step }
tick-profile-has-errors = { $count ->
        [one] le { -profile } a encore { $count } erreur ; corrigez-la d'abord (la première, sur { $field } : { $message })
       *[other] le { -profile } a encore { $count } erreurs ; corrigez-les d'abord (la première, sur { $field } : { $message })
    }

## Les étapes de la checklist

the-app = l'application
the-new-ws-admin = le nouvel utilisateur { -ws-admin }
the-authorizing-admin-name = L'administrateur autorisant
login-taken = Si Concur indique que le « { -ui-login-id } » est déjà pris (il est unique dans tout Concur, pas seulement dans votre entreprise), ajoutez un qualificatif avant le @, par exemple WSAdmin-<App>-<Entreprise>, et modifiez-le aussi dans ce { -profile }, pour que la checklist et la transmission concordent.
password-instruction = un mot de passe unique et robuste : saisissez-le dans Concur, jamais dans un ticket, un e-mail ou cette checklist
entry-ticket-text = Texte du ticket
entry-app = Application
ticket-after-fixes = affiché dès que le { -profile } n'a plus d'erreur : corrigez d'abord les constats
depending-on-configuration = { $first } ou { $second } (selon la configuration)

step-dedicated-profile = Vérifier que le { -profile } { -ws-admin } est un nouvel utilisateur dédié
step-dedicated-profile-detail = Ce ne doit pas être le compte d'une personne réelle : si l'on utilise les identifiants d'un vrai utilisateur et qu'il quitte l'entreprise, l'application cesse de fonctionner.
step-create-user = Créer l'utilisateur { -ws-admin }
step-create-user-standard-detail = Sur les sites plus récents, la page se trouve sous Administration > Expense Settings (ou Expense & Invoice Settings, ou Invoice Settings) > User Accounts > Create/Edit User. Saisissez les valeurs ci-dessous et cochez les autorisations sur la même page. { $login-taken }
step-create-user-professional-detail = Certains sites l'affichent sous Administration > Company Admin > Add New User. Saisissez les valeurs ci-dessous. { $login-taken }
step-grant-permissions = Accorder ses autorisations à l'utilisateur { -ws-admin }
step-grant-permissions-detail = Recherchez { $user }, choisissez « { -ui-add } » pour accorder « { -ui-web-services-administrator } », et ajoutez les rôles de données dont l'application a besoin.
step-helpdesk-ticket = Ouvrir un ticket auprès du { -helpdesk } pour créer l'utilisateur { -ws-admin }
step-helpdesk-ticket-detail = Collez le texte du ticket ci-dessous dans un ticket du { -helpdesk } ; il ne contient aucun mot de passe. { $login-taken }
step-receive-initial-password = Recevoir de Concur le mot de passe initial du nouvel utilisateur
step-receive-initial-password-detail = Le Helpdesk l'envoie par son propre canal, comme le demande le ticket. Tenez-le à l'écart des fils d'e-mails, des messageries et de cette checklist.
step-save-and-activate = Enregistrer, puis se connecter une fois à Concur avec les nouveaux identifiants
step-log-in-with-initial = Se connecter une fois à Concur avec le « { -ui-login-id } » et le mot de passe initial
step-save-and-activate-detail = La première connexion active le compte ; jusque-là, l'application ne peut pas l'utiliser. Si Concur demande un nouveau mot de passe lors de cette connexion, choisissez-en un nouveau, unique : c'est ce nouveau mot de passe qu'il faut sceller pour le fournisseur.
step-send-credentials = Envoyer le « { -ui-login-id } » et le mot de passe à { $app } de façon sûre
step-send-credentials-detail = Scellez-les dans un { -handoff-packet } (age) pour la clé du fournisseur ou avec une phrase secrète donnée par téléphone ; ne les envoyez jamais par e-mail en clair ni par messagerie.
step-provider-confirms = Recevoir et ouvrir les identifiants
step-provider-confirms-detail = L'équipe de { $app } ouvre le paquet et confirme avoir les identifiants.
step-named-admin-enables = { $admin }, l'administrateur nommé dans le { -profile }, effectue l'activation
step-named-admin-enables-detail = L'administrateur dont le nom figure sur le { -profile } { -ws-admin } est celui qui active l'application.
step-log-in-as-ws-admin = Se connecter à Concur avec les identifiants { -ws-admin }
step-log-in-as-ws-admin-detail = Utilisez le nouveau { -profile }, pas votre propre compte.
step-enable-app = Activer { $app } (« { -ui-enable } ») et confirmer le partage des données
step-enable-app-detail = Recherchez { $app }, cliquez sur « { -ui-enable } » et confirmez le partage des données.

step-confirm-own-role = Vérifier que votre propre compte a le rôle { $role }
step-confirm-own-role-detail = Pour générer un « { -ui-company-request-token } » ou connecter dans l'« { -ui-app-center } », le compte avec lequel vous vous connectez doit avoir ce rôle ; sans lui, la page « { -ui-company-request-token } » est absente et « { -ui-connect } » est grisé. S'il vous manque, demandez-le à votre administrateur Concur. La page n'existe que dans les centres de données US et EMEA : ailleurs, elle est absente quels que soient vos rôles, et « { -ui-client-web-services } » génère le jeton.
own-roles-standard = { $menu } > votre propre utilisateur (sur certains sites, le menu s'appelle Expense & Invoice Settings ou Invoice Settings au lieu d'Expense Settings)
own-roles-standard-detail = { $detail } Ouvrez-y votre propre utilisateur ; sur certains sites, le menu s'appelle Expense & Invoice Settings ou Invoice Settings au lieu d'Expense Settings.
step-app-center-enabled = Vérifier que votre entreprise dispose de l'« { -ui-app-center } »
step-app-center-enabled-detail = Si votre entreprise dispose de l'« { -ui-app-center } », vous voyez un onglet « { -ui-app-center } » une fois connecté à Concur. Si l'onglet manque, ouvrez un ticket auprès du SAP { -helpdesk } pour le faire activer.
step-connect-in-app-center = Connecter { $app } dans l'« { -ui-app-center } »
step-connect-in-app-center-detail = Trouvez la fiche de { $app }, choisissez « { -ui-connect } » et suivez les instructions ; l'« { -ui-app-center } » transmet lui-même le jeton au fournisseur, il n'y a donc rien à copier ni à envoyer.
step-generate-token = Générer un « { -ui-company-request-token } » pour l'« { -ui-app-id } » de { $app }
step-generate-token-detail = Saisissez l'« { -ui-app-id } » ci-dessous et choisissez « { -ui-submit } ». Le jeton est valable 24 heures à partir de là : notez l'heure. La page n'existe que dans les centres de données US et EMEA ; ailleurs, demandez à « { -ui-client-web-services } ».
step-copy-token-values = Copier le « { -ui-company-uuid } » et le jeton avant de fermer la boîte de dialogue
step-copy-token-values-detail = La boîte de dialogue ne les affiche qu'une fois. Collez-les directement dans la transmission de cet outil, jamais dans cette checklist, un ticket ou un e-mail ; si la boîte de dialogue a été fermée, générez un nouveau jeton de la même façon.
step-send-token = Sceller le « { -ui-company-uuid } » et le jeton pour { $app } et les envoyer sous 24 heures
step-send-token-detail = Scellez-les dans un { -token-packet } (age) pour la clé du fournisseur ou avec une phrase secrète donnée par téléphone ; le paquet indique quand le jeton expire. Ne les envoyez jamais par e-mail en clair ni par messagerie.
step-provider-connects = Échanger le jeton avant qu'il n'expire
step-provider-connects-detail = L'équipe de { $app } ouvre le paquet et échange le « { -ui-company-uuid } » et le jeton contre les jetons OAuth de l'entreprise sur son propre serveur. Si le jeton a expiré avant, l'administrateur en génère un nouveau et le scelle à nouveau.
step-confirm-listing = Confirmer que la fiche de { $app } indique « { -ui-connected } »
step-confirm-listing-detail = La fiche de { $app } dans l'« { -ui-app-center } » indique qu'elle est connectée. Sinon, ouvrez la fiche et choisissez à nouveau « { -ui-connect } ».
step-confirm-with-provider = Confirmer avec le fournisseur de { $app } que la connexion fonctionne
step-confirm-with-provider-detail = L'équipe de { $app } confirme que l'échange a réussi et que l'application lit les données de l'entreprise. En cas d'échec (un jeton expiré ou le mauvais centre de données), générez un nouveau jeton et scellez-le à nouveau.

## Le ticket du Helpdesk

ticket-request = Merci de créer un { -profile } utilisateur « { -ui-web-services-administrator } » dans notre Concur { $edition }{ $company } afin que nous puissions activer l'application partenaire { $app }.
ticket-app-placeholder = [nom de l'application]
ticket-login-id-placeholder = [{ -ui-login-id }]
ticket-first-name-placeholder = [prénom]
ticket-last-name-placeholder = [nom]
ticket-permissions-placeholder = [autorisations]
ticket-admin-email-placeholder = [e-mail de l'administrateur]
ticket-dedicated = Il s'agit d'un { -profile } de service dédié, pas du compte d'une personne réelle. L'administrateur autorisant est { $admin } ({ $email }), qui activera l'application.
ticket-no-password = Merci de ne pas mettre le mot de passe dans ce ticket ; indiquez-nous comment le mot de passe initial sera fourni.

## L'export Markdown

md-title-app-center = Checklist de connexion dans l'« { -ui-app-center } »
md-title-token = Checklist du « { -ui-company-request-token } »
md-title-ws = Checklist d'activation { -ws-admin }
md-app-not-named = (application pas encore nommée)
md-company = Entreprise
md-edition = Édition
md-prepared = Préparée le
md-progress = Avancement : { $done } sur { $total } faites
md-data-centre = Centre de données
md-data-centre-not-chosen = pas encore choisi
md-ws-login-id = « { -ui-login-id } » { -ws-admin }
md-authorizing-admin = Administrateur autorisant
md-data-needed = Données dont l'application a besoin
md-none-chosen = aucune choisie
md-profile-check = Vérification du { -profile }
md-no-token = Cette checklist ne contient aucun jeton. Envoyez le jeton uniquement dans un { -token-packet } scellé.
md-no-password = Cette checklist ne contient aucun mot de passe. Envoyez les identifiants uniquement dans un { -handoff-packet } scellé.
md-group-progress = { $done } sur { $total } faites
md-not-applicable = sans objet
md-in-concur = Dans Concur
md-gated = Seulement une fois que le { -profile } n'a plus d'erreur.
md-done = Fait
md-marked-not-applicable = Marquée sans objet
md-note = Note
md-empty = (vide)

## Le bilan des règles

tally = { $errors ->
        [0] aucune erreur
        [one] { $errors } erreur
       *[other] { $errors } erreurs
    }, { $warnings ->
        [0] aucun avertissement
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    }

## La page

language-label = Langue
language-failed = La langue n'a pas pu être changée : { $reason }
title-ws = { -profile } { -ws-admin }
lede-ws = Préparez l'utilisateur Concur dédié « { -ui-web-services-administrator } » avec lequel une application partenaire se connecte. Tout reste dans ce navigateur ; les brouillons sont enregistrés ici, jamais envoyés.
lede-token = Préparez le jeton avec lequel une application partenaire dotée d'un « { -ui-app-id } » se connecte, et transmettez-le scellé. Tout reste dans ce navigateur ; les brouillons sont enregistrés ici, jamais envoyés.
title-provider = Recevoir les identifiants Concur d'un client
lede-provider = Pour le { -app-provider } : créez une clé, envoyez sa partie publique à l'administrateur du client et ouvrez le paquet scellé qu'il renvoie. Tout reste dans ce navigateur.
i-am-provider = Je suis le fournisseur de l'application
i-am-admin = Je suis l'administrateur du client
views-label = Vues
tab-profile = Profil
tab-checklist = Checklist
tab-handoff = Transmission
open-link-label = Ouvrir un lien partagé
open-link-button = Ouvrir
welcome-company-day = Préparée pour { $company } le { $day }
welcome-company = Préparée pour { $company }
welcome-day = Une checklist préparée le { $day }
welcome-plain = Une checklist préparée pour vous
welcome-stays-here = Rien de ce que vous saisissez ne quitte ce navigateur tant que vous ne le partagez pas.
got-it = Compris
printed = Imprimée le { $day } · { $edition } · { $draft }
print-ws = « { -ui-login-id } » { -ws-admin } : { $login } · Administrateur autorisant : { $admin }
print-token = « { -ui-company-request-token } » · « { -ui-app-id } » : { $app-id } · Administrateur autorisant : { $admin }
checklist-title-ws = Checklist d'activation
checklist-title-token = Checklist du « { -ui-company-request-token } »
all-steps = Toutes les étapes
progress-done = { $done } sur { $total } faites
who-creates = Qui crée l'utilisateur { -ws-admin } ?
how-token = Comment l'application obtient-elle son jeton ?
see-findings = Voir les constats
export-title = Exporter et partager
export-hint = Les exports et les liens contiennent les noms et identifiants du { -profile }, jamais de mot de passe.
notes-secret = Une note ici ressemble à un mot de passe ou à un jeton : retirez-la avant de partager.
download-markdown = Télécharger en Markdown
download-json = Télécharger en JSON
print = Imprimer
share-link = Partager par un lien
share-template = Partager un modèle (sans données personnelles)
link-template-label = Lien de modèle pour votre client
link-label = Lien vers cette checklist
link-template-hint = Contient l'édition, l'application, le domaine de l'entreprise et les données nécessaires : aucun nom, aucun identifiant, aucun mot de passe. Le client complète le reste.
link-hint = Contient la checklist ainsi que les noms et identifiants du { -profile }, jamais de mot de passe. La partie après # reste dans le navigateur : elle n'est envoyée à aucun serveur.
copy-link = Copier le lien
link-copied = Lien copié.
copy = Copier
copy-value = Copier { $label }
copied = Copié
generate-password = Générer le mot de passe
open-handoff-to-seal = Ouvrir la transmission pour les sceller
locked-until-clean = Verrouillée tant que le { -profile } a des erreurs.
not-ticked = Non cochée : { $reason }.
not-applicable = Sans objet
stamp-done = Faite { $when }
stamp-marked = Marquée { $when }
note = Note
note-placeholder = Facultatif : qui, quand, numéro de ticket
note-secret = Cela ressemble à un mot de passe ou à un jeton : les notes sont enregistrées et partagées en clair. Retirez-le.

## Le formulaire du profil

field-connection = Mode de connexion de l'application
field-edition = Édition de Concur
field-app-name = Nom de l'application partenaire
field-app-id = « { -ui-app-id } » de l'application
field-company-name = Entreprise cliente (facultatif)
field-data-center = Centre de données Concur
field-company-domain = Domaine e-mail de l'entreprise
field-data-access = Données dont l'application a besoin
field-admin-first-name = Prénom de l'administrateur
field-admin-last-name = Nom de l'administrateur
field-admin-email = E-mail de l'administrateur
field-admin-login-id = « { -ui-login-id } » personnel de l'administrateur
field-admin-role = Rôle personnel de l'administrateur
field-known-users = Utilisateurs réels connus
field-passphrase = Phrase secrète
field-generated-at = Généré le
connection-ws = Utilisateur { -ws-admin } (ce guide)
hint-connection = Demandez au { -app-provider }. Les applications qui se connectent avec un nom d'utilisateur et un mot de passe ont besoin d'un utilisateur { -ws-admin } ; celles qui vous donnent un « { -ui-app-id } » ont besoin d'un « { -ui-company-request-token } ».
legend-app-company = L'application et votre entreprise
legend-admin = L'administrateur qui autorise l'application
legend-ws-profile = Le { -profile } { -ws-admin }
hint-app-name = Tel que le { -app-provider } l'écrit, par ex. Expensify
hint-company-name = À qui appartient ce brouillon, par ex. Müller & Söhne GmbH : affiché dans les titres, les exports et le paquet
hint-app-id = L'UUID que vous donne le { -app-provider }, par ex. 0f8e6c2a-5b1d-4e7f-9a3c-2d4b6e8f0a1c
hint-company-domain = La partie après le @ dans les adresses e-mail de votre entreprise, par ex. acme.com
hint-admin-login-id = Facultatif : seulement s'il diffère de l'e-mail
hint-login-id = WSAdmin, puis le nom de l'application, au domaine de votre entreprise
hint-first-name = WSAdmin et le prénom de l'administrateur autorisant, par ex. WSADMIN_John
hint-last-name = Le nom de l'administrateur autorisant
hint-email-standard = Facultatif en Standard Edition
hint-email-professional = Professional Edition : l'e-mail personnel de l'administrateur autorisant
hint-edition = La Standard Edition crée les utilisateurs sous Administration > Setup > Users ; la Professional Edition sous Administration > Company Admin.
hint-data-center = Où se trouve le Concur de votre entreprise : l'adresse de connexion l'indique (us. ou www. pour US, eu1. ou emea. pour EMEA).
choose = Choisir…
role-confirmation = Mon propre compte a le rôle { $role } ({ $menu })
optional-suffix = {" "}(facultatif)
hint-known-users = E-mails ou « { -ui-login-id } » de personnes réelles, un par ligne : le « { -ui-login-id } » { -ws-admin } ne doit être aucun d'eux.
spelling-waiting = Transcription du nom de l'application en lettres latines pour le « { -ui-login-id } »…
spelling-failed = Ce navigateur n'a pas pu démarrer le worker qui transcrit le nom de l'application en lettres latines ; le « { -ui-login-id } » n'a donc pas de suggestion : saisissez-le vous-même sous la forme WSAdmin-, le nom de l'application en lettres latines, @ et le domaine de votre entreprise.
severity-error = Erreur
severity-warning = Avertissement
fix-label = Correction :
apply-fix = Appliquer la correction
rule = Règle
summary-start = Nouveau { -profile } : commencez par l'édition, le nom de l'application et l'administrateur autorisant. Les constats apparaissent pendant la saisie.
summary-clear-ws = Tout est en ordre : ce { -profile } est prêt à être créé dans Concur.
summary-clear-token = Tout est en ordre : vous pouvez générer le « { -ui-company-request-token } ».
summary-warnings = { $tally }. Rien ne bloque le { -profile } ; les avertissements méritent un coup d'œil.
summary-errors = { $tally }. Corrigez les erreurs avant de créer le { -profile }.
drafts-label = Brouillons
draft = Brouillon
new-profile = Nouveau { -profile }
delete-draft = Supprimer le brouillon
delete-draft-confirm = Supprimer le brouillon « { $title } » ? Cette action est irréversible.
import = Importer…
export = Exporter
fill-suggestions = Remplir les suggestions
ticket-in-english = Rédiger le ticket du Helpdesk en anglais (le Helpdesk Concur peut l'exiger)

## Pourquoi chaque règle compte

why-app-required = Le « { -ui-login-id } » et l'étape d'activation nomment tous deux l'application partenaire.
why-app-name-chars = Le nom est repris dans le ticket du Helpdesk et dans le paquet, où un caractère de contrôle peut masquer du texte.
why-app-id-required = Un « { -ui-company-request-token } » est généré pour un seul « { -ui-app-id } » ; sans lui, il n'y a rien à saisir sur la page de Concur.
why-app-id-format = La page de Concur n'accepte un « { -ui-app-id } » que sous la forme de l'UUID enregistré par le fournisseur ; tout ce qui l'entoure est refusé.
why-data-center-required = La page du jeton n'existe que dans certains centres de données, et le fournisseur doit appeler le centre de données de l'entreprise.
why-data-center-no-token-page = La page « { -ui-company-request-token } » n'existe pas dans ce centre de données : l'administrateur ne peut pas générer le jeton lui-même.
why-access-none = Les rôles du { -profile } décident des données que voit l'application ; sans rôle, elle ne voit rien.
why-domain-format = Le « { -ui-login-id } » se termine par le domaine e-mail de l'entreprise ; une adresse web ou une faute de frappe s'y retrouve dans chaque suggestion.
why-admin-incomplete = Le { -profile } porte le nom de l'administrateur autorisant, pour que chacun puisse savoir plus tard qui a activé l'application.
why-admin-role-unconfirmed = Seul un administrateur dont le propre compte a le rôle de services web de l'édition peut ouvrir la page « { -ui-company-request-token } » ou utiliser « { -ui-connect } » dans l'« { -ui-app-center } ».
why-admin-name-chars = Les noms de l'administrateur sont repris dans le { -profile } ; des espaces autour ou des caractères invisibles seraient copiés aussi.
why-admin-email-format = L'e-mail de l'administrateur donne le domaine de l'entreprise et, en Professional Edition, figure sur le { -profile } ; ce doit être une vraie adresse.
why-login-required = Le { -app-provider } se connecte avec ce « { -ui-login-id } ».
why-login-format = Un « { -ui-login-id } » Concur a la forme d'une adresse e-mail, nom@domaine.
why-login-chars = Concur refuse ces caractères, et des caractères invisibles donnent un « { -ui-login-id } » que personne ne peut saisir.
why-login-length = Concur tronque ou refuse les « { -ui-login-id } » plus longs.
why-login-wsadmin = WSAdmin dans le « { -ui-login-id } » signale un { -profile } de service, pas une personne.
why-login-app = Le nom de l'application dans le « { -ui-login-id } » distingue le { -ws-admin } de chaque application quand plusieurs sont activées.
why-login-personal = Si l'on utilise le compte d'une personne réelle et qu'elle quitte l'entreprise, l'application cesse de fonctionner.
why-login-domain = Un « { -ui-login-id } » hors du domaine de l'entreprise se confond facilement avec celui de quelqu'un d'autre ou du fournisseur.
why-first-required = Concur exige un prénom pour chaque utilisateur.
why-first-chars = Des espaces autour d'un nom ou des caractères invisibles rendent le { -profile } difficile à trouver et à distinguer.
why-first-prefix = Le préfixe WSAdmin rend le { -profile } facile à trouver et à identifier plus tard.
why-first-admin = Le prénom indique quel administrateur réel a autorisé l'application.
why-first-length = Concur refuse les prénoms plus longs.
why-last-required = Concur exige un nom pour chaque utilisateur.
why-last-chars = Des espaces autour d'un nom ou des caractères invisibles rendent le { -profile } difficile à trouver et à distinguer.
why-last-admin = Le nom indique quel administrateur réel a autorisé l'application.
why-last-length = Concur refuse les noms plus longs.
why-email-required = La Professional Edition met l'e-mail réel de l'administrateur autorisant sur le { -profile }.
why-email-format = Concur refuse une adresse e-mail à laquelle il ne peut pas écrire.
why-email-admin = La Professional Edition attend l'e-mail réel de l'administrateur autorisant sur le { -profile }.
why-perm-admin = Sans le rôle d'administrateur des services web, l'application ne peut pas être activée : Concur grise « { -ui-connect } ».
why-perm-access = L'application ne voit que les données dont le { -profile } a le rôle ; un rôle manquant, ce sont des données en moins.
why-perm-unneeded = Un rôle pour des données dont l'application n'a pas besoin lui donne plus qu'elle n'a demandé.
why-perm-unknown = Seuls les libellés d'autorisation de l'édition existent sur son écran ; rien d'autre ne peut être coché.
why-perm-duplicate = Une autorisation listée deux fois n'est cochée qu'une fois dans Concur ; la liste ne dit plus ce que le { -profile } détient.
why-company-uuid-format = Le fournisseur échange le jeton avec le « { -ui-company-uuid } » ; un mauvais fait échouer l'échange.
why-token-required = Le jeton est ce que le fournisseur échange contre l'accès de l'entreprise ; sans lui, il n'y a rien à transmettre.
why-token-paste = Un jeton copié n'a jamais d'espaces, de sauts de ligne ni de caractères typographiques ; avec eux, l'échange échoue.
why-token-future = L'expiration se compte depuis la génération ; une heure dans le futur fait paraître le jeton valable plus longtemps qu'il ne l'est.
why-token-expired = Concur refuse un jeton de requête 24 heures après sa génération ; le fournisseur ne pourrait pas l'utiliser.
why-token-expiring = Le fournisseur doit échanger le jeton avant son expiration ; s'il reste peu d'heures, un paquet lu demain ne sert à rien.
why-password-weak = Le mot de passe est la seule protection d'un { -profile } qui peut lire les données de notes de frais, de voyage ou de factures de l'entreprise.
why-password-personal = Un mot de passe fait des noms du { -profile } est la première chose qu'un attaquant essaie.
why-passphrase-weak = Qui détient un paquet scellé peut essayer des phrases secrètes hors ligne aussi longtemps qu'il veut ; seule une phrase longue et imprévisible garde le mot de passe à l'intérieur.
why-passphrase-words = Une phrase secrète est lue au fournisseur par téléphone ; ce sont quelques mots, pas une suite de caractères ni un mot répété.
why-passphrase-known = Les phrases célèbres figurent dans toutes les listes de cassage et sont essayées en premier, quelle que soit leur longueur.
why-passphrase-personal = Les noms du { -profile } (l'application, l'entreprise, l'administrateur) sont les premiers mots qu'essaie un attaquant qui détient le paquet.
why-password-policy = Concur refuse un mot de passe qui enfreint la politique de connexion de l'entreprise.

## Constats et corrections du profil

subject-problem = { $subject } { $problem }
subj-login-id = Le « { -ui-login-id } »
subj-first-name = Le prénom
subj-last-name = Le nom
subj-email = L'e-mail
subj-admin-first-name = Le prénom de l'administrateur autorisant
subj-admin-last-name = Le nom de l'administrateur autorisant
subj-admin-email = L'e-mail de l'administrateur autorisant
subj-company-domain = Le domaine de l'entreprise { $domain }
required = Ce champ est obligatoire
use-value = Utilisez { $value }
not-uuid-secret = Le « { $what } » n'est pas un UUID ; son contenu ressemble à un jeton ou à un mot de passe (non affiché ici) : déplacez-le à sa place
not-uuid = Le « { $what } » { $value } n'est pas un UUID
too-long = { $subject } compte { $length } caractères ; Concur en autorise au plus { $max }
pred-contains = contient { $char }
pred-spaces-around = a des espaces avant ou après
pred-longer-than = dépasse { $max } caractères
char-space = une espace
char-invisible = un caractère invisible ({ $code })
char-forbidden = { $char }, que Concur n'autorise pas
addr-no-at = n'a pas de @ ; il doit ressembler à nom@entreprise.com
addr-many-at = a { $count } signes @ ; il en faut exactement un
addr-nothing-before-at = n'a rien avant le @
addr-local-dots = a un point au début ou à la fin de la partie avant le @, ou deux points de suite
addr-no-dot-domain = n'a pas de point dans son domaine, après le @
addr-empty-domain-part = a une partie vide dans son domaine (un point au début ou à la fin, ou deux points)
addr-hyphen = a une partie de son domaine qui commence ou finit par un trait d'union
domain-empty = est vide
domain-space = contient une espace
domain-at = contient un @ : ne donnez que ce qui le suit
domain-web = est une adresse web : ne donnez que le domaine
domain-ends-dot = se termine par un point
domain-no-dot = n'a pas de point
domain-www = commence par www., qui désigne un site web ; donnez le domaine e-mail
domain-bad-part = a une partie vide, qui commence ou finit par un trait d'union, ou qui contient un caractère impossible dans un domaine
fix-app-required = Saisissez le nom de l'application partenaire tel que son fournisseur l'écrit
app-name-holds = Le nom de l'application contient { $char }
fix-app-name-again = Saisissez à nouveau le nom de l'application tel que son fournisseur l'écrit
app-id-missing = Le « { -ui-app-id } » de l'application manque
fix-app-id-ask = Demandez son « { -ui-app-id } » au { -app-provider } : un UUID tel que 0f8e6c2a-5b1d-4e7f-9a3c-2d4b6e8f0a1c
fix-app-id-copy = Copiez à nouveau l'« { -ui-app-id } » depuis le fournisseur : 8-4-4-4-12 chiffres hexadécimaux, par ex. 0f8e6c2a-5b1d-4e7f-9a3c-2d4b6e8f0a1c
data-center-not-chosen = Le centre de données Concur de l'entreprise n'est pas choisi
fix-data-center = Regardez l'adresse à laquelle vous vous connectez à Concur : us. ou www. pour US, eu1. ou emea. pour EMEA ; en cas de doute, demandez à Concur
no-token-page = La page « { -ui-company-request-token } » n'est pas disponible dans le centre de données { $center }
fix-no-token-page = Contactez SAP Concur « { -ui-client-web-services } » pour faire générer le jeton
no-data = Aucune donnée n'est choisie pour l'application
fix-no-data = Cochez Expense, Travel et/ou Invoice, comme le demande le { -app-provider }
fix-domain = Saisissez uniquement le domaine des adresses e-mail de l'entreprise, par ex. acme.com
admin-first-missing = Le prénom de l'administrateur autorisant manque
admin-last-missing = Le nom de l'administrateur autorisant manque
admin-email-missing = L'e-mail de l'administrateur autorisant manque
fix-admin-first = Saisissez le prénom de l'administrateur réel qui autorise l'application
fix-admin-last = Saisissez le nom de l'administrateur réel qui autorise l'application
fix-admin-email = Saisissez l'e-mail de l'administrateur réel qui autorise l'application
fix-admin-first-mononym = Saisissez le prénom de l'administrateur réel qui autorise l'application. Si { $name } est son seul nom, Concur exige tout de même les deux : l'usage est de le saisir dans les deux
fix-admin-last-mononym = Saisissez le nom de l'administrateur réel qui autorise l'application. Si { $name } est son seul nom, Concur exige tout de même les deux : l'usage est de le saisir dans les deux
role-unconfirmed = Vous n'avez pas confirmé que votre propre compte a le rôle { $role }
fix-role-unconfirmed = Vérifiez les rôles de votre propre utilisateur ({ $menu }), puis cochez la confirmation ; si le rôle manque, demandez-le à votre administrateur Concur
fix-spaces-around = Retirez les espaces autour : { $value }
fix-email-alias = C'est une vraie adresse, mais Concur refuse ce caractère dans l'e-mail qu'il enregistre. Utilisez une autre adresse de la même boîte sans ce caractère, par ex. { $alias } ; s'il n'y en a pas, demandez un tel alias à votre administrateur de messagerie
fix-admin-own-address = Saisissez l'adresse personnelle de l'administrateur, par ex. john.smith@acme.com
login-empty = Le « { -ui-login-id } » est vide
fix-login-use-scheme = Utilisez WSAdmin-<App>@<domaine de votre entreprise>
fix-login-shape = Écrivez-le sous la forme nom@domaine-entreprise
fix-only-allowed-chars = N'utilisez que des lettres, des chiffres, @ et . _ -
fix-remove-it = Retirez-le : { $value }
fix-login-shorten = Raccourcissez-le en gardant WSAdmin et le nom de l'application
login-no-wsadmin = Le « { -ui-login-id } » ne contient pas WSAdmin avant son @
fix-login-start = Commencez-le par WSAdmin-
login-no-app = Le « { -ui-login-id } » ne nomme pas l'application { $app }
login-app-cut = { $message } (ses { $room } premières lettres, { $part }, suffisent : le nom entier ne tient pas en { $max } caractères)
fix-login-app = Mettez le nom de l'application après WSAdmin-
login-id-taken = Le « { -ui-login-id } » est déjà pris : il figure parmi les utilisateurs connus, et les « { -ui-login-id } » sont uniques dans tout Concur
fix-login-qualifier = Ajoutez un qualificatif avant le @, par ex. WSAdmin-<App>-<Entreprise>@<domaine>
login-is-admin-email = Le « { -ui-login-id } » est l'e-mail personnel de l'administrateur autorisant ; le { -profile } doit être dédié, pas celui d'une personne
login-is-admin-login = Le « { -ui-login-id } » est le « { -ui-login-id } » personnel de l'administrateur autorisant ; le { -profile } doit être dédié, pas celui d'une personne
login-is-known-user = Le « { -ui-login-id } » est celui d'un utilisateur réel connu ; le { -profile } doit être dédié, pas celui d'une personne
fix-login-new-user = Créez un nouvel utilisateur nommé WSAdmin-<App>@<domaine>
login-other-domain = Le domaine { $domain } du « { -ui-login-id } » n'est pas celui de l'entreprise, { $company }
login-other-domain-from-email = Le domaine { $domain } du « { -ui-login-id } » n'est pas celui de l'entreprise, { $company } (d'après l'e-mail de l'administrateur)
fix-login-domain = Terminez le « { -ui-login-id } » par le domaine de l'entreprise
login-fix-ascii = { $fix } ({ $typed } tel que le DNS l'écrit en lettres ASCII, { $ascii }, ce qu'utilise un « { -ui-login-id } »)
first-empty = Le prénom est vide
fix-first-use = Utilisez WSADMIN_ et le prénom de l'administrateur autorisant
first-no-prefix = Le prénom ne commence pas par WSAdmin
fix-first-prefix = Écrivez WSADMIN_ avant le prénom de l'administrateur
first-should-be-admins = Après WSAdmin, le prénom devrait être celui de l'administrateur, { $name }
fix-first-write = Écrivez WSADMIN_ et le prénom de l'administrateur
first-should-be = Après { $prefix }, le prénom devrait être { $expected }
expected-first = le prénom de l'administrateur, { $name }
expected-last = le nom de l'administrateur, { $name }
expected-cut = { $whole }, ou, comme il ne tient pas en { $max } caractères, un début de celui-ci comme { $part }
fix-first-shorten = Raccourcissez-le ; WSADMIN_ et un début du prénom de l'administrateur suffisent
last-empty = Le nom est vide
fix-last-use-authorizing = Utilisez le nom de l'administrateur autorisant
last-should-be = Le nom devrait être { $expected }
fix-last-use = Utilisez le nom de l'administrateur
fix-last-shorten = Raccourcissez-le à 32 caractères en gardant des mots entiers
email-needed = La Professional Edition exige un e-mail sur le { -profile }
fix-email-use-admin = Utilisez l'e-mail de l'administrateur autorisant
fix-email-valid = Saisissez une adresse valide, par ex. nom@entreprise.com
email-should-be-admins = L'e-mail devrait être celui de l'administrateur autorisant, { $email }
profile-lacks = Il manque { $role } au { -profile }
fix-tick = Cochez { $role }
data-role-missing = L'application a besoin des données { $data }, mais il manque { $role } au { -profile }
role-unneeded = { $role } donne accès aux données { $data }, dont l'application n'a pas besoin
fix-untick = Décochez { $role }, ou cochez { $data } dans les données nécessaires
fix-other-edition-label = { $role } est un libellé de la { $other } ; la { $edition } l'appelle { $equivalent }
fix-remove-listing = Retirez-le ; la { $edition } propose { $roles }
not-a-permission = { $role } n'est pas une autorisation de la { $edition }
listed-twice = { $role } figure plusieurs fois
fix-keep-one = Gardez-en un de chaque
fix-name-again = Saisissez à nouveau le nom, sans espaces autour

## The command line

cli-ready-ws = Prêt à être créé dans Concur.
cli-ready-token = Prêt à générer le « { -ui-company-request-token } ».
cli-error = erreur
cli-warning = avert.
cli-fix = correction :
cli-files-summary = { $files } fichiers : { $clean } sans erreur, { $errors } avec erreurs, { $unusable } inutilisables
fix-by-hand = Corrigez-le à la main : rien de ce qui se déduit du profil ne passe toutes les règles ici

## The handoff: the provider's side

handoff-title = Transmission des identifiants
handoff-memory-only = Les mots de passe, phrases secrètes et clés restent uniquement dans la mémoire de cette page : ils ne sont jamais enregistrés, exportés ni envoyés.
clear-secrets = Effacer les secrets
secrets-cleared = Secrets effacés de cette page
provider-side-title = Côté { -app-provider } : recevoir les identifiants
make-a-key = 1. Créer une clé
key-hint = Gardez le fichier de clé privé ; envoyez la clé publique (ou le lien) à l'administrateur du client.
generate-key = Générer une clé et la télécharger
your-public-key = Votre clé publique
fingerprint-hint = Empreinte, à lire à voix haute quand l'administrateur la demande :
copy-public-key = Copier la clé publique
copy-client-link = Copier le lien pour le client
open-a-packet = 2. Ouvrir un paquet
packet-label = Paquet (collez-le ou choisissez le fichier .age)
choose-packet-file = Choisir un fichier de paquet
your-key-file = Votre fichier de clé
key-loaded-from = Clé chargée depuis { $name }
or-passphrase = Ou la phrase secrète
open-packet = Ouvrir le paquet
hide = Masquer
reveal = Afficher

## The page's notices

copy-of-a-draft = Ceci est une copie de l'un de vos brouillons : choisissez ci-dessous s'il faut le mettre à jour.
opened-shared = La checklist partagée a été ouverte comme brouillon distinct.
imported-as-draft = { $name } importé comme brouillon distinct.
already-here = { $title } est déjà ici, avec tout ce que contient cette copie.
provider-file-too-large = { $name } est trop volumineux pour être un paquet ou un fichier de clé
not-our-link = Ce n'est pas un lien wsadmin-prep : il n'a pas de partie #checklist= ou #recipient=. Vos brouillons sont inchangés.
eviction-notice = Ce navigateur peut supprimer les brouillons conservés ici après 7 jours sans visite (Safari le fait, sauf si l'app est sur l'écran d'accueil). Gardez un brouillon dont vous avez besoin sous forme de fichier :
export-this-draft = Exporter ce brouillon
saving-refused = Les brouillons ne sont pas enregistrés : le navigateur a refusé de les stocker (stockage plein ou désactivé). Rien de ce qui était enregistré n'est supprimé ; utilisez Exporter pour garder ce brouillon dans un fichier.
saving-unavailable = Ce navigateur ne permet pas à la page de garder des brouillons : ils durent jusqu'à la fermeture de l'onglet. Utilisez Exporter pour garder un brouillon dans un fichier.
reload = Recharger
update-ready = Une nouvelle version de wsadmin-prep est prête. Vos brouillons sont conservés.
newer-saves = { $count ->
        [one] Un brouillon a été enregistré par une version plus récente de wsadmin-prep ; cette version n'y touche pas. Rechargez pour l'ouvrir avec la version plus récente.
       *[other] { $count } brouillons ont été enregistrés par une version plus récente de wsadmin-prep ; cette version n'y touche pas. Rechargez pour les ouvrir avec la version plus récente.
    }
copy-changes = Ceci est une copie de votre brouillon { $title }. Elle modifie :
update-the-draft = Mettre à jour le brouillon
keep-both = Garder les deux
conflict-changed = Ce brouillon a été modifié dans un autre onglet ou une autre fenêtre pendant que vous le modifiiez ici.
load-newer = Charger la version plus récente
conflict-deleted = Ce brouillon a été supprimé dans un autre onglet ou une autre fenêtre pendant que vous le modifiiez ici.
close-it-here = Le fermer ici
conflict-newer-version = Une version plus récente de wsadmin-prep, ouverte dans un autre onglet ou une autre fenêtre, a modifié ce brouillon.
close-it-here-reload = Le fermer ici (rechargez pour l'ouvrir)
not-saved-until-choice = Ce que vous modifiez ici n'est pas enregistré tant que vous n'avez pas choisi.
keep-mine = Garder ma version comme brouillon distinct
link-made-in = Cette checklist a été partagée en { $language }. Afficher cette page en :

## The handoff: the admin's side

admin-side-token = Votre côté : sceller le « { -ui-company-uuid } » et le jeton pour le { -app-provider }
admin-side-ws = Votre côté : sceller le « { -ui-login-id } » et le mot de passe pour le { -app-provider }
sealing-waits = { $errors ->
        [one] Le { -profile } a { $errors } erreur ; le scellement attend qu'elle soit corrigée.
       *[other] Le { -profile } a { $errors } erreurs ; le scellement attend qu'elles soient corrigées.
    }
sealing-waits-token = { $errors ->
        [one] Le { -profile } a { $errors } erreur dans le nom de l'application, l'« { -ui-app-id } » ou le centre de données ; le scellement attend qu'elle soit corrigée.
       *[other] Le { -profile } a { $errors } erreurs dans le nom de l'application, l'« { -ui-app-id } » ou le centre de données ; le scellement attend qu'elles soient corrigées.
    }
legend-password = Mot de passe
ws-admin-password = Mot de passe { -ws-admin }
password-hint = Saisissez-le ici et dans Concur ; il n'est jamais enregistré. Générez-en un ci-dessous.
show = Afficher
checking = Vérification…
password-strength = Robustesse du mot de passe
strength-of-4 = Robustesse { $score } sur 4
strength-first-100 = (100 premiers caractères)
generate-a-password = Générer un mot de passe
length-characters = Longueur : { $length } caractères
symbols = Symboles
no-lookalikes = Pas de caractères semblables (0/O, 1/l)
words-instead = Des mots à la place (6 mots)
generate = Générer
company-policy = Politique de mot de passe de l'entreprise (enregistrée avec le { -profile })
minimum-length = Longueur minimale
upper-case = Majuscules
lower-case = Minuscules
digit = Chiffre
symbol = Symbole
seal-for-provider = Sceller pour le { -app-provider }
seal-to = Sceller pour
seal-to-key = La clé publique du fournisseur (recommandé)
seal-to-passphrase = Une phrase secrète que vous lui dites par téléphone
providers-public-key = Clé publique du fournisseur
key-from-link = Rempli depuis le lien que vous avez ouvert. Un lien peut être falsifié : vérifiez la clé avec le fournisseur avant de sceller.
key-typed = Commence par age1 ; le fournisseur la crée de son côté de cette page.
no-key-link = Pas encore de clé ? Envoyez à votre fournisseur ce lien, où il en créera une :
no-key-file = Pas encore de clé ? Envoyez à votre fournisseur le fichier unique de cette application : il l'ouvre et choisit « Je suis le fournisseur de l'application ».
key-fingerprint = Empreinte (20 caractères vers la fin de la clé) :
confirm-key = J'ai confirmé cette clé avec le fournisseur : il a lu la même empreinte
other-key-offered = Le lien que vous avez ouvert contient une autre clé, empreinte
yours-is-kept = . La vôtre est gardée, sauf si vous la choisissez.
use-links-key = Utiliser la clé du lien
keep-my-key = Garder ma clé
hide-passphrase = Masquer la phrase secrète
show-passphrase = Afficher la phrase secrète
passphrase-again = Phrase secrète à nouveau
generate-passphrase = Générer une phrase secrète
tell-by-phone = Dites-la au fournisseur par téléphone, jamais dans le message qui porte le paquet.
copy-passphrase = Copier la phrase secrète
logged-in-once = Je me suis connecté une fois avec ces identifiants (le compte est activé)
note-for-provider = Note pour le fournisseur (facultatif)
sealing = Scellement…
seal-packet = Sceller le paquet
sealed-packet = Paquet scellé : envoyez-le par n'importe quel canal
download-age = Télécharger le .age
copy-packet = Copier le paquet
packet-taken-tick = Paquet récupéré. Cocher { $step } dans la checklist comme fait maintenant ?
tick-it = Cocher
token-dialog-showed = Ce que la boîte de dialogue de Concur a affiché
token-dialog-hint = Générez le jeton dans { $menu }, puis copiez les deux valeurs ici avant de fermer la boîte de dialogue. Elles restent uniquement dans la mémoire de cette page.
token-generated-when = Quand le jeton a été généré (votre heure)
token-generated-hint = Défini quand vous avez collé le jeton ; modifiez-le si vous avez généré le jeton plus tôt.

## What keeps a packet from being sealed

blocker-profile-errors = { $count ->
        [one] Le { -profile } a { $count } erreur ; corrigez-la d'abord
       *[other] Le { -profile } a { $count } erreurs ; corrigez-les d'abord
    }
blocker-no-password = Saisissez le mot de passe { -ws-admin }
blocker-password-unchecked = Le mot de passe est encore en cours de vérification
blocker-password-rules = Le mot de passe enfreint { $rules } ; corrigez d'abord les constats sur le mot de passe
blocker-no-recipient = Saisissez la clé publique du fournisseur (age1…)
blocker-passphrase-short = { $chars ->
        [one] La phrase secrète a { $chars } caractère ; il lui en faut au moins { $min }
       *[other] La phrase secrète a { $chars } caractères ; il lui en faut au moins { $min }
    }
blocker-passphrases-differ = Les deux phrases secrètes diffèrent
blocker-passphrase-unchecked = La phrase secrète est encore en cours de vérification
blocker-passphrase-rules = La phrase secrète enfreint { $rules } : générez-en une, ou scellez pour la clé du fournisseur
blocker-key-not-confirmed = Confirmez d'abord la clé avec le fournisseur : il lit son empreinte et elle correspond
blocker-note-too-long = La note a { $chars } caractères ; une note peut en avoir au plus { $max }
blocker-token-rules = Les valeurs du jeton enfreignent { $rules } ; corrigez d'abord les constats sur le jeton
blocker-not-activated = Connectez-vous d'abord une fois à Concur avec ces identifiants, et confirmez-le : Concur peut alors demander un nouveau mot de passe, et c'est ce nouveau qu'il faut sceller

## The password's and the passphrase's findings

pw-weak = Le mot de passe est facile à deviner (robustesse { $score } sur 4)
pw-use-generator = Utilisez le générateur, ou quatre mots sans rapport ou plus
pw-contains = Le mot de passe contient { $what }
pw-nothing-personal = Utilisez un mot de passe sans rien du { -profile }
pp-weak = La phrase secrète est trop facile à deviner hors ligne (environ { $bits } bits ; il en faut au moins { $min })
pp-generate-or-key = Générez-en une (six mots aléatoires ou plus), ou scellez plutôt pour la clé du fournisseur
pp-few-words = { $words ->
        [one] La phrase secrète a { $words } mot distinct de trois lettres ou plus ; il lui en faut au moins { $min }
       *[other] La phrase secrète a { $words } mots distincts de trois lettres ou plus ; il lui en faut au moins { $min }
    }
pp-generate = Générez-en une (six mots aléatoires ou plus)
pp-well-known = La phrase secrète contient une phrase célèbre ({ $source })
pp-contains = La phrase secrète contient { $what }
pp-nothing-personal = Utilisez une phrase secrète sans rien du { -profile } ; générez-en une
pw-breaks-policy = Le mot de passe enfreint la politique de l'entreprise : { $shortfalls }
pw-meet-policy = Générez-en un qui respecte la politique
personal-login-id = le « { -ui-login-id } »
personal-admin-first = le prénom de l'administrateur
personal-admin-last = le nom de l'administrateur
personal-app = le nom de l'application
personal-domain = le domaine de l'entreprise
policy-too-short = il a { $length } caractères ; la politique en demande au moins { $min }
policy-too-long = il a { $length } caractères ; Concur en accepte au plus { $max }
policy-no-upper = il n'a pas de majuscule
policy-no-lower = il n'a pas de minuscule
policy-no-digit = il n'a pas de chiffre
policy-no-symbol = il n'a pas de symbole

## The token's times and findings

span-under-minute = moins d'une minute
span-min = { $m } min
span-h = { $h } h
span-h-min = { $h } h { $m } min
time-left = { $span } restantes
time-expiring = { $span } restantes : connectez maintenant, ou demandez un nouveau jeton à l'administrateur
time-expired = expiré il y a { $span } : l'administrateur doit générer un nouveau jeton ({ $menu }) et le sceller à nouveau
token-has = Le jeton : { $time }.
token-do-not-use = N'utilisez pas ce jeton : { $problem }.
token-expires-at = Expire le { $at } (votre heure) : { $time }.
uuid-missing = Le « { -ui-company-uuid } » manque
fix-uuid-copy = Copiez le « { -ui-company-uuid } » depuis la boîte de dialogue qui a affiché le jeton
fix-uuid-again = Copiez à nouveau le « { -ui-company-uuid } » depuis la boîte de dialogue : 8-4-4-4-12 chiffres hexadécimaux
token-missing = Le « { -ui-company-request-token } » manque
fix-token-paste = Collez le jeton depuis la boîte de dialogue ; si elle est fermée, générez-en un nouveau ({ $menu })
token-too-long = Le jeton a { $length } caractères, bien plus qu'un jeton de requête ; autre chose a été collé
fix-token-alone = Copiez uniquement le jeton depuis la boîte de dialogue
token-line-breaks = Le jeton a des sauts de ligne dedans ou autour, ce qu'un jeton copié n'a jamais
token-spaces = Le jeton a des espaces dedans ou autour, ce qu'un jeton copié n'a jamais
fix-remove-whitespace = Retirez les espaces et les sauts de ligne
token-odd-char = Le jeton contient le caractère { $code }, ce qu'un jeton copié n'a jamais
fix-token-again = Copiez à nouveau le jeton depuis la boîte de dialogue, directement dans ce champ (sans passer par un traitement de texte)
token-future = L'heure de génération { $at } est { $span } dans le futur
fix-token-future = Saisissez quand le jeton a été généré (l'heure à laquelle la boîte de dialogue l'a affiché) ; vérifiez l'horloge de cet ordinateur
token-expired = Le jeton a expiré il y a { $span } (à { $at })
fix-token-expired = Générez un nouveau jeton pour le même « { -ui-app-id } » ({ $menu }) et scellez celui-là
token-expiring = Le jeton expire dans { $span } (à { $at })
fix-token-expiring = Envoyez-le maintenant et demandez au fournisseur de se connecter avant, ou générez un nouveau jeton pour le même « { -ui-app-id } »

## Drafts: greetings, titles, notices

welcome-fill-then-suggest = Remplissez { $fields } ; ensuite, « Remplir les suggestions » écrit les champs de l'utilisateur { -ws-admin }.
welcome-fill = Remplissez { $fields }.
welcome-suggest = Choisissez « Remplir les suggestions » pour écrire les champs de l'utilisateur { -ws-admin }.
welcome-all-filled = Tout est rempli : cochez chaque étape de la checklist au fur et à mesure.
app-id-from-link = Issu du lien que vous avez ouvert : vérifiez-le avec le { -app-provider } avant de générer le jeton.
untitled-profile = { -profile } sans titre
switched-edition = Passage à la { $edition } ; rôles renommés selon ses libellés : { $pairs }.
fill-suggestions-needs = « Remplir les suggestions » écrit les champs de l'utilisateur { -ws-admin } à partir de { $fields } : { $count ->
        [one] remplissez-le
       *[other] remplissez-les
    } d'abord.
nothing-to-suggest-token = Rien à suggérer sur ce parcours : un « { -ui-company-request-token } » n'a pas de schéma de nommage. « Remplir les suggestions » corrige seulement un « { -ui-app-id } » collé.
change-kept-yours = { $field } : la vôtre est gardée (la copie a { $there })
change-note = { $step } : note

## Links that cannot be opened

link-not-checklist = ce lien ne contient pas de checklist
link-newer-version = ce lien a été créé par une version plus récente de wsadmin-prep (format de lien { $version }) ; demandez plutôt un export JSON à son expéditeur
link-damaged = ce lien est endommagé ({ $reason }) ; il a peut-être été tronqué lors de la copie
link-not-opened = Le lien n'a pas pu être ouvert : { $error }. Vos brouillons sont inchangés.
provider-link-not-used = Le lien du fournisseur n'a pas été utilisé : { $error }.
open-link-placeholder = https://…#checklist=… ou #recipient=…

## Fichiers, sauvegardes et liens inutilisables (la raison donnée par un analyseur, citée ensuite, reste dans ses mots)

json-at = ligne { $line }, colonne { $column } : { $reason }
json-not-object = ce doit être un objet JSON
json-unknown-schema = schéma inconnu { $found } : cette version lit { $expected }
json-missing-schema = il n'a pas de « schema » : { $expected }
json-key-not-string = une clé n'est pas une chaîne JSON
json-key-twice = la clé { $key } figure deux fois
json-too-many-keys = un objet a plus de { $max } clés ; aucun fichier de wsadmin-prep n'en a autant
checklist-file-profile = son { -profile } : { $error }
checklist-file-unknown-step = il contient une étape { $id } que cette checklist n'a pas
import-not-checklist = ce n'est pas une checklist utilisable : { $error }
import-not-profile = ce n'est pas un fichier de { -profile } : { $error }
import-markdown = c'est une checklist Markdown, faite pour être lue et imprimée : importez plutôt l'export JSON de la checklist (Télécharger en JSON)
import-too-large = { $name } fait { $whole },{ $tenth } Mo ; un fichier de { -profile } fait quelques centaines d'octets, ce ne peut donc pas en être un (limite 1 Mo)
import-unreadable = { $name } n'a pas pu être lu : { $error }
import-unusable = { $name } : { $error }
draft-unchanged = { $problem }. Votre brouillon ouvert est inchangé.
restore-newer = il a été enregistré par une version plus récente de wsadmin-prep ({ $schema })
restore-damaged = il est endommagé ({ $error })
draft-set-aside = Un brouillon enregistré n'a pas pu être ouvert : { $error }. Il est mis de côté dans le stockage de ce navigateur sous { $key }.
draft-left-as-is = Un brouillon enregistré n'a pas pu être ouvert : { $error }. Le stockage est trop plein pour le mettre de côté ; il est laissé tel quel.
legacy-not-moved = Des brouillons enregistrés par une version antérieure n'ont pas pu être déplacés vers la nouvelle organisation (le stockage est plein) ; ils sont ouverts ici et l'ancienne sauvegarde est conservée telle quelle.
recipient-link-not-key = la clé du lien n'est pas une clé publique age (age1…) ; demandez la clé elle-même au fournisseur
link-not-base64 = ce n'est pas du base64url valide
link-not-deflate = ses données ne se décompressent pas
link-not-checklist-data = ses données ne sont pas une checklist : { $error }
no-compression = ce navigateur ne peut pas compresser le lien (il n'a pas CompressionStream)
language-file-missing = Le fichier de langue { $language } n'a pas pu être chargé (hors ligne avant d'avoir jamais été récupéré ?). La page reste en { $current }.
language-file-unusable = Le fichier de langue { $language } est inutilisable : { $error }. Rechargez la page pour obtenir le fichier actuel.
pack-damaged = le fichier de langue est endommagé
pack-other-build = le fichier de langue appartient à une autre version de l'application
local-file-notice = Ouvert depuis un fichier : d'autres pages web ouvertes ici depuis des fichiers peuvent lire ses brouillons (jamais un mot de passe).
worker-stopped = le processus d'arrière-plan qui vérifie et scelle les mots de passe s'est arrêté (il a peut-être manqué de mémoire) ; réessayez
worker-unreadable-message = le processus d'arrière-plan n'a pas pu lire un message ; réessayez
worker-cannot-start = ce navigateur ne peut pas lancer le processus d'arrière-plan qui vérifie et scelle les mots de passe
worker-request-stopped = La demande a été interrompue avant la réponse du processus d'arrière-plan ; réessayez.
worker-bad-request = le processus d'arrière-plan n'a pas pu lire la demande : { $error }

## Le lien de partage de la checklist, copies

share-opens-elsewhere = Ce lien ouvre { $host }, et non l'adresse de cette page : elle a été définie sur cet ordinateur.
share-trust-host = { $host } est l'adresse où mon entreprise héberge wsadmin-prep
share-base-label = Adresse de wsadmin-prep qu'ouvre le lien
share-base-hint = Remplacez-la par l'adresse où votre entreprise héberge wsadmin-prep, si elle est ailleurs.
share-base-none = Cette copie n'a pas d'adresse web : le lien se réduit donc à sa partie #, que le destinataire colle dans « Ouvrir un lien partagé ». Indiquez où votre entreprise héberge wsadmin-prep (https://…) pour obtenir un lien complet.
in-concur = Dans Concur :
concur-label-here = (dans Concur en français : « { $label } »)
quoted = « { $label } »
token-pasted-expires = Le jeton collé expire : { $at }.
value-copied = { $what } : copié
copied-public-key = Clé publique
copied-link = Lien
copied-passphrase = Phrase secrète
copied-packet = Paquet
copied-password = « { -ui-password } »
copied-provider-link = Lien du fournisseur

## Sceller et ouvrir les paquets

not-sealed = Non scellé : { $reasons }.
seal-checked-key = Vérifié : scellé pour { $recipient } ; seule l'identité correspondante l'ouvre.
seal-checked-passphrase = Vérifié : rouvert avec la phrase secrète, et le contenu correspond.
packet-not-age = ce n'est pas un paquet scellé avec age ({ $reason })
packet-too-large = ceci fait { $kib } Ko ou plus, trop pour un { -handoff-packet } (les vrais font quelques Ko) ; il n'a pas été ouvert
packet-post-quantum = ce paquet a été scellé pour une clé age post-quantique (age1pq1…), que cette version ne sait pas encore utiliser : demandez qu'il soit scellé pour une clé X25519 (age1…) ou avec une phrase secrète
packet-wrong-key = ce paquet a été scellé pour une autre clé. Choisissez le fichier de clé dont vous avez envoyé la clé publique à l'administrateur
packet-wrong-passphrase = la phrase secrète n'ouvre pas ce paquet : vérifiez-la auprès de la personne qui l'a scellé
packet-sealed-to-key = ce paquet a été scellé pour une clé publique : ouvrez-le plutôt avec le fichier d'identité correspondant
packet-sealed-to-passphrase = ce paquet a été scellé avec une phrase secrète : ouvrez-le plutôt avec celle-ci
packet-altered = ce paquet a été tronqué ou modifié après avoir été scellé : demandez-le de nouveau
packet-excessive-work = ce paquet demande un facteur de travail scrypt de { $factor }, plus que les { $max } dont un vrai paquet a besoin ; il a été refusé
packet-not-handoff = le paquet s'est ouvert, mais son contenu n'est pas un { -handoff-packet } : { $reason }
packet-armor-damaged = son armure ASCII est endommagée : { $error }
packet-unknown-version = une version d'age inconnue
packet-header-unreadable = son en-tête est illisible ; il est peut-être tronqué
packet-stanza-unfinished = une section de son en-tête n'a pas de dernière ligne courte
packet-not-json = ce n'est pas du JSON
packet-no-schema = il n'a pas de schéma
packet-holds-token = il contient un « { -ui-company-request-token } », et non les identifiants d'un utilisateur { -ws-admin }
key-empty = la clé publique du fournisseur est vide
key-post-quantum = la clé publique du fournisseur est une clé age post-quantique (age1pq1…), que cette version ne sait pas encore utiliser : demandez une clé X25519 (age1…)
key-bad-start = la clé publique du fournisseur doit commencer par age1 (celle-ci commence par { $start })
key-invalid = la clé publique du fournisseur n'est pas une clé age X25519 valide : vérifiez qu'elle a été copiée en entier
identity-no-key = le fichier d'identité ne contient aucune clé
identity-post-quantum = le fichier d'identité contient une clé age post-quantique (AGE-SECRET-KEY-PQ-1…), que cette version ne sait pas encore utiliser
identity-not-x25519 = le fichier d'identité ne contient pas de clé secrète age X25519 (AGE-SECRET-KEY-1…)
token-times-unreadable = son heure de génération ou d'expiration n'est pas une heure RFC 3339
token-times-disagree = ses heures ne concordent pas (généré { $generated }, expire { $expires }) : un jeton dure 24 heures
token-times-future = son jeton aurait été généré à { $generated }, encore à venir selon cette horloge

## Les champs d'un paquet ouvert (les noms de champs de Concur restent tels que Concur les affiche)

opened-app = Application
opened-company = Entreprise
opened-edition = Édition
opened-activated = Activé
opened-activated-yes = oui
opened-activated-not-yet = pas encore : l'administrateur doit d'abord se connecter une fois
opened-company-domain = Domaine de l'entreprise
opened-sealed-at = Scellé le
opened-note = Remarque
opened-data-centre = Centre de données
opened-generated-at = Généré le
opened-expires-at = Expire le
opened-time-left = Temps restant

## Les erreurs de la ligne de commande

pair = { $first } : { $second }
cli-cannot-use = impossible d'utiliser { $path }
cli-cannot-read = impossible de lire { $path }
cli-cannot-write = impossible d'écrire { $path }
cli-cannot-open = ouverture impossible
cli-cannot-open-path = impossible d'ouvrir { $path }
cli-cannot-seal = scellement impossible
cli-not-sealed = non scellé
cli-cannot-make-checklist = impossible de créer la checklist
cli-helpdesk-is-for-ws = --helpdesk concerne les utilisateurs { -ws-admin }
cli-app-center-is-for-token = --app-center concerne la voie du « { -ui-company-request-token } »
cli-no-such-route = un { -profile } { $connection } n'a pas cette voie : { $route }
cli-give-identity = indiquez --identity ou --passphrase-file
cli-give-recipient = indiquez --to ou --passphrase-file
cli-give-uuid = indiquez --company-uuid ou --company-uuid-file
cli-give-generated-at = indiquez --generated-at : le moment où la boîte de dialogue de Concur a affiché le jeton (une heure RFC 3339 comme 2026-11-28T10:00:00Z), ou `now` si c'était à l'instant ; les 24 heures du fournisseur comptent à partir de là
cli-generated-at-invalid = --generated-at { $text } n'est pas une heure RFC 3339 comme 2026-11-28T10:00:00Z ou 2026-11-28T11:00:00+01:00
cli-files-unusable = { $count ->
        [one] { $count } fichier sur { $total } est inutilisable (nommé ci-dessus)
        [many] { $count } fichiers sur { $total } sont inutilisables (nommés ci-dessus)
       *[other] { $count } fichiers sur { $total } sont inutilisables (nommés ci-dessus)
    }
cli-the-token-in = le jeton de { $path }
cli-output-failed = impossible d'écrire la sortie : { $error }
cli-standard-output = la sortie standard
cli-public-key = Clé publique : { $key }
cli-fix-summary = { $path } : avant { $before } ; maintenant { $after }
cli-input-too-large = le fichier dépasse { $mib } Mio ; un fichier de { -profile } fait quelques centaines d'octets
cli-the-password = le mot de passe
cli-the-token = le jeton
cli-stdin-terminal = l'entrée standard est un terminal, qui afficherait { $what } pendant la saisie ; transmettez-le plutôt par un tube, par exemple : read -rs SECRET && printf '%s\n' "$SECRET" | wsadmin-prep …
cli-stdin-unreadable = impossible de lire { $what } sur l'entrée standard : { $error }
cli-stdin-empty = l'entrée standard est vide : transmettez-y { $what } par un tube
cli-passphrase-file-unreadable = impossible de lire le fichier de phrase secrète { $path } : { $error }
cli-passphrase-file-empty = le fichier de phrase secrète { $path } est vide
cli-secret-file-too-large = il dépasse 64 Kio ; un fichier de clé ou de phrase secrète fait quelques centaines d'octets
cli-secret-file-not-utf8 = ce n'est pas du texte UTF-8
cli-uuid-file-unreadable = impossible de lire le fichier « { -ui-company-uuid } » { $path }
cli-already-exists = il existe déjà ; choisissez un autre nom, rien n'a été écrasé
cli-no-temporary-file = impossible de créer un fichier temporaire à côté de la sortie

## L'aide de la ligne de commande : le résumé de chaque commande (l'aide des options et les descriptions longues restent en anglais)

help-about = Préparer et vérifier hors ligne un { -profile } SAP Concur « { -ui-web-services-administrator } » ({ -ws-admin })
help-lang = La langue de ce qui est affiché pour les personnes [par défaut : d'après LC_ALL, LC_MESSAGES ou LANG, sinon l'anglais]. Le JSON, les ID de règle et les libellés propres à Concur restent en anglais
help-validate = Vérifier un fichier de { -profile } par rapport à chaque règle et afficher les constats avec leurs corrections
help-fix = Appliquer chaque suggestion à un { -profile }, comme le fait « Remplir les suggestions » dans l'application web
help-checklist = Afficher la checklist d'activation d'un { -profile }, en Markdown ou en JSON
help-keygen = Générer une identité age pour recevoir des paquets de transmission (côté fournisseur)
help-seal = Sceller avec age l'« { -ui-login-id } » et un mot de passe (lu sur stdin) pour le { -app-provider }
help-seal-token = Sceller un « { -ui-company-request-token } » (lu sur stdin) et son « { -ui-company-uuid } » pour le { -app-provider }
help-open = Ouvrir un paquet de transmission (identifiants ou jeton) et afficher ses champs (côté fournisseur)

## Les remarques de zxcvbn sur un mot de passe

zx-straight-rows = Les rangées de touches droites sont faciles à deviner.
zx-short-keyboard = Les motifs de clavier courts sont faciles à deviner.
zx-repeats-aaa = Les répétitions comme « aaa » sont faciles à deviner.
zx-repeats-abcabc = Les répétitions comme « abcabcabc » sont à peine plus difficiles à deviner que « abc ».
zx-top-10 = Ce mot de passe fait partie des 10 plus courants.
zx-top-100 = Ce mot de passe fait partie des 100 plus courants.
zx-common = Ce mot de passe est très courant.
zx-similar-common = Ce mot de passe ressemble à un mot de passe courant.
zx-sequences = Les suites comme abc ou 6543 sont faciles à deviner.
zx-recent-years = Les années récentes sont faciles à deviner.
zx-word-alone = Un mot seul est facile à deviner.
zx-dates = Les dates sont souvent faciles à deviner.
zx-names-alone = Les prénoms et noms seuls sont faciles à deviner.
zx-common-names = Les prénoms et noms courants sont faciles à deviner.
zx-use-few-words = Utilisez quelques mots, évitez les expressions courantes.
zx-no-need-symbols = Inutile d'ajouter des symboles, des chiffres ou des majuscules.
zx-add-word = Ajoutez un ou deux mots. Les mots peu courants sont préférables.
zx-capitalization = Les majuscules n'aident pas beaucoup.
zx-all-uppercase = Tout en majuscules est presque aussi facile à deviner que tout en minuscules.
zx-reversed = Les mots à l'envers ne sont guère plus difficiles à deviner.
zx-substitutions = Les substitutions prévisibles comme « @ » au lieu de « a » n'aident pas beaucoup.
zx-longer-keyboard = Utilisez un motif de clavier plus long, avec plus de changements de direction.
zx-avoid-repeats = Évitez les mots et caractères répétés.
zx-avoid-sequences = Évitez les suites.
zx-avoid-recent-years = Évitez les années récentes.
zx-avoid-your-years = Évitez les années qui vous sont associées.
zx-avoid-your-dates = Évitez les dates et les années qui vous sont associées.
