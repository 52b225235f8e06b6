# La página de una recomendación (cita, fuentes, historial de la posición, codificación, notas) y
# la cola de revisión de la codificación sugerida.

## Título y cita
recommendation-title-para = Recomendación { $paragraph } ({ $state }, ciclo { $cycle })
recommendation-title = Recomendación ({ $state }, ciclo { $cycle }, período de sesiones { $session })
recommendation-back = ← Todas las recomendaciones formuladas a { $state }
recommendation-cite-heading = Cómo citarla
recommendation-cite-report = Informe del Grupo de Trabajo sobre el Examen Periódico Universal: { $state }
recommendation-para = párr. { $paragraph }
recommendation-row = fila { $row }
recommendation-no-paragraph = Aún no se conoce su párrafo en el informe: ninguna fuente que numere las recomendaciones se ha asociado a esta.
recommendation-no-symbol = Ninguna fuente importada da la signatura del informe del Grupo de Trabajo de este examen (período de sesiones { $session }), y uprkit no la adivina. Importar el informe o la lista temática del ACNUDH de este examen completa la cita.
recommendation-open-document = El enlace abre el documento en el servidor de documentos de las Naciones Unidas.

## Datos
recommendation-sur = Estado examinado
recommendation-rs = Estados recomendantes
recommendation-rs-unknown = La fuente no los indica
recommendation-cycle-session = Ciclo y período de sesiones
recommendation-cycle-session-value = Ciclo { $cycle }, período de sesiones { $session }
recommendation-paragraph = Párrafo
recommendation-position = Posición
recommendation-position-unknown = Desconocida
recommendation-stated-in = expresada en
recommendation-themes = Temas (Índice Universal de los Derechos Humanos)
recommendation-groups = Grupos de personas
recommendation-action-category = Categoría de acción
recommendation-action-what = Qué significa
recommendation-action-scale = UPR Info clasifica cada recomendación en una escala de cinco grados según lo que pide al Estado, de 1 (acción mínima) a 5 (acción específica).
recommendation-sources = Fuentes
recommendation-source-wg-report = ACNUDH, Informe del Grupo de Trabajo
recommendation-source-thematic-list = ACNUDH, lista temática de recomendaciones
recommendation-source-addendum = ACNUDH, adición al informe (opiniones del Estado examinado)
recommendation-source-document = Documento de las Naciones Unidas
recommendation-source-upr-info = Exportación de la base de datos de UPR Info, { $year }
recommendation-source-dihr = Datos ODS del Instituto Danés de Derechos Humanos (ciclo { $cycle })
recommendation-source-citing = que cita

## Historial de la posición
recommendation-history = Historial de la posición
recommendation-history-none = Todavía no hay ninguna posición registrada.
recommendation-history-position = Posición
recommendation-history-source = Expresada en
recommendation-history-place = Dónde
recommendation-history-when = Cuándo
recommendation-history-imported = importada el { $date }
recommendation-when-undated = Sin fecha en esta fuente
recommendation-when-wg = Grupo de Trabajo, período de sesiones { $session } ({ $when })
recommendation-when-range = del { $start } al { $end }
recommendation-when-hrc = Consejo de Derechos Humanos, período de sesiones { $n } ({ $part ->
    [0] marzo
    [1] junio
   *[other] septiembre
} de { $year })

## Codificación
recommendation-coding = Codificación
recommendation-coding-what = Qué
recommendation-coding-values = Valores
recommendation-coding-origin = De dónde procede
recommendation-coding-none = Ningún valor
recommendation-coding-sure = seguro al { $percent } %
recommendation-coding-sure-title = Grado de certeza del clasificador
recommendation-coding-review = Revisar esta sugerencia
recommendation-coding-set = Fijarla a mano
recommendation-coding-sdg-legend = Objetivos de Desarrollo Sostenible (ninguno marcado: sin vínculo con los ODS)
recommendation-coding-issues-label = Temas, uno por línea
recommendation-coding-confirm = Confirmar o guardar la corrección
recommendation-coding-save = Guardar
recommendation-coding-queue-link = Cola de revisión: sugerencias pendientes, las menos seguras primero
recommendation-head-action-category = Categoría de acción
recommendation-head-issue = Temas
recommendation-head-sdg = Objetivos de Desarrollo Sostenible
recommendation-origin-source = Fuente: { $source }
recommendation-origin-confirmed = Confirmado por { $who } el { $date }
recommendation-origin-corrected = Corregido por { $who } el { $date }
recommendation-origin-suggested = Sugerido por uprkit (modelo { $model }), aún sin revisar
recommendation-origin-none = Sin codificar

## Ya recomendado
recommendation-repeats = Ya recomendado
recommendation-repeats-none = Esta recomendación no repite ninguna que { $state } recibiera en un ciclo anterior.
recommendation-repeats-intro = { $state } recibió la misma petición en un ciclo anterior:
recommendation-repeats-match = coincidencia del { $percent } %
recommendation-cycle-session-short = ciclo { $cycle }, período de sesiones { $session }

## Notas
recommendation-notes = Notas
recommendation-notes-none = No hay notas que pueda ver.
recommendation-note-body = Nota
recommendation-note-organisation = Organización
recommendation-note-visibility = Quién puede verla
recommendation-note-coalition = Coalición
recommendation-note-add = Añadir la nota
recommendation-visibility-choice-private = Solo mi organización
recommendation-visibility-choice-coalition = Mi organización y una coalición
recommendation-visibility-choice-public = Todo el mundo
recommendation-visibility-private = Privada
recommendation-visibility-coalition = Compartida con una coalición
recommendation-visibility-public = Pública

## Recomendaciones similares
recommendation-related = Recomendaciones similares formuladas a { $state } en otros ciclos
recommendation-related-none = No se encontró ninguna: quizá sea la primera vez que se recomienda.

## Cola de revisión de la codificación sugerida
recommendation-queue-title = Revisar la codificación sugerida
recommendation-queue-intro = uprkit sugiere una categoría de acción, temas y Objetivos de Desarrollo Sostenible cuando ninguna fuente ha codificado una recomendación. { $n ->
    [0] Ninguna sugerencia espera
    [one] Una sugerencia espera
   *[other] { $n } sugerencias esperan
} a una persona, las menos seguras primero. Su decisión se guarda con su nombre, sobrevive a cada nueva ejecución del clasificador y sirve para su próximo entrenamiento.
recommendation-queue-tabs = Qué codificación
recommendation-queue-all = Todo
recommendation-queue-none = Nada espera revisión.
recommendation-queue-session = { $state }, período de sesiones { $session }
recommendation-queue-confirm = Confirmar
recommendation-queue-correct = Corregir en su página
recommendation-queue-pages = Páginas
recommendation-queue-previous = ← Anterior
recommendation-queue-next = Siguiente →
recommendation-queue-page = Página { $page } de { $pages }
