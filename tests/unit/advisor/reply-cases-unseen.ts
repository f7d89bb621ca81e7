/**
 * Unseen replies: written before the classifier was re-tuned, without looking at the other
 * tables, as clients actually write (greetings, signatures, quoted reminders below the reply,
 * typos, missing diacritics, both registers). Measured by classify-unseen.test.ts.
 *
 * Labelling rules for replies that say several things (the same rules classify.ts applies):
 *  1. already_paid wins over everything: a client who says (or asks whether you got) the
 *     payment is not refusing anything else. "Did you get our transfer?" is already_paid.
 *  2. A negated reason is no reason: "it's not that we forgot, the invoice is wrong" is
 *     invoice_error; "we're not refusing, we just have no money" is cash_flow.
 *  3. A concrete blocker (quality_dispute, invoice_error, not_received, service_complaint,
 *     value_doubt, cash_flow) outranks a bare refusal (deliberate) and a promise that depends on
 *     it ("we'll pay once it's fixed / once you resend it / when money comes in").
 *  4. An unconditional promise with a concrete day ("on Monday", "by Friday", "15 March") wins
 *     over an aside complaint or an apology for forgetting; without a day, forgetting stays
 *     forgot and a shortage of money stays cash_flow ("can't pay until January").
 *  5. Quoted previous messages, signatures and legal footers are not the client's reply.
 *  6. unknown: not about paying (calls, thanks, "forwarded to accounting", questions about work).
 */
import type { ReplyCase } from './reply-cases';

export const UNSEEN_CASES: readonly ReplyCase[] = [
  // ───────────────────────────── English ─────────────────────────────
  ['en', 'already_paid', 'Paid yesterday.'],
  [
    'en',
    'already_paid',
    `Hi Anna,

we sent the transfer on Monday, it should be with you by now. Can you check on your side?

Best,
Mark

On Tue, 3 Jun 2025 at 10:12, Anna Kowalska <anna@studio.pl> wrote:
> Hi Mark, just a reminder that invoice #1043 is now 14 days overdue.
> If there is any problem with the invoice please let me know.`,
  ],
  ['en', 'already_paid', 'Hey, did you get our transfer? It left our account last Thursday.'],
  ['en', 'already_paid', 'I think this was settled already - remittance advice attached.'],
  [
    'en',
    'quality_dispute',
    "Honestly the site still doesn't work on mobile and half the contact forms throw errors. We're not paying the balance until this is fixed.",
  ],
  [
    'en',
    'quality_dispute',
    "The translations were full of mistakes, our reviewer had to redo most of chapter 3. I can't sign off on this as it is.",
  ],
  [
    'en',
    'invoice_error',
    'Hi, the invoice shows 40 hours but we agreed on 32. Could you reissue it with the correct amount?',
  ],
  [
    'en',
    'invoice_error',
    "Our AP team flagged that the VAT number on the invoice is wrong and there's no PO number - they can't process it like that. Please send a corrected one.",
  ],
  [
    'en',
    'not_received',
    "Sorry, which invoice? I don't think we ever got it. Could you resend to ap@northwind.co?",
  ],
  ['en', 'not_received', 'hi - nothing arrived in our inbox, can u send the invoice again pls'],
  [
    'en',
    'cash_flow',
    "We're not refusing, honestly, we just don't have the funds right now. Our biggest customer is 60 days late paying us. Could we split it into three payments?",
  ],
  ['en', 'cash_flow', 'Things are tight this quarter. Can we settle it in February?'],
  ['en', 'forgot', "Oh no, this completely slipped my mind! Sorry about that, I'll sort it out."],
  ['en', 'forgot', 'Apologies, it got buried in my inbox. Thanks for the nudge.'],
  [
    'en',
    'value_doubt',
    "To be frank, $4,800 for a landing page seems excessive. I don't see how it adds up to that many hours.",
  ],
  [
    'en',
    'value_doubt',
    "I'm not disputing that the work was done, but it simply wasn't worth that price. I'd be willing to pay half.",
  ],
  [
    'en',
    'service_complaint',
    'Your team missed every deadline and nobody answered our emails for two weeks. Very disappointed with how this project was handled.',
  ],
  [
    'en',
    'service_complaint',
    "I've had to chase your project manager for every single update. The communication was terrible and frankly rude.",
  ],
  [
    'en',
    'unresponsive',
    'I am out of the office until 18 August with limited access to email. For urgent matters please contact office@brightline.com.',
  ],
  [
    'en',
    'unresponsive',
    'Jane no longer works at Brightline. Please direct your enquiries to info@brightline.com.',
  ],
  [
    'en',
    'deliberate',
    'We will not be paying this invoice. If you want to take it further, talk to our lawyer.',
  ],
  ['en', 'deliberate', "Stop emailing me. I'm not paying a cent."],
  ['en', 'promise_to_pay', 'Payment will go out on Friday.'],
  [
    'en',
    'promise_to_pay',
    `Thanks for the reminder, I've scheduled the payment for 15 December.

--
Kind regards
Susan Miller
Finance Manager | Acme Ltd
+44 20 1234 5678
This email and any attachments are confidential. If you have received it in error, please notify the sender and delete it.`,
  ],
  ['en', 'unknown', 'Thanks! Can we jump on a call Thursday to discuss the next phase?'],
  [
    'en',
    'unknown',
    `Thanks, let's talk tomorrow about the new brief.

> Hi Tom, a friendly reminder that invoice 88 is overdue. If you have already paid, please ignore this message.`,
  ],
  [
    'en',
    'invoice_error',
    "It's not that we forgot - the invoice has the wrong company name on it, it should be Brightline Ltd, not Brightline LLC.",
  ],
  [
    'en',
    'promise_to_pay',
    "The delivery was a week late which caused us some trouble, but we'll pay the invoice on Monday.",
  ],
  ['en', 'quality_dispute', "We'll pay once the remaining bugs are fixed."],
  ['en', 'cash_flow', 'cant pay this month, cashflow is a mess. next month for sure'],
  ['en', 'promise_to_pay', 'Will pay tomorrow, sorry for the wait'],

  // ───────────────────────────── Polish ─────────────────────────────
  ['pl', 'already_paid', 'Zapłacone wczoraj.'],
  [
    'pl',
    'already_paid',
    `Dzień dobry,
przelew wyszedł od nas 12.05, w załączniku potwierdzenie.
Pozdrawiam
Marek Nowak`,
  ],
  ['pl', 'already_paid', 'Czy otrzymała Pani nasz przelew? Wysłaliśmy go w piątek.'],
  ['pl', 'already_paid', 'zaplacilem w poniedzialek, prosze sprawdzic konto'],
  [
    'pl',
    'quality_dispute',
    'Niestety strona nadal nie działa poprawnie – formularz kontaktowy nie wysyła wiadomości, a na telefonach wszystko się rozjeżdża. Dopóki to nie zostanie poprawione, nie zapłacimy.',
  ],
  [
    'pl',
    'quality_dispute',
    'Tlumaczenie jest pelne bledow, musielismy je poprawiac sami. Nie akceptujemy tej pracy w obecnej formie.',
  ],
  [
    'pl',
    'invoice_error',
    'Panie Tomaszu, na fakturze jest błędny NIP i zła nazwa firmy. Proszę o wystawienie faktury korygującej.',
  ],
  [
    'pl',
    'invoice_error',
    'Kwota sie nie zgadza – umawialismy sie na 3000 zl netto, a na fakturze jest 3500.',
  ],
  [
    'pl',
    'not_received',
    'Nie dostaliśmy żadnej faktury. Może Pan wysłać jeszcze raz na adres ksiegowosc@firma.pl?',
  ],
  [
    'pl',
    'not_received',
    'Nie widze tej faktury w skrzynce, chyba nie doszla. Prosze o ponowna wysylke.',
  ],
  [
    'pl',
    'cash_flow',
    'Nie kwestionujemy jakości, po prostu nie mamy teraz środków. Czy możemy rozłożyć płatność na raty?',
  ],
  [
    'pl',
    'cash_flow',
    'Mamy chwilowe problemy z płynnością, kontrahent nam nie zapłacił. Zapłacimy jak tylko dostaniemy pieniądze.',
  ],
  ['pl', 'forgot', 'Przepraszam, całkiem zapomniałam o tej fakturze!'],
  ['pl', 'forgot', 'Oj, umknelo mi to zupelnie, dzieki za przypomnienie.'],
  [
    'pl',
    'value_doubt',
    'Szczerze mówiąc, ta cena jest zdecydowanie za wysoka za to, co dostaliśmy. Nie widzę uzasadnienia dla 40 godzin.',
  ],
  ['pl', 'value_doubt', 'To jest po prostu za drogo. Za taką kwotę spodziewałem się dużo więcej.'],
  [
    'pl',
    'service_complaint',
    'Kontakt z Państwa firmą był fatalny – nikt nie odpowiadał na maile, terminy były ciągle przesuwane.',
  ],
  [
    'pl',
    'service_complaint',
    'Jestem bardzo niezadowolona z obsługi. Pani koordynatorka była nieuprzejma i nie informowała nas o postępach.',
  ],
  [
    'pl',
    'unresponsive',
    'Dzień dobry, jestem na urlopie do 25 sierpnia. W pilnych sprawach proszę kontaktować się z biurem. Wiadomość wygenerowana automatycznie.',
  ],
  [
    'pl',
    'unresponsive',
    'Pan Kowalski nie pracuje już w naszej firmie. Prosimy o kontakt z sekretariatem.',
  ],
  ['pl', 'deliberate', 'Nie zapłacę za to ani grosza. Możecie iść do sądu.'],
  ['pl', 'deliberate', 'Odmawiamy zapłaty. Sprawę przekazaliśmy naszemu prawnikowi.'],
  ['pl', 'promise_to_pay', 'Przelew zrobię do piątku, obiecuję.'],
  [
    'pl',
    'promise_to_pay',
    `Dzień dobry Pani Anno,
zapłacimy 15 grudnia.
Pozdrawiam

-----Original Message-----
Od: Anna Wiśniewska
Wysłano: poniedziałek
Temat: Przypomnienie o płatności
Przypominam o fakturze FV/2025/04/12, która jest przeterminowana. Jeśli faktura nie dotarła, proszę o informację.`,
  ],
  [
    'pl',
    'unknown',
    'Dziękuję, czy możemy umówić się na rozmowę w przyszłym tygodniu w sprawie nowego projektu?',
  ],
  ['pl', 'unknown', 'Dzieki, przekazalem do ksiegowosci.'],
  [
    'pl',
    'not_received',
    'To nie jest tak, że zapomnieliśmy – po prostu faktura nie dotarła do działu księgowości.',
  ],
  [
    'pl',
    'promise_to_pay',
    'Prace były opóźnione i trochę nas to zdenerwowało, ale zapłacimy w poniedziałek.',
  ],
  [
    'pl',
    'invoice_error',
    'Zapłacimy od razu, jak tylko otrzymamy poprawioną fakturę – obecna ma złą stawkę VAT.',
  ],
  ['pl', 'cash_flow', 'Nie mamy kasy w tym miesiącu, moze w styczniu sie uda.'],

  // ───────────────────────────── Russian ─────────────────────────────
  ['ru', 'already_paid', 'Оплатили'],
  [
    'ru',
    'already_paid',
    `Добрый день!
Оплата прошла вчера, платёжка во вложении.

С уважением,
Ирина`,
  ],
  ['ru', 'already_paid', 'Вы получили наш перевод? Деньги ушли ещё в четверг.'],
  ['ru', 'already_paid', 'Мы все оплатили еще на прошлой неделе, проверьте пожалуйста'],
  [
    'ru',
    'quality_dispute',
    'Сайт до сих пор работает с ошибками, корзина не оформляет заказы. Пока не исправите — оплачивать не будем.',
  ],
  [
    'ru',
    'quality_dispute',
    'Качество перевода очень низкое, нашему редактору пришлось всё переделывать.',
  ],
  [
    'ru',
    'invoice_error',
    'В счёте указана неверная сумма: договаривались на 50 000, а выставлено 65 000. Пришлите исправленный счёт, пожалуйста.',
  ],
  ['ru', 'invoice_error', 'У вас в счете ошибка в реквизитах, бухгалтерия не может его провести.'],
  ['ru', 'not_received', 'Счёт мы не получали. Можете продублировать на почту buh@company.ru?'],
  ['ru', 'not_received', 'Здравствуйте, а какой счет? До нас ничего не доходило.'],
  [
    'ru',
    'cash_flow',
    'Мы не отказываемся платить, просто сейчас нет денег. Можем оплатить частями?',
  ],
  [
    'ru',
    'cash_flow',
    'У нас кассовый разрыв, заказчик задерживает оплату. Сможем рассчитаться в следующем месяце.',
  ],
  ['ru', 'forgot', 'Ой, совсем забыл, извините!'],
  ['ru', 'forgot', 'Простите, упустили из виду. Спасибо, что напомнили.'],
  [
    'ru',
    'value_doubt',
    'Честно говоря, цена завышена. За такую работу 120 тысяч — это слишком дорого.',
  ],
  ['ru', 'value_doubt', 'Не вижу, за что здесь столько платить. Работа того не стоит.'],
  [
    'ru',
    'service_complaint',
    'С вами невозможно работать: на письма не отвечаете, сроки срываете, менеджер хамит.',
  ],
  ['ru', 'service_complaint', 'Мы крайне недовольны обслуживанием, никто не держал нас в курсе.'],
  [
    'ru',
    'unresponsive',
    'Я в отпуске до 20 июля, доступ к почте ограничен. Это автоматический ответ.',
  ],
  [
    'ru',
    'unresponsive',
    'Андрей больше не работает в компании. По всем вопросам обращайтесь на info@firma.ru.',
  ],
  ['ru', 'deliberate', 'Платить не будем. Хотите — подавайте в суд.'],
  ['ru', 'deliberate', 'Ничего мы вам не должны. Больше не пишите.'],
  ['ru', 'promise_to_pay', 'Оплатим до пятницы.'],
  [
    'ru',
    'promise_to_pay',
    `Здравствуйте, Анна! Платёж поставили на 15 декабря.

12 мая 2025 г., в 10:15, Анна <anna@firm.pl> написал(а):
> Напоминаем, что счёт №45 просрочен. Если вы не получили счёт, сообщите.`,
  ],
  ['ru', 'unknown', 'Спасибо! Давайте созвонимся в среду, обсудим новый проект.'],
  ['ru', 'unknown', 'Добрый день, получил, спасибо. Передам в бухгалтерию.'],
  ['ru', 'invoice_error', 'Дело не в том, что мы забыли — в счёте неправильный ИНН.'],
  ['ru', 'promise_to_pay', 'Работу сдали с опозданием, но оплатим в понедельник.'],
  ['ru', 'not_received', 'Оплатим сразу, как только пришлёте счёт — мы его так и не получили.'],
  ['ru', 'cash_flow', 'денег сейчас нет вообще, как появятся — сразу заплатим'],

  // ───────────────────────────── Ukrainian ─────────────────────────────
  ['uk', 'already_paid', 'Оплатили вчора.'],
  [
    'uk',
    'already_paid',
    `Добрий день!
Кошти перерахували 3 червня, квитанцію додаю.
З повагою, Олена`,
  ],
  ['uk', 'already_paid', "Ви отримали нашу оплату? Гроші пішли ще в п'ятницю."],
  ['uk', 'already_paid', 'ми вже все сплатили, перевирте будь ласка'],
  [
    'uk',
    'quality_dispute',
    'Сайт досі працює з помилками, форма замовлення не відправляється. Поки не виправите — платити не будемо.',
  ],
  [
    'uk',
    'quality_dispute',
    'Якість перекладу дуже погана, багато помилок, довелося все переробляти.',
  ],
  [
    'uk',
    'invoice_error',
    'У рахунку неправильна сума — домовлялися на 20 000 грн, а виставлено 25 000. Надішліть виправлений рахунок.',
  ],
  ['uk', 'invoice_error', 'В рахунку помилка в реквизитах, бухгалтерия не може його провести.'],
  ['uk', 'not_received', 'Рахунок ми не отримували. Надішліть, будь ласка, ще раз.'],
  ['uk', 'not_received', 'Добрий день, а який рахунок? До нас нічого не надходило.'],
  [
    'uk',
    'cash_flow',
    'Ми не відмовляємося платити, просто зараз немає коштів. Чи можна розбити оплату на частини?',
  ],
  [
    'uk',
    'cash_flow',
    'Зараз складна фінансова ситуація, клієнти затримують оплати. Зможемо розрахуватися наступного місяця.',
  ],
  ['uk', 'forgot', 'Ой, зовсім забула, вибачте!'],
  ['uk', 'forgot', 'Вибачте, випустили з уваги. Дякую, що нагадали.'],
  ['uk', 'value_doubt', 'Чесно кажучи, ціна завищена. За таку роботу це занадто дорого.'],
  ['uk', 'value_doubt', 'Не бачу, за що тут стільки платити. Робота таких грошей не варта.'],
  [
    'uk',
    'service_complaint',
    'З вами неможливо працювати: на листи не відповідаєте, терміни зриваєте.',
  ],
  [
    'uk',
    'service_complaint',
    'Ми дуже незадоволені обслуговуванням, менеджер був грубий і нічого не пояснював.',
  ],
  ['uk', 'unresponsive', 'Я у відпустці до 15 серпня. Це автоматична відповідь.'],
  [
    'uk',
    'unresponsive',
    'Ігор більше не працює в нашій компанії. З усіх питань звертайтеся до офісу.',
  ],
  ['uk', 'deliberate', 'Платити не будемо. Можете звертатися до суду.'],
  ['uk', 'deliberate', 'Ми вам нічого не винні.'],
  ['uk', 'promise_to_pay', "Оплатимо до п'ятниці."],
  [
    'uk',
    'promise_to_pay',
    `Доброго дня! Оплату запланували на 20 грудня.

--
З повагою,
Тарас Шевчук
Фінансовий відділ`,
  ],
  ['uk', 'unknown', 'Дякую! Давайте зідзвонимося в четвер щодо нового проєкту.'],
  ['uk', 'unknown', 'Отримав, дякую. Передам у бухгалтерію.'],
  [
    'uk',
    'not_received',
    'Справа не в тому, що ми забули — рахунок просто не дійшов до бухгалтерії.',
  ],
  ['uk', 'promise_to_pay', 'Роботу здали із запізненням, але оплатимо в понеділок.'],
  ['uk', 'cash_flow', 'грошей зараз нема, як тільки будуть - одразу заплатимо'],

  // ───────────────────────────── Hebrew ─────────────────────────────
  ['he', 'already_paid', 'שילמנו'],
  ['he', 'already_paid', 'היי, העברתי את התשלום אתמול, מצרף אישור העברה.'],
  ['he', 'already_paid', 'קיבלת את ההעברה שלנו? היא יצאה ביום חמישי.'],
  ['he', 'already_paid', 'שילמתי כבר בשבוע שעבר, תבדקי בבקשה.'],
  [
    'he',
    'quality_dispute',
    'האתר עדיין לא עובד כמו שצריך, הטופס לא שולח הודעות. עד שזה לא יתוקן לא נשלם.',
  ],
  ['he', 'quality_dispute', 'העבודה לא ברמה שסיכמנו, יש המון באגים.'],
  [
    'he',
    'invoice_error',
    'יש טעות בחשבונית - הסכום לא נכון, סיכמנו על 5,000 ולא 6,500. תשלח בבקשה חשבונית מתוקנת.',
  ],
  ['he', 'invoice_error', 'החשבונית יצאה על שם חברה לא נכון, הנהלת החשבונות לא יכולה לקלוט אותה.'],
  ['he', 'not_received', 'לא קיבלנו שום חשבונית. תוכלי לשלוח שוב?'],
  ['he', 'not_received', 'איזו חשבונית? לא הגיע אלינו כלום.'],
  ['he', 'cash_flow', 'אנחנו לא מסרבים לשלם, פשוט אין לנו כרגע כסף. אפשר לחלק לתשלומים?'],
  ['he', 'cash_flow', 'יש לנו בעיית תזרים החודש, לקוחות לא משלמים לנו. נוכל לשלם בחודש הבא.'],
  ['he', 'forgot', 'סליחה, שכחתי לגמרי!'],
  ['he', 'forgot', 'אופס, זה פשוט התפספס לי. תודה על התזכורת.'],
  ['he', 'value_doubt', 'בכנות, המחיר מוגזם. זה יקר מדי בשביל מה שקיבלנו.'],
  ['he', 'value_doubt', 'העבודה לא שווה את הסכום הזה.'],
  [
    'he',
    'service_complaint',
    'השירות היה גרוע, אף אחד לא ענה לנו למיילים ולא עמדתם באף לוח זמנים.',
  ],
  ['he', 'service_complaint', 'אני מאוד לא מרוצה מהיחס. מנהלת הפרויקט לא עדכנה אותנו בכלום.'],
  ['he', 'unresponsive', 'אני מחוץ למשרד עד 10.9. זוהי הודעה אוטומטית.'],
  ['he', 'unresponsive', 'דנה כבר לא עובדת בחברה. לפניות נא לפנות למשרד.'],
  ['he', 'deliberate', 'אנחנו לא נשלם על זה. תפנה לעורך דין אם אתה רוצה.'],
  ['he', 'deliberate', 'לא מגיע לך שקל. תפסיקי לכתוב לי.'],
  ['he', 'promise_to_pay', 'נשלם עד יום שישי.'],
  [
    'he',
    'promise_to_pay',
    `היי, ההעברה תצא ב-15 בדצמבר.

בתאריך יום ב׳, 2 ביוני 2025, דנה <dana@x.co.il> כתבה:
> תזכורת: חשבונית 112 טרם שולמה. אם לא קיבלת את החשבונית, עדכן אותי.`,
  ],
  ['he', 'unknown', 'תודה! אפשר לקבוע שיחה ביום רביעי?'],
  ['he', 'unknown', 'קיבלתי, תודה. העברתי להנהלת חשבונות.'],
  ['he', 'not_received', 'זה לא שאנחנו שכחנו, פשוט לא קיבלנו את החשבונית.'],
  ['he', 'promise_to_pay', 'העבודה הגיעה באיחור, אבל נשלם ביום שני.'],
  ['he', 'cash_flow', 'אין לי כרגע איך לשלם, ברגע שייכנס כסף אני משלמת.'],

  // ───────────────────────────── German ─────────────────────────────
  ['de', 'already_paid', 'Ist bereits bezahlt.'],
  [
    'de',
    'already_paid',
    `Hallo Frau Kowalska,

die Überweisung ist gestern rausgegangen, Beleg anbei.

Mit freundlichen Grüßen
Thomas Berger

Am 03.06.2025 um 10:12 schrieb Anna Kowalska:
> Sehr geehrter Herr Berger, die Rechnung Nr. 1043 ist seit 14 Tagen fällig.
> Falls Sie die Rechnung nicht erhalten haben, melden Sie sich bitte.`,
  ],
  ['de', 'already_paid', 'Hast du unsere Überweisung nicht bekommen? Die ist am Freitag raus.'],
  ['de', 'already_paid', 'Wir haben schon letzte Woche ueberwiesen, bitte pruefen Sie Ihr Konto.'],
  [
    'de',
    'quality_dispute',
    'Die Website funktioniert immer noch nicht richtig, das Kontaktformular ist fehlerhaft. Solange das nicht behoben ist, zahlen wir nicht.',
  ],
  [
    'de',
    'quality_dispute',
    'Die Übersetzung ist voller Fehler, unser Lektor musste fast alles neu machen.',
  ],
  [
    'de',
    'invoice_error',
    'Auf der Rechnung fehlt unsere USt-IdNr. und der Betrag stimmt nicht. Bitte schicken Sie eine korrigierte Rechnung.',
  ],
  [
    'de',
    'invoice_error',
    'Wir hatten 2.000 € vereinbart, berechnet wurden 2.400 €. Das muss ein Fehler sein.',
  ],
  [
    'de',
    'not_received',
    'Wir haben keine Rechnung erhalten. Können Sie sie bitte nochmal an buchhaltung@firma.de schicken?',
  ],
  ['de', 'not_received', 'Welche Rechnung? Bei uns ist nichts angekommen.'],
  [
    'de',
    'cash_flow',
    'Wir verweigern die Zahlung nicht, wir haben im Moment einfach keine liquiden Mittel. Wäre eine Ratenzahlung möglich?',
  ],
  [
    'de',
    'cash_flow',
    'Es ist gerade finanziell sehr eng bei uns, ein Großkunde zahlt nicht. Können wir im Januar zahlen?',
  ],
  ['de', 'forgot', 'Oh, das habe ich total vergessen, sorry!'],
  ['de', 'forgot', 'Entschuldigung, ist mir durchgerutscht. Danke für die Erinnerung.'],
  [
    'de',
    'value_doubt',
    'Ehrlich gesagt ist der Preis überzogen. Für das Ergebnis ist das viel zu teuer.',
  ],
  ['de', 'value_doubt', 'Die Arbeit ist das Geld nicht wert.'],
  [
    'de',
    'service_complaint',
    'Die Zusammenarbeit war eine Katastrophe: keine Rückmeldungen, ständig verschobene Termine.',
  ],
  [
    'de',
    'service_complaint',
    'Ich bin mit dem Service sehr unzufrieden, Ihr Projektleiter war unfreundlich und hat uns nie informiert.',
  ],
  [
    'de',
    'unresponsive',
    'Ich bin bis zum 22.08. nicht im Büro und habe keinen Zugriff auf meine E-Mails. Dies ist eine automatische Antwort.',
  ],
  [
    'de',
    'unresponsive',
    'Herr Weber ist nicht mehr in unserem Unternehmen tätig. Bitte wenden Sie sich an info@muster.de.',
  ],
  [
    'de',
    'deliberate',
    'Wir werden diese Rechnung nicht bezahlen. Wenden Sie sich an unseren Anwalt.',
  ],
  ['de', 'deliberate', 'Von mir kriegst du keinen Cent.'],
  ['de', 'promise_to_pay', 'Wir zahlen bis Freitag.'],
  [
    'de',
    'promise_to_pay',
    `Hallo, die Zahlung ist für den 15. Dezember eingeplant.

Viele Grüße
Julia
--
Julia Schmidt | Buchhaltung | Muster GmbH
Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender.`,
  ],
  [
    'de',
    'unknown',
    'Danke! Können wir am Donnerstag kurz telefonieren wegen des nächsten Projekts?',
  ],
  ['de', 'unknown', 'Danke, habe ich an die Buchhaltung weitergeleitet.'],
  [
    'de',
    'invoice_error',
    'Es ist nicht so, dass wir es vergessen hätten – die Rechnung hat eine falsche Adresse.',
  ],
  ['de', 'promise_to_pay', 'Die Lieferung kam eine Woche zu spät, aber wir überweisen am Montag.'],
  ['de', 'cash_flow', 'Sorry, grad kein Geld da. Sobald unser Kunde zahlt, überweise ich dir.'],

  // ───────────────────────────── French ─────────────────────────────
  ['fr', 'already_paid', 'Payé hier.'],
  [
    'fr',
    'already_paid',
    `Bonjour Madame,

le virement a été effectué le 12 mai, vous trouverez le justificatif en pièce jointe.

Cordialement,
Pierre Martin`,
  ],
  ['fr', 'already_paid', 'Tu as bien reçu notre virement ? Il est parti jeudi.'],
  ['fr', 'already_paid', 'On a deja regle la facture la semaine derniere, merci de verifier.'],
  [
    'fr',
    'quality_dispute',
    "Le site ne fonctionne toujours pas correctement, le formulaire de contact plante. Tant que ce n'est pas corrigé, nous ne paierons pas.",
  ],
  [
    'fr',
    'quality_dispute',
    "La traduction est pleine d'erreurs, notre relecteur a dû tout refaire.",
  ],
  [
    'fr',
    'invoice_error',
    'Le montant de la facture est erroné : nous avions convenu de 3 000 € HT, pas 3 600 €. Merci de nous envoyer une facture rectificative.',
  ],
  [
    'fr',
    'invoice_error',
    'Il manque le numéro de bon de commande sur la facture, la compta ne peut pas la traiter.',
  ],
  [
    'fr',
    'not_received',
    "Nous n'avons jamais reçu cette facture. Pouvez-vous la renvoyer à compta@societe.fr ?",
  ],
  ['fr', 'not_received', "Quelle facture ? On n'a rien reçu de notre côté."],
  [
    'fr',
    'cash_flow',
    "Nous ne refusons pas de payer, nous n'avons simplement pas la trésorerie en ce moment. Un paiement en plusieurs fois serait-il possible ?",
  ],
  [
    'fr',
    'cash_flow',
    "C'est compliqué financièrement ce mois-ci, nos clients nous paient en retard. On pourra régler en janvier.",
  ],
  ['fr', 'forgot', "Oups, j'ai complètement oublié, désolé !"],
  ['fr', 'forgot', "Toutes mes excuses, ça m'est sorti de la tête. Merci pour le rappel."],
  [
    'fr',
    'value_doubt',
    'Franchement, le prix est excessif. C’est beaucoup trop cher pour ce qui a été livré.',
  ],
  ['fr', 'value_doubt', 'Le travail ne vaut pas ce montant.'],
  [
    'fr',
    'service_complaint',
    'La collaboration a été très pénible : aucune réponse à nos mails, des délais jamais respectés.',
  ],
  [
    'fr',
    'service_complaint',
    'Je suis très mécontente du service, votre chef de projet a été désagréable et ne nous a jamais tenus informés.',
  ],
  [
    'fr',
    'unresponsive',
    "Je suis absent du bureau jusqu'au 25 août. Ceci est une réponse automatique.",
  ],
  [
    'fr',
    'unresponsive',
    "Mme Dubois ne fait plus partie de l'entreprise. Merci de contacter accueil@societe.fr.",
  ],
  ['fr', 'deliberate', 'Nous ne paierons pas cette facture. Voyez ça avec notre avocat.'],
  ['fr', 'deliberate', 'Je ne te dois rien du tout.'],
  ['fr', 'promise_to_pay', 'On vous paie vendredi.'],
  [
    'fr',
    'promise_to_pay',
    `Bonjour, le paiement est programmé pour le 15 décembre.

Le lun. 3 mars 2025 à 10:12, Anne <anne@x.fr> a écrit :
> Bonjour, je me permets de vous relancer concernant la facture n°45. Si vous ne l'avez pas reçue, dites-le-moi.`,
  ],
  ['fr', 'unknown', 'Merci ! On peut s’appeler jeudi pour parler du prochain projet ?'],
  ['fr', 'unknown', 'Bien reçu, merci. Je transmets à la comptabilité.'],
  [
    'fr',
    'not_received',
    "Ce n'est pas qu'on a oublié : la facture n'est jamais arrivée chez nous.",
  ],
  ['fr', 'promise_to_pay', 'La livraison a eu une semaine de retard, mais nous réglerons lundi.'],
  ['fr', 'cash_flow', 'pas de sous en ce moment, je te paie des que mon client me regle'],

  // ───────────────────────────── Spanish ─────────────────────────────
  ['es', 'already_paid', 'Pagado ayer.'],
  [
    'es',
    'already_paid',
    `Hola Ana,

te hicimos la transferencia el lunes, te adjunto el comprobante.

Un saludo,
Carlos`,
  ],
  ['es', 'already_paid', '¿Recibiste nuestra transferencia? Salió el jueves.'],
  ['es', 'already_paid', 'ya pagamos la factura la semana pasada, por favor revise su cuenta'],
  [
    'es',
    'quality_dispute',
    'La web sigue sin funcionar bien, el formulario de contacto da error. Hasta que no lo arreglen, no vamos a pagar.',
  ],
  [
    'es',
    'quality_dispute',
    'La traducción está llena de errores, nuestro revisor tuvo que rehacerla casi entera.',
  ],
  [
    'es',
    'invoice_error',
    'El importe de la factura es incorrecto: acordamos 2.000 € y nos cobran 2.500 €. ¿Nos puede enviar una factura rectificativa?',
  ],
  [
    'es',
    'invoice_error',
    'En la factura falta nuestro CIF y la razón social está mal, contabilidad no la puede registrar.',
  ],
  [
    'es',
    'not_received',
    'No hemos recibido ninguna factura. ¿Nos la puede reenviar a contabilidad@empresa.es?',
  ],
  ['es', 'not_received', '¿Qué factura? No nos ha llegado nada.'],
  [
    'es',
    'cash_flow',
    'No nos negamos a pagar, simplemente ahora mismo no tenemos liquidez. ¿Podemos pagarlo a plazos?',
  ],
  [
    'es',
    'cash_flow',
    'Estamos pasando un mal momento económico, un cliente grande no nos paga. Podremos pagar en enero.',
  ],
  ['es', 'forgot', 'Uy, se me olvidó por completo, ¡perdona!'],
  ['es', 'forgot', 'Disculpe, se nos pasó. Gracias por el recordatorio.'],
  [
    'es',
    'value_doubt',
    'Sinceramente, el precio es excesivo. Es demasiado caro para lo que se entregó.',
  ],
  ['es', 'value_doubt', 'El trabajo no vale lo que cobran.'],
  [
    'es',
    'service_complaint',
    'La atención ha sido pésima: nadie contestaba los correos y no cumplieron ningún plazo.',
  ],
  [
    'es',
    'service_complaint',
    'Estoy muy descontenta con el trato recibido, su jefe de proyecto fue muy maleducado.',
  ],
  [
    'es',
    'unresponsive',
    'Estoy fuera de la oficina hasta el 20 de agosto. Esta es una respuesta automática.',
  ],
  [
    'es',
    'unresponsive',
    'Laura ya no trabaja en la empresa. Por favor, diríjase a info@empresa.es.',
  ],
  ['es', 'deliberate', 'No vamos a pagar esta factura. Hable con nuestro abogado.'],
  ['es', 'deliberate', 'No te debo nada.'],
  ['es', 'promise_to_pay', 'Le pagamos el viernes.'],
  [
    'es',
    'promise_to_pay',
    `Hola, el pago está programado para el 15 de diciembre.

El lun, 3 mar 2025 a las 10:12, Ana <ana@x.es> escribió:
> Hola, te escribo para recordarte la factura n.º 45. Si no la has recibido, avísame.`,
  ],
  ['es', 'unknown', '¡Gracias! ¿Podemos hablar el jueves sobre el siguiente proyecto?'],
  ['es', 'unknown', 'Recibido, gracias. Lo paso a contabilidad.'],
  [
    'es',
    'invoice_error',
    'No es que nos hayamos olvidado, es que la factura tiene un error en el importe.',
  ],
  ['es', 'promise_to_pay', 'La entrega llegó con una semana de retraso, pero pagamos el lunes.'],
  ['es', 'cash_flow', 'ahora mismo no tengo dinero, en cuanto cobre te pago'],
];
