/**
 * German message texts. Register: "Sie", first person singular (a freelancer writing for
 * themselves), DIN 5008 habits: no comma after the closing formula. {{greeting}} is "Guten Tag
 * Frau Collins," (or "Guten Tag,") for everyday mail; the formal demand and handover open with
 * {{formalGreeting}}: "Sehr geehrte Frau Collins," / "Sehr geehrte Damen und Herren,".
 * A sentence about one invoice gives its own amount ({{invoiceDue}}); the list ends with the
 * total. What the letter says about reminders comes from the log ({{unansweredSince}}).
 * Counted values such as {{daysOverdue}} arrive in the nominative ("12 Tage"), so they are only
 * used where that case fits ("… 12 Tage überfällig"), never after "seit" (which would need "Tagen").
 */
import type { TemplateSet } from '../catalog';

const GREETING = '{{greeting}}';
const FORMAL_HEADER = [
  '{{clientName}}{{#contactAttn}}\nz. Hd. {{contactAttn}}{{/contactAttn}}',
  '',
  '{{formalGreeting}}',
].join('\n');
/** Optional paragraph: ends with its own blank line so nothing is left behind when empty. */
const PAYMENT_DETAILS =
  '{{#paymentDetails}}Zahlungsdaten:\n{{paymentDetails}}\n\n{{/paymentDetails}}';
const INVOICE_LIST =
  '{{#invoiceList}}Im Einzelnen geht es um folgende Rechnungen:\n{{invoiceList}}\n\n{{/invoiceList}}';
const PARTIAL_PAYMENT =
  '{{#paidAmount}}Ihre Teilzahlung über {{paidAmount}} habe ich erhalten – vielen Dank dafür.\n\n{{/paidAmount}}';
const SIGN_OFF = 'Mit freundlichen Grüßen\n{{signature}}';

export const de: TemplateSet = {
  courtesy_before_due: {
    subject: 'Rechnung {{invoiceNumber}} – fällig am {{dueDate}}',
    body: [
      GREETING,
      '',
      'nur ein kurzer Hinweis vorab: Meine Rechnung Nr. {{invoiceNumber}} über {{invoiceDue}} wird am {{dueDate}} fällig.',
      '',
      INVOICE_LIST +
        'Wenn die Zahlung bereits eingeplant ist, betrachten Sie diese Nachricht bitte als gegenstandslos. Sollte Ihnen die Rechnung nicht vorliegen oder noch etwas unklar sein, geben Sie mir gern kurz Bescheid – dann kläre ich das noch vor dem Fälligkeitstermin.',
      '',
      PAYMENT_DETAILS + 'Vielen Dank und freundliche Grüße',
      '{{signature}}',
    ].join('\n'),
  },

  due_today: {
    subject: 'Rechnung {{invoiceNumber}} – heute fällig',
    body: [
      GREETING,
      '',
      'ich möchte Sie freundlich daran erinnern, dass meine Rechnung Nr. {{invoiceNumber}} über {{invoiceDue}} heute, am {{dueDate}}, zur Zahlung fällig ist.',
      '',
      INVOICE_LIST +
        'Falls Sie die Überweisung schon veranlasst haben, vielen Dank – dann hat sich diese Nachricht erledigt. Andernfalls wäre ich Ihnen für eine zeitnahe Zahlung dankbar.',
      '',
      PAYMENT_DETAILS + SIGN_OFF,
    ].join('\n'),
  },

  reminder_gentle: {
    subject: 'Zahlungserinnerung: Rechnung {{invoiceNumber}}',
    body: [
      GREETING,
      '',
      'bei der Durchsicht meiner Buchhaltung ist mir aufgefallen, dass zu meiner Rechnung Nr. {{invoiceNumber}}, fällig am {{dueDate}}, noch ein Betrag von {{invoiceDue}} offen ist{{#daysOverdue}}; die Zahlung ist inzwischen {{daysOverdue}} überfällig{{/daysOverdue}}.',
      '',
      PARTIAL_PAYMENT +
        INVOICE_LIST +
        'Sicher ist das im Tagesgeschäft nur untergegangen. Ich bitte Sie, den Betrag in den nächsten Tagen zu überweisen. Falls es einen Grund gibt, weshalb die Rechnung noch nicht beglichen ist – etwa eine Rückfrage oder eine fehlende Angabe –, sagen Sie mir bitte Bescheid, dann kümmere ich mich umgehend darum.',
      '',
      'Sollte sich Ihre Zahlung mit dieser Nachricht überschnitten haben, betrachten Sie sie bitte als gegenstandslos.',
      '',
      PAYMENT_DETAILS + SIGN_OFF,
    ].join('\n'),
  },

  reminder_firm: {
    subject: 'Mahnung: Rechnung {{invoiceNumber}} ist weiterhin offen',
    body: [
      GREETING,
      '',
      'zu meiner Rechnung Nr. {{invoiceNumber}}{{#issueDate}} vom {{issueDate}}{{/issueDate}} ist weiterhin ein Betrag von {{invoiceDue}} offen. Die Rechnung war am {{dueDate}} fällig{{#daysOverdue}} und ist damit {{daysOverdue}} überfällig{{/daysOverdue}}.',
      '',
      PARTIAL_PAYMENT +
        INVOICE_LIST +
        'Ich bitte Sie, den Betrag jetzt zu überweisen oder mir {{#deadline}}bis zum {{deadline}} {{/deadline}}verbindlich mitzuteilen, an welchem Tag die Zahlung erfolgt. Falls aus Ihrer Sicht noch etwas zu klären ist, ist jetzt der richtige Zeitpunkt dafür – für ein kurzes Telefonat stehe ich gern zur Verfügung.',
      '',
      PAYMENT_DETAILS + SIGN_OFF,
    ].join('\n'),
  },

  forgot_friendly: {
    subject: 'Rechnung {{invoiceNumber}} – die Zahlungsdaten auf einen Blick',
    body: [
      GREETING,
      '',
      'vielen Dank für Ihre Rückmeldung – das kann im Alltag jedem passieren. Damit es schnell geht, hier noch einmal alles Wichtige:',
      '',
      'Rechnung Nr. {{invoiceNumber}}',
      'Offener Betrag: {{invoiceDue}}{{#paymentDetails}}\n{{paymentDetails}}{{/paymentDetails}}',
      '',
      INVOICE_LIST +
        'Ich wäre Ihnen dankbar, wenn Sie die Überweisung in den nächsten Tagen anweisen könnten. Bei Fragen bin ich gern für Sie da.',
      '',
      'Viele Grüße',
      '{{signature}}',
    ].join('\n'),
  },

  channel_switch: {
    subject: 'Offene Rechnung {{invoiceNumber}} – Bitte um kurze Unterstützung',
    body: [
      GREETING,
      '',
      'ich wende mich an Sie wegen meiner Rechnung Nr. {{invoiceNumber}} an {{clientName}}: Offen ist ein Betrag von {{invoiceDue}}, fällig war er am {{dueDate}}.{{#unansweredSince}} Auf meine Erinnerung vom {{unansweredSince}} habe ich von meiner bisherigen Ansprechperson keine Antwort erhalten.{{/unansweredSince}}',
      '',
      INVOICE_LIST +
        'Könnten Sie mir kurz mitteilen, ob die Rechnung bei Ihnen vorliegt und wann mit der Zahlung zu rechnen ist? Falls jemand anderes dafür zuständig ist, wäre ich für einen Hinweis dankbar. Die Rechnung sende ich Ihnen gern noch einmal zu.',
      '',
      SIGN_OFF,
    ].join('\n'),
  },

  phone_script: {
    subject: 'Telefonat mit {{clientName}} – Rechnung {{invoiceNumber}}',
    body: [
      '• Begrüßung: „Guten Tag, hier spricht {{senderName}}{{#businessName}} von {{businessName}}{{/businessName}}. Ich rufe wegen meiner Rechnung Nr. {{invoiceNumber}} an.“',
      '• Sachstand: Rechnung {{invoiceNumber}}, offener Betrag {{invoiceDue}}, fällig am {{dueDate}}{{#daysOverdue}}, inzwischen {{daysOverdue}} überfällig{{/daysOverdue}}.{{#invoiceList}}',
      '• Alle offenen Rechnungen:',
      '{{invoiceList}}{{/invoiceList}}{{#unansweredSince}}',
      '• Sachlich erwähnen: Auf die Erinnerung vom {{unansweredSince}} kam per E-Mail keine Antwort.{{/unansweredSince}}',
      '• Nachfragen: Liegt die Rechnung vor? Gibt es Rückfragen oder einen Grund für die Verzögerung?',
      '• Einen konkreten Zahlungstermin vereinbaren und notieren: „Bis wann können Sie die Überweisung veranlassen?“',
      '• Bei Zahlungsschwierigkeiten: Ratenzahlung mit festen Terminen anbieten.',
      '• Falls die Person nicht zuständig ist: Namen und Kontaktdaten der Buchhaltung erfragen.',
      '• Abschluss: Vereinbarung wiederholen und eine kurze Bestätigung per E-Mail ankündigen.',
    ].join('\n'),
  },

  dispute_specifics: {
    subject: 'Ihre Anmerkungen zur Rechnung {{invoiceNumber}}',
    body: [
      GREETING,
      '',
      'vielen Dank, dass Sie mir Ihre Bedenken zu den Leistungen aus Rechnung Nr. {{invoiceNumber}} mitgeteilt haben. Mir ist wichtig, dass Sie mit dem Ergebnis zufrieden sind, und ich möchte die Sache zügig klären.',
      '',
      'Damit ich gezielt reagieren kann, bitte ich Sie um eine kurze Aufstellung: Welche Punkte entsprechen nicht der Vereinbarung, und welches Ergebnis hatten Sie erwartet? Dann bessere ich gern nach oder schlage Ihnen, wo es berechtigt ist, eine anteilige Gutschrift für den betroffenen Teil vor.',
      '',
      'Den unstrittigen Teil des offenen Betrags von {{invoiceDue}} bitte ich Sie unabhängig davon zu begleichen – so beschränkt sich die Klärung auf die tatsächlich offenen Punkte.',
      '',
      INVOICE_LIST + SIGN_OFF,
    ].join('\n'),
  },

  invoice_corrected: {
    subject: 'Korrigierte Rechnung {{invoiceNumber}}',
    body: [
      GREETING,
      '',
      'vielen Dank für Ihren Hinweis. Anbei erhalten Sie die korrigierte Rechnung Nr. {{invoiceNumber}}; sie ersetzt die vorherige Fassung.',
      '',
      '{{#correctedNote}}Korrigiert wurde: {{correctedNote}}',
      '',
      '{{/correctedNote}}Zu zahlen sind aus dieser Rechnung {{invoiceDue}}, bitte bis zum {{payBy}}{{#originalDueDatePassed}} – ein neuer Termin, da das ursprüngliche Fälligkeitsdatum ({{originalDueDatePassed}}) bereits verstrichen ist{{/originalDueDatePassed}}. Bitte entschuldigen Sie das Versehen.',
      '',
      INVOICE_LIST +
        PAYMENT_DETAILS +
        'Bitte prüfen Sie die Rechnung kurz und geben Sie mir Bescheid, falls noch etwas nicht stimmt.',
      '',
      SIGN_OFF,
    ].join('\n'),
  },

  invoice_resend: {
    subject: 'Rechnung {{invoiceNumber}} – erneute Zusendung',
    body: [
      GREETING,
      '',
      'offenbar hat Sie meine Rechnung nicht erreicht – das tut mir leid. Anbei sende ich sie Ihnen erneut, hier die wichtigsten Angaben im Überblick:',
      '',
      'Rechnungsnummer: {{invoiceNumber}}',
      '{{#issueDate}}Rechnungsdatum: {{issueDate}}',
      '{{/issueDate}}Offener Betrag: {{invoiceDue}}',
      'Zahlbar bis: {{payBy}}{{#originalDueDatePassed}} (neuer Termin, da die Rechnung Sie erst nach dem ursprünglichen Fälligkeitsdatum {{originalDueDatePassed}} erreicht){{/originalDueDatePassed}}',
      '',
      INVOICE_LIST +
        PAYMENT_DETAILS +
        'Bitte bestätigen Sie mir kurz den Eingang und leiten Sie die Rechnung gegebenenfalls an die zuständige Stelle weiter. Wenn Rechnungen bei Ihnen an eine bestimmte Adresse gehen sollen, teilen Sie mir diese gern mit.',
      '',
      SIGN_OFF,
    ].join('\n'),
  },

  instalment_offer: {
    subject: 'Vorschlag zur Ratenzahlung – Rechnung {{invoiceNumber}}',
    body: [
      GREETING,
      '',
      'danke, dass Sie mich offen über Ihre aktuelle Liquiditätslage informiert haben. Damit die offene Forderung trotzdem planbar beglichen werden kann, schlage ich vor, den offenen Betrag von {{amount}} in {{instalmentCount}} Raten zu zahlen:',
      '',
      INVOICE_LIST + '{{instalmentPlan}}',
      '',
      'Wenn Sie einverstanden sind, bestätigen Sie mir den Plan bitte kurz schriftlich. Solange die Raten pünktlich eingehen, sende ich keine weiteren Erinnerungen; geht eine Rate nicht fristgerecht ein, wird der gesamte Restbetrag sofort fällig. Passen Ihnen die Termine nicht, machen Sie mir gern einen Gegenvorschlag.',
      '',
      PAYMENT_DETAILS + SIGN_OFF,
    ].join('\n'),
  },

  early_payment_discount: {
    subject:
      'Angebot: {{discountPercent}} Nachlass bei Zahlung bis {{discountDeadline}} – Rechnung {{invoiceNumber}}',
    body: [
      GREETING,
      '',
      'um Ihnen entgegenzukommen, biete ich Ihnen auf den offenen Betrag einen Nachlass von {{discountPercent}} an: Geht die Zahlung bis zum {{discountDeadline}} bei mir ein, reduziert sich der offene Betrag von {{amount}} auf {{discountedAmount}}.',
      '',
      'Nach diesem Datum gilt wieder der volle Betrag von {{amount}}.',
      '',
      INVOICE_LIST +
        PAYMENT_DETAILS +
        'Geben Sie mir gern kurz Bescheid, ob Sie das Angebot annehmen möchten.',
      '',
      SIGN_OFF,
    ].join('\n'),
  },

  value_explain: {
    subject: 'Rechnung {{invoiceNumber}} – erbrachte Leistungen im Überblick',
    body: [
      GREETING,
      '',
      'danke für Ihre offene Rückmeldung zur Rechnung Nr. {{invoiceNumber}}. Ich verstehe, dass Sie den Betrag von {{invoiceDue}} hinterfragen, und erläutere gern, wie er zustande kommt.',
      '',
      'Die Rechnung umfasst ausschließlich die Leistungen, die wir im Vorfeld vereinbart haben und die ich vollständig erbracht und übergeben habe. Abgerechnet ist zu den vereinbarten Konditionen; Umfang und Preis standen vor Beginn der Arbeiten fest. Neben dem sichtbaren Ergebnis stecken darin auch Abstimmung, Konzeption und Qualitätssicherung.',
      '',
      'Gern gehe ich die einzelnen Positionen in einem kurzen Gespräch mit Ihnen durch. Unabhängig davon bitte ich Sie, die Rechnung bis zum {{payBy}} zu begleichen{{#originalDueDatePassed}} – ein neuer Termin, da die vereinbarte Fälligkeit ({{originalDueDatePassed}}) bereits verstrichen ist{{/originalDueDatePassed}}.',
      '',
      INVOICE_LIST + SIGN_OFF,
    ].join('\n'),
  },

  complaint_acknowledge: {
    subject: 'Ihre Rückmeldung und die Rechnung {{invoiceNumber}}',
    body: [
      GREETING,
      '',
      'vielen Dank für Ihre ehrliche Rückmeldung. Es tut mir leid, dass die Zusammenarbeit nicht in allen Punkten Ihren Erwartungen entsprochen hat – das nehme ich ernst.',
      '',
      'Bevor ich Ihnen etwas vorschlage, möchte ich genau verstehen, was nicht gepasst hat. Könnten Sie mir schreiben, welche Punkte Ihnen am wichtigsten sind – wenn möglich jeweils mit einem Beispiel oder Datum? Sobald ich die Einzelheiten kenne, melde ich mich mit dem, was ich tun kann, und bis wann.',
      '',
      'Unabhängig davon ist die Rechnung Nr. {{invoiceNumber}} über {{invoiceDue}} noch offen. Ich wäre Ihnen für eine kurze Nachricht dankbar, wann ich mit der Zahlung rechnen kann und ob Ihre Hinweise diese Rechnung betreffen.',
      '',
      INVOICE_LIST + SIGN_OFF,
    ].join('\n'),
  },

  promise_confirm: {
    subject: 'Bestätigung des Zahlungstermins – Rechnung {{invoiceNumber}}',
    body: [
      GREETING,
      '',
      'vielen Dank für Ihre Rückmeldung. Wie besprochen halte ich kurz schriftlich fest: Der offene Betrag von {{amount}} wird spätestens am {{promisedDate}} bei mir eingehen.',
      '',
      INVOICE_LIST + '{{#paymentDetails}}Für Ihre Buchhaltung die Zahlungsdaten:',
      '{{paymentDetails}}',
      '',
      '{{/paymentDetails}}Sollte sich an dem Termin etwas ändern, geben Sie mir bitte rechtzeitig Bescheid. Vielen Dank für die unkomplizierte Klärung.',
      '',
      SIGN_OFF,
    ].join('\n'),
  },

  promise_broken: {
    subject: 'Zugesagter Zahlungstermin verstrichen – Rechnung {{invoiceNumber}}',
    body: [
      GREETING,
      '',
      'Sie hatten mir zugesagt, den offenen Betrag von {{amount}} bis zum {{promisedDate}} zu überweisen. Dieser Termin ist verstrichen, ohne dass der Betrag vollständig bei mir eingegangen ist{{#daysOverdue}}; die Rechnung ist inzwischen {{daysOverdue}} überfällig{{/daysOverdue}}.',
      '',
      'Ich bitte Sie, die Zahlung nun umgehend zu veranlassen{{#deadline}}, spätestens bis zum {{deadline}}{{/deadline}}. Ist das nicht möglich, erwarte ich noch heute Ihre Nachricht mit einem verbindlichen Termin. Andernfalls muss ich die Forderung förmlich anmahnen und die nächsten Schritte einleiten.',
      '',
      INVOICE_LIST + PAYMENT_DETAILS + SIGN_OFF,
    ].join('\n'),
  },

  paid_ask_reference: {
    subject: 'Ihre Zahlung zu Rechnung {{invoiceNumber}} – Bitte um Überweisungsdaten',
    body: [
      GREETING,
      '',
      'danke für Ihre Nachricht, dass die Rechnung Nr. {{invoiceNumber}} bereits bezahlt ist. Leider finde ich auf meinem Konto bisher keinen passenden Zahlungseingang über {{invoiceDue}}.',
      '',
      INVOICE_LIST + 'Damit ich die Zahlung zuordnen kann, senden Sie mir bitte folgende Angaben:',
      '• Datum der Überweisung',
      '• überwiesener Betrag',
      '• Verwendungszweck bzw. Referenz',
      '• Empfängerkonto (IBAN)',
      '',
      'Ein Zahlungsbeleg hilft ebenfalls. Möglicherweise wurde die Zahlung nur falsch zugeordnet oder an eine andere Bankverbindung geschickt – dann kläre ich das sofort.',
      '',
      '{{#paymentDetails}}Zur Sicherheit hier meine korrekte Bankverbindung:',
      '{{paymentDetails}}',
      '',
      '{{/paymentDetails}}' + SIGN_OFF,
    ].join('\n'),
  },

  final_demand: {
    subject: 'Letzte Mahnung – Zahlungsaufforderung mit Fristsetzung, Rechnung {{invoiceNumber}}',
    body: [
      FORMAL_HEADER,
      '',
      'meine Rechnung Nr. {{invoiceNumber}}{{#issueDate}} vom {{issueDate}}{{/issueDate}}, fällig am {{dueDate}}, ist bis heute nicht vollständig beglichen{{#daysOverdue}}; der Zahlungsverzug beträgt inzwischen {{daysOverdue}}{{/daysOverdue}}.{{#unansweredSince}} Auf meine Erinnerung vom {{unansweredSince}} habe ich keine Antwort erhalten.{{/unansweredSince}}',
      '',
      INVOICE_LIST + 'Meine Forderung setzt sich wie folgt zusammen:',
      'Hauptforderung: {{amount}}',
      '{{#interestAmount}}Verzugszinsen bis heute: {{interestAmount}}',
      '{{/interestAmount}}{{#interestRate}}Zinssatz: {{interestRate}} pro Jahr{{#rateAsOf}} (Stand: {{rateAsOf}}){{/rateAsOf}}',
      '{{/interestRate}}{{#compensationAmount}}Verzugspauschale: {{compensationAmount}}',
      '{{/compensationAmount}}{{#legalAddition}}Zusätzlich: {{legalAddition}}',
      '{{/legalAddition}}Gesamtbetrag: {{totalClaim}}{{#legalBasis}}\nRechtsgrundlage: {{legalBasis}}{{/legalBasis}}',
      '',
      'Ich fordere Sie hiermit letztmalig auf, den Gesamtbetrag von {{totalClaim}} so zu überweisen, dass er spätestens am {{deadline}} auf meinem Konto eingeht.',
      '',
      'Sollte der Betrag bis dahin nicht eingegangen sein, werde ich ohne weitere Ankündigung gerichtliche Schritte einleiten oder ein Inkassounternehmen beauftragen. Die dadurch entstehenden Kosten gehen zu Ihren Lasten.',
      '',
      'Falls Sie die Zahlung inzwischen veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.',
      '',
      '{{#paymentDetails}}Bankverbindung:',
      '{{paymentDetails}}',
      '',
      '{{/paymentDetails}}' + SIGN_OFF,
    ].join('\n'),
  },

  handover_notice: {
    subject: 'Ankündigung: Übergabe der Forderung aus Rechnung {{invoiceNumber}}',
    body: [
      FORMAL_HEADER,
      '',
      'trotz meiner letzten Mahnung mit Fristsetzung ist die Forderung aus Rechnung Nr. {{invoiceNumber}} weiterhin offen. Sie beläuft sich derzeit auf insgesamt {{totalClaim}}.',
      '',
      'Ich teile Ihnen daher mit, dass ich die Forderung am {{deadline}} einem Inkassounternehmen übergeben oder gerichtlich geltend machen werde. Die dadurch entstehenden zusätzlichen Kosten gehen zu Ihren Lasten.',
      '',
      'Abwenden lässt sich dieser Schritt nur, wenn der Gesamtbetrag von {{totalClaim}} vor diesem Datum vollständig auf meinem Konto eingeht.',
      '',
      INVOICE_LIST + '{{#paymentDetails}}Bankverbindung:',
      '{{paymentDetails}}',
      '',
      '{{/paymentDetails}}' + SIGN_OFF,
    ].join('\n'),
  },
};
