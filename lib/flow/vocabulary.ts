/**
 * Every word the detector looks for on AWS's pages, per site, language and UI generation (spec §1,
 * §2, §3). A new AWS wording is one more line here plus a fixture page; no code changes.
 *
 * Both tags are checked claims, not comments: `gens` lists the generations a wording appears in
 * (every fixture page of generation G matches only wording tagged G: tests/detector/fixtures.test.ts);
 * `assumed` marks wording no source showed verbatim (spec "[A]"), and no step is ever recognised
 * from assumed wording alone, without the page context its step also requires (tests/unit/flow.test.ts).
 */
import type { Language } from '../language';

/** What a person can click, by its role. */
export type ControlRole = 'button' | 'link' | 'radio';

export type Generation = 'g1' | 'g2' | 'g3' | 'g4';

export interface Wording {
  text: string;
  lang: Language;
  gens: readonly Generation[];
  /** `prefix`: the label starts with the text (radio tiles carry a description after the title). */
  match: 'exact' | 'prefix';
  assumed: boolean;
}

export interface ControlSpec {
  roles: readonly ControlRole[];
  names: readonly Wording[];
}

const ALL: readonly Generation[] = ['g1', 'g2', 'g3', 'g4'];
const NEW: readonly Generation[] = ['g3', 'g4'];

// Pure: a content script drops the other site's wording, calls and all.
/* @__NO_SIDE_EFFECTS__ */
function wording(lang: Language, text: string, gens: readonly Generation[], options: Partial<Wording>): Wording {
  return { text, lang, gens, match: 'exact', assumed: false, ...options };
}
/* @__NO_SIDE_EFFECTS__ */
const en = (text: string, gens = NEW, options: Partial<Wording> = {}) => wording('en', text, gens, options);
/* @__NO_SIDE_EFFECTS__ */
const ja = (text: string, gens = NEW, options: Partial<Wording> = {}) => wording('ja', text, gens, options);
const assumed = { assumed: true } as const;
const prefix = { match: 'prefix' } as const;
const assumedPrefix = { match: 'prefix', assumed: true } as const;

const BUTTON = ['button'] as const;
const CLICKABLE = ['button', 'link'] as const;

// The sign-in pages (signin.aws.amazon.com, its regional and account hosts).

/** Phrases looked for anywhere in the page's rendered text. */
const SIGNIN_PHRASES = {
  securityCheck: [en('Security check'), ja('セキュリティチェック')],
  passwordRecovery: [
    en('Password recovery', NEW, assumed),
    en('Reset password', NEW, assumed),
    ja('パスワードの復旧', NEW, assumed),
  ],
  rootPassword: [
    en('Root user sign in'),
    en('Forgot password?'),
    ja('ルートユーザーのサインイン'),
    ja('パスワードをお忘れですか'),
  ],
  iamUser: [
    en('Sign in as IAM user'),
    en('IAM user name'),
    en('IAM username'),
    ja('IAM ユーザーとしてサインイン'),
    ja('IAM ユーザー名'),
  ],
  mfaPrompt: [
    en('Additional verification required'),
    en('Multi-factor authentication'),
    en('Amazon Web Services Sign In With Authentication Device', ['g2']),
    en('Amazon Web Services Sign In Using MFA', ['g1']),
    en('MFA code'),
    ja('追加の検証が必要'),
    ja('多要素認証'),
    ja('MFA コード'),
  ],
  alternativeFactors: [
    en('Sign in using alternative factors', ALL),
    ja('別の要素を使用したサインイン'),
    ja('別の認証要素を使用したサインイン', ALL),
  ],
  emailStep: [
    en('Email address verification'),
    en('Step 1: Email', NEW, assumed),
    en('Verify email address', ['g4'], assumed),
    ja('ステップ1'),
    ja('E メールアドレスの検証', NEW, assumed),
    ja('E メールアドレスの確認', NEW, assumed),
  ],
  emailSent: [
    en('email has been sent', NEW, assumed),
    en('email was sent', NEW, assumed),
    en('We sent an email', NEW, assumed),
    en("We've sent an email", NEW, assumed),
    en('We sent a verification email', NEW, assumed),
    en('Verification email sent', NEW, assumed),
    ja('E メールを送信しました', NEW, assumed),
    ja('メールを送信しました', NEW, assumed),
    ja('E メールが送信されました', NEW, assumed),
  ],
  phoneStep: [
    en('Phone number verification'),
    en('We will now send a 6-digit code to your phone', ['g4']),
    en('Verify phone number', ['g4'], assumed),
    ja('電話番号の確認'),
    ja('ステップ2'),
  ],
  /** G4 after "SMS text": the page asks for the code sent by text message (wording not seen: spec §3 9b). */
  smsCodeStep: [
    en('Enter the code we sent', ['g4'], assumed),
    en('Enter the 6-digit code', ['g4'], assumed),
    en('We sent a 6-digit code', ['g4'], assumed),
    en('sent a code to your phone', ['g4'], assumed),
    ja('送信したコードを入力', ['g4'], assumed),
    ja('6 桁のコードを入力', ['g4'], assumed),
    ja('SMS で送信', ['g4'], assumed),
  ],
  signInStep: [en('Step 3: Sign in'), ja('ステップ3')],
  emailVerified: [
    en('Email address verified'),
    en('Email verified', NEW, assumed),
    ja('E メールアドレスが検証されました', NEW, assumed),
    ja('E メールアドレスが確認されました'),
  ],
  phoneFailed: [
    ja('電話の確認を完了できませんでした'),
    en('could not complete phone verification', NEW, assumed),
    en("couldn't complete phone verification", NEW, assumed),
    en('Phone verification failed', NEW, assumed),
    en('unable to verify your phone number', NEW, assumed),
    en('Phone verification could not be completed', NEW, assumed),
  ],
  linkExpired: [
    en('link has expired', NEW, assumed),
    en('link is expired', NEW, assumed),
    en('link expired', NEW, assumed),
    en('link is no longer valid', NEW, assumed),
    en('link has already been used', NEW, assumed),
    en('link is invalid', NEW, assumed),
    ja('リンクの有効期限が切れ', NEW, assumed),
    ja('リンクは有効期限切れ', NEW, assumed),
    ja('リンクは既に使用され', NEW, assumed),
    ja('リンクはすでに使用され', NEW, assumed),
    ja('リンクは無効', NEW, assumed),
  ],
  /** The recovery attempt or its session ran out (spec §3 `recovery-timed-out`; wording not seen). */
  timedOut: [
    en('session has expired', NEW, assumed),
    en('session expired', NEW, assumed),
    en('session has timed out', NEW, assumed),
    en('request has timed out', NEW, assumed),
    en('timed out', NEW, assumed),
    en('took too long', NEW, assumed),
    en('attempt has expired', NEW, assumed),
    ja('セッションの有効期限が切れ', NEW, assumed),
    ja('タイムアウトしました', NEW, assumed),
    ja('時間切れ', NEW, assumed),
  ],
  /** With several MFA devices registered, AWS asks which one to use (spec §3 `mfa-choose-device`). */
  chooseMfaDevice: [
    en('Choose an MFA device', NEW, assumed),
    en('Select an MFA device', NEW, assumed),
    en('Choose MFA device', NEW, assumed),
    en('Select MFA device', NEW, assumed),
    en('Choose the MFA device', NEW, assumed),
    ja('MFA デバイスを選択', NEW, assumed),
  ],
  /** AWS account sign-up, whose phone step also says 「すぐに連絡を受ける」: never the recovery. */
  signUp: [
    en('Sign up for AWS'),
    en('Confirm your identity'),
    ja('AWS にサインアップ'),
    ja('本人確認を行う', NEW, assumed),
    ja('ご本人確認', NEW, assumed),
  ],
} satisfies Record<string, Wording[]>;

/** Controls, by role and label. */
const SIGNIN_CONTROLS = {
  next: { roles: BUTTON, names: [en('Next', ALL), ja('次へ', ALL)] },
  rootUserOption: { roles: ['radio'], names: [en('Root user', NEW, prefix), ja('ルートユーザー', NEW, prefix)] },
  rootEmailLink: {
    roles: CLICKABLE,
    names: [
      en('Sign in using root user email', NEW),
      ja('ルートユーザーの E メールを使用してサインイン', NEW, assumed),
    ],
  },
  captchaSubmit: {
    roles: BUTTON,
    names: [en('Submit'), en('Next'), en('Continue', NEW, assumed), ja('送信'), ja('次へ')],
  },
  signIn: { roles: BUTTON, names: [en('Sign in'), ja('サインイン')] },
  /** The one way back to the start on a page that ran out (spec §3 `recovery-timed-out`). */
  startAgain: {
    roles: CLICKABLE,
    names: [
      en('Sign in'),
      en('Start over', NEW, assumed),
      en('Try again', NEW, assumed),
      en('Back to sign in', NEW, assumed),
      ja('サインイン'),
      ja('最初からやり直す', NEW, assumed),
      ja('やり直す', NEW, assumed),
      ja('もう一度試す', NEW, assumed),
    ],
  },
  troubleshootMfa: {
    roles: CLICKABLE,
    names: [
      en('Troubleshoot MFA', ['g3']),
      en('Troubleshoot MFA? Click here', ['g2']),
      en('Trouble signing in?', ['g4']),
      en('Having problems with your authentication device? Click here', ['g1']),
      ja('MFAのトラブルシューティング', ['g3']),
      ja('認証デバイスに問題がありますか?ここをクリック', ['g1']),
    ],
  },
  /** The MFA types offered when several devices are registered (`#multi_mfa_swhw_radio_button_box`). */
  mfaDeviceOption: {
    roles: ['radio'],
    names: [
      en('Passkey or security key', NEW, assumedPrefix),
      en('Security key', NEW, assumedPrefix),
      en('Authenticator app', NEW, assumedPrefix),
      en('Virtual MFA device', NEW, assumedPrefix),
      en('Hardware TOTP token', NEW, assumedPrefix),
      ja('パスキーまたはセキュリティキー', NEW, assumedPrefix),
      ja('セキュリティキー', NEW, assumedPrefix),
      ja('認証アプリケーション', NEW, assumedPrefix),
      ja('ハードウェア TOTP トークン', NEW, assumedPrefix),
    ],
  },
  resyncOption: {
    roles: ['button', 'link', 'radio'],
    names: [en('Re-sync with AWS servers', ALL, prefix), ja('AWS サーバーと再同期', ALL, assumedPrefix)],
  },
  alternativeFactorsOption: {
    roles: ['button', 'link', 'radio'],
    names: [
      en('Sign in using alternative factors', ALL, prefix),
      ja('別の要素を使用したサインイン', NEW, prefix),
      ja('別の認証要素を使用したサインイン', ALL, prefix),
    ],
  },
  sendEmail: { roles: BUTTON, names: [en('Send verification email'), ja('確認Eメールの送信')] },
  resendEmail: {
    roles: CLICKABLE,
    names: [en('Resend the email'), en('Resend email', NEW, assumed), ja('E メールを再送信', NEW, assumed)],
  },
  /** The phone buttons a person should prefer: no English voice to follow with an SMS. */
  phonePreferred: {
    roles: BUTTON,
    names: [
      en('Call me now', ['g3']),
      ja('すぐに連絡を受ける', ['g3']),
      en('SMS text', ['g4']),
      ja('SMS テキスト', ['g4'], assumed),
    ],
  },
  voiceCall: { roles: BUTTON, names: [en('Voice call', ['g4']), ja('音声通話', ['g4'], assumed)] },
  g4PhoneChoice: {
    roles: BUTTON,
    names: [
      en('SMS text', ['g4']),
      ja('SMS テキスト', ['g4'], assumed),
      en('Voice call', ['g4']),
      ja('音声通話', ['g4'], assumed),
    ],
  },
  signInToConsole: {
    roles: CLICKABLE,
    names: [en('Sign in to the console'), en('Sign in to console', NEW, assumed), ja('コンソールにサインイン')],
  },
} satisfies Record<string, ControlSpec>;

/** Form fields, by label (their values are never read). */
const SIGNIN_FIELDS = {
  iamUserName: [
    en('IAM user name', NEW, prefix),
    en('IAM username', NEW, prefix),
    en('User name', NEW, prefix),
    en('Username', NEW, prefix),
    ja('IAM ユーザー名', NEW, prefix),
    ja('ユーザー名', NEW, prefix),
  ],
  rootEmail: [
    en('Root user email address', NEW, prefix),
    en('Email address', NEW, prefix),
    ja('ルートユーザーの E メールアドレス', NEW, prefix),
    ja('E メールアドレス', NEW, prefix),
  ],
  mfaCode: [en('MFA code', ALL, prefix), ja('MFA コード', ALL, prefix)],
  /** The IAM-first sign-in's first field (2024+: "Account ID (12 digits) or account alias"). */
  iamAccount: [
    en('Account ID (12 digits) or account alias', NEW, prefix),
    en('Account ID or alias', NEW, prefix),
    ja('アカウント ID (12 桁) またはアカウントエイリアス', NEW, assumedPrefix),
    ja('アカウント ID またはエイリアス', NEW, assumedPrefix),
  ],
  /** The code AWS sent by SMS in G4 (spec §3 9b; labels not seen). */
  smsCode: [
    en('Verification code', ['g4'], assumedPrefix),
    en('Enter code', ['g4'], assumedPrefix),
    en('Code', ['g4'], assumedPrefix),
    en('SMS code', ['g4'], assumedPrefix),
    en('6-digit code', ['g4'], assumedPrefix),
    ja('確認コード', ['g4'], assumedPrefix),
    ja('コード', ['g4'], assumedPrefix),
  ],
} satisfies Record<string, Wording[]>;

// The IAM console's security credentials page, where the lost device is replaced after recovery.

const CONSOLE_PHRASES = {
  /** The root user's own page, as opposed to an IAM user's "Security credentials" tab. */
  mySecurityCredentials: [
    en('My security credentials'),
    en('Your security credentials', ['g1', 'g2']),
    ja('自分のセキュリティ認証情報'),
    ja('マイセキュリティ認証情報', NEW, assumed),
  ],
  mfaSection: [en('Multi-factor authentication (MFA)', ALL), ja('多要素認証 (MFA)')],
  /** The MFA section's empty table: the lost device is gone. */
  noMfaDevices: [
    en('No MFA devices', NEW, assumed),
    en('No MFA device', NEW, assumed),
    ja('MFA デバイスがありません', NEW, assumed),
    ja('MFA デバイスはありません', NEW, assumed),
  ],
} satisfies Record<string, Wording[]>;

const CONSOLE_CONTROLS = {
  assignMfa: {
    roles: CLICKABLE,
    names: [en('Assign MFA device'), en('Activate MFA', ['g1', 'g2']), ja('MFA デバイスの割り当て')],
  },
  /** The MFA section's "Remove", and its confirmation dialog's own. */
  removeDevice: { roles: BUTTON, names: [en('Remove'), ja('削除')] },
  /**
   * A device row's selection radio: the console's Table labels it "Select …"; older markup labels
   * it with the device's ARN. Only ever read inside the MFA section.
   */
  deviceRow: {
    roles: ['radio'],
    names: [en('Select', NEW, prefix), en('arn:aws:iam::', ALL, prefix), ja('選択', NEW, assumedPrefix)],
  },
} satisfies Record<string, ControlSpec>;

/** Each site's wording, as the detector reads it: a content script carries only its own site's. */
export const SIGNIN_WORDING = { phrases: SIGNIN_PHRASES, controls: SIGNIN_CONTROLS, fields: SIGNIN_FIELDS };
export const CONSOLE_WORDING = { phrases: CONSOLE_PHRASES, controls: CONSOLE_CONTROLS, fields: {} };

/** What the detector reads of one site's wording. */
export interface SiteWording {
  phrases: Partial<Record<PhraseId, readonly Wording[]>>;
  controls: Partial<Record<ControlId, ControlSpec>>;
  fields: Partial<Record<FieldId, readonly Wording[]>>;
}

// Both sites' wording by kind, for what serves both sites (the CLI, the rehearsal, the panel; the
// console has no fields). Marked pure so that a content script, which reads only its own site's
// wording, leaves them out.
export const PHRASES = /* @__PURE__ */ Object.assign({}, SIGNIN_PHRASES, CONSOLE_PHRASES);
export const CONTROLS = /* @__PURE__ */ Object.assign({}, SIGNIN_CONTROLS, CONSOLE_CONTROLS);
export const FIELD_LABELS = SIGNIN_FIELDS;

export type PhraseId = keyof typeof PHRASES;
export type ControlId = keyof typeof CONTROLS;
export type FieldId = keyof typeof FIELD_LABELS;
