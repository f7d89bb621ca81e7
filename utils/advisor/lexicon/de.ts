/**
 * German reply phrases per reason. Umlauts fold (ä→a, ß→ss). German puts the participle and often
 * "nicht" at the end of the clause, so patterns allow wider gaps and some are written both ways
 * ("nicht erhalten" / "erhielten keine"); a clause-final "nicht" also negates what precedes it.
 */
import type { RawLexicon } from '@/utils/advisor/lexicon/types';

const MONEY = ['zahlung', 'geld', 'mittel', 'überweisung', 'zahlungseingang', 'gelder'];
/** Things other than the invoice a client may not have received. */
const DELIVERABLES = [
  'datei',
  'unterlagen',
  'entwurf',
  'entwürfe',
  'ware',
  'zugang',
  'link',
  'feedback',
  'korrektur',
];
const CONDITION = ['bis', 'solange', 'bevor', 'erst_wenn', 'erst_nach', 'sofern'];
const WORK =
  'arbeit|ergebnis|leistung|umsetzung|qualität|website|webseite|design|code|übersetzung|text|lieferung|projekt|entwurf|app';

export const de: RawLexicon = {
  quality_dispute: [
    ['qualität', 2],
    [`schlecht|mangelhaft|minderwertig|unzureichend|fehlerhaft|unbrauchbar|dürftig ${WORK}`, 3],
    [
      `${WORK} schlecht|mangelhaft|minderwertig|unzureichend|fehlerhaft|unbrauchbar|ungenügend`,
      3,
      { gap: 3 },
    ],
    [
      `NEG zufrieden|entspricht|entsprechen|funktioniert|funktionieren|erfüllt|erfüllen|brauchbar|nutzbar ${WORK}|anforderung|erwartung|vereinbar|absprache|briefing|vorgab`,
      3,
      { gap: 4 },
    ],
    ['zufrieden|entspricht|entsprechen|funktioniert|funktionieren|erfüllt NEG', 3, { gap: 3 }],
    ['NEG zufrieden|funktioniert|funktionsfähig|brauchbar|nutzbar', 2],
    ['unzufrieden|enttäuscht', 2],
    ['fehler|bug|bugs|defekt|mangel|mängel|macken|abstürz', 2],
    ['nachbesser|nacharbeit|überarbeit|korrektur|ausbesser', 2],
    [
      'nach|sobald|wenn nachbesserung|korrektur|behebung|behoben|korrigiert|funktioniert',
      2,
      { gap: 3 },
    ],
    ['unvollständig|unfertig|nicht_fertig|halbfertig', 3],
    ['fehlt|fehlen|fehlende funktion|seite|teil|inhalt|leistung', 2],
    ['reklamation|reklamier|beanstand|mängelrüge|mängelanzeige', 3],
    ['bestreiten|beanstanden|rügen qualität|leistung|arbeit', 3],
  ],
  invoice_error: [
    [
      'falsch|fehlerhaft|unrichtig|inkorrekt|falsche|falschen betrag|rechnung|summe|stundensatz|stunden|adresse|mwst|ust|steuer|rechnungsnummer|bestellnummer|firma|firmenname|menge|preis|anschrift',
      3,
    ],
    [
      'betrag|rechnung|summe|stunden|stundenzahl|preis|mwst|berechnung ist|sind|scheint falsch|fehlerhaft|unrichtig|zu_hoch',
      3,
      { gap: 3 },
    ],
    ['betrag|summe|rechnung|stunden|zahlen NEG stimm|korrekt|richtig', 3, { gap: 3 }],
    ['betrag|summe|rechnung|stunden|zahlen stimm NEG', 3, { gap: 3 }],
    ['rechnungsfehler|abrechnungsfehler|rechenfehler|tippfehler', 3],
    ['fehler rechnung|betrag|summe|berechnung|abrechnung|stunden', 3, { gap: 3 }],
    ['korrigiert|neue|berichtigt|geänderte rechnung', 3],
    ['rechnung korrigier|berichtig|ändern|neu_ausstellen|stornier', 3, { gap: 3 }],
    ['gutschrift|stornorechnung|storno|korrekturrechnung', 3],
    ['doppelt|zweimal berechnet|abgerechnet|in_rechnung|gestellt', 3],
    ['doppelt|zweimal', 1],
    ['fehlt|fehlende|ohne bestellnummer|po-nummer|ust-id|steuernummer|leistungszeitraum', 2],
  ],
  not_received: [
    [
      'NEG erhalt|bekomm|eingegang|angekomm|gesehen|gefunden|zugegang|vorlieg|zugestellt|zugesandt',
      3,
      { gap: 4, blockAfter: [...MONEY, ...DELIVERABLES], blockBefore: [...MONEY, ...DELIVERABLES] },
    ],
    [
      'erhalten|bekommen|gesehen|gefunden NEG',
      3,
      { gap: 2, blockAfter: [...MONEY, ...DELIVERABLES], blockBefore: [...MONEY, ...DELIVERABLES] },
    ],
    ['erhielt|erhielten|bekam|bekamen NEG rechnung|e-mail|mail', 3, { gap: 2 }],
    ['rechnung|e-mail|mail ist|sind|war NEG angekommen|eingegangen|zugegangen', 3, { gap: 3 }],
    ['liegt|lag NEG vor$', 3, { gap: 3 }],
    ['NEG rechnung', 2, { gap: 0 }],
    [
      'nochmal|nochmals|erneut|noch_einmal|neu schick|send|zusend|übermittel|zukommen',
      2,
      { gap: 3 },
    ],
    ['kopie|duplikat rechnung', 2],
    ['spam|spamordner|junk', 2],
    ['welche rechnung', 1],
    ['falsche|alte|andere adresse|e-mail-adresse|postfach', 3],
    ['erste|erstmals hören|höre|gehört', 2],
    ['NEG öffnen anhang|datei|pdf', 2],
    ['anhang|pdf|datei NEG öffnen', 2],
  ],
  cash_flow: [
    [
      'können|kann|konnten|könnten|sind|bin NEG zahlen|bezahlen|begleichen|leisten|überweisen|aufbringen',
      3,
      { gap: 4 },
    ],
    ['nicht_in_der_lage|außerstande|ausserstande', 3],
    ['liquidität|liquiditätsengpass|engpass|zahlungsschwierigkeit|zahlungsengpass', 3],
    ['finanziell schwierig|probleme|lage|engpass|situation|angespannt', 3],
    ['finanzielle|wirtschaftliche schwierigkeiten|probleme|lage|engpässe', 3],
    ['NEG geld|mittel|budget|liquidität', 3, { gap: 1 }],
    ['knapp bei_kasse', 3],
    ['kasse|budget|mittel knapp|leer|erschöpft|eingefroren', 3],
    [
      'ratenzahlung|raten$|ratenplan|teilzahlung|teilzahlungen|zahlungsplan|abschlagszahlung|ratenweise',
      3,
    ],
    ['in raten|teilen|tranchen', 3],
    ['aufteilen|stückeln|splitten zahlung|betrag|rechnung', 2],
    ['betrag|rechnung|zahlung aufteilen|stückeln|splitten', 2],
    ['stundung|zahlungsaufschub|aufschub|zahlungsziel|fristverlängerung|fristverlaengerung', 3],
    ['verschieben|aufschieben|hinauszögern|verlängern zahlung|frist|zahlungsziel', 2],
    ['zahlung|frist|zahlungsziel verschieben|aufschieben|verlängern', 2],
    ['mehr zeit', 2, { gap: 0 }],
    [
      'warten|warte auf zahlung|geld|zahlungseingang|kunde|kunden|auftraggeber|finanzierung',
      3,
      { gap: 3 },
    ],
    ['kunde|kunden|auftraggeber hat|haben NEG bezahlt|gezahlt', 3, { gap: 3 }],
    ['schwierige|harte|schwere zeit|phase|monat|lage', 2],
    ['nächsten|kommenden monat|quartal', 1],
  ],
  forgot: [
    ['vergessen|vergass|vergaß|vergisst', 3],
    ['übersehen|durchgerutscht|untergegangen|verschwitzt', 3],
    ['versehen|versäumnis', 3],
    ['entschuldig|sorry|verzeihung verspätung|verzögerung|verzug', 2],
    ['danke|dank erinnerung|hinweis', 2],
    ['unser|mein fehler|versehen|versäumnis', 2],
    ['viel um_die_ohren|stress', 1],
  ],
  value_doubt: [
    ['zu teuer|hoch|viel', 3, { gap: 1 }],
    ['überteuert|überhöht|unverhältnismäßig|unangemessen|wucher', 3],
    ['teuer', 2],
    ['NEG wert', 3],
    ['wert NEG', 3, { gap: 3 }],
    ['warum|wieso|weshalb so teuer|viel|hoch', 3, { gap: 3 }],
    ['mehr|höher als vereinbart|erwartet|angeboten|geschätzt|kalkuliert|angebot|besprochen', 2],
    [
      'aufschlüsselung|aufstellung|stundennachweis|stundenaufstellung|stundenzettel|einzelaufstellung',
      2,
    ],
    ['rabatt|nachlass|preisnachlass|entgegenkommen', 2],
    ['reduzier|senken|kürzen preis|betrag|rechnung|honorar', 2],
    ['nur|lediglich|bloß paar|wenige|zwei|drei stunden|änderungen|minuten', 2],
    ['verhandeln|nachverhandeln', 1],
  ],
  service_complaint: [
    [
      'schlecht|mangelhaft|katastrophal|unzureichend|fehlende kommunikation|service|betreuung|erreichbarkeit|kundenservice|support|zusammenarbeit',
      3,
    ],
    [
      'kommunikation|service|betreuung|erreichbarkeit|zusammenarbeit war|ist schlecht|mangelhaft|katastrophal|unzureichend',
      3,
      { gap: 3 },
    ],
    [
      'NEG erreichbar|geantwortet|reagiert|zurückgerufen|gemeldet|informiert|antworten',
      2,
      { gap: 3 },
    ],
    ['erreichbar|geantwortet|reagiert|zurückgerufen|gemeldet NEG', 2, { gap: 2 }],
    ['termin|termine|frist|fristen|deadline|deadlines verpasst|versäumt|überschritten|gerissen', 3],
    ['NEG eingehalten', 3, { gap: 2 }],
    ['termin|termine|frist|fristen|deadline eingehalten NEG', 3],
    ['lieferverzug|verspätete_lieferung|verzögerte_lieferung|zu_spät_geliefert', 3],
    ['wochen|tage|monate zu_spät|verspätet|verzug', 2],
    ['unprofessionell|unfreundlich|unhöflich|respektlos|herablassend', 3],
    ['beschwerde|beschweren', 2],
    ['unzufrieden betreuung|kommunikation|zusammenarbeit|service|erreichbarkeit', 3],
    [
      'betreuung|kommunikation|zusammenarbeit|service|erreichbarkeit unzufrieden|enttäuscht',
      3,
      { gap: 4 },
    ],
    ['frustrier', 2],
  ],
  unresponsive: [
    ['abwesenheitsnotiz|abwesend', 2],
    ['nicht_im_büro|außer_haus|ausser_haus', 2],
    ['urlaub bis|zurück', 2],
    ['automatische antwort|nachricht', 2],
    ['nicht_mehr im_unternehmen|bei|tätig|beschäftigt|für', 3],
    ['verlassen unternehmen|firma', 3, { gap: 3 }],
    ['unternehmen|firma verlassen', 3, { gap: 3 }],
    ['postfach NEG überwacht|gelesen|bearbeitet', 3, { gap: 3 }],
  ],
  deliberate: [
    [
      'werden|wird|wollen|gedenken NEG zahlen|bezahlen|begleichen|überweisen',
      3,
      { gap: 4, blockAfter: CONDITION },
    ],
    ['zahlen|bezahlen|begleichen NEG', 2, { blockAfter: CONDITION }],
    ['verweigern|weigern|lehnen zahlung|ab$|bezahlung', 3, { gap: 4, blockAfter: CONDITION }],
    ['zahlung|bezahlung verweiger|ablehn', 3, { blockAfter: CONDITION }],
    ['zahlungsverweigerung', 3],
    ['NEG schulden', 3],
    ['schulden NEG', 3, { gap: 2 }],
    ['sehen uns vor_gericht', 3],
    ['anwalt|anwältin|gericht|klage|verklagen|rechtsweg|inkasso', 2],
    ['hören|hört auf kontaktieren|schreiben|belästigen|anrufen', 3, { gap: 4 }],
    ['kontaktieren|belästigen|anschreiben NEG mehr', 3, { gap: 3 }],
    ['machen was sie_wollen', 2],
  ],
  promise_to_pay: [
    [
      'werden|wird zahlen|bezahlen|begleichen|überweisen|anweisen|veranlassen|freigeben|ausgleichen',
      3,
      { gap: 5 },
    ],
    [
      'wird|werden bezahlt|überwiesen|beglichen|angewiesen|ausgeglichen|veranlasst|freigegeben',
      3,
      { gap: 5 },
    ],
    [
      'überweisen|bezahlen|zahlen|begleichen am|bis|morgen|heute|nächste|nächsten|diese|diesen|montag|dienstag|mittwoch|donnerstag|freitag|ende|innerhalb',
      2,
      { gap: 1 },
    ],
    ['zahlung|überweisung|betrag erfolgt|geht|kommt|wird|folgt', 3, { gap: 2 }],
    [
      'zahlung|überweisung ist veranlasst|freigegeben|angestoßen|eingeplant|vorgemerkt',
      2,
      { gap: 2 },
    ],
    ['nächsten|kommenden zahllauf|zahlungslauf', 2],
    ['umgehend|schnellstmöglich|zeitnah|sofort|unverzüglich|kurzfristig', 2],
  ],
  already_paid: [
    [
      'bereits|schon bezahlt|überwiesen|beglichen|gezahlt|angewiesen|veranlasst|ausgeglichen',
      3,
      { gap: 4 },
    ],
    [
      'haben|hatten|habe|ist|wurde|wurden bezahlt|überwiesen|beglichen|gezahlt|angewiesen|ausgeglichen',
      3,
      { gap: 5 },
    ],
    ['bezahlt|überwiesen|beglichen|gezahlt|ausgeglichen', 2],
    [
      'zahlungsbestätigung|überweisungsbeleg|zahlungsnachweis|überweisungsbestätigung|zahlungsbeleg|kontoauszug',
      2,
    ],
    [
      'sollte|müsste|dürfte bereits|schon eingegangen|angekommen|gutgeschrieben|auf_ihrem_konto',
      3,
      { gap: 3 },
    ],
    ['prüfen|schauen|überprüfen konto|kontoauszug|zahlungseingang|zahlungseingänge', 2, { gap: 3 }],
  ],
};
