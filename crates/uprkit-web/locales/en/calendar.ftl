# The review calendar: upcoming sessions, a review's timeline, a session, States without a review.

calendar-title = Review calendar
calendar-heading = Upcoming UPR sessions
calendar-today = Today is { $today }.
calendar-explainer = Dates marked “estimate” follow the usual pattern (sessions in January/February, April/May and October/November); check OHCHR's programme as it is published. The stakeholder submission deadline is the one OHCHR announced where uprkit knows it (marked “announced”, with its source), else estimated at about 205 days before the session (4th-cycle deadlines fell 188-221 days before).
calendar-pick-label = Your State
calendar-pick-button = Show its reviews
calendar-pick-unknown = No State is called “{ $name }”: type a UN name or a code such as LKA.
calendar-session-cycle = Session { $session } · cycle { $cycle }
calendar-from-to = { $start } to { $end }
calendar-starts = starts
calendar-deadline = Submission deadline
calendar-deadline-about = Submission deadline about
calendar-add-session = Add the session to your calendar
calendar-states = { $n ->
    [one] 1 State
   *[other] { $n } States
}
basis-official = official
basis-announced = announced
basis-rule = UN rule
basis-estimate = estimate
list-official = official list
list-inferred = inferred from the rotation
list-projected = projected from the rotation
basis-note-announced = announced by OHCHR
basis-note-announced-status = announced by OHCHR ({ $status })
basis-status-extended = extended deadline
basis-status-may-change = announced, may have changed
basis-source = source
basis-source-named = source: { $source }
countdown-today = today
countdown-tomorrow = tomorrow
countdown-yesterday = yesterday
countdown-in = { $n ->
    [one] in 1 day
   *[other] in { $n } days
}
countdown-ago = { $n ->
    [one] 1 day ago
   *[other] { $n } days ago
}

review-title = { $state }, cycle { $cycle }
review-heading = { $state }: review in cycle { $cycle }
review-session = Session
review-place = place in the session: { $basis }.
review-rescheduled = Rescheduled: the rotation placed this review in session { $session }; the other cycles keep that place.
review-rescheduled-before = Rescheduled: the rotation placed this review in session
review-rescheduled-after = ; the other cycles keep that place.
review-other-cycle = Cycle { $cycle }
review-add-calendar = Add to your calendar (.ics)
review-recommendations-to = Recommendations to { $state }
review-window = { $start } to { $end }
review-hrc = (HRC { $session })
review-deadline-geneva = Deadline 23:59 Geneva time ({ $utc } UTC)
review-same-deadline = The same deadline as on
review-same-deadline-link = the cycle { $cycle } review
review-same-deadline-session = (session { $session }).
review-timeline = Timeline of the review

session-title = Session { $session }
session-heading = UPR session { $session }
session-cycle = Cycle { $cycle }
session-col-state = State under Review
session-col-deadline = Submission deadline
session-col-adoption = Adoption at the HRC
session-hrc = HRC { $session },

no-review-title = { $state }: no UPR review
no-review-observer = { $state } is not reviewed by the UPR
no-review-cycle = No review of { $state } in this cycle
no-review-why-observer = { $state } is not reviewed by the Universal Periodic Review: it is an observer State of the United Nations, not a Member State, and the UPR reviews the 193 Member States. As an observer it can take part in the reviews of others and make recommendations to them.
no-review-why-cycle = { $state } has no review in cycle { $cycle }: uprkit knows cycles 1 to 5 (the fifth from the rotation).
no-review-made-by = Recommendations made by { $state }
no-review-made-to = Recommendations to { $state }
no-review-upcoming = Upcoming sessions

moment-national-consultations-title = National consultations
moment-national-consultations-guidance = Ask the Government when it consults on its national report, take part, and use the moment to make the UPR known to the public and the media.
moment-national-report-title = National report due
moment-national-report-guidance = The State under Review sends its national report to OHCHR (about 12 weeks before the session): ask the Government whether your input was taken into account, and compare the report with your submission.
moment-stakeholder-submission-title = Stakeholder submission deadline
moment-stakeholder-submission-guidance = Send your report to OHCHR through its online system: at most 2,815 words alone, 5,630 for a joint submission. Register early; deadlines are at 23:59 Geneva time and are rarely extended.
moment-pre-session-application-title = Pre-session applications close
moment-pre-session-application-guidance = Apply to UPR Info to speak at the pre-session in Geneva (5-8 minutes per speaker).
moment-embassy-advocacy-title = Advocacy with embassies
moment-embassy-advocacy-guidance = Meet the embassies of likely recommending States in your capital with a one-page factsheet per theme and draft SMART recommendations.
moment-capital-briefing-title = Briefing in the capital
moment-capital-briefing-guidance = Brief diplomats in the capital together with other organisations, pre-session style.
moment-side-events-title = Organise side events
moment-side-events-guidance = Plan side events one to two months ahead, never for the day before the review; also plan one after the review to debrief.
moment-pre-session-title = UPR Info pre-session
moment-pre-session-guidance = Present your key concerns and recommendations to States' delegates in Geneva, in person or by video.
moment-mission-advocacy-title = Advocacy with Permanent Missions
moment-mission-advocacy-guidance = Meet the Permanent Missions in Geneva of the States most likely to raise your issues.
moment-advance-questions-title = Advance questions
moment-advance-questions-guidance = States send written questions through the troika at least 10 working days before the review: make sure yours are among them.
moment-review-day-title = Review
moment-review-day-guidance = Watch the webcast (or organise a screening), note which States raise your issues, and publish a press statement the same day.
moment-wg-report-adoption-title = Working Group report adopted
moment-wg-report-adoption-guidance = The recommendations are public: check yours, note which were supported or left pending, and share the list.
moment-lobby-for-support-title = Lobby for support
moment-lobby-for-support-guidance = Until the plenary, press the Government, the NHRI and embassies to support the pending recommendations and to publish a clear addendum.
moment-written-statement-title = Written statement due
moment-written-statement-guidance = ECOSOC-accredited organisations can submit a written statement to the HRC (2,000 words general status, 1,500 special/roster).
moment-oral-statement-registration-title = Register for an oral statement
moment-oral-statement-registration-guidance = Register online for the adoption debate: about 10 slots of 2 minutes (about 300 words), video possible; organisations without ECOSOC status speak through a partner.
moment-plenary-adoption-title = Adoption at the Human Rights Council
moment-plenary-adoption-guidance = The outcome is adopted in plenary (one hour: State, other States, stakeholders). The State's final positions are in its addendum.
moment-action-plans-title = Action plans
moment-action-plans-guidance = Work with the Government and the NHRI on an implementation plan with responsibilities, indicators and deadlines for each recommendation.
moment-mid-term-report-title = Mid-term report
moment-mid-term-report-guidance = Assess each recommendation (fully, partially, not implemented) with evidence, and submit a mid-term report.
moment-next-submission-title = Next cycle's submission
moment-next-submission-guidance = The next review's submission deadline: report on what became of this cycle's recommendations.
