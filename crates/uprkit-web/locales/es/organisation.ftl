# organisation: las organizaciones de la persona, la página de una organización, sus notas, las coaliciones, el registro de auditoría.

## Organisations
organisation-list-title = Sus organizaciones
organisation-list-none = Todavía no pertenece a ninguna organización: pida un enlace de invitación a una persona propietaria.
organisation-your-role = Su función: { $role }
organisation-link-page = Miembros e invitaciones
organisation-link-notes = Notas
organisation-link-audit = Registro de auditoría
organisation-back-to-list = Sus organizaciones
organisation-members = Miembros
organisation-role-owner = propietario
organisation-role-editor = editor
organisation-role-viewer = lector
organisation-owners-only = Solo las personas propietarias de la organización pueden hacerlo.
organisation-command-line = línea de comandos
organisation-former-member = un antiguo miembro
organisation-cancel = Cancelar

## Invitations
organisation-invite = Invitar a alguien
organisation-invite-explain = uprkit crea un enlace que sirve una sola vez, durante 7 días. Envíelo usted por un canal de confianza.
organisation-invite-role = Función
organisation-invite-viewer = Lector: consulta
organisation-invite-editor = Editor: consulta y escribe
organisation-invite-owner = Propietario: también gestiona los miembros
organisation-invite-email = Correo electrónico (opcional: se envía solo si uprkit tiene un servidor de correo)
organisation-invite-make = Crear un enlace de invitación
organisation-invitation-link = Enlace de invitación
organisation-invitation-copy = Seleccione todo el enlace y cópielo.
organisation-invitation-sent = También enviado por correo electrónico a { $to }.
organisation-invitation-not-sent = No enviado por correo electrónico: { $reason }

## Visibility
organisation-visibility-private = Solo mi organización
organisation-visibility-coalition = Mi organización y una coalición
organisation-visibility-public = Todo el mundo

## Notes
organisation-notes-title = Notas de { $name }
organisation-notes-count = { $n ->
    [0] Todavía no hay notas.
    [one] Una nota, la más reciente primero.
   *[other] { $n } notas, las más recientes primero.
}
organisation-notes-explain = Las notas se escriben en la página de una recomendación.
organisation-note-open = Abrir
organisation-note-title = Nota de { $organisation }
organisation-note-back = La recomendación
organisation-note-back-to-note = La nota
organisation-note-on = Sobre la recomendación:
organisation-note-edit = Editar
organisation-note-delete = Eliminar…
organisation-note-edit-title = Editar la nota
organisation-note-who-sees = Quién puede verla
organisation-note-save = Guardar la nota
organisation-note-delete-confirm = ¿Eliminar esta nota?
organisation-note-delete-explain = Desaparece para todas las personas que podían verla. El registro de auditoría conserva su texto.
organisation-note-delete-yes = Eliminar esta nota
organisation-note-editors-only = Solo los editores y propietarios de la organización que escribió la nota pueden modificarla.

## Coalitions
organisation-coalitions = Coaliciones
organisation-coalitions-explain = Organizaciones que trabajan juntas: las notas compartidas con una coalición las ven todos sus miembros.
organisation-coalitions-none = Ninguna de sus organizaciones forma parte de una coalición.
organisation-coalition-members-n = { $n ->
    [one] Un miembro
   *[other] { $n } miembros
}
organisation-coalition-notes = Notas compartidas con la coalición
organisation-coalition-notes-count = { $n ->
    [0] Todavía no hay notas compartidas.
    [one] Una nota, la más reciente primero.
   *[other] { $n } notas, las más recientes primero.
}

## Audit log
organisation-audit-title = Registro de auditoría de { $name }
organisation-audit-explain = Quién cambió qué y cuándo, lo más reciente primero.
organisation-audit-csv = Descargar en CSV
organisation-audit-empty = Todavía no hay nada registrado.
organisation-audit-field = Campo
organisation-audit-before = Antes
organisation-audit-after = Después
organisation-action-create = Creación
organisation-action-update = Modificación
organisation-action-delete = Eliminación
organisation-action-grant = Asignación de función
organisation-action-revoke = Retirada
organisation-action-accept = Aceptación
organisation-record-note = Nota { $id }
organisation-record-coalition = Coalición { $id }
organisation-record-recommendation = Recomendación { $id }
organisation-record-invitation = Enlace de invitación
organisation-record-membership = Pertenencia de { $name }
organisation-field-body = Texto
organisation-field-visibility = Quién puede verla
organisation-field-coalition = Coalición
organisation-field-recommendation = Recomendación
organisation-field-role = Función
organisation-field-name = Nombre
organisation-field-organisations = Organizaciones
