# statistics : graphiques et tableaux croisés d'une recherche (/statistics).

statistics-page-title = Statistiques
statistics-heading = { $total ->
    [one] Statistiques de { $total } recommandation
   *[other] Statistiques de { $total } recommandations
}
statistics-scope-all = Toutes les recommandations de la base de données.
statistics-scope-search = Les recommandations qui correspondent aux filtres en cours.
statistics-open-search = Les ouvrir dans la recherche
statistics-scope-words = mots recherchés : « { $q } »
statistics-no-results = Aucune recommandation ne correspond à ces filtres.
statistics-counting-note = Chaque barre et chaque nombre mène aux recommandations qu’il compte. Une recommandation formulée conjointement par plusieurs États compte une fois pour chacun d’eux (et pour chacun de leurs groupes régionaux), et une recommandation classée sous plusieurs thèmes compte une fois par thème.

## Graphiques
statistics-chart-cycle = Par cycle
statistics-chart-response = Par position de l’État examiné
statistics-chart-action-category = Par catégorie d’action
statistics-chart-issues = Les { $n } thèmes les plus fréquents
statistics-chart-sur = Les { $n } États examinés les plus concernés
statistics-chart-rs = Les { $n } États auteurs de recommandations les plus actifs
statistics-chart-sur-regional-group = Par groupe régional de l’État examiné
statistics-chart-rs-regional-group = Par groupe régional des États auteurs des recommandations

## Tableaux croisés
statistics-crosstab-heading = Tableaux croisés
statistics-crosstab-choose = Choisir un tableau croisé
statistics-crosstab-issue-position = Thème × position
statistics-crosstab-issue-cycle = Thème × cycle
statistics-crosstab-position-cycle = Position × cycle
statistics-crosstab-action-position = Catégorie d’action × position
statistics-crosstab-rs-position = État auteur de la recommandation × position
statistics-crosstab-sur-position = État examiné × position
statistics-crosstab-rows = Lignes : les { $n } valeurs les plus fréquentes avec les filtres en cours.
statistics-crosstab-rows-all = Lignes : toutes les valeurs avec les filtres en cours.
statistics-crosstab-share-row = Les pourcentages sont des parts du total de la ligne.
statistics-crosstab-share-column = Les pourcentages sont des parts du total de la colonne (toutes les recommandations de ce cycle avec les filtres en cours).
statistics-crosstab-share-total = Dans la colonne Total, ce sont des parts de l’ensemble des recommandations de cette page.
statistics-total = Total
statistics-not-recorded = Aucune position enregistrée
statistics-share = { $pct } %
statistics-csv = Télécharger ce tableau (CSV)
statistics-csv-value = Valeur
