# statistics: gráficos y tablas cruzadas de una búsqueda (/statistics).

statistics-page-title = Estadísticas
statistics-heading = { $total ->
    [one] Estadísticas de { $total } recomendación
   *[other] Estadísticas de { $total } recomendaciones
}
statistics-scope-all = Todas las recomendaciones de la base de datos.
statistics-scope-search = Las recomendaciones que corresponden a los filtros actuales.
statistics-open-search = Abrirlas en la búsqueda
statistics-scope-words = palabras buscadas: «{ $q }»
statistics-no-results = Ninguna recomendación corresponde a estos filtros.
statistics-counting-note = Cada barra y cada número lleva a las recomendaciones que cuenta. Una recomendación formulada conjuntamente por varios Estados cuenta una vez por cada uno de ellos (y por cada uno de sus grupos regionales), y una recomendación clasificada en varios temas cuenta una vez por tema.

## Gráficos
statistics-chart-cycle = Por ciclo
statistics-chart-response = Por posición del Estado examinado
statistics-chart-action-category = Por categoría de acción
statistics-chart-issues = Los { $n } temas más frecuentes
statistics-chart-sur = Los { $n } Estados examinados con más recomendaciones
statistics-chart-rs = Los { $n } Estados recomendantes más activos
statistics-chart-sur-regional-group = Por grupo regional del Estado examinado
statistics-chart-rs-regional-group = Por grupo regional de los Estados recomendantes

## Tablas cruzadas
statistics-crosstab-heading = Tablas cruzadas
statistics-crosstab-choose = Elegir una tabla cruzada
statistics-crosstab-issue-position = Tema × posición
statistics-crosstab-issue-cycle = Tema × ciclo
statistics-crosstab-position-cycle = Posición × ciclo
statistics-crosstab-action-position = Categoría de acción × posición
statistics-crosstab-rs-position = Estado recomendante × posición
statistics-crosstab-sur-position = Estado examinado × posición
statistics-crosstab-rows = Filas: los { $n } valores más frecuentes con los filtros actuales.
statistics-crosstab-rows-all = Filas: todos los valores con los filtros actuales.
statistics-crosstab-share-row = Los porcentajes son partes del total de la fila.
statistics-crosstab-share-column = Los porcentajes son partes del total de la columna (todas las recomendaciones de ese ciclo con los filtros actuales).
statistics-crosstab-share-total = En la columna Total, son partes del conjunto de recomendaciones de esta página.
statistics-total = Total
statistics-not-recorded = Sin posición registrada
statistics-share = { $pct } %
statistics-csv = Descargar esta tabla (CSV)
statistics-csv-value = Valor
