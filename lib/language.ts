/** The languages the extension speaks and the AWS pages it reads are written in. */
export type Language = 'en' | 'ja';
