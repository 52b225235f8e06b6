# organisation : les organisations de la personne, la page d'une organisation, ses notes, les coalitions, le journal d'audit.

## Organisations
organisation-list-title = Vos organisations
organisation-list-none = Vous n’appartenez encore à aucune organisation : demandez un lien d’invitation à l’un de ses propriétaires.
organisation-your-role = Votre rôle : { $role }
organisation-link-page = Membres et invitations
organisation-link-notes = Notes
organisation-link-audit = Journal d’audit
organisation-back-to-list = Vos organisations
organisation-members = Membres
organisation-role-owner = propriétaire
organisation-role-editor = rédacteur
organisation-role-viewer = lecteur
organisation-owners-only = Seuls les propriétaires de l’organisation peuvent le faire.
organisation-command-line = ligne de commande
organisation-former-member = un ancien membre
organisation-cancel = Annuler

## Invitations
organisation-invite = Inviter quelqu’un
organisation-invite-explain = uprkit crée un lien valable une seule fois, pendant 7 jours. Envoyez-le vous-même, par un canal de confiance.
organisation-invite-role = Rôle
organisation-invite-viewer = Lecteur : consulte
organisation-invite-editor = Rédacteur : consulte et écrit
organisation-invite-owner = Propriétaire : gère aussi les membres
organisation-invite-email = Adresse électronique (facultative : envoi seulement si uprkit dispose d’un serveur de messagerie)
organisation-invite-make = Créer un lien d’invitation
organisation-invitation-link = Lien d’invitation
organisation-invitation-copy = Sélectionnez tout le lien et copiez-le.
organisation-invitation-sent = Également envoyé par courriel à { $to }.
organisation-invitation-not-sent = Non envoyé par courriel : { $reason }

## Visibility
organisation-visibility-private = Mon organisation seulement
organisation-visibility-coalition = Mon organisation et une coalition
organisation-visibility-public = Tout le monde

## Notes
organisation-notes-title = Notes de { $name }
organisation-notes-count = { $n ->
    [0] Aucune note pour l’instant.
    [one] Une note, la plus récente en premier.
   *[other] { $n } notes, les plus récentes en premier.
}
organisation-notes-explain = Les notes s’écrivent sur la page d’une recommandation.
organisation-note-open = Ouvrir
organisation-note-title = Note de { $organisation }
organisation-note-back = La recommandation
organisation-note-back-to-note = La note
organisation-note-on = Sur la recommandation :
organisation-note-edit = Modifier
organisation-note-delete = Supprimer…
organisation-note-edit-title = Modifier la note
organisation-note-who-sees = Qui peut la voir
organisation-note-save = Enregistrer la note
organisation-note-delete-confirm = Supprimer cette note ?
organisation-note-delete-explain = Elle disparaît pour toutes les personnes qui pouvaient la voir. Le journal d’audit en garde le texte.
organisation-note-delete-yes = Supprimer cette note
organisation-note-editors-only = Seuls les rédacteurs et les propriétaires de l’organisation qui a écrit la note peuvent la modifier.

## Coalitions
organisation-coalitions = Coalitions
organisation-coalitions-explain = Des organisations qui travaillent ensemble : les notes partagées avec une coalition sont visibles par tous ses membres.
organisation-coalitions-none = Aucune de vos organisations ne fait partie d’une coalition.
organisation-coalition-members-n = { $n ->
    [one] Un membre
   *[other] { $n } membres
}
organisation-coalition-notes = Notes partagées avec la coalition
organisation-coalition-notes-count = { $n ->
    [0] Aucune note partagée pour l’instant.
    [one] Une note, la plus récente en premier.
   *[other] { $n } notes, les plus récentes en premier.
}

## Audit log
organisation-audit-title = Journal d’audit de { $name }
organisation-audit-explain = Qui a modifié quoi et quand, les entrées les plus récentes en premier.
organisation-audit-csv = Télécharger en CSV
organisation-audit-empty = Rien n’a encore été enregistré.
organisation-audit-field = Champ
organisation-audit-before = Avant
organisation-audit-after = Après
organisation-action-create = Création
organisation-action-update = Modification
organisation-action-delete = Suppression
organisation-action-grant = Attribution d’un rôle
organisation-action-revoke = Retrait
organisation-action-accept = Acceptation
organisation-record-note = Note { $id }
organisation-record-coalition = Coalition { $id }
organisation-record-recommendation = Recommandation { $id }
organisation-record-invitation = Lien d’invitation
organisation-record-membership = Adhésion de { $name }
organisation-field-body = Texte
organisation-field-visibility = Qui peut la voir
organisation-field-coalition = Coalition
organisation-field-recommendation = Recommandation
organisation-field-role = Rôle
organisation-field-name = Nom
organisation-field-organisations = Organisations
