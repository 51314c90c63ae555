package org.safepassage.consent;

/** The language an interview was held in. */
public enum InterviewLanguage {
    AR,
    EN,
    KU,
    OTHER
}
