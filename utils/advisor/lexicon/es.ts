/**
 * Spanish reply phrases per reason. Accents fold; "no" precedes the verb ("no hemos recibido").
 * "plazo" is both a deadline and an instalment, so instalments need "a/en plazos".
 */
import type { RawLexicon } from '@/utils/advisor/lexicon/types';

const MONEY = ['pago', 'dinero', 'fondos', 'transferencia', 'cobro'];
/** Things other than the invoice a client may not have received. */
const DELIVERABLES = [
  'archivo',
  'material',
  'entregable',
  'mercancía',
  'acceso',
  'enlace',
  'comentarios',
  'diseño',
];
const CONDITION = ['hasta', 'mientras', 'antes', 'salvo'];
const WORK =
  'trabajo|resultado|entrega|entregable|servicio|calidad|web|diseño|código|traducción|texto|proyecto|aplicación';

export const es: RawLexicon = {
  quality_dispute: [
    ['cuelga|bloquea|peta|crashea|se_cae', 2],
    ['NEG podemos|puede|pueden usar|utilizar', 2, { gap: 3 }],
    ['calidad', 2],
    [`mala|malo|pésima|pésimo|baja|deficiente|mediocre ${WORK}`, 3],
    [
      `${WORK} malo|mala|pésimo|pésima|deficiente|mediocre|insuficiente|inaceptable|defectuoso`,
      3,
      { gap: 3 },
    ],
    [
      `NEG satisfech|conform|funciona|cumple|corresponde|sirve|ajusta ${WORK}|acordado|pedido|pedimos|esperado|expectativas|requisitos`,
      3,
      { gap: 3 },
    ],
    ['NEG satisfech|funciona|sirve|conform', 2],
    [
      'NEG ajusta|ajustan|corresponde|corresponden|cumple|cumplen indicaciones|instrucciones|briefing|brief|pedido|encargo',
      3,
      { gap: 4 },
    ],
    ['insatisfech|descontent|inconform|decepcionad', 2],
    ['errores|error|fallo|fallos|bug|bugs|defecto|defectos|defectuos', 2],
    ['corregir|rehacer|arreglar|retocar|correcciones', 2],
    [
      'cuando|después|tras|una_vez corregid|arreglad|funcione|corrección|correcciones|solucionad',
      2,
      { gap: 3 },
    ],
    ['sin funcionar', 3, { gap: 0 }],
    ['incompleto|incompleta|sin_terminar|inacabado|inacabada', 3],
    ['falta|faltan funcionalidad|página|parte|partes|contenido|entregable', 2],
    ['NEG pedimos|encargamos|acordamos|acordado', 2],
    ['disputamos|impugnamos|cuestionamos calidad|trabajo|resultado', 3],
    ['reclamación|reclamacion', 2],
  ],
  invoice_error: [
    ['en_lugar_de|en_vez_de NUM', 2, { gap: 2 }],
    [
      'error|errores factura|importe|monto|iva|tarifa|cálculo|datos|cif|nif|dirección|cantidad|precio|total',
      3,
    ],
    [
      'importe|monto|factura|iva|total|tarifa|precio|cálculo incorrect|erróne|equivocad|mal$',
      3,
      { gap: 3 },
    ],
    ['incorrect|erróne|equivocad importe|monto|factura|iva|tarifa|precio|datos', 3],
    [
      'importe|monto|factura|total|horas|cifras NEG correct|coincid|corresponde|cuadra',
      3,
      { gap: 3 },
    ],
    ['factura rectificativa|corregida|nueva', 3],
    ['rectific|corregir|emitir_de_nuevo|reemitir|modificar factura', 3],
    ['nota_de_crédito|abono', 2],
    ['facturado|facturada|cobrado dos_veces|doble', 3],
    ['duplicad|dos_veces', 2],
    ['falta|sin|faltan orden_de_compra|número_de_pedido|cif|nif|datos_fiscales', 2],
  ],
  not_received: [
    [
      'NEG recibido|recibimos|recibí|recibió|llegado|llegó|visto|vimos|encontr|encuentr|tenemos factura|correo|email',
      3,
      { gap: 3, blockAfter: [...MONEY, ...DELIVERABLES] },
    ],
    [
      'NEG recibido|recibimos|recibí|llegado|llegó',
      3,
      { gap: 3, blockAfter: [...MONEY, ...DELIVERABLES] },
    ],
    ['factura|correo|email NEG llegado|llegó|recibido', 3],
    ['ninguna factura', 3],
    [
      'reenviar|reenvíe|reenvíen|reenvíenos|reenviarnos|enviar_de_nuevo|otra_vez|copia|duplicado',
      2,
    ],
    ['copia|duplicado factura', 2],
    ['spam|correo_no_deseado', 2],
    ['qué|cuál factura', 1],
    ['dirección|correo equivocad|antigua|otra|incorrect', 3],
    ['primera_vez oímos|escuchamos|oigo|sabemos', 2],
    ['NEG abrir adjunto|archivo|pdf', 2],
  ],
  cash_flow: [
    [
      'justo|justos|justa|cortos|corto|apretad|mal|escasos de_dinero|de_pasta|de_plata|de_liquidez|de_caja|de_fondos',
      3,
      { gap: 1 },
    ],
    ['la_mitad|una_parte este|ahora|ahora_y', 2, { gap: 2 }],
    [
      'en_cuanto|cuando|una_vez|apenas cobre|cobremos|paguen|pague|entre|entren|tenga|tengamos',
      2,
      { gap: 2 },
    ],
    [
      'NEG podemos|puedo|podremos|podríamos|podemos_hacer pagar|abonar|saldar|liquidar|transferir|afrontar|asumir',
      3,
      { gap: 3 },
    ],
    ['flujo_de_caja|liquidez|tesorería|problemas_de_caja', 3],
    ['dificultad|dificultades|problema|problemas económic|financier|de_liquidez|de_caja', 3],
    ['NEG dinero|fondos|presupuesto|liquidez', 3],
    ['sin fondos|dinero|presupuesto|liquidez', 3],
    [
      'cuotas|a_plazos|en_plazos|fraccionar|fraccionado|pagos_parciales|plan_de_pagos|mensualidades',
      3,
    ],
    ['en|varios dos|tres|partes|pagos|cuotas', 2, { gap: 1 }],
    ['aplazar|aplazamiento|prórroga|posponer|retrasar pago|plazo|factura', 2],
    ['aplazamiento|prórroga', 3],
    ['más tiempo', 2, { gap: 0 }],
    ['esperando|esperamos pago|cobro|dinero|fondos|cliente|clientes|financiación', 3],
    ['cliente|clientes NEG pagado|pagó|paga', 3],
    ['situación|momento|mes complicad|difícil|delicad', 2],
    ['próximo|siguiente mes|trimestre', 1],
  ],
  forgot: [
    ['olvid', 3],
    ['se_nos_pasó|se_me_pasó|pasado_por_alto|despiste|descuido', 3],
    ['disculp|perdón|siento retraso|demora', 2],
    ['gracias recordatorio|aviso', 2],
    ['nuestro|mi error|culpa', 2],
  ],
  value_doubt: [
    ['carísim|carisim|carito', 3],
    ['demasiado caro|cara|alto|alta|elevado', 3],
    ['excesivo|excesiva|desorbitad|abusivo|abusiva|exagerad', 3],
    ['muy caro|cara', 3],
    ['caro|cara', 2],
    ['NEG vale|valen|merece|justifica', 3],
    ['por_qué tan|tanto|tan_caro|cuesta', 2],
    ['más de lo acordado|esperado|presupuestado|previsto|presupuesto', 2],
    ['desglose|detalle|detallado|horas_trabajadas|parte_de_horas', 2],
    ['descuento|rebaja', 2],
    ['reducir|bajar|rebajar precio|importe|tarifa|factura', 2],
    ['solo|sólo|apenas unas|pocas|un_par horas|cambios|minutos', 2],
  ],
  service_complaint: [
    [
      'servicio|atención|comunicación|trato|seguimiento malo|mala|pésimo|pésima|deficiente|inexistente|nulo|nula',
      3,
      { gap: 2 },
    ],
    ['mal|mala|pésima|pésimo|falta_de servicio|atención|comunicación|trato|seguimiento', 3],
    ['NEG respond|contest|respuesta|devolv|informad|avisad|avisó|informó', 2, { gap: 3 }],
    ['incumpl plazo|plazos|fecha|fechas|entrega', 3],
    ['plazo|plazos|fecha|fechas NEG cumpl|respet', 3],
    ['NEG cumpl|respet plazo|plazos|fecha|fechas|entrega', 3],
    ['retraso entrega|proyecto', 3],
    ['entregado|entrega semanas|días tarde|retraso', 2],
    ['poco_profesional|falta_de_profesionalidad|maleducad|grosero|grosera|irrespetuos', 3],
    ['queja|quejas', 2],
    ['descontent servicio|comunicación|trato|colaboración', 3],
    ['esperamos|esperado semanas|días|meses', 2],
  ],
  unresponsive: [
    ['fuera_de_la_oficina|fuera_de_oficina', 2],
    ['vacaciones hasta|regreso', 2],
    ['respuesta|mensaje automática|automático', 2],
    ['ya_no trabaja|forma_parte', 3],
    ['dejado|abandonado empresa|compañía', 3],
    ['buzón NEG revisa|supervisa', 3],
  ],
  deliberate: [
    ['NEG céntimo|euro|peso|duro|centavo', 3, { gap: 2 }],
    [
      'NEG vamos|pensamos|tenemos_intención|pienso pagar|abonar|saldar',
      3,
      { blockAfter: CONDITION },
    ],
    ['NEG pagaremos|abonaremos|pagaré', 3, { blockAfter: CONDITION }],
    ['negamos|nego|rechazamos|rehusamos pagar|pago|abonar', 3, { blockAfter: CONDITION }],
    ['NEG debemos|debo nada', 3],
    ['NEG debemos', 2],
    ['veremos en_los_tribunales|en_el_juzgado', 3],
    ['abogado|abogados|tribunal|tribunales|juzgado|demanda|demandar', 2],
    ['dejen|deje|dejad de contactar|escribir|molestar|llamar', 3],
    ['hagan|haga lo_que_quieran|lo_que_quiera', 2],
  ],
  promise_to_pay: [
    [
      'hago|mando|envío|hacemos|mandamos|enviamos transferencia|pago|ingreso|abono',
      3,
      { gap: 2, blockBefore: ['ya'] },
    ],
    ['pago|transferencia|abono programad|agendad|previst|planificad para|el$', 3, { gap: 2 }],
    [
      'pagamos|transferimos|abonamos|ingresamos|pago|te_pago|le_pago|lo_pago mañana|hoy|lunes|martes|miércoles|jueves|viernes|sábado|próxim|esta_semana|este_mes',
      3,
      { gap: 2, blockAfter: ['pasad'], blockBefore: ['ya'] },
    ],
    ['pagaremos|abonaremos|transferiremos|liquidaremos|saldaremos|pagaré|abonaré', 3],
    ['realizaremos|haremos|enviaremos|ordenaremos pago|transferencia|abono', 3],
    ['vamos|voy pagar|abonar|transferir|realizar|hacer', 3, { gap: 1 }],
    [
      'pago|transferencia|abono se_realizará|será|saldrá|llegará|procesará|se_hará|recibirá|recibirán',
      3,
      { gap: 2 },
    ],
    ['recibirá|recibirán|tendrá pago|transferencia|dinero', 3],
    ['pago|factura|transferencia programad|aprobad|agendad', 2],
    ['lo_antes_posible|cuanto_antes|en_breve|de_inmediato|enseguida', 2],
  ],
  already_paid: [
    [
      'pagado|pagada|pagué|pagamos|transferido|transferimos|abonado|abonamos ayer|anteayer|antier|esta_mañana',
      3,
      { gap: 1 },
    ],
    [
      'recibi|recibió|recibieron|recibido|llegó|llegado|viste|visto nuestra|nuestro|mi|mis transferencia|pago|abono|ingreso|dinero',
      3,
      { gap: 1 },
    ],
    [
      'ya pagamos|pagué|pagado|pagada|abonado|abonada|transferido|realizado|enviado|hecho',
      3,
      { gap: 3 },
    ],
    ['hemos|he pagado|abonado|transferido|realizado|hecho|enviado|saldado', 3, { gap: 2 }],
    [
      'hicimos|realizamos|enviamos|efectuamos|mandamos|hice|realicé|envié transferencia|pago|abono|ingreso',
      3,
      { gap: 2 },
    ],
    // Not "pagó"/"abonó": without the accent they are "pago"/"abono" (the payment, I pay).
    ['pagamos|pagué|abonamos|transferimos', 2],
    [
      'pago|transferencia|abono fue|ha_sido|se_realizó|se_hizo|se_envió|realizad|efectuad|enviad',
      3,
      { gap: 2 },
    ],
    ['factura pagada|abonada|saldada|liquidada', 3, { gap: 2 }],
    ['comprobante|justificante|confirmación pago|transferencia', 2],
    ['comprobante|justificante', 2],
    ['revisar|revise|compruebe cuenta|extracto', 2],
    ['debería|deberían haber_llegado|estar_ya|estar_en|ya', 3],
  ],
};
