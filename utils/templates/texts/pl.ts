import type { TemplateSet } from '../catalog';

/*
 * Polish message texts. Conventions kept on purpose:
 * - {{greeting}} is "Dzień dobry," or, with a contact person, "Szanowna Pani Anno," (vocative only
 *   when greeting.ts can form it) / "Szanowny Panie,"; the letter continues in lower case after the
 *   comma; no comma after "Z poważaniem" / "Pozdrawiam".
 * - The client is addressed as "Państwo" (a company). Formal letters (demand, notice) open with
 *   "Szanowni Państwo," and name the contact in a "Do rąk" line.
 * - One invoice's sentence gives its own amount ({{invoiceDue}}); the list ends with the total.
 * - Dates arrive with "r." ("3 grudnia 2026 r."), amounts in one grouping style ("4 920,00 zł").
 * - First person only in forms without grammatical gender (present/future: "przypominam",
 *   "przesyłam"); past-tense "wysłałem/wysłałam" or "wdzięczny/wdzięczna" would guess the gender.
 * - Counted nouns arrive declined ("12 dni"), so they only follow words that keep the case:
 *   "wynosi {{daysOverdue}}", "{{daysOverdue}} temu", "za {{daysUntilDue}}".
 */

/** Joins lines with \n so the texts stay readable in source. */
const lines = (...parts: string[]): string => parts.join('\n');

const INVOICE_REF = 'faktury nr {{invoiceNumber}}{{#issueDate}} z dnia {{issueDate}}{{/issueDate}}';
const INVOICE_LIST = '{{#invoiceList}}\n\nZestawienie faktur:\n{{invoiceList}}{{/invoiceList}}';
const PAYMENT = '{{#paymentDetails}}\n\nDane do przelewu:\n{{paymentDetails}}{{/paymentDetails}}';
const REMAINING =
  'Do zapłaty pozostaje {{invoiceDue}}{{#paidAmount}} (po uwzględnieniu otrzymanej już wpłaty {{paidAmount}}){{/paidAmount}}.';
const FRIENDLY_CLOSE = '\n\nPozdrawiam serdecznie\n{{signature}}';
const FORMAL_CLOSE = '\n\nZ poważaniem\n{{signature}}';

/** Polish (pl) texts for every template in the catalog. */
export const pl: TemplateSet = {
  courtesy_before_due: {
    subject: 'Zbliżający się termin płatności – faktura nr {{invoiceNumber}}',
    body:
      lines(
        '{{greeting}}',
        '',
        `uprzejmie przypominam, że termin płatności ${INVOICE_REF} na kwotę {{invoiceDue}} upływa {{dueDate}}{{#daysUntilDue}} (za {{daysUntilDue}}){{/daysUntilDue}}.${INVOICE_LIST}${PAYMENT}`,
        '',
        'Jeśli faktura do Państwa nie dotarła albo do jej zaksięgowania potrzebne są dodatkowe dane (np. numer zamówienia), proszę o krótką informację – chętnie je uzupełnię.',
      ) + FRIENDLY_CLOSE,
  },

  due_today: {
    subject: 'Dziś mija termin płatności faktury nr {{invoiceNumber}}',
    body:
      lines(
        '{{greeting}}',
        '',
        `przypominam, że dzisiaj mija termin płatności ${INVOICE_REF}. ${REMAINING}${INVOICE_LIST}${PAYMENT}`,
        '',
        'Jeśli przelew został już zlecony, serdecznie dziękuję – proszę wtedy potraktować tę wiadomość jako nieaktualną.',
      ) + FRIENDLY_CLOSE,
  },

  reminder_gentle: {
    subject: 'Przypomnienie o płatności – faktura nr {{invoiceNumber}}',
    body:
      lines(
        '{{greeting}}',
        '',
        'uprzejmie przypominam o płatności za fakturę nr {{invoiceNumber}}{{#issueDate}} z dnia {{issueDate}}{{/issueDate}}, której termin minął {{dueDate}}{{#daysOverdue}} ({{daysOverdue}} temu){{/daysOverdue}}. ' +
          REMAINING +
          INVOICE_LIST +
          PAYMENT,
        '',
        'Przypuszczam, że sprawa mogła po prostu umknąć w natłoku obowiązków. Proszę o uregulowanie należności w najbliższych dniach. Jeśli przelew jest już w drodze, dziękuję i proszę zignorować tę wiadomość; a jeśli coś wstrzymuje płatność, proszę dać znać – na pewno coś ustalimy.',
      ) + FRIENDLY_CLOSE,
  },

  reminder_firm: {
    subject: 'Ponowne przypomnienie: nieopłacona faktura nr {{invoiceNumber}}',
    body:
      lines(
        '{{greeting}}',
        '',
        `wracam do sprawy ${INVOICE_REF} z terminem płatności {{dueDate}}. Płatność do dziś nie wpłynęła{{#daysOverdue}}, a opóźnienie wynosi już {{daysOverdue}}{{/daysOverdue}}. ${REMAINING}${INVOICE_LIST}`,
        '',
        'Proszę o uregulowanie należności albo o podanie konkretnej daty płatności{{#deadline}} – najpóźniej do {{deadline}}{{/deadline}}. Jeżeli coś stoi na przeszkodzie, np. brakuje danych na fakturze lub mają Państwo zastrzeżenia do wykonanej pracy, proszę o informację, abyśmy mogli to szybko wyjaśnić.' +
          PAYMENT,
      ) + FORMAL_CLOSE,
  },

  forgot_friendly: {
    subject: 'Dane do płatności – faktura nr {{invoiceNumber}}',
    body:
      lines(
        '{{greeting}}',
        '',
        'dziękuję za szybką odpowiedź – każdemu może się zdarzyć. Dla wygody przesyłam wszystko w jednym miejscu:',
        '',
        'Faktura nr {{invoiceNumber}}',
        'Kwota do zapłaty: {{invoiceDue}}{{#paymentDetails}}',
        'Dane do przelewu:',
        '{{paymentDetails}}{{/paymentDetails}}' + INVOICE_LIST,
        '',
        'Z góry dziękuję za przelew w najbliższych dniach.',
      ) + FRIENDLY_CLOSE,
  },

  channel_switch: {
    subject: 'Prośba o pomoc w sprawie faktury nr {{invoiceNumber}}',
    body:
      lines(
        '{{greeting}}',
        '',
        `zwracam się z prośbą o pomoc w sprawie ${INVOICE_REF} na kwotę {{invoiceDue}} z terminem płatności {{dueDate}}.{{#unansweredSince}} Moje przypomnienie z {{unansweredSince}} pozostało dotąd bez odpowiedzi, dlatego piszę bezpośrednio do Państwa.{{/unansweredSince}}${INVOICE_LIST}`,
        '',
        `Czy mogą Państwo sprawdzić, na jakim etapie jest płatność, albo przekazać tę wiadomość osobie, która zajmuje się płatnościami?${PAYMENT}`,
        '',
        'Z góry dziękuję za pomoc.',
      ) + FRIENDLY_CLOSE,
  },

  phone_script: {
    subject: 'Telefon: {{clientName}}, faktura nr {{invoiceNumber}}',
    body: lines(
      'Cel rozmowy: ustalić konkretną datę zapłaty.{{#contactName}}',
      'Rozmówca: {{contactName}}{{/contactName}}',
      '',
      '• Przedstawić się i zapytać, czy to dobry moment na krótką rozmowę.',
      '• Sprawa: faktura nr {{invoiceNumber}}, do zapłaty {{invoiceDue}}, termin płatności: {{dueDate}}{{#daysOverdue}} (opóźnienie: {{daysOverdue}}){{/daysOverdue}}.{{#invoiceList}}',
      '• Wszystkie otwarte faktury:',
      '{{invoiceList}}{{/invoiceList}}{{#unansweredSince}}',
      '• Spokojnie powiedzieć, że od przypomnienia z {{unansweredSince}} nie było odpowiedzi na e-maile.{{/unansweredSince}}',
      '• Zapytać, czy faktura dotarła i czy coś wstrzymuje płatność.',
      '• Poprosić o konkretną datę przelewu i osobę, która go zleci.',
      '• Jeśli są zastrzeżenia: zanotować je i umówić termin odpowiedzi.',
      '• Na koniec: „Jeszcze dziś potwierdzę nasze ustalenia mailowo”.{{#paymentDetails}}',
      '',
      'Dane do przelewu (gdyby padło pytanie):',
      '{{paymentDetails}}{{/paymentDetails}}',
    ),
  },

  dispute_specifics: {
    subject: 'Zastrzeżenia do faktury nr {{invoiceNumber}} – prośba o szczegóły',
    body:
      lines(
        '{{greeting}}',
        '',
        'dziękuję za przekazanie zastrzeżeń. Zależy mi na tym, żeby rzetelnie je wyjaśnić, dlatego proszę o wskazanie, których dokładnie elementów pracy dotyczą i jakiego efektu Państwo oczekiwali – najlepiej z przykładami lub zrzutami ekranu.',
        '',
        'Po otrzymaniu szczegółów zaproponuję rozwiązanie: poprawki w uzgodnionym zakresie, a jeśli okaże się to zasadne – częściową korektę faktury.',
        '',
        `Jednocześnie proszę o zapłatę za tę część pracy, która nie budzi zastrzeżeń, bez czekania na wyjaśnienie pozostałych kwestii. Z ${INVOICE_REF} do zapłaty pozostaje {{invoiceDue}} (termin płatności: {{dueDate}}).${INVOICE_LIST}${PAYMENT}`,
      ) + FORMAL_CLOSE,
  },

  invoice_corrected: {
    subject: 'Korekta faktury nr {{invoiceNumber}}',
    body:
      lines(
        '{{greeting}}',
        '',
        'dziękuję za zwrócenie uwagi na błąd i przepraszam za kłopot. W załączeniu przesyłam korektę faktury nr {{invoiceNumber}}.',
        '',
        '{{#correctedNote}}Co się zmieniło: {{correctedNote}}',
        '{{/correctedNote}}Kwota do zapłaty po korekcie: {{invoiceDue}}',
        'Termin płatności: {{payBy}}{{#originalDueDatePassed}} (nowy termin, ponieważ pierwotny – {{originalDueDatePassed}} – już minął){{/originalDueDatePassed}}' +
          INVOICE_LIST +
          PAYMENT,
        '',
        'Proszę o potwierdzenie otrzymania korekty i zapłatę do {{payBy}}.',
      ) + FORMAL_CLOSE,
  },

  invoice_resend: {
    subject: 'Ponownie przesyłam fakturę nr {{invoiceNumber}}',
    body:
      lines(
        '{{greeting}}',
        '',
        'wygląda na to, że wcześniejsza wiadomość z fakturą do Państwa nie dotarła. W załączeniu ponownie przesyłam fakturę nr {{invoiceNumber}}{{#issueDate}} z dnia {{issueDate}}{{/issueDate}}.',
        '',
        'Kwota do zapłaty: {{invoiceDue}}',
        'Termin płatności: {{payBy}}{{#originalDueDatePassed}} (nowy termin, ponieważ faktura dociera do Państwa po pierwotnym terminie – {{originalDueDatePassed}}){{/originalDueDatePassed}}' +
          INVOICE_LIST +
          PAYMENT,
        '',
        'Proszę o krótkie potwierdzenie, że faktura dotarła. Jeśli faktury należy wysyłać na inny adres (np. do działu księgowości) lub w innej formie, proszę o informację – dostosuję się.',
      ) + FRIENDLY_CLOSE,
  },

  instalment_offer: {
    subject: 'Propozycja płatności w ratach – faktura nr {{invoiceNumber}}',
    body:
      lines(
        '{{greeting}}',
        '',
        `dziękuję za otwarte przedstawienie sytuacji. Aby ułatwić Państwu uregulowanie należności w kwocie {{amount}}, proponuję spłatę w {{instalmentCount}} ratach według poniższego harmonogramu:${INVOICE_LIST}`,
        '',
        '{{instalmentPlan}}',
        '',
        'Jeśli harmonogram Państwu odpowiada, proszę o potwierdzenie w odpowiedzi na tę wiadomość – to wystarczy. Dopóki raty wpływają w terminie, nie będę wysyłać kolejnych przypomnień; w razie opóźnienia którejkolwiek raty cała pozostała kwota stanie się płatna od razu.' +
          PAYMENT,
      ) + FORMAL_CLOSE,
  },

  early_payment_discount: {
    subject:
      'Rabat {{discountPercent}} za płatność do {{discountDeadline}} – faktura nr {{invoiceNumber}}',
    body:
      lines(
        '{{greeting}}',
        '',
        `aby ułatwić rozliczenie należności, proponuję rabat w wysokości {{discountPercent}} przy zapłacie do {{discountDeadline}}. W takim przypadku wystarczy przelać {{discountedAmount}} zamiast {{amount}}.${INVOICE_LIST}`,
        '',
        `Po tym terminie obowiązuje pełna kwota.${PAYMENT}`,
        '',
        'Proszę o informację, czy taka propozycja Państwu odpowiada.',
      ) + FRIENDLY_CLOSE,
  },

  value_explain: {
    subject: 'Za co wystawiona jest faktura nr {{invoiceNumber}}',
    body:
      lines(
        '{{greeting}}',
        '',
        'rozumiem, że kwota faktury nr {{invoiceNumber}} ({{invoiceDue}}) budzi Państwa wątpliwości, dlatego krótko przypominam, za co została wystawiona.',
        '',
        'Wynagrodzenie zostało ustalone przed rozpoczęciem pracy i obejmuje cały uzgodniony zakres: nie tylko końcowy rezultat, ale też przygotowanie, konsultacje i wprowadzone poprawki. Praca została wykonana i przekazana zgodnie z ustaleniami, a termin płatności ({{dueDate}}) wynikał z tych samych ustaleń.' +
          INVOICE_LIST,
        '',
        'Chętnie prześlę szczegółowe zestawienie wykonanych prac albo omówię je w krótkiej rozmowie. Jednocześnie proszę o uregulowanie należności do {{payBy}}{{#originalDueDatePassed}} – to nowy termin, ponieważ pierwotny ({{originalDueDatePassed}}) już minął{{/originalDueDatePassed}}.' +
          PAYMENT,
      ) + FORMAL_CLOSE,
  },

  complaint_acknowledge: {
    subject: 'Państwa uwagi i płatność za fakturę nr {{invoiceNumber}}',
    body:
      lines(
        '{{greeting}}',
        '',
        'dziękuję za szczerą informację i przykro mi, że współpraca nie spełniła Państwa oczekiwań.',
        '',
        'Zanim cokolwiek zaproponuję, chcę dobrze zrozumieć, co poszło nie tak. Proszę o wskazanie, które kwestie są dla Państwa najważniejsze – najlepiej z przykładem lub datą przy każdej. Po otrzymaniu szczegółów odpowiem, co mogę zrobić i w jakim terminie.',
        '',
        `Jednocześnie proszę o informację, kiedy planują Państwo zapłatę faktury nr {{invoiceNumber}} na kwotę {{invoiceDue}} (termin płatności: {{dueDate}}) i czy zgłoszone uwagi jej dotyczą.${INVOICE_LIST}`,
      ) + FORMAL_CLOSE,
  },

  promise_confirm: {
    subject: 'Potwierdzenie terminu płatności – faktura nr {{invoiceNumber}}',
    body:
      lines(
        '{{greeting}}',
        '',
        `dziękuję za odpowiedź. Dla porządku potwierdzam nasze ustalenie: płatność w kwocie {{amount}} wpłynie do {{promisedDate}}.${INVOICE_LIST}${PAYMENT}`,
        '',
        'Gdyby coś się zmieniło, proszę o wiadomość przed tym terminem.',
      ) + FRIENDLY_CLOSE,
  },

  promise_broken: {
    subject: 'Brak płatności w uzgodnionym terminie – faktura nr {{invoiceNumber}}',
    body:
      lines(
        '{{greeting}}',
        '',
        'zgodnie z naszym ustaleniem płatność za fakturę nr {{invoiceNumber}} miała wpłynąć do {{promisedDate}}. Do dziś jednak nie ma jej na moim rachunku{{#daysOverdue}}, a opóźnienie liczone od pierwotnego terminu płatności ({{dueDate}}) wynosi już {{daysOverdue}}{{/daysOverdue}}.' +
          INVOICE_LIST,
        '',
        'Proszę o niezwłoczne uregulowanie kwoty {{amount}}{{#deadline}}, najpóźniej do {{deadline}}{{/deadline}}. Jeśli płatność nie wpłynie, konieczne będzie podjęcie dalszych kroków w celu odzyskania należności.' +
          PAYMENT,
      ) + FORMAL_CLOSE,
  },

  paid_ask_reference: {
    subject: 'Płatność za fakturę nr {{invoiceNumber}} – prośba o potwierdzenie przelewu',
    body:
      lines(
        '{{greeting}}',
        '',
        'dziękuję za informację o zapłacie. Niestety ta wpłata nie jest jeszcze widoczna na moim rachunku. Żeby szybko ją odnaleźć, proszę o przesłanie potwierdzenia przelewu albo podanie:',
        '• daty zlecenia przelewu,',
        '• kwoty i numeru rachunku, na który został wysłany,',
        '• tytułu przelewu.',
        '',
        `Przypominam, że z faktury nr {{invoiceNumber}} do zapłaty pozostaje {{invoiceDue}}.${INVOICE_LIST}{{#paymentDetails}}`,
        '',
        'Aktualne dane do przelewu:',
        '{{paymentDetails}}{{/paymentDetails}}',
        '',
        'Zdarza się, że przelew trafia na nieaktualny numer konta albo ma inny tytuł – wtedy łatwo to wyjaśnić. Dziękuję za pomoc.',
      ) + FRIENDLY_CLOSE,
  },

  final_demand: {
    subject: 'Przedsądowe wezwanie do zapłaty – faktura nr {{invoiceNumber}}',
    body:
      lines(
        'PRZEDSĄDOWE WEZWANIE DO ZAPŁATY',
        '',
        'Dłużnik: {{clientName}}{{#contactName}}',
        'Do rąk: {{contactName}}{{/contactName}}',
        '',
        'Szanowni Państwo,',
        '',
        `nie uregulowali Państwo należności z ${INVOICE_REF}, której termin płatności upłynął {{dueDate}}.{{#unansweredSince}} Moje przypomnienie z {{unansweredSince}} pozostało bez odpowiedzi.{{/unansweredSince}}${INVOICE_LIST}`,
        '',
        'Niniejszym wzywam do zapłaty, w nieprzekraczalnym terminie do {{deadline}}, kwoty {{totalClaim}}{{#interestAmount}} wraz z dalszymi odsetkami za opóźnienie do dnia zapłaty{{/interestAmount}}.',
        '',
        'Należność główna: {{amount}}{{#interestAmount}}',
        'Naliczone do dnia wezwania {{interestTerm}}: {{interestAmount}}{{/interestAmount}}{{#interestRate}} (stopa {{interestRate}} w skali roku{{#rateAsOf}}, według stanu na {{rateAsOf}}{{/rateAsOf}}){{/interestRate}}{{#compensationAmount}}',
        'Rekompensata za koszty odzyskiwania należności: {{compensationAmount}}{{/compensationAmount}}{{#legalAddition}}',
        'Ponadto: {{legalAddition}}{{/legalAddition}}{{#legalBasis}}',
        'Podstawa prawna: {{legalBasis}}{{/legalBasis}}' + PAYMENT,
        '',
        'W przypadku bezskutecznego upływu tego terminu sprawa zostanie skierowana na drogę postępowania sądowego bez dalszego wezwania, co narazi Państwa na dodatkowe koszty, w tym koszty postępowania.',
        '',
        'Niniejsze wezwanie stanowi próbę polubownego rozwiązania sprawy. Jeżeli płatność została już dokonana, proszę o przesłanie potwierdzenia przelewu.',
      ) + FORMAL_CLOSE,
  },

  handover_notice: {
    subject: 'Zawiadomienie o przekazaniu sprawy – faktura nr {{invoiceNumber}}',
    body:
      lines(
        'Szanowni Państwo,',
        '',
        `mimo przedsądowego wezwania do zapłaty należność z ${INVOICE_REF} w łącznej kwocie {{totalClaim}} pozostaje nieuregulowana{{#daysOverdue}} (opóźnienie: {{daysOverdue}}){{/daysOverdue}}.${INVOICE_LIST}`,
        '',
        'Informuję, że w dniu {{deadline}} sprawa zostanie przekazana do firmy windykacyjnej lub skierowana do sądu, co może wiązać się dla Państwa z dodatkowymi kosztami. Zapłata całej kwoty przed tą datą zamyka sprawę.' +
          PAYMENT,
        '',
        'Jeżeli płatność została już dokonana, proszę o przesłanie potwierdzenia przelewu.',
      ) + FORMAL_CLOSE,
  },
};
