package org.safepassage.consent;

/** Why a consent ended. No reason is needed to change one's mind; the list only helps to learn from it. */
public enum WithdrawalReason {
    CHANGED_MIND,
    FEARS_FOR_SAFETY,
    FAMILY_REASONS,
    /** The person says they were pushed to consent: a protection concern in itself. */
    PRESSURED,
    /** Replaced by a newer consent of the same person; set by the system, never chosen. */
    SUPERSEDED,
    OTHER
}
