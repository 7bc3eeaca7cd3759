package org.secondlook.domain;

/**
 * What a signed-off decision asks of the training office for one applicant (issue 15): recall from the
 * field, move to the academy before deployment, or nothing. Stored by its name, which is stable.
 */
public enum RemediationAction {
    /** Signed-off academy, the tool said LEO, already deployed: recall from the field office. */
    RECALL,
    /** Signed-off academy, the tool said LEO, not yet deployed: enrol at the basic academy. */
    ENROL,
    /** The signed-off track is the one the tool chose (or LEO where the tool said NON_LEO): no training to arrange. */
    NONE;

    /** Whether records with this action are tracked through training. */
    public boolean needsTraining() {
        return this != NONE;
    }

    /**
     * The action for a signed-off track, the tool's label and the batch's employment status.
     *
     * @param label  the tool's label as stored ({@code LEO} or {@code NON_LEO})
     * @param status the batch's {@code status} as stored ({@code DEPLOYED}, {@code IN_TRAINING}, …)
     */
    public static RemediationAction forDecision(Track track, String label, String status) {
        if (track == Track.ACADEMY && "LEO".equals(label)) {
            return "DEPLOYED".equals(status) ? RECALL : ENROL;
        }
        return NONE;
    }

    /** A signed-off LEO track where the tool said NON_LEO: noted for headquarters as "could take the LEO program". */
    public static boolean couldTakeLeo(Track track, String label) {
        return track == Track.LEO && "NON_LEO".equals(label);
    }
}
