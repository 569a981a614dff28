/**
 * Every word the detector looks for on AWS's pages, per language and UI generation (spec §1, §3).
 * A new AWS wording is one more line here plus a fixture page; no code changes.
 *
 * `assumed` marks wording no source showed verbatim (spec "[A]"); it is matched only inside the
 * page context its step also requires.
 */
import type { ControlRole } from '../detector/page';
import type { Language } from '../language';

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

function wording(lang: Language, text: string, gens: readonly Generation[], options: Partial<Wording>): Wording {
  return { text, lang, gens, match: 'exact', assumed: false, ...options };
}
const en = (text: string, gens = NEW, options: Partial<Wording> = {}) => wording('en', text, gens, options);
const ja = (text: string, gens = NEW, options: Partial<Wording> = {}) => wording('ja', text, gens, options);
const assumed = { assumed: true } as const;
const prefix = { match: 'prefix' } as const;

const BUTTON = ['button'] as const;
const CLICKABLE = ['button', 'link'] as const;

/** Phrases looked for anywhere in the page's rendered text. */
export const PHRASES = {
  securityCheck: [
    en('Security check'),
    en('Type the characters as shown above', NEW, assumed),
    ja('セキュリティチェック'),
  ],
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
    en('IAM user:', NEW, assumed),
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
  alternativeFactors: [en('Sign in using alternative factors', ALL), ja('別の要素を使用したサインイン')],
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
  /** AWS account sign-up, whose phone step also says 「すぐに連絡を受ける」: never the recovery. */
  signUp: [
    en('Sign up for AWS'),
    en('Confirm your identity'),
    ja('AWS にサインアップ'),
    ja('本人確認を行う', NEW, assumed),
    ja('ご本人確認', NEW, assumed),
  ],
  /** The root user's own page, as opposed to an IAM user's "Security credentials" tab. */
  mySecurityCredentials: [
    en('My security credentials'),
    en('Your security credentials', ['g1', 'g2']),
    ja('自分のセキュリティ認証情報'),
    ja('マイセキュリティ認証情報', NEW, assumed),
  ],
  mfaSection: [en('Multi-factor authentication (MFA)'), ja('多要素認証 (MFA)')],
} satisfies Record<string, Wording[]>;

/** Controls, by role and label. */
export const CONTROLS = {
  next: { roles: BUTTON, names: [en('Next', ALL), ja('次へ', ALL)] },
  rootUserOption: { roles: ['radio'], names: [en('Root user', NEW, prefix), ja('ルートユーザー', NEW, prefix)] },
  iamUserOption: { roles: ['radio'], names: [en('IAM user', NEW, prefix), ja('IAM ユーザー', NEW, prefix)] },
  rootEmailLink: {
    roles: CLICKABLE,
    names: [
      en('Sign in using root user email', ['g4']),
      ja('ルートユーザーの E メールを使用してサインイン', ['g4'], assumed),
    ],
  },
  captchaSubmit: {
    roles: BUTTON,
    names: [en('Submit'), en('Next'), en('Continue', NEW, assumed), ja('送信'), ja('次へ')],
  },
  signIn: { roles: BUTTON, names: [en('Sign in'), ja('サインイン')] },
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
  resyncOption: {
    roles: ['button', 'link', 'radio'],
    names: [en('Re-sync with AWS servers', ALL, prefix), ja('AWS サーバーと再同期', ALL, { ...prefix, ...assumed })],
  },
  alternativeFactorsOption: {
    roles: ['button', 'link', 'radio'],
    names: [en('Sign in using alternative factors', ALL, prefix), ja('別の要素を使用したサインイン', NEW, prefix)],
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
  assignMfa: {
    roles: CLICKABLE,
    names: [en('Assign MFA device'), en('Activate MFA', ['g1', 'g2']), ja('MFA デバイスの割り当て')],
  },
} satisfies Record<string, ControlSpec>;

/** Form fields, by label (their values are never read). */
export const FIELD_LABELS = {
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
} satisfies Record<string, Wording[]>;
