# submission: la preparación de la contribución, el editor de secciones, citas, versiones.

## Preparación
submission-back-to-workspace = El espacio de trabajo
submission-builder-intro = La contribución de las partes interesadas sobre { $state }: sus secciones, las comprobaciones del ACNUDH y el anexo.
submission-check-title = Comprobaciones del ACNUDH
submission-check-words = Palabras
submission-check-limit = Límite
submission-check-joint = contribución conjunta (5.630 palabras)
submission-check-single = contribución de una sola organización (2.815 palabras)
submission-check-left = Palabras restantes
submission-check-footnotes = Notas al pie
submission-check-annex = Anexo
submission-counted = se cuentan
submission-not-counted = no se cuentan
submission-check-deadline = Fecha límite
submission-check-no-deadline = aún no se conoce
submission-days-left = { $days ->
    [one] queda { $days } día
   *[other] quedan { $days } días
}
submission-days-ago = { $days ->
    [one] pasó hace { $days } día
   *[other] pasó hace { $days } días
}
submission-check-missing = Falta
submission-check-warnings = Advertencias
submission-check-never-blocking = Las comprobaciones advierten; nunca impiden guardar ni exportar.
submission-missing-organisations = el bloque de organizaciones
submission-missing-about = el párrafo sobre { $organisation }
submission-missing-key-words = las palabras clave
submission-missing-thematic = una sección temática
submission-missing-previous = una cita de una recomendación anterior
submission-warning-over-limit = { $words } palabras: por encima del límite de { $limit }.
submission-warning-near-limit = { $words } palabras: cerca del límite de { $limit }.
submission-warning-over-budget = Una sección supera su presupuesto de palabras.
submission-warning-budgets = Los presupuestos de las secciones suman más que el límite de { $limit } palabras.
submission-warning-deadline-passed = La fecha límite de las contribuciones ha pasado.
submission-warning-deadline-soon = La fecha límite es dentro de { $days } días.
submission-warning-missing = Falta una parte obligatoria.
submission-organisations-block = Organizaciones y palabras clave
submission-no-organisations = Aún no se nombra ninguna organización.
submission-key-words = Palabras clave:
submission-no-key-words = ninguna por ahora
submission-change-settings = Cambiar las organizaciones, las palabras clave y las reglas de conteo
submission-add-about = Añadir el párrafo sobre { $organisation }
submission-sections = Secciones
submission-no-sections = Aún no hay secciones: añada la primera abajo.
submission-field-title = Título
submission-field-kind = Tipo
submission-field-assigned = Redactada por
submission-field-organisation = Organización que la redacta
submission-field-person = Persona que la redacta
submission-field-budget = Presupuesto de palabras
submission-field-state = Estado
submission-field-words = Palabras
submission-field-text = Texto
submission-words-of-budget = { $words } de { $budget }
submission-over-budget = por encima del presupuesto
submission-kind-summary = Resumen
submission-kind-about = Párrafo sobre una organización
submission-kind-theme = Sección temática
submission-state-draft = borrador
submission-state-in-review = en revisión
submission-state-final = final
submission-nobody = nadie por ahora
submission-download-docx = Descargar (Word)
submission-download-pdf = Descargar (PDF)
submission-add-section = Añadir una sección
submission-add = Añadir la sección
submission-import-title = Importar un borrador de Word
submission-import-explain = Los títulos se convierten en secciones; se conservan párrafos, notas y citas. { $megabytes } MB como máximo.
submission-import-file = Archivo de Word (.docx)
submission-import-button = Importar
submission-import-done = { $sections ->
    [one] Una sección importada
   *[other] { $sections } secciones importadas
}, { $citations } citas reconocidas.
submission-import-choose = Elija un archivo de Word (.docx).
submission-annex-title = Anexo: aplicación de las recomendaciones anteriores
submission-annex-empty = Aún no se cita ninguna recomendación: cite una desde el editor de una sección o escriba su número de párrafo (por ejemplo 115.24).
submission-no-paragraph = sin número de párrafo
submission-assessment = Qué fue de ella (la evaluación del anexo)
submission-assessment-save = Guardar la evaluación
submission-no-assessment = Aún sin evaluación.
submission-bad-kind = Tipo: summary, about o theme.
submission-bad-state = Estado: borrador, en revisión o final.
submission-bad-budget = El presupuesto es un número entero de palabras.
submission-bad-version = Al formulario le falta la versión sobre la que se abrió; vuelva a cargar la página.
submission-writers-only = Solo los editores de las organizaciones del espacio de trabajo pueden modificarlo.

## Editor
submission-conflict-title = Otra persona guardó esta sección antes
submission-conflict-explain = Se rechazó su guardado para que nada se pierda: { $name } guardó la versión { $version } el
submission-conflict-their-text = Su texto guardado (solo lectura)
submission-conflict-yours-below = Su texto sigue en el cuadro de abajo: tome lo que necesite del otro y guarde de nuevo.
submission-toolbar = Formato
submission-tool-bold = Negrita
submission-tool-italic = Cursiva
submission-tool-list = Lista
submission-tool-link = Enlace
submission-tool-footnote = Nota
submission-markup-help = Marcado: una línea en blanco entre párrafos, «- » al inicio de las líneas de lista, **negrita**, *cursiva*, [texto](https://...), una nota ^[su texto]; escriba números de párrafo como 115.24 y se enlazan.
submission-count-words = palabras en esta sección
submission-count-total = palabras en la contribución
submission-save = Guardar
submission-versions = Versiones
submission-delete = Eliminar la sección
submission-preview = Vista previa (texto guardado)
submission-preview-empty = Aún no hay nada escrito.
submission-cite-title = Citar una recomendación
submission-cite-search = Buscar en las recomendaciones a este Estado
submission-cite-find = Buscar
submission-cite-none = No se encontró ninguna recomendación.
submission-cite-count = { $count } encontradas; primero las del ciclo anterior.
submission-cite-insert = Insertar { $paragraph }
submission-cite-appends = «Insertar» añade la cita al final del texto guardado de la sección.
submission-cycle = ciclo { $cycle }
submission-delete-title = ¿Eliminar la sección?
submission-delete-confirm = Se eliminarán «{ $title }» y todas sus versiones.
submission-cancel = Cancelar

## Versiones
submission-diff-title = Cambios de la versión { $from } a la versión { $to }
submission-diff-from = De la versión
submission-diff-to = A la versión
submission-diff-compare = Comparar
submission-diff-legend = El texto añadido aparece subrayado entre [+ y +]; el eliminado, tachado entre [- y -].
submission-diff-with-previous = Cambios de la versión { $version }
submission-versions-saved = Versiones guardadas
submission-version = Versión
submission-saved-by = Guardada por
submission-saved-at = Guardada el
submission-remark = Cómo
submission-actions = Acciones
submission-current = actual
submission-restore = Restaurar la versión { $version }
submission-remark-created = creada
submission-remark-edited = editada
submission-remark-restored = versión { $version } restaurada
