//! A catalog under a lock: its retired codes are known, and never found.

use avsession_codes::{ErrorCatalog, FromCode};

/// A catalog whose lock retires 7100002.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(name = "Player", lock = "locks/player.lock")]
enum Player {
    #[code(7100001, message = "The player is stuck.")]
    PlayerStuck,
    #[deprecated = "use PlayerStuck"]
    #[code(7100003, message = "The player stopped.")]
    PlayerStopped,
}

#[test]
fn a_retired_code_is_known_and_never_found() {
    let retired = Player::CATALOG
        .retired(7100002)
        .expect("the lock retires 7100002");
    assert_eq!(retired.variant, "OldCodec");
    assert_eq!(retired.reason, "The codec was removed in 2.0.");
    assert_eq!(retired.message, "The codec is old.");
    assert_eq!(<Player as FromCode>::from_code(7100002), None);
    assert_eq!(Player::lookup(7100002), None);
    assert_eq!(Player::CATALOG.retired.len(), 1);
    assert!(Player::CATALOG.retired(7100001).is_none());
}

#[test]
fn deprecated_variants_stay_and_say_so() {
    #[allow(deprecated)]
    let stopped = Player::PlayerStopped;
    assert!(stopped.entry().deprecated);
    assert_eq!(Player::from_code(7100003), Some(stopped));
    assert!(!Player::PlayerStuck.entry().deprecated);
}
