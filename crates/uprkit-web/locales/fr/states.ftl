# La liste des États, et le tableau de bord d'un État.

states-title = États
states-intro = 193 États membres et 2 États observateurs, par groupe régional, avec les recommandations que chacun a reçues dans cette base.
states-next-review = Prochain examen
states-submission-passed = La date limite des contributions des parties prenantes pour cet examen est passée : préparez l'examen lui-même et le plaidoyer.
states-plan = Calendrier de l'examen
states-plan-all = { $n ->
    [one] Tout le calendrier de l'examen ({ $n } étape à venir)
   *[other] Tout le calendrier de l'examen ({ $n } étapes à venir)
}
states-previous-heading = Recommandations reçues au cycle { $cycle }
states-previous-fallback = La base ne contient encore aucune recommandation du cycle { $wanted } : celles-ci sont du cycle { $cycle }, le plus récent qu'elle contienne.
states-previous-all = { $n ->
    [one] La recommandation du cycle { $cycle }
   *[other] Les { $n } recommandations du cycle { $cycle }
}
states-by-issue = Par sujet
states-by-theme = Par thème
states-group-all = { $n ->
    [one] { $n } recommandation sur « { $name } »
   *[other] Les { $n } sur « { $name } »
}
states-documents = Derniers documents
states-documents-none = Aucun document du HCDH sur l'État « { $state } » n'a encore été importé.
states-imported-on = importé le { $date }
states-as-sur = Comme État examiné
states-received = { $n ->
    [one] { $n } recommandation reçue
   *[other] { $n } recommandations reçues
}
states-supported-share = { $share } % acceptées
states-no-positions = aucune position connue
states-per-cycle = Par cycle
states-top-issues = Principaux sujets
states-top-recommenders = Principaux États auteurs de recommandations
states-as-rs = Comme État auteur de recommandations
states-made = { $n ->
    [one] { $n } recommandation faite
   *[other] { $n } recommandations faites
}
states-made-supported = { $share } par les États qui les ont reçues.
states-made-to = À qui
states-made-on = Sur quoi
states-charts-received = Graphiques des recommandations reçues par l'État « { $state } »
states-charts-made = de celles qu'il a faites
states-repeat-share = { $share } % des recommandations reçues au cycle { $cycle } en reprennent une plus ancienne
states-repeat-of = ({ $repeated } sur { $n })
states-previous-none-heading = Recommandations reçues
states-previous-none = La base ne contient encore aucune recommandation adressée à l'État « { $state } ».
states-previous-none-import = Importer des données d'UPR Info ou des documents du HCDH
