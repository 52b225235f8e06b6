# statistics: the charts and cross-tabulations of a search (/statistics).

statistics-page-title = Statistics
statistics-heading = { $total ->
    [one] Statistics of { $total } recommendation
   *[other] Statistics of { $total } recommendations
}
statistics-scope-all = All recommendations in the database.
statistics-scope-search = The recommendations that match the current filters.
statistics-open-search = Open them in search
statistics-scope-words = words searched: “{ $q }”
statistics-no-results = No recommendation matches these filters.
statistics-counting-note = Each bar and each number links to the recommendations it counts. A recommendation made jointly by several States counts once for each of them (and for each of their regional groups), and one coded with several issues counts once per issue.

## Charts
statistics-chart-cycle = By cycle
statistics-chart-response = By position of the State under review
statistics-chart-action-category = By action category
statistics-chart-issues = Top { $n } issues
statistics-chart-sur = Top { $n } States under review
statistics-chart-rs = Top { $n } recommending States
statistics-chart-sur-regional-group = By regional group of the State under review
statistics-chart-rs-regional-group = By regional group of the recommending States

## Cross-tabulations
statistics-crosstab-heading = Cross-tabulations
statistics-crosstab-choose = Choose a cross-tabulation
statistics-crosstab-issue-position = Issue × position
statistics-crosstab-issue-cycle = Issue × cycle
statistics-crosstab-position-cycle = Position × cycle
statistics-crosstab-action-position = Action category × position
statistics-crosstab-rs-position = Recommending State × position
statistics-crosstab-sur-position = State under review × position
statistics-crosstab-rows = Rows: the { $n } most frequent values under the current filters.
statistics-crosstab-rows-all = Rows: every value under the current filters.
statistics-crosstab-share-row = Percentages are shares of the row's total.
statistics-crosstab-share-column = Percentages are shares of the column's total (all recommendations of that cycle under the current filters).
statistics-crosstab-share-total = In the Total column, percentages are shares of all the recommendations on this page.
statistics-total = Total
statistics-not-recorded = No position recorded
statistics-share = { $pct }%
statistics-csv = Download this table (CSV)
statistics-csv-value = Value
