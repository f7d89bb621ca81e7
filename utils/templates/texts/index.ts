/** The built-in texts of every message language (users override them per template). */
import type { MessageLanguage, TemplateSet } from '@/utils/templates/catalog';
import { de } from '@/utils/templates/texts/de';
import { en } from '@/utils/templates/texts/en';
import { es } from '@/utils/templates/texts/es';
import { fr } from '@/utils/templates/texts/fr';
import { he } from '@/utils/templates/texts/he';
import { pl } from '@/utils/templates/texts/pl';
import { ru } from '@/utils/templates/texts/ru';
import { uk } from '@/utils/templates/texts/uk';

export const TEXTS: Record<MessageLanguage, TemplateSet> = { en, pl, ru, uk, he, de, fr, es };
