# Concur's own labels: buttons, pages, roles and fields exactly as Concur's English UI
# shows them. Every language uses these terms and none may redefine them: an admin's Concur
# UI language is their own setting, and the English label is the one every guide names.
# A label is shown in another language only beside the English one, where a dated source
# gives Concur's own translation (docs/decisions.md).

-ui-add = Add
-ui-enable = Enable
-ui-connect = Connect
-ui-connected = Connected
-ui-submit = Submit
-ui-app-center = App Center
-ui-web-services-administrator = Web Services Administrator
-ui-company-request-token = Company Request Token
-ui-client-web-services = Client Web Services
-ui-login-id = Login ID
-ui-first-name = First name
-ui-last-name = Last name
-ui-email = E-mail
-ui-password = Password
-ui-permissions = Permissions
-ui-app-id = App ID
-ui-company-uuid = Company UUID
