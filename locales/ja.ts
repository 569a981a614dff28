import type { Messages } from './en';

/** 日本語の文言。AWS の日本語画面の表記(「確認Eメールの送信」など)に合わせています。 */
export const ja: Messages = {
  guideName: 'AWS MFA 復旧ガイド',
  regionLabel: 'AWS MFA 復旧ガイド',
  startTab: 'MFA デバイスをなくしましたか?ガイドを開く',
  dismissTab: 'この案内を閉じる',
  collapse: 'ガイドをたたむ',
  expand: 'ガイドを開く',
  dockLeft: '左に移動',
  dockRight: '右に移動',
  language: '言語',
  languageAuto: 'ブラウザの言語',
  startOver: '最初からやり直す',
  startOverDone: '進み具合を消去しました。',
  stagesLabel: '復旧の手順',
  stageCurrent: '(いまここ)',
  stageDone: '(完了)',
  stages: {
    'sign-in': 'サインイン',
    troubleshoot: 'MFA のトラブルシューティング',
    email: 'メールアドレスの確認',
    phone: '電話番号の確認',
    console: 'コンソールにサインイン',
    'replace-device': 'MFA デバイスの付け替え',
  },
  whereYouAre: 'いまの画面',
  doNow: 'いますること',
  clickThis: '押すボタン',
  highlighted: 'ページ上で枠を付けています',
  notHighlighted: '該当するボタンを 1 つに絞れないため、枠は付けていません',
  comesNext: '次の画面',
  warningsLabel: '注意',
  steps: {
    'signin-email': {
      title: 'サインイン:ユーザーの種類',
      action:
        '「ルートユーザー」を選び、アカウントのメールアドレスを入力します。別の要素によるサインインはルートユーザーだけが使えます。',
    },
    'security-check': {
      title: 'サインイン:セキュリティチェック',
      action: '画像の文字を入力して送信します。MFA の操作はまだありません。',
    },
    'signin-password': {
      title: 'サインイン:ルートユーザーのパスワード',
      action: 'ルートユーザーのパスワードを入力してサインインします。このあと MFA コードを求められます。',
    },
    'mfa-prompt': {
      title: 'サインイン:MFA コードの入力画面',
      action:
        'デバイスがないのでコードは入力できません。「送信」は押さずに、トラブルシューティングのリンクを選びます。登録済みの別の MFA デバイスが手元にあるなら「別の MFA 方法を試す」のほうが早く済みます。',
    },
    'mfa-troubleshoot': {
      title: '認証デバイスのトラブルシューティング',
      action:
        '「別の要素を使用したサインイン」を選びます。再同期が役に立つのは、デバイスがまだ動いている場合だけです。この先、アカウントのメールと電話の両方が必要です。',
    },
    'verify-email': {
      title: 'ステップ 1/3:メールアドレスの確認',
      action: '伏せ字で表示されたアドレスが受信できるものか確かめて、すぐに「確認Eメールの送信」を押してください。',
    },
    'email-sent': {
      title: 'ステップ 1/3:確認メールを送信済み',
      action:
        'recover-mfa-no-reply@verify.signin.aws(以前は no-reply-aws@amazon.com)から届く件名「AWS Email Verification」のメールを開き、このブラウザで「Verify your email address」を押します。見当たらなければ迷惑メールフォルダも確認してください。リンクは 1 回しか使えません。',
    },
    'verify-phone': {
      title: 'ステップ 2/3:電話番号の確認',
      action:
        '表示された末尾の番号が手元の電話のものか確かめて、すぐにボタンを押してください。「SMS text」を選べる場合は、そちらが簡単です。',
    },
    'phone-call': {
      title: 'ステップ 2/3:電話に出る',
      action:
        '電話に出てください。英語の音声に促されたら、この画面に表示されている 6 桁の数字を電話のキーパッドで入力します。音声が「Thank you」と言えば完了で、画面が先に進みます。',
    },
    'recovery-complete': {
      title: 'ステップ 3/3:サインイン',
      action:
        'メールと電話の確認が済みました。「コンソールにサインイン」を押し、続けてなくした MFA デバイスを付け替えます。',
    },
    'security-credentials': {
      title: 'なくした MFA デバイスの付け替え',
      action:
        '「多要素認証 (MFA)」で、まずなくしたデバイスを削除します(どの行かはご自身で確認してください)。次に「MFA デバイスの割り当て」で新しいデバイスを登録し、予備にもう 1 台登録しておきましょう。認証アプリに残った古い項目も削除し、盗まれた場合はルートユーザーのパスワードも変更してください。',
    },
    'iam-user': {
      title: 'IAM ユーザーのサインイン',
      action:
        '別の要素によるサインインはルートユーザー専用です。IAM ユーザーの場合は、AWS の管理者に MFA デバイスの削除を依頼してください(IAM → ユーザー → ご自身 → セキュリティ認証情報)。IAM ユーザーの MFA は AWS サポートでは外せません。ルートユーザーの方は「ルートユーザーの E メールを使用してサインイン」を選んでください。',
    },
    'phone-failed': {
      title: '電話番号の確認に失敗しました',
      action:
        'よくある原因は、アカウントの電話番号が国際形式(+81…、先頭の 0 を除く)になっていないことです。サインインできる管理者が「アカウント → 連絡先情報」で直すか、AWS サポートの「Lost or unusable MFA device」フォームから依頼してください。サインインから最初にやり直すこともできます。',
    },
    'email-link-expired': {
      title: 'メールのリンクの有効期限切れ',
      action:
        'このリンクは使用済みか、期限が切れています。サインインからやり直して新しいメールを受け取ってください。リンクは 1 回しか使えません。',
    },
    unknown: {
      title: 'この画面は認識できません',
      action:
        '知らない画面なので、どこにも枠を付けていません。この画面では AWS の案内に従ってください。知っている画面になれば、ガイドが再開します。',
    },
  },
  warnings: {
    'press-send-at-once':
      '画面が表示されたらすぐに「確認Eメールの送信」を押してください。待っているとエラーになります。',
    'press-call-at-once': '画面が表示されたらすぐに電話のボタンを押してください。待っているとエラーになります。',
    'email-link-countdown': 'メールのリンクは送信から約 15 分で使えなくなります。',
    'english-voice-keypad':
      '電話は英語の自動音声です。この画面に表示される 6 桁の数字を、電話のキーパッドで入力するよう求められます。',
    'international-phone-format':
      'アカウントの電話番号は国際形式で登録されている必要があります。IP 電話では着信しないことがあります。',
    'iam-users-cannot-recover':
      'IAM ユーザーは別の要素によるサインインを使えません。使えるのはルートユーザーだけです。',
  },
  countdownLeft: (time: string) => `メールのリンクの残り時間:${time}`,
  countdownExpired:
    'メールのリンクは期限切れの可能性があります。サインインからやり直して、新しいメールを受け取ってください。',
};
