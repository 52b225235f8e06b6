# La lista de Estados y el panel de un Estado.

states-title = Estados
states-intro = 193 Estados Miembros y 2 Estados observadores, por grupo regional, con las recomendaciones que cada uno recibió en esta base de datos.
states-next-review = Próximo examen
states-submission-passed = El plazo para las contribuciones de las partes interesadas de este examen ya pasó: prepare el examen en sí y la incidencia.
states-plan = Calendario del examen
states-plan-all = { $n ->
    [one] Todo el calendario del examen ({ $n } etapa por venir)
   *[other] Todo el calendario del examen ({ $n } etapas por venir)
}
states-previous-heading = Recomendaciones recibidas en el ciclo { $cycle }
states-previous-fallback = La base de datos aún no contiene recomendaciones del ciclo { $wanted }: estas son del ciclo { $cycle }, el más reciente que contiene.
states-previous-all = { $n ->
    [one] La recomendación del ciclo { $cycle }
   *[other] Las { $n } recomendaciones del ciclo { $cycle }
}
states-by-issue = Por tema
states-by-theme = Por temática
states-group-all = { $n ->
    [one] { $n } recomendación sobre «{ $name }»
   *[other] Las { $n } sobre «{ $name }»
}
states-documents = Últimos documentos
states-documents-none = Todavía no se ha importado ningún documento del ACNUDH sobre { $state }.
states-imported-on = importado el { $date }
states-as-sur = Como Estado examinado
states-received = { $n ->
    [one] { $n } recomendación recibida
   *[other] { $n } recomendaciones recibidas
}
states-supported-share = { $share } % aceptadas
states-no-positions = ninguna posición conocida
states-per-cycle = Por ciclo
states-top-issues = Temas principales
states-top-recommenders = Principales Estados recomendantes
states-as-rs = Como Estado recomendante
states-made = { $n ->
    [one] { $n } recomendación formulada
   *[other] { $n } recomendaciones formuladas
}
states-made-supported = { $share } por los Estados que las recibieron.
states-made-to = A quién
states-made-on = Sobre qué
states-charts-received = Gráficos de las recomendaciones que recibió { $state }
states-charts-made = de las que formuló
states-repeat-share = El { $share } % de las recomendaciones recibidas en el ciclo { $cycle } repiten una anterior
states-repeat-of = ({ $repeated } de { $n })
states-previous-none-heading = Recomendaciones recibidas
states-previous-none = La base de datos aún no contiene recomendaciones dirigidas a { $state }.
states-previous-none-import = Importar datos de UPR Info o documentos del ACNUDH
