# La página de búsqueda: el cuadro de búsqueda, el panel de filtros, los resultados, «quiso decir».

search-title = Búsqueda
search-words = Palabras que buscar
search-placeholder = Palabras, "una frase", -excluir, tortur*
search-button = Buscar
search-hint-use = Use
search-hint-phrase-example = "comillas"
search-hint-phrase = para una frase exacta
search-hint-or-example = OR
search-hint-or = para una palabra u otra
search-hint-exclude-example = -palabra
search-hint-exclude = para excluir una palabra
search-hint-prefix-example = palabra*
search-hint-prefix = para cualquier terminación

## El panel de filtros (un botón «Filtros» en el teléfono)
search-filters = Filtros
search-filters-active = { $n ->
    [one] { $n } activo
   *[other] { $n } activos
}
search-facet-filter = Filtrar la lista «{ $facet }»
search-facet-filter-placeholder = Escriba un nombre
search-facet-no-match = Ningún valor coincide.
search-show-all = Mostrar todos ({ $n })
search-show-fewer = Mostrar solo los { $n } primeros
search-apply = Aplicar filtros
search-clear = Borrar todo

## Resultados
search-total = { $n ->
    [one] { $n } recomendación
   *[other] { $n } recomendaciones
}
search-sort = Ordenar por
search-sort-relevance = Relevancia
search-sort-newest = Período de sesiones más reciente
search-sort-sur = Estado examinado
search-words-ignored = «{ $q }» es demasiado común para buscarlo; se muestran todas las recomendaciones.
search-filtered-by = Filtrado por
search-chip = { $facet }: { $value }
search-download-all = { $n ->
    [one] Descargar:
   *[other] Descargar las { $n }:
}
search-download-csv = CSV (Excel)
search-download-xlsx = XLSX
search-charts = Gráficos de esta búsqueda
search-did-you-mean-before = ¿Quiso decir
search-did-you-mean-after = ?
search-did-you-mean-count = { $n ->
    [one] (1 recomendación)
   *[other] ({ $n } recomendaciones)
}
search-from = de { $states }
search-from-unknown = de un Estado desconocido
search-cycle-session = ciclo { $cycle }, período de sesiones { $session }
search-suggested = sugerido
search-suggested-title = Parte de esta codificación es una sugerencia de uprkit que aún no se ha revisado
search-nothing = No hay resultados. Quite un filtro o pruebe con otras palabras.
search-pages = Páginas
search-previous = Anterior
search-next = Siguiente
search-page-of = Página { $page } de { $last }
