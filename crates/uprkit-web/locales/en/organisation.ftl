# organisation: the viewer's organisations, an organisation's page, its notes, coalitions, the audit log.

## Organisations
organisation-list-title = Your organisations
organisation-list-none = You are not in an organisation yet: ask an owner for an invitation link.
organisation-your-role = Your role: { $role }
organisation-link-page = Members and invitations
organisation-link-notes = Notes
organisation-link-audit = Audit log
organisation-back-to-list = Your organisations
organisation-members = Members
organisation-role-owner = owner
organisation-role-editor = editor
organisation-role-viewer = viewer
organisation-owners-only = Only the organisation's owners can do this.
organisation-command-line = command line
organisation-former-member = a former member
organisation-cancel = Cancel

## Invitations
organisation-invite = Invite someone
organisation-invite-explain = uprkit makes a link that works once, for 7 days. Send it yourself, by a channel you trust.
organisation-invite-role = Role
organisation-invite-viewer = Viewer: reads
organisation-invite-editor = Editor: reads and writes
organisation-invite-owner = Owner: also manages members
organisation-invite-email = E-mail address (optional: sent only when uprkit has a mail server)
organisation-invite-make = Make an invitation link
organisation-invitation-link = Invitation link
organisation-invitation-copy = Select the whole link and copy it.
organisation-invitation-sent = Also sent by e-mail to { $to }.
organisation-invitation-not-sent = Not sent by e-mail: { $reason }

## Visibility
organisation-visibility-private = Only my organisation
organisation-visibility-coalition = My organisation and a coalition
organisation-visibility-public = Everyone

## Notes
organisation-notes-title = Notes of { $name }
organisation-notes-count = { $n ->
    [0] No notes yet.
    [one] One note, newest first.
   *[other] { $n } notes, newest first.
}
organisation-notes-explain = Notes are written on a recommendation's page.
organisation-note-open = Open
organisation-note-title = Note by { $organisation }
organisation-note-back = The recommendation
organisation-note-back-to-note = The note
organisation-note-on = On the recommendation:
organisation-note-edit = Edit
organisation-note-delete = Delete…
organisation-note-edit-title = Edit the note
organisation-note-who-sees = Who may see it
organisation-note-save = Save the note
organisation-note-delete-confirm = Delete this note?
organisation-note-delete-explain = It is removed for everyone who could see it. The audit log keeps its text.
organisation-note-delete-yes = Delete this note
organisation-note-editors-only = Only editors and owners of the note's organisation can change it.

## Coalitions
organisation-coalitions = Coalitions
organisation-coalitions-explain = Organisations working together: notes shared with a coalition are seen by all its members.
organisation-coalitions-none = None of your organisations is in a coalition.
organisation-coalition-members-n = { $n ->
    [one] One member
   *[other] { $n } members
}
organisation-coalition-notes = Notes shared with the coalition
organisation-coalition-notes-count = { $n ->
    [0] No notes shared yet.
    [one] One note, newest first.
   *[other] { $n } notes, newest first.
}

## Audit log
organisation-audit-title = Audit log of { $name }
organisation-audit-explain = Who changed what and when, newest first.
organisation-audit-csv = Download as CSV
organisation-audit-empty = Nothing recorded yet.
organisation-audit-field = Field
organisation-audit-before = Before
organisation-audit-after = After
organisation-action-create = Created
organisation-action-update = Changed
organisation-action-delete = Deleted
organisation-action-grant = Role given
organisation-action-revoke = Removed
organisation-action-accept = Accepted
organisation-record-note = Note { $id }
organisation-record-coalition = Coalition { $id }
organisation-record-recommendation = Recommendation { $id }
organisation-record-invitation = Invitation link
organisation-record-membership = Membership of { $name }
organisation-field-body = Text
organisation-field-visibility = Who may see it
organisation-field-coalition = Coalition
organisation-field-recommendation = Recommendation
organisation-field-role = Role
organisation-field-name = Name
organisation-field-organisations = Organisations
