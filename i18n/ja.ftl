# 日本語（です・ます調）。Concur の画面上の表記は英語のまま（concur-labels.ftl の
# { -ui-… }）、「…」で囲みます。その前後の文を訳します。

## 用語集: 製品の用語。どのメッセージでも同じ訳語を使います。

-profile = プロファイル
-ws-admin = WS Admin
-handoff-packet = 引き渡しパケット
-token-packet = トークンパケット
-app-provider = アプリ提供元
-helpdesk = Concur ヘルプデスク

## チェックリスト: 手順の進め方、グループ、担当者

route-admin-ws = 承認する管理者が Concur で作成
route-helpdesk = { -helpdesk }にチケットで依頼
route-admin-token = トークンを生成して引き渡す
route-app-center = 「{ -ui-app-center }」で接続（引き渡すものはありません）

group-check-app-center = ステップ 1: 「{ -ui-app-center }」とご自身のロールを確認する
group-connect-app-center = ステップ 2: 「{ -ui-app-center }」でアプリを接続する
group-create-ws = ステップ 1: { -ws-admin } { -profile }を作成して有効化する
group-hand-over-ws = 認証情報を{ -app-provider }に引き渡す
group-enable-ws = ステップ 2: アプリを有効にする
group-create-token = ステップ 1: 「{ -ui-company-request-token }」を生成する
group-hand-over-token = 24 時間以内にトークンを{ -app-provider }に引き渡す
group-enable-token = ステップ 2: アプリが接続されたことを確認する

actor-admin = 承認する管理者
actor-helpdesk = { -helpdesk }
actor-provider = アプリ提供元

status-todo = 未完了
status-done = 完了
status-not-applicable = 対象外

checklist-gate-note = { -profile }にエラーが { $errors } 件あります。修正されるまで、次の { $locked } 件のステップはロックされたままです: { $steps }。
checklist-set-aside = 完了としていた { $count } 件のステップを未完了に戻しました（{ $steps }）。{ -profile }にエラーがある間はロックされます。メモは残っています。
tick-unknown-step = このチェックリストにステップ { $step } はありません
tick-profile-has-errors = { -profile }にまだエラーが { $count } 件あります。先に修正してください（最初のエラーは { $field }: { $message }）

## チェックリストのステップ

the-app = アプリ
the-new-ws-admin = 新しい { -ws-admin } ユーザー
the-authorizing-admin-name = 承認する管理者
login-taken = 「{ -ui-login-id }」が既に使われていると Concur に表示された場合（自社内だけでなく Concur 全体で一意です）、@ の前に WSAdmin-<App>-<Company> のような識別子を加え、この{ -profile }でも同じく変更して、チェックリストと引き渡しを一致させてください。
password-instruction = 一意で強固なパスワード: Concur に直接入力し、チケット、メール、このチェックリストには決して書かないでください
entry-ticket-text = チケット本文
entry-app = アプリ名
ticket-after-fixes = { -profile }のエラーがなくなると表示されます。先に指摘事項を修正してください
depending-on-configuration = { $first } または { $second }（設定により異なります）

step-dedicated-profile = { -ws-admin } { -profile }が新しい専用ユーザーであることを確認する
step-dedicated-profile-detail = 実在の人物のアカウントであってはなりません。実在のユーザーの認証情報を使うと、その人が退職したときにアプリが動かなくなります。
step-create-user = { -ws-admin } ユーザーを作成する
step-create-user-standard-detail = 新しいサイトでは、このページは Administration > Expense Settings（または Expense & Invoice Settings、Invoice Settings）> User Accounts > Create/Edit User にあります。下の値を入力し、同じページで権限にチェックを入れてください。{ $login-taken }
step-create-user-professional-detail = サイトによっては Administration > Company Admin > Add New User と表示されます。下の値を入力してください。{ $login-taken }
step-grant-permissions = { -ws-admin } ユーザーに権限を付与する
step-grant-permissions-detail = { $user } を検索し、「{ -ui-add }」を選んで「{ -ui-web-services-administrator }」を付与し、アプリに必要なデータロールを追加してください。
step-helpdesk-ticket = { -helpdesk }にチケットを登録して { -ws-admin } ユーザーの作成を依頼する
step-helpdesk-ticket-detail = 下のチケット本文を{ -helpdesk }のチケットに貼り付けてください。パスワードは含まれていません。{ $login-taken }
step-receive-initial-password = 新しいユーザーの初期パスワードを Concur から受け取る
step-receive-initial-password-detail = ヘルプデスクはチケットの依頼どおり、独自の経路で送ります。メールのスレッド、チャット、このチェックリストには残さないでください。
step-save-and-activate = 保存し、新しい認証情報で Concur に一度ログインする
step-log-in-with-initial = 「{ -ui-login-id }」と初期パスワードで Concur に一度ログインする
step-save-and-activate-detail = 最初のログインでアカウントが有効になります。それまではアプリが使えません。このログインで新しいパスワードを求められたら、新しい一意のパスワードを設定してください。その新しいパスワードを提供元向けに封印します。
step-send-credentials = 「{ -ui-login-id }」とパスワードを { $app } に安全に送る
step-send-credentials-detail = 提供元の鍵、または電話で伝えるパスフレーズで{ -handoff-packet }（age）に封印してください。暗号化していないメールやチャットでは決して送らないでください。
step-provider-confirms = 認証情報を受け取って開く
step-provider-confirms-detail = { $app } のチームがパケットを開き、認証情報を受け取ったことを確認します。
step-named-admin-enables = { -profile }に記載された管理者 { $admin } が有効化を行う
step-named-admin-enables-detail = { -ws-admin } { -profile }に名前が記載された管理者が、アプリを有効にします。
step-log-in-as-ws-admin = { -ws-admin } の認証情報で Concur にログインする
step-log-in-as-ws-admin-detail = ご自身のアカウントではなく、新しい{ -profile }を使ってください。
step-enable-app = { $app } を有効にし（「{ -ui-enable }」）、データ共有を承認する
step-enable-app-detail = { $app } を探し、「{ -ui-enable }」をクリックして、データ共有を承認してください。

step-confirm-own-role = ご自身のアカウントにロール{ $role }があることを確認する
step-confirm-own-role-detail = 「{ -ui-company-request-token }」の生成や「{ -ui-app-center }」での接続には、ログインするアカウントにこのロールが必要です。ない場合は「{ -ui-company-request-token }」のページが表示されず、「{ -ui-connect }」がグレー表示になります。ロールがなければ Concur 管理者に依頼してください。このページは US と EMEA のデータセンターにしかありません。それ以外ではロールに関係なく表示されず、「{ -ui-client-web-services }」がトークンを生成します。
own-roles-standard = { $menu } > ご自身のユーザー（サイトによってはメニュー名が Expense Settings ではなく Expense & Invoice Settings または Invoice Settings です）
own-roles-standard-detail = { $detail }そこでご自身のユーザーを開いてください。サイトによってはメニュー名が Expense Settings ではなく Expense & Invoice Settings または Invoice Settings です。
step-app-center-enabled = 会社で「{ -ui-app-center }」が使えることを確認する
step-app-center-enabled-detail = 会社で「{ -ui-app-center }」が使える場合、Concur にログインすると「{ -ui-app-center }」タブが表示されます。タブがない場合は、SAP { -helpdesk }にチケットを登録して有効にしてもらってください。
step-connect-in-app-center = 「{ -ui-app-center }」で { $app } を接続する
step-connect-in-app-center-detail = { $app } の掲載ページを開き、「{ -ui-connect }」を選んで案内に従ってください。トークンは「{ -ui-app-center }」が提供元に直接渡すので、コピーや送信は不要です。
step-generate-token = { $app } の「{ -ui-app-id }」に対して「{ -ui-company-request-token }」を生成する
step-generate-token-detail = 下の「{ -ui-app-id }」を入力し、「{ -ui-submit }」を選びます。トークンはその時点から 24 時間有効です。時刻を控えてください。このページは US と EMEA のデータセンターにしかありません。それ以外では「{ -ui-client-web-services }」に依頼してください。
step-copy-token-values = ダイアログを閉じる前に「{ -ui-company-uuid }」とトークンをコピーする
step-copy-token-values-detail = ダイアログには一度しか表示されません。両方をこのツールの引き渡し画面に直接貼り付け、このチェックリスト、チケット、メールには決して貼らないでください。ダイアログを閉じてしまった場合は、同じ方法で新しいトークンを生成してください。
step-send-token = { $app } 向けに「{ -ui-company-uuid }」とトークンを封印し、24 時間以内に送る
step-send-token-detail = 提供元の鍵、または電話で伝えるパスフレーズで{ -token-packet }（age）に封印してください。パケットにはトークンの有効期限が記載されます。暗号化していないメールやチャットでは決して送らないでください。
step-provider-connects = 期限が切れる前にトークンを交換する
step-provider-connects-detail = { $app } のチームがパケットを開き、自社のサーバーで「{ -ui-company-uuid }」とトークンを会社の OAuth トークンと交換します。先にトークンの期限が切れた場合は、管理者が新しいトークンを生成して封印し直します。
step-confirm-listing = { $app } の掲載ページに「{ -ui-connected }」と表示されていることを確認する
step-confirm-listing-detail = 「{ -ui-app-center }」の { $app } の掲載ページに接続済みと表示されます。表示されない場合は、掲載ページを開いてもう一度「{ -ui-connect }」を選んでください。
step-confirm-with-provider = 接続が機能していることを { $app } の提供元に確認する
step-confirm-with-provider-detail = { $app } のチームが、交換が成功し、アプリが会社のデータを読み取れることを確認します。失敗した場合（トークンの期限切れやデータセンターの誤り）は、新しいトークンを生成して封印し直してください。

## ヘルプデスクへのチケット

ticket-request = パートナーアプリ { $app } を有効にするため、当社の Concur { $edition }{ $company } に「{ -ui-web-services-administrator }」ユーザー{ -profile }を作成してください。
ticket-app-placeholder = [アプリ名]
ticket-login-id-placeholder = [{ -ui-login-id }]
ticket-first-name-placeholder = [名]
ticket-last-name-placeholder = [姓]
ticket-permissions-placeholder = [権限]
ticket-admin-email-placeholder = [管理者のメールアドレス]
ticket-dedicated = これは実在の人物のアカウントではなく、専用のサービス用{ -profile }です。承認する管理者は { $admin }（{ $email }）で、アプリの有効化を行います。
ticket-no-password = このチケットにはパスワードを書かないでください。初期パスワードの受け渡し方法をお知らせください。

## Markdown エクスポート

md-title-app-center = 「{ -ui-app-center }」接続チェックリスト
md-title-token = 「{ -ui-company-request-token }」チェックリスト
md-title-ws = { -ws-admin } 有効化チェックリスト
md-app-not-named = （アプリ名未設定）
md-company = 会社
md-edition = エディション
md-prepared = 作成日
md-progress = 進捗: { $total } 件中 { $done } 件完了
md-data-centre = データセンター
md-data-centre-not-chosen = 未選択
md-ws-login-id = { -ws-admin } の「{ -ui-login-id }」
md-authorizing-admin = 承認する管理者
md-data-needed = アプリが必要とするデータ
md-none-chosen = 未選択
md-profile-check = { -profile }のチェック
md-no-token = このチェックリストにトークンは含まれていません。トークンは封印した{ -token-packet }でのみ送ってください。
md-no-password = このチェックリストにパスワードは含まれていません。認証情報は封印した{ -handoff-packet }でのみ送ってください。
md-group-progress = { $total } 件中 { $done } 件完了
md-not-applicable = 対象外
md-in-concur = Concur での場所
md-gated = { -profile }のエラーがなくなってから。
md-done = 完了
md-marked-not-applicable = 対象外に設定
md-note = メモ
md-empty = （空）

## ルールの集計

tally = エラー { $errors } 件、警告 { $warnings } 件

## ページ

language-label = 言語
language-failed = 言語を切り替えられませんでした: { $reason }
title-ws = { -ws-admin } { -profile }
lede-ws = パートナーアプリがサインインに使う、専用の Concur「{ -ui-web-services-administrator }」ユーザーを準備します。すべてこのブラウザー内で完結し、下書きはここに保存され、どこにも送信されません。
lede-token = 「{ -ui-app-id }」を持つパートナーアプリが接続に使うトークンを準備し、封印して引き渡します。すべてこのブラウザー内で完結し、下書きはここに保存され、どこにも送信されません。
title-provider = 顧客の Concur 認証情報を受け取る
lede-provider = { -app-provider }向け: 鍵を作成し、その公開部分を顧客の管理者に送り、返送された封印済みパケットを開きます。すべてこのブラウザー内で完結します。
i-am-provider = アプリ提供元の方はこちら
i-am-admin = 顧客の管理者の方はこちら
views-label = 表示
tab-profile = プロファイル
tab-checklist = チェックリスト
tab-handoff = 引き渡し
open-link-label = 共有リンクを開く
open-link-button = 開く
welcome-company-day = { $company } 向けに { $day } に作成
welcome-company = { $company } 向けに作成
welcome-day = { $day } に作成されたチェックリスト
welcome-plain = あなた向けに作成されたチェックリスト
welcome-stays-here = 入力した内容は、共有するまでこのブラウザーの外に出ません。
got-it = 閉じる
printed = { $day } 印刷 · { $edition } · { $draft }
print-ws = { -ws-admin } の「{ -ui-login-id }」: { $login } · 承認する管理者: { $admin }
print-token = 「{ -ui-company-request-token }」 · 「{ -ui-app-id }」: { $app-id } · 承認する管理者: { $admin }
checklist-title-ws = 有効化チェックリスト
checklist-title-token = 「{ -ui-company-request-token }」チェックリスト
all-steps = 全ステップ
progress-done = { $total } 件中 { $done } 件完了
who-creates = { -ws-admin } ユーザーは誰が作成しますか?
how-token = アプリはどのようにトークンを受け取りますか?
see-findings = 指摘事項を見る
export-title = エクスポートと共有
export-hint = エクスポートとリンクには{ -profile }の名前と ID が含まれますが、パスワードは含まれません。
notes-secret = ここにあるメモがパスワードかトークンのように見えます。共有する前に削除してください。
download-markdown = Markdown をダウンロード
download-json = JSON をダウンロード
print = 印刷
share-link = リンクで共有
share-template = テンプレートを共有（個人情報なし）
link-template-label = 顧客向けテンプレートのリンク
link-label = このチェックリストへのリンク
link-template-hint = エディション、アプリ、会社のドメイン、必要なデータを含みます。名前、ID、パスワードは含みません。残りは顧客が入力します。
link-hint = チェックリストと{ -profile }の名前・ID を含みますが、パスワードは含みません。# 以降の部分はブラウザー内に留まり、どのサーバーにも送信されません。
copy-link = リンクをコピー
link-copied = リンクをコピーしました。
copy = コピー
copy-value = { $label } をコピー
copied = コピーしました
generate-password = パスワードを生成
open-handoff-to-seal = 引き渡し画面を開いて封印する
locked-until-clean = { -profile }のエラーがなくなるまでロックされています。
not-ticked = チェックできませんでした: { $reason }。
not-applicable = 対象外
stamp-done = 完了 { $when }
stamp-marked = 設定 { $when }
note = メモ
note-placeholder = 任意: 担当者、日時、チケット番号
note-secret = パスワードかトークンのように見えます。メモは暗号化されずに保存・共有されます。削除してください。

## プロファイルのフォーム

field-connection = アプリの接続方法
field-edition = Concur のエディション
field-app-name = パートナーアプリ名
field-app-id = アプリの「{ -ui-app-id }」
field-company-name = 顧客企業（任意）
field-data-center = Concur のデータセンター
field-company-domain = 会社のメールドメイン
field-data-access = アプリが必要とするデータ
field-admin-first-name = 管理者の名
field-admin-last-name = 管理者の姓
field-admin-email = 管理者のメールアドレス
field-admin-login-id = 管理者自身の「{ -ui-login-id }」
field-admin-role = 管理者自身のロール
field-known-users = 既知の実在ユーザー
field-passphrase = パスフレーズ
field-generated-at = 生成日時
connection-ws = { -ws-admin } ユーザー（このガイド）
hint-connection = { -app-provider }に確認してください。ユーザー名とパスワードでサインインするアプリには { -ws-admin } ユーザーが、「{ -ui-app-id }」を渡してくるアプリには「{ -ui-company-request-token }」が必要です。
legend-app-company = アプリと貴社
legend-admin = アプリを承認する管理者
legend-ws-profile = { -ws-admin } { -profile }
hint-app-name = { -app-provider }の表記どおりに（例: Expensify）
hint-company-name = この下書きの対象企業（例: Müller & Söhne GmbH）。タイトル、エクスポート、パケットに表示されます
hint-app-id = { -app-provider }から渡される UUID（例: 0f8e6c2a-5b1d-4e7f-9a3c-2d4b6e8f0a1c）
hint-company-domain = 貴社のメールアドレスの @ より後ろの部分（例: acme.com）
hint-admin-login-id = 任意: メールアドレスと異なる場合のみ
hint-login-id = WSAdmin の後にアプリ名、@ 以降は貴社のドメイン
hint-first-name = WSAdmin と承認する管理者の名（例: WSADMIN_John）
hint-last-name = 承認する管理者の姓
hint-email-standard = Standard Edition では任意
hint-email-professional = Professional Edition: 承認する管理者自身のメールアドレス
hint-edition = Standard Edition では Administration > Setup > Users で、Professional Edition では Administration > Company Admin でユーザーを作成します。
hint-data-center = 貴社の Concur の所在地。サインインするアドレスでわかります（us. または www. は US、eu1. または emea. は EMEA）。
choose = 選択してください…
role-confirmation = 自分のアカウントにロール{ $role }があります（{ $menu }）
optional-suffix = （任意）
hint-known-users = 実在の人物のメールアドレスまたは「{ -ui-login-id }」を 1 行に 1 つ。{ -ws-admin } の「{ -ui-login-id }」はこのどれとも一致してはいけません。
spelling-waiting = 「{ -ui-login-id }」用にアプリ名をラテン文字に変換しています…
spelling-failed = アプリ名をラテン文字に変換するワーカーをこのブラウザーで起動できなかったため、「{ -ui-login-id }」の候補はありません。WSAdmin-、ラテン文字のアプリ名、@、貴社のドメインの順でご自身で入力してください。
severity-error = エラー
severity-warning = 警告
fix-label = 修正:
apply-fix = 修正を適用
rule = ルール
summary-start = 新しい{ -profile }: まずエディション、アプリ名、承認する管理者を入力してください。指摘事項は入力に合わせて表示されます。
summary-clear-ws = 問題ありません。この{ -profile }は Concur で作成できます。
summary-clear-token = 問題ありません。「{ -ui-company-request-token }」を生成できます。
summary-warnings = { $tally }。{ -profile }を妨げるものはありませんが、警告を確認してください。
summary-errors = { $tally }。{ -profile }を作成する前にエラーを修正してください。
drafts-label = 下書き
draft = 下書き
new-profile = 新しい{ -profile }
delete-draft = 下書きを削除
delete-draft-confirm = 下書き「{ $title }」を削除しますか? 元に戻せません。
import = インポート…
export = エクスポート
fill-suggestions = 候補を入力
ticket-in-english = ヘルプデスクへのチケットを英語で作成する（Concur ヘルプデスクで必要な場合があります）

## 各ルールの理由

why-app-required = 「{ -ui-login-id }」と有効化の手順のどちらにもパートナーアプリ名が入ります。
why-app-name-chars = 名前はヘルプデスクへのチケットとパケットにコピーされ、制御文字があると文字が隠れることがあります。
why-app-id-required = 「{ -ui-company-request-token }」は 1 つの「{ -ui-app-id }」に対して生成されます。これがないと Concur のページに入力するものがありません。
why-app-id-format = Concur のページは「{ -ui-app-id }」を提供元が登録した UUID の形でしか受け付けず、前後に余計なものがあると拒否されます。
why-data-center-required = トークンのページは一部のデータセンターにしかなく、提供元は会社のデータセンターを呼び出す必要があります。
why-data-center-no-token-page = このデータセンターには「{ -ui-company-request-token }」のページがないため、管理者が自分でトークンを生成できません。
why-access-none = { -profile }のロールによってアプリが見られるデータが決まります。ロールがなければ何も見られません。
why-domain-format = 「{ -ui-login-id }」は会社のメールドメインで終わります。ここに Web アドレスや入力ミスがあると、すべての候補に入り込みます。
why-admin-incomplete = { -profile }には承認する管理者の名前が入るので、誰がアプリを有効にしたかを後から確認できます。
why-admin-role-unconfirmed = ご自身のアカウントにエディションの Web サービス用ロールがある管理者だけが、「{ -ui-company-request-token }」のページを開いたり「{ -ui-app-center }」の「{ -ui-connect }」を使ったりできます。
why-admin-name-chars = 管理者の名前は{ -profile }にコピーされます。前後の空白や見えない文字も一緒にコピーされてしまいます。
why-admin-email-format = 管理者のメールアドレスから会社のドメインがわかり、Professional Edition では{ -profile }にも入ります。実在するアドレスでなければなりません。
why-login-required = { -app-provider }はこの「{ -ui-login-id }」でサインインします。
why-login-format = Concur の「{ -ui-login-id }」はメールアドレスの形（name@domain）です。
why-login-chars = Concur はこれらの文字を受け付けません。見えない文字があると誰も入力できない「{ -ui-login-id }」になります。
why-login-length = これより長い「{ -ui-login-id }」は Concur で切り詰められるか拒否されます。
why-login-wsadmin = 「{ -ui-login-id }」の WSAdmin は、このアカウントが人ではなくサービス用{ -profile }であることを示します。
why-login-app = 「{ -ui-login-id }」にアプリ名があれば、複数のアプリを有効にしたときにそれぞれの { -ws-admin } を見分けられます。
why-login-personal = 実在の人物のアカウントを使うと、その人が退職したときにアプリが動かなくなります。
why-login-domain = 会社のドメイン外の「{ -ui-login-id }」は、他人や提供元のものと取り違えやすくなります。
why-first-required = Concur ではすべてのユーザーに名が必要です。
why-first-chars = 名前の前後の空白や見えない文字があると、{ -profile }を見つけたり見分けたりしにくくなります。
why-first-prefix = WSAdmin の接頭辞があると、後から{ -profile }を見つけて識別しやすくなります。
why-first-admin = 名は、どの実在の管理者がアプリを承認したかを記録します。
why-first-length = Concur はこれより長い名を受け付けません。
why-last-required = Concur ではすべてのユーザーに姓が必要です。
why-last-chars = 名前の前後の空白や見えない文字があると、{ -profile }を見つけたり見分けたりしにくくなります。
why-last-admin = 姓は、どの実在の管理者がアプリを承認したかを記録します。
why-last-length = Concur はこれより長い姓を受け付けません。
why-email-required = Professional Edition では、承認する管理者の実際のメールアドレスを{ -profile }に入れます。
why-email-format = Concur は配信できないメールアドレスを受け付けません。
why-email-admin = Professional Edition では、{ -profile }に承認する管理者の実際のメールアドレスが必要です。
why-perm-admin = Web サービス管理者のロールがないとアプリを有効にできません。Concur で「{ -ui-connect }」がグレー表示になります。
why-perm-access = アプリが見られるのは、{ -profile }がロールを持つデータだけです。ロールが欠けるとそのデータは見られません。
why-perm-unneeded = アプリに不要なデータのロールは、求められた以上の権限を与えます。
why-perm-unknown = エディションの画面にはそのエディションの権限しかなく、それ以外にはチェックを入れられません。
why-perm-duplicate = 2 回書かれた権限も Concur の画面ではチェックは 1 回です。一覧が{ -profile }の実際の権限を表さなくなります。
why-company-uuid-format = 提供元はトークンを「{ -ui-company-uuid }」と一緒に交換します。誤っていると交換に失敗します。
why-token-required = トークンは提供元が会社へのアクセス権と交換するものです。これがなければ引き渡すものがありません。
why-token-paste = コピーしたトークンに空白、改行、飾り記号（“ ” など）が入ることはありません。入っていると交換に失敗します。
why-token-future = 有効期限は生成時刻から数えます。未来の時刻だと、実際より長く有効に見えてしまいます。
why-token-expired = Concur はリクエストトークンを生成から 24 時間後に拒否します。提供元は使えません。
why-token-expiring = 提供元は期限切れ前にトークンを交換する必要があります。残りが数時間なら、翌日に読まれるパケットは役に立ちません。
why-password-weak = 会社の経費・出張・請求書データを読める{ -profile }を守るのは、パスワードだけです。
why-password-personal = { -profile }自身の名前から作ったパスワードは、攻撃者が最初に試すものです。
why-passphrase-weak = 封印済みパケットを持つ人は、オフラインでいくらでもパスフレーズを試せます。長く推測できないものだけがパスワードを守ります。
why-passphrase-words = パスフレーズは電話で提供元に読み上げるものです。文字の羅列や同じ単語の繰り返しではなく、いくつかの単語で作ります。
why-passphrase-known = 有名な文句はどのパスワード解析リストにも載っており、長くても真っ先に試されます。
why-passphrase-personal = { -profile }自身の名前（アプリ、会社、管理者）は、パケットを手にした攻撃者が最初に試す単語です。
why-password-policy = Concur は会社のサインインポリシーに反するパスワードを受け付けません。

## プロファイルの指摘事項と修正

subject-problem = { $subject }: { $problem }
subj-login-id = 「{ -ui-login-id }」
subj-first-name = 名
subj-last-name = 姓
subj-email = メールアドレス
subj-admin-first-name = 承認する管理者の名
subj-admin-last-name = 承認する管理者の姓
subj-admin-email = 承認する管理者のメールアドレス
subj-company-domain = 会社のドメイン { $domain }
required = この項目は必須です
use-value = { $value } を使ってください
not-uuid-secret = 「{ $what }」が UUID ではありません。入力内容はトークンかパスワードのようです（ここには表示しません）。正しい場所に移してください
not-uuid = 「{ $what }」{ $value } は UUID ではありません
too-long = { $subject }が { $length } 文字あります。Concur で使えるのは最大 { $max } 文字です
pred-contains = { $char } が含まれています
pred-spaces-around = 前後に空白があります
pred-longer-than = { $max } 文字を超えています
char-space = 空白
char-invisible = 見えない文字（{ $code }）
char-forbidden = Concur で使えない { $char }
addr-no-at = @ がありません。name@company.com の形にしてください
addr-many-at = @ が { $count } 個あります。ちょうど 1 個にしてください
addr-nothing-before-at = @ の前に何もありません
addr-local-dots = @ の前の部分の先頭か末尾に点があるか、点が 2 つ続いています
addr-no-dot-domain = @ の後のドメインに点がありません
addr-empty-domain-part = ドメインに空の部分があります（先頭か末尾の点、または連続した点）
addr-hyphen = ドメインにハイフンで始まるか終わる部分があります
domain-empty = 空です
domain-space = 空白が含まれています
domain-at = @ が含まれています。@ より後ろだけを入力してください
domain-web = Web アドレスです。ドメインだけを入力してください
domain-ends-dot = 点で終わっています
domain-no-dot = 点がありません
domain-www = www. で始まっています。これは Web サイトの名前です。メールのドメインを入力してください
domain-bad-part = 空の部分、ハイフンで始まるか終わる部分、またはドメインに使えない文字を含む部分があります
fix-app-required = パートナーアプリ名を提供元の表記どおりに入力してください
app-name-holds = アプリ名に { $char } が含まれています
fix-app-name-again = アプリ名を提供元の表記どおりに入力し直してください
app-id-missing = アプリの「{ -ui-app-id }」がありません
fix-app-id-ask = { -app-provider }に「{ -ui-app-id }」を確認してください（例: 0f8e6c2a-5b1d-4e7f-9a3c-2d4b6e8f0a1c のような UUID）
fix-app-id-copy = 提供元から「{ -ui-app-id }」をもう一度コピーしてください。8-4-4-4-12 桁の 16 進数です（例: 0f8e6c2a-5b1d-4e7f-9a3c-2d4b6e8f0a1c）
data-center-not-chosen = 会社の Concur データセンターが選ばれていません
fix-data-center = Concur にサインインするアドレスを確認してください。us. または www. は US、eu1. または emea. は EMEA です。不明なら Concur に確認してください
no-token-page = { $center } データセンターでは「{ -ui-company-request-token }」のページを使えません
fix-no-token-page = SAP Concur の「{ -ui-client-web-services }」に連絡してトークンを生成してもらってください
no-data = アプリのデータが選ばれていません
fix-no-data = { -app-provider }の指示に従って Expense、Travel、Invoice にチェックを入れてください
fix-domain = 会社のメールアドレスのドメインだけを入力してください（例: acme.com）
admin-first-missing = 承認する管理者の名がありません
admin-last-missing = 承認する管理者の姓がありません
admin-email-missing = 承認する管理者のメールアドレスがありません
fix-admin-first = アプリを承認する実在の管理者の名を入力してください
fix-admin-last = アプリを承認する実在の管理者の姓を入力してください
fix-admin-email = アプリを承認する実在の管理者のメールアドレスを入力してください
fix-admin-first-mononym = アプリを承認する実在の管理者の名を入力してください。{ $name } が唯一の名前でも Concur には姓と名の両方が必要です。両方に同じ名前を入れるのが一般的です
fix-admin-last-mononym = アプリを承認する実在の管理者の姓を入力してください。{ $name } が唯一の名前でも Concur には姓と名の両方が必要です。両方に同じ名前を入れるのが一般的です
role-unconfirmed = ご自身のアカウントにロール{ $role }があることが確認されていません
fix-role-unconfirmed = ご自身のユーザーのロール（{ $menu }）を確認してからチェックを入れてください。ロールがない場合は Concur 管理者に依頼してください
fix-spaces-around = 前後の空白を削除してください: { $value }
fix-email-alias = 実在のアドレスですが、Concur は保存するメールアドレスにこの文字を受け付けません。同じメールボックスでこの文字を含まない別のアドレス（例: { $alias }）を使ってください。ない場合はメール管理者にそのようなエイリアスを依頼してください
fix-admin-own-address = 管理者自身のアドレスを入力してください（例: john.smith@acme.com）
login-empty = 「{ -ui-login-id }」が空です
fix-login-use-scheme = WSAdmin-<App>@<貴社のドメイン> を使ってください
fix-login-shape = name@会社のドメイン の形で書いてください
fix-only-allowed-chars = 英字、数字、@ と . _ - だけを使ってください
fix-remove-it = 削除してください: { $value }
fix-login-shorten = WSAdmin とアプリ名を残して短くしてください
login-no-wsadmin = 「{ -ui-login-id }」の @ より前に WSAdmin がありません
fix-login-start = WSAdmin- で始めてください
login-no-app = 「{ -ui-login-id }」にアプリ { $app } の名前がありません
login-app-cut = { $message }（全体は { $max } 文字に収まらないので、先頭の { $room } 文字 { $part } で十分です）
fix-login-app = WSAdmin- の後にアプリ名を入れてください
login-id-taken = 「{ -ui-login-id }」は既に使われています。既知のユーザーに含まれており、「{ -ui-login-id }」は Concur 全体で一意です
fix-login-qualifier = @ の前に WSAdmin-<App>-<Company>@<domain> のような識別子を加えてください
login-is-admin-email = 「{ -ui-login-id }」が承認する管理者自身のメールアドレスです。{ -profile }は個人のものではなく専用のものにしてください
login-is-admin-login = 「{ -ui-login-id }」が承認する管理者自身の「{ -ui-login-id }」です。{ -profile }は個人のものではなく専用のものにしてください
login-is-known-user = 「{ -ui-login-id }」が既知の実在ユーザーのものです。{ -profile }は個人のものではなく専用のものにしてください
fix-login-new-user = WSAdmin-<App>@<domain> という新しいユーザーを作成してください
login-other-domain = 「{ -ui-login-id }」のドメイン { $domain } は会社のドメイン { $company } ではありません
login-other-domain-from-email = 「{ -ui-login-id }」のドメイン { $domain } は会社のドメイン { $company }（管理者のメールアドレスより）ではありません
fix-login-domain = 「{ -ui-login-id }」の末尾を会社のドメインにしてください
login-fix-ascii = { $fix }（{ $typed } を DNS が ASCII 文字で表した { $ascii }。「{ -ui-login-id }」ではこちらを使います）
first-empty = 名が空です
fix-first-use = WSADMIN_ と承認する管理者の名を使ってください
first-no-prefix = 名が WSAdmin で始まっていません
fix-first-prefix = 管理者の名の前に WSADMIN_ を付けてください
first-should-be-admins = 名は WSAdmin の後に管理者の名 { $name } にしてください
fix-first-write = WSADMIN_ と管理者の名を書いてください
first-should-be = 名は { $prefix } の後に { $expected } にしてください
expected-first = 管理者の名 { $name }
expected-last = 管理者の姓 { $name }
expected-cut = { $whole }（{ $max } 文字に収まらないため、{ $part } のような先頭部分でも可）
fix-first-shorten = 短くしてください。WSADMIN_ と管理者の名の先頭部分で十分です
last-empty = 姓が空です
fix-last-use-authorizing = 承認する管理者の姓を使ってください
last-should-be = 姓は { $expected } にしてください
fix-last-use = 管理者の姓を使ってください
fix-last-shorten = 単語の区切りを保って 32 文字に短くしてください
email-needed = Professional Edition では{ -profile }にメールアドレスが必要です
fix-email-use-admin = 承認する管理者のメールアドレスを使ってください
fix-email-valid = name@company.com のような有効なアドレスを入力してください
email-should-be-admins = メールアドレスは承認する管理者のもの（{ $email }）にしてください
profile-lacks = { -profile }に { $role } がありません
fix-tick = { $role } にチェックを入れてください
data-role-missing = アプリには { $data } のデータが必要ですが、{ -profile }に { $role } がありません
role-unneeded = { $role } はアプリに不要な { $data } のデータへの権限を与えます
fix-untick = { $role } のチェックを外すか、必要なデータで { $data } にチェックを入れてください
fix-other-edition-label = { $role } は { $other } の表記です。{ $edition } では { $equivalent } です
fix-remove-listing = 削除してください。{ $edition } にあるのは { $roles } です
not-a-permission = { $role } は { $edition } の権限ではありません
listed-twice = { $role } が複数回書かれています
fix-keep-one = 1 つずつ残してください
fix-name-again = 前後に空白を入れずに名前を入力し直してください

## The command line

cli-ready-ws = Concur で作成できます。
cli-ready-token = 「{ -ui-company-request-token }」を生成できます。
cli-error = エラー
cli-warning = 警告
cli-fix = 修正:
cli-files-summary = { $files } ファイル: 問題なし { $clean }、エラーあり { $errors }、使用不可 { $unusable }
fix-by-hand = 手動で修正してください。プロファイルから導ける値はどれもここのすべてのルールを満たしません

## The handoff: the provider's side

handoff-title = 認証情報の引き渡し
handoff-memory-only = パスワード、パスフレーズ、鍵はこのページのメモリ内にだけあり、保存・エクスポート・送信されることはありません。
clear-secrets = 秘密情報を消去
secrets-cleared = このページから秘密情報を消去しました
provider-side-title = { -app-provider }側: 認証情報を受け取る
make-a-key = 1. 鍵を作成する
key-hint = 鍵ファイルは秘密にし、公開鍵（またはリンク）を顧客の管理者に送ってください。
generate-key = 鍵を生成してダウンロード
your-public-key = あなたの公開鍵
fingerprint-hint = 管理者に聞かれたら読み上げるフィンガープリント:
copy-public-key = 公開鍵をコピー
copy-client-link = 顧客向けリンクをコピー
open-a-packet = 2. パケットを開く
packet-label = パケット（貼り付けるか .age ファイルを選択）
choose-packet-file = パケットファイルを選択
your-key-file = あなたの鍵ファイル
key-loaded-from = { $name } から鍵を読み込みました
or-passphrase = またはパスフレーズ
open-packet = パケットを開く
hide = 隠す
reveal = 表示

## The page's notices

copy-of-a-draft = これはあなたの下書きのコピーです。更新するかどうかを下で選んでください。
opened-shared = 共有チェックリストを新しい下書きとして開きました。
imported-as-draft = { $name } を新しい下書きとしてインポートしました。
already-here = { $title } は、このコピーの内容をすべて含んだ状態ですでにここにあります。
provider-file-too-large = { $name } はパケットや鍵ファイルとしては大きすぎます
not-our-link = wsadmin-prep のリンクではありません（#checklist= も #recipient= もありません）。下書きは変更されていません。
eviction-notice = このブラウザーは、7 日間アクセスがないとここに保存した下書きを削除することがあります（ホーム画面に追加していない Safari など）。必要な下書きはファイルとして保存してください:
export-this-draft = この下書きをエクスポート
saving-refused = 下書きが保存されていません。ブラウザーが保存を拒否しました（ストレージが満杯か無効です）。以前に保存したものは消えません。エクスポートでこの下書きをファイルとして保存してください。
saving-unavailable = このブラウザーではページに下書きを残せません。このタブを閉じるまでしか残りません。エクスポートで下書きをファイルとして保存してください。
reload = 再読み込み
update-ready = wsadmin-prep の新しいバージョンの準備ができました。下書きはそのまま残ります。
newer-saves = 新しいバージョンの wsadmin-prep で保存された下書きが { $count } 件あります。このバージョンでは変更しません。再読み込みすると新しいバージョンで開けます。
copy-changes = これは下書き { $title } のコピーです。変更点:
update-the-draft = 下書きを更新
keep-both = 両方残す
conflict-changed = ここで編集している間に、この下書きが別のタブかウィンドウで変更されました。
load-newer = 新しいほうを読み込む
conflict-deleted = ここで編集している間に、この下書きが別のタブかウィンドウで削除されました。
close-it-here = ここで閉じる
conflict-newer-version = 別のタブかウィンドウで開いている新しいバージョンの wsadmin-prep が、この下書きを変更しました。
close-it-here-reload = ここで閉じる（開くには再読み込み）
not-saved-until-choice = 選ぶまで、ここでの変更は保存されません。
keep-mine = 自分のものを別の下書きとして残す
link-made-in = このチェックリストは { $language } で共有されました。このページの表示言語:

## The handoff: the admin's side

admin-side-token = あなたの側: { -app-provider }向けに「{ -ui-company-uuid }」とトークンを封印する
admin-side-ws = あなたの側: { -app-provider }向けに「{ -ui-login-id }」とパスワードを封印する
sealing-waits = { -profile }にエラーが { $errors } 件あります。修正されるまで封印できません。
sealing-waits-token = アプリ名、「{ -ui-app-id }」、データセンターに関するエラーが{ -profile }に { $errors } 件あります。修正されるまで封印できません。
legend-password = パスワード
ws-admin-password = { -ws-admin } のパスワード
password-hint = ここと Concur に入力してください。保存されることはありません。下で生成できます。
show = 表示
checking = 確認中…
password-strength = パスワードの強度
strength-of-4 = 強度 { $score }/4
strength-first-100 = （先頭 100 文字）
generate-a-password = パスワードを生成
length-characters = 長さ: { $length } 文字
symbols = 記号
no-lookalikes = 紛らわしい文字なし（0/O、1/l）
words-instead = 代わりに単語（6 語）
generate = 生成
company-policy = 会社のパスワードポリシー（{ -profile }と一緒に保存）
minimum-length = 最小文字数
upper-case = 大文字
lower-case = 小文字
digit = 数字
symbol = 記号
seal-for-provider = { -app-provider }向けに封印する
seal-to = 封印先
seal-to-key = 提供元の公開鍵（推奨）
seal-to-passphrase = 電話で伝えるパスフレーズ
providers-public-key = 提供元の公開鍵
key-from-link = 開いたリンクから入力されました。リンクは偽造できるので、封印する前に提供元と鍵を確認してください。
key-typed = age1 で始まります。提供元がこのページの提供元側で作成します。
no-key-link = まだ鍵がない場合は、提供元にこのリンクを送ってください。そこで鍵を作成できます:
no-key-file = まだ鍵がない場合は、このアプリの単一ファイルを提供元に送ってください。提供元はそれを開いて「アプリ提供元の方はこちら」を選びます。
key-fingerprint = フィンガープリント（鍵の末尾付近の 20 文字）:
confirm-key = この鍵を提供元と確認しました（同じフィンガープリントを読み上げてもらいました）
other-key-offered = 開いたリンクには別の鍵が含まれています。フィンガープリント
yours-is-kept = 。選ばない限り、あなたの鍵はそのままです。
use-links-key = リンクの鍵を使う
keep-my-key = 自分の鍵を残す
hide-passphrase = パスフレーズを隠す
show-passphrase = パスフレーズを表示
passphrase-again = パスフレーズ（確認）
generate-passphrase = パスフレーズを生成
tell-by-phone = パケットを送るメッセージには書かず、電話で提供元に伝えてください。
copy-passphrase = パスフレーズをコピー
logged-in-once = この認証情報で一度ログインしました（アカウントは有効化済み）
note-for-provider = 提供元へのメモ（任意）
sealing = 封印中…
seal-packet = パケットを封印
sealed-packet = 封印済みパケット: どの経路で送っても構いません
download-age = .age をダウンロード
copy-packet = パケットをコピー
packet-taken-tick = パケットを受け取りました。チェックリストの { $step } を今すぐ完了にしますか?
tick-it = 完了にする
token-dialog-showed = Concur のダイアログに表示された内容
token-dialog-hint = { $menu } でトークンを生成し、ダイアログを閉じる前に両方の値をここにコピーしてください。値はこのページのメモリ内にだけ保持されます。
token-generated-when = トークンの生成日時（あなたの時刻）
token-generated-hint = トークンを貼り付けた時刻が入ります。もっと前に生成した場合は変更してください。

## What keeps a packet from being sealed

blocker-profile-errors = { -profile }にエラーが { $count } 件あります。先に修正してください
blocker-no-password = { -ws-admin } のパスワードを入力してください
blocker-password-unchecked = パスワードを確認中です
blocker-password-rules = パスワードが { $rules } に違反しています。先にパスワードの指摘事項を修正してください
blocker-no-recipient = 提供元の公開鍵（age1…）を入力してください
blocker-passphrase-short = パスフレーズは { $chars } 文字です。{ $min } 文字以上必要です
blocker-passphrases-differ = 2 つのパスフレーズが一致しません
blocker-passphrase-unchecked = パスフレーズを確認中です
blocker-passphrase-rules = パスフレーズが { $rules } に違反しています。生成するか、提供元の鍵で封印してください
blocker-key-not-confirmed = 先に提供元と鍵を確認してください。提供元が読み上げたフィンガープリントが一致すること
blocker-note-too-long = メモが { $chars } 文字あります。メモは最大 { $max } 文字です
blocker-token-rules = トークンの値が { $rules } に違反しています。先にトークンの指摘事項を修正してください
blocker-not-activated = 先にこの認証情報で Concur に一度ログインし、チェックを入れてください。その際に新しいパスワードを求められたら、その新しいパスワードを封印します

## The password's and the passphrase's findings

pw-weak = パスワードが推測されやすい状態です（強度 { $score }/4）
pw-use-generator = 生成機能を使うか、互いに関係のない 4 語以上を使ってください
pw-contains = パスワードに{ $what }が含まれています
pw-nothing-personal = { -profile }の内容を含まないパスワードを使ってください
pp-weak = パスフレーズがオフラインで推測されやすすぎます（約 { $bits } ビット。{ $min } ビット以上必要です）
pp-generate-or-key = 生成する（ランダムな 6 語以上）か、代わりに提供元の鍵で封印してください
pp-few-words = パスフレーズに含まれる 3 文字以上の異なる単語は { $words } 語です。{ $min } 語以上必要です
pp-generate = 生成してください（ランダムな 6 語以上）
pp-well-known = パスフレーズに有名な文句が含まれています（{ $source }）
pp-contains = パスフレーズに{ $what }が含まれています
pp-nothing-personal = { -profile }の内容を含まないパスフレーズを使ってください。生成できます
pw-breaks-policy = パスワードが会社のポリシーに違反しています: { $shortfalls }
pw-meet-policy = ポリシーを満たすものを生成してください
personal-login-id = 「{ -ui-login-id }」
personal-admin-first = 管理者の名
personal-admin-last = 管理者の姓
personal-app = アプリ名
personal-domain = 会社のドメイン
policy-too-short = { $length } 文字です。ポリシーでは { $min } 文字以上必要です
policy-too-long = { $length } 文字です。Concur で使えるのは最大 { $max } 文字です
policy-no-upper = 大文字がありません
policy-no-lower = 小文字がありません
policy-no-digit = 数字がありません
policy-no-symbol = 記号がありません

## The token's times and findings

span-under-minute = 1 分未満
span-min = { $m } 分
span-h = { $h } 時間
span-h-min = { $h } 時間 { $m } 分
time-left = 残り { $span }
time-expiring = 残り { $span }。今すぐ接続するか、管理者に新しいトークンを依頼してください
time-expired = { $span } 前に期限切れ。管理者が新しいトークンを生成し（{ $menu }）、封印し直す必要があります
token-has = トークン: { $time }。
token-do-not-use = このトークンは使わないでください: { $problem }。
token-expires-at = 有効期限 { $at }（あなたの時刻）: { $time }。
uuid-missing = 「{ -ui-company-uuid }」がありません
fix-uuid-copy = トークンを表示したダイアログから「{ -ui-company-uuid }」をコピーしてください
fix-uuid-again = ダイアログから「{ -ui-company-uuid }」をもう一度コピーしてください（8-4-4-4-12 桁の 16 進数）
token-missing = 「{ -ui-company-request-token }」がありません
fix-token-paste = ダイアログからトークンを貼り付けてください。閉じてしまった場合は新しく生成してください（{ $menu }）
token-too-long = トークンが { $length } 文字あり、リクエストトークンにしては長すぎます。別のものが貼り付けられています
fix-token-alone = ダイアログからトークンだけをコピーしてください
token-line-breaks = トークンの中か前後に改行があります。コピーしたトークンに改行が入ることはありません
token-spaces = トークンの中か前後に空白があります。コピーしたトークンに空白が入ることはありません
fix-remove-whitespace = 空白と改行を削除してください
token-odd-char = トークンに文字 { $code } が含まれています。コピーしたトークンには含まれない文字です
fix-token-again = ダイアログからトークンをもう一度、ワープロなどを経由せずこの欄に直接コピーしてください
token-future = 生成日時 { $at } が { $span } 先の未来になっています
fix-token-future = トークンが生成された日時（ダイアログに表示された時刻）を入力し、このコンピューターの時計を確認してください
token-expired = トークンは { $span } 前（{ $at }）に期限切れになりました
fix-token-expired = 同じ「{ -ui-app-id }」で新しいトークンを生成し（{ $menu }）、それを封印してください
token-expiring = トークンは { $span } 後（{ $at }）に期限切れになります
fix-token-expiring = 今すぐ送って期限までに接続するよう提供元に伝えるか、同じ「{ -ui-app-id }」で新しいトークンを生成してください

## Drafts: greetings, titles, notices

welcome-fill-then-suggest = { $fields } を入力してください。その後「候補を入力」で { -ws-admin } ユーザーの項目が入力されます。
welcome-fill = { $fields } を入力してください。
welcome-suggest = 「候補を入力」を選ぶと { -ws-admin } ユーザーの項目が入力されます。
welcome-all-filled = すべて入力済みです。チェックリストの各ステップを終えるたびにチェックを入れてください。
app-id-from-link = 開いたリンクから入力されました。トークンを生成する前に{ -app-provider }に確認してください。
untitled-profile = 無題の{ -profile }
switched-edition = { $edition } に切り替え、ロールをその表記に変更しました: { $pairs }。
fill-suggestions-needs = 「候補を入力」は { $fields } から { -ws-admin } ユーザーの項目を作ります。先に入力してください（{ $count } 項目）。
nothing-to-suggest-token = この手順では候補はありません。「{ -ui-company-request-token }」には命名規則がないためです。「候補を入力」は貼り付けた「{ -ui-app-id }」を直すだけです。
change-kept-yours = { $field }: あなたの値を保持（コピーの値は { $there }）
change-note = { $step }: メモ

## Links that cannot be opened

link-not-checklist = このリンクにはチェックリストが含まれていません
link-newer-version = このリンクは新しいバージョンの wsadmin-prep で作成されています（リンク形式 { $version }）。送信者に JSON エクスポートを依頼してください
link-damaged = このリンクは壊れています（{ $reason }）。コピーの際に途中で切れた可能性があります
link-not-opened = リンクを開けませんでした: { $error }。下書きは変更されていません。
provider-link-not-used = 提供元のリンクは使われませんでした: { $error }。
open-link-placeholder = https://…#checklist=… または #recipient=…

## 使えないファイル・保存データ・リンク（後に引用するパーサー自身の理由は、その言葉のまま）

json-at = { $line } 行 { $column } 列: { $reason }
json-not-object = JSON オブジェクトである必要があります
json-unknown-schema = 不明なスキーマ { $found }。このバージョンが読めるのは { $expected } です
json-missing-schema = "schema" がありません: { $expected }
json-key-not-string = キーが JSON 文字列ではありません
json-key-twice = キー { $key } が 2 回指定されています
json-too-many-keys = オブジェクトのキーが { $max } 個を超えています。wsadmin-prep のファイルにそのようなものはありません
checklist-file-profile = その{ -profile }: { $error }
checklist-file-unknown-step = このチェックリストにないステップ { $id } が含まれています
import-not-checklist = 使用できるチェックリストではありません: { $error }
import-not-profile = { -profile }ファイルではありません: { $error }
import-markdown = これは閲覧・印刷用の Markdown チェックリストです。代わりにチェックリストの JSON エクスポート（JSON をダウンロード）をインポートしてください
import-too-large = { $name } は { $whole }.{ $tenth } MB あります。{ -profile }ファイルは数百バイトなので、これは{ -profile }ファイルではありません（上限 1 MB）
import-unreadable = { $name } を読み込めませんでした: { $error }
import-unusable = { $name }: { $error }
draft-unchanged = { $problem }。開いている下書きは変更されていません。
restore-newer = 新しいバージョンの wsadmin-prep で保存されています（{ $schema }）
restore-damaged = 壊れています（{ $error }）
draft-set-aside = 保存された下書きを開けませんでした: { $error }。このブラウザーのストレージに { $key } として別に保管してあります。
draft-left-as-is = 保存された下書きを開けませんでした: { $error }。ストレージがいっぱいで別に保管できないため、そのままにしてあります。
legacy-not-moved = 以前のバージョンで保存された下書きの一部を新しい保存形式に移せませんでした（ストレージがいっぱいです）。下書きはここで開いており、以前の保存データはそのまま残してあります。
recipient-link-not-key = リンクの鍵が age の公開鍵（age1…）ではありません。提供元に鍵そのものを依頼してください
link-not-base64 = 有効な base64url ではありません
link-not-deflate = データを展開できません
link-not-checklist-data = データがチェックリストではありません: { $error }
no-compression = このブラウザーはリンクを圧縮できません（CompressionStream がありません）
language-file-missing = { $language } の言語ファイルを読み込めませんでした（一度も取得しないうちにオフラインになりましたか？）。ページは { $current } のままです。
language-file-unusable = { $language } の言語ファイルは使用できません: { $error }。ページを再読み込みして最新のものを取得してください。
pack-damaged = 言語ファイルが壊れています
pack-other-build = 言語ファイルが別のバージョンのアプリのものです
local-file-notice = ファイルから開いています。ここでファイルから開いた他のウェブページも、このページの下書きを読めます（パスワードは決して含まれません）。
worker-stopped = パスワードを確認・封印するバックグラウンド処理が停止しました（メモリ不足の可能性があります）。もう一度お試しください
worker-unreadable-message = バックグラウンド処理がメッセージを読めませんでした。もう一度お試しください
worker-cannot-start = このブラウザーでは、パスワードを確認・封印するバックグラウンド処理を開始できません
worker-request-stopped = バックグラウンド処理が応答する前に要求が停止されました。もう一度お試しください。
worker-bad-request = バックグラウンド処理が要求を読めませんでした: { $error }

## チェックリストの共有リンク、コピー

share-opens-elsewhere = このリンクが開くのは { $host } で、このページのアドレスではありません。このコンピューターで設定されたものです。
share-trust-host = { $host } は当社が wsadmin-prep を置いている場所です
share-base-label = リンクが開く wsadmin-prep のアドレス
share-base-hint = 会社が wsadmin-prep を別の場所に置いている場合は、そのアドレスに変更してください。
share-base-none = このコピーにはウェブアドレスがないため、リンクは # 以降の部分だけです。受け取った人はそれを「共有リンクを開く」に貼り付けます。完全なリンクにするには、会社が wsadmin-prep を置いている場所（https://…）を入力してください。
in-concur = Concur での場所:
concur-label-here = （Concur の日本語表示では「{ $label }」）
quoted = 「{ $label }」
token-pasted-expires = 貼り付けたトークンの有効期限: { $at }。
value-copied = { $what }をコピーしました
copied-public-key = 公開鍵
copied-link = リンク
copied-passphrase = パスフレーズ
copied-packet = パケット
copied-password = 「{ -ui-password }」
copied-provider-link = 提供元のリンク

## パケットの封印と開封

not-sealed = 封印されていません: { $reasons }。
seal-checked-key = 確認済み: { $recipient } 宛てに封印しました。対応する ID でのみ開けます。
seal-checked-passphrase = 確認済み: パスフレーズで開き直し、内容が一致しました。
packet-not-age = age で封印されたパケットではありません（{ $reason }）
packet-too-large = { $kib } KB 以上あり、{ -handoff-packet }としては大きすぎます（実際のパケットは数 KB です）。開きませんでした
packet-post-quantum = このパケットは age の耐量子鍵（age1pq1…）宛てに封印されており、このバージョンではまだ使えません。X25519 鍵（age1…）宛てかパスフレーズで封印し直すよう依頼してください
packet-wrong-key = このパケットは別の鍵宛てに封印されています。管理者に公開鍵を送った鍵ファイルを選んでください
packet-wrong-passphrase = このパスフレーズではパケットを開けません。封印した人に確認してください
packet-sealed-to-key = このパケットは公開鍵宛てに封印されています。対応する ID ファイルで開いてください
packet-sealed-to-passphrase = このパケットはパスフレーズで封印されています。パスフレーズで開いてください
packet-altered = このパケットは封印後に切り詰められたか改変されています。もう一度送ってもらってください
packet-excessive-work = このパケットは scrypt の作業係数 { $factor } を要求しています。実際のパケットに必要な { $max } を超えるため、拒否しました
packet-not-handoff = パケットは開けましたが、内容が{ -handoff-packet }ではありません: { $reason }
packet-armor-damaged = ASCII アーマーが壊れています: { $error }
packet-unknown-version = 不明な age のバージョンです
packet-header-unreadable = ヘッダーを読めません。途中で切れている可能性があります
packet-stanza-unfinished = ヘッダーのセクションに最後の短い行がありません
packet-not-json = JSON ではありません
packet-no-schema = スキーマがありません
packet-holds-token = 中身は「{ -ui-company-request-token }」で、{ -ws-admin } ユーザーの認証情報ではありません
key-empty = 提供元の公開鍵が空です
key-post-quantum = 提供元の公開鍵は age の耐量子鍵（age1pq1…）で、このバージョンではまだ使えません。X25519 鍵（age1…）を依頼してください
key-bad-start = 提供元の公開鍵は age1 で始まる必要があります（この鍵は { $start } で始まっています）
key-invalid = 提供元の公開鍵は有効な age の X25519 鍵ではありません。すべてコピーされているか確認してください
identity-no-key = ID ファイルに鍵がありません
identity-post-quantum = ID ファイルの鍵は age の耐量子鍵（AGE-SECRET-KEY-PQ-1…）で、このバージョンではまだ使えません
identity-not-x25519 = ID ファイルに age の X25519 秘密鍵（AGE-SECRET-KEY-1…）がありません
token-times-unreadable = 生成日時または有効期限が RFC 3339 の日時ではありません
token-times-disagree = 日時が矛盾しています（生成 { $generated }、有効期限 { $expires }）。トークンの有効期間は 24 時間です
token-times-future = トークンの生成日時が { $generated } となっており、この時計ではまだ先の日時です

## 開いたパケットの項目（Concur 自身の項目名は Concur の表示どおり）

opened-app = アプリ
opened-company = 会社
opened-edition = エディション
opened-activated = 有効化
opened-activated-yes = 済み
opened-activated-not-yet = まだです。管理者が先に一度ログインする必要があります
opened-company-domain = 会社のドメイン
opened-sealed-at = 封印日時
opened-note = メモ
opened-data-centre = データセンター
opened-generated-at = 生成日時
opened-expires-at = 有効期限
opened-time-left = 残り時間

## コマンドラインのエラー

pair = { $first }: { $second }
cli-cannot-use = { $path } を使用できません
cli-cannot-read = { $path } を読み込めません
cli-cannot-write = { $path } に書き込めません
cli-cannot-open = 開けません
cli-cannot-open-path = { $path } を開けません
cli-cannot-seal = 封印できません
cli-not-sealed = 封印しませんでした
cli-cannot-make-checklist = チェックリストを作成できません
cli-helpdesk-is-for-ws = --helpdesk は { -ws-admin } ユーザー用です
cli-app-center-is-for-token = --app-center は「{ -ui-company-request-token }」の経路用です
cli-no-such-route = { $connection } の{ -profile }にはその経路がありません: { $route }
cli-give-identity = --identity か --passphrase-file を指定してください
cli-give-recipient = --to か --passphrase-file を指定してください
cli-give-uuid = --company-uuid か --company-uuid-file を指定してください
cli-give-generated-at = --generated-at を指定してください。Concur のダイアログがトークンを表示した日時（2026-11-28T10:00:00Z のような RFC 3339 の日時）、またはたった今なら `now` です。提供元の 24 時間はそこから数えます
cli-generated-at-invalid = --generated-at { $text } は 2026-11-28T10:00:00Z や 2026-11-28T11:00:00+01:00 のような RFC 3339 の日時ではありません
cli-files-unusable = { $total } 個中 { $count } 個のファイルを使用できません（上記のとおり）
cli-the-token-in = { $path } のトークン
cli-output-failed = 出力を書き込めません: { $error }
cli-standard-output = 標準出力
cli-public-key = 公開鍵: { $key }
cli-fix-summary = { $path }: 修正前 { $before }、修正後 { $after }
cli-input-too-large = ファイルが { $mib } MiB を超えています。{ -profile }ファイルは数百バイトです
cli-the-password = パスワード
cli-the-token = トークン
cli-stdin-terminal = 標準入力が端末のため、入力中の{ $what }が画面に表示されてしまいます。代わりにパイプで渡してください。例: read -rs SECRET && printf '%s\n' "$SECRET" | wsadmin-prep …
cli-stdin-unreadable = 標準入力から{ $what }を読み込めません: { $error }
cli-stdin-empty = 標準入力が空です。{ $what }をパイプで渡してください
cli-passphrase-file-unreadable = パスフレーズファイル { $path } を読み込めません: { $error }
cli-passphrase-file-empty = パスフレーズファイル { $path } が空です
cli-secret-file-too-large = 64 KiB を超えています。鍵ファイルやパスフレーズファイルは数百バイトです
cli-secret-file-not-utf8 = UTF-8 のテキストではありません
cli-uuid-file-unreadable = 「{ -ui-company-uuid }」のファイル { $path } を読み込めません
cli-already-exists = すでに存在します。別の名前を選んでください。何も上書きしていません
cli-no-temporary-file = 出力先と同じ場所に一時ファイルを作成できません

## コマンドラインのヘルプ: 各コマンドの概要（オプションのヘルプと詳しい説明は英語のまま）

help-about = SAP Concur の「{ -ui-web-services-administrator }」（{ -ws-admin }）{ -profile }をオフラインで準備・確認します
help-lang = 人が読む出力の言語 [既定: LC_ALL、LC_MESSAGES、LANG の順、なければ英語]。JSON、ルール ID、Concur 自身のラベルは英語のままです
help-validate = { -profile }ファイルをすべてのルールで確認し、指摘と修正方法を表示します
help-fix = ウェブアプリの「候補を入力」と同じく、すべての候補を{ -profile }に適用します
help-checklist = { -profile }の有効化チェックリストを Markdown または JSON で表示します
help-keygen = 引き渡しパケットを受け取るための age の ID を生成します（提供元側）
help-seal = 「{ -ui-login-id }」とパスワード（stdin から読み込み）を { -app-provider }向けに age で封印します
help-seal-token = 「{ -ui-company-request-token }」（stdin から読み込み）とその「{ -ui-company-uuid }」を { -app-provider }向けに封印します
help-open = 引き渡しパケット（認証情報またはトークン）を開き、その項目を表示します（提供元側）

## パスワードに対する zxcvbn の指摘

zx-straight-rows = キーボードの一列に並んだキーは推測されやすいです。
zx-short-keyboard = 短いキーボードのパターンは推測されやすいです。
zx-repeats-aaa = 「aaa」のような繰り返しは推測されやすいです。
zx-repeats-abcabc = 「abcabcabc」のような繰り返しは「abc」よりわずかに推測しにくいだけです。
zx-top-10 = よく使われるパスワードの上位 10 件に入っています。
zx-top-100 = よく使われるパスワードの上位 100 件に入っています。
zx-common = 非常によく使われるパスワードです。
zx-similar-common = よく使われるパスワードに似ています。
zx-sequences = abc や 6543 のような連続は推測されやすいです。
zx-recent-years = 最近の年は推測されやすいです。
zx-word-alone = 単語ひとつだけでは推測されやすいです。
zx-dates = 日付は推測されやすいことが多いです。
zx-names-alone = 名前や名字だけでは推測されやすいです。
zx-common-names = よくある名前や名字は推測されやすいです。
zx-use-few-words = いくつかの単語を使い、よくある言い回しは避けてください。
zx-no-need-symbols = 記号、数字、大文字は必須ではありません。
zx-add-word = 単語をもう 1、2 個加えてください。珍しい単語ほど効果的です。
zx-capitalization = 大文字にしてもあまり効果はありません。
zx-all-uppercase = すべて大文字は、すべて小文字とほぼ同じくらい推測されやすいです。
zx-reversed = 単語を逆から書いても、あまり推測しにくくなりません。
zx-substitutions = 「a」の代わりに「@」のような予測しやすい置き換えは、あまり効果がありません。
zx-longer-keyboard = より長く、曲がり角の多いキーボードのパターンを使ってください。
zx-avoid-repeats = 単語や文字の繰り返しは避けてください。
zx-avoid-sequences = 連続した文字列は避けてください。
zx-avoid-recent-years = 最近の年は避けてください。
zx-avoid-your-years = あなたに関係のある年は避けてください。
zx-avoid-your-dates = あなたに関係のある日付や年は避けてください。
