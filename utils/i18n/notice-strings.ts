/** Words of follow-up notifications (background): `locales/<lang>/notice.json`. */
import { catalogFrom } from './format';
import type en from './locales/en/notice.json';

export type NoticeKey = keyof typeof en;

export const noticeStrings = catalogFrom<NoticeKey>(
  import.meta.glob('./locales/*/notice.json', { eager: true, import: 'default' }),
);
