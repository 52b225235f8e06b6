//! DIHR's SDG coding: `Goals` names goals (`5. Gender equality ,16. Peace, justice and strong
//! institutions`, or `No SDG link identified`), `Targets` the targets within them
//! (`16.1, 16.10, 16.3`).

use uprkit_core::SdgLink;

/// What DIHR writes when it links a recommendation to no goal.
const NO_LINK: &str = "No SDG link identified";

/// Goals with a target numbered 10: a workbook that turned the text `16.10` into the number
/// 16.1 leaves no way to tell it from target 16.1.
const GOALS_WITH_A_TENTH_TARGET: [u8; 3] = [8, 16, 17];

/// The links a row states: one per target, and one without target for each goal none of the
/// targets is in. `targets_is_number` says the workbook held `Targets` as a number.
pub fn links(goals: &str, targets: &str, targets_is_number: bool) -> Result<Vec<SdgLink>, String> {
    let goals = if goals.is_empty() || goals.eq_ignore_ascii_case(NO_LINK) { Vec::new() } else { goal_numbers(goals)? };
    let mut links: Vec<SdgLink> = if targets.is_empty() {
        Vec::new()
    } else if targets_is_number {
        vec![number_target(targets)?]
    } else {
        targets.split(',').map(|t| text_target(t.trim())).collect::<Result<_, _>>()?
    };
    if let Some(stray) = links.iter().find(|l| !goals.contains(&l.goal)) {
        let target = stray.target.clone().unwrap_or_else(|| stray.goal.to_string());
        return Err(format!("target {target} is in goal {}, which column Goals does not name", stray.goal));
    }
    for goal in goals {
        if !links.iter().any(|l| l.goal == goal) {
            links.push(SdgLink { goal, target: None });
        }
    }
    links.sort();
    links.dedup();
    Ok(links)
}

/// `5. Gender equality ,16. Peace, justice and strong institutions` as [5, 16]: a goal starts
/// with its number and a dot; the commas inside goal names are not separators.
fn goal_numbers(goals: &str) -> Result<Vec<u8>, String> {
    let mut numbers = Vec::new();
    for piece in goals.split(',').map(str::trim) {
        let digits: String = piece.chars().take_while(char::is_ascii_digit).collect();
        if digits.is_empty() && !numbers.is_empty() {
            continue; // the rest of a goal name ("justice and strong institutions")
        }
        match (piece[digits.len()..].starts_with('.'), goal(&digits)) {
            (true, Some(g)) => numbers.push(g),
            _ => {
                return Err(format!(
                    "goal {piece:?} is not an SDG goal such as \"16. Peace, justice and strong institutions\" or \"{NO_LINK}\""
                ));
            }
        }
    }
    Ok(numbers)
}

fn goal(digits: &str) -> Option<u8> {
    digits.parse::<u8>().ok().filter(|g| (1..=17).contains(g))
}

/// `16.10`, `5.a`: a goal, a dot, then a number or a letter.
fn text_target(target: &str) -> Result<SdgLink, String> {
    let bad = || format!("target {target:?} is not an SDG target such as 16.10 or 5.a");
    let (g, t) = target.split_once('.').ok_or_else(bad)?;
    let goal = goal(g).ok_or_else(bad)?;
    let numbered = !t.is_empty() && t.len() <= 2 && t.bytes().all(|b| b.is_ascii_digit()) && !t.starts_with('0');
    let lettered = t.len() == 1 && t.bytes().all(|b| b.is_ascii_lowercase());
    if !numbered && !lettered {
        return Err(bad());
    }
    Ok(SdgLink { goal, target: Some(format!("{goal}.{t}")) })
}

/// A target the workbook held as a number (16.100000000000001): its goal is sure; the target
/// is too unless it reads G.1 in a goal with a target G.10, which the number cannot tell apart.
fn number_target(cell: &str) -> Result<SdgLink, String> {
    let bad = || format!("target {cell:?} is not an SDG target such as 16.10 or 5.a");
    let value: f64 = cell.parse().map_err(|_| bad())?;
    let whole = value.trunc();
    let goal = goal(&format!("{whole}")).ok_or_else(bad)?;
    let hundredths = ((value - whole) * 100.0).round() as u32;
    let target = match hundredths {
        0 | 100.. => return Err(bad()),
        10 if GOALS_WITH_A_TENTH_TARGET.contains(&goal) => None,
        h if h % 10 == 0 => Some(format!("{goal}.{}", h / 10)),
        h => Some(format!("{goal}.{h}")),
    };
    Ok(SdgLink { goal, target })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(goal: u8, target: Option<&str>) -> SdgLink {
        SdgLink { goal, target: target.map(String::from) }
    }

    #[test]
    fn goals_and_targets_as_dihr_writes_them() {
        let both = "5. Gender equality ,16. Peace, justice and strong institutions";
        assert_eq!(
            links(both, "16.1, 16.10, 5.a", false),
            Ok(vec![link(5, Some("5.a")), link(16, Some("16.1")), link(16, Some("16.10"))])
        );
        assert_eq!(links(both, "", false), Ok(vec![link(5, None), link(16, None)]));
        assert_eq!(links(NO_LINK, "", false), Ok(vec![]));
        assert!(links(NO_LINK, "16.3", false).is_err_and(|e| e.contains("Goals does not name")));
        assert!(links("18. Elsewhere", "", false).is_err());
    }

    #[test]
    fn numbers_keep_their_target_unless_ambiguous() {
        let g = |n: &str| format!("{n}. A goal");
        assert_eq!(links(&g("8"), "8.6999999999999993", true), Ok(vec![link(8, Some("8.7"))]));
        assert_eq!(links(&g("17"), "17.149999999999999", true), Ok(vec![link(17, Some("17.15"))]));
        assert_eq!(links(&g("4"), "4.0999999999999996", true), Ok(vec![link(4, Some("4.1"))]));
        // 16.1 or 16.10: the goal only.
        assert_eq!(links(&g("16"), "16.100000000000001", true), Ok(vec![link(16, None)]));
    }
}
