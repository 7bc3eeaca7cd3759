package org.secondlook.domain;

/** The two training tracks an applicant can be sent to. */
public enum Track {
    /** Prior law-enforcement officers: 4-week online LEO program. */
    LEO,
    /** Everyone else: 8-week in-person basic academy at FLETC. */
    ACADEMY
}
