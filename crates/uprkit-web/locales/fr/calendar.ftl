# Le calendrier des examens : sessions à venir, chronologie d’un examen, une session, États sans examen.

calendar-title = Calendrier des examens
calendar-heading = Prochaines sessions de l’EPU
calendar-today = Nous sommes le { $today }.
calendar-explainer = Les dates marquées « estimation » suivent le rythme habituel (sessions en janvier/février, avril/mai et octobre/novembre) ; vérifiez le programme du HCDH dès sa publication. La date limite des contributions des parties prenantes est celle annoncée par le HCDH lorsque uprkit la connaît (marquée « annoncée », avec sa source), sinon une estimation à environ 205 jours avant la session (au 4e cycle, les dates limites tombaient 188 à 221 jours avant).
calendar-pick-label = Votre État
calendar-pick-button = Voir ses examens
calendar-pick-unknown = Aucun État ne s’appelle « { $name } » : saisissez un nom de l’ONU ou un code comme LKA.
calendar-session-cycle = Session { $session } · cycle { $cycle }
calendar-from-to = du { $start } au { $end }
calendar-starts = début
calendar-deadline = Date limite des contributions
calendar-deadline-about = Date limite des contributions vers le
calendar-add-session = Ajouter la session à votre agenda
calendar-states = { $n ->
    [one] 1 État
   *[other] { $n } États
}
basis-official = officielle
basis-announced = annoncée
basis-rule = règle de l’ONU
basis-estimate = estimation
list-official = liste officielle
list-inferred = liste déduite de la rotation
list-projected = liste projetée d’après la rotation
basis-note-announced = annoncée par le HCDH
basis-note-announced-status = annoncée par le HCDH ({ $status })
basis-status-extended = date limite prolongée
basis-status-may-change = annoncée, a pu changer
basis-source = source
basis-source-named = source : { $source }
countdown-today = aujourd’hui
countdown-tomorrow = demain
countdown-yesterday = hier
countdown-in = { $n ->
    [one] dans 1 jour
   *[other] dans { $n } jours
}
countdown-ago = { $n ->
    [one] il y a 1 jour
   *[other] il y a { $n } jours
}

review-title = { $state }, cycle { $cycle }
review-heading = { $state } : examen du cycle { $cycle }
review-session = Session
review-place = place dans la session : { $basis }.
review-rescheduled = Reporté : la rotation plaçait cet examen à la session { $session } ; les autres cycles gardent cette place.
review-rescheduled-before = Reporté : la rotation plaçait cet examen à la session
review-rescheduled-after = ; les autres cycles gardent cette place.
review-other-cycle = Cycle { $cycle }
review-add-calendar = Ajouter à votre agenda (.ics)
review-recommendations-to = Recommandations adressées à { $state }
review-window = du { $start } au { $end }
review-hrc = (CDH { $session })
review-deadline-geneva = Date limite 23 h 59, heure de Genève ({ $utc } UTC)
review-same-deadline = La même date limite que pour
review-same-deadline-link = l’examen du cycle { $cycle }
review-same-deadline-session = (session { $session }).
review-timeline = Chronologie de l’examen

session-title = Session { $session }
session-heading = Session { $session } de l’EPU
session-cycle = Cycle { $cycle }
session-col-state = État examiné
session-col-deadline = Date limite des contributions
session-col-adoption = Adoption au CDH
session-hrc = CDH { $session },

no-review-title = { $state } : pas d’examen EPU
no-review-observer = { $state } n’est pas examiné par l’EPU
no-review-cycle = Pas d’examen de { $state } à ce cycle
no-review-why-observer = { $state } n’est pas examiné par l’Examen périodique universel : c’est un État observateur auprès de l’Organisation des Nations Unies, non un État Membre, et l’EPU examine les 193 États Membres. En tant qu’observateur, il peut participer aux examens des autres États et leur adresser des recommandations.
no-review-why-cycle = { $state } n’a pas d’examen au cycle { $cycle } : uprkit connaît les cycles 1 à 5 (le cinquième d’après la rotation).
no-review-made-by = Recommandations formulées par { $state }
no-review-made-to = Recommandations adressées à { $state }
no-review-upcoming = Prochaines sessions

moment-national-consultations-title = Consultations nationales
moment-national-consultations-guidance = Demandez au Gouvernement quand il consulte sur son rapport national, participez-y et profitez-en pour faire connaître l’EPU au public et aux médias.
moment-national-report-title = Remise du rapport national
moment-national-report-guidance = L’État examiné envoie son rapport national au HCDH (environ 12 semaines avant la session) : demandez au Gouvernement si votre contribution a été prise en compte et comparez le rapport avec votre contribution.
moment-stakeholder-submission-title = Date limite des contributions des parties prenantes
moment-stakeholder-submission-guidance = Envoyez votre rapport au HCDH par son système en ligne : 2 815 mots au plus seul, 5 630 pour une contribution conjointe. Inscrivez-vous tôt ; les dates limites sont à 23 h 59, heure de Genève, et rarement prolongées.
moment-pre-session-application-title = Clôture des candidatures aux pré-sessions
moment-pre-session-application-guidance = Candidatez auprès d’UPR Info pour intervenir à la pré-session à Genève (5 à 8 minutes par intervenant).
moment-embassy-advocacy-title = Plaidoyer auprès des ambassades
moment-embassy-advocacy-guidance = Rencontrez dans votre capitale les ambassades des États susceptibles de formuler des recommandations, avec une fiche d’une page par thème et des projets de recommandations SMART.
moment-capital-briefing-title = Réunion d’information dans la capitale
moment-capital-briefing-guidance = Informez les diplomates dans la capitale avec d’autres organisations, à la manière d’une pré-session.
moment-side-events-title = Organiser des événements parallèles
moment-side-events-guidance = Préparez les événements parallèles un à deux mois à l’avance, jamais la veille de l’examen ; prévoyez-en aussi un après l’examen pour en faire le bilan.
moment-pre-session-title = Pré-session d’UPR Info
moment-pre-session-guidance = Présentez vos principales préoccupations et recommandations aux délégués des États à Genève, sur place ou par vidéo.
moment-mission-advocacy-title = Plaidoyer auprès des missions permanentes
moment-mission-advocacy-guidance = Rencontrez à Genève les missions permanentes des États les plus susceptibles de soulever vos questions.
moment-advance-questions-title = Questions préalables
moment-advance-questions-guidance = Les États envoient des questions écrites par l’intermédiaire de la troïka au moins 10 jours ouvrables avant l’examen : faites en sorte que les vôtres en fassent partie.
moment-review-day-title = Examen
moment-review-day-guidance = Suivez la retransmission en ligne (ou organisez une projection), notez les États qui soulèvent vos questions et publiez un communiqué de presse le jour même.
moment-wg-report-adoption-title = Adoption du rapport du Groupe de travail
moment-wg-report-adoption-guidance = Les recommandations sont publiques : vérifiez les vôtres, notez celles qui ont été acceptées ou laissées en attente, et diffusez la liste.
moment-lobby-for-support-title = Plaidoyer pour l’acceptation
moment-lobby-for-support-guidance = Jusqu’à la plénière, pressez le Gouvernement, l’INDH et les ambassades d’accepter les recommandations en attente et de publier un additif clair.
moment-written-statement-title = Date limite des déclarations écrites
moment-written-statement-guidance = Les organisations dotées du statut consultatif auprès de l’ECOSOC peuvent présenter une déclaration écrite au CDH (2 000 mots pour le statut général, 1 500 pour le statut spécial ou la liste).
moment-oral-statement-registration-title = Inscription pour une déclaration orale
moment-oral-statement-registration-guidance = Inscrivez-vous en ligne pour le débat d’adoption : une dizaine de créneaux de 2 minutes (environ 300 mots), vidéo possible ; les organisations sans statut ECOSOC interviennent par un partenaire.
moment-plenary-adoption-title = Adoption au Conseil des droits de l’homme
moment-plenary-adoption-guidance = Le document final est adopté en plénière (une heure : l’État, les autres États, les parties prenantes). Les positions finales de l’État figurent dans son additif.
moment-action-plans-title = Plans d’action
moment-action-plans-guidance = Travaillez avec le Gouvernement et l’INDH à un plan de mise en œuvre avec des responsabilités, des indicateurs et des échéances pour chaque recommandation.
moment-mid-term-report-title = Rapport à mi-parcours
moment-mid-term-report-guidance = Évaluez chaque recommandation (entièrement, partiellement, non mise en œuvre) avec des éléments probants, et présentez un rapport à mi-parcours.
moment-next-submission-title = Contribution du cycle suivant
moment-next-submission-guidance = La date limite des contributions du prochain examen : rendez compte de ce que sont devenues les recommandations de ce cycle.
