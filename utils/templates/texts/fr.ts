/**
 * French message texts. Register: "vous", first person singular. First-person adjectives and
 * participles are avoided on purpose ("désolé(e)", "ravi(e)", "contraint(e)"), because the sender's
 * gender is unknown; the same goes for adjectives describing the reader. "Bonjour" with an optional
 * name for everyday mail; "Madame, Monsieur," and the full courtesy formula for the formal demand.
 * Names are never preceded by "de"/"le", which would need elision ("d'Atelier").
 */
import type { TemplateSet } from '../catalog';

const GREETING = 'Bonjour{{#contactName}} {{contactName}}{{/contactName}},';
const FORMAL_HEADER = [
  '{{clientName}}{{#contactName}}\nÀ l’attention de {{contactName}}{{/contactName}}',
  '',
  'Madame, Monsieur,',
].join('\n');
/** Optional paragraph: ends with its own blank line so nothing is left behind when empty. */
const PAYMENT_DETAILS =
  '{{#paymentDetails}}Coordonnées de paiement :\n{{paymentDetails}}\n\n{{/paymentDetails}}';
const INVOICE_LIST = '{{#invoiceList}}Factures concernées :\n{{invoiceList}}\n\n{{/invoiceList}}';
const PARTIAL_PAYMENT =
  '{{#paidAmount}}Je vous remercie pour le versement de {{paidAmount}} déjà reçu.\n\n{{/paidAmount}}';
const SIGN_OFF = 'Cordialement,\n{{signature}}';
const FORMAL_SIGN_OFF =
  'Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.\n\n{{signature}}';

export const fr: TemplateSet = {
  courtesy_before_due: {
    subject: 'Facture {{invoiceNumber}} : échéance le {{dueDate}}',
    body: [
      GREETING,
      '',
      'Petit rappel amical : ma facture n° {{invoiceNumber}}, d’un montant de {{amount}}, arrive à échéance le {{dueDate}}{{#daysUntilDue}}, soit dans {{daysUntilDue}}{{/daysUntilDue}}.',
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
      'Je me permets de vous rappeler que ma facture n° {{invoiceNumber}}, d’un montant de {{amount}}, arrive à échéance aujourd’hui, le {{dueDate}}.',
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
      'Sauf erreur de ma part, ma facture n° {{invoiceNumber}}, échue le {{dueDate}}, n’a pas encore été intégralement réglée{{#daysOverdue}}, avec un retard de {{daysOverdue}}{{/daysOverdue}}. Le montant restant dû s’élève à {{amount}}.',
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
      'Malgré mes précédents rappels, ma facture n° {{invoiceNumber}}{{#issueDate}} du {{issueDate}}{{/issueDate}}, échue le {{dueDate}}, n’est toujours pas soldée{{#daysOverdue}}, avec un retard de {{daysOverdue}}{{/daysOverdue}}. Le montant restant dû s’élève à {{amount}}.',
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
      'Montant à régler : {{amount}}{{#paymentDetails}}\n{{paymentDetails}}{{/paymentDetails}}',
      '',
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
      'Je me permets de vous écrire, car je ne parviens pas à joindre mon contact habituel chez {{clientName}}. Ma demande concerne la facture n° {{invoiceNumber}}, d’un montant de {{amount}}, échue le {{dueDate}} et toujours en attente de règlement.',
      '',
      'Pourriez-vous me dire si cette facture a bien été reçue par vos services et à quelle date le paiement est prévu ? Si le dossier est suivi par une autre personne, merci de me communiquer ses coordonnées. Je peux bien sûr vous renvoyer la facture.',
      '',
      SIGN_OFF,
    ].join('\n'),
  },

  phone_script: {
    subject: 'Appel {{clientName}} – facture {{invoiceNumber}}',
    body: [
      '• Présentation : « Bonjour, {{senderName}} à l’appareil{{#businessName}}, pour {{businessName}}{{/businessName}}. Je vous appelle au sujet de ma facture n° {{invoiceNumber}}. »',
      '• Rappel des faits : montant dû {{amount}}, échéance le {{dueDate}}{{#daysOverdue}}, {{daysOverdue}} de retard{{/daysOverdue}}.',
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
      'En attendant, je vous remercie de bien vouloir régler la partie non contestée du montant de {{amount}}, afin que nos échanges ne portent plus que sur les points en discussion.',
      '',
      SIGN_OFF,
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
      '{{/correctedNote}}Le montant à régler est désormais de {{amount}}, avec une échéance au {{dueDate}}. Veuillez m’excuser pour cette erreur.',
      '',
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
      '{{/issueDate}}Montant à régler : {{amount}}',
      'Échéance : {{dueDate}}',
      '',
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
      'Merci de m’avoir exposé franchement votre situation de trésorerie. Pour que la facture n° {{invoiceNumber}} puisse malgré tout être réglée dans de bonnes conditions, je vous propose d’étaler le montant restant dû de {{amount}} en {{instalmentCount}} versements :',
      '',
      '{{instalmentPlan}}',
      '',
      'Si cet échéancier vous convient, merci de me le confirmer par écrit. En cas de retard sur l’une des échéances, le solde deviendrait immédiatement exigible. Si ces dates ne vous conviennent pas, n’hésitez pas à me faire une contre-proposition.',
      '',
      PAYMENT_DETAILS + SIGN_OFF,
    ].join('\n'),
  },

  early_payment_discount: {
    subject: 'Remise de {{discountPercent}} pour un règlement avant le {{discountDeadline}}',
    body: [
      GREETING,
      '',
      'Pour vous faciliter les choses, je vous propose une remise de {{discountPercent}} sur la facture n° {{invoiceNumber}} : si le règlement me parvient au plus tard le {{discountDeadline}}, le montant à payer passe de {{amount}} à {{discountedAmount}}.',
      '',
      'Passé cette date, le montant intégral de {{amount}} restera dû.',
      '',
      PAYMENT_DETAILS + 'Merci de me dire si cette proposition vous convient.',
      '',
      SIGN_OFF,
    ].join('\n'),
  },

  value_explain: {
    subject: 'Facture {{invoiceNumber}} : le détail de la prestation',
    body: [
      GREETING,
      '',
      'Merci pour votre retour franc au sujet de la facture n° {{invoiceNumber}}. Je comprends que le montant de {{amount}} suscite des questions et je vous en explique volontiers le détail.',
      '',
      'La facture porte uniquement sur les prestations convenues au préalable, que j’ai intégralement réalisées et livrées. Elle applique les conditions acceptées avant le début du travail : le périmètre et le prix étaient donc connus dès le départ. Au-delà du résultat visible, ce montant couvre aussi les échanges, la conception et les vérifications qui garantissent la qualité du travail livré.',
      '',
      'Si vous le souhaitez, je peux reprendre chaque poste avec vous lors d’un court appel. En tout état de cause, je vous remercie de bien vouloir régler la facture comme convenu ; son échéance est fixée au {{dueDate}}.',
      '',
      SIGN_OFF,
    ].join('\n'),
  },

  complaint_acknowledge: {
    subject: 'Suite à votre retour – facture {{invoiceNumber}}',
    body: [
      GREETING,
      '',
      'Merci pour votre retour sincère. Je regrette que notre collaboration n’ait pas été à la hauteur de vos attentes sur certains points, et je le prends très au sérieux.',
      '',
      'J’ai bien pris note de vos remarques et je fais le nécessaire pour que les points soulevés soient corrigés rapidement. Je vous tiendrai au courant de l’avancement.',
      '',
      'La prestation facturée (facture n° {{invoiceNumber}}) a cependant bien été réalisée. Je vous remercie donc de bien vouloir régler le montant de {{amount}} et de m’indiquer à quelle date je peux compter sur le paiement.',
      '',
      SIGN_OFF,
    ].join('\n'),
  },

  promise_confirm: {
    subject: 'Confirmation de la date de paiement – facture {{invoiceNumber}}',
    body: [
      GREETING,
      '',
      'Merci pour votre retour. Comme convenu, je vous confirme par écrit notre accord : le montant de {{amount}} dû au titre de la facture n° {{invoiceNumber}} sera réglé au plus tard le {{promisedDate}}.',
      '',
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
      'Vous m’aviez confirmé le règlement de {{amount}} au titre de la facture n° {{invoiceNumber}} au plus tard le {{promisedDate}}. Cette date est passée et je n’ai toujours pas reçu l’intégralité du paiement{{#daysOverdue}} ; la facture accuse désormais {{daysOverdue}} de retard{{/daysOverdue}}.',
      '',
      'Je vous demande donc de procéder au virement sans délai{{#deadline}}, et au plus tard le {{deadline}}{{/deadline}}. Si ce n’est pas possible, merci de me répondre dès aujourd’hui en m’indiquant une date ferme. À défaut, je devrai engager les démarches de recouvrement.',
      '',
      PAYMENT_DETAILS + SIGN_OFF,
    ].join('\n'),
  },

  paid_ask_reference: {
    subject: 'Votre règlement de la facture {{invoiceNumber}} – précisions demandées',
    body: [
      GREETING,
      '',
      'Merci de m’avoir signalé que la facture n° {{invoiceNumber}} a été réglée. Je ne retrouve malheureusement pas, pour l’instant, de virement correspondant de {{amount}} sur mon compte.',
      '',
      'Afin de pouvoir rapprocher le paiement, pourriez-vous me communiquer :',
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
      'Malgré mes relances, ma facture n° {{invoiceNumber}}{{#issueDate}} du {{issueDate}}{{/issueDate}}, échue le {{dueDate}}, n’a toujours pas été soldée{{#daysOverdue}}, avec un retard de {{daysOverdue}}{{/daysOverdue}}.',
      '',
      INVOICE_LIST + 'Le détail de ma créance est le suivant :',
      'Principal : {{amount}}',
      '{{#interestAmount}}Intérêts de retard à ce jour : {{interestAmount}}',
      '{{/interestAmount}}{{#interestRate}}Taux annuel appliqué : {{interestRate}}',
      '{{/interestRate}}{{#compensationAmount}}Indemnité forfaitaire pour frais de recouvrement : {{compensationAmount}}',
      '{{/compensationAmount}}Total : {{totalClaim}}{{#legalBasis}}\nFondement juridique : {{legalBasis}}{{/legalBasis}}',
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
      '{{#paymentDetails}}Coordonnées bancaires :',
      '{{paymentDetails}}',
      '',
      '{{/paymentDetails}}' + FORMAL_SIGN_OFF,
    ].join('\n'),
  },
};
