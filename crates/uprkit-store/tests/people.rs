//! Issue 9 in the store, on SQLite and (when configured) PostgreSQL: an organisation keeps an
//! owner, an invitation is taken once and all at once, sign-in slow-down stays bounded.

use uprkit_store::testing::TestDatabase;
use uprkit_store::{Acceptance, Invitee, MAX_ACCOUNT_DELAY_SECONDS, Role, Store, hash_password};

const PASSWORD: &str = "correct horse battery";

async fn count(store: &Store, table: &str) -> i64 {
    uprkit_store::testing::count_rows(store, table).await.expect("count")
}

async fn owners(store: &Store, organisation_id: i64) -> usize {
    store.members(organisation_id).await.expect("members").iter().filter(|m| m.3 == Role::Owner).count()
}

#[tokio::test]
async fn an_organisation_always_keeps_an_owner() {
    for db in TestDatabase::all().await.expect("databases") {
        let engine = db.engine_name();
        let store = db.store().await.expect("store");
        let org = store.organisation_id("Org", true).await.expect("org").expect("id");
        let owner = store.create_user("owner@example.org", "Owner", PASSWORD, false).await.expect("user");
        let other = store.create_user("other@example.org", "Other", PASSWORD, false).await.expect("user");
        store.grant(None, owner, org, Role::Owner).await.expect("grant");

        // The only owner can be neither removed nor demoted.
        let err = store.revoke(None, owner, org).await.expect_err("last owner removed");
        assert!(err.to_string().contains("last owner"), "{engine}: {err}");
        store.grant(None, owner, org, Role::Viewer).await.expect_err("last owner demoted");
        assert_eq!(store.role_of(owner, org).await.expect("role"), Some(Role::Owner), "{engine}");

        // An owner who accepts a viewer invitation to their own organisation stays owner.
        let token = store.create_invitation(owner, org, Role::Viewer, 7).await.expect("invitation");
        let done = store.accept_invitation(&token, Invitee::User(owner)).await.expect("accept");
        assert_eq!(done, Acceptance::Joined { user_id: owner, role: Role::Owner }, "{engine}");
        assert_eq!(store.role_of(owner, org).await.expect("role"), Some(Role::Owner), "{engine}");

        // With a second owner, the first may go; then the second is the last.
        store.grant(None, other, org, Role::Owner).await.expect("grant");
        assert!(store.revoke(None, owner, org).await.expect("revoke"), "{engine}");
        store.revoke(None, other, org).await.expect_err("last owner removed");
        assert!(!store.revoke(None, owner, org).await.expect("not a member"), "{engine}");
        store.close().await;
        db.drop_database().await.expect("drop");
    }
}

#[tokio::test]
async fn two_owners_removing_each_other_at_once_leave_one() {
    for db in TestDatabase::all().await.expect("databases") {
        let store = db.store().await.expect("store");
        let org = store.organisation_id("Org", true).await.expect("org").expect("id");
        let a = store.create_user("a@example.org", "A", PASSWORD, false).await.expect("user");
        let b = store.create_user("b@example.org", "B", PASSWORD, false).await.expect("user");
        store.grant(None, a, org, Role::Owner).await.expect("grant");
        store.grant(None, b, org, Role::Owner).await.expect("grant");
        let (s1, s2) = (store.clone(), store.clone());
        let (r1, r2) = tokio::join!(
            tokio::spawn(async move { s1.revoke(Some(b), a, org).await }),
            tokio::spawn(async move { s2.revoke(Some(a), b, org).await })
        );
        let ok = [r1.expect("task"), r2.expect("task")].iter().filter(|r| r.is_ok()).count();
        assert_eq!(ok, 1, "{}: exactly one removal succeeds", db.engine_name());
        let owners = owners(&store, org).await as i64;
        assert_eq!(owners, 1, "{}", db.engine_name());
        store.close().await;
        db.drop_database().await.expect("drop");
    }
}

#[tokio::test]
async fn six_simultaneous_acceptances_make_one_member_and_no_orphan() {
    for db in TestDatabase::all().await.expect("databases") {
        let engine = db.engine_name();
        let store = db.store().await.expect("store");
        let org = store.organisation_id("Org", true).await.expect("org").expect("id");
        let owner = store.create_user("owner@example.org", "Owner", PASSWORD, false).await.expect("user");
        store.grant(None, owner, org, Role::Owner).await.expect("grant");
        let token = store.create_invitation(owner, org, Role::Editor, 7).await.expect("invitation");
        let hash = hash_password(PASSWORD).expect("hash");
        let tasks: Vec<_> = (0..6)
            .map(|i| {
                let (store, token, hash) = (store.clone(), token.clone(), hash.clone());
                tokio::spawn(async move {
                    let invitee = Invitee::NewAccount {
                        email: format!("new{i}@example.org"),
                        display_name: format!("New {i}"),
                        password_hash: hash,
                    };
                    store.accept_invitation(&token, invitee).await
                })
            })
            .collect();
        let mut joined = 0;
        for task in tasks {
            match task.await.expect("task") {
                Ok(Acceptance::Joined { .. }) => joined += 1,
                Ok(Acceptance::Unavailable) => {}
                // A concurrent loser may also fail on the database's own serialisation; what
                // matters is that it leaves nothing behind.
                Ok(other) => panic!("{engine}: {other:?}"),
                Err(e) => eprintln!("{engine}: a concurrent acceptance failed cleanly: {e}"),
            }
        }
        assert_eq!(joined, 1, "{engine}: one link, one acceptance");
        assert_eq!(count(&store, "users").await, 2, "{engine}: no orphan account");
        assert_eq!(count(&store, "memberships").await, 2, "{engine}: one new membership");
        store.close().await;
        db.drop_database().await.expect("drop");
    }
}

#[tokio::test]
async fn a_taken_address_leaves_the_link_usable() {
    for db in TestDatabase::all().await.expect("databases") {
        let store = db.store().await.expect("store");
        let org = store.organisation_id("Org", true).await.expect("org").expect("id");
        let owner = store.create_user("owner@example.org", "Owner", PASSWORD, false).await.expect("user");
        store.grant(None, owner, org, Role::Owner).await.expect("grant");
        let token = store.create_invitation(owner, org, Role::Viewer, 7).await.expect("invitation");
        let hash = hash_password(PASSWORD).expect("hash");
        let taken = Invitee::NewAccount {
            email: "OWNER@example.org".into(),
            display_name: "Someone".into(),
            password_hash: hash.clone(),
        };
        assert_eq!(store.accept_invitation(&token, taken).await.expect("accept"), Acceptance::AddressTaken);
        assert!(store.invitation(&token).await.expect("lookup").is_some(), "rolled back: the link still works");
        let fresh =
            Invitee::NewAccount { email: "new@example.org".into(), display_name: "New".into(), password_hash: hash };
        assert!(matches!(store.accept_invitation(&token, fresh).await.expect("accept"), Acceptance::Joined { .. }));
        store.close().await;
        db.drop_database().await.expect("drop");
    }
}

#[tokio::test]
async fn sign_in_slow_down_is_bounded_per_account_and_separate_per_address() {
    for db in TestDatabase::all().await.expect("databases") {
        let engine = db.engine_name();
        let store = db.store().await.expect("store");
        for _ in 0..5 {
            store.record_login_failure("owner@example.org", "198.51.100.1").await.expect("failure");
        }
        // The account waits, from any address, but only briefly.
        let wait = store.login_wait("Owner@example.org", "203.0.113.5").await.expect("wait");
        assert!(wait > 0 && wait <= MAX_ACCOUNT_DELAY_SECONDS as u64, "{engine}: {wait}");
        // Failures for other (unknown) addresses from one place slow that place only.
        for i in 0..12 {
            store.record_login_failure(&format!("nobody{i}@example.org"), "198.51.100.9").await.expect("failure");
        }
        assert_eq!(store.login_wait("someone@example.org", "203.0.113.5").await.expect("wait"), 0, "{engine}");
        assert!(store.login_wait("someone@example.org", "198.51.100.9").await.expect("wait") > 0, "{engine}");
        // Success forgets the account's failures, not the address's.
        store.clear_login_failures("owner@example.org").await.expect("clear");
        assert_eq!(store.login_wait("owner@example.org", "203.0.113.5").await.expect("wait"), 0, "{engine}");
        assert!(store.login_wait("owner@example.org", "198.51.100.9").await.expect("wait") > 0, "{engine}");
        store.close().await;
        db.drop_database().await.expect("drop");
    }
}
