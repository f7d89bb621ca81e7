/**
 * Spanish message texts (neutral peninsular/Latin American business register). Everyday mail
 * speaks to one reader as "usted"; the formal demand and handover are addressed to the company
 * ("Estimados señores:", "ustedes") with the contact in the attention line ({{contactAttn}}:
 * "A la atención del Sr. López"). {{greeting}} is "Estimada Sra. López:" with a contact person,
 * else "Buenos días:". Greetings end with a colon, as in Spanish letters. One invoice's sentence
 * gives its own amount ({{invoiceDue}}); the list ends with the total. A "factura rectificativa"
 * is a new invoice with its own number that corrects the original. History only from the log
 * ({{unansweredSince}}). Gendered
 * first-person adjectives ("encantado/a", "seguro/a") are avoided: the sender's gender is unknown.
 */
import type { TemplateSet } from '../catalog';

const GREETING = '{{greeting}}';
const FORMAL_HEADER = [
  '{{clientName}}{{#contactAttn}}\nA la atención {{contactAttn}}{{/contactAttn}}',
  '',
  'Estimados señores:',
].join('\n');
/** Optional paragraph: ends with its own blank line so nothing is left behind when empty. */
const PAYMENT_DETAILS =
  '{{#paymentDetails}}Datos para el pago:\n{{paymentDetails}}\n\n{{/paymentDetails}}';
const INVOICE_LIST = '{{#invoiceList}}Facturas pendientes:\n{{invoiceList}}\n\n{{/invoiceList}}';
const PARTIAL_PAYMENT =
  '{{#paidAmount}}Le agradezco el pago parcial de {{paidAmount}}, que ya he recibido.\n\n{{/paidAmount}}';
const SIGN_OFF = 'Un cordial saludo,\n{{signature}}';
const FORMAL_SIGN_OFF = 'Atentamente,\n{{signature}}';

export const es: TemplateSet = {
  courtesy_before_due: {
    subject: 'Factura {{invoiceNumber}}: vencimiento el {{dueDate}}',
    body: [
      GREETING,
      '',
      'Le escribo solo para recordarle que la factura n.º {{invoiceNumber}}, por importe de {{invoiceDue}}, vence el {{dueDate}}{{#daysUntilDue}}, es decir, dentro de {{daysUntilDue}}{{/daysUntilDue}}.',
      '',
      INVOICE_LIST +
        'Si ya tiene el pago programado, no es necesario que haga nada más. Si no ha recibido la factura o hay algo que aclarar, dígamelo y lo resolvemos antes del vencimiento.',
      '',
      PAYMENT_DETAILS + 'Gracias de antemano. Un cordial saludo,',
      '{{signature}}',
    ].join('\n'),
  },

  due_today: {
    subject: 'Factura {{invoiceNumber}}: vence hoy',
    body: [
      GREETING,
      '',
      'Le recuerdo que hoy, {{dueDate}}, vence la factura n.º {{invoiceNumber}} por importe de {{invoiceDue}}.',
      '',
      INVOICE_LIST +
        'Si ya ha realizado la transferencia, muchas gracias y disculpe este recordatorio. Si no es así, le agradecería que tramitara el pago a la mayor brevedad.',
      '',
      PAYMENT_DETAILS + SIGN_OFF,
    ].join('\n'),
  },

  reminder_gentle: {
    subject: 'Recordatorio de pago: factura {{invoiceNumber}}',
    body: [
      GREETING,
      '',
      'Según mis registros, la factura n.º {{invoiceNumber}}, con vencimiento el {{dueDate}}, todavía no está pagada en su totalidad{{#daysOverdue}} y acumula ya {{daysOverdue}} de retraso{{/daysOverdue}}. El importe pendiente de esa factura es de {{invoiceDue}}.',
      '',
      PARTIAL_PAYMENT +
        INVOICE_LIST +
        'Seguramente se trata de un simple descuido. Le agradecería que realizara el pago en los próximos días. Si hay algún motivo que lo impida —una duda sobre la factura o algún dato que falte—, comuníquemelo y lo resolveré cuanto antes.',
      '',
      'Si su pago se ha cruzado con este mensaje, le ruego que no lo tenga en cuenta.',
      '',
      PAYMENT_DETAILS + SIGN_OFF,
    ].join('\n'),
  },

  reminder_firm: {
    subject: 'Nuevo aviso: factura {{invoiceNumber}} pendiente de pago',
    body: [
      GREETING,
      '',
      'La factura n.º {{invoiceNumber}}{{#issueDate}} de fecha {{issueDate}}{{/issueDate}}, vencida el {{dueDate}}, sigue sin pagarse en su totalidad{{#daysOverdue}} y acumula {{daysOverdue}} de retraso{{/daysOverdue}}. El importe adeudado por ella asciende a {{invoiceDue}}.',
      '',
      PARTIAL_PAYMENT +
        INVOICE_LIST +
        'Le ruego que efectúe el pago sin más demora o que me confirme {{#deadline}}antes del {{deadline}} {{/deadline}}la fecha concreta en la que se realizará. Si hay algo que aclarar por su parte, este es el momento: puedo atenderle por teléfono cuando le venga bien.',
      '',
      PAYMENT_DETAILS + SIGN_OFF,
    ].join('\n'),
  },

  forgot_friendly: {
    subject: 'Factura {{invoiceNumber}}: datos para el pago',
    body: [
      GREETING,
      '',
      'Gracias por su respuesta; no se preocupe, nos pasa a todos. Para ponérselo fácil, le dejo aquí todo lo necesario:',
      '',
      'Factura n.º {{invoiceNumber}}',
      'Importe pendiente: {{invoiceDue}}{{#paymentDetails}}\n{{paymentDetails}}{{/paymentDetails}}',
      '',
      INVOICE_LIST +
        'Le agradecería que realizara la transferencia en los próximos días. Quedo a su disposición para cualquier duda.',
      '',
      'Un saludo,',
      '{{signature}}',
    ].join('\n'),
  },

  channel_switch: {
    subject: 'Factura {{invoiceNumber}} pendiente de pago',
    body: [
      GREETING,
      '',
      'Le escribo en relación con la factura n.º {{invoiceNumber}} emitida a {{clientName}}, por importe de {{invoiceDue}}, que venció el {{dueDate}} y sigue pendiente de pago.{{#unansweredSince}} Mi recordatorio del {{unansweredSince}} a mi contacto habitual sigue sin respuesta.{{/unansweredSince}}',
      '',
      INVOICE_LIST +
        '¿Podría confirmarme si la factura consta en su departamento y en qué fecha está previsto el pago? Si el asunto corresponde a otra persona, le agradecería que me facilitara su contacto. Con gusto le reenvío la factura.',
      '',
      SIGN_OFF,
    ].join('\n'),
  },

  phone_script: {
    subject: 'Llamada a {{clientName}}: factura {{invoiceNumber}}',
    body: [
      '• Presentación: «Buenos días, soy {{senderName}}{{#businessName}}, de {{businessName}}{{/businessName}}. Le llamo por la factura n.º {{invoiceNumber}}».',
      '• Situación: factura {{invoiceNumber}}, importe pendiente {{invoiceDue}}, vencimiento el {{dueDate}}{{#daysOverdue}}, {{daysOverdue}} de retraso{{/daysOverdue}}.{{#invoiceList}}',
      '• Todas las facturas pendientes:',
      '{{invoiceList}}{{/invoiceList}}{{#unansweredSince}}',
      '• Mencionar con calma que el recordatorio del {{unansweredSince}} sigue sin respuesta.{{/unansweredSince}}',
      '• Preguntar: ¿recibieron la factura? ¿Hay alguna duda o algún problema que impida el pago?',
      '• Conseguir una fecha de pago concreta y anotarla: «¿Qué día pueden hacer la transferencia?».',
      '• Si hay problemas de liquidez: proponer un pago fraccionado con fechas fijas.',
      '• Si no es la persona adecuada: pedir el nombre y el contacto del departamento de contabilidad.',
      '• Cierre: resumir lo acordado y avisar de que se enviará una confirmación por correo electrónico.',
    ].join('\n'),
  },

  dispute_specifics: {
    subject: 'Sus observaciones sobre la factura {{invoiceNumber}}',
    body: [
      GREETING,
      '',
      'Gracias por trasladarme sus reservas sobre el trabajo incluido en la factura n.º {{invoiceNumber}}. Su satisfacción es importante para mí y quiero resolverlo cuanto antes.',
      '',
      'Para poder darle una respuesta concreta, ¿podría indicarme qué puntos no se ajustan a lo acordado y qué resultado esperaba? Con esa información podré corregir lo necesario o, si está justificado, proponerle un abono parcial por la parte afectada.',
      '',
      'Mientras tanto, le ruego que pague la parte no discutida del importe de {{invoiceDue}}, de modo que solo quede pendiente lo que estamos revisando.',
      '',
      INVOICE_LIST + SIGN_OFF,
    ].join('\n'),
  },

  invoice_corrected: {
    subject: 'Factura rectificativa de la factura {{invoiceNumber}}',
    body: [
      GREETING,
      '',
      'Gracias por avisarme. Le adjunto la factura rectificativa, con su propio número, que corrige la factura n.º {{invoiceNumber}}.',
      '',
      '{{#correctedNote}}Qué ha cambiado: {{correctedNote}}',
      '',
      '{{/correctedNote}}El importe a pagar por esta factura es de {{invoiceDue}}, a más tardar el {{payBy}}{{#originalDueDatePassed}} (una fecha nueva, ya que el vencimiento original, el {{originalDueDatePassed}}, ya ha pasado){{/originalDueDatePassed}}. Disculpe las molestias.',
      '',
      INVOICE_LIST +
        PAYMENT_DETAILS +
        'Le ruego que revise la factura y me diga si hay algo que todavía no sea correcto.',
      '',
      SIGN_OFF,
    ].join('\n'),
  },

  invoice_resend: {
    subject: 'Reenvío de la factura {{invoiceNumber}}',
    body: [
      GREETING,
      '',
      'Parece que la factura no le llegó; disculpe las molestias. Se la reenvío adjunta, junto con los datos principales:',
      '',
      'Número de factura: {{invoiceNumber}}',
      '{{#issueDate}}Fecha de emisión: {{issueDate}}',
      '{{/issueDate}}Importe pendiente: {{invoiceDue}}',
      'Pago a más tardar el: {{payBy}}{{#originalDueDatePassed}} (fecha nueva, ya que la factura le llega después del vencimiento original, el {{originalDueDatePassed}}){{/originalDueDatePassed}}',
      '',
      INVOICE_LIST +
        PAYMENT_DETAILS +
        '¿Podría confirmarme que la ha recibido y, si procede, hacerla llegar al departamento correspondiente? Si las facturas deben enviarse a una dirección concreta, indíquemela, por favor.',
      '',
      SIGN_OFF,
    ].join('\n'),
  },

  instalment_offer: {
    subject: 'Propuesta de pago fraccionado: factura {{invoiceNumber}}',
    body: [
      GREETING,
      '',
      'Gracias por explicarme con franqueza su situación de tesorería. Para que la deuda pueda liquidarse de forma ordenada, le propongo fraccionar el importe pendiente de {{amount}} en {{instalmentCount}} plazos:',
      '',
      INVOICE_LIST + '{{instalmentPlan}}',
      '',
      'Si está de acuerdo, le ruego que me lo confirme por escrito. Mientras los plazos lleguen a tiempo, no le enviaré más recordatorios; si algún plazo no se abonara en la fecha indicada, todo el importe restante pasaría a ser exigible de inmediato. Si las fechas no le encajan, puede hacerme una contrapropuesta.',
      '',
      PAYMENT_DETAILS + SIGN_OFF,
    ].join('\n'),
  },

  early_payment_discount: {
    subject:
      'Factura {{invoiceNumber}}: descuento del {{discountPercent}} si paga antes del {{discountDeadline}}',
    body: [
      GREETING,
      '',
      'Para facilitarle las cosas, le propongo un descuento del {{discountPercent}} sobre el importe pendiente: si el pago se recibe a más tardar el {{discountDeadline}}, el importe pasa de {{amount}} a {{discountedAmount}}.',
      '',
      'Pasada esa fecha, se mantendrá el importe íntegro de {{amount}}.',
      '',
      INVOICE_LIST + PAYMENT_DETAILS + 'Le agradecería que me dijera si le interesa la propuesta.',
      '',
      SIGN_OFF,
    ].join('\n'),
  },

  value_explain: {
    subject: 'Factura {{invoiceNumber}}: detalle del trabajo realizado',
    body: [
      GREETING,
      '',
      'Gracias por su sinceridad respecto a la factura n.º {{invoiceNumber}}. Entiendo que tenga dudas sobre el importe de {{invoiceDue}} y se lo explico con mucho gusto.',
      '',
      'La factura recoge únicamente los servicios que acordamos de antemano y que he realizado y entregado en su totalidad. Se ajusta a las condiciones aceptadas antes de empezar: el alcance y el precio se conocían desde el principio. Además del resultado visible, el importe incluye la coordinación, la planificación y las revisiones que garantizan la calidad del trabajo.',
      '',
      'Si lo desea, podemos repasar cada concepto en una breve llamada. En cualquier caso, le ruego que abone la factura a más tardar el {{payBy}}{{#originalDueDatePassed}} (una fecha nueva, ya que el vencimiento acordado, el {{originalDueDatePassed}}, ya ha pasado){{/originalDueDatePassed}}.',
      '',
      INVOICE_LIST + SIGN_OFF,
    ].join('\n'),
  },

  complaint_acknowledge: {
    subject: 'Sobre sus comentarios y la factura {{invoiceNumber}}',
    body: [
      GREETING,
      '',
      'Gracias por sus comentarios. Lamento que nuestra colaboración no haya estado a la altura de sus expectativas.',
      '',
      'Antes de proponerle nada, quiero entender bien qué ha fallado. ¿Podría indicarme qué puntos le importan más, si es posible con un ejemplo o una fecha para cada uno? En cuanto tenga los detalles, le responderé con lo que puedo hacer y en qué plazo.',
      '',
      'Por otra parte, la factura n.º {{invoiceNumber}}, por importe de {{invoiceDue}}, sigue pendiente. ¿Podría indicarme en qué fecha está previsto el pago y si sus comentarios afectan a esta factura?',
      '',
      INVOICE_LIST + SIGN_OFF,
    ].join('\n'),
  },

  promise_confirm: {
    subject: 'Confirmación de la fecha de pago: factura {{invoiceNumber}}',
    body: [
      GREETING,
      '',
      'Gracias por su respuesta. Tal como hemos acordado, le confirmo por escrito que el importe de {{amount}} se abonará a más tardar el {{promisedDate}}.',
      '',
      INVOICE_LIST +
        '{{#paymentDetails}}Le dejo los datos para el pago, por si los necesita su departamento de contabilidad:',
      '{{paymentDetails}}',
      '',
      '{{/paymentDetails}}Si hubiera algún cambio en esa fecha, le ruego que me avise con antelación. Muchas gracias por su compromiso.',
      '',
      SIGN_OFF,
    ].join('\n'),
  },

  promise_broken: {
    subject: 'Pago comprometido no recibido: factura {{invoiceNumber}}',
    body: [
      GREETING,
      '',
      'Usted se comprometió a realizar el pago de {{amount}} a más tardar el {{promisedDate}}. Esa fecha ya ha pasado y todavía no he recibido el pago completo{{#daysOverdue}}; la factura acumula ya {{daysOverdue}} de retraso{{/daysOverdue}}.',
      '',
      'Le ruego que realice la transferencia de inmediato{{#deadline}} y, en todo caso, a más tardar el {{deadline}}{{/deadline}}. Si no le es posible, respóndame hoy mismo con una fecha firme. De lo contrario, tendré que iniciar los trámites de reclamación de la deuda.',
      '',
      INVOICE_LIST + PAYMENT_DETAILS + SIGN_OFF,
    ].join('\n'),
  },

  paid_ask_reference: {
    subject: 'Su pago de la factura {{invoiceNumber}}: datos de la transferencia',
    body: [
      GREETING,
      '',
      'Gracias por indicarme que la factura n.º {{invoiceNumber}} ya está pagada. Sin embargo, por ahora no encuentro en mi cuenta ningún ingreso de {{invoiceDue}} que se corresponda con ella.',
      '',
      INVOICE_LIST + 'Para poder localizar el pago, ¿podría enviarme estos datos?',
      '• fecha de la transferencia',
      '• importe transferido',
      '• concepto o referencia',
      '• cuenta de destino (IBAN)',
      '',
      'También me sería útil el justificante de la transferencia. Puede que el pago se haya asignado mal o se haya enviado a otra cuenta; en ese caso, lo resuelvo enseguida.',
      '',
      '{{#paymentDetails}}Le recuerdo mis datos bancarios correctos:',
      '{{paymentDetails}}',
      '',
      '{{/paymentDetails}}' + SIGN_OFF,
    ].join('\n'),
  },

  final_demand: {
    subject: 'Requerimiento formal de pago: factura {{invoiceNumber}}',
    body: [
      FORMAL_HEADER,
      '',
      'La factura n.º {{invoiceNumber}}{{#issueDate}} de fecha {{issueDate}}{{/issueDate}}, vencida el {{dueDate}}, sigue sin pagarse en su totalidad{{#daysOverdue}} y acumula {{daysOverdue}} de retraso{{/daysOverdue}}.{{#unansweredSince}} Mi recordatorio del {{unansweredSince}} sigue sin respuesta.{{/unansweredSince}}',
      '',
      INVOICE_LIST + 'El detalle de la deuda es el siguiente:',
      'Principal: {{amount}}',
      '{{#interestAmount}}Intereses de demora hasta la fecha: {{interestAmount}}',
      '{{/interestAmount}}{{#interestRate}}Interés anual aplicado: {{interestRate}}{{#rateAsOf}} (tipo a fecha de {{rateAsOf}}){{/rateAsOf}}',
      '{{/interestRate}}{{#compensationAmount}}Indemnización por costes de cobro: {{compensationAmount}}',
      '{{/compensationAmount}}{{#legalAddition}}Además: {{legalAddition}}',
      '{{/legalAddition}}Total: {{totalClaim}}{{#legalBasis}}\nBase legal: {{legalBasis}}{{/legalBasis}}',
      '',
      'Mediante el presente escrito les requiero formalmente el pago de {{totalClaim}} a más tardar el {{deadline}}.',
      '',
      'Si en esa fecha no he recibido el pago, iniciaré sin más aviso las acciones judiciales oportunas para reclamar la deuda o encargaré su gestión a una empresa de recobro, y los costes adicionales que ello conlleve correrán de su cuenta.',
      '',
      'Si ya han efectuado el pago, les ruego que no tengan en cuenta este escrito.',
      '',
      '{{#paymentDetails}}Datos bancarios:',
      '{{paymentDetails}}',
      '',
      '{{/paymentDetails}}' + FORMAL_SIGN_OFF,
    ].join('\n'),
  },

  handover_notice: {
    subject: 'Aviso de reclamación de la deuda: factura {{invoiceNumber}}',
    body: [
      FORMAL_HEADER,
      '',
      'Pese a mi requerimiento formal de pago, la deuda correspondiente a la factura n.º {{invoiceNumber}} sigue pendiente. El importe total reclamado asciende a {{totalClaim}}.',
      '',
      'Les comunico que el {{deadline}} trasladaré el expediente a una empresa de recobro o iniciaré la reclamación judicial de la deuda. Los costes adicionales que ello genere correrán de su cuenta.',
      '',
      'Solo el pago íntegro de {{totalClaim}}, recibido antes de esa fecha, permitirá evitar estas medidas.',
      '',
      INVOICE_LIST + '{{#paymentDetails}}Datos bancarios:',
      '{{paymentDetails}}',
      '',
      '{{/paymentDetails}}' + FORMAL_SIGN_OFF,
    ].join('\n'),
  },
};
