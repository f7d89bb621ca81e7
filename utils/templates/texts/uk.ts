import type { TemplateSet } from '../catalog';

/*
 * Ukrainian message texts. Conventions kept on purpose:
 * - {{greeting}}: "Шановна пані Олено!" only where greeting.ts forms the vocative correctly, else
 *   "Шановна пані Ковальчук!" / "Шановний пане!", and "Добрий день!" without a contact person;
 *   "Ви"/"Ваш" are capitalised as in business letters to a person. The name appears in the
 *   nominative only where the nominative is right (labels).
 * - A sentence about one invoice gives its own amount ({{invoiceDue}}); the list ends with the total.
 * - History ("нагадування залишилося без відповіді") only from the log ({{unansweredSince}}).
 * - First person only in forms without grammatical gender ("нагадую", "надсилаю", "доведеться");
 *   "надіслав/надіслала", "вдячний/вдячна", "змушений/змушена" would guess the gender.
 * - Counted nouns arrive declined ("12 днів"), so they only follow words that keep the case:
 *   "становить {{daysOverdue}}", "через {{daysUntilDue}}".
 * - "оплатити рахунок" but "сплатити суму/заборгованість"; "термін" is a point in time,
 *   "строк" a period. The final demand is a "претензія".
 */

/** Joins lines with \n so the texts stay readable in source. */
const lines = (...parts: string[]): string => parts.join('\n');

const GREETING = '{{greeting}}';
const INVOICE_REF = 'рахунку № {{invoiceNumber}}{{#issueDate}} від {{issueDate}}{{/issueDate}}';
const INVOICE_LIST = '{{#invoiceList}}\n\nПерелік рахунків:\n{{invoiceList}}{{/invoiceList}}';
const PAYMENT =
  '{{#paymentDetails}}\n\nРеквізити для оплати:\n{{paymentDetails}}{{/paymentDetails}}';
const CLOSE = '\n\nЗ повагою,\n{{signature}}';

/** Ukrainian (uk) texts for every template in the catalog. */
export const uk: TemplateSet = {
  courtesy_before_due: {
    subject: 'Термін оплати рахунку № {{invoiceNumber}}',
    body:
      lines(
        GREETING,
        '',
        `Нагадую, що {{dueDate}}{{#daysUntilDue}} (через {{daysUntilDue}}){{/daysUntilDue}} настає термін оплати ${INVOICE_REF} на суму {{invoiceDue}}.${INVOICE_LIST}${PAYMENT}`,
        '',
        'Якщо рахунок до Вас не надійшов або для оплати потрібні додаткові документи (наприклад, договір чи акт виконаних робіт), напишіть, будь ласка, — усе оперативно надішлю.',
      ) + CLOSE,
  },

  due_today: {
    subject: 'Сьогодні термін оплати рахунку № {{invoiceNumber}}',
    body:
      lines(
        GREETING,
        '',
        `Нагадую, що рахунок № {{invoiceNumber}}{{#issueDate}} від {{issueDate}}{{/issueDate}} потрібно оплатити сьогодні. Сума до сплати за ним: {{invoiceDue}}{{#paidAmount}} (з урахуванням уже отриманої оплати {{paidAmount}}){{/paidAmount}}.${INVOICE_LIST}${PAYMENT}`,
        '',
        'Якщо оплату вже здійснено — дякую, у такому разі просто не зважайте на цей лист.',
      ) + CLOSE,
  },

  reminder_gentle: {
    subject: 'Нагадування про оплату рахунку № {{invoiceNumber}}',
    body:
      lines(
        GREETING,
        '',
        `Нагадую про оплату ${INVOICE_REF}: термін оплати ({{dueDate}}) уже минув{{#daysOverdue}}, прострочення становить {{daysOverdue}}{{/daysOverdue}}. Сума до сплати за ним: {{invoiceDue}}{{#paidAmount}} (з урахуванням уже отриманої частини {{paidAmount}} — дякую за неї){{/paidAmount}}.${INVOICE_LIST}${PAYMENT}`,
        '',
        'Імовірно, платіж просто загубився серед інших справ. Прошу оплатити рахунок найближчими днями. Якщо оплата вже в дорозі — дякую, і не зважайте на цей лист. А якщо щось заважає оплаті, дайте, будь ласка, знати — неодмінно знайдемо рішення.',
      ) + CLOSE,
  },

  reminder_firm: {
    subject: 'Повторне нагадування: рахунок № {{invoiceNumber}} не оплачено',
    body:
      lines(
        GREETING,
        '',
        `Повертаюся до питання оплати ${INVOICE_REF} (термін оплати — {{dueDate}}). Оплата досі не надійшла{{#daysOverdue}}, прострочення становить уже {{daysOverdue}}{{/daysOverdue}}. Заборгованість за ним: {{invoiceDue}}{{#paidAmount}} (з урахуванням часткової оплати {{paidAmount}}){{/paidAmount}}.${INVOICE_LIST}`,
        '',
        'Прошу{{#deadline}} не пізніше ніж {{deadline}}{{/deadline}} сплатити заборгованість або повідомити конкретну дату оплати. Якщо оплату щось затримує (потрібні документи, є питання щодо роботи), повідомте, будь ласка, — постараюся швидко все вирішити.' +
          PAYMENT,
      ) + CLOSE,
  },

  forgot_friendly: {
    subject: 'Реквізити для оплати рахунку № {{invoiceNumber}}',
    body:
      lines(
        GREETING,
        '',
        'Дякую за відповідь — таке буває з кожним. Для зручності збираю все в одному місці:',
        '',
        'Рахунок № {{invoiceNumber}}',
        'Сума до сплати: {{invoiceDue}}{{#paymentDetails}}',
        'Реквізити:',
        '{{paymentDetails}}{{/paymentDetails}}' + INVOICE_LIST,
        '',
        'Чекатиму на оплату найближчими днями. Дякую!',
      ) + CLOSE,
  },

  channel_switch: {
    subject: 'Прохання допомогти з оплатою рахунку № {{invoiceNumber}}',
    body:
      lines(
        GREETING,
        '',
        `Звертаюся до Вас із проханням допомогти з оплатою ${INVOICE_REF} на суму {{invoiceDue}} (термін оплати — {{dueDate}}).{{#unansweredSince}} Моє нагадування від {{unansweredSince}} залишилося без відповіді, тому пишу безпосередньо Вам.{{/unansweredSince}}${INVOICE_LIST}`,
        '',
        `Підкажіть, будь ласка, на якому етапі оплата, або перешліть цей лист працівникові, який відповідає за платежі.${PAYMENT}`,
        '',
        'Заздалегідь дякую за допомогу!',
      ) + CLOSE,
  },

  phone_script: {
    subject: 'Дзвінок: {{clientName}}, рахунок № {{invoiceNumber}}',
    body: lines(
      'Мета дзвінка: домовитися про конкретну дату оплати.{{#contactName}}',
      'Співрозмовник: {{contactName}}{{/contactName}}',
      '',
      '• Привітатися, представитися, запитати, чи зручно говорити кілька хвилин.',
      '• Суть: рахунок № {{invoiceNumber}} з терміном оплати {{dueDate}}, до сплати {{invoiceDue}}{{#daysOverdue}}, прострочення: {{daysOverdue}}{{/daysOverdue}}.{{#invoiceList}}',
      '• Усі неоплачені рахунки:',
      '{{invoiceList}}{{/invoiceList}}{{#unansweredSince}}',
      '• Спокійно сказати, що від нагадування {{unansweredSince}} відповіді на листи не було.{{/unansweredSince}}',
      '• Запитати, чи отримали рахунок і що заважає оплаті.',
      '• Попросити назвати конкретну дату оплати й відповідальну особу.',
      '• Якщо є претензії до роботи — записати їх і домовитися, коли буде відповідь.',
      '• Наприкінці: «Сьогодні ж підтверджу наші домовленості листом».{{#paymentDetails}}',
      '',
      'Реквізити (якщо запитають):',
      '{{paymentDetails}}{{/paymentDetails}}',
    ),
  },

  dispute_specifics: {
    subject: 'Зауваження до рахунку № {{invoiceNumber}}: прохання уточнити деталі',
    body:
      lines(
        GREETING,
        '',
        'Дякую, що повідомили про зауваження. Хочу ретельно в них розібратися, тому прошу уточнити, яких саме частин роботи вони стосуються і якого результату Ви очікували, — найкраще з прикладами чи знімками екрана.',
        '',
        'Після цього запропоную рішення: доопрацювання в межах погодженого обсягу або, якщо це буде обґрунтовано, часткове коригування рахунку.',
        '',
        `Водночас прошу оплатити ту частину роботи, яка не викликає зауважень, не чекаючи врегулювання інших питань. Сума до сплати за рахунком № {{invoiceNumber}} — {{invoiceDue}} (термін оплати — {{dueDate}}).${INVOICE_LIST}${PAYMENT}`,
      ) + CLOSE,
  },

  invoice_corrected: {
    subject: 'Виправлений рахунок № {{invoiceNumber}}',
    body:
      lines(
        GREETING,
        '',
        'Дякую, що звернули увагу на помилку, і перепрошую за незручності. У вкладенні — виправлений рахунок № {{invoiceNumber}}.',
        '',
        '{{#correctedNote}}Що виправлено: {{correctedNote}}',
        '{{/correctedNote}}Сума до сплати: {{invoiceDue}}',
        'Термін оплати: {{payBy}}{{#originalDueDatePassed}} (новий термін, бо початковий — {{originalDueDatePassed}} — уже минув){{/originalDueDatePassed}}' +
          INVOICE_LIST +
          PAYMENT,
        '',
        'Прошу підтвердити отримання й оплатити рахунок до {{payBy}}.',
      ) + CLOSE,
  },

  invoice_resend: {
    subject: 'Повторно надсилаю рахунок № {{invoiceNumber}}',
    body:
      lines(
        GREETING,
        '',
        'Схоже, попередній лист із рахунком до Вас не дійшов. Повторно надсилаю рахунок № {{invoiceNumber}}{{#issueDate}} від {{issueDate}}{{/issueDate}} у вкладенні.',
        '',
        'Сума до сплати: {{invoiceDue}}',
        'Термін оплати: {{payBy}}{{#originalDueDatePassed}} (новий термін, бо рахунок доходить до Вас уже після початкового — {{originalDueDatePassed}}){{/originalDueDatePassed}}' +
          INVOICE_LIST +
          PAYMENT,
        '',
        'Будь ласка, підтвердьте отримання. Якщо рахунки слід надсилати на іншу адресу (наприклад, до бухгалтерії) або в іншому форматі, повідомте — врахую.',
      ) + CLOSE,
  },

  instalment_offer: {
    subject: 'Пропозиція оплати частинами: рахунок № {{invoiceNumber}}',
    body:
      lines(
        GREETING,
        '',
        `Дякую, що відверто розповіли про ситуацію. Щоб Вам було простіше погасити заборгованість у розмірі {{amount}}, пропоную розбити оплату на кілька платежів за таким графіком:${INVOICE_LIST}`,
        '',
        '{{instalmentPlan}}',
        '',
        'Якщо графік Вам підходить, підтвердьте його, будь ласка, листом у відповідь — цього достатньо. Поки платежі надходять вчасно, нагадувань від мене не буде; у разі прострочення будь-якого платежу всю решту суми потрібно буде сплатити одразу.' +
          PAYMENT,
      ) + CLOSE,
  },

  early_payment_discount: {
    subject:
      'Знижка {{discountPercent}} за оплату рахунку № {{invoiceNumber}} до {{discountDeadline}}',
    body:
      lines(
        GREETING,
        '',
        'Щоб полегшити розрахунки, пропоную за умови оплати до {{discountDeadline}} знижку {{discountPercent}}: у такому разі до сплати буде {{discountedAmount}} замість {{amount}}.' +
          INVOICE_LIST,
        '',
        `Після цієї дати діє повна сума.${PAYMENT}`,
        '',
        'Напишіть, будь ласка, чи підходить Вам такий варіант.',
      ) + CLOSE,
  },

  value_explain: {
    subject: 'Що входить у рахунок № {{invoiceNumber}}',
    body:
      lines(
        GREETING,
        '',
        'Розумію, що у Вас виникли питання щодо суми рахунку № {{invoiceNumber}} ({{invoiceDue}}), тому коротко нагадаю, за що його виставлено.',
        '',
        'Вартість було погоджено до початку роботи, і вона охоплює весь узгоджений обсяг: не лише кінцевий результат, а й підготовку, погодження та внесені зміни. Роботу виконано й передано відповідно до домовленостей, тоді ж було визначено й термін оплати ({{dueDate}}).' +
          INVOICE_LIST,
        '',
        'Можу надіслати детальний перелік виконаних робіт або обговорити подробиці телефоном. Водночас прошу оплатити рахунок до {{payBy}}{{#originalDueDatePassed}} — це новий термін, бо початковий ({{originalDueDatePassed}}) уже минув{{/originalDueDatePassed}}.' +
          PAYMENT,
      ) + CLOSE,
  },

  complaint_acknowledge: {
    subject: 'Ваші зауваження та оплата рахунку № {{invoiceNumber}}',
    body:
      lines(
        GREETING,
        '',
        'Дякую за відвертий відгук. Шкода, що співпраця виявилася не такою, як Ви очікували.',
        '',
        'Перш ніж щось пропонувати, хочу точно зрозуміти, що пішло не так. Напишіть, будь ласка, які моменти для Вас найважливіші — за можливості з прикладом або датою до кожного. Отримавши подробиці, відповім, що можу зробити і в які строки.',
        '',
        `Водночас прошу підказати, коли планується оплата рахунку № {{invoiceNumber}} на суму {{invoiceDue}} (термін оплати — {{dueDate}}) і чи стосуються його Ваші зауваження.${INVOICE_LIST}`,
      ) + CLOSE,
  },

  promise_confirm: {
    subject: 'Підтвердження дати оплати рахунку № {{invoiceNumber}}',
    body:
      lines(
        GREETING,
        '',
        `Дякую за відповідь. Для ясності підтверджую нашу домовленість: до {{promisedDate}} надійде оплата в розмірі {{amount}}.${INVOICE_LIST}${PAYMENT}`,
        '',
        'Якщо щось зміниться, попередьте, будь ласка, заздалегідь.',
      ) + CLOSE,
  },

  promise_broken: {
    subject: 'Оплата за рахунком № {{invoiceNumber}} не надійшла в погоджений термін',
    body:
      lines(
        GREETING,
        '',
        'Ми домовилися, що оплата за рахунком № {{invoiceNumber}} надійде до {{promisedDate}}, проте станом на сьогодні її не отримано{{#daysOverdue}}, а прострочення від початкового терміну оплати ({{dueDate}}) становить уже {{daysOverdue}}{{/daysOverdue}}.' +
          INVOICE_LIST,
        '',
        'Прошу невідкладно{{#deadline}}, не пізніше ніж {{deadline}},{{/deadline}} сплатити заборгованість у розмірі {{amount}}. Якщо оплата не надійде, доведеться перейти до наступних кроків зі стягнення заборгованості.' +
          PAYMENT,
      ) + CLOSE,
  },

  paid_ask_reference: {
    subject: 'Оплата рахунку № {{invoiceNumber}}: прохання надіслати підтвердження',
    body:
      lines(
        GREETING,
        '',
        'Дякую за інформацію про оплату. На жаль, платіж до мене поки не надійшов. Щоб швидко його знайти, надішліть, будь ласка, копію платіжної інструкції або повідомте:',
        '• дату платежу;',
        '• суму та реквізити, на які його відправлено;',
        '• призначення платежу.',
        '',
        `Нагадаю, що сума до сплати за рахунком № {{invoiceNumber}} — {{invoiceDue}}.${INVOICE_LIST}{{#paymentDetails}}`,
        '',
        'Актуальні реквізити для звірки:',
        '{{paymentDetails}}{{/paymentDetails}}',
        '',
        'Буває, що платіж іде за старими реквізитами або з іншим призначенням, — тоді це легко з’ясувати. Дякую за допомогу!',
      ) + CLOSE,
  },

  final_demand: {
    subject: 'Претензія щодо сплати заборгованості за рахунком № {{invoiceNumber}}',
    body:
      lines(
        'ПРЕТЕНЗІЯ',
        'щодо сплати заборгованості',
        '',
        'Адресат: {{clientName}}{{#contactName}}, {{contactName}}{{/contactName}}',
        '',
        `За рахунком № {{invoiceNumber}}{{#issueDate}} від {{issueDate}}{{/issueDate}} з терміном оплати {{dueDate}} оплату не здійснено{{#daysOverdue}}, прострочення становить {{daysOverdue}}{{/daysOverdue}}.{{#unansweredSince}} Нагадування від {{unansweredSince}} залишилося без відповіді.{{/unansweredSince}}${INVOICE_LIST}`,
        '',
        'Вимагаю в строк до {{deadline}} сплатити заборгованість у загальній сумі {{totalClaim}}{{#interestAmount}}, а також проценти, що нараховуватимуться до дня фактичної оплати{{/interestAmount}}.',
        '',
        'Основний борг: {{amount}}{{#interestAmount}}',
        'Проценти ({{interestTerm}}) на дату претензії: {{interestAmount}}{{/interestAmount}}{{#interestRate}} ({{interestRate}} річних{{#rateAsOf}}, ставка станом на {{rateAsOf}}{{/rateAsOf}}){{/interestRate}}{{#compensationAmount}}',
        'Компенсація витрат на стягнення заборгованості: {{compensationAmount}}{{/compensationAmount}}{{#legalAddition}}',
        'Крім того: {{legalAddition}}{{/legalAddition}}{{#legalBasis}}',
        'Правова підстава: {{legalBasis}}{{/legalBasis}}' + PAYMENT,
        '',
        'Якщо вимогу не буде виконано у встановлений строк, спір буде передано на розгляд суду з вимогою стягнути заборгованість{{#interestAmount}}, проценти до дня фактичної оплати{{/interestAmount}} та судові витрати.',
        '',
        'Цю претензію надіслано в порядку досудового врегулювання спору. Якщо оплату вже здійснено, прошу повідомити дату й номер платіжної інструкції.',
      ) + CLOSE,
  },

  handover_notice: {
    subject:
      'Повідомлення про передачу заборгованості за рахунком № {{invoiceNumber}} на стягнення',
    body:
      lines(
        'Шановні пані та панове!',
        '',
        'Попри претензію, заборгованість за рахунком № {{invoiceNumber}} у загальній сумі {{totalClaim}} досі не сплачено{{#daysOverdue}} (прострочення — {{daysOverdue}}){{/daysOverdue}}.' +
          INVOICE_LIST,
        '',
        'Повідомляю: якщо заборгованість не буде сплачено до {{deadline}}, документи щодо неї буде передано для стягнення до колекторської компанії або до суду. Це може спричинити для вас додаткові витрати, зокрема судові.' +
          PAYMENT,
        '',
        'Якщо оплату вже здійснено, надішліть, будь ласка, підтвердження.',
      ) + CLOSE,
  },
};
