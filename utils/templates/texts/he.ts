/**
 * Hebrew message texts (right-to-left). The reader is addressed in the plural ("אתם"), which is
 * both polite for a business and gender-neutral. The sender's gender is unknown, so first-person
 * present-tense verbs and adjectives (which are gendered: "אני שולח/שולחת") are avoided in favour
 * of past or future forms and impersonal phrasing ("אבקש", "רציתי", "מצורפת"). No Latin letters
 * outside placeholders; a prefix letter is never glued to a placeholder ("ב{{x}}"), since values
 * may be Latin or digits ("בתאריך", "בסך" and "מיום" are used instead).
 * {{greeting}} is "שלום שרה," with a contact person, else "שלום רב,"; formal letters name the
 * contact with a title in the "לידי" line ({{contactAttn}}: "גב' שרה כהן").
 * A sentence about one invoice gives its own amount ({{invoiceDue}}); the list ends with the total.
 * History ("לא התקבל מענה") only from the log ({{unansweredSince}}).
 */
import type { TemplateSet } from '../catalog';

const GREETING = '{{greeting}}';
const FORMAL_HEADER = [
  'לכבוד',
  '{{clientName}}{{#contactAttn}}\nלידי {{contactAttn}}{{/contactAttn}}',
  '',
];
/** Optional paragraph: ends with its own blank line so nothing is left behind when empty. */
const PAYMENT_DETAILS =
  '{{#paymentDetails}}פרטי התשלום:\n{{paymentDetails}}\n\n{{/paymentDetails}}';
const INVOICE_LIST = '{{#invoiceList}}החשבוניות הפתוחות:\n{{invoiceList}}\n\n{{/invoiceList}}';
const PARTIAL_PAYMENT =
  '{{#paidAmount}}תודה על התשלום החלקי בסך {{paidAmount}}, שכבר התקבל.\n\n{{/paidAmount}}';
const SIGN_OFF = 'בברכה,\n{{signature}}';
const FORMAL_SIGN_OFF = 'בכבוד רב,\n{{signature}}';

export const he: TemplateSet = {
  courtesy_before_due: {
    subject: 'תזכורת ידידותית: מועד התשלום של חשבונית {{invoiceNumber}} הוא {{dueDate}}',
    body: [
      GREETING,
      '',
      'רציתי להזכיר בקצרה שמועד התשלום של חשבונית מספר {{invoiceNumber}} על סך {{invoiceDue}} חל בתאריך {{dueDate}}{{#daysUntilDue}}, כלומר בעוד {{daysUntilDue}}{{/daysUntilDue}}.',
      '',
      INVOICE_LIST +
        'אם התשלום כבר מתוכנן, אפשר להתעלם מהודעה זו. אם החשבונית לא הגיעה אליכם או שמשהו בה אינו ברור, אשמח שתעדכנו אותי, ואטפל בכך עוד לפני מועד התשלום.',
      '',
      PAYMENT_DETAILS + 'תודה מראש ובברכה,',
      '{{signature}}',
    ].join('\n'),
  },

  due_today: {
    subject: 'חשבונית {{invoiceNumber}} – מועד התשלום היום',
    body: [
      GREETING,
      '',
      'ברצוני להזכיר שהיום, {{dueDate}}, הוא מועד התשלום של חשבונית מספר {{invoiceNumber}} על סך {{invoiceDue}}.',
      '',
      INVOICE_LIST +
        'אם ההעברה כבר בוצעה – תודה רבה, ואפשר להתעלם מהודעה זו. אם לא, אודה לכם על הסדרת התשלום בהקדם.',
      '',
      PAYMENT_DETAILS + SIGN_OFF,
    ].join('\n'),
  },

  reminder_gentle: {
    subject: 'תזכורת לתשלום: חשבונית {{invoiceNumber}}',
    body: [
      GREETING,
      '',
      'לפי הרישומים שלי, חשבונית מספר {{invoiceNumber}}, שמועד התשלום שלה היה {{dueDate}}, טרם שולמה במלואה{{#daysOverdue}}, וזאת באיחור של {{daysOverdue}}{{/daysOverdue}}. היתרה לתשלום בה עומדת על {{invoiceDue}}.',
      '',
      PARTIAL_PAYMENT +
        INVOICE_LIST +
        'סביר להניח שמדובר בהיסח הדעת. אודה לכם אם תסדירו את התשלום בימים הקרובים. אם יש סיבה לעיכוב – שאלה לגבי החשבונית או פרט חסר – אשמח לשמוע, ואטפל בכך מיד.',
      '',
      'אם התשלום כבר בוצע בינתיים, אנא התעלמו מהודעה זו.',
      '',
      PAYMENT_DETAILS + SIGN_OFF,
    ].join('\n'),
  },

  reminder_firm: {
    subject: 'תזכורת נוספת: חשבונית {{invoiceNumber}} טרם שולמה',
    body: [
      GREETING,
      '',
      'למרות פניותיי הקודמות, חשבונית מספר {{invoiceNumber}}{{#issueDate}} מתאריך {{issueDate}}{{/issueDate}}, שמועד התשלום שלה היה {{dueDate}}, טרם שולמה במלואה{{#daysOverdue}}, וזאת באיחור של {{daysOverdue}}{{/daysOverdue}}. הסכום הפתוח בה עומד על {{invoiceDue}}.',
      '',
      PARTIAL_PAYMENT +
        INVOICE_LIST +
        'אבקש להסדיר את התשלום ללא דיחוי, או לחלופין להודיע לי {{#deadline}}עד {{deadline}} {{/deadline}}באיזה תאריך יבוצע התשלום. אם יש מצדכם נושא שדורש בירור, זה הזמן להעלות אותו – אפשר גם לקבוע שיחת טלפון קצרה.',
      '',
      PAYMENT_DETAILS + SIGN_OFF,
    ].join('\n'),
  },

  forgot_friendly: {
    subject: 'חשבונית {{invoiceNumber}} – פרטי התשלום',
    body: [
      GREETING,
      '',
      'תודה על העדכון – זה קורה לכולנו. כדי להקל עליכם, הנה כל הפרטים במקום אחד:',
      '',
      'חשבונית מספר {{invoiceNumber}}',
      'סכום לתשלום: {{invoiceDue}}{{#paymentDetails}}\n{{paymentDetails}}{{/paymentDetails}}',
      '',
      INVOICE_LIST + 'אודה לכם אם ההעברה תבוצע בימים הקרובים. לכל שאלה, אני כאן.',
      '',
      SIGN_OFF,
    ].join('\n'),
  },

  channel_switch: {
    subject: 'חשבונית {{invoiceNumber}} ממתינה לתשלום',
    body: [
      GREETING,
      '',
      'הפנייה נוגעת לחשבונית מספר {{invoiceNumber}} של {{clientName}} על סך {{invoiceDue}}, שמועד התשלום שלה היה {{dueDate}} והיא טרם שולמה.{{#unansweredSince}} מאז התזכורת מיום {{unansweredSince}} לא התקבל מענה מהגורם שעמו הייתי בקשר עד כה, ולכן הפנייה אליכם.{{/unansweredSince}}',
      '',
      INVOICE_LIST +
        'האם תוכלו לבדוק אם החשבונית התקבלה אצלכם ומתי צפוי התשלום? אם הנושא באחריות גורם אחר, אודה אם תפנו אותי אליו. אשמח לשלוח את החשבונית שוב.',
      '',
      SIGN_OFF,
    ].join('\n'),
  },

  phone_script: {
    subject: 'שיחה עם {{clientName}} – חשבונית {{invoiceNumber}}',
    body: [
      '• פתיחה: שלום, כאן {{senderName}}{{#businessName}}, {{businessName}}{{/businessName}}. רציתי לדבר על חשבונית מספר {{invoiceNumber}}.',
      '• המצב: יתרה לתשלום בסך {{invoiceDue}}, מועד התשלום היה {{dueDate}}{{#daysOverdue}}, איחור של {{daysOverdue}}{{/daysOverdue}}.{{#invoiceList}}',
      '• כל החשבוניות הפתוחות:',
      '{{invoiceList}}{{/invoiceList}}{{#unansweredSince}}',
      '• לציין בנימוס שמאז התזכורת מיום {{unansweredSince}} לא התקבל מענה לדוא״ל.{{/unansweredSince}}',
      '• לשאול: האם החשבונית התקבלה? האם יש שאלה או בעיה שמעכבת את התשלום?',
      '• לקבל תאריך תשלום מוגדר ולרשום אותו: מתי תוכלו להעביר את התשלום?',
      '• אם יש קושי תזרימי: להציע פריסה לתשלומים בתאריכים קבועים.',
      '• אם זה לא הגורם המתאים: לבקש שם ופרטי קשר של הנהלת החשבונות.',
      '• סיום: לחזור על מה שסוכם ולציין שיישלח סיכום בדוא״ל.',
    ].join('\n'),
  },

  dispute_specifics: {
    subject: 'ההערות שלכם לגבי חשבונית {{invoiceNumber}}',
    body: [
      GREETING,
      '',
      'תודה ששיתפתם אותי בהסתייגויות שלכם לגבי העבודה שבחשבונית מספר {{invoiceNumber}}. שביעות הרצון שלכם חשובה לי, וברצוני לפתור את העניין במהירות.',
      '',
      'כדי שאוכל להתייחס באופן ענייני, אבקש שתפרטו אילו נקודות אינן תואמות את מה שסוכם, ומה התוצאה שציפיתם לה. בהתאם לכך אוכל לבצע את התיקונים הנדרשים, או – אם יש לכך הצדקה – להציע זיכוי חלקי על החלק הרלוונטי.',
      '',
      'בינתיים, אבקש להסדיר את התשלום עבור החלק שאינו שנוי במחלוקת מתוך הסכום של {{invoiceDue}}, כך שהבירור יתמקד רק בנקודות הפתוחות.',
      '',
      INVOICE_LIST + SIGN_OFF,
    ].join('\n'),
  },

  invoice_corrected: {
    subject: 'חשבונית מתוקנת {{invoiceNumber}}',
    body: [
      GREETING,
      '',
      'תודה על ההערה. מצורפת חשבונית מתוקנת מספר {{invoiceNumber}}, המחליפה את הגרסה הקודמת.',
      '',
      '{{#correctedNote}}מה תוקן: {{correctedNote}}',
      '',
      '{{/correctedNote}}הסכום לתשלום בחשבונית זו הוא {{invoiceDue}}, ואבקש לשלם אותו עד {{payBy}}{{#originalDueDatePassed}} – מועד חדש, מאחר שמועד התשלום המקורי, {{originalDueDatePassed}}, כבר חלף{{/originalDueDatePassed}}. עמכם הסליחה על הטעות.',
      '',
      INVOICE_LIST +
        PAYMENT_DETAILS +
        'אודה אם תעברו על החשבונית ותעדכנו אותי אם משהו עדיין אינו תקין.',
      '',
      SIGN_OFF,
    ].join('\n'),
  },

  invoice_resend: {
    subject: 'שליחה חוזרת של חשבונית {{invoiceNumber}}',
    body: [
      GREETING,
      '',
      'נראה שהחשבונית לא הגיעה אליכם – סליחה על אי הנוחות. היא מצורפת שוב, ולהלן הפרטים העיקריים:',
      '',
      'מספר חשבונית: {{invoiceNumber}}',
      '{{#issueDate}}תאריך הפקה: {{issueDate}}',
      '{{/issueDate}}סכום לתשלום: {{invoiceDue}}',
      'מועד תשלום: {{payBy}}{{#originalDueDatePassed}} (מועד חדש, מאחר שהחשבונית מגיעה אליכם לאחר המועד המקורי, {{originalDueDatePassed}}){{/originalDueDatePassed}}',
      '',
      INVOICE_LIST +
        PAYMENT_DETAILS +
        'אודה אם תאשרו את קבלתה ותעבירו אותה, במידת הצורך, לגורם המטפל. אם יש כתובת ייעודית לשליחת חשבוניות, אשמח לקבל אותה.',
      '',
      SIGN_OFF,
    ].join('\n'),
  },

  instalment_offer: {
    subject: 'הצעה לפריסת תשלומים – חשבונית {{invoiceNumber}}',
    body: [
      GREETING,
      '',
      'תודה ששיתפתם אותי בגלוי במצב התזרים. כדי שהחוב ייפרע בכל זאת בצורה מסודרת, הצעתי היא לפרוס את היתרה בסך {{amount}} ל-{{instalmentCount}} תשלומים, כדלקמן:',
      '',
      INVOICE_LIST + '{{instalmentPlan}}',
      '',
      'אם ההצעה מקובלת עליכם, אבקש לאשר אותה בכתב. כל עוד התשלומים מתקבלים במועדם, לא אשלח תזכורות נוספות; אם אחד התשלומים לא יתקבל במועדו, כל היתרה תעמוד לפירעון מיידי. אם התאריכים אינם מתאימים לכם, אשמח לשמוע הצעה נגדית.',
      '',
      PAYMENT_DETAILS + SIGN_OFF,
    ].join('\n'),
  },

  early_payment_discount: {
    subject:
      'הנחה של {{discountPercent}} בתשלום עד {{discountDeadline}} – חשבונית {{invoiceNumber}}',
    body: [
      GREETING,
      '',
      'כדי להקל עליכם, ברצוני להציע הנחה של {{discountPercent}} על היתרה הפתוחה: אם התשלום יתקבל עד {{discountDeadline}}, הסכום לתשלום יעמוד על {{discountedAmount}} במקום {{amount}}.',
      '',
      'לאחר תאריך זה יחול הסכום המלא בסך {{amount}}.',
      '',
      INVOICE_LIST + PAYMENT_DETAILS + 'אשמח לדעת אם ההצעה מתאימה לכם.',
      '',
      SIGN_OFF,
    ].join('\n'),
  },

  value_explain: {
    subject: 'חשבונית {{invoiceNumber}} – פירוט העבודה שבוצעה',
    body: [
      GREETING,
      '',
      'תודה על הפנייה הכנה בנוגע לחשבונית מספר {{invoiceNumber}}. מובן לי שעולות שאלות לגבי הסכום של {{invoiceDue}}, ואשמח להסביר.',
      '',
      'החשבונית כוללת אך ורק את השירותים שסוכמו מראש, ושאותם ביצעתי ומסרתי במלואם. היא תואמת את התנאים שהוסכמו לפני תחילת העבודה, כך שהיקף העבודה והמחיר היו ידועים מההתחלה. מעבר לתוצר הגלוי, הסכום כולל גם תיאום, תכנון ובקרת איכות.',
      '',
      'אם תרצו, אפשר לעבור יחד על כל סעיף בשיחה קצרה. בכל מקרה, אבקש להסדיר את תשלום החשבונית עד {{payBy}}{{#originalDueDatePassed}} – מועד חדש, מאחר שמועד התשלום שסוכם, {{originalDueDatePassed}}, כבר חלף{{/originalDueDatePassed}}.',
      '',
      INVOICE_LIST + SIGN_OFF,
    ].join('\n'),
  },

  complaint_acknowledge: {
    subject: 'בהמשך לפנייתכם – חשבונית {{invoiceNumber}}',
    body: [
      GREETING,
      '',
      'תודה על המשוב הכן. צר לי שהשירות לא עמד בציפיות שלכם.',
      '',
      'לפני שאציע משהו, חשוב לי להבין בדיוק מה השתבש. אודה אם תפרטו אילו נקודות חשובות לכם במיוחד, ואם אפשר – עם דוגמה או תאריך לכל אחת. לאחר שאקבל את הפרטים, אחזור אליכם עם מה שאפשר לעשות ובאיזה לוח זמנים.',
      '',
      'במקביל, חשבונית מספר {{invoiceNumber}} על סך {{invoiceDue}} עדיין פתוחה. אודה אם תעדכנו אותי מתי צפוי התשלום, והאם ההערות שהעליתם נוגעות לה.',
      '',
      INVOICE_LIST + SIGN_OFF,
    ].join('\n'),
  },

  promise_confirm: {
    subject: 'אישור מועד התשלום – חשבונית {{invoiceNumber}}',
    body: [
      GREETING,
      '',
      'תודה על העדכון. כפי שסיכמנו, ברצוני לאשר בכתב: הסכום של {{amount}} ישולם לא יאוחר מיום {{promisedDate}}.',
      '',
      INVOICE_LIST + '{{#paymentDetails}}פרטי התשלום, לנוחות הנהלת החשבונות:',
      '{{paymentDetails}}',
      '',
      '{{/paymentDetails}}אם יחול שינוי במועד, אבקש לעדכן אותי מראש, כדי שאוכל להתארגן בהתאם. תודה על שיתוף הפעולה ועל העדכון המהיר.',
      '',
      SIGN_OFF,
    ].join('\n'),
  },

  promise_broken: {
    subject: 'התשלום שהובטח לא התקבל – חשבונית {{invoiceNumber}}',
    body: [
      GREETING,
      '',
      'התחייבתם לשלם את הסכום של {{amount}} עד {{promisedDate}}. המועד חלף, והתשלום המלא טרם התקבל{{#daysOverdue}}; החשבונית נמצאת כעת באיחור של {{daysOverdue}}{{/daysOverdue}}.',
      '',
      'אבקש להעביר את התשלום באופן מיידי{{#deadline}}, ולא יאוחר מיום {{deadline}}{{/deadline}}. אם הדבר אינו אפשרי, אבקש תשובה עוד היום עם מועד מחייב. אחרת, לא תהיה לי ברירה אלא לפתוח בהליכי גבייה.',
      '',
      INVOICE_LIST + PAYMENT_DETAILS + SIGN_OFF,
    ].join('\n'),
  },

  paid_ask_reference: {
    subject: 'התשלום עבור חשבונית {{invoiceNumber}} – בקשה לפרטי ההעברה',
    body: [
      GREETING,
      '',
      'תודה על העדכון שחשבונית מספר {{invoiceNumber}} שולמה. לעת עתה לא מצאתי בחשבון שלי זיכוי תואם בסך {{invoiceDue}}.',
      '',
      INVOICE_LIST + 'כדי לאתר את התשלום, אודה אם תשלחו את הפרטים הבאים:',
      '• תאריך ההעברה',
      '• הסכום שהועבר',
      '• מספר אסמכתה',
      '• חשבון היעד שאליו הועבר התשלום',
      '',
      'גם צילום של אישור ההעברה יעזור. ייתכן שהתשלום שויך בטעות או הועבר לחשבון אחר – במקרה כזה אטפל בכך מיד.',
      '',
      '{{#paymentDetails}}לשם הסדר הטוב, פרטי החשבון הנכונים:',
      '{{paymentDetails}}',
      '',
      '{{/paymentDetails}}' + SIGN_OFF,
    ].join('\n'),
  },

  final_demand: {
    subject: 'מכתב התראה לפני נקיטת הליכים משפטיים – חשבונית {{invoiceNumber}}',
    body: [
      ...FORMAL_HEADER,
      'הנדון: מכתב התראה לפני נקיטת הליכים משפטיים',
      '',
      'א.ג.נ.,',
      '',
      'חשבונית מספר {{invoiceNumber}}{{#issueDate}} מתאריך {{issueDate}}{{/issueDate}}, שמועד התשלום שלה היה {{dueDate}}, טרם שולמה במלואה{{#daysOverdue}}, וזאת באיחור של {{daysOverdue}}{{/daysOverdue}}.{{#unansweredSince}} לתזכורת מיום {{unansweredSince}} לא התקבל מענה.{{/unansweredSince}}',
      '',
      INVOICE_LIST + 'פירוט החוב:',
      'קרן החוב: {{amount}}',
      '{{#interestAmount}}ריבית פיגורים עד היום: {{interestAmount}}',
      '{{/interestAmount}}{{#interestRate}}שיעור הריבית השנתי: {{interestRate}}{{#rateAsOf}} (נכון ליום {{rateAsOf}}){{/rateAsOf}}',
      '{{/interestRate}}{{#compensationAmount}}פיצוי בגין הוצאות גבייה: {{compensationAmount}}',
      '{{/compensationAmount}}סך הכול: {{totalClaim}}{{#legalBasis}}\nהבסיס המשפטי: {{legalBasis}}{{/legalBasis}}',
      '',
      'הנכם נדרשים לשלם את מלוא הסכום בסך {{totalClaim}}{{#legalAddition}}, בצירוף {{legalAddition}},{{/legalAddition}} לא יאוחר מיום {{deadline}}.',
      '',
      'אם הסכום לא ישולם במלואו עד מועד זה, אפעל לגביית החוב בהליכים משפטיים, לרבות הגשת תביעה לבית המשפט או פתיחת תיק בלשכת ההוצאה לפועל, וזאת ללא כל התראה נוספת. כל ההוצאות הכרוכות בכך יחולו עליכם.',
      '',
      'אם התשלום כבר בוצע, אנא ראו מכתב זה כמבוטל.',
      '',
      '{{#paymentDetails}}פרטי החשבון לתשלום:',
      '{{paymentDetails}}',
      '',
      '{{/paymentDetails}}' + FORMAL_SIGN_OFF,
    ].join('\n'),
  },

  handover_notice: {
    subject: 'הודעה על העברת החוב לגבייה משפטית – חשבונית {{invoiceNumber}}',
    body: [
      ...FORMAL_HEADER,
      'הנדון: הודעה על העברת החוב לטיפול משפטי',
      '',
      'א.ג.נ.,',
      '',
      'למרות מכתב ההתראה שנשלח אליכם, החוב בגין חשבונית מספר {{invoiceNumber}} טרם שולם. סך החוב עומד כעת על {{totalClaim}}.',
      '',
      INVOICE_LIST +
        'הריני להודיעכם כי ביום {{deadline}} יועבר הטיפול בחוב לעורך דין או לחברת גבייה, לשם נקיטת הליכים לגבייתו. ההוצאות הנוספות שייגרמו בשל כך יחולו עליכם.',
      '',
      'רק תשלום מלא בסך {{totalClaim}}, שיתקבל לפני מועד זה, ימנע את הצעדים האלה.',
      '',
      '{{#paymentDetails}}פרטי החשבון לתשלום:',
      '{{paymentDetails}}',
      '',
      '{{/paymentDetails}}' + FORMAL_SIGN_OFF,
    ].join('\n'),
  },
};
