# La página de inicio: el Estado en el que trabaja, luego el contenido de la base y una lista de recomendaciones.

home-title = El Examen Periódico Universal de su Estado
home-ask-heading = ¿En qué Estado trabaja?
home-ask-explainer = uprkit muestra su próximo examen, el plazo para su contribución y las recomendaciones que recibió. Su elección se guarda solo en este navegador.
home-ask-label = Estado
home-ask-button = Ver su examen
home-ask-hint = Cualquier nombre de las Naciones Unidas en español, francés o inglés, una grafía de UPR Info o un código como LKA.
home-change-label = Otro Estado
home-change-button = Cambiar
home-lead-heading = { $state }: el próximo examen
home-lead-review = Ciclo { $cycle }, período de sesiones { $session }:
home-lead-deadline = Próximo plazo:
home-lead-no-plan = Todavía no hay ningún examen de { $state } previsto en el calendario de uprkit.
home-lead-dashboard = Todo sobre { $state }
home-unknown = Ningún Estado se llama «{ $name }».
home-unknown-none = Escriba un nombre de las Naciones Unidas o un código como LKA.
home-unknown-did-you-mean = Quizás quiso decir:
home-stored = { $n ->
    [one] { $n } recomendación en la base de datos
   *[other] { $n } recomendaciones en la base de datos
}
home-empty = La base de datos está vacía. Cargue los datos de UPR Info con el comando «uprkit import upr-info ARCHIVO» o empiece con «uprkit serve --demo».
home-col-cycle = Ciclo
home-col-recommendations = Recomendaciones
home-col-states = Estados examinados
home-col-supported = Aceptadas
home-percent = { $n } %
home-filters = Recomendaciones
home-words = Palabras
home-words-example = p. ej. tortura
home-all-states = Todos los Estados
home-all-cycles = Todos los ciclos
home-any-position = Cualquier posición
home-search = Buscar
home-matching = { $n ->
    [one] { $n } recomendación encontrada
   *[other] { $n } recomendaciones encontradas
}
home-page-of = página { $page } de { $last }
home-from = de: { $states }
home-from-unknown = de un Estado desconocido
home-cycle-session = ciclo { $cycle }, período de sesiones { $session }
home-pages = Páginas
home-previous = Anterior
home-next = Siguiente
