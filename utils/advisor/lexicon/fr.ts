/**
 * French reply phrases per reason. Accents fold; elisions split ("n'avons" → "ne avons"), and both
 * "ne" and "pas/jamais/aucun" count as negators, so "nous n'avons pas reçu" matches NEG + reçu.
 * Past participles are exact words ("payé$") because the stem also starts the infinitive.
 */
import type { RawLexicon } from '@/utils/advisor/lexicon/types';

const MONEY = ['paiement', 'virement', 'argent', 'fonds', 'règlement'];
/** Things other than the invoice a client may not have received. */
const DELIVERABLES = [
  'fichier',
  'livrable',
  'maquette',
  'marchandise',
  'accès',
  'lien',
  'retours',
  'commentaires',
];
const CONDITION = ['tant', 'avant', 'jusqu', 'sauf'];
const WORK =
  'travail|travaux|résultat|livrable|prestation|qualité|site|design|code|traduction|texte|projet|maquette|application';

export const fr: RawLexicon = {
  quality_dispute: [
    ['qualité', 2],
    [
      `mauvais|mauvaise|médiocre|insuffisant|insuffisante|décevant|décevante|bâclé|bâclée ${WORK}`,
      3,
    ],
    [
      `${WORK} mauvais|mauvaise|médiocre|insuffisant|insuffisante|décevant|décevante|bâclé|bâclée|inutilisable|défectueux`,
      3,
      { gap: 3 },
    ],
    [
      `NEG satisfait|satisfaits|satisfaite|conforme|conformes|fonctionne|correspond|marche|utilisable|répond ${WORK}|attentes|cahier|demande|convenu|brief`,
      3,
      { gap: 3 },
    ],
    ['NEG satisfait|satisfaits|conforme|fonctionne|marche|utilisable', 2],
    ['NEG correspond|respecte|respectent consignes|brief|attentes|demande|cahier', 3, { gap: 4 }],
    ['insatisfait|insatisfaits|mécontent|mécontents|déçu|déçus', 2],
    ['défaut|défauts|bug|bugs|erreurs|anomalie|anomalies|défectueux|plantage', 2],
    ['corriger|reprendre|refaire|retoucher|corrections|retouches', 2],
    [
      'après|quand|lorsque|dès correction|corrections|corrigé|réparation|fonctionnera|résolu',
      2,
      { gap: 3 },
    ],
    ['incomplet|incomplète|inachevé|inachevée|pas_terminé|pas_fini', 3],
    ['manque|manquent|manquant fonctionnalit|page|partie|élément|livrable', 2],
    ['NEG demandé|commandé|convenu|prévu', 2],
    ['contestons|conteste|contester qualité|travail|prestation|résultat', 3],
    ['réclamation', 2],
  ],
  invoice_error: [
    ['erreur|erreurs facture|montant|tva|taux|calcul|adresse|siret|numéro|quantité|prix|total', 3],
    [
      'montant|facture|total|tva|taux|prix|calcul incorrect|incorrecte|erroné|erronée|faux|fausse|inexact|inexacte',
      3,
      { gap: 3 },
    ],
    [
      'incorrect|incorrecte|erroné|erronée|mauvais|mauvaise montant|facture|taux|adresse|tva|prix',
      3,
    ],
    [
      'montant|facture|total|heures|chiffres NEG correspond|correct|correcte|juste|bon$|bonne',
      3,
      { gap: 3 },
    ],
    ['facture rectificative|corrigée|modifiée|nouvelle', 3],
    ['rectifi|corriger|refaire|réémettre|modifier facture', 3],
    ['avoir$|note_de_crédit', 2],
    ['facturé|facturée|facturés deux_fois|en_double', 3],
    ['doublon|en_double|deux_fois', 2],
    [
      'manque|sans|manquant|absence bon_de_commande|numéro_de_commande|siret|tva_intracommunautaire|mentions',
      2,
    ],
  ],
  not_received: [
    [
      'NEG reçu|reçue|reçus|eu$|parvenu|parvenue|arrivé|arrivée|vu|vue|trouvé|trouvée|trouvons|retrouvons',
      3,
      { gap: 3, blockAfter: [...MONEY, ...DELIVERABLES] },
    ],
    ['NEG trace facture', 3],
    ['aucune facture', 3],
    ['facture|mail|email|courriel NEG parvenu|parvenue|arrivé|arrivée', 3],
    ['renvoyer|renvoyez|réexpédier|transmettre|envoyer nouveau|nouveau|copie|duplicata', 2],
    ['renvoyer|renvoyez|réexpédier', 2],
    ['copie|duplicata facture', 2],
    ['spam|courrier_indésirable|indésirables', 2],
    ['quelle facture', 1],
    ['mauvaise|ancienne|autre adresse|boîte', 3],
    ['première_fois entend|entendons', 2],
    ['NEG ouvrir pièce_jointe|fichier|pdf', 2],
  ],
  cash_flow: [
    [
      'NEG pouvons|peux|pouvoir|pourrons|pourrions|pouvions|sommes_en_mesure|suis_en_mesure payer|régler|honorer|virer|verser|acquitter',
      3,
      { gap: 3 },
    ],
    ['incapables|impossible payer|régler|honorer', 3],
    ['trésorerie', 3],
    ['difficultés|difficulté|problème|problèmes|soucis financ|trésorerie|économiques', 3],
    ['NEG moyens|fonds|argent|liquidités|budget', 3],
    ['manque|pas_de fonds|argent|liquidités|trésorerie|budget', 3],
    ['échéancier|plusieurs_fois|paiement_échelonné|échelonn|mensualit|étaler|fractionn', 3],
    ['en plusieurs|trois|deux|tranches|mensualités', 2, { gap: 1 }],
    ['délai|délais paiement|supplémentaire|supplémentaires', 2],
    ['reporter|décaler|différer|repousser|prolonger paiement|échéance|règlement|délai', 2],
    ['attendons|attente|attend paiement|règlement|fonds|virement|client|clients|financement', 3],
    ['client|clients NEG payé$|réglé$', 3],
    ['période|moment|mois difficile|compliqué|tendu', 2],
    ['mois prochain|trimestre', 1],
  ],
  forgot: [
    ['oubli|oublié|oubliée|oublié', 3],
    ['échappé|passé_à_la_trappe|passé_inaperçu', 3],
    ['inadvertance|négligence|mégarde|étourderie', 3],
    ['désolé|désolée|désolés|excuse|excuses|pardon retard', 2],
    ['merci rappel|relance', 2],
    ['notre|mon erreur|faute', 2],
  ],
  value_doubt: [
    ['trop cher|chère|élevé|élevée|onéreux', 3],
    ['excessif|excessive|exorbitant|exorbitante|abusif|abusive|prohibitif', 3],
    ['cher|chère|onéreux', 2],
    ['NEG vaut|valent|justifie', 3],
    ['pourquoi si|autant|aussi cher|élevé|chère', 2],
    ['plus que prévu|convenu|devis|estimé|annoncé', 2],
    ['détail|détaillé|décompte|relevé_d|justificatif heures|temps|prestations', 2],
    ['remise|réduction|rabais|geste_commercial', 2],
    ['baisser|réduire|revoir prix|montant|tarif|facture', 2],
    ['seulement|juste|simplement quelques heures|modifications|minutes', 2],
  ],
  service_complaint: [
    [
      'mauvais|mauvaise|déplorable|insuffisant|insuffisante|absence service|communication|suivi|accompagnement|réactivité|relation',
      3,
    ],
    [
      'service|communication|suivi|accompagnement|réactivité déplorable|mauvais|mauvaise|insuffisant|insuffisante|inexistant|inexistante|catastrophique',
      3,
      { gap: 3 },
    ],
    ['NEG répondu|réponse|répondez|rappelé|joignable|informé|informés', 2, { gap: 3 }],
    ['NEG respecté|respectés|tenu délai|délais|échéance|planning', 3],
    ['délai|délais|deadline|échéance NEG respecté|respectés|tenu|tenus', 3],
    ['délais|délai|deadline dépassé|dépassés', 3],
    ['retard livraison|projet|rendu', 3],
    ['livré|livrée|livraison semaines|jours en_retard|retard', 2],
    ['peu_professionnel|manque_de_professionnalisme|impoli|désagréable|irrespectueux', 3],
    ['plainte|plaindre', 2],
    ['mécontent|mécontents service|communication|suivi|collaboration', 3],
    ['attendu semaines|jours|mois', 2],
  ],
  unresponsive: [
    ['absent|absente bureau', 2],
    ['congés|congé|vacances jusqu|retour', 2],
    ['réponse|message automatique', 2],
    ['ne_fait_plus_partie|ne_travaille_plus|a_quitté|quitté la_société|entreprise', 3],
    ['plus partie société|entreprise|équipe', 3],
    ['boîte NEG consultée|surveillée', 3],
  ],
  deliberate: [
    [
      'refusons|refuse|refusé|refuser payer|paiement|régler|règlement',
      3,
      { blockAfter: CONDITION },
    ],
    ['NEG payerons|paierons|réglerons|verserons|virerons', 3, { blockAfter: CONDITION }],
    ['NEG allons|comptons|avons_intention payer|régler|verser', 3, { blockAfter: CONDITION }],
    ['NEG intention payer|régler|verser|honorer', 3, { blockAfter: CONDITION }],
    ['NEG devons rien', 3],
    ['NEG devons|doit', 2],
    ['rendez_vous|verra au_tribunal', 3],
    ['tribunal|avocat|justice|poursuivre|procès|huissier', 2],
    ['cessez|arrêtez de nous contacter|écrire|relancer|harceler|appeler', 3],
    ['faites ce que_vous_voulez', 2],
  ],
  promise_to_pay: [
    ['payerons|paierons|réglerons|verserons|virerons|honorerons|règlerons', 3],
    ['effectuerons|ferons|lancerons procéderons virement|paiement|règlement', 3],
    ['allons payer|régler|virer|verser|procéder|effectuer', 3],
    ['paiement|virement|règlement sera|partira|interviendra|arrivera|parviendra', 3, { gap: 2 }],
    [
      'paiement|virement|facture est programmé|programmée|validé|validée|planifié|prévu',
      2,
      { gap: 2 },
    ],
    ['prochaine campagne|échéance de_paiement|virements', 2],
    ['dès_que_possible|rapidement|sous_peu|au_plus_vite|immédiatement|incessamment', 2],
  ],
  already_paid: [
    [
      'déjà payé$|payée$|réglé$|réglée$|viré$|virée$|versé$|effectué$|envoyé$|procédé',
      3,
      { gap: 3 },
    ],
    ['avons|ai payé$|réglé$|viré$|versé$|effectué$|envoyé$|procédé|fait', 3, { gap: 3 }],
    [
      'paiement|virement|règlement a$|ont été effectué|envoyé|fait|exécuté|émis|parti',
      3,
      { gap: 3 },
    ],
    ['paiement|virement|règlement est parti|effectué|passé', 3],
    ['facture|montant est|a_été payée$|réglée$|acquittée$|soldée$', 3, { gap: 2 }],
    ['preuve|justificatif|avis|confirmation virement|paiement|règlement', 2],
    ['vérifier|consulter compte|relevé', 2],
    ['devriez|devrait|auriez_dû|aurait_dû avoir reçu|déjà|arriver|arrivé|apparaître', 3],
  ],
};
