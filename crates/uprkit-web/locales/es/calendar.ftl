# El calendario de los exámenes: próximos períodos de sesiones, la cronología de un examen, un período de sesiones, Estados sin examen.

calendar-title = Calendario de los exámenes
calendar-heading = Próximos períodos de sesiones del EPU
calendar-today = Hoy es { $today }.
calendar-explainer = Las fechas marcadas como «estimación» siguen la pauta habitual (períodos de sesiones en enero/febrero, abril/mayo y octubre/noviembre); consulte el programa del ACNUDH cuando se publique. El plazo de las contribuciones de las partes interesadas es el que anunció el ACNUDH cuando uprkit lo conoce (marcado «anunciado», con su fuente); si no, se estima en unos 205 días antes del período de sesiones (en el 4.º ciclo los plazos cayeron entre 188 y 221 días antes).
calendar-pick-label = Su Estado
calendar-pick-button = Ver sus exámenes
calendar-pick-unknown = Ningún Estado se llama «{ $name }»: escriba un nombre de la ONU o un código como LKA.
calendar-session-cycle = Período de sesiones { $session } · ciclo { $cycle }
calendar-from-to = del { $start } al { $end }
calendar-starts = comienza
calendar-deadline = Plazo de las contribuciones
calendar-deadline-about = Plazo de las contribuciones hacia el
calendar-add-session = Añadir el período de sesiones a su calendario
calendar-states = { $n ->
    [one] 1 Estado
   *[other] { $n } Estados
}
basis-official = oficial
basis-announced = anunciado
basis-rule = norma de la ONU
basis-estimate = estimación
list-official = lista oficial
list-inferred = lista deducida de la rotación
list-projected = lista proyectada según la rotación
basis-note-announced = anunciado por el ACNUDH
basis-note-announced-status = anunciado por el ACNUDH ({ $status })
basis-status-extended = plazo prorrogado
basis-status-may-change = anunciado, puede haber cambiado
basis-source = fuente
basis-source-named = fuente: { $source }
countdown-today = hoy
countdown-tomorrow = mañana
countdown-yesterday = ayer
countdown-in = { $n ->
    [one] dentro de 1 día
   *[other] dentro de { $n } días
}
countdown-ago = { $n ->
    [one] hace 1 día
   *[other] hace { $n } días
}

review-title = { $state }, ciclo { $cycle }
review-heading = { $state }: examen del ciclo { $cycle }
review-session = Período de sesiones
review-place = lugar en el período de sesiones: { $basis }.
review-rescheduled = Aplazado: la rotación situaba este examen en el período de sesiones { $session }; los demás ciclos conservan ese lugar.
review-rescheduled-before = Aplazado: la rotación situaba este examen en el período de sesiones
review-rescheduled-after = ; los demás ciclos conservan ese lugar.
review-other-cycle = Ciclo { $cycle }
review-add-calendar = Añadir a su calendario (.ics)
review-recommendations-to = Recomendaciones dirigidas a { $state }
review-window = del { $start } al { $end }
review-hrc = (CDH { $session })
review-deadline-geneva = Plazo: 23.59 h, hora de Ginebra ({ $utc } UTC)
review-same-deadline = El mismo plazo que en
review-same-deadline-link = el examen del ciclo { $cycle }
review-same-deadline-session = (período de sesiones { $session }).
review-timeline = Cronología del examen

session-title = Período de sesiones { $session }
session-heading = Período de sesiones { $session } del EPU
session-cycle = Ciclo { $cycle }
session-col-state = Estado examinado
session-col-deadline = Plazo de las contribuciones
session-col-adoption = Aprobación en el CDH
session-hrc = CDH { $session },

no-review-title = { $state }: sin examen del EPU
no-review-observer = { $state } no es examinado por el EPU
no-review-cycle = No hay examen de { $state } en este ciclo
no-review-why-observer = { $state } no es examinado por el Examen Periódico Universal: es un Estado observador de las Naciones Unidas, no un Estado Miembro, y el EPU examina a los 193 Estados Miembros. Como observador puede participar en los exámenes de otros Estados y formularles recomendaciones.
no-review-why-cycle = { $state } no tiene examen en el ciclo { $cycle }: uprkit conoce los ciclos 1 a 5 (el quinto según la rotación).
no-review-made-by = Recomendaciones formuladas por { $state }
no-review-made-to = Recomendaciones dirigidas a { $state }
no-review-upcoming = Próximos períodos de sesiones

moment-national-consultations-title = Consultas nacionales
moment-national-consultations-guidance = Pregunte al Gobierno cuándo consulta sobre su informe nacional, participe y aproveche el momento para dar a conocer el EPU al público y a los medios.
moment-national-report-title = Entrega del informe nacional
moment-national-report-guidance = El Estado examinado envía su informe nacional al ACNUDH (unas 12 semanas antes del período de sesiones): pregunte al Gobierno si tuvo en cuenta su aportación y compare el informe con su contribución.
moment-stakeholder-submission-title = Plazo de las contribuciones de las partes interesadas
moment-stakeholder-submission-guidance = Envíe su informe al ACNUDH por su sistema en línea: 2.815 palabras como máximo en solitario, 5.630 en una contribución conjunta. Regístrese pronto; los plazos vencen a las 23.59 h, hora de Ginebra, y rara vez se prorrogan.
moment-pre-session-application-title = Cierre de solicitudes para las presesiones
moment-pre-session-application-guidance = Solicite a UPR Info intervenir en la presesión de Ginebra (de 5 a 8 minutos por orador).
moment-embassy-advocacy-title = Incidencia ante las embajadas
moment-embassy-advocacy-guidance = Reúnase en su capital con las embajadas de los Estados que probablemente formulen recomendaciones, con una ficha de una página por tema y proyectos de recomendaciones SMART.
moment-capital-briefing-title = Reunión informativa en la capital
moment-capital-briefing-guidance = Informe a los diplomáticos en la capital junto con otras organizaciones, al estilo de una presesión.
moment-side-events-title = Organizar actos paralelos
moment-side-events-guidance = Prepare los actos paralelos con uno o dos meses de antelación, nunca para la víspera del examen; prevea también uno después del examen para hacer balance.
moment-pre-session-title = Presesión de UPR Info
moment-pre-session-guidance = Presente sus principales preocupaciones y recomendaciones a los delegados de los Estados en Ginebra, en persona o por vídeo.
moment-mission-advocacy-title = Incidencia ante las misiones permanentes
moment-mission-advocacy-guidance = Reúnase en Ginebra con las misiones permanentes de los Estados con más probabilidades de plantear sus temas.
moment-advance-questions-title = Preguntas anticipadas
moment-advance-questions-guidance = Los Estados envían preguntas por escrito por medio de la troika al menos 10 días hábiles antes del examen: procure que las suyas estén entre ellas.
moment-review-day-title = Examen
moment-review-day-guidance = Siga la transmisión web (u organice una proyección), anote qué Estados plantean sus temas y publique un comunicado de prensa el mismo día.
moment-wg-report-adoption-title = Aprobación del informe del Grupo de Trabajo
moment-wg-report-adoption-guidance = Las recomendaciones son públicas: revise las suyas, anote cuáles se aceptaron o quedaron pendientes y difunda la lista.
moment-lobby-for-support-title = Incidencia para su aceptación
moment-lobby-for-support-guidance = Hasta la sesión plenaria, inste al Gobierno, a la INDH y a las embajadas a aceptar las recomendaciones pendientes y a publicar una adición clara.
moment-written-statement-title = Plazo de las declaraciones escritas
moment-written-statement-guidance = Las organizaciones reconocidas como entidades consultivas por el ECOSOC pueden presentar una declaración escrita al CDH (2.000 palabras con carácter general, 1.500 con carácter especial o en la Lista).
moment-oral-statement-registration-title = Inscripción para una declaración oral
moment-oral-statement-registration-guidance = Inscríbase en línea para el debate de aprobación: unos 10 turnos de 2 minutos (unas 300 palabras), vídeo posible; las organizaciones sin estatus ECOSOC intervienen por medio de un socio.
moment-plenary-adoption-title = Aprobación en el Consejo de Derechos Humanos
moment-plenary-adoption-guidance = El resultado se aprueba en sesión plenaria (una hora: el Estado, otros Estados, las partes interesadas). Las posiciones finales del Estado figuran en su adición.
moment-action-plans-title = Planes de acción
moment-action-plans-guidance = Trabaje con el Gobierno y la INDH en un plan de aplicación con responsabilidades, indicadores y plazos para cada recomendación.
moment-mid-term-report-title = Informe de mitad de período
moment-mid-term-report-guidance = Evalúe cada recomendación (aplicada plenamente, en parte, no aplicada) con pruebas, y presente un informe de mitad de período.
moment-next-submission-title = Contribución del ciclo siguiente
moment-next-submission-guidance = El plazo de las contribuciones del próximo examen: informe de lo que fue de las recomendaciones de este ciclo.
