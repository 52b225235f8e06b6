# account : connexion, page du compte, invitations, jetons d'API, import d'un document.

## Signing in
account-sign-in = Se connecter
account-sign-in-explain = Une fois connecté, vous voyez les notes et les plans de votre organisation. Les données de l’ONU sont ouvertes à tous, sans compte.
account-email = Adresse électronique
account-password = Mot de passe
account-wrong-sign-in = L’adresse électronique ou le mot de passe est erroné.

## Account
account-back = Votre compte
account-signed-in-as = Connecté en tant que { $email }.
account-your-organisations = Vos organisations
account-no-organisation = Vous n’appartenez encore à aucune organisation : demandez un lien d’invitation à l’un de ses propriétaires.
account-change-password = Changer de mot de passe
account-current-password = Mot de passe actuel
account-new-password = Nouveau mot de passe (10 caractères ou plus)
account-change-password-button = Changer le mot de passe
account-current-password-wrong = Le mot de passe actuel est erroné.
account-sign-out = Se déconnecter

## Invitations
account-invitation-title = Invitation
account-invitation-join = Rejoindre { $organisation }
account-invitation-explain = Vous êtes invité à rejoindre { $organisation } sur uprkit en tant que { $role }. Ce lien ne fonctionne qu’une fois.
account-your-name = Votre nom
account-invitation-refused = Cette adresse électronique et ce mot de passe ne peuvent pas être utilisés. Si vous avez un compte, donnez son mot de passe (ou connectez-vous d’abord) ; sinon, vérifiez l’adresse.

## API tokens
account-tokens-title = Jetons d’API
account-tokens-explain-1 = Un jeton permet à un programme (un script, un tableur, l’outil d’une coalition) d’utiliser
account-tokens-json-api = l’API JSON
account-tokens-explain-2 = en votre nom : envoyez-le sous la forme
account-tokens-header-example = Authorization: Bearer JETON
account-tokens-explain-3 = Il voit et modifie ce que vous pouvez voir et modifier, rien de plus. Révoquez-le quand le programme n’en a plus besoin.
account-tokens-new = Votre nouveau jeton, affiché cette seule fois ; copiez-le maintenant et gardez-le secret :
account-tokens-make = Créer un jeton
account-tokens-name = À quoi il sert
account-tokens-name-example = Suivi de la coalition
account-tokens-days = Durée de validité (jours ; vide : jusqu’à révocation)
account-tokens-yours = Vos jetons
account-tokens-none = Aucun jeton pour l’instant.
account-tokens-made = créé le { $date }
account-tokens-expires = expire le { $date }
account-tokens-last-used = dernière utilisation le { $date }
account-tokens-revoked = révoqué le { $date }
account-tokens-bad-days = « { $value } » n’est pas un nombre de jours.
account-tokens-revoke = Révoquer

## Importing a document
account-import-title = Importer un document du HCDH
account-import-explain = Un rapport du Groupe de travail, son additif ou une liste thématique du HCDH (PDF ou DOCX), dans n’importe quel ordre : uprkit reconnaît le type de document à son contenu et montre ce qu’il ajouterait avant toute écriture.
account-import-document = Document
account-import-preview = Aperçu
account-import-confirm = L’importer
account-import-another = Choisir un autre fichier
account-import-would-add = Ajouterait { $created } nouvelles recommandations, en mettrait à jour { $updated }, en laisserait { $unchanged } inchangées ;
account-import-added = { $created } nouvelles recommandations ajoutées, { $updated } mises à jour, { $unchanged } inchangées ;
account-import-positions = { $recorded } positions enregistrées, { $waiting } conservées jusqu’à la parution de leur rapport.
account-import-unknown = Ce téléversement est inconnu : choisissez à nouveau le fichier.
account-import-choose-file = Choisissez un fichier PDF ou DOCX.
account-import-expired = Ce téléversement a expiré : choisissez à nouveau le fichier.
