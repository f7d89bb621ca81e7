/**
 * French message texts. Register: "vous", first person singular. First-person adjectives and
 * participles are avoided on purpose ("désolé(e)", "ravi(e)", "contraint(e)"), because the sender's
 * gender is unknown; the same goes for adjectives describing the reader. {{greeting}} is "Bonjour
 * Madame Dupont," (or "Bonjour,") for everyday mail; the formal demand opens with the civility
 * alone ({{formalGreeting}}: "Madame," / "Madame, Monsieur,") and repeats it in the courtesy
 * formula ({{formalAddress}}). One invoice's sentence gives its own amount ({{invoiceDue}}); the
 * list ends with the total. History ("sans réponse") only from the log ({{unansweredSince}}).
 * Names are never preceded by "de"/"le", which would need elision ("d'Atelier").
 */
import type { TemplateSet } from '../catalog';

const GREETING = '{{greeting}}';
const FORMAL_HEADER = [
  '{{clientName}}{{#contactAttn}}\nÀ l’attention de {{contactAttn}}{{/contactAttn}}',
  '',
  '{{formalGreeting}}',
].join('\n');
/** Optional paragraph: ends with its own blank line so nothing is left behind when empty. */
const PAYMENT_DETAILS =
  '{{#paymentDetails}}Coordonnées de paiement :\n{{paymentDetails}}\n\n{{/paymentDetails}}';
const INVOICE_LIST = '{{#invoiceList}}Factures concernées :\n{{invoiceList}}\n\n{{/invoiceList}}';
const PARTIAL_PAYMENT =
  '{{#paidAmount}}Je vous remercie pour le versement de {{paidAmount}} déjà reçu.\n\n{{/paidAmount}}';
const SIGN_OFF = 'Cordialement,\n{{signature}}';
const FORMAL_SIGN_OFF =
  '{{#formalAddress}}Je vous prie d’agréer, {{formalAddress}}, l’expression de mes salutations distinguées.\n\n{{/formalAddress}}{{signature}}';

export const fr: TemplateSet = {
  courtesy_before_due: {
    subject: 'Facture {{invoiceNumber}} : échéance le {{dueDate}}',
    body: [
      GREETING,
      '',
      'Petit rappel amical : ma facture n° {{invoiceNumber}}, d’un montant de {{invoiceDue}}, arrive à échéance le {{dueDate}}{{#daysUntilDue}}, soit dans {{daysUntilDue}}{{/daysUntilDue}}.',
      '',
      INVOICE_LIST +
        'Si le règlement est déjà programmé, merci de ne pas tenir compte de ce message. Si la facture ne vous est pas parvenue ou si un point mérite d’être précisé, n’hésitez pas à me le signaler : je m’en occupe avant l’échéance.',
      '',
      PAYMENT_DETAILS + 'Bien cordialement,',
      '{{signature}}',
    ].join('\n'),
  },

  due_today: {
    subject: 'Facture {{invoiceNumber}} : échéance aujourd’hui',
    body: [
      GREETING,
      '',
      'Je me permets de vous rappeler que ma facture n° {{invoiceNumber}}, d’un montant de {{invoiceDue}}, arrive à échéance aujourd’hui, le {{dueDate}}.',
      '',
      INVOICE_LIST +
        'Si le virement a déjà été effectué, je vous en remercie et vous pouvez ignorer ce message. Dans le cas contraire, je vous remercie de bien vouloir procéder au règlement dans les meilleurs délais.',
      '',
      PAYMENT_DETAILS + SIGN_OFF,
    ].join('\n'),
  },

  reminder_gentle: {
    subject: 'Rappel : facture {{invoiceNumber}} arrivée à échéance',
    body: [
      GREETING,
      '',
      'Sauf erreur de ma part, ma facture n° {{invoiceNumber}}, échue le {{dueDate}}, n’a pas encore été intégralement réglée{{#daysOverdue}}, avec un retard de {{daysOverdue}}{{/daysOverdue}}. Le montant restant dû sur cette facture s’élève à {{invoiceDue}}.',
      '',
      PARTIAL_PAYMENT +
        INVOICE_LIST +
        'Il s’agit sans doute d’un simple oubli. Je vous remercie de bien vouloir procéder au règlement dans les prochains jours. Si quelque chose bloque de votre côté (question sur la facture, information manquante), dites-le-moi et je m’en occupe rapidement.',
      '',
      'Si votre paiement a croisé ce message, merci de ne pas en tenir compte.',
      '',
      PAYMENT_DETAILS + SIGN_OFF,
    ].join('\n'),
  },

  reminder_firm: {
    subject: 'Relance : facture {{invoiceNumber}} toujours impayée',
    body: [
      GREETING,
      '',
      'Ma facture n° {{invoiceNumber}}{{#issueDate}} du {{issueDate}}{{/issueDate}}, échue le {{dueDate}}, n’est toujours pas soldée{{#daysOverdue}}, avec un retard de {{daysOverdue}}{{/daysOverdue}}. Le montant restant dû sur cette facture s’élève à {{invoiceDue}}.',
      '',
      PARTIAL_PAYMENT +
        INVOICE_LIST +
        'Je vous demande de bien vouloir régler cette somme sans délai ou, à défaut, de m’indiquer {{#deadline}}d’ici le {{deadline}} {{/deadline}}la date précise à laquelle le paiement sera effectué. Si un point reste à éclaircir de votre côté, c’est le moment d’en parler : je suis disponible pour un échange téléphonique.',
      '',
      PAYMENT_DETAILS + SIGN_OFF,
    ].join('\n'),
  },

  forgot_friendly: {
    subject: 'Facture {{invoiceNumber}} : les informations pour le règlement',
    body: [
      GREETING,
      '',
      'Merci pour votre retour, cela arrive à tout le monde ! Pour vous simplifier la tâche, voici l’essentiel en un coup d’œil :',
      '',
      'Facture n° {{invoiceNumber}}',
      'Montant à régler : {{invoiceDue}}{{#paymentDetails}}\n{{paymentDetails}}{{/paymentDetails}}',
      '',
      INVOICE_LIST +
        'Je vous remercie par avance de bien vouloir effectuer le virement dans les prochains jours. Je reste à votre disposition pour toute question.',
      '',
      'Bien cordialement,',
      '{{signature}}',
    ].join('\n'),
  },

  channel_switch: {
    subject: 'Facture {{invoiceNumber}} en attente de règlement',
    body: [
      GREETING,
      '',
      'Je me permets de vous écrire au sujet de la facture n° {{invoiceNumber}} adressée à {{clientName}}, d’un montant de {{invoiceDue}}, échue le {{dueDate}} et toujours en attente de règlement.{{#unansweredSince}} Mon rappel du {{unansweredSince}} à mon contact habituel est resté sans réponse.{{/unansweredSince}}',
      '',
      INVOICE_LIST +
        'Pourriez-vous me dire si cette facture a bien été reçue par vos services et à quelle date le paiement est prévu ? Si le dossier est suivi par une autre personne, merci de me communiquer ses coordonnées. Je peux bien sûr vous renvoyer la facture.',
      '',
      SIGN_OFF,
    ].join('\n'),
  },

  phone_script: {
    subject: 'Appel {{clientName}} – facture {{invoiceNumber}}',
    body: [
      '• Présentation : « Bonjour, {{senderName}} à l’appareil{{#businessName}}, pour {{businessName}}{{/businessName}}. Je vous appelle au sujet de ma facture n° {{invoiceNumber}}. »',
      '• Rappel des faits : facture {{invoiceNumber}}, montant dû {{invoiceDue}}, échéance le {{dueDate}}{{#daysOverdue}}, {{daysOverdue}} de retard{{/daysOverdue}}.{{#invoiceList}}',
      '• Toutes les factures ouvertes :',
      '{{invoiceList}}{{/invoiceList}}{{#unansweredSince}}',
      '• Mentionner calmement que le rappel du {{unansweredSince}} est resté sans réponse.{{/unansweredSince}}',
      '• Questions : la facture a-t-elle bien été reçue ? Y a-t-il une question ou un blocage ?',
      '• Obtenir une date de paiement précise et la noter : « À quelle date le virement pourra-t-il partir ? »',
      '• En cas de difficultés de trésorerie : proposer un échéancier avec des dates fixes.',
      '• Si l’interlocuteur ne gère pas ce dossier : demander le nom et les coordonnées du service comptable.',
      '• Conclusion : récapituler ce qui a été convenu et annoncer une confirmation par e-mail.',
    ].join('\n'),
  },

  dispute_specifics: {
    subject: 'Vos remarques sur la facture {{invoiceNumber}}',
    body: [
      GREETING,
      '',
      'Merci de m’avoir fait part de vos réserves sur la prestation facturée (facture n° {{invoiceNumber}}). Votre satisfaction compte pour moi et je souhaite régler ce point rapidement.',
      '',
      'Afin de vous répondre précisément, pourriez-vous m’indiquer les points qui ne correspondent pas à ce qui avait été convenu, et le résultat que vous attendiez ? Je pourrai alors apporter les corrections nécessaires ou, si cela se justifie, vous proposer un avoir partiel sur la partie concernée.',
      '',
      'En attendant, je vous remercie de bien vouloir régler la partie non contestée du montant de {{invoiceDue}}, afin que nos échanges ne portent plus que sur les points en discussion.',
      '',
      INVOICE_LIST + SIGN_OFF,
    ].join('\n'),
  },

  invoice_corrected: {
    subject: 'Facture rectifiée n° {{invoiceNumber}}',
    body: [
      GREETING,
      '',
      'Merci pour votre signalement. Vous trouverez ci-joint la facture rectifiée n° {{invoiceNumber}}, qui remplace la version précédente.',
      '',
      '{{#correctedNote}}Correction apportée : {{correctedNote}}',
      '',
      '{{/correctedNote}}Le montant à régler sur cette facture est de {{invoiceDue}}, à payer au plus tard le {{payBy}}{{#originalDueDatePassed}} – une nouvelle date, l’échéance initiale du {{originalDueDatePassed}} étant dépassée{{/originalDueDatePassed}}. Veuillez m’excuser pour cette erreur.',
      '',
      INVOICE_LIST +
        PAYMENT_DETAILS +
        'Merci de vérifier la facture et de me signaler si quelque chose ne vous semble toujours pas correct.',
      '',
      SIGN_OFF,
    ].join('\n'),
  },

  invoice_resend: {
    subject: 'Facture {{invoiceNumber}} – nouvel envoi',
    body: [
      GREETING,
      '',
      'Il semble que ma facture ne vous soit pas parvenue ; toutes mes excuses pour ce contretemps. Je vous la renvoie en pièce jointe ; voici les informations principales :',
      '',
      'Numéro de facture : {{invoiceNumber}}',
      '{{#issueDate}}Date d’émission : {{issueDate}}',
      '{{/issueDate}}Montant à régler : {{invoiceDue}}',
      'À régler au plus tard le : {{payBy}}{{#originalDueDatePassed}} (nouvelle date, la facture vous parvenant après l’échéance initiale du {{originalDueDatePassed}}){{/originalDueDatePassed}}',
      '',
      INVOICE_LIST +
        PAYMENT_DETAILS +
        'Pourriez-vous m’en accuser réception et, le cas échéant, la transmettre au service concerné ? Si les factures doivent être adressées à une adresse particulière, n’hésitez pas à me l’indiquer.',
      '',
      SIGN_OFF,
    ].join('\n'),
  },

  instalment_offer: {
    subject: 'Proposition d’échéancier – facture {{invoiceNumber}}',
    body: [
      GREETING,
      '',
      'Merci de m’avoir exposé franchement votre situation de trésorerie. Pour que votre solde puisse malgré tout être réglé dans de bonnes conditions, je vous propose d’étaler le montant restant dû de {{amount}} en {{instalmentCount}} versements :',
      '',
      INVOICE_LIST + '{{instalmentPlan}}',
      '',
      'Si cet échéancier vous convient, merci de me le confirmer par écrit. Tant que les versements arrivent à temps, je ne vous enverrai pas d’autre relance ; en cas de retard sur l’une des échéances, la totalité du solde deviendrait immédiatement exigible. Si ces dates ne vous conviennent pas, n’hésitez pas à me faire une contre-proposition.',
      '',
      PAYMENT_DETAILS + SIGN_OFF,
    ].join('\n'),
  },

  early_payment_discount: {
    subject:
      'Facture {{invoiceNumber}} : remise de {{discountPercent}} pour un règlement avant le {{discountDeadline}}',
    body: [
      GREETING,
      '',
      'Pour vous faciliter les choses, je vous propose une remise de {{discountPercent}} sur le solde : si le règlement me parvient au plus tard le {{discountDeadline}}, le montant à payer passe de {{amount}} à {{discountedAmount}}.',
      '',
      'Passé cette date, le montant intégral de {{amount}} restera dû.',
      '',
      INVOICE_LIST + PAYMENT_DETAILS + 'Merci de me dire si cette proposition vous convient.',
      '',
      SIGN_OFF,
    ].join('\n'),
  },

  value_explain: {
    subject: 'Facture {{invoiceNumber}} : le détail de la prestation',
    body: [
      GREETING,
      '',
      'Merci pour votre retour franc au sujet de la facture n° {{invoiceNumber}}. Je comprends que le montant de {{invoiceDue}} suscite des questions et je vous en explique volontiers le détail.',
      '',
      'La facture porte uniquement sur les prestations convenues au préalable, que j’ai intégralement réalisées et livrées. Elle applique les conditions acceptées avant le début du travail : le périmètre et le prix étaient donc connus dès le départ. Au-delà du résultat visible, ce montant couvre aussi les échanges, la conception et les vérifications qui garantissent la qualité du travail livré.',
      '',
      'Si vous le souhaitez, je peux reprendre chaque poste avec vous lors d’un court appel. En tout état de cause, je vous remercie de bien vouloir régler la facture au plus tard le {{payBy}}{{#originalDueDatePassed}} – une nouvelle date, l’échéance convenue du {{originalDueDatePassed}} étant dépassée{{/originalDueDatePassed}}.',
      '',
      INVOICE_LIST + SIGN_OFF,
    ].join('\n'),
  },

  complaint_acknowledge: {
    subject: 'Suite à votre retour – facture {{invoiceNumber}}',
    body: [
      GREETING,
      '',
      'Merci pour votre retour sincère. Je regrette que notre collaboration n’ait pas été à la hauteur de vos attentes.',
      '',
      'Avant de vous proposer quoi que ce soit, je souhaite comprendre précisément ce qui n’a pas fonctionné. Pourriez-vous m’indiquer les points qui comptent le plus pour vous, avec si possible un exemple ou une date pour chacun ? Dès que j’aurai ces précisions, je reviendrai vers vous avec ce que je peux faire et dans quel délai.',
      '',
      'Par ailleurs, la facture n° {{invoiceNumber}}, d’un montant de {{invoiceDue}}, reste ouverte. Pourriez-vous m’indiquer à quelle date le paiement est prévu et si vos remarques la concernent ?',
      '',
      INVOICE_LIST + SIGN_OFF,
    ].join('\n'),
  },

  promise_confirm: {
    subject: 'Confirmation de la date de paiement – facture {{invoiceNumber}}',
    body: [
      GREETING,
      '',
      'Merci pour votre retour. Comme convenu, je vous confirme par écrit notre accord : le montant de {{amount}} sera réglé au plus tard le {{promisedDate}}.',
      '',
      INVOICE_LIST +
        '{{#paymentDetails}}Pour votre service comptable, voici les coordonnées de paiement :',
      '{{paymentDetails}}',
      '',
      '{{/paymentDetails}}Si cette date devait changer, merci de me prévenir suffisamment tôt. Merci encore pour votre réactivité.',
      '',
      SIGN_OFF,
    ].join('\n'),
  },

  promise_broken: {
    subject: 'Paiement promis non reçu – facture {{invoiceNumber}}',
    body: [
      GREETING,
      '',
      'Vous m’aviez confirmé le règlement de {{amount}} au plus tard le {{promisedDate}}. Cette date est passée et je n’ai toujours pas reçu l’intégralité du paiement{{#daysOverdue}} ; la facture accuse désormais {{daysOverdue}} de retard{{/daysOverdue}}.',
      '',
      'Je vous demande donc de procéder au virement sans délai{{#deadline}}, et au plus tard le {{deadline}}{{/deadline}}. Si ce n’est pas possible, merci de me répondre dès aujourd’hui en m’indiquant une date ferme. À défaut, je devrai engager les démarches de recouvrement.',
      '',
      INVOICE_LIST + PAYMENT_DETAILS + SIGN_OFF,
    ].join('\n'),
  },

  paid_ask_reference: {
    subject: 'Votre règlement de la facture {{invoiceNumber}} – précisions demandées',
    body: [
      GREETING,
      '',
      'Merci de m’avoir signalé que la facture n° {{invoiceNumber}} a été réglée. Je ne retrouve malheureusement pas, pour l’instant, de virement correspondant de {{invoiceDue}} sur mon compte.',
      '',
      INVOICE_LIST + 'Afin de pouvoir rapprocher le paiement, pourriez-vous me communiquer :',
      '• la date du virement ;',
      '• le montant viré ;',
      '• le libellé ou la référence du virement ;',
      '• le compte bénéficiaire utilisé (IBAN).',
      '',
      'Une copie de l’avis de virement me serait également utile. Le paiement a peut-être simplement été mal affecté ou envoyé sur un autre compte : dans ce cas, je m’en occupe tout de suite.',
      '',
      '{{#paymentDetails}}Pour mémoire, mes coordonnées bancaires :',
      '{{paymentDetails}}',
      '',
      '{{/paymentDetails}}' + SIGN_OFF,
    ].join('\n'),
  },

  final_demand: {
    subject: 'Mise en demeure de payer – facture {{invoiceNumber}}',
    body: [
      FORMAL_HEADER,
      '',
      'Ma facture n° {{invoiceNumber}}{{#issueDate}} du {{issueDate}}{{/issueDate}}, échue le {{dueDate}}, n’a toujours pas été soldée{{#daysOverdue}}, avec un retard de {{daysOverdue}}{{/daysOverdue}}.{{#unansweredSince}} Mon rappel du {{unansweredSince}} est resté sans réponse.{{/unansweredSince}}',
      '',
      INVOICE_LIST + 'Le détail de ma créance est le suivant :',
      'Principal : {{amount}}',
      '{{#interestAmount}}Montant des {{#interestTerm}}{{interestTerm}}{{/interestTerm}} à ce jour : {{interestAmount}}',
      '{{/interestAmount}}{{#interestRate}}Taux annuel appliqué : {{interestRate}}{{#rateAsOf}} (taux connu au {{rateAsOf}}){{/rateAsOf}}',
      '{{/interestRate}}{{#compensationAmount}}Indemnité forfaitaire pour frais de recouvrement : {{compensationAmount}}',
      '{{/compensationAmount}}{{#legalAddition}}En outre : {{legalAddition}}',
      '{{/legalAddition}}Total : {{totalClaim}}{{#legalBasis}}\nFondement juridique : {{legalBasis}}{{/legalBasis}}',
      '',
      'Par la présente, je vous mets en demeure de me régler la somme de {{totalClaim}} au plus tard le {{deadline}}.',
      '',
      'À défaut de paiement dans ce délai, j’engagerai sans autre avis une procédure de recouvrement judiciaire, notamment une requête en injonction de payer, ou je confierai le dossier à un organisme de recouvrement. Les frais qui en découleront seront à votre charge.',
      '',
      'Si le règlement a été effectué entre-temps, je vous prie de ne pas tenir compte de ce courrier.',
      '',
      '{{#paymentDetails}}Coordonnées bancaires :',
      '{{paymentDetails}}',
      '',
      '{{/paymentDetails}}' + FORMAL_SIGN_OFF,
    ].join('\n'),
  },

  handover_notice: {
    subject: 'Transmission de votre dossier au recouvrement – facture {{invoiceNumber}}',
    body: [
      FORMAL_HEADER,
      '',
      'Malgré ma mise en demeure, la facture n° {{invoiceNumber}} reste impayée. Ma créance s’élève à ce jour à {{totalClaim}}.',
      '',
      'Je vous informe donc que, le {{deadline}}, je transmettrai ce dossier à un organisme de recouvrement ou j’engagerai une procédure judiciaire. Les frais supplémentaires qui en résulteront seront à votre charge.',
      '',
      'Seul un règlement intégral de {{totalClaim}}, reçu avant cette date, permettra d’éviter cette démarche.',
      '',
      INVOICE_LIST + '{{#paymentDetails}}Coordonnées bancaires :',
      '{{paymentDetails}}',
      '',
      '{{/paymentDetails}}' + FORMAL_SIGN_OFF,
    ].join('\n'),
  },
};
