# submission : le montage de la contribution, l'éditeur de section, citations, versions.

## Montage
submission-back-to-workspace = L'espace de travail
submission-builder-intro = La contribution des parties prenantes sur { $state } : ses sections, les vérifications du HCDH et l'annexe.
submission-check-title = Vérifications du HCDH
submission-check-words = Mots
submission-check-limit = Limite
submission-check-joint = contribution conjointe (5 630 mots)
submission-check-single = contribution d'une seule organisation (2 815 mots)
submission-check-left = Mots restants
submission-check-footnotes = Notes de bas de page
submission-check-annex = Annexe
submission-counted = comptées
submission-not-counted = non comptées
submission-check-deadline = Date limite
submission-check-no-deadline = pas encore connue
submission-days-left = { $days ->
    [one] { $days } jour restant
   *[other] { $days } jours restants
}
submission-days-ago = { $days ->
    [one] passée depuis { $days } jour
   *[other] passée depuis { $days } jours
}
submission-check-missing = Manquant
submission-check-warnings = Avertissements
submission-check-never-blocking = Les vérifications avertissent ; elles n'empêchent jamais d'enregistrer ni d'exporter.
submission-missing-organisations = le bloc des organisations
submission-missing-about = le paragraphe sur { $organisation }
submission-missing-key-words = les mots clés
submission-missing-thematic = une section thématique
submission-missing-previous = une citation d'une recommandation précédente
submission-warning-over-limit = { $words } mots : au-delà de la limite de { $limit }.
submission-warning-near-limit = { $words } mots : proche de la limite de { $limit }.
submission-warning-over-budget = Une section dépasse son budget de mots.
submission-warning-budgets = Les budgets des sections dépassent ensemble la limite de { $limit } mots.
submission-warning-deadline-passed = La date limite des contributions est passée.
submission-warning-deadline-soon = La date limite est dans { $days } jours.
submission-warning-missing = Une partie requise manque.
submission-organisations-block = Organisations et mots clés
submission-no-organisations = Aucune organisation n'est encore nommée.
submission-key-words = Mots clés :
submission-no-key-words = aucun pour l'instant
submission-change-settings = Modifier les organisations, les mots clés et les règles de comptage
submission-add-about = Ajouter le paragraphe sur { $organisation }
submission-sections = Sections
submission-no-sections = Aucune section pour l'instant : ajoutez la première ci-dessous.
submission-field-title = Titre
submission-field-kind = Type
submission-field-assigned = Rédigée par
submission-field-organisation = Organisation qui la rédige
submission-field-person = Personne qui la rédige
submission-field-budget = Budget de mots
submission-field-state = État
submission-field-words = Mots
submission-field-text = Texte
submission-words-of-budget = { $words } sur { $budget }
submission-over-budget = budget dépassé
submission-kind-summary = Résumé
submission-kind-about = Paragraphe sur une organisation
submission-kind-theme = Section thématique
submission-state-draft = brouillon
submission-state-in-review = en relecture
submission-state-final = finale
submission-nobody = personne pour l'instant
submission-download-docx = Télécharger (Word)
submission-download-pdf = Télécharger (PDF)
submission-add-section = Ajouter une section
submission-add = Ajouter la section
submission-import-title = Importer un brouillon Word
submission-import-explain = Les titres deviennent des sections ; paragraphes, notes et citations sont conservés. { $megabytes } Mo au plus.
submission-import-file = Fichier Word (.docx)
submission-import-button = Importer
submission-import-done = { $sections ->
    [one] Une section importée
   *[other] { $sections } sections importées
}, { $citations } citations reconnues.
submission-import-choose = Choisissez un fichier Word (.docx).
submission-annex-title = Annexe : mise en œuvre des recommandations précédentes
submission-annex-empty = Aucune recommandation n'est encore citée : citez-en une depuis l'éditeur d'une section, ou tapez son numéro de paragraphe (par exemple 115.24).
submission-no-paragraph = sans numéro de paragraphe
submission-assessment = Ce qu'il en est advenu (l'évaluation de l'annexe)
submission-assessment-save = Enregistrer l'évaluation
submission-no-assessment = Pas encore d'évaluation.
submission-bad-kind = Type : summary, about ou theme.
submission-bad-state = État : brouillon, en relecture ou finale.
submission-bad-budget = Le budget est un nombre entier de mots.
submission-bad-version = Le formulaire n'indique pas la version sur laquelle il a été ouvert ; rechargez la page.
submission-writers-only = Seuls les éditeurs des organisations de l'espace de travail peuvent le modifier.

## Éditeur
submission-conflict-title = Quelqu'un d'autre a enregistré cette section avant vous
submission-conflict-explain = Votre enregistrement a été refusé pour que rien ne soit perdu : { $name } a enregistré la version { $version } le
submission-conflict-their-text = Son texte enregistré (lecture seule)
submission-conflict-yours-below = Votre texte est toujours dans la zone ci-dessous : reprenez ce qu'il vous faut du sien, puis enregistrez à nouveau.
submission-toolbar = Mise en forme
submission-tool-bold = Gras
submission-tool-italic = Italique
submission-tool-list = Liste
submission-tool-link = Lien
submission-tool-footnote = Note
submission-markup-help = Balisage : une ligne vide entre les paragraphes, « - » en début de ligne de liste, **gras**, *italique*, [libellé](https://...), une note ^[son texte] ; tapez des numéros de paragraphe comme 115.24 et ils sont liés.
submission-count-words = mots dans cette section
submission-count-total = mots dans la contribution
submission-save = Enregistrer
submission-versions = Versions
submission-delete = Supprimer la section
submission-preview = Aperçu (texte enregistré)
submission-preview-empty = Rien d'écrit pour l'instant.
submission-cite-title = Citer une recommandation
submission-cite-search = Chercher dans les recommandations adressées à cet État
submission-cite-find = Chercher
submission-cite-none = Aucune recommandation trouvée.
submission-cite-count = { $count } trouvées ; celles du cycle précédent d'abord.
submission-cite-insert = Insérer { $paragraph }
submission-cite-appends = « Insérer » ajoute la citation à la fin du texte enregistré de la section.
submission-cycle = cycle { $cycle }
submission-delete-title = Supprimer la section ?
submission-delete-confirm = « { $title } » et toutes ses versions seront supprimées.
submission-cancel = Annuler

## Versions
submission-diff-title = Modifications de la version { $from } à la version { $to }
submission-diff-from = De la version
submission-diff-to = À la version
submission-diff-compare = Comparer
submission-diff-legend = Le texte ajouté est souligné entre [+ et +] ; le texte supprimé est barré entre [- et -].
submission-diff-with-previous = Modifications de la version { $version }
submission-versions-saved = Versions enregistrées
submission-version = Version
submission-saved-by = Enregistrée par
submission-saved-at = Enregistrée le
submission-remark = Comment
submission-actions = Actions
submission-current = actuelle
submission-restore = Rétablir la version { $version }
submission-remark-created = créée
submission-remark-edited = modifiée
submission-remark-restored = version { $version } rétablie
