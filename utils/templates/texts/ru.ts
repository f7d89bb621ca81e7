import type { TemplateSet } from '../catalog';

/*
 * Russian message texts. Conventions kept on purpose:
 * - {{greeting}}: "Уважаемая Анна Сергеевна!" (name and patronymic) or "Уважаемый господин
 *   Иванов!" with a contact person (greeting.ts), else "Добрый день!"; "Вы"/"Ваш" are capitalised
 *   as in business letters to a person. The claim and the notice address the company.
 * - A sentence about one invoice gives its own amount ({{invoiceDue}}); the list ends with the total.
 * - History ("напоминание осталось без ответа") only from the log ({{unansweredSince}}).
 * - First person only in forms without grammatical gender ("напоминаю", "направляю", "придётся");
 *   "отправил/отправила", "благодарен/благодарна", "вынужден/вынуждена" would guess the gender.
 * - Counted nouns arrive declined ("12 дней"), so they only follow words that keep the case:
 *   "составляет {{daysOverdue}}", "через {{daysUntilDue}}".
 * - The final demand is a "досудебная претензия"; the legal lines appear only with a legal preset.
 */

/** Joins lines with \n so the texts stay readable in source. */
const lines = (...parts: string[]): string => parts.join('\n');

const GREETING = '{{greeting}}';
const INVOICE_REF = 'счёта № {{invoiceNumber}}{{#issueDate}} от {{issueDate}}{{/issueDate}}';
const INVOICE_LIST = '{{#invoiceList}}\n\nПеречень счетов:\n{{invoiceList}}{{/invoiceList}}';
const PAYMENT =
  '{{#paymentDetails}}\n\nРеквизиты для оплаты:\n{{paymentDetails}}{{/paymentDetails}}';
const CLOSE = '\n\nС уважением,\n{{signature}}';

/** Russian (ru) texts for every template in the catalog. */
export const ru: TemplateSet = {
  courtesy_before_due: {
    subject: 'Срок оплаты счёта № {{invoiceNumber}}',
    body:
      lines(
        GREETING,
        '',
        `Небольшое напоминание: {{dueDate}}{{#daysUntilDue}} (через {{daysUntilDue}}){{/daysUntilDue}} наступает срок оплаты ${INVOICE_REF} на сумму {{invoiceDue}}.${INVOICE_LIST}${PAYMENT}`,
        '',
        'Если счёт до Вас не дошёл или для оплаты нужны дополнительные документы (например, договор или акт), напишите, пожалуйста, — всё оперативно пришлю.',
      ) + CLOSE,
  },

  due_today: {
    subject: 'Сегодня срок оплаты счёта № {{invoiceNumber}}',
    body:
      lines(
        GREETING,
        '',
        `Напоминаю, что срок оплаты ${INVOICE_REF} истекает сегодня. Сумма к оплате по нему: {{invoiceDue}}{{#paidAmount}} (с учётом уже поступившей оплаты {{paidAmount}}){{/paidAmount}}.${INVOICE_LIST}${PAYMENT}`,
        '',
        'Если оплата уже отправлена — спасибо, в таком случае просто не обращайте внимания на это письмо.',
      ) + CLOSE,
  },

  reminder_gentle: {
    subject: 'Напоминание об оплате счёта № {{invoiceNumber}}',
    body:
      lines(
        GREETING,
        '',
        `Напоминаю об оплате ${INVOICE_REF}: срок оплаты ({{dueDate}}) уже прошёл{{#daysOverdue}}, просрочка составляет {{daysOverdue}}{{/daysOverdue}}. Сумма к оплате по нему: {{invoiceDue}}{{#paidAmount}} (с учётом уже поступившей части {{paidAmount}} — спасибо за неё){{/paidAmount}}.${INVOICE_LIST}${PAYMENT}`,
        '',
        'Скорее всего, платёж просто затерялся среди других дел. Прошу оплатить счёт в ближайшие дни. Если оплата уже в пути — спасибо, и не обращайте внимания на это письмо. А если что-то мешает оплате, дайте, пожалуйста, знать — обязательно найдём решение.',
      ) + CLOSE,
  },

  reminder_firm: {
    subject: 'Повторное напоминание: счёт № {{invoiceNumber}} не оплачен',
    body:
      lines(
        GREETING,
        '',
        `Возвращаюсь к вопросу оплаты ${INVOICE_REF} (срок оплаты — {{dueDate}}). Оплата до сих пор не поступила{{#daysOverdue}}, просрочка составляет уже {{daysOverdue}}{{/daysOverdue}}. Задолженность по нему: {{invoiceDue}}{{#paidAmount}} (с учётом частичной оплаты {{paidAmount}}){{/paidAmount}}.${INVOICE_LIST}`,
        '',
        'Прошу{{#deadline}} не позднее {{deadline}}{{/deadline}} погасить задолженность или сообщить конкретную дату оплаты. Если оплата задерживается по какой-то причине (нужны документы, есть вопросы к работе), сообщите, пожалуйста, — постараемся быстро всё решить.' +
          PAYMENT,
      ) + CLOSE,
  },

  forgot_friendly: {
    subject: 'Реквизиты для оплаты счёта № {{invoiceNumber}}',
    body:
      lines(
        GREETING,
        '',
        'Спасибо за ответ — такое бывает с каждым. Для удобства собираю всё в одном месте:',
        '',
        'Счёт № {{invoiceNumber}}',
        'Сумма к оплате: {{invoiceDue}}{{#paymentDetails}}',
        'Реквизиты:',
        '{{paymentDetails}}{{/paymentDetails}}' + INVOICE_LIST,
        '',
        'Буду ждать оплату в ближайшие дни. Спасибо!',
      ) + CLOSE,
  },

  channel_switch: {
    subject: 'Просьба помочь с оплатой счёта № {{invoiceNumber}}',
    body:
      lines(
        GREETING,
        '',
        `Обращаюсь к Вам за помощью по вопросу оплаты ${INVOICE_REF} на сумму {{invoiceDue}} (срок оплаты — {{dueDate}}).{{#unansweredSince}} Моё напоминание от {{unansweredSince}} осталось без ответа, поэтому пишу напрямую Вам.{{/unansweredSince}}${INVOICE_LIST}`,
        '',
        `Подскажите, пожалуйста, на каком этапе оплата, или перешлите это письмо сотруднику, который отвечает за платежи.${PAYMENT}`,
        '',
        'Заранее спасибо за помощь!',
      ) + CLOSE,
  },

  phone_script: {
    subject: 'Звонок: {{clientName}}, счёт № {{invoiceNumber}}',
    body: lines(
      'Цель звонка: договориться о конкретной дате оплаты.{{#contactName}}',
      'Собеседник: {{contactName}}{{/contactName}}',
      '',
      '• Представиться, спросить, удобно ли говорить пару минут.',
      '• Суть: счёт № {{invoiceNumber}} со сроком оплаты {{dueDate}}, к оплате {{invoiceDue}}{{#daysOverdue}}, просрочка: {{daysOverdue}}{{/daysOverdue}}.{{#invoiceList}}',
      '• Все неоплаченные счета:',
      '{{invoiceList}}{{/invoiceList}}{{#unansweredSince}}',
      '• Спокойно сказать, что с напоминания от {{unansweredSince}} ответа на письма не было.{{/unansweredSince}}',
      '• Спросить, получен ли счёт и что мешает оплате.',
      '• Попросить назвать конкретную дату оплаты и того, кто её проведёт.',
      '• Если есть претензии к работе — записать их и договориться, когда будет ответ.',
      '• В конце: «Сегодня же подтвержу наши договорённости письмом».{{#paymentDetails}}',
      '',
      'Реквизиты (если спросят):',
      '{{paymentDetails}}{{/paymentDetails}}',
    ),
  },

  dispute_specifics: {
    subject: 'Замечания по счёту № {{invoiceNumber}}: просьба уточнить детали',
    body:
      lines(
        GREETING,
        '',
        'Спасибо, что сообщили о замечаниях. Хочу как следует в них разобраться, поэтому прошу уточнить, к каким именно частям работы они относятся и какой результат Вы ожидали, — лучше всего с примерами или скриншотами.',
        '',
        'После этого предложу решение: доработку в рамках согласованного объёма или, если это будет обоснованно, частичную корректировку счёта.',
        '',
        `При этом прошу оплатить ту часть работы, которая замечаний не вызывает, не дожидаясь урегулирования остальных вопросов. Сумма к оплате по счёту № {{invoiceNumber}} — {{invoiceDue}} (срок оплаты — {{dueDate}}).${INVOICE_LIST}${PAYMENT}`,
      ) + CLOSE,
  },

  invoice_corrected: {
    subject: 'Исправленный счёт № {{invoiceNumber}}',
    body:
      lines(
        GREETING,
        '',
        'Спасибо, что обратили внимание на ошибку, и извините за неудобство. Во вложении — исправленный счёт № {{invoiceNumber}}.',
        '',
        '{{#correctedNote}}Что исправлено: {{correctedNote}}',
        '{{/correctedNote}}Сумма к оплате: {{invoiceDue}}',
        'Срок оплаты: {{payBy}}{{#originalDueDatePassed}} (новый срок, так как первоначальный — {{originalDueDatePassed}} — уже прошёл){{/originalDueDatePassed}}' +
          INVOICE_LIST +
          PAYMENT,
        '',
        'Прошу подтвердить получение и оплатить счёт до {{payBy}}.',
      ) + CLOSE,
  },

  invoice_resend: {
    subject: 'Повторно направляю счёт № {{invoiceNumber}}',
    body:
      lines(
        GREETING,
        '',
        'Похоже, предыдущее письмо со счётом до Вас не дошло. Повторно направляю счёт № {{invoiceNumber}}{{#issueDate}} от {{issueDate}}{{/issueDate}} во вложении.',
        '',
        'Сумма к оплате: {{invoiceDue}}',
        'Срок оплаты: {{payBy}}{{#originalDueDatePassed}} (новый срок, так как счёт доходит до Вас уже после первоначального — {{originalDueDatePassed}}){{/originalDueDatePassed}}' +
          INVOICE_LIST +
          PAYMENT,
        '',
        'Пожалуйста, подтвердите получение. Если счета нужно направлять на другой адрес (например, в бухгалтерию) или в другом виде, сообщите — учту.',
      ) + CLOSE,
  },

  instalment_offer: {
    subject: 'Предложение об оплате частями: счёт № {{invoiceNumber}}',
    body:
      lines(
        GREETING,
        '',
        `Спасибо, что откровенно рассказали о ситуации. Чтобы Вам было проще погасить задолженность в размере {{amount}}, предлагаю разбить оплату на несколько платежей по следующему графику:${INVOICE_LIST}`,
        '',
        '{{instalmentPlan}}',
        '',
        'Если график Вас устраивает, подтвердите его, пожалуйста, ответным письмом — этого достаточно. Пока платежи поступают в срок, напоминаний от меня не будет; при просрочке любого из платежей вся оставшаяся сумма подлежит оплате сразу.' +
          PAYMENT,
      ) + CLOSE,
  },

  early_payment_discount: {
    subject:
      'Скидка {{discountPercent}} при оплате счёта № {{invoiceNumber}} до {{discountDeadline}}',
    body:
      lines(
        GREETING,
        '',
        `Чтобы упростить расчёты, предлагаю при оплате до {{discountDeadline}} скидку {{discountPercent}}: в этом случае к оплате будет {{discountedAmount}} вместо {{amount}}.${INVOICE_LIST}`,
        '',
        `После этой даты действует полная сумма.${PAYMENT}`,
        '',
        'Напишите, пожалуйста, подходит ли Вам такой вариант.',
      ) + CLOSE,
  },

  value_explain: {
    subject: 'Что входит в счёт № {{invoiceNumber}}',
    body:
      lines(
        GREETING,
        '',
        'Понимаю, что у Вас возникли вопросы по сумме счёта № {{invoiceNumber}} ({{invoiceDue}}), поэтому коротко напомню, за что он выставлен.',
        '',
        'Стоимость была согласована до начала работы и включает весь оговорённый объём: не только итоговый результат, но и подготовку, согласования и внесённые правки. Работа выполнена и передана в соответствии с договорённостями, тогда же был определён и срок оплаты ({{dueDate}}).' +
          INVOICE_LIST,
        '',
        'Могу прислать подробный перечень выполненных работ или обсудить детали по телефону. При этом прошу оплатить счёт до {{payBy}}{{#originalDueDatePassed}} — это новый срок, так как первоначальный ({{originalDueDatePassed}}) уже прошёл{{/originalDueDatePassed}}.' +
          PAYMENT,
      ) + CLOSE,
  },

  complaint_acknowledge: {
    subject: 'Ваши замечания и оплата счёта № {{invoiceNumber}}',
    body:
      lines(
        GREETING,
        '',
        'Спасибо за откровенный отзыв. Жаль, что работа со мной оказалась не такой, как Вы ожидали.',
        '',
        'Прежде чем что-то предлагать, хочу точно понять, что пошло не так. Напишите, пожалуйста, какие моменты для Вас важнее всего — по возможности с примером или датой к каждому. Получив подробности, отвечу, что могу сделать и в какие сроки.',
        '',
        `Вместе с тем прошу подсказать, когда планируется оплата счёта № {{invoiceNumber}} на сумму {{invoiceDue}} (срок оплаты — {{dueDate}}) и затрагивают ли его Ваши замечания.${INVOICE_LIST}`,
      ) + CLOSE,
  },

  promise_confirm: {
    subject: 'Подтверждение даты оплаты счёта № {{invoiceNumber}}',
    body:
      lines(
        GREETING,
        '',
        `Спасибо за ответ. Для порядка подтверждаю нашу договорённость: до {{promisedDate}} поступит оплата в размере {{amount}}.${INVOICE_LIST}${PAYMENT}`,
        '',
        'Если что-то изменится, предупредите, пожалуйста, заранее.',
      ) + CLOSE,
  },

  promise_broken: {
    subject: 'Оплата по счёту № {{invoiceNumber}} не поступила в согласованный срок',
    body:
      lines(
        GREETING,
        '',
        'Мы договорились, что оплата по счёту № {{invoiceNumber}} поступит до {{promisedDate}}, однако на сегодня она не получена{{#daysOverdue}}, а просрочка с первоначального срока оплаты ({{dueDate}}) составляет уже {{daysOverdue}}{{/daysOverdue}}.' +
          INVOICE_LIST,
        '',
        'Прошу незамедлительно{{#deadline}}, не позднее {{deadline}},{{/deadline}} погасить задолженность в размере {{amount}}. Если оплата не поступит, придётся перейти к следующим шагам по взысканию задолженности.' +
          PAYMENT,
      ) + CLOSE,
  },

  paid_ask_reference: {
    subject: 'Оплата счёта № {{invoiceNumber}}: просьба прислать платёжное поручение',
    body:
      lines(
        GREETING,
        '',
        'Спасибо за информацию об оплате. К сожалению, платёж ко мне пока не поступил. Чтобы быстро его найти, пришлите, пожалуйста, копию платёжного поручения или сообщите:',
        '• дату платежа;',
        '• сумму и реквизиты, по которым он отправлен;',
        '• назначение платежа.',
        '',
        `Напомню, что сумма к оплате по счёту № {{invoiceNumber}} — {{invoiceDue}}.${INVOICE_LIST}{{#paymentDetails}}`,
        '',
        'Актуальные реквизиты для сверки:',
        '{{paymentDetails}}{{/paymentDetails}}',
        '',
        'Бывает, что платёж уходит по старым реквизитам или с другим назначением, — тогда это легко выяснить. Спасибо за помощь!',
      ) + CLOSE,
  },

  final_demand: {
    subject: 'Досудебная претензия: задолженность по счёту № {{invoiceNumber}}',
    body:
      lines(
        'ДОСУДЕБНАЯ ПРЕТЕНЗИЯ',
        '',
        'Адресат: {{clientName}}{{#contactName}}, {{contactName}}{{/contactName}}',
        '',
        `По счёту № {{invoiceNumber}}{{#issueDate}} от {{issueDate}}{{/issueDate}} со сроком оплаты {{dueDate}} оплата не произведена{{#daysOverdue}}, просрочка составляет {{daysOverdue}}{{/daysOverdue}}.{{#unansweredSince}} Напоминание от {{unansweredSince}} осталось без ответа.{{/unansweredSince}}${INVOICE_LIST}`,
        '',
        'Требую в срок до {{deadline}} погасить задолженность в общей сумме {{totalClaim}}{{#interestAmount}}, а также проценты, начисляемые по день фактической оплаты{{/interestAmount}}.',
        '',
        'Основной долг: {{amount}}{{#interestAmount}}',
        'Проценты ({{interestTerm}}) на дату претензии: {{interestAmount}}{{/interestAmount}}{{#interestRate}} ({{interestRate}} годовых{{#rateAsOf}}, ставка по состоянию на {{rateAsOf}}{{/rateAsOf}}){{/interestRate}}{{#compensationAmount}}',
        'Компенсация расходов на взыскание задолженности: {{compensationAmount}}{{/compensationAmount}}{{#legalAddition}}',
        'Кроме того: {{legalAddition}}{{/legalAddition}}{{#legalBasis}}',
        'Правовое основание: {{legalBasis}}{{/legalBasis}}' + PAYMENT,
        '',
        'Если требование не будет исполнено в указанный срок, спор будет передан на рассмотрение в суд с требованием о взыскании задолженности{{#interestAmount}}, процентов по день фактической оплаты{{/interestAmount}} и судебных расходов.',
        '',
        'Настоящая претензия направляется в порядке досудебного урегулирования спора. Если оплата уже произведена, прошу сообщить дату и номер платёжного поручения.',
      ) + CLOSE,
  },

  handover_notice: {
    subject: 'Уведомление о передаче задолженности по счёту № {{invoiceNumber}} на взыскание',
    body:
      lines(
        'Уважаемые коллеги!',
        '',
        'Несмотря на досудебную претензию, задолженность по счёту № {{invoiceNumber}} в общей сумме {{totalClaim}} не погашена{{#daysOverdue}} (просрочка — {{daysOverdue}}){{/daysOverdue}}.' +
          INVOICE_LIST,
        '',
        'Уведомляю: если задолженность не будет погашена до {{deadline}}, документы по ней будут переданы для взыскания в коллекторское агентство или в суд. Это может повлечь для вас дополнительные расходы, в том числе судебные.' +
          PAYMENT,
        '',
        'Если оплата уже произведена, пришлите, пожалуйста, подтверждение.',
      ) + CLOSE,
  },
};
