/**
 * The wording of the simulated AWS pages, as data: AWS's own labels per generation and language,
 * copied from the fixture pages the detector is tested on (tests/fixtures/pages/g3, g4). Wording
 * marked [A] is assumed (no source showed it verbatim), as in the spec.
 *
 * `[before, after]` pairs surround something the page shows in bold (the masked address, the phone).
 */

import type { Widen } from '../../locales/widen';
import type { RehearsalLang } from './routes';

type Around = readonly [before: string, after: string];

/** The practice account's details, as AWS masks them. */
export const PRACTICE_ACCOUNT = {
  email: 'gina.tam@example.com',
  maskedEmail: 'g*****m@example.com',
  accountId: '123456789012',
  accountName: 'root-admin',
  lostDevice: 'arn:aws:iam::123456789012:mfa/old-iphone',
} as const;

const G3_EN = {
  title: 'Amazon Web Services Sign-In',
  homeLabel: 'Amazon Web Services home page',
  promoTitle: 'Secure your root user',
  promoBody: 'Register more than one MFA device for your root user so you can always sign in.',
  copyright: '© 2026, Amazon Web Services, Inc. or its affiliates.',
  signIn: {
    heading: 'Sign in',
    userType: 'User type',
    rootTitle: 'Root user',
    rootDescription: 'Account owner that performs tasks requiring unrestricted access.',
    iamTitle: 'IAM user',
    iamDescription: 'User within an account that performs daily tasks.',
    rootEmail: 'Root user email address',
    account: 'AWS account ID (12 digits) or account alias',
    next: 'Next',
    legal:
      'By continuing, you agree to the AWS Customer Agreement or other agreement for AWS services, and the Privacy Notice. This site uses essential cookies.',
    newToAws: 'New to AWS?',
    createAccount: 'Create a new AWS account',
  },
  iam: {
    heading: 'Sign in as IAM user',
    account: 'Account ID (12 digits) or account alias',
    userName: 'IAM user name',
    password: 'Password',
    remember: 'Remember this account',
    signIn: 'Sign in',
    rootLink: 'Sign in using root user email',
    forgot: 'Forgot password?',
  },
  password: {
    heading: 'Root user sign in',
    email: 'Email:',
    password: 'Password',
    forgot: 'Forgot password?',
    show: 'Show password',
    signIn: 'Sign in',
    otherAccount: 'Sign in to a different account',
  },
  mfa: {
    heading: 'Multi-factor authentication',
    intro:
      'Your account is secured using multi-factor authentication (MFA). To finish signing in, turn on or view your MFA device and type the authentication code below.',
    email: 'Email address',
    code: 'MFA code',
    submit: 'Submit',
    /** [A] */
    wrongCode: 'Your authentication information is incorrect. Please try again.',
    troubleshoot: 'Troubleshoot MFA',
    cancel: 'Cancel',
  },
  troubleshoot: {
    heading: 'Troubleshoot your authentication device',
    close: 'Close modal',
    resyncHelp: 'If your MFA device is working but its codes are not accepted, you can re-sync it with AWS servers.',
    alternativeHelp:
      'If your MFA device is lost, damaged or unavailable, you can sign in using alternative factors of authentication: verify the email address and the phone number registered for this account.',
    resync: 'Re-sync with AWS servers',
    alternative: 'Sign in using alternative factors',
  },
  recovery: {
    heading: 'Sign in using alternative factors of authentication',
    intro:
      'To sign in using alternative factors of authentication, verify the email address and phone number that are associated with your AWS account.',
    step1: 'Step 1: Email address verification',
    willSend: [
      'We will send a verification email to ',
      '. Open the email and choose the link in it to verify your email address.',
    ] as Around,
    send: 'Send verification email',
    sentBadge: 'Email sent',
    sent: [
      'An email has been sent to ',
      ". Open the email and choose “Verify your email address”. If you don't see the email, check your spam folder.",
    ] as Around,
    resendPrompt: "Didn't receive the email?",
    resend: 'Resend the email',
    emailVerified: 'Email address verified',
    step2: 'Step 2: Phone number verification',
    phone: '+1 (***) ***-1234',
    willCall: [
      'We will call the phone number ',
      ". When you answer, use your phone's keypad to enter the 6-digit code that is shown on this page.",
    ] as Around,
    call: 'Call me now',
    calling: ['We are calling ', ". When prompted, enter the following code using your phone's keypad:"] as Around,
    waiting: 'Waiting for your call to complete…',
    phoneVerified: 'Phone number verified',
    /** [A] in English; the Japanese is [V]. */
    phoneFailed: "We couldn't complete phone verification.",
    phoneFailedHelp: 'Please contact AWS Support.',
    step3: 'Step 3: Sign in',
    signInLater: 'After your email address and phone number are verified, you can sign in.',
    signInNow:
      'Your email address and phone number have been verified. Sign in to the console, then replace your MFA device.',
    signInToConsole: 'Sign in to the console',
    support: "If you can't verify your email address or phone number, contact AWS Support.",
    /** [A] */
    linkInvalid: {
      title: 'This verification link is no longer valid',
      help: 'The link has expired or has already been used. To get a new link, sign in again and start over.',
    },
    /** [A]: the seed article only says the page errors; an automation log says the whole flow restarts. */
    timedOut: {
      title: 'Your session has timed out',
      help: 'Signing in using alternative factors of authentication must be started again from the beginning.',
    },
    /** AWS's guide: "choose Sign in to sign in to the console again and start over". */
    startOver: 'Sign in',
  },
} as const;

export type G3Text = Widen<typeof G3_EN>;

const G3_JA: G3Text = {
  title: 'アマゾン ウェブ サービス サインイン',
  homeLabel: 'アマゾン ウェブ サービスのホームページ',
  promoTitle: 'ルートユーザーを保護しましょう',
  promoBody: 'いつでもサインインできるよう、ルートユーザーには複数の MFA デバイスを登録してください。',
  copyright: '© 2026, Amazon Web Services, Inc. or its affiliates.',
  signIn: {
    heading: 'サインイン',
    userType: 'ユーザータイプ',
    rootTitle: 'ルートユーザー',
    rootDescription: '無制限のアクセス権限が必要なタスクを実行するアカウント所有者。',
    iamTitle: 'IAM ユーザー',
    iamDescription: 'アカウント内で日常的なタスクを実行するユーザー。',
    rootEmail: 'ルートユーザーの E メールアドレス',
    account: 'AWS アカウント ID (12 桁) またはアカウントエイリアス',
    next: '次へ',
    legal:
      '続行することにより、AWS カスタマーアグリーメントまたは AWS サービスに関するその他の契約、およびプライバシー規約に同意したものとみなされます。このサイトでは必須 Cookie を使用しています。',
    newToAws: 'AWS を初めてお使いですか?',
    createAccount: '新しい AWS アカウントの作成',
  },
  iam: {
    heading: 'IAM ユーザーとしてサインイン',
    account: 'アカウント ID (12 桁) またはアカウントエイリアス',
    userName: 'IAM ユーザー名',
    password: 'パスワード',
    remember: 'このアカウントを記憶する',
    signIn: 'サインイン',
    rootLink: 'ルートユーザーの E メールを使用してサインイン',
    forgot: 'パスワードをお忘れですか?',
  },
  password: {
    heading: 'ルートユーザーのサインイン',
    email: 'E メール:',
    password: 'パスワード',
    forgot: 'パスワードをお忘れですか?',
    show: 'パスワードを表示',
    signIn: 'サインイン',
    otherAccount: '別のアカウントにサインインする',
  },
  mfa: {
    heading: '多要素認証',
    intro:
      'アカウントは多要素認証 (MFA) で保護されています。サインインを完了するには、MFA デバイスをオンにするか表示して、以下に認証コードを入力してください。',
    email: 'E メールアドレス',
    code: 'MFA コード',
    submit: '送信',
    wrongCode: '認証情報が正しくありません。もう一度お試しください。',
    troubleshoot: 'MFAのトラブルシューティング',
    cancel: 'キャンセル',
  },
  troubleshoot: {
    heading: '認証デバイスのトラブルシューティング',
    close: 'モーダルを閉じる',
    resyncHelp:
      'MFA デバイスが動作しているにもかかわらずコードが受け入れられない場合は、AWS サーバーと再同期できます。',
    alternativeHelp:
      'MFA デバイスを紛失した場合や使用できない場合は、アカウントに登録されている E メールアドレスと電話番号を確認して、別の要素を使用してサインインできます。',
    resync: 'AWS サーバーと再同期',
    alternative: '別の要素を使用したサインイン',
  },
  recovery: {
    heading: '別の認証要素を使用したサインイン',
    intro:
      '別の認証要素を使用してサインインするには、AWS アカウントに関連付けられている E メールアドレスと電話番号を確認します。',
    step1: 'ステップ1:Eメールアドレスの確認',
    willSend: [
      '',
      ' に確認 E メールを送信します。E メールを開き、記載されているリンクを選択して E メールアドレスを確認してください。',
    ],
    send: '確認Eメールの送信',
    sentBadge: 'E メールを送信しました',
    sent: [
      '',
      ' に E メールを送信しました。E メールを開き、記載されているリンクを選択してください。見つからない場合は迷惑メールフォルダを確認してください。',
    ],
    resendPrompt: 'E メールが届きませんか?',
    resend: 'E メールを再送信',
    emailVerified: 'E メールアドレスが確認されました',
    step2: 'ステップ2:電話番号の確認',
    phone: '+81 **-****-1234',
    willCall: [
      '電話番号 ',
      ' に電話をかけます。電話に出たら、このページに表示される 6 桁のコードを電話のキーパッドで入力してください。',
    ],
    call: 'すぐに連絡を受ける',
    calling: ['', ' に電話をかけています。音声の案内に従って、次のコードを電話のキーパッドで入力してください:'],
    waiting: '通話の完了を待っています…',
    phoneVerified: '電話番号が確認されました',
    phoneFailed: '電話の確認を完了できませんでした。',
    phoneFailedHelp: 'AWSサポートにお問い合わせください。',
    step3: 'ステップ3:サインイン',
    signInLater: 'E メールアドレスと電話番号の確認が完了すると、サインインできます。',
    signInNow:
      'E メールアドレスと電話番号が確認されました。コンソールにサインインして、MFA デバイスを置き換えてください。',
    signInToConsole: 'コンソールにサインイン',
    support: 'E メールアドレスまたは電話番号を確認できない場合は、AWS サポートにお問い合わせください。',
    linkInvalid: {
      title: 'この確認リンクは無効です',
      help: 'リンクの有効期限が切れているか、既に使用されています。新しいリンクを受け取るには、もう一度サインインしてやり直してください。',
    },
    timedOut: {
      title: 'セッションがタイムアウトしました',
      help: '別の認証要素を使用したサインインは、最初からやり直す必要があります。',
    },
    startOver: 'サインイン',
  },
};

/** G4 (seen April 2026; spec §8): the sign-in app that opens on the IAM user form. */
const G4_EN = {
  title: 'Sign in | Amazon Web Services',
  homeLabel: 'Amazon Web Services home page',
  copyright: '© 2026, Amazon Web Services, Inc. or its affiliates.',
  /** The 2024+ app opens here; the root user takes "Sign in using root user email". */
  iamSignIn: {
    heading: 'IAM user sign in',
    account: 'Account ID (12 digits) or account alias',
    userName: 'IAM username',
    password: 'Password',
    showPassword: 'Show Password',
    remember: 'Remember this account',
    signIn: 'Sign in',
    or: 'or',
    rootLink: 'Sign in using root user email',
    newToAws: 'New to AWS? Sign up',
  },
  rootEmail: {
    heading: 'Sign in',
    rootUser: 'Root user',
    email: 'Root user email address',
    emailHint: 'The email address you used to create your AWS account.',
    back: 'Back',
    next: 'Next',
  },
  password: {
    heading: 'Root user sign in',
    notYou: 'Not you?',
    password: 'Password',
    showPassword: 'Show Password',
    forgot: 'Forgot password?',
    signIn: 'Sign in',
  },
  mfa: {
    heading: 'Multi-factor authentication',
    intro: 'Enter the 6-digit code from your authenticator app.',
    code: 'MFA code',
    submit: 'Submit',
    /** [A] */
    wrongCode: 'The MFA code is not valid. Try again.',
    trouble: 'Trouble signing in?',
  },
  troubleshoot: {
    heading: 'Troubleshoot your authentication device',
    intro: 'Choose how you want to continue.',
    options: 'Troubleshooting options',
    resync: 'Re-sync with AWS Servers',
    alternative: 'Sign in using alternative factors',
    cancel: 'Cancel',
    next: 'Next',
  },
  recovery: {
    heading: 'Sign in using alternative factors',
    intro: 'Verify the email address and the phone number of your AWS account to sign in without your MFA device.',
    step1: 'Step 1: Verify email address',
    sentBadge: 'Email sent',
    sent: [
      'We sent a verification email to ',
      '. Open the email and select “Verify your email address”. This page updates automatically after you verify your email address.',
    ] as Around,
    resendPrompt: "Didn't get the email? Check your spam folder or ",
    resend: 'Resend the email',
    emailVerified: 'Email address verified',
    step2: 'Step 2: Verify phone number',
    willSend: 'We will now send a 6-digit code to your phone (ending in 1234).',
    choose: 'Choose how you want to receive the code. Calls are made by an automated voice in English.',
    sms: 'SMS text',
    voice: 'Voice call',
    afterEmail: 'Available after you verify your email address.',
    calling: "We are calling your phone (ending in 1234). When prompted, enter this code on your phone's keypad:",
    waiting: 'Waiting for verification…',
    /** [A]: that the text is sent is known (`action=smsMessage`), not the page's wording (spec §3, 9b). */
    smsSent: 'We sent a 6-digit code to your phone (ending in 1234) by text message. Enter the code to continue.',
    /** [A] */
    smsCode: 'Verification code',
    /** [A] */
    smsVerify: 'Verify',
    /** [A] */
    smsWrong: 'The code is not correct. Check the message and try again.',
    phoneVerified: 'Phone number verified',
    /** [A] */
    phoneFailed: "We couldn't complete phone verification.",
    phoneFailedHelp: 'Please contact AWS Support.',
    step3: 'Step 3: Sign in',
    signInLater: 'Sign in after both verifications are complete.',
    signInNow:
      'You verified your email address and phone number. After you sign in, remove the lost MFA device and assign a new one.',
    signInToConsole: 'Sign in to the console',
    /** [A] */
    linkInvalid: {
      title: 'Link expired',
      help: 'This email verification link has expired or was already used. Links can be used only once. Start over to get a new email.',
    },
    /** [A]: an automation log says "the whole alt-factors flow will need to be restarted". */
    timedOut: {
      title: 'Your session timed out',
      help: 'You waited too long, so the whole flow will need to be restarted.',
    },
    startOver: 'Start over',
  },
} as const;

export type G4Text = Widen<typeof G4_EN>;

/** The IAM console's "My security credentials" page (the same in G3 and G4 times). */
const CONSOLE_EN = {
  title: 'IAM | Global',
  home: 'AWS Console Home',
  services: 'Services',
  search: 'Search',
  region: 'Global',
  sideNav: 'Side navigation',
  iam: 'Identity and Access Management (IAM)',
  dashboard: 'Dashboard',
  accessManagement: 'Access management',
  accessItems: ['User groups', 'Users', 'Roles', 'Policies', 'Identity providers', 'Account settings'],
  breadcrumbs: 'Breadcrumbs',
  crumbIam: 'IAM',
  crumbHere: 'Security credentials',
  heading: 'My security credentials',
  rootBadge: 'Root user',
  notice:
    'The root user has access to all AWS resources in this account, and we recommend following best practices. To learn more about the types of AWS credentials and how they are used, see AWS security credentials in the IAM User Guide.',
  accountDetails: 'Account details',
  accountName: 'Account name',
  email: 'Email address',
  accountId: 'AWS account ID',
  mfaHeading: (count: number) => `Multi-factor authentication (MFA) (${count})`,
  mfaDescription:
    'Use MFA to increase the security of your AWS environment. Signing in with MFA requires an authentication code from an MFA device. Each user can have a maximum of 8 MFA devices assigned.',
  remove: 'Remove',
  resync: 'Resync',
  assign: 'Assign MFA device',
  select: 'Select',
  selectRow: (device: string) => `Select ${device}`,
  deviceType: 'Device type',
  identifier: 'Identifier',
  certifications: 'Certifications',
  createdOn: 'Created on',
  virtual: 'Virtual',
  notApplicable: 'Not applicable',
  created: '4 years ago',
  noDevices: 'No MFA devices',
  removeTitle: 'Remove MFA device?',
  removeBody: (device: string) => `Remove ${device}? You can no longer use it to sign in.`,
  cancel: 'Cancel',
  removed: 'MFA device removed.',
  accessKeys: 'Access keys (0)',
  accessKeysDescription:
    'Use access keys to send programmatic calls to AWS from the AWS CLI, AWS Tools for PowerShell, AWS SDKs, or direct AWS API calls.',
  createAccessKey: 'Create access key',
  noAccessKeys: 'No access keys',
} as const;

export type ConsoleText = Widen<typeof CONSOLE_EN>;

/** Japanese console wording beyond 「MFA デバイスの割り当て」 is [A], as in the fixture. */
const CONSOLE_JA: ConsoleText = {
  title: 'IAM | グローバル',
  home: 'AWS コンソールホーム',
  services: 'サービス',
  search: '検索',
  region: 'グローバル',
  sideNav: 'サイドナビゲーション',
  iam: 'Identity and Access Management (IAM)',
  dashboard: 'ダッシュボード',
  accessManagement: 'アクセス管理',
  accessItems: ['ユーザーグループ', 'ユーザー', 'ロール', 'ポリシー', 'ID プロバイダー', 'アカウント設定'],
  breadcrumbs: 'パンくずリスト',
  crumbIam: 'IAM',
  crumbHere: 'セキュリティ認証情報',
  heading: 'マイセキュリティ認証情報',
  rootBadge: 'ルートユーザー',
  notice:
    'ルートユーザーは、このアカウント内のすべての AWS リソースにアクセスできます。ベストプラクティスに従うことをお勧めします。',
  accountDetails: 'アカウントの詳細',
  accountName: 'アカウント名',
  email: 'E メールアドレス',
  accountId: 'AWS アカウント ID',
  mfaHeading: (count: number) => `多要素認証 (MFA) (${count})`,
  mfaDescription:
    'MFA を使用して AWS 環境のセキュリティを強化します。各ユーザーには最大 8 台の MFA デバイスを割り当てることができます。',
  remove: '削除',
  resync: '再同期',
  assign: 'MFA デバイスの割り当て',
  select: '選択',
  selectRow: (device: string) => `${device} を選択`,
  deviceType: 'デバイスタイプ',
  identifier: '識別子',
  certifications: '認定',
  createdOn: '作成日',
  virtual: '仮想',
  notApplicable: '該当なし',
  created: '4 年前',
  noDevices: 'MFA デバイスがありません',
  removeTitle: 'MFA デバイスを削除しますか?',
  removeBody: (device: string) => `${device} を削除しますか?削除すると、このデバイスではサインインできなくなります。`,
  cancel: 'キャンセル',
  removed: 'MFA デバイスを削除しました。',
  accessKeys: 'アクセスキー (0)',
  accessKeysDescription:
    'アクセスキーを使用して、AWS CLI、AWS SDK などから AWS にプログラムによる呼び出しを送信します。',
  createAccessKey: 'アクセスキーを作成',
  noAccessKeys: 'アクセスキーがありません',
};

export const G3_TEXT: Record<RehearsalLang, G3Text> = { en: G3_EN, ja: G3_JA };
export const G4_TEXT: { en: G4Text } = { en: G4_EN };
export const CONSOLE_TEXT: Record<RehearsalLang, ConsoleText> = { en: CONSOLE_EN, ja: CONSOLE_JA };
